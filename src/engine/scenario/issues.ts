// Zod's issues rewritten for a scenario author: a plain sentence, the path as it reads in the file, and
// a hint (the closest allowed key or value, or what the field is for). Unions are resolved to the one
// branch the author evidently meant, instead of listing why every branch failed.
import type { z } from 'zod';
import { collectIssues } from './bounded-issues.js';
import { closestMatch, didYouMean } from './did-you-mean.js';
import { describeValue, quoteShort, type Finding } from './finding.js';
import { formatPath, hasPath, isRecord, valueAt, type Path, type PathSegment } from './paths.js';
import {
  allowedValues,
  describeExpected,
  descriptionOf,
  kindOf,
  metaIdOf,
  objectOptionsOf,
  optionsOf,
  pickOption,
  resolveBranch,
  schemaAt,
  shapeOf,
  type Schema,
} from './schema-walk.js';
import { Id } from './schema.js';
import { LANGUAGES, type Language } from './vocabulary.js';

type Issue = z.core.$ZodIssue;

const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Dutch', en: 'English' };

/** The most issues explained inside one value that matched no branch of its union. */
const BRANCH_ISSUES = 401;

export function explainIssues(issues: readonly Issue[], root: Schema, data: unknown, base: Path = []): Finding[] {
  const findings = issues.filter((issue) => !isLengthOfWrongType(issue, data)).flatMap((issue) => explainIssue(issue, root, data, base));
  return dropMissingKeysExplainedByTypos(dedupe(findings));
}

/**
 * A length check on a value that is not text or a list: Zod runs it on any value with a "length" key, after the
 * type check already failed. The wrong type is the problem; "too short" about an object would only confuse.
 */
function isLengthOfWrongType(issue: Issue, data: unknown): boolean {
  if (issue.code !== 'too_small' && issue.code !== 'too_big') return false;
  if (issue.origin !== 'string' && issue.origin !== 'array') return false;
  const value = valueAt(data, issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number'));
  return issue.origin === 'string' ? typeof value !== 'string' : !Array.isArray(value);
}

function explainIssue(issue: Issue, root: Schema, data: unknown, base: Path): Finding[] {
  const relative = issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
  const context: IssueContext = {
    path: [...base, ...relative],
    relative,
    value: valueAt(data, relative),
    schema: schemaAt(root, relative, data),
    root,
    data,
    isWholeFile: base.length === 0 && relative.length === 0,
  };
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(context, key));
    case 'invalid_type':
      return [wrongType(context, issue.expected)];
    case 'invalid_value':
      return [badValue(context, issue.values)];
    case 'invalid_format':
      return [badFormat(context, issue.message)];
    case 'too_small':
      return [outOfRange(context, issue.origin, 'small', Number(issue.minimum), issue.inclusive !== false)];
    case 'too_big':
      return [outOfRange(context, issue.origin, 'big', Number(issue.maximum), issue.inclusive !== false)];
    case 'invalid_union':
      return noMatchingBranch(context, issue);
    default:
      return [{ code: 'invalid', path: context.path, message: `${issue.message}.`, ...hintFrom(context.schema) }];
  }
}

interface IssueContext {
  readonly path: Path;
  /** The path inside `data`, which is the value `root` describes. */
  readonly relative: Path;
  readonly value: unknown;
  readonly schema: Schema | undefined;
  readonly root: Schema;
  readonly data: unknown;
  readonly isWholeFile: boolean;
}

function hintFrom(schema: Schema | undefined): { hint?: string } {
  const description = schema && descriptionOf(schema);
  return description ? { hint: description } : {};
}

function lastKey(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return undefined;
}

function unknownKey(context: IssueContext, key: string): Finding {
  const allowed = Object.keys(shapeOf(resolveBranch(context.schema ?? context.root, context.value)) ?? {});
  const suggestion = closestMatch(key, allowed);
  const path = [...context.path, key];
  const hint =
    suggestion !== undefined
      ? `Did you mean "${suggestion}"?`
      : allowed.length > 0
        ? `Allowed keys here: ${allowed.map((k) => `"${k}"`).join(', ')}.`
        : 'Remove this key.';
  return { code: 'unknown-key', path, message: `Unknown key "${key}".`, hint, anchor: 'key', ...(suggestion ? { suggestion } : {}) };
}

function wrongType(context: IssueContext, expected: string): Finding {
  const { path, value, schema } = context;
  if (!hasPath(context.data, context.relative)) return missingKey(context);
  if (context.isWholeFile) {
    return {
      code: 'wrong-type',
      path,
      message: `A scenario file must hold one JSON object { … }, but this file holds ${describeValue(value)}.`,
      hint: 'A scenario file starts with { and holds keys such as "schemaVersion", "id" and "title".',
    };
  }
  const phrase = schema ? describeExpected(schema) : expectedPhrase(expected);
  return {
    code: 'wrong-type',
    path,
    message: `Expected ${expected === 'int' ? 'a whole number' : phrase}, found ${describeValue(value)}.`,
    ...hintFrom(schema),
  };
}

