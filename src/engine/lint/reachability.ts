// The static pass: what can happen in some play of this scenario, found without playing. It starts from
// what happens for sure (timed injects, decisions without a condition, board actions) and adds whatever a
// condition over the things found so far could allow, until nothing more is added (a least fixed point).
// Everything is over-approximated, so what stays out can provably never happen.
import type { Condition, EffectT, Scenario } from '../scenario/schema.js';
import { capabilities, type Capabilities } from './capabilities.js';
import { judge, type Atom, type ConditionFacts, type Quantity, type Verdict } from './condition-logic.js';
import { points, span, type Domain } from './domains.js';
import { structureReach, type StructureReach } from './structure-reach.js';

export interface StaticFacts {
  readonly reach: StructureReach;
  readonly can: Capabilities;
  /** Injects that may be delivered (timed, triggered, scheduled by an effect, or fired by the trainer). */
  readonly injects: ReadonlySet<string>;
  /** Injects an effect that may happen schedules. */
  readonly scheduled: ReadonlySet<string>;
  readonly decisions: ReadonlySet<string>;
  readonly rumours: ReadonlySet<string>;
  /** Rumours some publishable block rebuts. */
  readonly rebuttable: ReadonlySet<string>;
  /** Variables an effect that may happen (or a spreading rumour) changes. */
  readonly changed: ReadonlySet<string>;
  readonly domains: ReadonlyMap<string, Domain>;
  /** The highest round number a play can reach (trainer jumps of one minute included). */
  readonly maxRound: number;
  judge(c: Condition): Verdict;
  /** The earliest minute a test like "delivered" or "decided" can first hold, when the scenario fixes it. */
  earliest(atom: Atom): number | null;
}

interface Source {
  readonly effects: readonly EffectT[];
  /** How often the source can fire in one play. */
  readonly times: number;
  readonly active: (found: Found) => boolean;
}

interface Found {
  readonly injects: ReadonlySet<string>;
  readonly decisions: ReadonlySet<string>;
  readonly rumours: ReadonlySet<string>;
}

function sources(scenario: Scenario): Source[] {
  const out: Source[] = [];
  for (const inject of scenario.injects) {
    out.push({ effects: inject.effects, times: 1, active: (f) => f.injects.has(inject.id) });
    for (const v of inject.variants) out.push({ effects: v.effects, times: 1, active: (f) => f.injects.has(inject.id) });
  }
  for (const d of scenario.decisions) for (const o of d.options) out.push({ effects: o.effects, times: 1, active: (f) => f.decisions.has(d.id) });
  for (const a of scenario.picture.boardActions) out.push({ effects: a.effects, times: a.once ? 1 : Infinity, active: () => true });
  return out;
}

/** A timed inject arrives when its seeded variant's delay still falls inside the exercise. */
export function timedArrivals(scenario: Scenario, inject: Scenario['injects'][number]): number[] {
  if (inject.at === undefined) return [];
  return inject.variants.length === 0 ? [inject.at] : inject.variants.map((v) => inject.at! + v.delayMinutes);
}

function variableDomains(scenario: Scenario, active: readonly Source[], rumours: ReadonlySet<string>, maxRound: number): { domains: Map<string, Domain>; changed: Set<string> } {
  const domains = new Map<string, Domain>();
  const changed = new Set<string>();
  for (const v of scenario.variables) {
    let lo = typeof v.initial === 'number' ? v.initial : v.initial.min;
    let hi = typeof v.initial === 'number' ? v.initial : v.initial.max;
    let up = 0;
    let down = 0;
    const add = (min: number, max: number, times: number) => {
      if (max > 0) up += max * times;
      if (min < 0) down += min * times;
    };
    for (const source of active) {
      for (const e of source.effects) {
        if (e.kind !== 'variable' || e.variable !== v.id) continue;
        changed.add(v.id);
        if (e.set !== undefined) {
          lo = Math.min(lo, e.set);
          hi = Math.max(hi, e.set);
        }
        if (e.add !== undefined) {
          const a = e.add;
          add(typeof a === 'number' ? a : a.min, typeof a === 'number' ? a : a.max, source.times);
        }
      }
    }
    for (const r of scenario.rumours) {
      if (r.reach !== v.id || !rumours.has(r.id)) continue;
      changed.add(v.id);
      const s = r.spreadPerRound;
      add(typeof s === 'number' ? s : s.min, typeof s === 'number' ? s : s.max, maxRound);
    }
    // Every change is clamped to the variable's range, so the range bounds whatever the sums say.
    domains.set(v.id, span(Math.max(v.min, Math.min(lo + down, v.max)), Math.min(v.max, Math.max(hi + up, v.min))));
  }
  return { domains, changed };
}

