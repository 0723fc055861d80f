// The playtest report, built from finished playthroughs alone: coverage of injects, decisions, options,
// machine states and endings, the score distribution per objective, criterion and bot policy, the length
// of the exercise, the seeds that reach each rare state, and the problems that fail the playtest. Pure
// and ordered by the scenario, so the same runs always give the same report.
import type { BotPolicy } from '../bots/index.js';
import { structureReach } from '../lint/structure-reach.js';
import { trainerOnly } from '../lint/trainer-only.js';
import { CONVENABLE_TEAMS, type ObjectiveId } from '../scenario/vocabulary.js';
import type { Scenario } from '../scenario/schema.js';
import { objectiveOf, type CriterionResult, type Rating } from '../strategy/index.js';
import type { RunSummary } from './summary.js';
import { checkValidity, type ValidityBreach, type ValidityResult } from './validity.js';

export const RATINGS: readonly Rating[] = ['P', 'S', 'M', 'U', 'notExercised'];
export const RESULTS: readonly CriterionResult[] = ['met', 'partly', 'notMet', 'notApplicable'];

/** How many runs the rarest outcomes may have and still be listed with their seeds. */
export const RARE_SHARE = 0.1;
export const SEEDS_SHOWN = 5;

export interface RunRef {
  readonly policy: BotPolicy;
  readonly seed: string;
}

export interface CoverageRow {
  readonly id: string;
  /** Runs in which it was reached, of all runs. */
  readonly runs: number;
  readonly byPolicy: Readonly<Partial<Record<BotPolicy, number>>>;
  /** The first runs that reached it, when it is rare. */
  readonly seeds: readonly RunRef[];
}

export interface InjectRow extends CoverageRow {
  /** Only the trainer brings it into play (optional and scheduled by no effect, or waiting on such an inject): bots never do. */
  readonly trainerOnly: boolean;
}

export interface DecisionRow extends CoverageRow {
  /** It opens only once an inject that only the trainer fires has arrived, so bots never open it. */
  readonly trainerOnly: boolean;
}

export interface OptionRow extends CoverageRow {
  readonly decision: string;
  readonly option: string;
  /** Of the runs that took it, how many took it by default (the deadline passed). */
  readonly byDefault: number;
}

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface CriterionRow {
  readonly index: number;
  readonly criterion: string;
  readonly objective: ObjectiveId;
  readonly byPolicy: Readonly<Partial<Record<BotPolicy, Readonly<Record<CriterionResult, number>>>>>;
  readonly met: number;
}

export interface ObjectiveRow {
  readonly objective: ObjectiveId;
  readonly byPolicy: Readonly<Partial<Record<BotPolicy, Readonly<Record<Rating, number>>>>>;
}

export type Problem =
  | { readonly kind: 'criterion-never-met'; readonly index: number; readonly criterion: string }
  | { readonly kind: 'inject-not-reached'; readonly id: string }
  | { readonly kind: 'decision-not-reached'; readonly id: string }
  | ({ readonly kind: 'validity' } & ValidityBreach);

export interface PlaytestReport {
  readonly scenario: { readonly id: string; readonly version: string };
  readonly seed: string;
  readonly policies: readonly BotPolicy[];
  readonly runsPerPolicy: number;
  readonly totalRuns: number;
  /** Runs at or below this count are rare. */
  readonly rareAt: number;
  readonly injects: readonly InjectRow[];
  readonly decisions: readonly DecisionRow[];
  readonly options: readonly OptionRow[];
  readonly states: readonly CoverageRow[];
  /** Structure states this scenario's roles can bring about that no run reached. */
  readonly statesNotReached: readonly string[];
  readonly endings: readonly CoverageRow[];
  readonly objectives: readonly ObjectiveRow[];
  readonly criteria: readonly CriterionRow[];
  readonly length: Readonly<Partial<Record<BotPolicy, { readonly rounds: Spread; readonly minutes: Spread; readonly commands: Spread }>>>;
  /** The validity rules of DOMAIN.md §7 checked over the reference policies played. */
  readonly validity: ValidityResult;
  readonly problems: readonly Problem[];
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { min: 0, median: 0, max: 0 };
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { min: sorted[0] ?? 0, median, max: sorted[sorted.length - 1] ?? 0 };
}