function expectedPhrase(expected: string): string {
  const phrases: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object { … }',
    array: 'an array [ … ]',
  };
  return phrases[expected] ?? expected;
}

function missingKey(context: IssueContext): Finding {
  const { path, schema } = context;
  const key = path[path.length - 1];
  const parentPath = context.relative.slice(0, -1);
  const parent = schemaAt(context.root, parentPath, context.data);
  const parentKeys = Object.keys((parent && shapeOf(resolveBranch(parent, valueAt(context.data, parentPath)))) ?? {});
  const isTranslation = parentKeys.length > 0 && parentKeys.every((k) => (LANGUAGES as readonly string[]).includes(k));
  if (typeof key === 'string' && isTranslation) {
    const language = LANGUAGE_NAMES[key as Language];
    return {
      code: 'missing-translation',
      path,
      message: `The ${language} text ("${key}") is missing.`,
      hint: `Write the text in both languages, { "nl": "…", "en": "…" }, or give one plain string (for a name).`,
    };
  }
  const description = schema && descriptionOf(schema);
  const values = schema && allowedValues(schema);
  const expected = values && values.length > 1 ? `one of ${values.map((v) => quoteShort(v)).join(', ')}` : schema ? describeExpected(schema) : 'a value';
  return {
    code: 'missing-key',
    path,
    message: `Missing required key ${quoteShort(key)}.`,
    hint: `Add ${quoteShort(key)}: ${expected}.${description ? ` ${description}` : ''}`,
  };
}

function badValue(context: IssueContext, values: readonly unknown[]): Finding {
  const { path, value, schema } = context;
  if (!hasPath(context.data, context.relative)) return missingKey(context);
  if (context.relative.length === 1 && context.relative[0] === 'fictional' && context.path.length === 1) {
    return {
      code: 'not-fictional',
      path,
      message: 'Every Crisistafel scenario must be fictional: "fictional" must be true.',
      hint: 'Use fictional places, people and organisations; real institutions appear only as roles (mayor, NCTV, police). Then set "fictional": true.',
    };
  }
  if (values.length === 1) {
    return { code: 'bad-value', path, message: `Expected ${quoteShort(values[0])}, found ${describeValue(value)}.`, ...hintFrom(schema) };
  }
  return unknownValue(path, value, values);
}

function unknownValue(path: Path, value: unknown, values: readonly unknown[]): Finding {
  const key = lastKey(path);
  const where = typeof path[path.length - 1] === 'number' ? `in "${key}"` : `for "${key}"`;
  const allowed = values.map((v) => quoteShort(v)).join(', ');
  const suggestion = typeof value === 'string' ? didYouMean(value, values.filter((v): v is string => typeof v === 'string')) : undefined;
  const hint = suggestion ? (values.length <= 8 ? `${suggestion} Allowed: ${allowed}.` : suggestion) : `Allowed: ${allowed}.`;
  return { code: 'bad-value', path, message: `Unknown value ${quoteShort(value)} ${key === undefined ? 'here' : where}.`, hint };
}

let idRule: string | undefined;
/** The message the Id schema gives for a malformed id, read from the schema itself so the two cannot drift. */
function idFormatMessage(): string {
  idRule ??= Id.safeParse('X').error?.issues[0]?.message ?? '';
  return idRule;
}

function badFormat(context: IssueContext, zodMessage: string): Finding {
  const { path, value } = context;
  if (zodMessage === idFormatMessage()) {
    const suggestion = typeof value === 'string' ? toId(value) : '';
    return {
      code: 'bad-id',
      path,
      message: `${quoteShort(value)} is not a valid id.`,
      hint: `${zodMessage}${suggestion ? ` For example "${suggestion}".` : ''}`,
    };
  }
  return { code: 'bad-format', path, message: `${quoteShort(value)} is not in the expected format.`, hint: zodMessage };
}

/** The id an author probably meant: "Station Hall_2" → "station-hall-2". */
function toId(text: string): string {
  const id = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 60);
  return /^[a-z][a-z0-9-]*$/.test(id) ? id : '';
}

function outOfRange(context: IssueContext, origin: string, side: 'small' | 'big', limit: number, inclusive: boolean): Finding {
  const { path, value, schema } = context;
  const hint = hintFrom(schema);
  if (origin === 'number') {
    const bound =
      side === 'small'
        ? inclusive
          ? `the lowest allowed value is ${limit}`
          : `it must be more than ${limit}`
        : inclusive
          ? `the highest allowed value is ${limit}`
          : `it must be less than ${limit}`;
    return { code: 'out-of-range', path, message: `${String(value)} is too ${side}: ${bound}.`, ...hint };
  }
  if (origin === 'string') {
    if (side === 'small') return { code: 'empty-text', path, message: 'This text is empty.', hint: hint.hint ?? 'Write the text, or leave the key out if it is optional.' };
    return { code: 'too-long', path, message: `This text is longer than ${limit} characters.`, ...hint };
  }
  const count = Array.isArray(value) ? value.length : 0;
  if (schema && kindOf(schema) === 'tuple') {
    return { code: 'wrong-length', path, message: `Expected exactly ${limit} items, found ${count}.`, ...hint };
  }
  const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
  return side === 'small'
    ? { code: 'too-few', path, message: `Needs at least ${items(limit)}; found ${count}.`, ...hint }
    : { code: 'too-many', path, message: `Allows at most ${items(limit)}; found ${count}.`, ...hint };
}

