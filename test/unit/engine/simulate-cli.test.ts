// `npm run simulate`: the same arguments print the same bytes; --json carries each objective's rating;
// a bad file is one clear sentence and exit code 1, never a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import { makeBundle } from '../../../src/engine/session/bundle.js';
import { main } from '../../../src/cli/simulate.js';
import { runCli, spawnCli } from '../cli-support.js';
import { scenarioNamed } from './support.js';

const SCENARIO = 'test/fixtures/scenarios/valid/station-havenstad.json';

const simulate = (...args: string[]) => runCli(main, ...args);

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/);

describe('simulate', () => {
  it('prints the same timeline and score report, byte for byte, for the same arguments', () => {
    // Once as its own process, once in this one: nothing in the output depends on the process.
    const a = spawnCli('src/cli/simulate.ts', SCENARIO, '--seed', '42', '--bots', 'random');
    const b = simulate(SCENARIO, '--seed', '42', '--bots', 'random');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^T\+00 +R1 +#\d+ +injectDelivered +Inject delivered \(.+\): first-report: /m);
    expect(a.stdout).toMatch(/^VB1 {2}[PSMU] {2}score \d\.\d\d/m);
    expect(a.stdout).toMatch(/^C01 {2}(met|partly met|not met|not applicable) {2}VB1/m);
  }, 120_000);

  it('with --json gives the same as JSON, each objective with its rating, in Dutch with --lang nl', () => {
    const r = simulate(SCENARIO, '--seed', '42', '--bots', 'doctrine', '--json', '--lang', 'nl');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { score: { objectives: Record<string, { rating: string }>; criteria: { evidence: number[]; explanations: { text: string }[] }[] }; timeline: { text: string }[] };
    expect(out.score.objectives.VB1?.rating).toBe('P');
    expect(Object.values(out.score.objectives).every((o) => ['P', 'S', 'M', 'U', 'notExercised'].includes(o.rating))).toBe(true);
    expect(out.score.criteria[0]?.explanations[0]?.text).toMatch(/Eerste publieksbericht/);
    expect(out.timeline[0]?.text).toMatch(/^Sessie aangemaakt/);
  }, 60_000);

  it('replays a script: a bundle\'s log gives the run it was recorded from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
    const { state } = playExercise(scenarioNamed('station-havenstad.json'), '42', 'doctrine');
    const script = join(dir, 'log.json');
    writeFileSync(script, JSON.stringify(makeBundle(scenarioNamed('station-havenstad.json'), state).log));
    const fromScript = simulate(SCENARIO, '--seed', '42', '--script', script, '--json');
    const fromBots = simulate(SCENARIO, '--seed', '42', '--bots', 'doctrine', '--json');
    expect(fromScript.status).toBe(0);
    const strip = (s: string) => ({ ...JSON.parse(s), source: null });
    expect(strip(fromScript.stdout)).toEqual(strip(fromBots.stdout));
  }, 120_000);

  it('says clearly what is wrong with a missing file, a broken scenario or a bad script, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
    const missing = simulate('no/such/scenario.json');
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe('no/such/scenario.json: file not found.');

    const broken = simulate('test/fixtures/scenarios/invalid/unknown-role.json');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('test/fixtures/scenarios/invalid/unknown-role.json:38:25  injects[0].to.roles[0]  Unknown role "mayr".');

    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '[{"type": "start",');
    const badJson = simulate(SCENARIO, '--script', notJson);
    expect(badJson.status).toBe(1);
    expect(badJson.stderr).toContain('not valid JSON');

    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify([{ type: 'start', actor: { kind: 'trainer' } }, { type: 'fly', actor: { kind: 'trainer' } }]));
    const badScript = simulate(SCENARIO, '--script', wrong);
    expect(badScript.status).toBe(1);
    expect(badScript.stderr).toContain('The script is wrong at [1].type');

    const refused = join(dir, 'refused.json');
    writeFileSync(refused, JSON.stringify([{ type: 'advance', actor: { kind: 'trainer' } }]));
    const refusedScript = simulate(SCENARIO, '--script', refused);
    expect(refusedScript.status).toBe(1);
    expect(refusedScript.stderr.trim()).toBe('Command 1 of the script was refused: Not now: the exercise is in the "setup" phase.');

    for (const r of [missing, broken, badJson, badScript, refusedScript]) {
      expect(r.stdout).toBe('');
      noStackTrace(r.stderr);
    }
  }, 120_000);
});
