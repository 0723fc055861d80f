// The evidence for the communication criteria, message by message. For a message in own words, an
// evaluator's rating of a principle replaces the word-list suggestions of that principle (they stay
// visible beside it in the debrief); measured findings — claims against confirmed facts, advice against
// the danger, one voice by claims and time — stay: a rating can lower them, never lift a measured breach
// (DOMAIN.md §7, "measured first"). An unrated message counts by its automatic findings, and the
// explanation says how many messages were judged which way.
import type { Principle } from '../../scenario/vocabulary.js';
import type { EngineEvent, ExerciseState, MessageRating } from '../../session/types.js';
import { byField } from '../../session/event-index.js';
import { eventsOf, type Explanation } from '../evidence.js';

export type Judgement = 'ok' | 'partly' | 'breach';

export interface JudgedFinding {
  readonly message: string;
  readonly verdict: Judgement;
  readonly event: EngineEvent;
  readonly code: string;
  readonly rated: boolean;
}

const FROM_RATING: Readonly<Record<MessageRating, Judgement>> = { meets: 'ok', partly: 'partly', misses: 'breach' };

/** The latest rating event of each (message, principle): the one that counts. */
export function latestRatings(state: ExerciseState, principle: Principle): Map<string, EngineEvent> {
  const out = new Map<string, EngineEvent>();
  for (const e of eventsOf(state, 'messageRated')) if (e.data.principle === principle) out.set(e.data.message as string, e);
  return out;
}

const findingsOfPrinciple = byField('communicationFinding', 'principle');

/**
 * The engine's findings on a principle as judged findings, kept with the event storage (session/append-list.ts)
 * in the order of the index of findings by principle and extended by the new findings only: a long exercise has
 * thousands of findings, and every score read them all again. A list that shares the storage takes its prefix.
 */
const measuredByStorage = new WeakMap<object, Map<Principle, JudgedFinding[]>>();

function measuredFindings(state: ExerciseState, principle: Principle): JudgedFinding[] {
  const positions = state.events.positionsWhere(findingsOfPrinciple, principle);
  let byPrinciple = measuredByStorage.get(state.events.storage);
  if (!byPrinciple) measuredByStorage.set(state.events.storage, (byPrinciple = new Map()));
  let judged = byPrinciple.get(principle);
  if (!judged) byPrinciple.set(principle, (judged = []));
  // The index's positions of one storage only grow, so the judged list made so far is a prefix of this list's.
  for (let i = judged.length; i < positions.length; i++) {
    const e = state.events.at(positions[i] as number) as EngineEvent;
    judged.push({ message: e.data.message as string, verdict: e.data.verdict as Judgement, event: e, code: e.data.code as string, rated: false });
  }
  return judged.slice(0, positions.length);
}

export function judgedFindings(state: ExerciseState, principle: Principle): JudgedFinding[] {
  const ratings = latestRatings(state, principle);
  const measured = measuredFindings(state, principle);
  // Without ratings the findings are the measured ones, already in log order.
  if (ratings.size === 0) return measured;
  const out = measured.filter((f) => !(f.event.data.suggestion === true && ratings.has(f.message)));
  for (const [message, e] of ratings) {
    out.push({ message, verdict: FROM_RATING[e.data.rating as MessageRating], event: e, code: `rating-${String(e.data.rating)}`, rated: true });
  }
  return out.sort((a, b) => a.event.seq - b.event.seq);
}

/** How the own-words messages were judged on this principle: by an evaluator, or by their automatic findings. */
export function ratingBasis(state: ExerciseState, principle: Principle): Explanation[] {
  const own = state.messages.filter((m) => m.own !== undefined);
  if (own.length === 0) return [];
  const rated = latestRatings(state, principle);
  const byEvaluator = own.filter((m) => rated.has(m.id)).length;
  return [{ code: 'own-words.basis', params: { rated: byEvaluator, automatic: own.length - byEvaluator } }];
}
