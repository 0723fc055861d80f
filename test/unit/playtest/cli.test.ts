// The scenario:playtest CLI as an author runs it: same arguments, same report (on any number of cores);
// a scenario whose objective cannot be met makes it exit 1.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../lint/support.js';

function playtest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenario-playtest.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run scenario:playtest', { timeout: 120_000 }, () => {
  it('prints the same report for the same arguments, on one thread or two; timings go to stderr', () => {
    const args = ['scenarios/intro-market-square.json', '--runs', '3', '--seed', '11', '--bots', 'random,doctrine,poor'];
    const one = playtest(...args, '--threads', '1');
    const again = playtest(...args, '--threads', '1');
    const two = playtest(...args, '--threads', '2');
    expect(one.status).toBe(0);
    expect(again.stdout).toBe(one.stdout);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('Playtest of intro-market-square 1.0.0: 3 runs per bot (random, doctrine, poor), 9 in all, seed 11.');
    expect(one.stdout).not.toMatch(/Timing/);
    expect(one.stderr).toMatch(/^Timing: 9 runs in [\d.]+ s \([\d.]+ per second\) on 1 thread\(s\)\.\n$/);
    expect(two.stderr).toMatch(/on 2 thread\(s\)/);
  });

  it('exits 1 when an objective cannot be met: its criterion is never met in the runs', () => {
    const { status, stdout } = playtest('test/fixtures/lint/playtest/unreachable-objective.json', '--runs', '2', '--seed', '1', '--bots', 'random,doctrine,poor');
    expect(stdout).toContain('Criterion C15 (scoring.criteria[1]) was not met in 6 seeded runs.');
    expect(stdout).toMatch(/VB2 {2}doctrine {2}0 \/ 0 \/ 0 \/ 2 \/ 0/);
    expect(status).toBe(1);
  });

  it('exits 0 when every inject and decision is reached and every criterion met', () => {
    const { status, stdout } = playtest('test/fixtures/lint/clean.json', '--runs', '2', '--seed', '1', '--bots', 'doctrine,poor');
    expect(stdout).toContain('No problems');
    expect(status).toBe(0);
  });

  it('reports an inject never reached as "not reached in N seeded runs"', () => {
    const { status, stdout } = playtest('test/fixtures/lint/inject-not-reached.json', '--runs', '2', '--seed', '1', '--bots', 'random,doctrine,poor');
    expect(stdout).toContain('  after-jump    0  0 / 0 / 0  NOT REACHED in 6 seeded runs\n');
    expect(stdout).toContain('Inject "after-jump" was not reached in 6 seeded runs.');
    expect(status).toBe(1);
  });

  it('refuses unknown bots and bad numbers in one sentence', () => {
    const bots = playtest('test/fixtures/lint/clean.json', '--bots', 'clever');
    expect(bots.stderr).toBe('Unknown bot "clever": choose from doctrine, random, poor, eager, silent, cards, naming, late and idle.\n');
    expect(bots.status).toBe(1);
    const runs = playtest('test/fixtures/lint/clean.json', '--runs', '0');
    expect(runs.stderr).toContain('Option --runs takes a whole number from 1 to 100000, not "0".');
  });
});
