// Discussion-based exercises: the facilitator moves the room by module (the clock jumps), tables answer the
// questions put to them, the projector shows the question, and the hotwash and the feedback form follow play.
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import { applyCommand, debriefView, publicView, replay, roleView, trainerView } from '../../../src/engine/index.js';
import type { Command, ExerciseState } from '../../../src/engine/index.js';
import { DISCUSSION_SETTINGS, moduleOpened, must, newSession, refusalCode, role, scenarioNamed, TRAINER } from './support.js';

const scenario = scenarioNamed('discussion-tabletop.json');
const settings = DISCUSSION_SETTINGS;
const opened = (): ExerciseState => moduleOpened(scenario);
const refusal = (s: ExerciseState, c: Command) => refusalCode(scenario, s, c);

describe('modules and their time jumps', () => {
  it('opens the first module from the briefing, at its start time, in round 1', () => {
    const s = opened();
    expect(s.phase).toBe('decide');
    expect(s.round).toBe(1);
    expect(s.minute).toBe(0);
    expect(trainerView(scenario, s).discussion.current).toBe('m1');
  });

  it('jumps the clock to the next module in one round and delivers the module\'s injects', () => {
    const s = must(scenario, opened(), { type: 'startModule', module: 'm2', actor: TRAINER });
    expect(s.minute).toBe(2880);
    expect(s.round).toBe(2);
    expect('day-two-news' in s.delivered).toBe(true);
    const view = publicView(scenario, s);
    expect(view.minute).toBe(2880);
    expect(view.discussion.modules.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(view.discussion.modules[1]?.timeLabel).toEqual({ nl: 'Twee dagen later, 08:10', en: 'Two days later, 08:10' });
  });

  it('never goes back in time: an opened module cannot be opened again', () => {
    const s = must(scenario, opened(), { type: 'startModule', module: 'm2', actor: TRAINER });
    expect(refusal(s, { type: 'startModule', module: 'm1', actor: TRAINER })).toBe('module-already-started');
    expect(refusal(s, { type: 'startModule', module: 'nope', actor: TRAINER })).toBe('unknown-module');
  });

  it('moves by module only: rounds, clock jumps and "begin the rounds" are refused in a discussion exercise', () => {
    expect(refusal(opened(), { type: 'advance', actor: TRAINER })).toBe('discussion-moves-by-module');
    expect(refusal(opened(), { type: 'jump', minutes: 60, actor: TRAINER })).toBe('discussion-moves-by-module');
    const briefing = must(scenario, newSession(scenario, 'seed-1', settings), { type: 'start', actor: TRAINER });
    expect(refusal(briefing, { type: 'beginRounds', actor: TRAINER })).toBe('discussion-moves-by-module');
  });

  it('does not move the room on when every table has ended its turn: the facilitator does', () => {
    let s = must(scenario, opened(), { type: 'endTurn', actor: role('mayor') });
    s = must(scenario, s, { type: 'endTurn', actor: role('police') });
    expect(s.round).toBe(1);
    expect(s.room.module).toBe('m1');
  });

  it('shows a module\'s situation to participants only once it is opened; the script and guide only to the trainer', () => {
    const s = opened();
    const mayor = roleView(scenario, s, 'mayor').discussion;
    expect(mayor.modules.map((m) => m.id)).toEqual(['m1']);
    expect(JSON.stringify(mayor)).not.toContain('De stad rouwt');
    expect(mayor.modules[0]?.script).toBeUndefined();
    expect(mayor.modules[0]?.evaluatorGuide).toBeUndefined();
    const trainer = trainerView(scenario, s).discussion;
    expect(trainer.modules[0]?.script).toEqual({ nl: 'Lees de situatie voor.', en: 'Read the situation aloud.' });
    expect(trainer.modules[0]?.evaluatorGuide?.criticalTasks.map((t) => t.id)).toEqual(['ct-first-message']);
  });
});

describe('a mixed exercise (rounds grouped into modules)', () => {
  const mixed = { ...scenario, exerciseKind: 'mixed' as const };
  const begun = (runByModule?: boolean): ExerciseState => {
    let s = newSession(mixed, 'seed-1', { ...settings, ...(runByModule === undefined ? {} : { runByModule }) });
    s = must(mixed, s, { type: 'start', actor: TRAINER });
    return runByModule ? must(mixed, s, { type: 'startModule', module: 'm1', actor: TRAINER }) : must(mixed, s, { type: 'beginRounds', actor: TRAINER });
  };

  it('runs by rounds, and opens a module whose time has come without using up a round', () => {
    let s = must(mixed, begun(), { type: 'advance', actor: TRAINER });
    expect(s.round).toBe(2);
    s = must(mixed, s, { type: 'startModule', module: 'm1', actor: TRAINER });
    expect([s.round, s.minute, s.room.module]).toEqual([2, 30, 'm1']);
  });

  it('runs as a discussion when the trainer chose so at setup: by module only', () => {
    const s = begun(true);
    expect(applyCommand(mixed, s, { type: 'advance', actor: TRAINER }).ok).toBe(false);
    expect(must(mixed, s, { type: 'startModule', module: 'm2', actor: TRAINER }).minute).toBe(2880);
  });
});

describe('questions and answers', () => {
  it('keeps each table\'s answer to itself during play; the trainer and the room\'s debrief see all', () => {
    let s = must(scenario, opened(), { type: 'answer', question: 'q-first-message', text: 'Feiten: er is een explosie.', actor: role('mayor') });
    s = must(scenario, s, { type: 'answer', question: 'q-first-message', text: 'Wij sluiten het gebied af.', actor: role('police') });
    const mayor = roleView(scenario, s, 'mayor').discussion.questions.find((q) => q.id === 'q-first-message');
    expect(mayor?.answers.map((a) => a.text)).toEqual(['Feiten: er is een explosie.']);
    expect(JSON.stringify(roleView(scenario, s, 'mayor'))).not.toContain('Wij sluiten');
    const trainer = trainerView(scenario, s).discussion.questions.find((q) => q.id === 'q-first-message');
    expect(trainer?.answers.map((a) => a.table)).toEqual(['gemeente', 'politie']);
    s = must(scenario, s, { type: 'end', actor: TRAINER });
    s = must(scenario, s, { type: 'openDebrief', actor: TRAINER });
    const room = debriefView(scenario, s, 'room').discussion.questions.find((q) => q.id === 'q-first-message');
    expect(room?.answers).toHaveLength(2);
  });

  it('keeps key points from participants and the room, and gives them to the trainer', () => {
    const s = opened();
    expect(JSON.stringify(roleView(scenario, s, 'mayor'))).not.toContain('Facts, no speculation');
    expect(JSON.stringify(publicView(scenario, s))).not.toContain('Facts, no speculation');
    expect(trainerView(scenario, s).discussion.questions[0]?.keyPoints).toEqual([{ nl: 'Feiten, geen speculatie', en: 'Facts, no speculation' }]);
  });

  it('takes a table\'s latest answer as its answer, and keeps the earlier one in the timeline', () => {
    let s = must(scenario, opened(), { type: 'answer', question: 'q-first-message', text: 'Eerste versie', actor: role('mayor') });
    s = must(scenario, s, { type: 'answer', question: 'q-first-message', text: 'Tweede versie', actor: role('mayor') });
    expect(trainerView(scenario, s).discussion.questions[0]?.answers.map((a) => a.text)).toEqual(['Tweede versie']);
    expect(s.events.filter((e) => e.kind === 'answerGiven')).toHaveLength(2);
  });

  it('refuses an answer to a question of a module not yet opened, or one not put to that table', () => {
    const s = opened();
    expect(refusal(s, { type: 'answer', question: 'q-aftercare', text: 'IAC', actor: role('mayor') })).toBe('question-not-yet');
    expect(refusal(s, { type: 'answer', question: 'q-police-only', text: 'Afzetting', actor: role('mayor') })).toBe('question-not-for-table');
    expect(refusal(s, { type: 'answer', question: 'q-first-message', text: '   ', actor: role('mayor') })).toBe('empty-text');
    expect(refusal(s, { type: 'answer', question: 'q-first-message', text: 'x', table: 'politie', actor: role('mayor') })).toBe('not-your-table');
  });

  it('lets the trainer type a table\'s answer when the table names it aloud', () => {
    const s = must(scenario, opened(), { type: 'answer', question: 'q-first-message', text: 'Voorgelezen antwoord', table: 'politie', actor: TRAINER });
    expect(trainerView(scenario, s).discussion.questions[0]?.answers).toMatchObject([{ table: 'politie', text: 'Voorgelezen antwoord' }]);
    expect(refusal(s, { type: 'answer', question: 'q-first-message', text: 'x', actor: TRAINER })).toBe('unknown-table');
  });

  it('puts the question the facilitator shows on the projector, and takes it off again', () => {
    let s = must(scenario, opened(), { type: 'showQuestion', question: 'q-first-message', actor: TRAINER });
    expect(publicView(scenario, s).discussion.question).toEqual({ id: 'q-first-message', module: 'm1', text: { nl: 'Wat zegt u als eerste tegen de inwoners?', en: 'What do you tell residents first?' } });
    s = must(scenario, s, { type: 'showQuestion', question: null, actor: TRAINER });
    expect(publicView(scenario, s).discussion.question).toBeNull();
    expect(refusal(s, { type: 'showQuestion', question: 'q-aftercare', actor: TRAINER })).toBe('question-not-yet');
  });
});

describe('hotwash and feedback', () => {
  function inHotwash(): ExerciseState {
    return must(scenario, opened(), { type: 'end', actor: TRAINER });
  }

  it('records strengths and improvements per table, typed by the table or by the trainer', () => {
    let s = must(scenario, inHotwash(), { type: 'hotwash', kind: 'strength', text: 'Snel opgeschaald', actor: role('mayor') });
    s = must(scenario, s, { type: 'hotwash', kind: 'improvement', text: 'Eén woordvoerder', actor: TRAINER });
    expect(publicView(scenario, s).discussion.hotwash).toMatchObject([
      { kind: 'strength', text: 'Snel opgeschaald', table: 'gemeente' },
      { kind: 'improvement', text: 'Eén woordvoerder', table: null },
    ]);
    expect(refusal(opened(), { type: 'hotwash', kind: 'strength', text: 'Te vroeg', actor: TRAINER })).toBe('not-in-phase');
  });

  it('keeps feedback anonymous and summarises it: no seat in the event or the summary', () => {
    let s = must(scenario, inHotwash(), { type: 'feedback', ratings: { realism: 4, 'objective:VB1': 5 }, comments: { strengths: 'Goede vragen' }, actor: role('mayor') });
    s = must(scenario, s, { type: 'feedback', ratings: { realism: 2 }, actor: role('police') });
    const event = s.events.filter((e) => e.kind === 'feedbackGiven');
    expect(JSON.stringify(event.map((e) => e.data))).not.toMatch(/mayor|police/);
    const summary = trainerView(scenario, s).discussion.feedback;
    expect(summary?.responses).toBe(2);
    expect(summary?.ratings.find((r) => r.item === 'realism')).toEqual({ item: 'realism', count: 2, mean: 3 });
    expect(summary?.comments).toEqual([{ kind: 'strengths', text: 'Goede vragen' }]);
    expect(roleView(scenario, s, 'mayor').discussion.feedback).toBeNull();
  });

  it('refuses ratings outside 1–5, unknown items and an empty form', () => {
    const s = inHotwash();
    expect(refusal(s, { type: 'feedback', ratings: { realism: 6 }, actor: role('mayor') })).toBe('feedback-rating-invalid');
    expect(refusal(s, { type: 'feedback', ratings: { mood: 3 }, actor: role('mayor') })).toBe('feedback-item-unknown');
    expect(refusal(s, { type: 'feedback', ratings: {}, actor: role('mayor') })).toBe('feedback-empty');
    expect(refusal(s, { type: 'feedback', ratings: { realism: 3 }, actor: { kind: 'evaluator', name: 'E1' } })).toBe('feedback-participants-only');
  });
});

describe('evaluator observations against the guide', () => {
  it('accepts a rating and a tag to a critical task, criterion or question the scenario has', () => {
    const s = must(scenario, opened(), { type: 'observe', text: 'Eerste bericht na 12 minuten', rating: 'P', tag: { criticalTask: 'ct-first-message' }, actor: { kind: 'evaluator', name: 'E1' } });
    expect(s.events.at(-1)?.data).toMatchObject({ rating: 'P', tag: { criticalTask: 'ct-first-message' }, by: 'E1' });
    expect(refusal(s, { type: 'observe', text: 'x', tag: { criticalTask: 'nope' }, actor: TRAINER })).toBe('observation-tag-unknown');
    expect(refusal(s, { type: 'observe', text: 'x', rating: 'Q' as 'P', actor: TRAINER })).toBe('observation-rating-invalid');
  });
});

describe('replay, fork and bots', () => {
  it('gives the same answers, hotwash and feedback when the log is replayed', () => {
    let s = must(scenario, opened(), { type: 'answer', question: 'q-first-message', text: 'Antwoord', actor: role('mayor') });
    s = must(scenario, s, { type: 'startModule', module: 'm2', actor: TRAINER });
    s = must(scenario, s, { type: 'end', actor: TRAINER });
    s = must(scenario, s, { type: 'hotwash', kind: 'strength', text: 'Rust', actor: TRAINER });
    s = must(scenario, s, { type: 'feedback', ratings: { learning: 5 }, actor: role('police') });
    const again = replay(scenario, { seed: s.seed, settings, log: s.log, scenarioHash: s.scenarioHash });
    expect(again).toEqual(s);
  });

  it('lets the bots play a discussion exercise through every module to the hotwash', () => {
    for (const policy of ['doctrine', 'random', 'poor'] as const) {
      const { state } = playExercise(scenario, 'seed-7', policy);
      expect(state.phase).toBe('hotwash');
      expect(state.room.module).toBe('m2');
    }
  });
});