function noMatchingBranch(context: IssueContext, issue: z.core.$ZodIssueInvalidUnion): Finding[] {
  const { path, value, schema } = context;
  const discriminator = issue as unknown as { note?: string; options?: unknown[] };
  if (discriminator.note === 'No matching discriminator') {
    const options = discriminator.options ?? [];
    if (!hasPath(context.data, context.relative)) {
      return [{ code: 'missing-key', path, message: `Missing required key ${quoteShort(lastKey(path))}.`, hint: `Allowed: ${options.map((o) => quoteShort(o)).join(', ')}.` }];
    }
    return [unknownValue(path, value, options)];
  }
  if (!hasPath(context.data, context.relative)) return [missingKey(context)];
  if (!schema) return [{ code: 'invalid', path, message: 'This value is not valid here.' }];

  const tag = wrongTag(schema, value);
  if (tag) return [tag.present ? unknownValue([...path, tag.key], tag.value, tag.allowed) : missingTag(path, tag.key, tag.allowed)];

  const pick = pickOption(schema, value);
  if (!pick) {
    const literals = optionsOf(schema).flatMap((o) => allowedValues(o) ?? []).filter((v): v is string => typeof v === 'string');
    const suggestion = typeof value === 'string' ? didYouMean(value, literals) : undefined;
    const hint = suggestion ?? descriptionOf(schema);
    return [{ code: 'wrong-type', path, message: `Expected ${describeExpected(schema)}, found ${describeValue(value)}.`, ...(hint ? { hint } : {}) }];
  }
  if (pick.ambiguous && isRecord(value)) return [noRecognisedForm(path, schema, value)];

  // Collected with the same bound as the whole file: a huge value in a union is explained, not enumerated.
  const result = collectIssues(pick.option, value, BRANCH_ISSUES);
  if (result.issues.length === 0) return [{ code: 'invalid', path, message: 'This value is not valid here.', ...hintFrom(schema) }];
  return explainIssues(result.issues, pick.option, value, path);
}

interface WrongTag {
  readonly key: string;
  readonly present: boolean;
  readonly value: unknown;
  readonly allowed: readonly unknown[];
}

/**
 * Unions whose branches all carry one literal key ("action", "op", "kind") are told apart by that key:
 * when its value is wrong, that is the one thing to say.
 */
function wrongTag(schema: Schema, value: unknown): WrongTag | undefined {
  if (!isRecord(value)) return undefined;
  const options = objectOptionsOf(schema);
  if (options.length < 2) return undefined;
  const first = shapeOf(options[0] as Schema) ?? {};
  for (const key of Object.keys(first)) {
    const perOption = options.map((o) => {
      const field = shapeOf(o)?.[key];
      return field && kindOf(field) === 'literal' ? allowedValues(field) : undefined;
    });
    if (perOption.some((v) => v === undefined)) continue;
    const allowed = perOption.flatMap((v) => v ?? []);
    const present = Object.hasOwn(value, key);
    if (present && allowed.includes(value[key])) return undefined;
    return { key, present, value: value[key], allowed };
  }
  return undefined;
}

function missingTag(path: Path, key: string, allowed: readonly unknown[]): Finding {
  return {
    code: 'missing-key',
    path: [...path, key],
    message: `Missing required key "${key}".`,
    hint: `"${key}" says which kind this is: ${allowed.map((v) => quoteShort(v)).join(', ')}.`,
  };
}

function noRecognisedForm(path: Path, schema: Schema, value: Record<string, unknown>): Finding {
  const name = (metaIdOf(schema) ?? 'value').toLowerCase();
  const leadingKeys = objectOptionsOf(schema)
    .map((o) => Object.keys(shapeOf(o) ?? {})[0])
    .filter((k): k is string => k !== undefined);
  const typo = Object.keys(value)
    .map((k) => closestMatch(k, leadingKeys))
    .find((k) => k !== undefined);
  const forms = `A ${name} starts with one of: ${[...new Set(leadingKeys)].map((k) => `"${k}"`).join(', ')}.`;
  return {
    code: 'no-match',
    path,
    message: Object.keys(value).length === 0 ? `This ${name} is empty.` : `Not a valid ${name}: none of its keys says which kind it is.`,
    hint: typo ? `Did you mean "${typo}"? ${forms}` : forms,
  };
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${formatPath(f.path)}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "nmae" unknown and "name" missing are one typo: report it once, as the unknown key with its suggestion. */
function dropMissingKeysExplainedByTypos(findings: readonly Finding[]): Finding[] {
  const explained = new Set(
    findings
      .filter((f) => f.code === 'unknown-key' && f.suggestion !== undefined)
      .map((f) => formatPath([...f.path.slice(0, -1), f.suggestion as string])),
  );
  return findings.filter((f) => !(f.code === 'missing-key' && explained.has(formatPath(f.path))));
}
