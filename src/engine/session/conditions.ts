// The condition language, evaluated safely over the state: a closed set of tests, no eval.
import type { Comparison, Condition } from '../scenario/schema.js';
import { blocksOf } from '../communication/message.js';
import { summaryOf } from './summary.js';
import type { ExerciseState } from './types.js';

export function compare(a: number, op: Comparison, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '>=':
      return a >= b;
    case '>':
      return a > b;
  }
}

type Test = (state: ExerciseState) => boolean;

// Each condition of a scenario is turned into a closure once: conditions are re-checked after every
// command (triggered injects, decisions, rumours), and deciding the shape of the condition every time
// cost more than the test itself.
const compiled = new WeakMap<Condition, Test>();

export function holds(state: ExerciseState, c: Condition): boolean {
  let test = compiled.get(c);
  if (!test) compiled.set(c, (test = compile(c)));
  return test(state);
}

function compile(c: Condition): Test {
  if ('all' in c) {
    const parts = c.all.map(compile);
    return (state) => parts.every((p) => p(state));
  }
  if ('any' in c) {
    const parts = c.any.map(compile);
    return (state) => parts.some((p) => p(state));
  }
  if ('not' in c) {
    const inner = compile(c.not);
    return (state) => !inner(state);
  }
  if ('variable' in c) return (state) => compare(state.variables[c.variable] ?? 0, c.op, c.value);
  if ('grip' in c) return (state) => compare(summaryOf(state).grip, c.grip, c.value);
  if ('threatLevel' in c) {
    return (state) => {
      const t = summaryOf(state).threatLevel;
      return compare(c.region ? t.region : t.national, c.threatLevel, c.value);
    };
  }
  if ('teamActive' in c) return (state) => summaryOf(state).activeTeams.some((t) => t.team === c.teamActive);
  if ('dsi' in c) return (state) => summaryOf(state).dsi === c.dsi;
  if ('time' in c) return (state) => compare(state.minute, c.time, c.value);
  if ('round' in c) return (state) => compare(state.round, c.round, c.value);
  if ('decided' in c) {
    return (state) => {
      const taken = state.decisions[c.decided]?.taken;
      return taken !== undefined && (c.option === undefined || taken.option === c.option);
    };
  }
  if ('delivered' in c) return (state) => c.delivered in state.delivered;
  if ('published' in c) return (state) => state.messages.countWhere(blocksOf, c.published) > 0;
  if ('rumourActive' in c) {
    return (state) => {
      const r = state.rumours[c.rumourActive];
      return r !== undefined && r.rebuttedAt === undefined;
    };
  }
  if ('rumourRebutted' in c) return (state) => state.rumours[c.rumourRebutted]?.rebuttedAt !== undefined;
  if ('boardAction' in c) return (state) => state.board.actionsTaken.includes(c.boardAction);
  if ('structureAction' in c) return (state) => c.structureAction in state.actionsTaken;
  const always = c.always;
  return () => always;
}

/** The parts of the state a condition reads. Records marked in OWNED_BY_STEP are copied when a step first writes them. */
export type ConditionInput = 'variables' | 'structure' | 'minute' | 'round' | 'decisions' | 'delivered' | 'messages' | 'rumours' | 'board' | 'actionsTaken';

const inputsCache = new WeakMap<Condition, readonly ConditionInput[] | null>();

/**
 * What a condition's test (compile, above) reads of the state, so that a caller can tell when its answer cannot
 * have changed. Null for a condition this list does not know: such a condition is always tested again.
 */
export function conditionInputs(c: Condition): readonly ConditionInput[] | null {
  let found = inputsCache.get(c);
  if (found === undefined) {
    const set = new Set<ConditionInput>();
    found = collectInputs(c, set) ? [...set].sort() : null;
    inputsCache.set(c, found);
  }
  return found;
}

function collectInputs(c: Condition, into: Set<ConditionInput>): boolean {
  if ('all' in c) return c.all.every((x) => collectInputs(x, into));
  if ('any' in c) return c.any.every((x) => collectInputs(x, into));
  if ('not' in c) return collectInputs(c.not, into);
  const input: ConditionInput | 'none' | undefined =
    'variable' in c ? 'variables'
    : 'grip' in c || 'threatLevel' in c || 'teamActive' in c || 'dsi' in c ? 'structure'
    : 'time' in c ? 'minute'
    : 'round' in c ? 'round'
    : 'decided' in c ? 'decisions'
    : 'delivered' in c ? 'delivered'
    : 'published' in c ? 'messages'
    : 'rumourActive' in c || 'rumourRebutted' in c ? 'rumours'
    : 'boardAction' in c ? 'board'
    : 'structureAction' in c ? 'actionsTaken'
    : 'always' in c ? 'none'
    : undefined;
  if (input === undefined) return false;
  if (input !== 'none') into.add(input);
  return true;
}
