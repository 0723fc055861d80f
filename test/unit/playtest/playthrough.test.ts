// One seeded playthrough summarised: the same seed gives the same summary, and its states are the ones played.
import { describe, expect, it } from 'vitest';
import { buildReport, playtestJobs, summarizePlaythrough } from '../../../src/engine/playtest/index.js';
import { bundled } from '../lint/support.js';

const { scenario } = bundled('intro-market-square.json');

describe('summarizePlaythrough', () => {
  it('is deterministic: the same policy and seed give the same summary, and so the same report', () => {
    const jobs = playtestJobs('7', 2, ['random', 'doctrine', 'poor']);
    const first = jobs.map((j) => summarizePlaythrough(scenario, j.policy, j.seed));
    const again = jobs.map((j) => summarizePlaythrough(scenario, j.policy, j.seed));
    expect(again).toEqual(first);
    const options = { seed: '7', policies: ['random', 'doctrine', 'poor'] as const, runsPerPolicy: 2 };
    expect(buildReport(scenario, again, options)).toEqual(buildReport(scenario, first, options));
  });

  it('records the structure and communication states the doctrine bot passes through', () => {
    const run = summarizePlaythrough(scenario, 'doctrine', '1');
    // Doctrine's first message already carries the action advice its composer offers (an action perspective
    // from the first message on), so communication goes from silent straight to actionAdvice.
    expect(run.states).toEqual(expect.arrayContaining(['incident:quiet', 'incident:notified', 'grip:0', 'grip:3', 'team:driehoek', 'communication:silent', 'communication:actionAdvice']));
    expect(run.states).toEqual([...run.states].sort());
    expect(run.ending).toBe('calm-returns');
    expect(run.criteria).toHaveLength(scenario.scoring.criteria.length);
  });

  it('sees different runs under different seeds for the random bot', () => {
    const a = summarizePlaythrough(scenario, 'random', 'a');
    const b = summarizePlaythrough(scenario, 'random', 'b');
    expect(a).not.toEqual(b);
  });
});