export function staticFacts(scenario: Scenario): StaticFacts {
  const reach = structureReach(scenario);
  const can = capabilities(scenario, reach);
  const { endsAt } = scenario.clock;
  const maxRound = endsAt + 1;
  const all = sources(scenario);
  const rebuttable = new Set(
    scenario.rumours
      .filter((r) => r.rebuttedBy.some((b) => can.publishable.has(b)) || scenario.communication.blocks.some((b) => b.rebuts.includes(r.id) && can.publishable.has(b.id)))
      .map((r) => r.id),
  );

  let found: Found = {
    injects: new Set(scenario.injects.filter((i) => i.optional || (!i.optional && timedArrivals(scenario, i).some((t) => t <= endsAt))).map((i) => i.id)),
    decisions: new Set(scenario.decisions.filter((d) => d.when === undefined).map((d) => d.id)),
    rumours: new Set(scenario.rumours.filter((r) => r.startsAt !== undefined && r.when === undefined).map((r) => r.id)),
  };

  const factsFor = (f: Found) => {
    const active = all.filter((s) => s.active(f));
    const { domains, changed } = variableDomains(scenario, active, f.rumours, maxRound);
    const scheduled = new Set(active.flatMap((s) => s.effects.flatMap((e) => (e.kind === 'inject' ? [e.inject] : []))));
    const started = new Set(active.flatMap((s) => s.effects.flatMap((e) => (e.kind === 'startRumour' ? [e.rumour] : []))));
    const oracle: ConditionFacts = {
      domain: (q: Quantity) => {
        if (q === 'time') return span(0, endsAt, true);
        if (q === 'round') return span(0, maxRound, true);
        if (q === 'grip') return points(reach.grips);
        if (q === 'threat:national') return points(reach.threatNational);
        if (q === 'threat:region') return points(reach.threatRegion);
        return domains.get(q.slice('variable:'.length)) ?? points([0]);
      },
      canBeTrue: (a: Atom) => atomCanBeTrue(scenario, a, { ...f, reach, can, rebuttable }),
      canBeFalse: (a: Atom) => atomCanBeFalse(a, reach),
      earliest: (a: Atom) => earliestTrue(scenario, a, scheduled),
    };
    return { domains, changed, scheduled, started, oracle };
  };

  for (;;) {
    const { scheduled, started, oracle } = factsFor(found);
    const possible = (c: Condition | undefined) => c === undefined || judge(c, oracle) !== 'never';
    const next: Found = {
      injects: new Set([
        ...found.injects,
        ...scheduled,
        ...scenario.injects.filter((i) => !i.optional && i.at === undefined && i.when !== undefined && possible(i.when)).map((i) => i.id),
      ]),
      decisions: new Set([...found.decisions, ...scenario.decisions.filter((d) => possible(d.when)).map((d) => d.id)]),
      rumours: new Set([
        ...found.rumours,
        ...started,
        ...scenario.rumours.filter((r) => r.when !== undefined && possible(r.when)).map((r) => r.id),
      ]),
    };
    const grew = next.injects.size > found.injects.size || next.decisions.size > found.decisions.size || next.rumours.size > found.rumours.size;
    found = next;
    if (!grew) break;
  }

  const final = factsFor(found);
  return {
    reach,
    can,
    injects: found.injects,
    scheduled: final.scheduled,
    decisions: found.decisions,
    rumours: found.rumours,
    rebuttable,
    changed: final.changed,
    domains: final.domains,
    maxRound,
    judge: (c) => judge(c, final.oracle),
    earliest: (a) => earliestTrue(scenario, a, final.scheduled),
  };
}

interface AtomWorld extends Found {
  readonly reach: StructureReach;
  readonly can: Capabilities;
  readonly rebuttable: ReadonlySet<string>;
}

function atomCanBeTrue(scenario: Scenario, a: Atom, w: AtomWorld): boolean {
  if ('teamActive' in a) return w.reach.teamsSometimes.has(a.teamActive);
  if ('dsi' in a) return w.reach.dsi.has(a.dsi);
  if ('decided' in a) {
    if (!w.decisions.has(a.decided)) return false;
    const d = scenario.decisions.find((x) => x.id === a.decided);
    return a.option === undefined || (d?.options.some((o) => o.id === a.option) ?? false);
  }
  if ('delivered' in a) return w.injects.has(a.delivered);
  if ('published' in a) return w.can.publishable.has(a.published);
  if ('rumourActive' in a) return w.rumours.has(a.rumourActive);
  if ('rumourRebutted' in a) return w.rumours.has(a.rumourRebutted) && w.rebuttable.has(a.rumourRebutted);
  if ('boardAction' in a) return scenario.picture.boardActions.some((b) => b.id === a.boardAction);
  return w.can.actions.has(a.structureAction);
}

/**
 * When an atom can first hold: a timed inject not before its time (with its quickest seeded variant), a
 * decision not before it opens. Null when something else (the trainer, an effect, a condition) can make it earlier.
 */
function earliestTrue(scenario: Scenario, a: Atom, scheduled: ReadonlySet<string>): number | null {
  if ('delivered' in a) {
    const inject = scenario.injects.find((i) => i.id === a.delivered);
    if (!inject || inject.optional || inject.at === undefined || scheduled.has(inject.id)) return null;
    return Math.min(...timedArrivals(scenario, inject));
  }
  if ('decided' in a) return scenario.decisions.find((d) => d.id === a.decided)?.opensAt ?? null;
  return null;
}

/** Everything starts out not done; only the structure has states that hold throughout (the NCC is always on). */
function atomCanBeFalse(a: Atom, reach: StructureReach): boolean {
  if ('teamActive' in a) return !reach.teamsAlways.has(a.teamActive);
  if ('dsi' in a) return a.dsi !== 'none' || reach.dsi.size > 1;
  return true;
}
