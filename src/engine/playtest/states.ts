// The crisis-structure and communication states one playthrough passed through, as short labels an
// author can search for ("grip:3", "team:ICCb", "dsi:approved", "communication:actionAdvice"). Read from
// the events the engine recorded; the communication lifecycle is run through its own machine again.
import { initialTransition, transition } from 'xstate';
import { communicationMachine } from '../communication/machine.js';
import { hasActionAdvice } from '../communication/message.js';
import { structureSummary, type StructureChange } from '../machines/structure.js';
import { initialStructure } from '../machines/structure.js';
import type { Scenario } from '../scenario/schema.js';
import type { ExerciseState } from '../session/types.js';

function changeLabel(change: StructureChange): string | null {
  switch (change.kind) {
    case 'incident':
      return `incident:${change.to}`;
    case 'grip':
      return `grip:${change.to}`;
    case 'teamConvened':
      return `team:${change.team}`;
    case 'teamChair':
      return `team:${change.team}:chair:${change.to ?? 'none'}`;
    case 'teamStoodDown':
      return `team:${change.team}:stoodDown`;
    case 'threatLevel':
      return `threat:${change.scope}:${change.to}`;
    case 'dsi':
      return `dsi:${change.to}`;
    case 'nlAlert':
      return 'warning:inForce';
    case 'adviceWithdrawn':
      return 'warning:withdrawn';
    case 'aftercare':
      return `aftercare:${change.what}`;
    case 'measure':
      return null;
  }
}

/** The labels of the states this scenario starts in, before anything has happened. */
export function initialStateLabels(scenario: Scenario): string[] {
  const s = structureSummary(initialStructure(scenario));
  return [
    `incident:${s.incident}`,
    `grip:${s.grip}`,
    `threat:national:${s.threatLevel.national}`,
    `threat:region:${s.threatLevel.region}`,
    `dsi:${s.dsi}`,
    `communication:${initialTransition(communicationMachine)[0].value}`,
  ];
}

/** Every state label the playthrough reached, sorted. */
export function visitedStates(scenario: Scenario, state: ExerciseState): string[] {
  const labels = new Set(initialStateLabels(scenario));
  if (state.notifiedAt !== null) labels.add('incident:notified');
  labels.add(`incident:${state.structure.incident.value}`);
  let comm = initialTransition(communicationMachine)[0];
  for (const e of state.events) {
    if (e.kind === 'structureChanged') {
      const change = e.data.change as StructureChange;
      const label = changeLabel(change);
      if (label !== null) labels.add(label);
      if (change.kind === 'adviceWithdrawn') comm = transition(communicationMachine, comm, { type: 'WITHDRAW_ADVICE', minute: e.minute })[0];
    } else if (e.kind === 'messagePublished') {
      const blocks = e.data.blocks as string[];
      comm = transition(communicationMachine, comm, { type: 'PUBLISH', hasActionAdvice: hasActionAdvice(scenario, blocks), minute: e.minute })[0];
    } else continue;
    labels.add(`communication:${comm.value}`);
  }
  return [...labels].sort();
}
