// An MSEL import reads two untrusted files: the sheet, and the scenario it edits. A scenario shaped to break the
// validator (a "length" that is not a number) or with a key given twice is refused with its real problems, as
// the loader tells them, never with an exception or an internal error.
import { describe, expect, it } from 'vitest';
import { readText, LINT_FIXTURES, load } from '../lint/support.js';
import { exportEn, importBoth } from './support.js';

const clean = () => readText(`${LINT_FIXTURES}clean.json`);

describe('importing an MSEL into a hostile scenario file', () => {
  const csv = exportEn(load(clean()));

  it('a field whose "length" is not a number: the wrong type at that field, no exception', () => {
    const text = clean().replace(/"languages": \[[^\]]*\]/, '"languages": { "length": { "toString": "x" } }');
    expect(text).not.toBe(clean());
    const result = importBoth(text, csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.scenarioErrors.map((e) => e.code)).not.toContain('internal-error');
    expect(result.scenarioErrors.find((e) => e.path === 'languages')).toMatchObject({ code: 'wrong-type' });
  });

  it('a key given twice: refused before the sheet is applied, naming both places', () => {
    const text = clean().replace('"fictional": true', '"fictional": false, "fictional": true');
    const result = importBoth(text, csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.scenarioErrors[0]).toMatchObject({ code: 'duplicate-key', path: 'fictional' });
    expect(result.scenarioErrors[0]?.message).toMatch(/first at line \d+, column \d+/);
  });
});
