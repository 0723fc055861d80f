// The author view's timeline puts each inject and decision in the round the engine delivers or opens it,
// and the dry run plays in slices with the page's turn in between, so the page stays responsive.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/zod-setup.js';
import { applyCommand, createSession, scenarioHash } from '../../src/engine/index.js';
import type { RunSummary } from '../../src/engine/playtest/index.js';
import { loadScenario } from '../../src/engine/scenario/loader.js';
import type { Scenario } from '../../src/engine/scenario/schema.js';
import { startDryRun, type DryRunEngine, type Slicer } from '../../src/ui/author/dry-run.js';
import { buildTimeline, roundStarts } from '../../src/ui/author/timeline-model.js';

function scenarioWith(change: (json: Record<string, unknown>) => void): Scenario {
  const json = JSON.parse(readFileSync(resolve(process.cwd(), 'test/fixtures/scenarios/valid/minimal.json'), 'utf8')) as Record<string, unknown>;
  change(json);
  const result = loadScenario(JSON.stringify(json), 'timeline.json');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.scenario;
}

const inject = (id: string, extra: Record<string, unknown>) => ({ id, from: 'Meldkamer', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: `Tekst ${id}`, en: `Text ${id}` }, ...extra });

const scenario = scenarioWith((json) => {
  json.clock = { minutesPerRound: 10, endsAt: 25 };
  json.roles = [
    ...(json.roles as unknown[]),
    { id: 'police', name: { nl: 'Politie', en: 'Police' }, team: 'GBT', office: 'policeChief', briefing: { nl: 'U leidt de politie.', en: 'You lead the police.' } },
  ];
  json.injects = [
    { ...inject('first-report', { at: 0, firstNotification: true }), to: { roles: 'all', projector: true } },
    inject('at-seven', { at: 7, title: { nl: 'Zeven', en: 'Seven' } }),
    inject('at-ten', { at: 10 }),
    inject('on-condition', { when: { time: '>=', value: 5 } }),
    inject('by-trainer', { optional: true }),
  ];
  json.decisions = [
    {
      id: 'scale-up',
      owner: 'mayor',
      prompt: { nl: 'Opschalen?', en: 'Scale up?' },
      opensAt: 15,
      deadlineRounds: 2,
      default: 'no',
      options: [
        { id: 'yes', label: { nl: 'Ja', en: 'Yes' } },
        { id: 'no', label: { nl: 'Nee', en: 'No' } },
      ],
    },
    {
      id: 'evacuate',
      owner: 'mayor',
      prompt: { nl: 'Ontruimen?', en: 'Evacuate?' },
      opensAt: 10,
      when: { delivered: 'at-seven' },
      default: 'no',
      options: [
        { id: 'yes', label: { nl: 'Ja', en: 'Yes' } },
        { id: 'no', label: { nl: 'Nee', en: 'No' } },
      ],
    },
    {
      id: 'inform',
      owner: 'police',
      prompt: { nl: 'Informeren?', en: 'Inform?' },
      when: { delivered: 'on-condition' },
      default: 'no',
      options: [
        { id: 'yes', label: { nl: 'Ja', en: 'Yes' } },
        { id: 'no', label: { nl: 'Nee', en: 'No' } },
      ],
    },
  ];
});

