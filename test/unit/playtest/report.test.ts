// The report is built from finished playthroughs alone: coverage, rare seeds, distributions and problems.
import { describe, expect, it } from 'vitest';
import { buildReport, playtestJobs, type RunSummary } from '../../../src/engine/playtest/index.js';
import { variant } from '../lint/support.js';

const scenario = variant((d) => {
  d.injects.push({ id: 'call', optional: true, from: 'X', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: 'Een telefoontje.', en: 'A phone call.' } });
});

function run(policy: RunSummary['policy'], seed: string, over: Partial<RunSummary> = {}): RunSummary {
  return {
    policy,
    seed,
    ending: 'end',
    rounds: 7,
    minutes: 60,
    commands: 20,
    injects: ['first-report', 'update'],
    decisions: [{ decision: 'scale-up', option: 'wait', byDefault: true }],
    states: ['grip:0', 'incident:notified'],
    criteria: ['notMet'],
    objectives: { VB1: 'U' },
    ...over,
  };
}

describe('buildReport', () => {
  const runs = [
    ...Array.from({ length: 10 }, (_, i) => run('random', `s-${i + 1}`, i === 6 ? { states: ['grip:0', 'grip:3', 'incident:notified'], commands: 30 } : {})),
    ...Array.from({ length: 10 }, (_, i) =>
      run('doctrine', `s-${i + 1}`, { decisions: [{ decision: 'scale-up', option: 'grip3', byDefault: false }], criteria: ['met'], objectives: { VB1: 'P' }, rounds: 6 + (i % 3) }),
    ),
  ];
  const report = buildReport(scenario, runs, { seed: 's', policies: ['random', 'doctrine'], runsPerPolicy: 10 });

  it('counts coverage per bot and in all', () => {
    expect(report.totalRuns).toBe(20);
    expect(report.injects.find((i) => i.id === 'update')).toMatchObject({ runs: 20, byPolicy: { random: 10, doctrine: 10 }, seeds: [] });
    expect(report.options.find((o) => o.id === 'scale-up/wait')).toMatchObject({ runs: 10, byDefault: 10, byPolicy: { random: 10, doctrine: 0 } });
  });

  it('lists the seeds that reach a rare state, so it can be replayed', () => {
    expect(report.rareAt).toBe(2);
    expect(report.states.find((s) => s.id === 'grip:3')).toMatchObject({ runs: 1, seeds: [{ policy: 'random', seed: 's-7' }] });
  });

  it('gives the score distribution per objective, criterion and bot', () => {
    expect(report.objectives).toEqual([{ objective: 'VB1', byPolicy: { random: { P: 0, S: 0, M: 0, U: 10, notExercised: 0 }, doctrine: { P: 10, S: 0, M: 0, U: 0, notExercised: 0 } } }]);
    expect(report.criteria[0]).toMatchObject({ criterion: 'C01', objective: 'VB1', met: 10 });
  });

  it('gives the length of the exercise per bot', () => {
    expect(report.length.doctrine?.rounds).toEqual({ min: 6, median: 7, max: 8 });
    expect(report.length.random?.commands).toEqual({ min: 20, median: 20, max: 30 });
  });

  it('does not count an inject only the trainer fires as a problem, and names states the roles could reach', () => {
    expect(report.injects.find((i) => i.id === 'call')).toMatchObject({ runs: 0, trainerOnly: true });
    expect(report.problems).toEqual([]);
    expect(report.statesNotReached).toContain('team:driehoek');
    expect(report.statesNotReached).not.toContain('grip:3');
  });

  it('does not count a decision or inject that waits on a trainer-only inject as a problem, but still one that does not', () => {
    const waiting = variant((d) => {
      d.injects.push({ id: 'call', optional: true, from: 'X', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: 'Een telefoontje.', en: 'A phone call.' } });
      d.injects.push({ id: 'follow-up', when: { all: [{ delivered: 'call' }, { round: '>=', value: 2 }] }, from: 'X', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: 'Nog een.', en: 'Another.' } });
      d.injects.push({ id: 'either', when: { any: [{ delivered: 'call' }, { round: '>=', value: 3 }] }, from: 'X', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: 'Of.', en: 'Or.' } });
      const card = d.decisions[0] as Record<string, unknown>;
      d.decisions.push({ ...card, id: 'after-call', opensAt: undefined, when: { delivered: 'follow-up' } });
    });
    const played = buildReport(waiting, runs, { seed: 's', policies: ['random', 'doctrine'], runsPerPolicy: 10 });
    expect(played.injects.find((i) => i.id === 'follow-up')).toMatchObject({ runs: 0, trainerOnly: true });
    expect(played.injects.find((i) => i.id === 'either')).toMatchObject({ runs: 0, trainerOnly: false });
    expect(played.decisions.find((d) => d.id === 'after-call')).toMatchObject({ runs: 0, trainerOnly: true });
    expect(played.decisions.find((d) => d.id === 'scale-up')).toMatchObject({ trainerOnly: false });
    expect(played.problems).toEqual([{ kind: 'inject-not-reached', id: 'either' }]);
  });

  it('fails on a criterion never met and an inject or decision never reached', () => {
    const bad = buildReport(scenario, runs.slice(0, 10).map((r) => ({ ...r, injects: ['first-report'], decisions: [] })), {
      seed: 's',
      policies: ['random'],
      runsPerPolicy: 10,
    });
    expect(bad.problems).toEqual([
      { kind: 'criterion-never-met', index: 0, criterion: 'C01' },
      { kind: 'inject-not-reached', id: 'update' },
      { kind: 'decision-not-reached', id: 'scale-up' },
    ]);
  });
});

describe('playtestJobs', () => {
  it('plays every policy over the same seeds, in report order', () => {
    expect(playtestJobs('42', 2, ['random', 'poor'])).toEqual([
      { policy: 'random', seed: '42-1' },
      { policy: 'random', seed: '42-2' },
      { policy: 'poor', seed: '42-1' },
      { policy: 'poor', seed: '42-2' },
    ]);
  });
});
