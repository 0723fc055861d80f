// The communication checks that no criterion used to read now count (issue 14, point 5): an alarmist tone
// (proportionateTone) counts against unrest and reprisals (C10), and naming or showing victims before their
// families know (victimRespect) against aftercare (C12), each with the message as evidence. Doctrine play is
// replayed with one such message added, and the score is compared with the play without it.
import { describe, expect, it } from 'vitest';
import { botSettings, playExercise } from '../../../src/engine/bots/index.js';
import { applyCommand, scoreExercise, type Command, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { newSession, role, scenarioNamed } from '../engine/support.js';

function replay(scenario: Scenario, commands: readonly Command[]): ExerciseState {
  let state = newSession(scenario, '1', { ...botSettings(scenario), mode: 'multiwindow' });
  for (const c of commands) state = applyCommand(scenario, state, c).state;
  return state;
}

/** Doctrine play of a scenario, and the same play with one message added at the start of the rounds. */
function withMessage(file: string, message: Command) {
  const scenario = scenarioNamed(file);
  const commands = playExercise(scenario, '1', 'doctrine', { settings: { ...botSettings(scenario), mode: 'multiwindow' } }).log.map((e) => e.command);
  const at = commands.findIndex((c) => c.type === 'beginRounds') + 1;
  const base = scoreExercise(scenario, replay(scenario, commands));
  const changed = replay(scenario, [...commands.slice(0, at), message, ...commands.slice(at)]);
  const published = changed.events.find((e) => e.kind === 'messagePublished' && e.data.role === (message.actor as { role: string }).role);
  return { base, changed: scoreExercise(scenario, changed), published };
}

const rank = { met: 2, partly: 1, notMet: 0, notApplicable: 3 } as const;

describe('message findings that feed criteria', { timeout: 60_000 }, () => {
  it('counts an alarmist message against C10, naming the tone and pointing at the message', () => {
    const { base, changed, published } = withMessage('intro-market-square.json', { type: 'publish', blocks: ['trap-fear'], actor: role('comms') });
    expect(published).toBeDefined();
    const before = base.criteria.find((c) => c.criterion === 'C10');
    const after = changed.criteria.find((c) => c.criterion === 'C10');
    expect(rank[after!.result]).toBeLessThan(rank[before!.result]);
    expect(after!.explanations).toContainEqual({ code: 'unrest.alarmist', params: { count: 1 } });
    expect(after!.evidence.some((seq) => seq > published!.seq)).toBe(true);
  });

  it('counts a message identifying victims against C12, one step lower, with the finding as evidence', () => {
    const { base, changed } = withMessage('station-attack.json', { type: 'publish', blocks: ['trap-victim-identity'], actor: role('comm-adviser') });
    const before = base.criteria.find((c) => c.criterion === 'C12');
    const after = changed.criteria.find((c) => c.criterion === 'C12');
    expect(before?.result).toBe('met');
    expect(after?.engine.result).toBe('partly');
    expect(after?.explanations).toContainEqual({ code: 'aftercare.victim-respect', params: { count: 1 } });
  });
});
