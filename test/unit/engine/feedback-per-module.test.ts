// Feedback per module and the printed feedback link, in the engine: where the trainer chose feedback per module
// at setup the room may hand in forms while a module is open (each says which module it was about, and the
// summary has each module's own), not otherwise; a form from the link is entered by the host in the trainer's
// name and marked so, and nobody else may claim to be the link. The per-module time budgets chosen at setup
// are what the facilitator's countdown reads. All of it survives replay.
import { describe, expect, it } from 'vitest';
import { debriefView, publicView, replay, roleView, trainerView } from '../../../src/engine/index.js';
import type { Command, ExerciseState, SessionSettings } from '../../../src/engine/index.js';
import { DISCUSSION_SETTINGS, moduleOpened, must, newSession, refusalCode, role, scenarioNamed, TRAINER } from './support.js';

const scenario = scenarioNamed('discussion-tabletop.json');
const base = DISCUSSION_SETTINGS;
const opened = (settings: SessionSettings): ExerciseState => moduleOpened(scenario, settings);
const refusal = (s: ExerciseState, c: Command) => refusalCode(scenario, s, c);

describe('feedback per module', () => {
  it('is refused during play unless the trainer chose it at setup', () => {
    const s = opened(base);
    expect(publicView(scenario, s).discussion.feedbackOpen).toBe(false);
    expect(refusal(s, { type: 'feedback', ratings: { realism: 4 }, actor: role('mayor') })).toBe('not-in-phase');
  });

  it('takes forms while a module is open, says which module each was about, and summarises each module on its own', () => {
    const settings = { ...base, moduleFeedback: true };
    let s = opened(settings);
    expect(roleView(scenario, s, 'mayor').discussion.feedbackOpen).toBe(true);
    s = must(scenario, s, { type: 'feedback', ratings: { realism: 4 }, comments: { strengths: 'Heldere situatie' }, actor: role('mayor') });
    s = must(scenario, s, { type: 'startModule', module: 'm2', actor: TRAINER });
    s = must(scenario, s, { type: 'feedback', ratings: { realism: 2 }, actor: role('police') });
    s = must(scenario, s, { type: 'end', actor: TRAINER });
    s = must(scenario, s, { type: 'feedback', ratings: { learning: 5 }, actor: role('police') });
    const forms = s.events.filter((e) => e.kind === 'feedbackGiven').map((e) => e.data.module ?? null);
    expect(forms).toEqual(['m1', 'm2', null]);
    const summary = trainerView(scenario, s).discussion.feedback!;
    expect(summary.responses).toBe(3);
    expect(summary.perModule).toEqual([
      { module: 'm1', responses: 1, ratings: [{ item: 'realism', count: 1, mean: 4 }], comments: [{ kind: 'strengths', text: 'Heldere situatie' }] },
      { module: 'm2', responses: 1, ratings: [{ item: 'realism', count: 1, mean: 2 }], comments: [] },
    ]);
    // The same record after replay, and in the debrief.
    const again = replay(scenario, s);
    expect(trainerView(scenario, again).discussion.feedback).toEqual(summary);
    expect(debriefView(scenario, again, 'trainer').discussion.feedback?.perModule).toHaveLength(2);
  });

  it('is closed before the first module opens', () => {
    const s = must(scenario, newSession(scenario, 'seed-1', { ...base, moduleFeedback: true }), { type: 'start', actor: TRAINER });
    expect(refusal(s, { type: 'feedback', ratings: { realism: 4 }, actor: role('mayor') })).toBe('not-in-phase');
  });
});

describe('a form from the printed link', () => {
  it('is entered in the trainer\'s name, marked as come through the link, and anonymous', () => {
    let s = must(scenario, opened(base), { type: 'end', actor: TRAINER });
    s = must(scenario, s, { type: 'feedback', via: 'link', ratings: { organisation: 5 }, comments: { other: 'Via mijn telefoon' }, actor: TRAINER });
    const event = s.events.filter((e) => e.kind === 'feedbackGiven').at(-1)!;
    expect(event.data).toEqual({ ratings: { organisation: 5 }, comments: { other: 'Via mijn telefoon' }, via: 'link' });
    expect(trainerView(scenario, s).discussion.feedback?.comments).toEqual([{ kind: 'other', text: 'Via mijn telefoon' }]);
  });

  it('cannot be claimed by a table', () => {
    const s = must(scenario, opened(base), { type: 'end', actor: TRAINER });
    expect(refusal(s, { type: 'feedback', via: 'link', ratings: { organisation: 5 }, actor: role('mayor') })).toBe('trainer-only');
  });
});

describe('time budgets chosen at setup', () => {
  it('replace the scenario\'s budget for the module they name, and only that one', () => {
    const s = opened({ ...base, moduleMinutes: { m1: 12 } });
    const modules = trainerView(scenario, s).discussion.modules;
    expect(modules[0]?.budgetMinutes).toBe(12);
    expect(modules[1]?.budgetMinutes).toBe(scenario.modules[1]?.budgetMinutes);
  });
});
