// How a group plays, as the trainer chooses it before the start: feedback after each round or at the debrief, a
// round timer, guided mode, the message mode, a mixed scenario run by module, the minutes planned per module and
// feedback after each module. One set of rules for the setup screen (one device or several windows) and for the
// classroom host's "Start groups", so a group started in a classroom plays exactly as one set up at a laptop.
// Imports are types only: the classroom's "Start groups" form loads this module, and the scenario schema (Zod)
// must not be built before the page has switched Zod to jitless mode (zod-setup.ts; the CSP forbids eval).
import type { Scenario } from '../scenario/schema.js';
import type { SessionSettings } from './types.js';

export type MessageMode = Scenario['communication']['mode'];

/** The message modes a setup may choose: all three where the scenario allows both, else the scenario's own. */
export function setupModes(scenario: Pick<Scenario, 'communication'>): MessageMode[] {
  return scenario.communication.mode === 'both' ? ['both', 'blocks', 'ownWords'] : [scenario.communication.mode];
}

/** A round timer beyond four hours is a typo, not a plan. */
export const MAX_TIMER_MINUTES = 240;
/** Ten hours for one module is the most a day of discussion holds. */
export const MAX_MODULE_MINUTES = 600;

export interface PlayChoices {
  readonly feedback: SessionSettings['feedback'];
  /** Minutes per round on the wall clock, or null for no timer. */
  readonly timerMinutes: number | null;
  readonly guided: boolean;
  readonly messages: MessageMode;
  readonly runByModule: boolean;
  /** Real minutes per module (module id → minutes); a module left out keeps the scenario's budget. */
  readonly moduleMinutes: Readonly<Record<string, number>>;
  readonly moduleFeedback: boolean;
}

export type PlaySettings = Pick<SessionSettings, 'feedback' | 'roundTimerSeconds' | 'messages' | 'runByModule' | 'guided' | 'moduleMinutes' | 'moduleFeedback'>;

export type PlayChoiceProblem = { readonly code: 'timer-invalid' } | { readonly code: 'module-minutes-invalid'; readonly module: string } | { readonly code: 'unknown-module'; readonly module: string };

/** Whether the trainer may choose to run this scenario as a discussion: a mixed scenario that has modules. */
export function offersRunByModule(scenario: Pick<Scenario, 'exerciseKind'> & { readonly modules: readonly unknown[] }): boolean {
  return scenario.exerciseKind === 'mixed' && scenario.modules.length > 0;
}

const validModuleMinutes = (minutes: number): boolean => Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MODULE_MINUTES;

/** What a scenario offers to choose: its message modes, running by module, and its modules with their budgets. */
export function playOffer(scenario: Scenario): { messageModes: MessageMode[]; runByModule: boolean; modules: { id: string; title: Scenario['modules'][number]['title']; budgetMinutes: number }[] } {
  return {
    messageModes: setupModes(scenario),
    runByModule: offersRunByModule(scenario),
    modules: scenario.modules.map((m) => ({ id: m.id, title: m.title, budgetMinutes: m.budgetMinutes })),
  };
}

export function playChoiceProblems(scenario: { readonly modules: readonly { readonly id: string }[] }, choices: PlayChoices): PlayChoiceProblem[] {
  const problems: PlayChoiceProblem[] = [];
  const minutes = choices.timerMinutes;
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TIMER_MINUTES)) problems.push({ code: 'timer-invalid' });
  const modules = new Set(scenario.modules.map((m) => m.id));
  for (const [module, value] of Object.entries(choices.moduleMinutes)) {
    if (!modules.has(module)) problems.push({ code: 'unknown-module', module });
    else if (!validModuleMinutes(value)) problems.push({ code: 'module-minutes-invalid', module });
  }
  return problems;
}

/** A problem as the refusal the host sends and the form shows ("refusal.<code>" with these params). */
export function playChoiceRefusal(problem: PlayChoiceProblem): { readonly code: PlayChoiceProblem['code']; readonly params: Record<string, string | number> } {
  return problem.code === 'timer-invalid'
    ? { code: problem.code, params: { max: MAX_TIMER_MINUTES } }
    : { code: problem.code, params: { module: problem.module, max: MAX_MODULE_MINUTES } };
}

/**
 * The session settings for choices that passed playChoiceProblems. A choice the scenario does not offer is left
 * out rather than recorded: the message mode where the scenario allows only one, running by module where it is not
 * mixed, minutes equal to the scenario's own budget.
 */
export function playSettings(scenario: Scenario, choices: PlayChoices): PlaySettings {
  const planned: Record<string, number> = {};
  for (const module of scenario.modules) {
    const minutes = choices.moduleMinutes[module.id];
    if (minutes !== undefined && validModuleMinutes(minutes) && minutes !== module.budgetMinutes) planned[module.id] = minutes;
  }
  const modes = setupModes(scenario);
  return {
    feedback: choices.feedback,
    ...(choices.timerMinutes !== null ? { roundTimerSeconds: choices.timerMinutes * 60 } : {}),
    ...(modes.length > 1 && modes.includes(choices.messages) ? { messages: choices.messages } : {}),
    // Only a mixed scenario offers the choice: a discussion-based one always moves by module, an operational one never.
    ...(offersRunByModule(scenario) && choices.runByModule ? { runByModule: true } : {}),
    ...(choices.guided ? { guided: true } : {}),
    // The trainer's time plan, where it differs from the scenario's: the facilitator script counts down from it.
    ...(Object.keys(planned).length > 0 ? { moduleMinutes: planned } : {}),
    ...(scenario.modules.length > 0 && choices.moduleFeedback ? { moduleFeedback: true } : {}),
  };
}
