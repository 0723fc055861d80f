// The reducer (applyCommand) as the trainer and the players meet it: refusals, undo, the clock,
// hot-seat turns, the SimCell, evaluators and overrides.
import { describe, expect, it } from 'vitest';
import { applyCommand, availableCommands, canonicalJson, replay, scoreExercise, type Command, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { botSettings } from '../../../src/engine/bots/index.js';
import { trainerView } from '../../../src/engine/views/index.js';
import { inRounds, must, role, scenarioNamed, TRAINER } from './support.js';

const havenstad = scenarioNamed('station-havenstad.json');

function refused(scenario: Scenario, state: ExerciseState, command: Command): { code: string; after: ExerciseState } {
  const r = applyCommand(scenario, state, command);
  expect(r.ok, `${command.type} should be refused`).toBe(false);
  return { code: r.ok ? '' : r.refusal.code, after: r.state };
}

function endTurnsUntilNextRound(scenario: Scenario, state: ExerciseState): ExerciseState {
  let s = state;
  for (const table of s.settings.tables.slice(s.turn.table)) s = must(scenario, s, { type: 'endTurn', actor: role(table.roles[0] as string) });
  return s;
}

describe('refusals', () => {
  it('change nothing but the list of attempts, which records the refusal where it happened', () => {
    const before = inRounds(havenstad);
    const tries: Command[] = [
      { type: 'publish', blocks: ['fact-incident'], actor: role('police-chief') },
      { type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'national' }, actor: role('mayor') },
      { type: 'decide', decision: 'stay-indoors', option: 'advise', actor: role('mayor') },
      { type: 'start', actor: TRAINER },
      { type: 'jump', minutes: -5, actor: TRAINER },
    ];
    let s = before;
    for (const command of tries) {
      const { code, after } = refused(havenstad, s, command);
      expect(canonicalJson({ ...after, attempts: s.attempts })).toBe(canonicalJson(s));
      expect(after.attempts.at(-1)).toMatchObject({ command, refusal: { code }, afterSeq: s.log.length, minute: s.minute, round: s.round });
      s = after;
    }
    expect(s.attempts).toHaveLength(tries.length);
  });

  it('are skipped on replay; the attempts are carried over for the debrief', () => {
    let s = inRounds(havenstad);
    s = refused(havenstad, s, { type: 'advance', actor: role('mayor') }).after;
    s = must(havenstad, s, { type: 'structure', action: { action: 'convene', team: 'driehoek' }, actor: role('mayor') });
    const replayed = replay(havenstad, { scenarioHash: s.scenarioHash, seed: s.seed, settings: s.settings, log: s.log, attempts: s.attempts });
    expect(canonicalJson(replayed)).toBe(canonicalJson(s));
  });
});

describe('undo', () => {
  it('removes exactly the last command of the current round', () => {
    let s = inRounds(havenstad);
    s = must(havenstad, s, { type: 'structure', action: { action: 'convene', team: 'driehoek' }, actor: role('mayor') });
    const beforeScale = s;
    s = must(havenstad, s, { type: 'structure', action: { action: 'scale', level: 3 }, actor: role('mayor') });
    expect(s.structure.scaling.context.level).toBe(3);
    const undone = must(havenstad, s, { type: 'undo', actor: TRAINER });
    // The log stays append-only for the audit; everything the log decides is as before the scale.
    const { log: _l1, events: e1, ...rest1 } = undone;
    const { log: _l2, events: e2, ...rest2 } = beforeScale;
    expect(canonicalJson(rest1)).toBe(canonicalJson(rest2));
    expect(e1.slice(0, -1)).toEqual(e2.toArray());
    expect(e1.at(-1)).toMatchObject({ kind: 'undone', data: { command: 'structure', seq: 3 } });
    expect(undone.log.map((e) => e.command.type)).toEqual(['start', 'beginRounds', 'structure', 'structure', 'undo']);
    // A second undo cancels the convene as well.
    const twice = must(havenstad, undone, { type: 'undo', actor: TRAINER });
    expect(twice.actionsTaken).toEqual({});
  });

  it('is refused across rounds: once the round resolved, its commands stand', () => {
    let s = inRounds(havenstad);
    s = must(havenstad, s, { type: 'structure', action: { action: 'convene', team: 'driehoek' }, actor: role('mayor') });
    s = must(havenstad, s, { type: 'advance', actor: TRAINER });
    expect(s.round).toBe(2);
    expect(refused(havenstad, s, { type: 'undo', actor: TRAINER }).code).toBe('nothing-to-undo');
    expect(availableCommands(havenstad, s, TRAINER).some((c) => c.type === 'undo')).toBe(false);
  });

  it('is refused once play has ended, so a rating override in the debrief is never silently taken back', () => {
    let s = inRounds(havenstad);
    s = must(havenstad, s, { type: 'end', actor: TRAINER });
    expect(s.phase).toBe('hotwash');
    s = must(havenstad, s, { type: 'openDebrief', actor: TRAINER });
    const after = must(havenstad, s, { type: 'override', target: { objective: 'VB1' }, rating: 'S', reason: 'Besproken in de hotwash', actor: TRAINER });
    expect(refused(havenstad, after, { type: 'undo', actor: TRAINER }).code).toBe('undo-after-end');
    expect(availableCommands(havenstad, after, TRAINER).some((c) => c.type === 'undo')).toBe(false);
    expect(trainerView(havenstad, after).canUndo).toBe(false);
  });

  it('is the trainer\'s alone', () => {
    let s = inRounds(havenstad);
    s = must(havenstad, s, { type: 'structure', action: { action: 'convene', team: 'driehoek' }, actor: role('mayor') });
    expect(refused(havenstad, s, { type: 'undo', actor: role('mayor') }).code).toBe('trainer-only');
  });
});

