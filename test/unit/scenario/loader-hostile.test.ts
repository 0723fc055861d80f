// Files shaped to break the loader rather than to describe an exercise: values whose "length" is not a
// number (Zod 4 throws on them), keys given twice, and floods of problems. Each must get the file's real
// problems, placed in the text, never "internal error".
import { describe, expect, it } from 'vitest';
import { squeezeSpace } from '../../../src/engine/scenario/json-syntax.js';
import { loadScenario, MAX_ERRORS } from '../../../src/engine/scenario/loader.js';
import { formatPath, type Path } from '../../../src/engine/scenario/paths.js';
import { ScenarioSchema } from '../../../src/engine/scenario/schema.js';
import { readFixture } from './fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const minimal = () => JSON.parse(readFixture('valid/minimal.json')) as Record<string, Json>;

function errorsOf(text: string) {
  const result = loadScenario(text, 'hostile.json');
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.errors;
}

/** Every place in the document holding text or a list: where Zod runs its length checks. */
function stringAndArrayPaths(value: Json, prefix: Path = []): Path[] {
  const here = typeof value === 'string' || Array.isArray(value) ? [prefix] : [];
  if (Array.isArray(value)) return here.concat(...value.map((item, i) => stringAndArrayPaths(item, [...prefix, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => stringAndArrayPaths(v, [...prefix, k])));
  return here;
}

function replaced(document: Json, path: Path, value: Json): Json {
  const copy = structuredClone(document);
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = value;
  return copy;
}

const HOSTILE_LENGTHS: readonly Json[] = [
  { length: { toString: 'x' } },
  { length: [{ toString: 'x' }] },
  { length: { valueOf: {}, toString: 'x' }, other: 1 },
];

describe('a value whose "length" is not a number', () => {
  const document = minimal();
  const paths = stringAndArrayPaths(document);

  it('is a shape Zod itself throws on (the reason for the guard)', () => {
    const hostile = replaced(document, ['languages'], HOSTILE_LENGTHS[0] as Json);
    expect(() => ScenarioSchema.safeParse(hostile)).toThrow();
  });

  it.each(HOSTILE_LENGTHS.map((h) => [JSON.stringify(h), h] as const))('%s in any text or list field gets that field\'s real problem', (_name, hostile) => {
    expect(paths.length).toBeGreaterThan(30);
    for (const path of paths) {
      const errors = errorsOf(JSON.stringify(replaced(document, path, hostile), null, 2));
      const where = formatPath(path);
      expect(errors.map((e) => e.code), where).not.toContain('internal-error');
      // The problem is reported at the field (or, inside a union such as a text, at the field itself
      // or one of its keys), never as "too short" or "too long": the field has the wrong kind of value.
      const here = errors.filter((e) => e.path === where || e.path.startsWith(`${where}.`) || e.path.startsWith(`${where}[`));
      expect(here.length, `${where}: ${JSON.stringify(errors)}`).toBeGreaterThan(0);
      for (const e of here) expect(['empty-text', 'too-long', 'too-few', 'too-many'], where).not.toContain(e.code);
      for (const e of here) expect(e.line, where).toBeGreaterThan(1);
    }
  });

  it('is told in plain words, with the other problems of the file beside it', () => {
    const document2 = { ...minimal(), languages: { length: { toString: 'x' } }, oops: 1 } as Json;
    const errors = errorsOf(JSON.stringify(document2, null, 2));
    expect(errors.find((e) => e.path === 'languages')).toMatchObject({ code: 'wrong-type', message: 'Expected an array [ … ], found an object.' });
    expect(errors.find((e) => e.path === 'oops')).toMatchObject({ code: 'unknown-key' });
  });

  it('is an unknown key where the format has no "length"', () => {
    const document2 = minimal();
    const roles = document2['roles'] as Record<string, Json>[];
    (roles[0] as Record<string, Json>)['length'] = { toString: 'x' };
    const errors = errorsOf(JSON.stringify(document2, null, 2));
    expect(errors.find((e) => e.path === 'roles[0].length')).toMatchObject({ code: 'unknown-key' });
  });
});

describe('a key given twice', () => {
  it('"fictional": false then true is refused, naming both places', () => {
    const text = readFixture('valid/minimal.json').replace('"fictional": true,', '"fictional": false,\n  "fictional": true,');
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'duplicate-key', path: 'fictional', line: 10, column: 3 });
    expect(errors[0]?.message).toBe(
      'The key "fictional" appears twice in this object: first at line 9, column 3, and again here. JSON keeps only the last one and would silently drop the other.',
    );
    expect(errors[0]?.hint).toMatch(/remove the other/);
  });

  it('two ids in one role are refused at the second, with the path of the object holding them', () => {
    const data = minimal();
    const text = JSON.stringify(data, null, 2).replace(/("id": "mayor",)/, '$1\n      "id": "burgemeester",');
    const [error] = errorsOf(text).filter((e) => e.code === 'duplicate-key');
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.includes('"id": "mayor"')) + 1;
    expect(error).toMatchObject({ path: 'roles[0].id', line: first + 1, column: 7 });
    expect(error?.message).toContain(`first at line ${first}, column 7`);
  });

  it('is the same key however it is spelled in the text ("\\u0069d" is "id")', () => {
    const text = readFixture('valid/minimal.json').replace('"fictional": true,', '"fictional": true,\n  "fictiona\\u006c": true,');
    expect(errorsOf(text)[0]).toMatchObject({ code: 'duplicate-key', path: 'fictional', line: 10 });
  });

  it('is reported beside the other problems of the file', () => {
    const text = readFixture('valid/minimal.json').replace('"fictional": true,', '"fictional": true,\n  "fictional": true,\n  "oops": 1,');
    expect(errorsOf(text).map((e) => e.code)).toEqual(['duplicate-key', 'unknown-key']);
  });

  it('is no problem when the same key is in two different objects, or is text inside a list', () => {
    const data = minimal();
    data['contentWarnings'] = ['id', 'id'];
    expect(loadScenario(JSON.stringify(data, null, 2)).ok).toBe(true);
  });
});

