// scoreExercise: every criterion the scenario uses, from the log alone (the state is its replay), with
// the events that prove it; then the roll-up per objective and per theme (DOMAIN.md §7), and the
// trainer's overrides beside the computed ratings.
import type { CriterionUseT, Scenario } from '../scenario/schema.js';
import type { CriterionId, ObjectiveId } from '../scenario/vocabulary.js';
import { eventsOfKind, firstWith } from '../session/event-index.js';
import type { ExerciseState } from '../session/types.js';
import { capByCriticalTasks, criterionById, objectiveOf, rollUp, type CriterionResult, type CriticalCap, type Rating, type ThemeId } from '../strategy/index.js';
import { actionPerspective, factual, firstMessage, oneVoice, perpetratorAttention, respondersResilience, rumourControl } from './criteria/communication.js';
import { informationSharing, proportionality } from './criteria/crosscutting.js';
import { emergencyCare, nationalTeams, scaling } from './criteria/decisiveness.js';
import { newAttackMeans, online, protection, vitalPartners } from './criteria/protection.js';
import { aftercare, unrestAndReprisals } from './criteria/society.js';
import { ascendingUnique, decisionRecords, type Explanation, type ScoringContext, type Verdict } from './evidence.js';
import { overReactionExplanation } from './criteria/crosscutting.js';
import { overReactions } from './warrants.js';

