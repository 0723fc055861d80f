// Reads the Zod schema as data, so error messages can name the allowed keys, describe what a field
// expects and pick the union branch the author meant, instead of echoing Zod's raw issues.
import { z } from 'zod';
import { isRecord, type Path } from './paths.js';

export type Schema = z.ZodType;

export interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}

export function defOf(schema: Schema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional/default/lazy wrappers: the one that decides the value's shape. */
export function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let guard = 0; guard < 50; guard++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def['innerType'] as Schema;
    else if (def.type === 'lazy') current = (def['getter'] as () => Schema)();
    else if (def.type === 'pipe') current = def['in'] as Schema;
    else return current;
  }
  return current;
}

export function kindOf(schema: Schema): string {
  return defOf(unwrap(schema)).type;
}

export function shapeOf(schema: Schema): Readonly<Record<string, Schema>> | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? (def['shape'] as Record<string, Schema>) : undefined;
}

export function optionsOf(schema: Schema): readonly Schema[] {
  const def = defOf(unwrap(schema));
  return def.type === 'union' ? (def['options'] as Schema[]) : [];
}

/** Object branches of a union, with nested unions (a discriminated union inside a union) flattened. */
export function objectOptionsOf(schema: Schema): Schema[] {
  const out: Schema[] = [];
  for (const option of optionsOf(schema)) {
    const kind = kindOf(option);
    if (kind === 'object') out.push(unwrap(option));
    else if (kind === 'union') out.push(...objectOptionsOf(option));
  }
  return out;
}

/** The values a literal or enum schema allows; undefined for any other schema. */
export function allowedValues(schema: Schema): readonly unknown[] | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'literal') return def['values'] as unknown[];
  if (def.type === 'enum') return Object.values(def['entries'] as Record<string, unknown>);
  return undefined;
}

/** A key the author may leave out (optional, or filled by a default). */
export function isOptionalKey(schema: Schema): boolean {
  const optin = (schema as unknown as { _zod: { optin?: string } })._zod.optin;
  return optin === 'optional' || optin === 'defaulted';
}

/** The schema's own description, or the first one found under its wrappers. */
export function descriptionOf(schema: Schema): string | undefined {
  let current: Schema | undefined = schema;
  for (let guard = 0; current && guard < 10; guard++) {
    if (current.description) return current.description;
    const def = defOf(current);
    current = WRAPPERS.has(def.type) ? (def['innerType'] as Schema) : undefined;
  }
  return undefined;
}

/** The name a schema was registered under with .meta({ id }), e.g. "Condition". */
export function metaIdOf(schema: Schema): string | undefined {
  const meta = z.globalRegistry.get(unwrap(schema) as z.core.$ZodType);
  return typeof meta?.id === 'string' ? meta.id : undefined;
}

/** Whether `value` has the right JSON type for the schema at its top level (not whether it is valid). */
export function hasFittingType(schema: Schema, value: unknown): boolean {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'literal':
      return (def['values'] as unknown[]).includes(value);
    case 'enum':
      return typeof value === 'string' || typeof value === 'number';
    case 'object':
      return isRecord(value);
    case 'array':
    case 'tuple':
      return Array.isArray(value);
    case 'union':
      return optionsOf(inner).some((option) => hasFittingType(option, value));
    default:
      return true;
  }
}

/**
 * How well `value` fits one branch of a union: keys the branch knows count for it, unknown and missing
 * keys against, and a wrong discriminator (e.g. "action") rules the branch out.
 */
export function fitScore(schema: Schema, value: unknown): number {
  const inner = unwrap(schema);
  if (kindOf(inner) === 'union') return Math.max(-Infinity, ...optionsOf(inner).map((option) => fitScore(option, value)));
  if (!hasFittingType(inner, value)) return -Infinity;
  const shape = shapeOf(inner);
  if (!shape || !isRecord(value)) return 0;
  let score = 0;
  for (const key of Object.keys(value)) {
    // Own keys only: an author may write "valueOf" or "constructor", which are not fields.
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!field) score -= 1;
    else if (kindOf(field) === 'literal' && !hasFittingType(field, value[key])) score -= 100;
    else score += 3;
  }
  for (const [key, field] of Object.entries(shape)) {
    if (!isOptionalKey(field) && !Object.hasOwn(value, key)) score -= 1;
  }
  return score;
}

