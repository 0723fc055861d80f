// The bots play from what their role knows (issue 13, "the doctrine bot plays from knowledge alone"): a warrant
// is judged over the acting role's knowledge, not over the world, and the poor bot's wrong measures are drawn
// from what availableCommands offers its role. On the bundled station-attack scenario, played by hand.
import { describe, expect, it } from 'vitest';
import { botSettings, playExercise } from '../../../src/engine/bots/index.js';
import { playByDoctrine } from '../../../src/engine/bots/doctrine-bot.js';
import { doctrineMeasures } from '../../../src/engine/bots/playbook.js';
import type { RoleTurn } from '../../../src/engine/bots/policy.js';
import { knownHolds, knownValue } from '../../../src/engine/knowledge/conditions.js';
import { knows } from '../../../src/engine/knowledge/index.js';
import { warrantedNow, warrantKnownTo } from '../../../src/engine/scoring/warrants.js';
import { applyCommand, availableCommands, canonicalJson, replaySteps } from '../../../src/engine/index.js';
import type { Command, CommandBody, ExerciseState, Scenario, StructureActionT } from '../../../src/engine/index.js';
import { inRounds, must, role, scenarioNamed, TRAINER } from '../engine/support.js';

const scenario = scenarioNamed('station-attack.json');
// Several windows: every role may act in the round without waiting for its turn.
const settings = { ...botSettings(scenario), mode: 'multiwindow' as const };
const MAYOR = 'mayor-havenstad';
const PROTECT_MOSQUE: StructureActionT = { action: 'protect', target: 'mosque-reprisal' };
// Warranted once the NCTV's first assessment (T+24, to the NCTV and the minister only) is delivered.
const ALERT_WORSHIP: StructureActionT = { action: 'alertPartners', sector: 'worship' };

const advance = (s: ExerciseState): ExerciseState => must(scenario, s, { type: 'advance', actor: TRAINER });
const act = (s: ExerciseState, actor: string, body: CommandBody): ExerciseState => must(scenario, s, { ...body, actor: role(actor) } as Command);
function at(minute: number): ExerciseState {
  let s = inRounds(scenario, 'knowledge-bots', settings);
  while (s.minute < minute) s = advance(s);
  return s;
}
const proposes = (s: ExerciseState, roleId: string, action: StructureActionT): boolean =>
  doctrineMeasures(scenario, s, roleId).some((m) => m.some((a) => canonicalJson(a) === canonicalJson(action)));

/** One doctrine turn for a role on a state: the structure actions it took. */
function doctrineTurn(s: ExerciseState, roleId: string): StructureActionT[] {
  let state = s;
  const taken: StructureActionT[] = [];
  const r = scenario.roles.find((x) => x.id === roleId);
  if (!r) throw new Error(roleId);
  const turn: RoleTurn = {
    scenario,
    role: r,
    actor: role(roleId),
    rng: () => 0.5,
    state: () => state,
    act: (body) => {
      const res = applyCommand(scenario, state, { ...body, actor: role(roleId) } as Command);
      if (!res.ok) return false;
      state = res.state;
      if (body.type === 'structure') taken.push(body.action);
      return true;
    },
  };
  playByDoctrine(scenario)(turn);
  return taken;
}

describe('the doctrine bot protects a place only once the threat to it has reached its role', () => {
  it('the warrant holds in the world from T+48, the threat reaches the mayor at T+72: no protection before, protection after', () => {
    const s48 = at(48);
    expect(warrantedNow(scenario, s48, PROTECT_MOSQUE)).toBe(true);
    expect(knows(s48, MAYOR, 'threat:mosque-reprisal')).toBe(false);
    expect(proposes(s48, MAYOR, PROTECT_MOSQUE)).toBe(false);
    expect(doctrineTurn(s48, MAYOR)).not.toContainEqual(PROTECT_MOSQUE);

    const s72 = at(72);
    expect(knows(s72, MAYOR, 'threat:mosque-reprisal')).toBe(true);
    expect(doctrineTurn(s72, MAYOR)).toContainEqual(PROTECT_MOSQUE);
  });
});

describe('the doctrine bot judges a warrant over what its role knows', () => {
  it('does not alert a sector on a warrant that holds in the world but has not reached the role, and does once it has', () => {
    const s = at(72);
    // The mayor knows the mosque is threatened, so doctrine would alert the places of worship …
    expect(knows(s, MAYOR, 'threat:mosque-reprisal')).toBe(true);
    // … and the world warrants it (the NCTV's assessment is in), but the assessment has not reached the mayor.
    expect(warrantedNow(scenario, s, ALERT_WORSHIP)).toBe(true);
    expect(knows(s, MAYOR, 'inject:inj-nctv-first-assessment')).toBe(false);
    expect(warrantKnownTo(scenario, s, MAYOR, ALERT_WORSHIP)).toBe(false);
    expect(warrantKnownTo(scenario, s, 'nctv', ALERT_WORSHIP)).toBe(true);
    expect(proposes(s, MAYOR, ALERT_WORSHIP)).toBe(false);
    expect(doctrineTurn(s, MAYOR)).not.toContainEqual(ALERT_WORSHIP);

    // The NCTV passes its picture down to the regions: now the mayor knows the warrant, and acts on it.
    const shared = act(s, 'nctv', { type: 'structure', action: { action: 'shareInformation', with: 'regions' } });
    expect(knows(shared, MAYOR, 'inject:inj-nctv-first-assessment')).toBe(true);
    expect(warrantKnownTo(scenario, shared, MAYOR, ALERT_WORSHIP)).toBe(true);
    expect(doctrineTurn(shared, MAYOR)).toContainEqual(ALERT_WORSHIP);
  });

  it('in a whole doctrine play, nobody takes an escalating measure before its role knows the warrant', () => {
    const { state } = playExercise(scenario, '1', 'doctrine');
    const steps = replaySteps(scenario, { scenarioHash: state.scenarioHash, seed: state.seed, settings: state.settings, log: state.log });
    const measures = state.log.filter((e) => e.command.type === 'structure' && e.command.actor.kind === 'role');
    expect(measures.length).toBeGreaterThan(10);
    for (const entry of measures) {
      const c = entry.command as Extract<Command, { type: 'structure' }>;
      const before = steps[entry.seq] as ExerciseState;
      const who = c.actor.kind === 'role' ? c.actor.role : '';
      expect(warrantKnownTo(scenario, before, who, c.action), `${who} ${JSON.stringify(c.action)} at T+${before.minute}`).toBe(true);
    }
  }, 30_000);
});

