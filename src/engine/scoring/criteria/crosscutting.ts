// Cross-cutting criteria (DOMAIN.md §7: C17 proportionality, C18 information sharing).
import type { Scenario } from '../../scenario/schema.js';
import type { EngineEvent } from '../../session/types.js';
import { objectiveOf } from '../../strategy/index.js';
import { judgedMeasures, MEASURE_DOMAIN, type JudgedMeasure } from '../warrants.js';
import { eventsOf, firstStructureAction, notApplicable, targets, triggerTime, verdict, type Explanation, type ScoringContext, type Verdict } from '../evidence.js';
import { SHARE_TEAMS } from '../../knowledge/learn.js';
import { clockFor } from '../clock.js';
import { exerciseOver, minutesFromKnowledge } from './timing.js';

/** The words for over-reactions: how many, and the first with its measure, target and minute (and, if kept, when its warrant lapsed). */
export function overReactionExplanation(count: number, first: JudgedMeasure): Explanation {
  const base = { count, measure: first.measure, target: first.target ?? '-', minute: first.minute, source: first.source };
  if (first.kept) return { code: 'over-reaction.kept-after-lapse', params: { ...base, lapsed: first.kept.lapsed, keep: first.kept.keepMinutes } };
  return { code: first.since === null ? 'over-reaction.never-warranted' : 'over-reaction.before-warrant', params: { ...base, since: first.since ?? '-' } };
}

/** Per scenario: how many objectives C17 is scored for (read once; every measure of a long log asks). */
const c17Objectives = new WeakMap<Scenario, number>();

/** Whether a measure counts towards this use of C17: with C17 scored for both objectives, each takes its own measures. */
function servesUse(scenario: Scenario, use: ScoringContext['use'], measure: JudgedMeasure): boolean {
  let objectives = c17Objectives.get(scenario);
  if (objectives === undefined) c17Objectives.set(scenario, (objectives = new Set(scenario.scoring.criteria.filter((u) => u.criterion === 'C17').map((u) => objectiveOf('C17', u.objective))).size));
  return objectives < 2 || objectiveOf(MEASURE_DOMAIN[measure.measure]) === objectiveOf('C17', use.objective);
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

/**
 * C18: the picture shared within the structure: coverage and latency. The parties are the teams the use names
 * (each reached by sharing with the part of the structure it sits in), else the NCC, the regions and, where the
 * scenario has them, the vital sectors; each share is timed from when the sharing role knew the trigger.
 */
export function informationSharing(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('sharing.not-triggered');
  const clock = clockFor(state, scenario, use.trigger, undefined);
  if (clock === null) return notApplicable('timing.never-known');
  const t = targets(ctx, 60);
  // Vital sectors count only where the scenario has them at the table or expects them to be told.
  const hasVitalSectors =
    scenario.roles.some((r) => r.office === 'vitalPartner' || r.office === 'airportOperator') ||
    scenario.injects.some((i) => i.expectedActions.some((a) => a.do.action === 'shareInformation' && a.do.with === 'vitalSectors'));
  const parties: { name: string; reached: (target: string) => boolean }[] =
    use.teams !== undefined
      ? use.teams.map((team) => ({ name: team, reached: (target: string) => (SHARE_TEAMS[target as keyof typeof SHARE_TEAMS] as readonly string[] | undefined)?.includes(team) ?? false }))
      : (hasVitalSectors ? ['NCC', 'regions', 'vitalSectors'] : ['NCC', 'regions']).map((name) => ({ name, reached: (target: string) => target === name }));
  const shared: (EngineEvent | undefined)[] = parties.map((p) => firstStructureAction(state, 'shareInformation', (a) => p.reached(a.with as string)));
  const minutes = shared.map((e) => (e === undefined ? null : (minutesFromKnowledge(state, scenario, use.trigger, e)?.minutes ?? 0)));
  const inTime = minutes.filter((m) => m !== null && m <= t.target).length;
  const done = minutes.filter((m) => m !== null && m <= t.partly).length;
  if (shared.every((e) => e === undefined) && !exerciseOver(state) && state.minute - clock.minute <= t.target) return notApplicable('sharing.pending', { target: t.target });
  const result = inTime === parties.length ? 'met' : done === 0 ? 'notMet' : 'partly';
  return verdict(result, shared, 'sharing.coverage', { done, inTime, total: parties.length, target: t.target });
}
