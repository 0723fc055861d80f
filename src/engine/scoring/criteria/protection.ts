// Defending people, objects and vital processes, offline and online (VB2; DOMAIN.md §7: C13–C16).
import { threatKey } from '../../knowledge/keys.js';
import type { Condition } from '../../scenario/schema.js';
import type { EngineEvent } from '../../session/types.js';
import type { CriterionResult } from '../../strategy/index.js';
import { clockFor, clockForKey, type Clock } from '../clock.js';
import { firstEvent, firstStructureAction, firstStructureActionOf, fromFraction, fromMinutes, notApplicable, targets, triggerTime, verdict, type ScoringContext, type Verdict } from '../evidence.js';
import { scenarioWarrants } from '../warrants.js';
import { exerciseOver, timedFromKnowledge } from './timing.js';

/** A part of a criterion timed on its own clock: met, partly, not met, or not yet due (null). */
export type PartResult = 'met' | 'partly' | 'notMet' | null;

function partResult(state: ScoringContext['state'], clock: Clock, done: EngineEvent | undefined, t: { target: number; partly: number }): PartResult {
  if (done) return fromMinutes(Math.max(0, done.minute - clock.minute), t.target, t.partly) as Exclude<PartResult, null>;
  if (!exerciseOver(state) && state.minute - clock.minute <= t.target) return null;
  return 'notMet';
}

/** Parts rolled up: all met → met; any met or partly → partly; none → not met. */
export function fromParts(parts: readonly Exclude<PartResult, null>[]): CriterionResult {
  if (parts.length === 0) return 'notApplicable';
  if (parts.every((p) => p === 'met')) return 'met';
  return parts.some((p) => p !== 'notMet') ? 'partly' : 'notMet';
}

/** The condition under which a scenario says a measure on a target is proportionate (its warrants, any of them), or undefined. */
function warrantCondition(scenario: ScoringContext['scenario'], measure: 'protect' | 'alert-partners', target: string): Condition | undefined {
  const own = scenarioWarrants(scenario, measure, target).filter((w) => !('always' in w.when && !w.when.always));
  if (own.length === 0) return undefined;
  return own.length === 1 ? (own[0] as (typeof own)[number]).when : { any: own.map((w) => w.when) };
}

/** Both conditions must hold; either may be absent. */
function both(a: Condition | undefined, b: Condition | undefined): Condition | undefined {
  return a === undefined ? b : b === undefined ? a : { all: [a, b] };
}

/**
 * C13: each person or object at risk protected through Bewaken en Beveiligen in time: the clock starts when the
 * threat to it reached the protecting role (its protect warrant in the scenario, else the knowledge of the threat
 * itself), and not before the use's trigger and threat level (level) hold. A place whose threat nobody knew is not
 * expected; before any place is due, nothing is judged. Protection beyond what the threat called for (a protect or
 * threat-level measure without its warrant) lowers it through the over-reactions (scoring/warrants.ts).
 */
export function protection(ctx: ScoringContext): Verdict {
  const { scenario, use } = ctx;
  const atRisk = scenario.picture.atRisk;
  if (atRisk.length === 0) return notApplicable('protection.no-targets');
  const t = targets(ctx, 60);
  const level: Condition | undefined = use.level === undefined ? undefined : { any: [{ threatLevel: '>=', value: use.level }, { threatLevel: '>=', value: use.level, region: true }] };
  const { parts, evidence, inTime } = placesProtected(ctx, t, level);
  if (parts.length === 0) return notApplicable('protection.pending');
  const done = parts.filter((p) => p !== 'notMet').length;
  return verdict(fromParts(parts), evidence, 'protection.places', { done, inTime, due: parts.length, total: atRisk.length, target: t.target });
}

/** Each place at risk that is due (its threat known, the trigger and level holding): protected in time, late, or not. */
export function placesProtected(ctx: ScoringContext, t: { target: number; partly: number }, level: Condition | undefined): { parts: Exclude<PartResult, null>[]; evidence: (EngineEvent | undefined)[]; inTime: number } {
  const { scenario, state, use } = ctx;
  const atRisk = scenario.picture.atRisk;
  const parts: Exclude<PartResult, null>[] = [];
  const evidence: (EngineEvent | undefined)[] = [];
  let inTime = 0;
  for (const place of atRisk) {
    const done = firstStructureAction(state, 'protect', (a) => a.target === place.id);
    const warrant = warrantCondition(scenario, 'protect', place.id);
    const condition = both(both(use.trigger, level), warrant);
    let clock: Clock | null;
    if (warrant !== undefined) clock = clockFor(state, scenario, condition, done);
    else {
      // No warrant: the threat is known when the role learnt of it, and not before the trigger and level hold.
      const threat = clockForKey(state, threatKey(place.id), done);
      const held = condition === undefined ? null : clockFor(state, scenario, condition, done);
      clock = threat === null || (condition !== undefined && held === null) ? null : held !== null && held.minute > threat.minute ? held : threat;
    }
    if (clock === null) continue;
    const r = partResult(state, clock, done, t);
    if (r === null) continue;
    parts.push(r);
    if (r === 'met') inTime++;
    evidence.push(clock.event, done);
  }
  return { parts, evidence, inTime };
}

