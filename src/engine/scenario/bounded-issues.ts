// Zod's issues for an invalid scenario, but only as many as an author can use. Zod itself has no limit: a
// file with 2,000,000 wrong values in one list gets 2,000,000 issues, built one by one (minutes), before the
// loader could keep the first 200. So the collecting walks the large objects and lists itself, hands each
// small part to Zod whole, and stops once it holds `limit` findings.
//
// What it hands to Zod is exactly what Zod would have parsed in that place, so the issues it collects are
// Zod's own, with the same paths: a file with a few mistakes gets the same explanations as before. Only their
// order differs where Zod's would not matter (the loader sorts by position).
import type { z } from 'zod';
import { isRecord, type Path } from './paths.js';
import { defOf, type Schema } from './schema-walk.js';
import { parseUntrusted } from '../untrusted.js';

type Issue = z.core.$ZodIssue;

export interface CollectedIssues {
  readonly issues: Issue[];
  /** False when the collecting stopped at the limit: there are more problems than these. */
  readonly complete: boolean;
}

/** Raised when Zod threw on a hostile shape; the loader disarms the data and collects again. */
export class HostileShape extends Error {}

/** Parts with at most this many values are handed to Zod whole: their issues are few and quick to build. */
const SMALL_PART = 2_000;

interface Budget {
  left: number;
  complete: boolean;
  readonly issues: Issue[];
}

/** The issues of `value` against `schema`, stopping after about `limit` (each unknown key counts as one). */
export function collectIssues(schema: Schema, value: unknown, limit: number): CollectedIssues {
  const budget: Budget = { left: limit, complete: true, issues: [] };
  collect(schema, value, [], budget);
  return { issues: budget.issues, complete: budget.complete };
}

// Wrappers that pass a present value on unchanged to the schema inside them.
const TRANSPARENT = new Set(['optional', 'default', 'prefault', 'readonly', 'nonoptional']);

/** The schema that decides a present value's shape, under wrappers that let it through as it is. */
function inner(schema: Schema, value: unknown): Schema {
  let current = schema;
  for (let guard = 0; guard < 50 && value !== undefined; guard++) {
    const def = defOf(current);
    if (TRANSPARENT.has(def.type) || (def.type === 'nullable' && value !== null)) current = def['innerType'] as Schema;
    else if (def.type === 'lazy') current = (def['getter'] as () => Schema)();
    else break;
  }
  return current;
}

function collect(schema: Schema, value: unknown, path: Path, budget: Budget): void {
  if (budget.left <= 0) {
    budget.complete = false;
    return;
  }
  // Read once: listing the keys of an object with half a million of them is the costly part of looking at it.
  const keys = isRecord(value) ? Object.keys(value) : undefined;
  if (isSmall(value, keys)) {
    handToZod(schema, value, path, budget, false);
    return;
  }
  const shape = inner(schema, value);
  const def = defOf(shape);
  const checks = (def['checks'] as unknown[] | undefined)?.length ?? 0;
  if (def.type === 'object' && isRecord(value) && keys && checks === 0) collectObject(def, value, keys, path, budget);
  else if (def.type === 'array' && Array.isArray(value)) collectArray(shape, def['element'] as Schema, value, path, budget);
  // Anything else this large (a union, a tuple) is handed to Zod, but only for its first problem.
  else handToZod(schema, value, path, budget, true);
}

function collectObject(def: Record<string, unknown>, value: Record<string, unknown>, keys: readonly string[], path: Path, budget: Budget): void {
  const shape = def['shape'] as Record<string, Schema>;
  const catchall = def['catchall'] as Schema | undefined;
  for (const key of Object.keys(shape)) {
    if (budget.left <= 0) {
      budget.complete = false;
      return;
    }
    const field = shape[key] as Schema;
    collect(field, Object.hasOwn(value, key) ? value[key] : undefined, [...path, key], budget);
  }
  if (catchall === undefined) return; // a stripping object ignores other keys by design
  if (defOf(catchall).type !== 'never') {
    // Not used by the scenario format; hand such an object to Zod rather than guess its rules.
    for (const key of keys) if (!Object.hasOwn(shape, key)) collect(catchall, value[key], [...path, key], budget);
    return;
  }
  const unknown: string[] = [];
  for (const key of keys) {
    if (Object.hasOwn(shape, key)) continue;
    if (unknown.length >= budget.left) {
      budget.complete = false;
      break;
    }
    unknown.push(key);
  }
  if (unknown.length === 0) return;
  budget.left -= unknown.length;
  budget.issues.push({ code: 'unrecognized_keys', keys: unknown, path: [...path], message: `Unrecognized keys: ${unknown.length}` } as Issue);
}

function collectArray(schema: Schema, element: Schema, value: readonly unknown[], path: Path, budget: Budget): void {
  // One quick pass for the list's own rules (at most so many items; Zod checks that before the items) and
  // for where the first wrong item is: the items before it are valid and need no second look.
  const first = parse(schema, value, true);
  if (first.success) return;
  const own = first.issues.filter((issue) => issue.path.length === 0);
  for (const issue of own) add(issue, path, budget);
  const firstWrong = first.issues.find((issue) => issue.path.length > 0)?.path[0];
  if (typeof firstWrong !== 'number') return;
  for (let i = firstWrong; i < value.length; i++) {
    if (budget.left <= 0) {
      budget.complete = false;
      return;
    }
    collect(element, value[i], [...path, i], budget);
  }
}

function handToZod(schema: Schema, value: unknown, path: Path, budget: Budget, firstProblemOnly: boolean): void {
  const result = parse(schema, value, firstProblemOnly);
  if (result.success) return;
  if (firstProblemOnly) budget.complete = false;
  for (const issue of result.issues) {
    if (budget.left <= 0) {
      budget.complete = false;
      return;
    }
    add(issue, path, budget);
  }
}

function parse(schema: Schema, value: unknown, firstProblemOnly: boolean): { success: true } | { success: false; issues: readonly Issue[] } {
  const result = parseUntrusted(schema, value, { firstProblemOnly });
  if (result.success) return { success: true };
  if (!result.error) throw new HostileShape(result.thrown);
  return { success: false, issues: result.error.issues };
}

function add(issue: Issue, path: Path, budget: Budget): void {
  const placed = path.length === 0 ? issue : { ...issue, path: [...path, ...issue.path] };
  if (placed.code === 'unrecognized_keys') {
    const keys = placed.keys.slice(0, Math.max(1, budget.left));
    if (keys.length < placed.keys.length) budget.complete = false;
    budget.left -= keys.length;
    budget.issues.push({ ...placed, keys });
    return;
  }
  budget.left -= 1;
  budget.issues.push(placed);
}

/** Whether the value holds at most SMALL_PART values, counted without walking more of it than that. */
function isSmall(value: unknown, keys: readonly string[] | undefined): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if ((Array.isArray(value) ? value.length : (keys?.length ?? 0)) > SMALL_PART) return false;
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    const children = Array.isArray(next) ? next : Object.values(next);
    count += children.length;
    if (count > SMALL_PART) return false;
    for (const child of children) if (typeof child === 'object' && child !== null) pending.push(child);
  }
  return true;
}
