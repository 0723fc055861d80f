// What a role's screen shows it besides its knowledge list: variables it may watch, the DSI stage, and the
// engine events whose visibility reaches it (the board's markers among them). The views filter with these,
// and the bots judge warrants with them (knowledge/conditions.ts), so a bot sees exactly what a player at
// that role's screen sees.
import { authorityOf } from '../machines/authority.js';
import type { Scenario } from '../scenario/schema.js';
import type { Office } from '../scenario/vocabulary.js';
import type { EngineEvent, ExerciseState } from '../session/types.js';
import { variableKey } from './keys.js';
import { isInformationVariable } from './reveals.js';
import { knows } from './store.js';

/** The DSI is confidential operational information: only offices involved in deciding on it see its stage. */
const DSI_OFFICES: readonly Office[] = ['policeChief', 'chiefPublicProsecutor', 'chairCollegePg', 'ministerJenV', 'nctv', 'mayor'];

/** Whether an office sees the DSI deployment's stage. */
export function officeSeesDsi(office: Office): boolean {
  return DSI_OFFICES.includes(office) || authorityOf(office).some((k) => k.endsWith('Dsi'));
}

/** Whether a role sees the DSI deployment's stage. */
export function roleSeesDsi(scenario: Scenario, roleId: string): boolean {
  const office = scenario.roles.find((r) => r.id === roleId)?.office;
  return office !== undefined && officeSeesDsi(office);
}

/** A role sees a variable its visibility names; an information variable (casualty figures) once it has been told it. */
export function roleSeesVariable(state: Pick<ExerciseState, 'knowledge'>, roleId: string, variable: Scenario['variables'][number]): boolean {
  const v = variable.visibility;
  if (v === 'trainer' || (v !== 'public' && !v.roles.includes(roleId))) return false;
  return !isInformationVariable(variable) || knows(state, roleId, variableKey(variable.id));
}

/** Whether an engine event's visibility reaches a role (its screen shows it). */
export function roleSeesEvent(event: EngineEvent, roleId: string): boolean {
  const v = event.visibility;
  return v === 'public' || (v !== 'trainer' && v.roles.includes(roleId));
}