describe('the clock', () => {
  it('a jump shorter than the rest of the round stays in the round: no turn is skipped and no default applies', () => {
    const start = inRounds(havenstad);
    const per = havenstad.clock.minutesPerRound;
    const s = must(havenstad, start, { type: 'jump', minutes: per - 4, actor: TRAINER });
    expect(s.round).toBe(start.round);
    expect(s.minute).toBe(start.minute + per - 4);
    expect(s.phase).toBe('decide');
    expect(s.turn).toEqual(start.turn);
    expect(s.events.some((e) => e.kind === 'roundResolved' || e.kind === 'deadlinePassed')).toBe(false);
    expect(s.events.find((e) => e.kind === 'clockJumped')).toMatchObject({ data: { withinRound: true } });
    // The rest of the round (4 minutes) does end it, as advancing would.
    const on = must(havenstad, s, { type: 'jump', minutes: 4, actor: TRAINER });
    expect(on.round).toBe(start.round + 1);
    expect(on.minute).toBe(start.minute + per);
  });

  it('"next round" after a jump within the round starts the next round where the round was due to end', () => {
    const start = inRounds(havenstad);
    const per = havenstad.clock.minutesPerRound;
    const jumped = must(havenstad, start, { type: 'jump', minutes: 3, actor: TRAINER });
    const next = must(havenstad, jumped, { type: 'advance', actor: TRAINER });
    const plain = must(havenstad, start, { type: 'advance', actor: TRAINER });
    expect(next.minute).toBe(start.minute + per);
    expect(next.round).toBe(plain.round);
    expect(next.minute).toBe(plain.minute);
  });

  it('a jump delivers the skipped injects in order, as advancing round by round would', () => {
    const start = inRounds(havenstad, 'jump-seed');
    const jumped = must(havenstad, start, { type: 'jump', minutes: 40, actor: TRAINER });
    let stepped = start;
    for (let i = 0; i < 4; i++) stepped = must(havenstad, stepped, { type: 'advance', actor: TRAINER });
    const deliveries = (s: ExerciseState) => s.events.filter((e) => e.kind === 'injectDelivered').map((e) => [e.minute, e.data.inject]);
    expect(jumped.minute).toBe(40);
    expect(deliveries(jumped)).toEqual(deliveries(stepped));
    const minutes = deliveries(jumped).map(([m]) => m as number);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
    expect(deliveries(jumped).map(([, id]) => id)).toEqual(expect.arrayContaining(['first-report', 'suspect-fled', 'rumour-on-social']));
  });

  it('a jump applies the defaults of decisions whose deadline passed, with a deadlinePassed event', () => {
    const s = must(havenstad, inRounds(havenstad), { type: 'jump', minutes: 40, actor: TRAINER });
    const passed = s.events.find((e) => e.kind === 'deadlinePassed' && e.data.decision === 'stay-indoors');
    expect(passed).toMatchObject({ visibility: 'trainer', data: { option: 'no-advice', owner: 'mayor' } });
    expect(s.decisions['stay-indoors']?.taken).toMatchObject({ option: 'no-advice', byDefault: true, actor: null });
    const taken = s.events.find((e) => e.kind === 'decisionTaken' && e.data.decision === 'stay-indoors');
    expect(taken && passed && taken.seq > passed.seq).toBe(true);
  });
});

