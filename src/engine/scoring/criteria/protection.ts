// Defending people, objects and vital processes, offline and online (VB2; DOMAIN.md §7: C13–C16).
import type { EngineEvent } from '../../session/types.js';
import { firstEvent, fromFraction, notApplicable, structureEvents, targets, triggerTime, verdict, type ScoringContext, type Verdict } from '../evidence.js';
import { exerciseOver, timedVerdict } from './timing.js';

/** C13: persons and objects at risk protected through Bewaken en Beveiligen. */
export function protection({ scenario, state }: ScoringContext): Verdict {
  const atRisk = scenario.picture.atRisk;
  if (atRisk.length === 0) return notApplicable('protection.no-targets');
  const events = structureEvents(state, (a) => a.action === 'protect');
  const done = atRisk.filter((a) => state.board.protectedTargets.includes(a.id)).length;
  if (done === 0 && !exerciseOver(state) && state.notifiedAt === null) return notApplicable('protection.pending');
  return verdict(fromFraction(done, atRisk.length), events, 'protection.targets', { done, total: atRisk.length });
}

/** C14: vital-process partners alerted through the structure with measures advice. */
export function vitalPartners(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('vital.not-triggered');
  const alerted = structureEvents(state, (a) => a.action === 'alertPartners')[0];
  return timedVerdict(state, { minute: since }, alerted, targets(ctx, 60), 'vital');
}

/** C15: a removal order within the hour; the EU Crisis Protocol considered; disinformation countered. */
export function online(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('online.not-triggered');
  const t = targets(ctx, 60);
  const removal = structureEvents(state, (a) => a.action === 'removalOrder')[0];
  const protocol = structureEvents(state, (a) => a.action === 'euCrisisProtocol')[0];
  const rebutted = firstEvent(state, 'rumourRebutted');
  const removalVerdict = timedVerdict(state, { minute: since }, removal, t, 'online.removal');
  if (removalVerdict.result === 'notApplicable') return removalVerdict;
  const parts = [removalVerdict.result === 'met', protocol !== undefined];
  if (scenario.rumours.length > 0) parts.push(rebutted !== undefined);
  const ok = parts.filter(Boolean).length;
  const evidence: (EngineEvent | undefined)[] = [removal, protocol, rebutted];
  return verdict(fromFraction(ok, parts.length), evidence, 'online.parts', { ok, total: parts.length, target: t.target });
}

/** C16: new attack means (drones, 3D-printed weapons) escalated to the right authority, proportionately. */
export function newAttackMeans(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('new-means.not-triggered');
  const escalation = structureEvents(
    state,
    (a) =>
      (a.action === 'alertPartners' && a.sector === 'aviation') ||
      (a.action === 'airportMeasure' && a.level !== 'continue') ||
      (a.action === 'restrictAirspace' && a.level !== 'lift') ||
      (a.action === 'airTraffic' && a.level === 'stop') ||
      a.action === 'setThreatLevel' ||
      (a.action === 'convene' && a.team === 'ICCb'),
  )[0];
  return timedVerdict(state, { minute: since }, escalation, targets(ctx, 45), 'new-means');
}
