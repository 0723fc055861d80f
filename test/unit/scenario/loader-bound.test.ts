// The loader's bound: however many problems a file has, only the ones shown are placed in the text. Counted,
// not timed (speed is measured in `npm run bench`): every call that turns a path into a line and column.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScenario, MAX_ERRORS } from '../../../src/engine/scenario/loader.js';
import type * as Positions from '../../../src/engine/scenario/positions.js';
import { readFixture } from './fixtures.js';

const calls = vi.hoisted(() => ({ located: 0 }));

vi.mock('../../../src/engine/scenario/positions.js', async (importOriginal) => {
  const original = await importOriginal<typeof Positions>();
  return {
    ...original,
    createLocator: (text: string) => {
      const locator = original.createLocator(text);
      return {
        ...locator,
        pathPosition: (...args: Parameters<typeof locator.pathPosition>) => {
          calls.located += 1;
          return locator.pathPosition(...args);
        },
      };
    },
  };
});

beforeEach(() => {
  calls.located = 0;
});

const minimal = () => JSON.parse(readFixture('valid/minimal.json')) as Record<string, unknown>;

describe('the loader places at most the problems it shows', () => {
  it('100,000 unknown keys: at most 201 located issues', () => {
    const text = JSON.stringify(minimal(), null, 2).replace(/\}\s*$/, `,${Array.from({ length: 100_000 }, (_, i) => `"x${i}": 0`).join(',\n')}}`);
    const result = loadScenario(text, 'many-keys.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_ERRORS + 1);
    expect(result.errors[0]).toMatchObject({ code: 'unknown-key', path: 'x0' });
    expect(result.errors.at(-1)?.code).toBe('too-many-errors');
    expect(calls.located).toBeGreaterThan(0);
    expect(calls.located).toBeLessThanOrEqual(MAX_ERRORS + 1);
  });

  it('a file with one problem places just that one', () => {
    loadScenario(JSON.stringify({ ...minimal(), oops: 1 }, null, 2));
    expect(calls.located).toBe(1);
  });
});
