// The scenario:lint CLI as an author runs it: a real process, real files, its output and exit code.
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/scenario-lint.js';
import { runCli, spawnCli } from '../cli-support.js';

const FIXTURES = 'test/fixtures/lint';

const lint = (...args: string[]) => runCli(main, ...args);

describe('npm run scenario:lint', { timeout: 60_000 }, () => {
  it('prints file:line:col, severity, code, path and message with the hint below, and exits 1 on an error', () => {
    const file = `${FIXTURES}/unreachable-decision.json`;
    const { status, stdout } = spawnCli('src/cli/scenario-lint.ts', file);
    expect(stdout).toBe(
      [
        `${file}:131:15  error  unreachable-decision  decisions[1].when  Decision "inform-region" can never open: its condition can never hold.`,
        "    It needs GRIP >= 4, but this scenario's roles can only bring about GRIP 0, 1, 2, 3.",
        '',
        'Files linted: 1; errors: 1, warnings: 0.',
        '',
      ].join('\n'),
    );
    expect(status).toBe(1);
  });

  it('exits 0 when there are warnings only, and says so for a clean file', () => {
    const { status, stdout } = lint(`${FIXTURES}/simultaneous-injects.json`, `${FIXTURES}/clean.json`);
    expect(stdout).toContain('  warning  simultaneous-injects  injects[2].at  ');
    expect(stdout).toContain(`${FIXTURES}/clean.json: no problems found`);
    expect(stdout).toContain('Files linted: 2; errors: 0, warnings: 1.');
    expect(status).toBe(0);
  });

  it('prints the loader errors first, as scenario:check does, and does not lint a broken file', () => {
    const file = 'test/fixtures/scenarios/invalid/unknown-key.json';
    const { status, stdout } = lint(file);
    expect(stdout).toContain(`${file}:29:7  roles[0].breifing  Unknown key "breifing".\n    Did you mean "briefing"?`);
    expect(stdout).not.toMatch(/ (error|warning) {2}[a-z-]+ {2}/);
    expect(status).toBe(1);
  });

  it('speaks Dutch on request, keeping codes and positions', () => {
    const { stdout } = lint('--lang', 'nl', `${FIXTURES}/simultaneous-injects.json`);
    expect(stdout).toContain('  waarschuwing  simultaneous-injects  ');
    expect(stdout).toContain('Gecontroleerde bestanden: 1; fouten: 0, waarschuwingen: 1.');
  });

  it('gives machine-readable JSON with --json', () => {
    const { stdout, status } = lint('--json', '--static', `${FIXTURES}/criterion-unmeetable.json`);
    const out = JSON.parse(stdout) as { files: { findings: { code: string; line: number; path: string }[] }[]; errors: number };
    expect(out.errors).toBe(1);
    expect(out.files[0]?.findings.map((f) => [f.code, f.path])).toEqual([['criterion-unmeetable', 'scoring.criteria[1]']]);
    expect(status).toBe(1);
  });

  it('reports a missing file and an unknown option without a stack trace', () => {
    const missing = lint('does/not/exist.json');
    expect(missing.stdout).toContain('does/not/exist.json: file not found.');
    expect(missing.status).toBe(1);
    const unknown = lint('--fast', `${FIXTURES}/clean.json`);
    expect(unknown.stderr).toContain('Unknown option "--fast".');
    expect(unknown.stdout + unknown.stderr).not.toMatch(/\n\s+at /);
    expect(unknown.status).toBe(1);
  });
});
