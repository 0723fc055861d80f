// scoreExercise: every criterion the scenario uses, from the log alone (the state is its replay), with
// the events that prove it; then the roll-up per objective and per theme (DOMAIN.md §7), and the
// trainer's overrides beside the computed ratings.
import type { CriterionUseT, Scenario } from '../scenario/schema.js';
import type { CriterionId, ObjectiveId } from '../scenario/vocabulary.js';
import { eventsOfKind, firstWith } from '../session/event-index.js';
import type { ExerciseState } from '../session/types.js';
import { criterionById, objectiveOf, rollUp, type CriterionResult, type Rating, type ThemeId } from '../strategy/index.js';
import { actionPerspective, factual, firstMessage, oneVoice, perpetratorAttention, respondersResilience, rumourControl } from './criteria/communication.js';
import { informationSharing, proportionality } from './criteria/crosscutting.js';
import { emergencyCare, nationalTeams, scaling } from './criteria/decisiveness.js';
import { newAttackMeans, online, protection, vitalPartners } from './criteria/protection.js';
import { aftercare, unrestAndReprisals } from './criteria/society.js';
import type { Explanation, ScoringContext, Verdict } from './evidence.js';

const RULES: Readonly<Record<CriterionId, (ctx: ScoringContext) => Verdict>> = {
  C01: firstMessage,
  C02: perpetratorAttention,
  C03: factual,
  C04: respondersResilience,
  C05: actionPerspective,
  C06: scaling,
  C07: nationalTeams,
  C08: emergencyCare,
  C09: oneVoice,
  C10: unrestAndReprisals,
  C11: rumourControl,
  C12: aftercare,
  C13: protection,
  C14: vitalPartners,
  C15: online,
  C16: newAttackMeans,
  C17: proportionality,
  C18: informationSharing,
};

export interface AssessmentEvidence {
  readonly decision: string;
  readonly option: string;
  readonly rating: 'meets' | 'partly' | 'misses';
  readonly byDefault: boolean;
  readonly feedback: unknown;
  readonly event: number | null;
}

export interface CriterionScore {
  readonly criterion: CriterionId;
  readonly objective: ObjectiveId;
  readonly theme: ThemeId;
  readonly weight: number;
  readonly result: CriterionResult;
  /** What the engine measured (timing, structure, communication findings, variables). */
  readonly engine: Verdict;
  /** The author's assessments of the options chosen. */
  readonly assessments: readonly AssessmentEvidence[];
  readonly evidence: readonly number[];
  readonly override: { readonly rating: string; readonly reason: string; readonly event: number } | null;
}

export interface RatedGroup {
  readonly rating: Rating;
  readonly score: number | null;
  readonly criteria: readonly CriterionId[];
  readonly override: { readonly rating: string; readonly reason: string; readonly event: number } | null;
}

export interface ScoreReport {
  readonly criteria: readonly CriterionScore[];
  readonly objectives: Readonly<Partial<Record<ObjectiveId, RatedGroup>>>;
  readonly themes: Readonly<Partial<Record<ThemeId, RatedGroup>>>;
  /** Wall-clock seconds from a decision opening to its taking, where commands carried stamps; reported, never scored. */
  readonly decisionTimes: readonly { readonly decision: string; readonly seconds: number }[];
}

const VALUE = { meets: 1, partly: 0.5, misses: 0 } as const;
const RESULT_VALUE: Record<Exclude<CriterionResult, 'notApplicable'>, number> = { met: 1, partly: 0.5, notMet: 0 };

function assessmentsFor(scenario: Scenario, state: ExerciseState, criterion: CriterionId): AssessmentEvidence[] {
  const out: AssessmentEvidence[] = [];
  for (const d of scenario.decisions) {
    const taken = state.decisions[d.id]?.taken;
    if (!taken) continue;
    const option = d.options.find((o) => o.id === taken.option);
    const event = firstWith(state, 'decisionTaken', 'decision', d.id);
    for (const a of option?.assessments ?? []) {
      if (a.criterion !== criterion) continue;
      out.push({ decision: d.id, option: taken.option, rating: a.rating, byDefault: taken.byDefault, feedback: a.feedback, event: event?.seq ?? null });
    }
  }
  return out;
}