export interface OptionPick {
  readonly option: Schema;
  /** Several branches fit equally well: the value says too little to tell which one was meant. */
  readonly ambiguous: boolean;
}

export function pickOption(union: Schema, value: unknown): OptionPick | undefined {
  let best: Schema | undefined;
  let bestScore = -Infinity;
  let ties = 0;
  for (const option of optionsOf(union)) {
    const score = fitScore(option, value);
    if (score === -Infinity) continue;
    if (score > bestScore) {
      best = option;
      bestScore = score;
      ties = 1;
    } else if (score === bestScore) ties++;
  }
  return best ? { option: best, ambiguous: ties > 1 } : undefined;
}

/** For a union, the branch `value` was evidently written for; any other schema as it is. */
export function resolveBranch(schema: Schema, value: unknown): Schema {
  let current = schema;
  for (let guard = 0; guard < 10 && kindOf(current) === 'union'; guard++) {
    const pick = pickOption(current, value);
    if (!pick) break;
    current = pick.option;
  }
  return current;
}

/** The schema that describes the value at `segment` inside a value described by `schema`. */
export function childSchema(schema: Schema, segment: string | number, value: unknown): Schema | undefined {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'object':
      return typeof segment === 'string' && Object.hasOwn(def['shape'] as object, segment) ? (def['shape'] as Record<string, Schema>)[segment] : undefined;
    case 'array':
      return typeof segment === 'number' ? (def['element'] as Schema) : undefined;
    case 'tuple':
      return typeof segment === 'number' ? ((def['items'] as Schema[])[segment] ?? (def['rest'] as Schema | undefined)) : undefined;
    case 'record':
      return def['valueType'] as Schema;
    case 'union': {
      const pick = pickOption(inner, value);
      return pick ? childSchema(pick.option, segment, value) : undefined;
    }
    default:
      return undefined;
  }
}

/** The schema at `path`, choosing union branches by the data found along the way. */
export function schemaAt(root: Schema, path: Path, data: unknown): Schema | undefined {
  let schema: Schema | undefined = root;
  let value = data;
  for (const segment of path) {
    if (!schema) return undefined;
    schema = childSchema(schema, segment, value);
    value = typeof segment === 'number' ? (Array.isArray(value) ? value[segment] : undefined) : isRecord(value) ? value[segment] : undefined;
  }
  return schema;
}

const quote = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** What a schema expects, in a phrase an author understands: 'a string or { "nl": …, "en": … }'. */
export function describeExpected(schema: Schema, depth = 0): string {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return 'a string';
    case 'number':
      return (inner as unknown as { format?: string }).format?.includes('int') ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'literal':
    case 'enum': {
      const values = allowedValues(inner) ?? [];
      return values.length <= 6 ? joinOr(values.map(quote)) : 'one of the allowed values';
    }
    case 'object': {
      const keys = Object.keys(def['shape'] as object);
      return keys.length <= 3 ? `{ ${keys.map((k) => `${quote(k)}: …`).join(', ')} }` : 'an object { … }';
    }
    case 'array':
      return 'an array [ … ]';
    case 'tuple':
      return `an array of exactly ${(def['items'] as unknown[]).length} items`;
    case 'union': {
      const name = metaIdOf(inner);
      if (name) return `a ${name.toLowerCase()} { … }`;
      const options = optionsOf(inner);
      const onlyObjects = options.every((option) => ['object', 'union'].includes(kindOf(option)));
      if (options.length > 4 || depth > 1 || onlyObjects) return 'an object { … }';
      return joinOr([...new Set(options.map((option) => describeExpected(option, depth + 1)))]);
    }
    default:
      return 'a different value';
  }
}

export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
