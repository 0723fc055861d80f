// Where the room stands in a module-based exercise: the facilitator script, the console, the bots and the
// projector all ask these instead of reading the module list themselves.
import type { ModuleT, QuestionT, Scenario } from '../scenario/schema.js';
import type { ExerciseState, SessionSettings, Table } from '../session/types.js';

export function currentModuleIndex(scenario: Scenario, state: ExerciseState): number {
  const id = state.room.module;
  return id === null ? -1 : scenario.modules.findIndex((m) => m.id === id);
}

/** The module the facilitator opens next, if any. */
export function nextModule(scenario: Scenario, state: ExerciseState): ModuleT | undefined {
  return scenario.modules[currentModuleIndex(scenario, state) + 1];
}

/** A discussion-based exercise moves by module only, and so does a mixed one the trainer chose to run as a
 *  discussion; an operational or mixed run moves by round. (A discussion without modules, which lint reports
 *  as an error, falls back to rounds so it can still be tried.) */
export function movesByModule(scenario: Scenario, settings: SessionSettings): boolean {
  return scenario.modules.length > 0 && (scenario.exerciseKind === 'discussion' || settings.runByModule === true);
}

/** Whether a question is put to a table: to all tables, or to the tables that hold one of its roles. */
export function questionIsFor(question: QuestionT, table: Table): boolean {
  return question.audience === 'all' || question.audience.some((r) => table.roles.includes(r));
}

/** The real minutes planned for a module: the trainer's choice at setup, else the scenario's budget. */
export function moduleBudgetMinutes(module: ModuleT, settings: SessionSettings): number {
  const chosen = settings.moduleMinutes?.[module.id];
  return chosen !== undefined && Number.isInteger(chosen) && chosen > 0 ? chosen : module.budgetMinutes;
}

/** Whether the room gives feedback per module: a scenario in modules whose trainer switched it on at setup. */
export function feedbackPerModule(scenario: Scenario, settings: SessionSettings): boolean {
  return scenario.modules.length > 0 && settings.moduleFeedback === true;
}

const AFTER_PLAY: readonly string[] = ['hotwash', 'debrief', 'ended'];

/**
 * Whether the room may hand in feedback forms now: after play always; during play only where the trainer
 * chose feedback per module and a module is open (the form is then about that module).
 */
export function feedbackOpen(scenario: Scenario, state: ExerciseState): boolean {
  if (AFTER_PLAY.includes(state.phase)) return true;
  return feedbackPerModule(scenario, state.settings) && state.room.module !== null && (state.phase === 'decide' || state.phase === 'paused');
}
