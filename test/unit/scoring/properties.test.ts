// Properties of the score over random doctrine-like logs (issue 14, Tests): a team's log is doctrine play with
// random omissions (a role skips some of its commands; the trainer's and the turn ends stay, so the clock runs as
// it did) and with some cards answered by doing what the option does instead of deciding on the card. Over such
// logs: adding an unwarranted escalating measure never raises a rating; deleting the first message, free of the
// perpetrator, never raises one; every criterion's explanation states its lines and agrees with its result, with
// no negative minutes; and a card settled by an action is never scored as its default.
// Two small bundled scenarios (a rounds exercise and a discussion run by module) keep the file quick on a loaded
// machine; the validity rules (test/unit/scenarios/validity.test.ts) cover the large ones with whole policies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { botSettings, playExercise } from '../../../src/engine/bots/index.js';
import { applyCommand, scenarioHash, scoreExercise, type Command, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import type { Rating } from '../../../src/engine/strategy/index.js';
import { judgedMeasures } from '../../../src/engine/scoring/warrants.js';
import { createSession } from '../../../src/engine/session/create.js';
import { role, scenarioNamed } from '../engine/support.js';

type Report = ReturnType<typeof scoreExercise>;

interface Base {
  readonly file: string;
  readonly scenario: Scenario;
  readonly seed: string;
  readonly commands: readonly Command[];
  /** Measures that are unwarranted at the start of play in this scenario, each taken by a role that may take it. */
  readonly unwarranted: readonly Command[];
}

const UNWARRANTED: Record<string, readonly Command[]> = {
  // Before the stabbing is known: no danger on the Brink yet, no threat against the mosque.
  'intro-market-square.json': [
    { type: 'structure', action: { action: 'sendNlAlert', area: 'brink', advice: 'advice-avoid-brink' }, actor: role('mayor') },
    { type: 'structure', action: { action: 'protect', target: 'mosque-risk' }, actor: role('mayor') },
  ],
  // Module 1 of the tabletop: no call against the mosque yet.
  'ramming-tabletop.json': [{ type: 'structure', action: { action: 'protect', target: 'mosque-risk' }, actor: role('mayor') }],
};

const bases = new Map<string, Base>();

/** Doctrine play of a scenario in separate windows (a table per role), as the log a team would leave. */
function base(file: string, seed: string): Base {
  const key = `${file}#${seed}`;
  let b = bases.get(key);
  if (!b) {
    const scenario = scenarioNamed(file);
    const { log } = playExercise(scenario, seed, 'doctrine', { settings: settingsOf(scenario), hash: scenarioHash(scenario) });
    b = { file, scenario, seed, commands: [...log].map((e) => e.command), unwarranted: UNWARRANTED[file] ?? [] };
    bases.set(key, b);
  }
  return b;
}

const settingsOf = (scenario: Scenario) => ({ ...botSettings(scenario), mode: 'multiwindow' as const });

/** Replay a log as `simulate --skip-refused` does: a refused command is an attempt, and play goes on. */
function replay(b: Base, commands: readonly Command[]): ExerciseState {
  let state = createSession(b.scenario, b.seed, settingsOf(b.scenario), scenarioHash(b.scenario));
  for (const c of commands) state = applyCommand(b.scenario, state, c).state;
  return state;
}

const isRoleCommand = (c: Command) => c.actor.kind === 'role' && c.type !== 'endTurn';

/**
 * A doctrine-like log: some of the roles' commands left out (never the trainer's or a turn's end), and some cards
 * answered by the action the chosen option carries out, by the role whose office takes it (with `atLeastOne`, the
 * first card whose option carries one out always is). Returns the cards so answered.
 */
function doctrineLike(b: Base, omit: readonly boolean[], byAction: readonly boolean[], atLeastOne = false): { commands: Command[]; acted: string[] } {
  const commands: Command[] = [];
  const acted: string[] = [];
  b.commands.forEach((c, i) => {
    if (isRoleCommand(c) && omit[i % omit.length] === true) return;
    if (c.type === 'decide' && (byAction[i % byAction.length] === true || (atLeastOne && acted.length === 0))) {
      const decision = b.scenario.decisions.find((d) => d.id === c.decision);
      const effect = decision?.options.find((o) => o.id === c.option)?.effects.find((e) => e.kind === 'structure');
      if (decision && effect?.kind === 'structure') {
        commands.push({ type: 'structure', action: effect.do, actor: role(effect.by ?? decision.owner) });
        acted.push(decision.id);
        return;
      }
    }
    commands.push(c);
  });
  return { commands, acted };
}

/** Where play of the rounds (or the first module) begins: an unwarranted measure is inserted right after it. */
const startOfPlay = (commands: readonly Command[]) => commands.findIndex((c) => c.type === 'beginRounds' || c.type === 'startModule') + 1;

const ORDER: readonly Rating[] = ['P', 'S', 'M', 'U'];

/** Objectives rated better after than before (a rating "not exercised" on either side is no comparison). */
function raised(before: Report, after: Report): string[] {
  return Object.entries(after.objectives).flatMap(([id, g]) => {
    const was = before.objectives[id as 'VB1']?.rating;
    const now = g?.rating;
    if (was === undefined || now === undefined || !ORDER.includes(was) || !ORDER.includes(now)) return [];
    return ORDER.indexOf(now) < ORDER.indexOf(was) ? [`${id}: ${was} → ${now}`] : [];
  });
}

const RANK = { met: 2, partly: 1, notMet: 0 } as const;

/** Every criterion's explanation states its lines and agrees with its result; no number in it is negative. */
function expectExplanationsAgree(report: Report): void {
  for (const c of report.criteria) {
    const where = `${c.criterion} (${c.objective})`;
    for (const x of c.explanations) for (const v of Object.values(x.params)) if (typeof v === 'number') expect(v, `${where} ${x.code}`).toBeGreaterThanOrEqual(0);
    if (c.result === 'notApplicable') continue;
    // The measured line: what the engine measured is in the explanation.
    if (c.engine.result !== 'notApplicable') for (const x of c.engine.explanations) expect(c.explanations, where).toContainEqual(x);
    // The assessment line, when options were assessed against this criterion.
    const assessed = c.explanations.find((x) => x.code === 'line.assessed');
    expect(assessed !== undefined, `${where} assessment line`).toBe(c.assessments.length > 0);
    const decided = c.explanations.find((x) => x.code.startsWith('line.decided.'));
    if (c.assessments.length > 0 || c.observed.length > 0) expect(decided?.params.result, `${where} decided line`).toBe(c.result);
    switch (decided?.code) {
      case 'line.decided.measured':
        expect(c.result, where).toBe(c.engine.result);
        break;
      case 'line.decided.assessed-weaker':
        expect(c.result, where).toBe(assessed?.params.result);
        break;
      case 'line.decided.assessed-only':
        expect(c.engine.result, where).toBe('notApplicable');
        expect(c.result, where).toBe(assessed?.params.result);
        break;
      default:
    }
    // The weaker line counts: never better than what was measured.
    if (c.engine.result !== 'notApplicable') expect(RANK[c.result], where).toBeLessThanOrEqual(RANK[c.engine.result]);
  }
}

const FILES = Object.keys(UNWARRANTED);
const SEEDS = ['1', '2'];

const doctrineLikeLog = fc.record({
  file: fc.constantFrom(...FILES),
  seed: fc.constantFrom(...SEEDS),
  // About one command in five left out.
  omit: fc.array(fc.nat({ max: 4 }).map((n) => n === 0), { minLength: 1, maxLength: 40 }),
  byAction: fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
  pick: fc.nat(),
});

// A fixed amount of work, not a speed check: on a loaded 2-core machine it can take much longer than 5 s.
const RUNS = { numRuns: 8 };

describe('the score over random doctrine-like logs', { timeout: 120_000 }, () => {
  it('rates no objective higher for an unwarranted escalating measure added at the start, and judges it an over-reaction', () => {
    fc.assert(
      fc.property(doctrineLikeLog, ({ file, seed, omit, byAction, pick }) => {
        const b = base(file, seed);
        const { commands } = doctrineLike(b, omit, byAction);
        const extra = b.unwarranted[pick % b.unwarranted.length] as Command;
        const at = startOfPlay(commands);
        const before = replay(b, commands);
        const after = replay(b, [...commands.slice(0, at), extra, ...commands.slice(at)]);
        const by = (extra.actor as { role: string }).role;
        expect(judgedMeasures(b.scenario, after).some((m) => m.overReaction && m.role === by && m.minute === 0), `${file}: the added measure is judged`).toBe(true);
        const [was, now] = [scoreExercise(b.scenario, before), scoreExercise(b.scenario, after)];
        expect(raised(was, now)).toEqual([]);
        expectExplanationsAgree(was);
        expectExplanationsAgree(now);
      }),
      RUNS,
    );
  });

  it('rates no objective higher when the first public message, which names no perpetrator, is left out', () => {
    fc.assert(
      fc.property(doctrineLikeLog, ({ file, seed, omit, byAction }) => {
        const b = base(file, seed);
        const { commands } = doctrineLike(b, omit, byAction);
        const before = replay(b, commands);
        const first = before.messages.at(0);
        fc.pre(first !== undefined);
        const published = before.events.find((e) => e.kind === 'messagePublished' && e.data.message === first?.id);
        const command = published === undefined ? undefined : before.log.at(published.cause)?.command;
        // Only a message published on its own: an NL-Alert is a measure as well as a message.
        fc.pre(command !== undefined && (command.type === 'publish' || command.type === 'publishText'));
        expect(before.findings.some((f) => f.message === first?.id && f.finding.principle === 'perpetratorAttention' && f.finding.verdict === 'breach')).toBe(false);
        const index = published?.cause as number;
        const after = replay(b, [...before.log].map((e) => e.command).filter((_, i) => i !== index));
        const [was, now] = [scoreExercise(b.scenario, before), scoreExercise(b.scenario, after)];
        expect(raised(was, now)).toEqual([]);
        expectExplanationsAgree(now);
      }),
      RUNS,
    );
  });

  it('scores a card settled by the action that carries out its option as that option, never as its default', () => {
    let settled = 0;
    fc.assert(
      fc.property(doctrineLikeLog, ({ file, seed, omit, byAction }) => {
        const b = base(file, seed);
        const { commands, acted } = doctrineLike(b, omit, byAction, true);
        const state = replay(b, commands);
        const report = scoreExercise(b.scenario, state);
        for (const id of acted) {
          const taken = state.decisions[id]?.taken;
          if (taken?.settledBy === undefined) continue;
          settled++;
          expect(taken.byDefault, id).toBe(false);
          for (const c of report.criteria) {
            for (const a of c.assessments.filter((x) => x.decision === id)) expect(a, `${c.criterion} ${id}`).toMatchObject({ option: taken.option, byDefault: false });
          }
        }
        // Every card settled by an action, answered here or by a role acting on its own, is on record as that action's.
        for (const [id, d] of Object.entries(state.decisions)) if (d.taken?.settledBy !== undefined) expect(d.taken.byDefault, id).toBe(false);
        expectExplanationsAgree(report);
      }),
      RUNS,
    );
    // The property is not vacuous: cards were settled by actions.
    expect(settled).toBeGreaterThan(0);
  });
});
