// Evaluators' rated observations in the score (issue 18, DOMAIN.md §7 "measured first"): an observation
// rated P/S/M/U and tagged to a criterion, or to a critical task or question tied to it, is evidence
// labelled "observed". It never outranks a measurement; where nothing was measured it decides beside the
// author's assessments (the weaker counts), and the explanation says which line decided. Unrated notes
// count for nothing. The room hears the counts, never the evaluators' words. Answers, observations and
// feedback survive export, import and a fork.
import { describe, expect, it } from 'vitest';
import { applyCommand, debriefView, scoreExercise, type Command, type CommandBody, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { fork, makeBundle, readBundle, resume } from '../../../src/engine/session/bundle.js';
import { DISCUSSION_SETTINGS, newSession, scenarioNamed, TRAINER } from '../engine/support.js';

const base = scenarioNamed('discussion-tabletop.json');
/** The fixture also scoring aftercare (C12) on the second module's news: in a run that never opens module 2, nothing measures C12. */
const scenario: Scenario = {
  ...base,
  scoring: { ...base.scoring, criteria: [...base.scoring.criteria, { criterion: 'C12', weight: 1, trigger: { delivered: 'day-two-news' }, targetMinutes: 30 } as Scenario['scoring']['criteria'][number]] },
};

const settings = DISCUSSION_SETTINGS;

const EVA = { kind: 'evaluator', name: 'Eva' } as const;

function run(...steps: [Command['actor'], CommandBody][]): ExerciseState {
  let s = newSession(scenario, 'observed-1', settings);
  for (const [actor, body] of [[TRAINER, { type: 'start' }], [TRAINER, { type: 'startModule', module: 'm1' }], ...steps] as [Command['actor'], CommandBody][]) {
    const r = applyCommand(scenario, s, { actor, ...body } as Command);
    if (!r.ok) throw new Error(`${body.type} refused: ${r.refusal.code}`);
    s = r.state;
  }
  return s;
}

const criterion = (s: ExerciseState, id: string) => scoreExercise(scenario, s).criteria.find((c) => c.criterion === id)!;
const codes = (s: ExerciseState, id: string) => criterion(s, id).explanations.map((x) => x.code);

describe('observed ratings where nothing was measured', () => {
  it('leave a criterion not applicable without a rated observation, and let the observations decide with one', () => {
    const none = run([TRAINER, { type: 'end' }]);
    expect(criterion(none, 'C12').result).toBe('notApplicable');
    const rated = run([EVA, { type: 'observe', text: 'Eén loket genoemd, niemand benaderd.', rating: 'S', tag: { question: 'q-aftercare' } }], [TRAINER, { type: 'end' }]);
    const c12 = criterion(rated, 'C12');
    expect(c12.result).toBe('partly');
    expect(c12.observed).toEqual([expect.objectContaining({ rating: 'S', by: 'Eva' })]);
    expect(codes(rated, 'C12')).toEqual(expect.arrayContaining(['line.observed', 'line.decided.observed-only']));
    expect(c12.evidence).toContain(c12.observed[0]!.event);
  });

  it('read P as met, S and M as partly and U as not met; several observations by their mean, like assessments', () => {
    const result = (...ratings: ('P' | 'S' | 'M' | 'U')[]) =>
      criterion(run(...ratings.map((rating): [Command['actor'], CommandBody] => [EVA, { type: 'observe', text: rating, rating, tag: { criterion: 'C12' } }])), 'C12').result;
    expect(result('P')).toBe('met');
    expect(result('S')).toBe('partly');
    expect(result('M')).toBe('partly');
    expect(result('U')).toBe('notMet');
    expect(result('P', 'P')).toBe('met');
    expect(result('P', 'U')).toBe('partly');
    expect(result('M', 'U')).toBe('notMet');
  });

  it('count only rated observations tied to the criterion: an unrated note, or one about another criterion, is no evidence', () => {
    const s = run([EVA, { type: 'observe', text: 'Alleen een notitie.', tag: { criterion: 'C12' } }], [EVA, { type: 'observe', text: 'Over iets anders.', rating: 'U', tag: { question: 'q-police-only' } }]);
    expect(criterion(s, 'C12').result).toBe('notApplicable');
    expect(criterion(s, 'C12').observed).toEqual([]);
  });

  it('move the objective\'s rating: an exercised-only-by-observation criterion rolls up like any other', () => {
    const good = run([EVA, { type: 'observe', text: 'Goed.', rating: 'P', tag: { criterion: 'C12' } }], [TRAINER, { type: 'end' }]);
    const bad = run([EVA, { type: 'observe', text: 'Niet gedaan.', rating: 'U', tag: { criterion: 'C12' } }], [TRAINER, { type: 'end' }]);
    expect(scoreExercise(scenario, good).objectives.VB1?.criteria).toContain('C12');
    expect(scoreExercise(scenario, bad).objectives.VB1?.score ?? 1).toBeLessThan(scoreExercise(scenario, good).objectives.VB1?.score ?? 0);
  });
});

describe('measured first', () => {
  it('keeps a measured result whatever evaluators rated, and says their rating did not count', () => {
    // Nobody published: C01 is measured not met at the end of play.
    const plain = run([TRAINER, { type: 'end' }]);
    expect(criterion(plain, 'C01').result).toBe('notMet');
    const praised = run([EVA, { type: 'observe', text: 'Mondeling prima bericht.', rating: 'P', tag: { criticalTask: 'ct-first-message' } }], [TRAINER, { type: 'end' }]);
    const c01 = criterion(praised, 'C01');
    expect(c01.result).toBe('notMet');
    expect(c01.observed).toHaveLength(1);
    expect(codes(praised, 'C01')).toEqual(expect.arrayContaining(['line.observed-not-counted', 'line.decided.measured']));
    expect(c01.evidence).not.toContain(c01.observed[0]!.event);
    expect(scoreExercise(scenario, praised).objectives).toEqual(scoreExercise(scenario, plain).objectives);
  });
});

describe('who sees observed evidence', () => {
  it('gives the room the explanation\'s counts, never the evaluators\' words or names', () => {
    const s = run([EVA, { type: 'observe', text: 'Geheime notitie van Eva.', rating: 'S', tag: { criterion: 'C12' } }], [TRAINER, { type: 'end' }], [TRAINER, { type: 'openDebrief' }]);
    const room = debriefView(scenario, s, 'room');
    expect(JSON.stringify(room)).not.toContain('Geheime notitie');
    expect(room.score.criteria.find((c) => c.criterion === 'C12')?.observed).toEqual([]);
    expect(room.score.criteria.find((c) => c.criterion === 'C12')?.result).toBe('partly');
    expect(JSON.stringify(debriefView(scenario, s, 'trainer'))).toContain('Geheime notitie');
  });
});

describe('answers, observations and feedback in a session file', () => {
  const played = () =>
    run(
      [{ kind: 'role', role: 'mayor' }, { type: 'answer', question: 'q-first-message', text: 'Feiten eerst.' }],
      [EVA, { type: 'observe', text: 'Snel.', rating: 'P', tag: { criticalTask: 'ct-first-message' } }],
      [TRAINER, { type: 'end' }],
      [TRAINER, { type: 'hotwash', kind: 'strength', text: 'Rust.' }],
      [{ kind: 'role', role: 'police' }, { type: 'feedback', ratings: { learning: 4 }, comments: { other: 'Meer modules.' } }],
    );

  it('survive export and import as a bundle: the same state, the same score', () => {
    const s = played();
    const read = readBundle(JSON.parse(JSON.stringify(makeBundle(scenario, s))), scenario);
    if (!read.ok) throw new Error(read.code);
    expect(read.state).toEqual(s);
    expect(debriefView(scenario, read.state, 'trainer').discussion).toEqual(debriefView(scenario, s, 'trainer').discussion);
    expect(scoreExercise(scenario, read.state)).toEqual(scoreExercise(scenario, s));
  });

  it('survive a fork: the branch keeps what came before its step and plays on from there', () => {
    const s = played();
    const step = s.log.findIndex((e) => e.command.type === 'end');
    const branch = resume(scenario, fork(scenario, makeBundle(scenario, s), step));
    const view = debriefView(scenario, branch, 'trainer');
    expect(view.discussion.questions.find((q) => q.id === 'q-first-message')?.answers.map((a) => a.text)).toEqual(['Feiten eerst.']);
    expect(view.observations?.map((o) => [o.rating, o.tag])).toEqual([['P', { criticalTask: 'ct-first-message' }]]);
    expect(view.discussion.feedback?.responses).toBe(0);
    expect(branch.phase).toBe('decide');
  });
});
