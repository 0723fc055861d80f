// The scenario:playtest CLI as an author runs it: same arguments, same report (on any number of cores);
// a scenario whose objective cannot be met makes it exit 1.
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/scenario-playtest.js';
import { runCliAsync, spawnCli } from '../cli-support.js';

const playtest = (...args: string[]) => runCliAsync(main, ...args);

describe('npm run scenario:playtest', { timeout: 120_000 }, () => {
  it('prints the same report for the same arguments, on one thread or two; timings go to stderr', async () => {
    const args = ['scenarios/intro-market-square.json', '--runs', '3', '--seed', '11', '--bots', 'random,doctrine,poor'];
    const one = await playtest(...args, '--threads', '1');
    const again = await playtest(...args, '--threads', '1');
    // Also as its own process, as npm runs it, with a worker thread beside the main one.
    const two = spawnCli('src/cli/scenario-playtest.ts', ...args, '--threads', '2');
    expect(one.status).toBe(0);
    expect(again.stdout).toBe(one.stdout);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('Playtest of intro-market-square 1.0.0: 3 runs per bot (random, doctrine, poor), 9 in all, seed 11.');
    expect(one.stdout).not.toMatch(/Timing/);
    expect(one.stderr).toMatch(/^Timing: 9 runs in [\d.]+ s \([\d.]+ per second\) on 1 thread\(s\)\.\n$/);
    expect(two.stderr).toMatch(/on 2 thread\(s\)/);
  });

  it('exits 1 when an objective cannot be met: its criterion is never met in the runs', async () => {
    const { status, stdout } = await playtest('test/fixtures/lint/playtest/unreachable-objective.json', '--runs', '2', '--seed', '1', '--bots', 'random,doctrine,poor');
    expect(stdout).toContain('Criterion C15 (scoring.criteria[1]) was not met in 6 seeded runs.');
    expect(stdout).toMatch(/VB2 {2}doctrine {2}0 \/ 0 \/ 0 \/ 2 \/ 0/);
    expect(status).toBe(1);
  });

  it('exits 0 when every inject and decision is reached and every criterion met', async () => {
    const { status, stdout } = await playtest('test/fixtures/lint/clean.json', '--runs', '2', '--seed', '1', '--bots', 'doctrine,poor');
    expect(stdout).toContain('No problems');
    expect(status).toBe(0);
  });

  it('reports an inject never reached as "not reached in N seeded runs"', async () => {
    const { status, stdout } = await playtest('test/fixtures/lint/inject-not-reached.json', '--runs', '2', '--seed', '1', '--bots', 'random,doctrine,poor');
    expect(stdout).toContain('  after-jump    0  0 / 0 / 0  NOT REACHED in 6 seeded runs\n');
    expect(stdout).toContain('Inject "after-jump" was not reached in 6 seeded runs.');
    expect(status).toBe(1);
  });

  it('refuses unknown bots and bad numbers in one sentence', async () => {
    const bots = await playtest('test/fixtures/lint/clean.json', '--bots', 'clever');
    expect(bots.stderr).toBe('Unknown bot "clever": choose from doctrine, random, poor, eager, silent, cards, naming, late and idle.\n');
    expect(bots.status).toBe(1);
    const runs = await playtest('test/fixtures/lint/clean.json', '--runs', '0');
    expect(runs.stderr).toContain('Option --runs takes a whole number from 1 to 100000, not "0".');
  });
});
