// A new exercise: the scenario's starting picture, with seeded initial values drawn under the session seed.
import { initialTransition } from 'xstate';
import { communicationMachine } from '../communication/machine.js';
import { initialStructure, type StructureSnapshots } from '../machines/structure.js';
import type { Scenario } from '../scenario/schema.js';
import { resolveAmount } from './variables.js';
import { AppendList } from './append-list.js';
import { Step } from './step.js';
import type { ExerciseState, SessionSettings } from './types.js';

// The starting structure depends on the scenario alone and is never mutated: build it once per scenario.
const startingStructure = new WeakMap<Scenario, StructureSnapshots>();

function structureAtStart(scenario: Scenario): StructureSnapshots {
  let s = startingStructure.get(scenario);
  if (!s) startingStructure.set(scenario, (s = initialStructure(scenario)));
  return s;
}

export function createSession(scenario: Scenario, seed: string, settings: SessionSettings, scenarioHash: string): ExerciseState {
  const [comm] = initialTransition(communicationMachine);
  const empty: ExerciseState = {
    format: 'crisistafel-state',
    version: 1,
    scenarioId: scenario.id,
    scenarioHash,
    seed,
    settings,
    phase: 'setup',
    minute: 0,
    round: 0,
    turn: { table: 0, done: [] },
    structure: structureAtStart(scenario),
    communication: { value: comm.value, context: { ...comm.context } },
    messages: AppendList.empty(),
    findings: AppendList.empty(),
    variables: {},
    delivered: {},
    scheduled: [],
    decisions: {},
    rumours: {},
    facts: {},
    board: {
      markers: [],
      activeZones: scenario.picture.zones.filter((z) => z.active).map((z) => z.id),
      units: Object.fromEntries(scenario.picture.units.map((u) => [u.id, { at: u.at, deployed: u.deployed }])),
      hospitalLoad: Object.fromEntries(scenario.picture.hospitals.map((h) => [h.id, h.load])),
      affectedAreas: [],
      actionsTaken: [],
      protectedTargets: [],
      incidentShown: false,
    },
    actionsTaken: {},
    draws: {},
    notifiedAt: null,
    knowledge: AppendList.empty(),
    events: AppendList.empty(),
    log: AppendList.empty(),
    attempts: [],
    ending: null,
    room: { module: null, question: null },
  };
  const step = new Step(scenario, empty, -1);
  step.emit('sessionCreated', 'public', { scenario: scenario.id, seed });
  for (const v of scenario.variables) {
    step.own('variables')[v.id] = resolveAmount(step, v.initial, 'initial', v.id, v.visibility);
  }
  return step.finish();
}
