// Cross-cutting criteria (DOMAIN.md §7: C17 proportionality, C18 information sharing).
import type { Scenario } from '../../scenario/schema.js';
import type { EngineEvent } from '../../session/types.js';
import { objectiveOf } from '../../strategy/index.js';
import { judgedMeasures, MEASURE_DOMAIN, type JudgedMeasure } from '../warrants.js';
import { eventsOf, fromFraction, notApplicable, structureEvents, targets, triggerTime, verdict, type Explanation, type ScoringContext, type Verdict } from '../evidence.js';
import { exerciseOver } from './timing.js';

/** The words for over-reactions: how many, and the first with its measure, target and minute. */
export function overReactionExplanation(count: number, first: JudgedMeasure): Explanation {
  return {
    code: first.since === null ? 'over-reaction.never-warranted' : 'over-reaction.before-warrant',
    params: { count, measure: first.measure, target: first.target ?? '-', minute: first.minute, since: first.since ?? '-', source: first.source },
  };
}

/** Whether a measure counts towards this use of C17: with C17 scored for both objectives, each takes its own measures. */
function servesUse(scenario: Scenario, use: ScoringContext['use'], measure: JudgedMeasure): boolean {
  const objectives = new Set(scenario.scoring.criteria.filter((u) => u.criterion === 'C17').map((u) => objectiveOf('C17', u.objective)));
  return objectives.size < 2 || objectiveOf(MEASURE_DOMAIN[measure.measure]) === objectiveOf('C17', use.objective);
}

/**
 * C17: every escalating measure judged against its warrant (scoring/warrants.ts): none taken without it → met;
 * any over-reaction → not met. Omissions count too: a measure the author assessed against C17 left to its
 * deadline. Nothing judged → not applicable, and the assessments of chosen options decide.
 */
export function proportionality({ scenario, state, use }: ScoringContext): Verdict {
  const assessed = new Set(scenario.decisions.filter((d) => d.options.some((o) => o.assessments.some((a) => a.criterion === 'C17'))).map((d) => d.id));
  // A default later superseded by a role's action (session/cards.ts) is no omission.
  const omissions = eventsOf(state, 'deadlinePassed').filter((e) => assessed.has(e.data.decision as string) && state.decisions[e.data.decision as string]?.taken?.byDefault === true);
  const judged = judgedMeasures(scenario, state).filter((m) => servesUse(scenario, use, m));
  const over = judged.filter((m) => m.overReaction);
  if (over.length > 0) {
    const v = verdict('notMet', over.map((m) => m.event), 'proportionality.over-reaction', { count: over.length, judged: judged.length });
    return { ...v, explanations: [...v.explanations, overReactionExplanation(over.length, over[0] as JudgedMeasure)] };
  }
  if (omissions.length > 0) return verdict('notMet', omissions, 'proportionality.omission', { count: omissions.length });
  if (judged.length > 0) return verdict('met', judged.map((m) => m.event), 'proportionality.warranted', { judged: judged.length });
  return notApplicable('proportionality.nothing-judged');
}

/** C18: the picture shared within the structure: coverage of NCC, regions and vital sectors, and latency. */
export function informationSharing(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('sharing.not-triggered');
  const t = targets(ctx, 60);
  // Vital sectors count only where the scenario has them at the table or expects them to be told.
  const hasVitalSectors =
    scenario.roles.some((r) => r.office === 'vitalPartner' || r.office === 'airportOperator') ||
    scenario.injects.some((i) => i.expectedActions.some((a) => a.do.action === 'shareInformation' && a.do.with === 'vitalSectors'));
  const wanted = hasVitalSectors ? ['NCC', 'regions', 'vitalSectors'] : ['NCC', 'regions'];
  const shared: (EngineEvent | undefined)[] = wanted.map((w) => structureEvents(state, (a) => a.action === 'shareInformation' && a.with === w)[0]);
  const inTime = shared.filter((e) => e !== undefined && e.minute - since <= t.target).length;
  const late = shared.filter((e) => e !== undefined).length;
  if (late === 0 && !exerciseOver(state) && state.minute - since <= t.target) return notApplicable('sharing.pending', { target: t.target });
  const result = inTime === wanted.length ? 'met' : fromFraction(late, wanted.length) === 'notMet' ? 'notMet' : 'partly';
  return verdict(result, shared, 'sharing.coverage', { done: late, inTime, total: wanted.length, target: t.target });
}