describe('a condition read over a role\'s knowledge', () => {
  const s = at(24);
  const assessment = { delivered: 'inj-nctv-first-assessment' };

  it('holds what the role has learnt, and not what it has not', () => {
    expect(knownHolds(scenario, s, 'nctv', assessment)).toBe(true);
    expect(knownValue(scenario, s, MAYOR, assessment)).toBeUndefined();
    expect(knownHolds(scenario, s, MAYOR, assessment)).toBe(false);
  });

  it('the unknown stays unknown under "not", so neither a test nor its negation holds', () => {
    expect(knownHolds(scenario, s, MAYOR, { not: assessment })).toBe(false);
    expect(knownHolds(scenario, s, MAYOR, { any: [assessment, { always: true }] })).toBe(true);
    expect(knownValue(scenario, s, MAYOR, { all: [assessment, { always: false }] })).toBe(false);
  });

  it('a variable counts only where the role\'s screen shows it', () => {
    // reprisal-risk is visible to the mayor, the police, the prosecutor and the NCTV; not to the NKC director.
    const test = { variable: 'reprisal-risk', op: '>=' as const, value: 0 };
    expect(knownHolds(scenario, s, MAYOR, test)).toBe(true);
    expect(knownValue(scenario, s, 'nkc-director', test)).toBeUndefined();
    expect(knownHolds(scenario, s, 'nkc-director', { not: { variable: 'reprisal-risk', op: '<', value: 0 } })).toBe(false);
  });

  it('what a decision card tells its owner counts as known while it weighs that card', () => {
    expect(knownHolds(scenario, s, MAYOR, assessment, { all: [assessment, { time: '>=', value: 0 }] })).toBe(true);
    expect(knownHolds(scenario, s, MAYOR, assessment, { any: [assessment, { always: true }] })).toBe(false);
  });
});

describe('the bots read no answer key', () => {
  /** The scenario without its scoring criteria and, for doctrine, without the author's assessments of options. */
  function withoutAnswers(assessments: boolean): Scenario {
    const copy = structuredClone(scenario);
    (copy.scoring as { criteria: unknown[] }).criteria = [];
    if (!assessments) for (const d of copy.decisions) for (const o of d.options) (o as { assessments: unknown[] }).assessments = [];
    return copy;
  }
  const logOf = (s: Scenario, policy: 'doctrine' | 'poor') => canonicalJson(playExercise(s, '2', policy).log.map((e) => ({ ...e.command })));

  it('the doctrine bot plays the same without the criteria and the assessments', () => {
    expect(logOf(withoutAnswers(false), 'doctrine')).toBe(logOf(scenario, 'doctrine'));
  }, 30_000);

  it('the poor bot plays the same without the criteria', () => {
    expect(logOf(withoutAnswers(true), 'poor')).toBe(logOf(scenario, 'poor'));
  }, 30_000);
});

describe('the poor bot takes its wrong measures only from what availableCommands offers', () => {
  /** station-attack with its vague station NL-Alert advice needing a later report first. */
  function withAdviceNeedingReport(): Scenario {
    const copy = structuredClone(scenario);
    const block = copy.communication.blocks.find((b) => b.id === 'advice-avoid-station');
    if (!block) throw new Error('advice-avoid-station');
    (block as { needs: string[] }).needs = ['inject:inj-police-suspect-fled'];
    return copy;
  }

  it('every structure measure the poor bot takes was offered to its role at that moment', () => {
    const { state } = playExercise(scenario, '1', 'poor');
    const steps = replaySteps(scenario, { scenarioHash: state.scenarioHash, seed: state.seed, settings: state.settings, log: state.log });
    const measures = state.log.filter((e) => e.command.type === 'structure' && e.command.actor.kind === 'role');
    // The alarmed first report: the threat level to 5 and the vague NL-Alert at T+0.
    expect(measures.some((e) => (e.command as { action: StructureActionT }).action.action === 'sendNlAlert')).toBe(true);
    for (const entry of measures) {
      const offered = availableCommands(scenario, steps[entry.seq] as ExerciseState, entry.command.actor).map((c) => canonicalJson(c));
      expect(offered, JSON.stringify(entry.command)).toContain(canonicalJson(entry.command));
    }
  }, 30_000);

  it('does not send an NL-Alert with advice its role has not been offered yet, though its office may send one', () => {
    const changed = withAdviceNeedingReport();
    const { state } = playExercise(changed, '1', 'poor');
    const alerts = state.log.filter((e) => e.command.type === 'structure' && e.command.action.action === 'sendNlAlert');
    expect(alerts).toEqual([]);
  }, 30_000);
});
