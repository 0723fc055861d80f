// Limiting disruption and aftercare (DOMAIN.md §7: C10, C12).
import { judgedFindings } from './message-ratings.js';
import type { EngineEvent } from '../../session/types.js';
import { ascendingUnique, firstStructureAction, fromFraction, notApplicable, targets, triggerTime, verdict, type ScoringContext, type Verdict } from '../evidence.js';
import { peakOf } from './decisiveness.js';
import { placesProtected } from './protection.js';
import { exerciseOver, minutesFromKnowledge } from './timing.js';

/**
 * C10: places at risk protected in time (each from when its threat reached the protecting role, not before the
 * use's trigger; within targetMinutes, 60 when left out), the watched indicator (variable) kept under its
 * threshold, and de-escalating wording (no stigmatising language). Parts not yet due are left out.
 */
export function unrestAndReprisals(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const parts: boolean[] = [];
  const evidence: (EngineEvent | undefined)[] = [];
  if (scenario.picture.atRisk.length > 0 && (use.trigger === undefined || triggerTime(state, scenario, use.trigger) !== null)) {
    const t = targets(ctx, 60);
    const places = placesProtected(ctx, { target: t.target, partly: t.target }, undefined);
    if (places.parts.length > 0) {
      parts.push(places.parts.every((p) => p === 'met'));
      evidence.push(...places.evidence);
    }
  }
  if (use.variable !== undefined && use.threshold !== undefined) {
    const load = peakOf(state, use.variable, use.threshold);
    parts.push(load.peak < use.threshold);
    evidence.push(...load.over);
  }
  const breaches = (principle: 'deEscalation' | 'proportionateTone') =>
    judgedFindings(state, principle)
      .filter((f) => f.verdict === 'breach')
      .map((f) => f.event);
  const stigmatising = breaches('deEscalation');
  // An alarmist tone (the proportionateTone check) feeds unrest as stigmatising wording does: both stir it up.
  const alarmist = breaches('proportionateTone');
  if (state.messages.length > 0) {
    parts.push(stigmatising.length === 0 && alarmist.length === 0);
    evidence.push(...stigmatising, ...alarmist);
  }
  if (parts.length === 0) return notApplicable('unrest.nothing-to-judge');
  const ok = parts.filter(Boolean).length;
  const v = verdict(fromFraction(ok, parts.length), evidence, 'unrest.parts', { ok, total: parts.length });
  const words = [
    ...(stigmatising.length > 0 ? [{ code: 'unrest.stigmatising', params: { count: stigmatising.length } }] : []),
    ...(alarmist.length > 0 ? [{ code: 'unrest.alarmist', params: { count: alarmist.length } }] : []),
  ];
  return { ...v, explanations: [...v.explanations, ...words] };
}

/** C12: aftercare — an IAC / single contact point, reaching out to the affected, responder aftercare — each timed from when the acting role knew the trigger. */
export function aftercare(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('aftercare.not-triggered');
  const wanted = ['openIac', 'outreach', 'responderAftercare'];
  const done = wanted.map((k) => firstStructureAction(state, k));
  const t = targets(ctx, 90);
  const minutes = done.map((e) => (e === undefined ? null : (minutesFromKnowledge(state, scenario, use.trigger, e)?.minutes ?? 0)));
  const count = minutes.filter((m) => m !== null && m <= t.partly).length;
  if (count === 0 && !exerciseOver(state)) return notApplicable('aftercare.pending');
  const iacInTime = minutes[0] !== null && minutes[0] !== undefined && minutes[0] <= t.target;
  const result = count === wanted.length && iacInTime ? 'met' : fromFraction(count, wanted.length) === 'notMet' ? 'notMet' : 'partly';
  const v = verdict(result, done, 'aftercare.parts', { done: count, total: wanted.length });
  // Respect for victims in public messages (the victimRespect check: no identities before the families know)
  // is part of aftercare: each breach lowers the result one step, with the messages as evidence.
  const disrespect = judgedFindings(state, 'victimRespect').filter((f) => f.verdict === 'breach');
  if (disrespect.length === 0) return v;
  return {
    result: result === 'met' ? 'partly' : 'notMet',
    evidence: ascendingUnique(v.evidence, disrespect.map((f) => f.event.seq)),
    explanations: [...v.explanations, { code: 'aftercare.victim-respect', params: { count: disrespect.length } }],
  };
}
