// The identity check for speed work: a change that makes the engine faster must not change a single result.
// It plays every bundled scenario with every bot policy and three seeds, and hashes what a user meets:
// the command log, and at six points of each playthrough the score, the trainer's view, the debrief (trainer
// and room), the public view and every role's view; then the states, scores and views of one long random
// log at five lengths, and doctrine and random plays of generated scenarios up to 1,000 injects and 30 roles.
// Run it on main before a change and on the branch after: the hashes must be equal.
//
//   npm run bench:identity              # every section, about a minute on a quiet machine
//   npm run bench:identity -- --quick   # bundled scenarios only, seed 1, three policies
import { createHash } from 'node:crypto';
import { playExercise, BOT_POLICIES, type BotPolicy } from '../src/engine/bots/index.js';
import { canonicalJson, debriefView, publicView, replay, roleView, scoreExercise, trainerView, type Scenario } from '../src/engine/index.js';
import type { ExerciseState, LogEntry } from '../src/engine/session/types.js';
import { longLog, prefix } from './engine/sequences.js';
import { bundledScenarios, mustLoad } from './lib/scenarios.js';
import { generateScenario, scenarioText } from './scale/generate.js';

const quick = process.argv.includes('--quick');

/** Everything a user could see of a state, as one canonical string. */
function looksOf(scenario: Scenario, state: ExerciseState): string {
  return canonicalJson({
    score: scoreExercise(scenario, state),
    trainer: trainerView(scenario, state),
    debriefTrainer: debriefView(scenario, state, 'trainer'),
    debriefRoom: debriefView(scenario, state, 'room'),
    public: publicView(scenario, state),
    roles: scenario.roles.map((r) => roleView(scenario, state, r.id)),
  });
}

/** The states at six points of a log (a fresh replay each, so no cached answer of a later state is read). */
function pointsOf(scenario: Scenario, hash: string, seed: string, settings: ExerciseState['settings'], log: readonly LogEntry[]): ExerciseState[] {
  const n = log.length;
  const at = [...new Set([0, Math.floor(n / 5), Math.floor((2 * n) / 5), Math.floor((3 * n) / 5), Math.floor((4 * n) / 5), n])];
  return at.map((k) => replay(scenario, { scenarioHash: hash, seed, settings, log: log.slice(0, k) }));
}

class Section {
  private readonly hash = createHash('sha256');
  private items = 0;
  constructor(readonly name: string) {}
  add(text: string): void {
    this.hash.update(text).update('\u0000');
    this.items += 1;
  }
  done(): string {
    const digest = this.hash.digest('hex');
    process.stdout.write(`${this.name.padEnd(34)} ${digest.slice(0, 16)}  (${this.items} items)\n`);
    return digest;
  }
}

function playAndHash(section: Section, label: string, scenario: Scenario, policy: BotPolicy, seed: string): void {
  const played = playExercise(scenario, seed, policy);
  const log = played.log.toArray();
  section.add(`${label} ${policy} ${seed} log ${canonicalJson(log)}`);
  section.add(`${label} ${policy} ${seed} end ${looksOf(scenario, played.state)}`);
  for (const state of pointsOf(scenario, played.state.scenarioHash, seed, played.state.settings, log)) {
    section.add(`${label} ${policy} ${seed} at ${state.log.length} ${looksOf(scenario, state)}`);
  }
}

function main(): void {
  const digests: string[] = [];
  const bundled = bundledScenarios();
  const policies: readonly BotPolicy[] = quick ? ['random', 'doctrine', 'poor'] : BOT_POLICIES;
  const seeds = quick ? ['1'] : ['1', '2', '3'];

  for (const b of bundled) {
    const section = new Section(b.name);
    for (const policy of policies) for (const seed of seeds) playAndHash(section, b.name, b.scenario, policy, seed);
    digests.push(section.done());
  }

  if (!quick) {
    const big = bundled.reduce((a, c) => (c.text.length > a.text.length ? c : a));
    const long = longLog(big.name, JSON.parse(big.text) as Record<string, unknown>, (t) => mustLoad(t, `${big.name}.json`), 3000, 'identity');
    const section = new Section(`long log, 3,000 commands`);
    for (const n of [1, 300, 1000, 2000, 3000]) {
      const seq = prefix(long, n);
      const state = replay(seq.scenario, { scenarioHash: seq.hash, seed: seq.seed, settings: seq.settings, log: seq.log });
      section.add(`${n} ${canonicalJson(state.log.toArray().length)} ${looksOf(seq.scenario, state)}`);
    }
    digests.push(section.done());

    const shapes = [
      { injects: 10, roles: 6 },
      { injects: 100, roles: 6 },
      { injects: 1000, roles: 6 },
      { injects: 100, roles: 10 },
      { injects: 100, roles: 30 },
    ];
    for (const shape of shapes) {
      const scenario = mustLoad(scenarioText(generateScenario(shape)), `generated-${shape.injects}x${shape.roles}.json`);
      const section = new Section(`generated ${shape.injects} injects × ${shape.roles} roles`);
      for (const policy of ['doctrine', 'random'] as const) {
        const played = playExercise(scenario, 'identity', policy);
        section.add(`${policy} log ${canonicalJson(played.log.toArray())}`);
        section.add(`${policy} end ${looksOf(scenario, played.state)}`);
      }
      digests.push(section.done());
    }
  }

  const all = createHash('sha256').update(digests.join('\n')).digest('hex');
  process.stdout.write(`${'all'.padEnd(34)} ${all}\n`);
}

main();
