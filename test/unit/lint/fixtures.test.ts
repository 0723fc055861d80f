// One fixture per lint code, triggering exactly that code; the clean fixture triggers none; the bundled
// scenarios trigger no error.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINT_CODE_LIST, LINT_CODES, lintScenario } from '../../../src/engine/lint/index.js';
import { BUNDLED, bundled, LINT_FIXTURES, lintFixture } from './support.js';

const files = readdirSync(LINT_FIXTURES).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));

describe('lint fixtures', () => {
  it('has a fixture for every code, and no fixture without a code', () => {
    expect([...files].sort()).toEqual([...LINT_CODE_LIST, 'clean'].sort());
  });

  it('finds nothing at all in the clean fixture, static and dynamic', () => {
    expect(lintScenario(lintFixture('clean'))).toEqual([]);
  });

  it.each(LINT_CODE_LIST)('%s.json triggers exactly that code, with its severity', (code) => {
    const findings = lintScenario(lintFixture(code));
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set([code]));
    for (const f of findings) {
      expect(f.severity).toBe(LINT_CODES[code]);
      expect(f.message).toMatch(/\.$/);
      expect(f.hint.length).toBeGreaterThan(10);
    }
  });
});

describe('bundled scenarios', () => {
  it.each(BUNDLED)('%s has no lint error (the static pass, where errors come from)', (file) => {
    const errors = lintScenario(bundled(file).scenario, { dynamic: false }).filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('reports errors only from the static pass: every dynamic code is a warning', () => {
    for (const code of ['inject-not-reached', 'decision-not-reached', 'ending-not-reached', 'criterion-never-met', 'criterion-never-failed'] as const) {
      expect(LINT_CODES[code]).toBe('warning');
    }
  });
});