describe('a flood of problems', () => {
  it('5,000 wrong languages: the first problems, in place, and one line for the rest', () => {
    const data = { ...minimal(), languages: Array.from({ length: 5000 }, () => 'fr') };
    const text = JSON.stringify(data, null, 2);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[0]).toMatchObject({ code: 'bad-value', path: 'languages[0]', message: 'Unknown value "fr" in "languages".' });
    const firstLine = text.split('\n').findIndex((l) => l.includes('"fr"')) + 1;
    expect(errors[0]?.line).toBe(firstLine);
    expect(errors[1]?.line).toBe(firstLine + 1);
    expect(errors.at(-1)).toMatchObject({ code: 'too-many-errors' });
    expect(errors.at(-1)?.message).toMatch(/^…and more problems/);
  });

  it('10,000 roles with "name" mistyped: each is the typo with its suggestion, not a typo and a missing key', () => {
    const data = minimal();
    const role = (data['roles'] as Record<string, Json>[])[0] as Record<string, Json>;
    const { name, ...rest } = role;
    data['roles'] = Array.from({ length: 10_000 }, (_, i) => ({ ...rest, id: `r${i}`, nmae: name ?? '' }));
    const errors = errorsOf(JSON.stringify(data, null, 2));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[0]).toMatchObject({ code: 'unknown-key', path: 'roles[0].nmae', hint: 'Did you mean "name"?' });
    expect(errors.slice(0, MAX_ERRORS).every((e) => e.code === 'unknown-key')).toBe(true);
  });
});

describe('a syntax error after a long run of white space', () => {
  it('is placed exactly, however long the run', () => {
    const text = `{"a": 1,${' '.repeat(100_000)}\n${' '.repeat(70)}}`;
    expect(errorsOf(text)[0]).toMatchObject({ code: 'json-syntax', line: 1, column: 8, message: 'A comma with nothing after it.' });
    const missing = `{"a": ${' '.repeat(5000)}}`;
    expect(errorsOf(missing)[0]).toMatchObject({ code: 'json-syntax', line: 1, column: 5007, message: 'Expected a value here.' });
  });

  it('inside a string, still finds the tab that breaks it', () => {
    const text = `{"a": "abc${' '.repeat(50)}\t${' '.repeat(50)}def"}`;
    expect(errorsOf(text)[0]).toMatchObject({ code: 'json-syntax', line: 1, column: 61, message: 'A string contains a control character (such as a tab).' });
  });

  it('shortens only what it can map back (squeezeSpace)', () => {
    const text = `[1,${' '.repeat(40)}\t${' '.repeat(40)}2, ${' '.repeat(3)}3]`;
    const short = squeezeSpace(text);
    expect(short.text).toBe('[1, \t2,    3]');
    for (const [shortOffset, original] of [[0, 0], [3, 3], [4, 43], [5, 84], [7, 86], [11, 90]] as const) {
      expect(short.original(shortOffset), `${shortOffset}`).toBe(original);
      expect(text[original]).toBe(short.text[shortOffset]);
    }
  });
});