/** The rule that measures each criterion of the catalogue (scoring/criteria). */
export const RULES: Readonly<Record<CriterionId, (ctx: ScoringContext) => Verdict>> = {
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

/** An evaluator's rated observation that speaks to this criterion (tagged to it, or to a critical task or question tied to it). */
export interface ObservedEvidence {
  readonly rating: 'P' | 'S' | 'M' | 'U';
  readonly by: string;
  readonly text: string;
  readonly event: number;
}

export interface CriterionScore {
  readonly criterion: CriterionId;
  readonly objective: ObjectiveId;
  readonly theme: ThemeId;
  readonly weight: number;
  /** A critical task (HSEEP): not met caps the objective at M, partly at S. */
  readonly critical: boolean;
  readonly result: CriterionResult;
  /** What the engine measured (timing, structure, communication findings, variables, over-reactions). */
  readonly engine: Verdict;
  /** The author's assessments of the options chosen. */
  readonly assessments: readonly AssessmentEvidence[];
  /** Evaluators' rated observations: observed, not measured; they count only where nothing was measured. */
  readonly observed: readonly ObservedEvidence[];
  /** Both lines in words: what was measured, then the assessments and which line decided; agrees with the result. */
  readonly explanations: readonly Explanation[];
  readonly evidence: readonly number[];
  readonly override: { readonly rating: string; readonly reason: string; readonly event: number } | null;
}

export interface RatedGroup {
  readonly rating: Rating;
  readonly score: number | null;
  /** The criteria rated in this group, each once (a criterion scored twice is one line here). */
  readonly criteria: readonly CriterionId[];
  /** The critical tasks not (fully) met that lowered the rating the mean gave, with the cap each set. */
  readonly caps: readonly CriticalCap[];
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
const RANK: Readonly<Record<Exclude<CriterionResult, 'notApplicable'>, number>> = { met: 2, partly: 1, notMet: 0 };

/**
 * The options chosen that the author assessed against this scoring entry. An assessment counts for one entry:
 * the entry of its objective when it names one, else the first entry of its criterion (so a criterion scored
 * twice, like C06 for two triggers, does not count one card twice).
 */
function assessmentsFor(scenario: Scenario, state: ExerciseState, use: CriterionUseT): AssessmentEvidence[] {
  const uses = scenario.scoring.criteria.filter((u) => u.criterion === use.criterion);
  const first = uses[0];
  const out: AssessmentEvidence[] = [];
  for (const d of scenario.decisions) {
    const taken = state.decisions[d.id]?.taken;
    if (!taken) continue;
    const option = d.options.find((o) => o.id === taken.option);
    // The last record of the decision: a card settled by an action later replaces its default (session/cards.ts).
    const event = decisionRecords(state, d.id).at(-1);
    for (const a of option?.assessments ?? []) {
      if (a.criterion !== use.criterion) continue;
      const entry = a.objective === undefined ? first : (uses.find((u) => objectiveOf(u.criterion, u.objective) === a.objective) ?? first);
      if (entry !== use) continue;
      out.push({ decision: d.id, option: taken.option, rating: a.rating, byDefault: taken.byDefault, feedback: a.feedback, event: event?.seq ?? null });
    }
  }
  return out;
}

/** The assessments' own line: all meet → met; mean at least half → partly; else not met. */
function assessedResult(assessments: readonly AssessmentEvidence[]): CriterionResult {
  if (assessments.length === 0) return 'notApplicable';
  const mean = assessments.reduce((sum, a) => sum + VALUE[a.rating], 0) / assessments.length;
  return mean === 1 ? 'met' : mean >= 0.5 ? 'partly' : 'notMet';
}

/**
 * The rated observations that speak to a criterion: tagged to it directly, or to a critical task or a
 * discussion question whose criteria include it. Unrated observations are notes, not evidence for a result.
 */
function observedFor(scenario: Scenario, state: ExerciseState, criterion: CriterionId): ObservedEvidence[] {
  const out: ObservedEvidence[] = [];
  for (const e of eventsOfKind(state, 'observation')) {
    const rating = e.data.rating as ObservedEvidence['rating'] | undefined;
    const tag = e.data.tag as Record<string, string> | undefined;
    if (rating === undefined || tag === undefined) continue;
    const about =
      tag.criterion === criterion ||
      scenario.modules.some(
        (m) => m.criticalTasks.some((t) => t.id === tag.criticalTask && t.criteria.includes(criterion)) || m.questions.some((q) => q.id === tag.question && q.criteria.includes(criterion)),
      );
    if (about) out.push({ rating, by: e.data.by as string, text: e.data.text as string, event: e.seq });
  }
  return out;
}

/** HSEEP's ratings as a criterion result: P met; S and M performed with challenges, partly met; U not met. */
const OBSERVED_VALUE = { P: 1, S: 0.5, M: 0.5, U: 0 } as const;

/** The observations' own line, read like the assessments': all P → met; mean at least half → partly; else not met. */
function observedResult(observed: readonly ObservedEvidence[]): CriterionResult {
  if (observed.length === 0) return 'notApplicable';
  const mean = observed.reduce((sum, o) => sum + OBSERVED_VALUE[o.rating], 0) / observed.length;
  return mean === 1 ? 'met' : mean >= 0.5 ? 'partly' : 'notMet';
}

/** The weaker of two results; not applicable gives way to the other. */
export function weaker(a: CriterionResult, b: CriterionResult): CriterionResult {
  if (a === 'notApplicable') return b;
  if (b === 'notApplicable') return a;
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * Measured first (DOMAIN.md §7): the measured result counts, and the author's assessments of the chosen
 * options are a second line of which the weaker counts: a card can lower a measured result, never lift a
 * measured breach. Where nothing was measured, the assessments decide. The explanation says which line decided.
 */
function combine(measured: CriterionResult, assessments: readonly AssessmentEvidence[], observations: readonly ObservedEvidence[] = []): { result: CriterionResult; line: Explanation[] } {
  const assessed = assessedResult(assessments);
  const judged = weaker(measured, assessed);
  const line: Explanation[] = [];
  if (assessments.length > 0) {
    const count = (r: AssessmentEvidence['rating']) => assessments.filter((a) => a.rating === r).length;
    line.push({ code: 'line.assessed', params: { meets: count('meets'), partly: count('partly'), misses: count('misses'), result: assessed } });
  }
  // Third line, evaluators' ratings: observed, not measured. They never outrank a measurement; where nothing
  // was measured they are judgements beside the author's assessments, and the weaker of the two counts.
  const observed = observedResult(observations);
  if (observations.length > 0) {
    const count = (r: ObservedEvidence['rating']) => observations.filter((o) => o.rating === r).length;
    line.push({ code: measured === 'notApplicable' ? 'line.observed' : 'line.observed-not-counted', params: { P: count('P'), S: count('S'), M: count('M'), U: count('U'), result: observed } });
  }
  const result = measured === 'notApplicable' ? weaker(judged, observed) : judged;
  if (result === 'notApplicable') return { result, line };
  let decided: string;
  if (measured !== 'notApplicable') decided = assessed !== 'notApplicable' && RANK[assessed as 'met'] < RANK[measured] ? 'line.decided.assessed-weaker' : 'line.decided.measured';
  else if (observed === 'notApplicable') decided = 'line.decided.assessed-only';
  else if (assessed === 'notApplicable') decided = 'line.decided.observed-only';
  else decided = RANK[observed as 'met'] < RANK[assessed as 'met'] ? 'line.decided.observed-weaker' : 'line.decided.assessed-not-weaker';
  line.push({ code: decided, params: { result } });
  return { result, line };
}

/**
 * Over-reactions in a measure's domain lower that criterion (DOMAIN.md §7): what was done right stays partly
 * met at best, and where nothing else was measured the over-reaction alone makes it not met.
 */
function withOverReactions(scenario: Scenario, state: ExerciseState, criterion: CriterionId, engine: Verdict): Verdict {
  if (criterion === 'C17') return engine;
  const found = overReactions(scenario, state, criterion);
  if (found.length === 0) return engine;
  const result: CriterionResult = engine.result === 'met' || engine.result === 'partly' ? 'partly' : 'notMet';
  const first = found[0] as (typeof found)[number];
  return {
    result,
    evidence: ascendingUnique(engine.evidence, found.map((f) => f.event.seq)),
    explanations: [...engine.explanations, overReactionExplanation(found.length, first)],
  };
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
  const engine = withOverReactions(scenario, state, use.criterion, RULES[use.criterion]({ scenario, state, use }));
  const assessments = assessmentsFor(scenario, state, use);
  const observed = observedFor(scenario, state, use.criterion);
  const counted = engine.result === 'notApplicable' ? observed.map((o) => o.event) : [];
  const evidence = ascendingUnique(
    engine.evidence,
    assessments.map((a) => a.event).filter((e): e is number => e !== null),
    counted,
  );
  const { result, line } = combine(engine.result, assessments, observed);
  return {
    criterion: use.criterion,
    objective: objectiveOf(use.criterion, use.objective),
    theme: c.theme,
    weight: use.weight,
    critical: use.critical ?? c.criticalByDefault === true,
    result,
    engine,
    assessments,
    observed,
    explanations: [...engine.explanations, ...line],
    evidence,
    override: latestOverride(state, 'criterion', use.criterion),
  };
}

function group(scores: readonly CriterionScore[], override: RatedGroup['override']): RatedGroup {
  // A trainer's override of a criterion counts in the roll-up; the computed result stays visible beside it.
  const results = scores.map((s) => ({ criterion: s.criterion, weight: s.weight, critical: s.critical, result: (s.override?.rating as CriterionResult | undefined) ?? s.result }));
  const r = rollUp(results);
  const capped = capByCriticalTasks(r.rating, results);
  return { rating: capped.rating, score: r.score, criteria: [...new Set(scores.map((s) => s.criterion))], caps: capped.caps, override };
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
