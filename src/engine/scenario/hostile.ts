// Zod 4 reads `value.length` of anything where it expects a string or a list, and compares it with a number
// even when the type check already failed. An object such as {"length": {"toString": "x"}} then makes the
// comparison throw. A file shaped like that is still a file with problems the author must be told about,
// so before checking it again its disarmed copy is used: every such `length` is left without a value (the
// key itself stays, and is still reported as unknown where it is not allowed).
import { isRecord } from './paths.js';

/** Whether Zod can compare the value with a number without calling anything: a number, text, null, … */
function harmless(value: unknown): boolean {
  return typeof value !== 'object' || value === null;
}

/** A copy of JSON data in which no object's "length" is itself an object or a list. */
export function disarm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(disarm);
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    // defineProperty, not assignment: a "__proto__" key must stay a plain key of the copy.
    Object.defineProperty(copy, key, { value: key === 'length' && !harmless(item) ? undefined : disarm(item), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