/** Engine evidence and author assessments weigh alike: all met → met; below half → not met; else partly. */
function combine(engine: Verdict, assessments: readonly AssessmentEvidence[]): CriterionResult {
  const values: number[] = assessments.map((a) => VALUE[a.rating]);
  if (engine.result !== 'notApplicable') values.push(RESULT_VALUE[engine.result]);
  if (values.length === 0) return 'notApplicable';
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return mean === 1 ? 'met' : mean >= 0.5 ? 'partly' : 'notMet';
}

function latestOverride(state: ExerciseState, key: 'criterion' | 'objective', id: string): CriterionScore['override'] {
  let found: CriterionScore['override'] = null;
  for (const e of eventsOfKind(state, 'override')) {
    const target = e.data.target as Record<string, string>;
    if (target[key] === id) found = { rating: e.data.rating as string, reason: e.data.reason as string, event: e.seq };
  }
  return found;
}

export function scoreCriterion(scenario: Scenario, state: ExerciseState, use: CriterionUseT): CriterionScore {
  const c = criterionById(use.criterion);
  const engine = RULES[use.criterion]({ scenario, state, use });
  const assessments = assessmentsFor(scenario, state, use.criterion);
  const evidence = [...new Set([...engine.evidence, ...assessments.map((a) => a.event).filter((e): e is number => e !== null)])].sort((a, b) => a - b);
  return {
    criterion: use.criterion,
    objective: objectiveOf(use.criterion, use.objective),
    theme: c.theme,
    weight: use.weight,
    result: combine(engine, assessments),
    engine,
    assessments,
    evidence,
    override: latestOverride(state, 'criterion', use.criterion),
  };
}

function group(scores: readonly CriterionScore[], override: RatedGroup['override']): RatedGroup {
  // A trainer's override of a criterion counts in the roll-up; the computed result stays visible beside it.
  const r = rollUp(scores.map((s) => ({ criterion: s.criterion, weight: s.weight, result: (s.override?.rating as CriterionResult | undefined) ?? s.result })));
  return { ...r, criteria: scores.map((s) => s.criterion), override };
}

function decisionTimes(state: ExerciseState): ScoreReport['decisionTimes'] {
  const out: { decision: string; seconds: number }[] = [];
  for (const [id, d] of Object.entries(state.decisions)) {
    if (!d.taken || d.taken.byDefault || d.taken.stamp === undefined) continue;
    const opened = firstWith(state, 'decisionOpened', 'decision', id);
    const openedBy = opened ? state.log.at(opened.cause)?.command.stamp : undefined;
    if (openedBy !== undefined) out.push({ decision: id, seconds: Math.max(0, Math.round((d.taken.stamp - openedBy) / 1000)) });
  }
  return out;
}

export function scoreExercise(scenario: Scenario, state: ExerciseState): ScoreReport {
  const criteria = scenario.scoring.criteria.map((u) => scoreCriterion(scenario, state, u));
  const objectives: Partial<Record<ObjectiveId, RatedGroup>> = {};
  for (const id of ['VB1', 'VB2'] as const) {
    const mine = criteria.filter((c) => c.objective === id);
    if (mine.length > 0) objectives[id] = group(mine, latestOverride(state, 'objective', id));
  }
  const themes: Partial<Record<ThemeId, RatedGroup>> = {};
  for (const theme of new Set(criteria.map((c) => c.theme))) themes[theme] = group(criteria.filter((c) => c.theme === theme), null);
  return { criteria, objectives, themes, decisionTimes: decisionTimes(state) };
}

export type { Explanation, Verdict };
