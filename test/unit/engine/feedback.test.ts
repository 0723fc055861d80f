// Feedback on a table's decisions: with feedback per round, after the round the decision was taken in
// — and once play is over for the last round's decisions too; with feedback at the debrief, never in
// the role's own view (the room's debrief carries it).
import { describe, expect, it } from 'vitest';
import { applyCommand, createSession, roleView, scenarioHash, type Command, type ExerciseState, type SessionSettings } from '../../../src/engine/index.js';
import { role, scenarioNamed, TRAINER } from './support.js';

const scenario = scenarioNamed('intro-market-square.json');

function session(feedback: SessionSettings['feedback']): ExerciseState {
  const settings: SessionSettings = { mode: 'multiwindow', tables: [{ id: 't1', name: 'Tafel 1', roles: ['mayor', 'police-chief', 'comms'] }], simcell: [], feedback };
  let state = createSession(scenario, 'feedback', settings, scenarioHash(scenario));
  const commands: Command[] = [
    { type: 'start', actor: TRAINER },
    { type: 'beginRounds', actor: TRAINER },
    { type: 'advance', actor: TRAINER },
    { type: 'decide', actor: role('mayor'), decision: 'grip-level', option: 'grip3-driehoek' },
  ];
  for (const command of commands) state = apply(state, command);
  return state;
}

function apply(state: ExerciseState, command: Command): ExerciseState {
  const r = applyCommand(scenario, state, command);
  if (!r.ok) throw new Error(`${command.type}: ${r.refusal.code}`);
  return r.state;
}

const gripFeedback = (state: ExerciseState) => roleView(scenario, state, 'mayor').decisions.find((d) => d.id === 'grip-level')?.feedback ?? [];

describe('feedback on decisions in the role’s view', () => {
  it('comes after the round the decision was taken in, when the trainer chose feedback per round', () => {
    const state = session('perRound');
    expect(gripFeedback(state)).toEqual([]);
    expect(gripFeedback(apply(state, { type: 'advance', actor: TRAINER })).length).toBeGreaterThan(0);
  });

  it('comes for the last round’s decisions too once play is over', () => {
    const over = apply(session('perRound'), { type: 'end', actor: TRAINER });
    expect(over.phase).toBe('hotwash');
    expect(gripFeedback(over).map((f) => f.criterion)).toContain('C06');
  });

  it('never comes in the role’s view when the trainer chose feedback at the debrief', () => {
    const over = apply(session('debrief'), { type: 'end', actor: TRAINER });
    expect(gripFeedback(over)).toEqual([]);
  });
});