describe('author timeline', () => {
  it('has a round per minutesPerRound, the last one at the end time, as the engine runs the clock', () => {
    expect(roundStarts(scenario)).toEqual([0, 10, 20, 25]);
  });

  it('puts each inject in the round the engine delivers it, per receiving role, and the projector row for public ones', () => {
    const timeline = buildTimeline(scenario);
    expect(timeline.columns.map((c) => c.key)).toEqual(['round-1', 'round-2', 'round-3', 'round-4', 'condition', 'trainer']);
    const mayor = timeline.rows.find((r) => r.role?.id === 'mayor')!;
    const ids = (column: string) => (mayor.cells.get(column) ?? []).map((i) => i.id);
    expect(ids('round-1')).toEqual(['first-report']);
    // Due at T+7, delivered when round 2 begins at T+10, together with the one due at T+10.
    expect(ids('round-2')).toEqual(['at-seven', 'at-ten', 'evacuate']);
    expect(ids('round-3')).toEqual(['scale-up']);
    expect(ids('condition')).toEqual(['on-condition']);
    expect(ids('trainer')).toEqual(['by-trainer']);
    const police = timeline.rows.find((r) => r.role?.id === 'police')!;
    expect([...police.cells.entries()].map(([column, items]) => [column, items.map((i) => i.id)])).toEqual([
      ['round-1', ['first-report']],
      ['condition', ['inform']],
    ]);
    const projector = timeline.rows.find((r) => r.role === null)!;
    expect(projector.cells.get('round-1')?.map((i) => i.id)).toEqual(['first-report']);
  });

  it('agrees with the engine: an inject due at T+7 is delivered in round 2', () => {
    const settings = { mode: 'hotseat' as const, tables: [{ id: 't', name: 'T', roles: ['mayor', 'police'] }], simcell: [], feedback: 'debrief' as const };
    let state = createSession(scenario, 'seed', settings, scenarioHash(scenario));
    const trainer = { kind: 'trainer' } as const;
    for (const type of ['start', 'beginRounds', 'advance'] as const) {
      const r = applyCommand(scenario, state, { type, actor: trainer });
      if (!r.ok) throw new Error(r.refusal.code);
      state = r.state;
    }
    expect(state.delivered['at-seven']?.round).toBe(2);
  });

  it('keeps the item details an author needs: where it is in the file, its time and the decision’s deadline', () => {
    const mayor = buildTimeline(scenario).rows.find((r) => r.role?.id === 'mayor')!;
    const seven = mayor.cells.get('round-2')?.[0];
    expect(seven).toMatchObject({ kind: 'inject', path: ['injects', 1], at: 7, label: { nl: 'Zeven', en: 'Seven' } });
    expect(mayor.cells.get('round-3')?.[0]).toMatchObject({ kind: 'decision', path: ['decisions', 0], at: 15, deadlineRounds: 2 });
    // A decision with a time and a condition is shown from its time, marked as waiting for its condition too.
    expect(mayor.cells.get('round-2')?.[2]).toMatchObject({ id: 'evacuate', at: 10, alsoWhen: true });
  });
});

describe('author dry run', () => {
  const fakeRun = (policy: RunSummary['policy'], seed: string) => ({ policy, seed }) as unknown as RunSummary;

  it('plays every seeded run per policy, in slices with a pause in between, in report order', async () => {
    const played: string[] = [];
    const engine: DryRunEngine = {
      jobs: (seed, runs, policies) => policies.flatMap((policy) => Array.from({ length: runs }, (_, i) => ({ policy, seed: `${seed}-${i + 1}` }))),
      play: (_scenario, policy, seed) => {
        played.push(`${policy}/${seed}`);
        return fakeRun(policy, seed);
      },
    };
    // Each run "takes" 10 ms: two fit in a slice of about one frame.
    let clock = 0;
    let pauses = 0;
    const slicer: Slicer = {
      pause: async () => {
        pauses += 1;
      },
      now: () => (clock += 5),
    };
    const progress: number[] = [];
    const handle = startDryRun(scenario, { seed: 's', runsPerPolicy: 2, policies: ['random', 'doctrine', 'poor'] }, engine, (done) => progress.push(done), slicer);
    const runs = await handle.done;
    expect(runs?.map((r) => `${r.policy}/${r.seed}`)).toEqual(['random/s-1', 'random/s-2', 'doctrine/s-1', 'doctrine/s-2', 'poor/s-1', 'poor/s-2']);
    expect(played).toHaveLength(6);
    expect(pauses).toBeGreaterThan(2);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(6);
    expect(progress.length).toBeGreaterThan(2);
  });

  it('stops at the next pause when cancelled, and reports nothing', async () => {
    let played = 0;
    const engine: DryRunEngine = {
      jobs: (seed, runs, policies) => policies.flatMap((policy) => Array.from({ length: runs }, (_, i) => ({ policy, seed: `${seed}-${i + 1}` }))),
      play: (_scenario, policy, seed) => {
        played += 1;
        return fakeRun(policy, seed);
      },
    };
    let clock = 0;
    let cancel: () => void = () => undefined;
    const slicer: Slicer = {
      pause: async () => {
        if (played >= 2) cancel();
      },
      now: () => (clock += 20),
    };
    const handle = startDryRun(scenario, { seed: 's', runsPerPolicy: 10, policies: ['random'] }, engine, () => undefined, slicer);
    cancel = handle.cancel;
    expect(await handle.done).toBeNull();
    expect(played).toBe(2);
  });
});