function counts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function buildReport(scenario: Scenario, runs: readonly RunSummary[], options: { readonly seed: string; readonly policies: readonly BotPolicy[]; readonly runsPerPolicy: number }): PlaytestReport {
  const { policies } = options;
  const totalRuns = runs.length;
  const rareAt = Math.max(1, Math.floor(totalRuns * RARE_SHARE));

  const coverage = (id: string, reached: (r: RunSummary) => boolean): CoverageRow => {
    const hits = runs.filter(reached);
    const byPolicy: Partial<Record<BotPolicy, number>> = {};
    for (const p of policies) byPolicy[p] = hits.filter((r) => r.policy === p).length;
    const rare = hits.length > 0 && hits.length <= rareAt;
    return { id, runs: hits.length, byPolicy, seeds: rare ? hits.slice(0, SEEDS_SHOWN).map((r) => ({ policy: r.policy, seed: r.seed })) : [] };
  };

  const scheduled = new Set(
    [...scenario.injects.flatMap((i) => [...i.effects, ...i.variants.flatMap((v) => v.effects)]), ...scenario.decisions.flatMap((d) => d.options.flatMap((o) => o.effects)), ...scenario.picture.boardActions.flatMap((a) => a.effects)].flatMap(
      (e) => (e.kind === 'inject' ? [e.inject] : []),
    ),
  );
  const byTrainer = trainerOnly(scenario, scheduled);
  const injects: InjectRow[] = scenario.injects.map((inject) => ({
    ...coverage(inject.id, (r) => r.injects.includes(inject.id)),
    trainerOnly: byTrainer.injects.has(inject.id),
  }));
  const decisions: DecisionRow[] = scenario.decisions.map((d) => ({
    ...coverage(d.id, (r) => r.decisions.some((x) => x.decision === d.id)),
    trainerOnly: byTrainer.decisions.has(d.id),
  }));
  const optionRows: OptionRow[] = scenario.decisions.flatMap((d) =>
    d.options.map((o) => {
      const taken = (r: RunSummary) => r.decisions.find((x) => x.decision === d.id && x.option === o.id);
      return {
        ...coverage(`${d.id}/${o.id}`, (r) => taken(r) !== undefined),
        decision: d.id,
        option: o.id,
        byDefault: runs.filter((r) => taken(r)?.byDefault === true).length,
      };
    }),
  );
  const reachedStates = [...new Set(runs.flatMap((r) => r.states))].sort();
  const states = reachedStates.map((s) => coverage(s, (r) => r.states.includes(s)));
  const endings = scenario.endings.map((e) => coverage(e.id, (r) => r.ending === e.id));

  const reach = structureReach(scenario);
  const possible = [
    ...[...reach.grips].map((g) => `grip:${g}`),
    ...[...reach.threatNational].map((l) => `threat:national:${l}`),
    ...[...reach.threatRegion].map((l) => `threat:region:${l}`),
    ...[...reach.dsi].map((s) => `dsi:${s}`),
    ...CONVENABLE_TEAMS.filter((t) => reach.teamsSometimes.has(t)).map((t) => `team:${t}`),
  ];
  const statesNotReached = possible.filter((s) => !reachedStates.includes(s)).sort();

  const objectives: ObjectiveRow[] = (['VB1', 'VB2'] as const)
    .filter((o) => runs.some((r) => r.objectives[o] !== undefined))
    .map((objective) => {
      const byPolicy: Partial<Record<BotPolicy, Record<Rating, number>>> = {};
      for (const p of policies) {
        const c = counts(RATINGS);
        for (const r of runs) if (r.policy === p && r.objectives[objective] !== undefined) c[r.objectives[objective] as Rating] += 1;
        byPolicy[p] = c;
      }
      return { objective, byPolicy };
    });

  const criteria: CriterionRow[] = scenario.scoring.criteria.map((use, index) => {
    const byPolicy: Partial<Record<BotPolicy, Record<CriterionResult, number>>> = {};
    for (const p of policies) {
      const c = counts(RESULTS);
      for (const r of runs) {
        const result = r.criteria[index];
        if (r.policy === p && result !== undefined) c[result] += 1;
      }
      byPolicy[p] = c;
    }
    return { index, criterion: use.criterion, objective: objectiveOf(use.criterion, use.objective), byPolicy, met: runs.filter((r) => r.criteria[index] === 'met').length };
  });

  const length: Partial<Record<BotPolicy, { rounds: Spread; minutes: Spread; commands: Spread }>> = {};
  for (const p of policies) {
    const mine = runs.filter((r) => r.policy === p);
    length[p] = { rounds: spread(mine.map((r) => r.rounds)), minutes: spread(mine.map((r) => r.minutes)), commands: spread(mine.map((r) => r.commands)) };
  }

  const validity = checkValidity(scenario, runs);
  const problems: Problem[] = [
    ...criteria.filter((c) => c.met === 0).map((c): Problem => ({ kind: 'criterion-never-met', index: c.index, criterion: c.criterion })),
    ...injects.filter((i) => i.runs === 0 && !i.trainerOnly).map((i): Problem => ({ kind: 'inject-not-reached', id: i.id })),
    ...decisions.filter((d) => d.runs === 0 && !d.trainerOnly).map((d): Problem => ({ kind: 'decision-not-reached', id: d.id })),
    ...validity.breaches.map((b): Problem => ({ kind: 'validity', ...b })),
  ];

  return {
    scenario: { id: scenario.id, version: scenario.version },
    seed: options.seed,
    policies,
    runsPerPolicy: options.runsPerPolicy,
    totalRuns,
    rareAt,
    injects,
    decisions,
    options: optionRows,
    states,
    statesNotReached,
    endings,
    objectives,
    criteria,
    length,
    validity,
    problems,
  };
}

/** The playthroughs a playtest plays, in report order: each policy over the same seeds. */
export function playtestJobs(seed: string, runs: number, policies: readonly BotPolicy[]): RunRef[] {
  return policies.flatMap((policy) => Array.from({ length: runs }, (_, i) => ({ policy, seed: `${seed}-${i + 1}` })));
}