/** The vital sectors the scenario marks as threatened: those with a warrant for alerting them that is not "never". */
function threatenedSectors(scenario: ScoringContext['scenario']): string[] {
  const sectors = new Set<string>();
  for (const w of scenario.scoring.warrants) {
    if (w.measure !== 'alert-partners' || w.target === undefined || w.target === 'all') continue;
    if ('always' in w.when && !w.when.always) continue;
    sectors.add(w.target);
  }
  return [...sectors];
}

/**
 * C14: each vital sector the scenario marks as threatened (a warrant for alerting it) alerted through the structure
 * — the alertPartners action, which the engine accepts only from an office that may and which carries measures
 * advice — within the target of when the alerting role knew of the threat (the warrant held and the use's trigger,
 * if any). An alert before the threat was known does not count as alerting that sector; alerting sectors that are
 * not threatened (or all at once) is an over-reaction that lowers this criterion (scoring/warrants.ts). A scenario
 * that marks no sector falls back to the first alert after the trigger.
 */
export function vitalPartners(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('vital.not-triggered');
  const t = targets(ctx, 60);
  const sectors = threatenedSectors(scenario);
  if (sectors.length === 0) {
    const alerted = firstStructureAction(state, 'alertPartners');
    return timedFromKnowledge(state, scenario, use.trigger, alerted, t, 'vital');
  }
  const parts: Exclude<PartResult, null>[] = [];
  const evidence: (EngineEvent | undefined)[] = [];
  const late: string[] = [];
  const missing: string[] = [];
  for (const sector of sectors) {
    const condition = both(use.trigger, warrantCondition(scenario, 'alert-partners', sector)) as Condition;
    const known = clockFor(state, scenario, condition, undefined);
    if (known === null) continue;
    // An alert counts from when the threat to this sector (its warrant) was known, even before the use's trigger:
    // alerting transport at the first notification of a station attack is not undone by a later assessment.
    const warrant = warrantCondition(scenario, 'alert-partners', sector);
    const threatKnown = (warrant === undefined ? null : clockFor(state, scenario, warrant, undefined)) ?? known;
    const from = Math.min(threatKnown.minute, known.minute);
    const done = firstStructureAction(state, 'alertPartners', (a, _ch, e) => (a.sector === sector || a.sector === 'all') && e.minute >= from);
    const clock = clockFor(state, scenario, condition, done) ?? known;
    const r = partResult(state, clock, done, t);
    if (r === null) continue;
    parts.push(r);
    if (r === 'partly') late.push(sector);
    if (r === 'notMet') missing.push(sector);
    evidence.push(clock.event, done);
  }
  if (parts.length === 0) return notApplicable('vital.pending-sectors', { target: t.target });
  return verdict(fromParts(parts), evidence, 'vital.sectors', {
    inTime: parts.filter((p) => p === 'met').length,
    due: parts.length,
    target: t.target,
    late: late.join(', ') || '-',
    missing: missing.join(', ') || '-',
  });
}

/** C15: a removal order within the hour; the EU Crisis Protocol considered; disinformation countered. */
export function online(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('online.not-triggered');
  const t = targets(ctx, 60);
  const removal = firstStructureAction(state, 'removalOrder');
  const protocol = firstStructureAction(state, 'euCrisisProtocol');
  const rebutted = firstEvent(state, 'rumourRebutted');
  const removalVerdict = timedFromKnowledge(state, scenario, use.trigger, removal, t, 'online.removal');
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
  const escalation = firstStructureActionOf(
    state,
    ['alertPartners', 'airportMeasure', 'restrictAirspace', 'airTraffic', 'setThreatLevel', 'convene'],
    (a) =>
      (a.action === 'alertPartners' && a.sector === 'aviation') ||
      (a.action === 'airportMeasure' && a.level !== 'continue') ||
      (a.action === 'restrictAirspace' && a.level !== 'lift') ||
      (a.action === 'airTraffic' && a.level === 'stop') ||
      a.action === 'setThreatLevel' ||
      (a.action === 'convene' && a.team === 'ICCb'),
  );
  return timedFromKnowledge(state, scenario, use.trigger, escalation, targets(ctx, 45), 'new-means');
}
