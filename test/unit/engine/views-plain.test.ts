// Views cross BroadcastChannel (structured clone) and websockets (JSON): they must be plain data, never the
// engine's shared lists, whose methods a structured clone drops (a projector then fails on `findings.filter`).
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import { applyCommand, debriefView, publicView, roleView, trainerView } from '../../../src/engine/index.js';
import { scenarioNamed, TRAINER } from './support.js';

describe('views are plain data', () => {
  const scenario = scenarioNamed('intro-market-square.json');
  const played = playExercise(scenario, '3', 'doctrine').state;
  const opened = applyCommand(scenario, played, { type: 'openDebrief', actor: TRAINER });
  const state = opened.ok ? opened.state : played;

  it.each([
    ['the room debrief', () => debriefView(scenario, state, 'room')],
    ['the trainer debrief', () => debriefView(scenario, state, 'trainer')],
    ['the trainer view', () => trainerView(scenario, state)],
    ['the projector', () => publicView(scenario, state)],
    ['a role', () => roleView(scenario, state, scenario.roles[0]?.id ?? '')],
  ])('%s survives a structured clone unchanged', (_name, view) => {
    const v = view();
    expect(structuredClone(v)).toEqual(JSON.parse(JSON.stringify(v)));
  });
});
