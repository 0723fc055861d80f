// The condition language read over what one role knows now, instead of over the world. The bots judge a
// measure's warrant this way (scoring/warrants.ts warrantKnownTo): a role acts on what reached it, not on
// what happened somewhere it could not see. Scoring keeps reading conditions over the log.
//
// Each test comes out held, not held, or not known to the role. What the role's screen shows is read as it
// is: the clock, the round, the public structure (GRIP level, threat levels, active teams), public messages
// and rumours rebutted by them, board actions, the variables it may watch (sight.ts) and the DSI stage if
// its office sees it. The rest counts only once learnt: an inject delivered (it knows the inject), a
// decision taken (it knows the decision), a rumour going round (it heard it), a structure action taken (it
// knows the change). Something it has not learnt is neither held nor refuted: "not" of the unknown stays
// unknown (three-valued logic, as Kleene's), so a warrant holds for the role only when it knows it holds.
// A role may also have been told a situation in so many words: the question on a decision card put to it
// states what opened the card (its `when`), so while it weighs that card those tests count as held (`given`).
import type { Condition, Scenario } from '../scenario/schema.js';
import { blocksOf } from '../communication/message.js';
import { canonicalJson } from '../session/canonical.js';
import { compare } from '../session/conditions.js';
import { summaryOf } from '../session/summary.js';
import type { ExerciseState } from '../session/types.js';
import { decisionKey, injectKey, rumourKey } from './keys.js';
import { roleSeesDsi, roleSeesVariable } from './sight.js';
import { knowledgeOf, knows } from './store.js';

/** true: the role knows it holds; false: it knows it does not; undefined: it does not know. */
export type Known = boolean | undefined;

/** The tests a condition asserts outright: itself, or each part of an "all" (an "any" or "not" asserts none). */
function asserted(c: Condition | undefined): string[] {
  if (c === undefined || 'any' in c || 'not' in c) return [];
  if ('all' in c) return c.all.flatMap(asserted);
  return [canonicalJson(c)];
}

/** What the role knows of one condition now; `given`: a situation it has been told otherwise (a card's question). */
export function knownValue(scenario: Scenario, state: ExerciseState, roleId: string, c: Condition, given?: Condition): Known {
  const told = asserted(given);
  return told.length === 0 ? valueOf(scenario, state, roleId, c, null) : valueOf(scenario, state, roleId, c, new Set(told));
}

function valueOf(scenario: Scenario, state: ExerciseState, roleId: string, c: Condition, told: ReadonlySet<string> | null): Known {
  if ('all' in c) {
    const parts = c.all.map((x) => valueOf(scenario, state, roleId, x, told));
    return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true;
  }
  if ('any' in c) {
    const parts = c.any.map((x) => valueOf(scenario, state, roleId, x, told));
    return parts.includes(true) ? true : parts.includes(undefined) ? undefined : false;
  }
  if ('not' in c) {
    const inner = valueOf(scenario, state, roleId, c.not, told);
    return inner === undefined ? undefined : !inner;
  }
  const own = leafValue(scenario, state, roleId, c);
  return own === undefined && told !== null && told.has(canonicalJson(c)) ? true : own;
}

/** One test that is not a combination of others. */
function leafValue(scenario: Scenario, state: ExerciseState, roleId: string, c: Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>): Known {
  if ('always' in c) return c.always;
  if ('time' in c) return compare(state.minute, c.time, c.value);
  if ('round' in c) return compare(state.round, c.round, c.value);
  if ('grip' in c) return compare(summaryOf(state).grip, c.grip, c.value);
  if ('threatLevel' in c) {
    const t = summaryOf(state).threatLevel;
    return compare(c.region ? t.region : t.national, c.threatLevel, c.value);
  }
  if ('teamActive' in c) return summaryOf(state).activeTeams.some((t) => t.team === c.teamActive);
  if ('dsi' in c) return roleSeesDsi(scenario, roleId) ? summaryOf(state).dsi === c.dsi : undefined;
  if ('published' in c) return state.messages.countWhere(blocksOf, c.published) > 0;
  if ('boardAction' in c) return state.board.actionsTaken.includes(c.boardAction);
  if ('variable' in c) {
    const variable = scenario.variables.find((v) => v.id === c.variable);
    if (!variable || !roleSeesVariable(state, roleId, variable)) return undefined;
    return compare(state.variables[c.variable] ?? 0, c.op, c.value);
  }
  if ('delivered' in c) return knows(state, roleId, injectKey(c.delivered)) ? true : undefined;
  if ('decided' in c) {
    if (!knows(state, roleId, decisionKey(c.decided))) return undefined;
    const taken = state.decisions[c.decided]?.taken;
    return taken !== undefined && (c.option === undefined || taken.option === c.option);
  }
  if ('rumourActive' in c) {
    if (!knows(state, roleId, rumourKey(c.rumourActive))) return undefined;
    return state.rumours[c.rumourActive]?.rebuttedAt === undefined;
  }
  if ('rumourRebutted' in c) {
    // A rebuttal is a public message: everyone sees it. Not rebutted is known only of a rumour the role heard.
    if (state.rumours[c.rumourRebutted]?.rebuttedAt !== undefined) return true;
    return knows(state, roleId, rumourKey(c.rumourRebutted)) ? false : undefined;
  }
  // A structure action by its key ("convene:ICCb") or its kind ("convene": any of them).
  const key = `structure:${c.structureAction}`;
  return knows(state, roleId, key) || knowledgeOf(state, roleId).some((e) => e.key.startsWith(`${key}:`)) ? true : undefined;
}

/** Whether the role knows the condition holds now: what it has not learnt counts as not known, so not held. */
export function knownHolds(scenario: Scenario, state: ExerciseState, roleId: string, c: Condition, given?: Condition): boolean {
  return knownValue(scenario, state, roleId, c, given) === true;
}
