// Version-1 scenario files still load through the migration, but format 1 had no warrants (issue 14, point 8): the
// linter says, for each escalating measure a role can take without a doctrine default, that nothing judges it, and
// how to add the warrant. A file of the current format that neither scores C17 nor states warrants stays quiet.
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/scenario-lint.js';
import { lintScenario } from '../../../src/engine/lint/index.js';
import { writtenFormatVersion } from '../../../src/engine/scenario/migrate.js';
import { runCli } from '../cli-support.js';
import { load, readText, ROOT } from './support.js';

const FILE = 'test/fixtures/scenarios/v1/minimal-v1.json';
const text = readText(`${ROOT}${FILE}`);
const warrantsOf = (findings: ReturnType<typeof lintScenario>) => findings.filter((f) => f.code === 'measure-without-warrant');

describe('a version-1 file and its missing warrants', () => {
  it('reads the version a file was written in, before migration', () => {
    expect(writtenFormatVersion(text)).toBe(1);
    expect(writtenFormatVersion(`\uFEFF${text}`)).toBe(1);
    expect(writtenFormatVersion('{ "schemaVersion": 2 }')).toBe(2);
    expect(writtenFormatVersion('not json')).toBeNull();
    expect(writtenFormatVersion('[1]')).toBeNull();
  });

  it('warns per unwarranted measure, names it, and says how to add the warrant', () => {
    const found = warrantsOf(lintScenario(load(text, 'minimal-v1.json'), { dynamic: false, writtenIn: 1 }));
    expect(found.length).toBeGreaterThan(0);
    const grip3 = found.find((f) => f.message.includes('grip-3'));
    expect(grip3?.severity).toBe('warning');
    expect(grip3?.path).toEqual(['scoring', 'warrants']);
    expect(grip3?.message).toContain('scenario format 1, which had no warrants');
    expect(grip3?.hint).toContain('Add "warrants" to "scoring" with { "measure": "grip-3", "when": … }');
    expect(grip3?.hint).toContain('docs/authoring.md');
    // Doctrine gives GRIP 4 its warrant (more than one municipality affected): not reported.
    expect(found.some((f) => f.message.includes('grip-4'))).toBe(false);
  });

  it('is quiet for the same scenario read as a current-format file that does not judge proportionality', () => {
    expect(warrantsOf(lintScenario(load(text, 'minimal-v1.json'), { dynamic: false }))).toEqual([]);
  });

  it('stops warning once the version-1 file states its warrants, which it may while it keeps its version', () => {
    const doc = JSON.parse(text) as { schemaVersion: number; scoring: Record<string, unknown> };
    const measures = warrantsOf(lintScenario(load(text, 'minimal-v1.json'), { dynamic: false, writtenIn: 1 })).map((f) => /"measure": "([^"]+)"(?:, "target": "([^"]+)")?/.exec(f.hint));
    doc.scoring.warrants = measures.map((m) => ({ measure: m?.[1], ...(m?.[2] ? { target: m[2] } : {}), when: { always: false } }));
    const withWarrants = JSON.stringify(doc);
    expect(doc.schemaVersion).toBe(1);
    expect(warrantsOf(lintScenario(load(withWarrants, 'minimal-v1.json'), { dynamic: false, writtenIn: writtenFormatVersion(withWarrants) }))).toEqual([]);
  });

  it('shows in npm run scenario:lint at the file\'s scoring, with the hint', { timeout: 60_000 }, () => {
    const { status, stdout } = runCli(main, '--static', FILE);
    expect(stdout).toMatch(new RegExp(`${FILE}:\\d+:\\d+  warning  measure-without-warrant  scoring.warrants  This file is in scenario format 1`));
    expect(stdout).toContain('    Add "warrants" to "scoring" with { "measure": "grip-3"');
    expect(status).toBe(0);
  });
});
