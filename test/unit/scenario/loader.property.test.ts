// Property: whatever text it is given, loadScenario returns either a scenario or a non-empty list of
// well-formed errors (a known code, a real position), and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/engine/scenario/codes.js';
import { loadScenario } from '../../../src/engine/scenario/loader.js';
import { readFixture } from './fixtures.js';

const FILE = 'prop.json';

function expectWellFormedResult(text: string): void {
  let result: ReturnType<typeof loadScenario> | undefined;
  expect(() => (result = loadScenario(text, FILE))).not.toThrow();
  if (!result) return;
  if (result.ok) {
    expect(typeof result.scenario).toBe('object');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const error of result.errors) {
    expect(ERROR_CODES).toContain(error.code);
    expect(error.code).not.toBe('internal-error');
    expect(error.file).toBe(FILE);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lines);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(typeof error.path).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type PathStep = string | number;

function allPaths(value: Json, prefix: PathStep[] = []): PathStep[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((item, i) => allPaths(item, [...prefix, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => allPaths(v, [...prefix, k])));
  return here;
}

type Mutation = { kind: 'replace'; value: Json } | { kind: 'delete' } | { kind: 'addKey'; key: string; value: Json } | { kind: 'duplicate' };

function mutate(document: Json, path: PathStep[], mutation: Mutation): Json {
  const copy = structuredClone(document);
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy;
  let parent: Json = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string, Json>)[step as string] as Json;
  const last = path[path.length - 1] as PathStep;
  const container = parent as Record<string | number, Json>;
  const target = container[last] as Json;
  switch (mutation.kind) {
    case 'replace':
      container[last] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete container[last];
      break;
    case 'addKey':
      if (target && typeof target === 'object' && !Array.isArray(target)) target[mutation.key] = mutation.value;
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(target));
      break;
  }
  return copy;
}

const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  json.map((value) => ({ kind: 'replace' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.tuple(fc.string({ maxLength: 12 }), json).map(([key, value]) => ({ kind: 'addKey' as const, key, value })),
  fc.constant({ kind: 'duplicate' as const }),
);

// Hundreds of loads per property; generous time so a busy machine does not fail them.
describe('loadScenario, for any input', { timeout: 60_000 }, () => {
  it('handles arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'binary' }), expectWellFormedResult), { numRuns: 200 });
  });

  it('handles arbitrary JSON values', () => {
    fc.assert(
      fc.property(json, fc.boolean(), (value, pretty) => expectWellFormedResult(JSON.stringify(value, null, pretty ? 2 : 0) ?? 'null')),
      { numRuns: 200 },
    );
  });

  for (const fixture of ['minimal.json', 'station-havenstad.json']) {
    const document = JSON.parse(readFixture(`valid/${fixture}`)) as Json;
    const paths = allPaths(document);

    it(`handles structural mutations of ${fixture}`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), mutation), { minLength: 1, maxLength: 3 }), (steps) => {
          let mutated = document;
          for (const [path, change] of steps) {
            try {
              mutated = mutate(mutated, path, change);
            } catch {
              // An earlier step removed this path; the other steps still apply.
            }
          }
          expectWellFormedResult(JSON.stringify(mutated, null, 2));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('handles text edits of a valid file (cut, inserted characters, truncation)', () => {
    const text = readFixture('valid/minimal.json');
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(20), fc.string({ maxLength: 5 }), (at, cut, insert) => {
        expectWellFormedResult(text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut)));
      }),
      { numRuns: 200 },
    );
  });
});
