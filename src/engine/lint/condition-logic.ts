// Reasoning about the JSON condition language without playing: a condition is rewritten as a disjunction of
// conjunctions of literals, and each conjunction is checked against what the scenario makes possible.
// "never" is claimed only when no conjunction can hold; "always" only when the negation can never hold.
import type { Comparison, Condition } from '../scenario/schema.js';
import { canonicalJson } from '../session/canonical.js';
import { satisfiable, type Bound, type Domain } from './domains.js';

/** A number a condition compares: the clock, the round, the GRIP level, a threat level or a variable. */
export type Quantity = 'time' | 'round' | 'grip' | 'threat:national' | 'threat:region' | `variable:${string}`;

/** A test with a yes/no answer that is not a comparison: decided, delivered, published, teamActive, … */
export type Atom = Exclude<
  Condition,
  { all: Condition[] } | { any: Condition[] } | { not: Condition } | { always: boolean } | { variable: string } | { grip: Comparison } | { threatLevel: Comparison } | { time: Comparison } | { round: Comparison }
>;

type Literal =
  | { readonly kind: 'number'; readonly quantity: Quantity; readonly bound: Bound }
  | { readonly kind: 'atom'; readonly atom: Atom; readonly key: string; readonly positive: boolean };

type Conjunction = readonly Literal[];

/** What the scenario makes possible: the values of each quantity and whether each atom can be true or false. */
export interface ConditionFacts {
  domain(quantity: Quantity): Domain;
  canBeTrue(atom: Atom): boolean;
  canBeFalse(atom: Atom): boolean;
  /** The earliest scenario minute at which the atom can first be true, when the scenario fixes one. */
  earliest?(atom: Atom): number | null;
}

export type Verdict = 'never' | 'always' | 'maybe';

/** Beyond this many conjunctions the rewrite gives up and says "maybe": an honest answer, never a wrong one. */
const MAX_CONJUNCTIONS = 512;

const NEGATED: Readonly<Record<Comparison, Comparison>> = { '<': '>=', '<=': '>', '==': '!=', '!=': '==', '>=': '<', '>': '<=' };

function numberLiteral(quantity: Quantity, op: Comparison, value: number, negate: boolean): Literal {
  return { kind: 'number', quantity, bound: { op: negate ? NEGATED[op] : op, value } };
}

function product(a: readonly Conjunction[], b: readonly Conjunction[]): Conjunction[] | null {
  if (a.length * b.length > MAX_CONJUNCTIONS) return null;
  return a.flatMap((x) => b.map((y) => [...x, ...y]));
}

/** The condition (or its negation) as a list of conjunctions; [] is "false", [[]] is "true"; null when too large. */
function normalForm(c: Condition, negate: boolean): Conjunction[] | null {
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    // all = conjunction, any = disjunction; negation swaps them (De Morgan).
    const conjunctive = 'all' in c !== negate;
    let out: Conjunction[] = conjunctive ? [[]] : [];
    for (const part of parts) {
      const form = normalForm(part, negate);
      if (form === null) return null;
      if (conjunctive) {
        const next = product(out, form);
        if (next === null) return null;
        out = next;
      } else {
        out = [...out, ...form];
        if (out.length > MAX_CONJUNCTIONS) return null;
      }
    }
    return out;
  }
  if ('not' in c) return normalForm(c.not, !negate);
  if ('always' in c) return c.always !== negate ? [[]] : [];
  if ('variable' in c) return [[numberLiteral(`variable:${c.variable}`, c.op, c.value, negate)]];
  if ('grip' in c) return [[numberLiteral('grip', c.grip, c.value, negate)]];
  if ('threatLevel' in c) return [[numberLiteral(c.region ? 'threat:region' : 'threat:national', c.threatLevel, c.value, negate)]];
  if ('time' in c) return [[numberLiteral('time', c.time, c.value, negate)]];
  if ('round' in c) return [[numberLiteral('round', c.round, c.value, negate)]];
  return [[{ kind: 'atom', atom: c, key: canonicalJson(c), positive: !negate }]];
}

/** Atoms that cannot hold together, or that need another: one option per decision, one DSI stage at a time. */
function atomsConflict(atoms: readonly Extract<Literal, { kind: 'atom' }>[]): boolean {
  const positive = atoms.filter((a) => a.positive).map((a) => a.atom);
  const negative = atoms.filter((a) => !a.positive).map((a) => a.atom);
  const options = new Map<string, string>();
  for (const a of positive) {
    if ('decided' in a) {
      if (negative.some((n) => 'decided' in n && n.decided === a.decided && n.option === undefined)) return true;
      if (a.option !== undefined) {
        const other = options.get(a.decided);
        if (other !== undefined && other !== a.option) return true;
        options.set(a.decided, a.option);
      }
    }
    if ('rumourActive' in a && positive.some((p) => 'rumourRebutted' in p && p.rumourRebutted === a.rumourActive)) return true;
  }
  const stages = new Set(positive.flatMap((a) => ('dsi' in a ? [a.dsi] : [])));
  return stages.size > 1;
}

function conjunctionHolds(conjunction: Conjunction, facts: ConditionFacts): boolean {
  const polarity = new Map<string, boolean>();
  const atoms: Extract<Literal, { kind: 'atom' }>[] = [];
  const bounds = new Map<Quantity, Bound[]>();
  for (const literal of conjunction) {
    if (literal.kind === 'number') {
      bounds.set(literal.quantity, [...(bounds.get(literal.quantity) ?? []), literal.bound]);
      continue;
    }
    const earlier = polarity.get(literal.key);
    if (earlier !== undefined && earlier !== literal.positive) return false;
    polarity.set(literal.key, literal.positive);
    if (literal.positive ? !facts.canBeTrue(literal.atom) : !facts.canBeFalse(literal.atom)) return false;
    atoms.push(literal);
    // Once true these atoms stay true, so "delivered x" also says the clock has reached x's time.
    const from = literal.positive ? facts.earliest?.(literal.atom) : null;
    if (from !== null && from !== undefined) bounds.set('time', [...(bounds.get('time') ?? []), { op: '>=', value: from }]);
  }
  if (atomsConflict(atoms)) return false;
  for (const [quantity, list] of bounds) if (!satisfiable(facts.domain(quantity), list)) return false;
  return true;
}

function canHold(c: Condition, negate: boolean, facts: ConditionFacts): boolean | null {
  const form = normalForm(c, negate);
  if (form === null) return null;
  return form.some((conjunction) => conjunctionHolds(conjunction, facts));
}

export function judge(c: Condition, facts: ConditionFacts): Verdict {
  const mayHold = canHold(c, false, facts);
  if (mayHold === false) return 'never';
  const mayFail = canHold(c, true, facts);
  if (mayFail === false) return 'always';
  return 'maybe';
}

/** A literal constant ({ "always": … }) says what it means; the linter does not flag it as a surprise. */
export function isConstant(c: Condition): boolean {
  return 'always' in c;
}
