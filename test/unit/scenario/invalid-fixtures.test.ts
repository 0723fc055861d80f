import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/loader.js';
import { FIXTURES, INVALID_FIXTURES, readFixture } from './fixtures.js';

describe('the invalid-fixture corpus: one file per kind of error, each with exactly the error an author must see', () => {
  it.each(INVALID_FIXTURES)('$file: $code at $path ($line:$column)', (fixture) => {
    const result = loadScenario(readFixture(`invalid/${fixture.file}`), fixture.file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error).toMatchObject({
      code: fixture.code,
      file: fixture.file,
      path: fixture.path,
      line: fixture.line,
      column: fixture.column,
      message: fixture.message,
    });
    if (fixture.hint !== undefined) expect(error?.hint).toBe(fixture.hint);
    expect(error?.hint, 'every error says how to fix it').toBeTruthy();
  });

  it('lists every file in the invalid folder, so no fixture goes unchecked', () => {
    const files = readdirSync(`${FIXTURES}invalid`).filter((name) => name.endsWith('.json')).sort();
    expect(files).toEqual(INVALID_FIXTURES.map((f) => f.file).sort());
  });
});
