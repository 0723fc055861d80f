// Limiting disruption and aftercare (DOMAIN.md §7: C10, C12).
import { judgedFindings } from './message-ratings.js';
import type { EngineEvent } from '../../session/types.js';
import { eventsOf, fromFraction, notApplicable, structureEvents, targets, triggerTime, verdict, type ScoringContext, type Verdict } from '../evidence.js';
import { exerciseOver } from './timing.js';

/** C10: unrest watched and kept under its threshold, places at risk protected, de-escalating wording. */
export function unrestAndReprisals({ scenario, state, use }: ScoringContext): Verdict {
  const parts: boolean[] = [];
  const evidence: (EngineEvent | undefined)[] = [];
  const atRisk = scenario.picture.atRisk;
  if (atRisk.length > 0) {
    const protectedNow = atRisk.filter((a) => state.board.protectedTargets.includes(a.id));
    parts.push(protectedNow.length === atRisk.length);
    evidence.push(...structureEvents(state, (a) => a.action === 'protect'));
  }
  if (use.variable !== undefined && use.threshold !== undefined) {
    const changes = eventsOf(state, 'variableChanged').filter((e) => e.data.variable === use.variable);
    const peak = Math.max(state.variables[use.variable] ?? 0, ...changes.map((e) => e.data.to as number));
    parts.push(peak < use.threshold);
    evidence.push(...changes.filter((e) => (e.data.to as number) >= use.threshold!));
  }
  const stigmatising = judgedFindings(state, 'deEscalation')
    .filter((f) => f.verdict === 'breach')
    .map((f) => f.event);
  if (state.messages.length > 0) {
    parts.push(stigmatising.length === 0);
    evidence.push(...stigmatising);
  }
  if (parts.length === 0) return notApplicable('unrest.nothing-to-judge');
  const ok = parts.filter(Boolean).length;
  return verdict(fromFraction(ok, parts.length), evidence, 'unrest.parts', { ok, total: parts.length });
}

/** C12: aftercare — an IAC / single contact point, reaching out to the affected, responder aftercare. */
export function aftercare(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('aftercare.not-triggered');
  const wanted = ['openIac', 'outreach', 'responderAftercare'];
  const done = wanted.map((k) => structureEvents(state, (a) => a.action === k)[0]);
  const t = targets(ctx, 90);
  const count = done.filter((e) => e !== undefined && e.minute - since <= t.partly).length;
  if (count === 0 && !exerciseOver(state)) return notApplicable('aftercare.pending');
  const iacInTime = done[0] !== undefined && done[0].minute - since <= t.target;
  const result = count === wanted.length && iacInTime ? 'met' : fromFraction(count, wanted.length) === 'notMet' ? 'notMet' : 'partly';
  return verdict(result, done, 'aftercare.parts', { done: count, total: wanted.length });
}
