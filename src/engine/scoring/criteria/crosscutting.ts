// Cross-cutting criteria (DOMAIN.md §7: C17 proportionality, C18 information sharing).
import type { EngineEvent } from '../../session/types.js';
import { eventsOf, fromFraction, notApplicable, structureEvents, targets, triggerTime, verdict, type ScoringContext, type Verdict } from '../evidence.js';
import { exerciseOver } from './timing.js';

/**
 * C17: proportionality rests mostly on the author's assessment of each chosen measure (added by the
 * scorer); the engine adds omissions: measures whose deadline passed without a decision.
 */
export function proportionality({ scenario, state }: ScoringContext): Verdict {
  const assessed = new Set(scenario.decisions.filter((d) => d.options.some((o) => o.assessments.some((a) => a.criterion === 'C17'))).map((d) => d.id));
  const omissions = eventsOf(state, 'deadlinePassed').filter((e) => assessed.has(e.data.decision as string));
  if (omissions.length > 0) return verdict('notMet', omissions, 'proportionality.omission', { count: omissions.length });
  return notApplicable('proportionality.by-assessment');
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