describe('hot-seat turns', () => {
  it('refuses a role out of turn with not-your-turn, and lets it act once the tables before it have passed', () => {
    let s = inRounds(havenstad);
    const publishByPolice: Command = { type: 'structure', action: { action: 'convene', team: 'SGBO' }, actor: role('police-chief') };
    expect(refused(havenstad, s, publishByPolice)).toMatchObject({ code: 'not-your-turn' });
    s = must(havenstad, s, { type: 'endTurn', actor: role('mayor') });
    s = must(havenstad, s, publishByPolice);
    expect(refused(havenstad, s, { type: 'endTurn', actor: role('mayor') }).code).toBe('not-your-turn');
  });

  it('resolves the round when every table has ended its turn', () => {
    const s = endTurnsUntilNextRound(havenstad, inRounds(havenstad));
    expect(s).toMatchObject({ round: 2, minute: 10, phase: 'decide', turn: { table: 0, done: [] } });
  });

  it('in multi-window mode lets every table act at once, each ending its turn once', () => {
    const settings = { ...botSettings(havenstad), mode: 'multiwindow' as const };
    let s = inRounds(havenstad, 'mw', settings);
    s = must(havenstad, s, { type: 'structure', action: { action: 'convene', team: 'SGBO' }, actor: role('police-chief') });
    s = must(havenstad, s, { type: 'endTurn', actor: role('police-chief') });
    expect(refused(havenstad, s, { type: 'endTurn', actor: role('police-chief') }).code).toBe('turn-already-ended');
  });
});

describe('the SimCell', () => {
  const base = botSettings(havenstad);
  const settings = { ...base, tables: base.tables.filter((t) => t.id !== 'nkc-director'), simcell: ['nkc-director'] };

  it('logs commands the trainer takes for an unplayed role with actor kind simcell', () => {
    let s = inRounds(havenstad, 'sim', settings);
    s = must(havenstad, s, { type: 'publish', blocks: ['fact-incident'], actor: { kind: 'simcell', role: 'nkc-director' } });
    expect(s.log.at(-1)?.command.actor).toEqual({ kind: 'simcell', role: 'nkc-director' });
    expect(s.messages.at(-1)).toMatchObject({ role: 'nkc-director', voice: 'national' });
  });

  it('may not act for a role somebody plays, and the trainer acts for a role only through it', () => {
    const s = inRounds(havenstad, 'sim', settings);
    expect(refused(havenstad, s, { type: 'publish', blocks: ['fact-incident'], actor: { kind: 'simcell', role: 'municipal-comms' } }).code).toBe('not-simcell-role');
    expect(refused(havenstad, s, { type: 'publish', blocks: ['fact-incident'], actor: TRAINER }).code).toBe('act-as-simcell');
    expect(refused(havenstad, s, { type: 'endTurn', actor: { kind: 'simcell', role: 'nkc-director' } }).code).toBe('simcell-has-no-turn');
  });
});

describe('evaluators', () => {
  const evaluator = { kind: 'evaluator', name: 'Eva' } as const;

  it('may record observations, pinned to an event', () => {
    const s = must(havenstad, inRounds(havenstad), { type: 'observe', text: ' The mayor waited for the police. ', event: 3, actor: evaluator });
    expect(s.events.at(-1)).toMatchObject({ kind: 'observation', visibility: 'trainer', data: { text: 'The mayor waited for the police.', event: 3, by: 'Eva' } });
  });

  it('may only observe: every other command is refused and none is offered', () => {
    const s = inRounds(havenstad);
    const commands: Command[] = [
      { type: 'advance', actor: evaluator },
      { type: 'override', target: { objective: 'VB1' }, rating: 'P', reason: 'fine', actor: evaluator },
      { type: 'publish', blocks: ['fact-incident'], actor: evaluator },
    ];
    for (const c of commands) expect(refused(havenstad, s, c).code).toBe('evaluator-observe-only');
    expect(availableCommands(havenstad, s, evaluator)).toEqual([]);
  });
});

describe('overrides', () => {
  it('need a reason', () => {
    const s = inRounds(havenstad);
    expect(refused(havenstad, s, { type: 'override', target: { criterion: 'C01' }, rating: 'met', reason: '   ', actor: TRAINER }).code).toBe('override-needs-reason');
  });

  it('stand beside the computed result, with their reason and event', () => {
    const s = must(havenstad, inRounds(havenstad), { type: 'override', target: { criterion: 'C06' }, rating: 'partly', reason: 'Scaled, but without the GBT', actor: TRAINER });
    const c06 = scoreExercise(havenstad, s).criteria.find((c) => c.criterion === 'C06');
    expect(c06?.override).toEqual({ rating: 'partly', reason: 'Scaled, but without the GBT', event: s.events.length - 1 });
  });
});
