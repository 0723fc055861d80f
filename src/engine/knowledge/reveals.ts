// Which inject reveals what. An author can say it (`reveals` on an inject); where the author did not,
// it is derived from what the inject does, by rules documented in docs/authoring.md ("Knowledge"):
//  - a fact it confirms (a confirmFact effect of the inject or of the variant delivered),
//  - a rumour it starts (a startRumour effect),
//  - an information variable it changes (casualty and injured figures, or `information: true`),
//  - a place at risk whose point of interest its text names (in any of its languages),
//  - a fact with a `confirmedAt` time that nothing else reveals: the injects due first at or after that time.
// What no inject reveals at all — a place at risk, an information variable — is learnt by the roles its
// visibility names when the first notification arrives, so a version 1 file plays as it did. Lint lists
// every derived reveal (code "knowledge-derived") so the author can make it explicit.
import type { Inject, Scenario, TextT } from '../scenario/schema.js';
import { factKey, rumourKey, threatKey, variableKey, type KnowledgeKey } from './keys.js';

export interface InjectReveals {
  /** Whether the author listed them (then `base` is exactly that list and nothing is derived). */
  readonly explicit: boolean;
  readonly base: readonly KnowledgeKey[];
  /** Extra keys per variant (derived from a variant's own effects and text; empty when explicit). */
  readonly variants: readonly (readonly KnowledgeKey[])[];
}

/** Knowledge nobody's inject reveals: taught to these roles (all roles for 'all') with the first notification. */
export interface NotificationReveal {
  readonly key: KnowledgeKey;
  readonly roles: 'all' | readonly string[];
}

export interface RevealPlan {
  readonly injects: ReadonlyMap<string, InjectReveals>;
  readonly atNotification: readonly NotificationReveal[];
  /** Guesses lint reports: facts attached to the injects due at their confirmedAt, threats found by name in a text. */
  readonly guessed: readonly { readonly key: KnowledgeKey; readonly injects: readonly string[]; readonly by: 'clock' | 'name' }[];
}

const INFORMATION_KINDS: readonly string[] = ['casualties', 'injured'];

export function isInformationVariable(variable: Scenario['variables'][number]): boolean {
  return variable.information ?? INFORMATION_KINDS.includes(variable.kind);
}

const texts = (t: TextT | undefined): string[] => (t === undefined ? [] : typeof t === 'string' ? [t] : [t.nl, t.en]);

function namesPlace(inject: Inject, text: TextT | undefined, names: readonly string[]): boolean {
  const haystack = [...texts(inject.title), ...texts(text ?? inject.text)].join('\n').toLocaleLowerCase();
  return names.some((n) => n.length >= 3 && haystack.includes(n.toLocaleLowerCase()));
}

function derivedFrom(scenario: Scenario, inject: Inject, effects: Inject['effects'], text: TextT | undefined): KnowledgeKey[] {
  const info = new Set(scenario.variables.filter(isInformationVariable).map((v) => v.id));
  const keys: KnowledgeKey[] = [];
  for (const e of effects) {
    if (e.kind === 'confirmFact') keys.push(factKey(e.block));
    else if (e.kind === 'startRumour') keys.push(rumourKey(e.rumour));
    else if (e.kind === 'variable' && info.has(e.variable)) keys.push(variableKey(e.variable));
  }
  const pois = new Map(scenario.setting.map.pointsOfInterest.map((p) => [p.id, texts(p.name)]));
  for (const place of scenario.picture.atRisk) {
    if (namesPlace(inject, text, pois.get(place.poi) ?? [])) keys.push(threatKey(place.id));
  }
  return keys;
}

const plans = new WeakMap<Scenario, RevealPlan>();

export function revealPlan(scenario: Scenario): RevealPlan {
  let plan = plans.get(scenario);
  if (plan) return plan;
  const injects = new Map<string, { explicit: boolean; base: KnowledgeKey[]; variants: KnowledgeKey[][] }>();
  const guessed: { key: KnowledgeKey; injects: string[]; by: 'clock' | 'name' }[] = [];
  for (const inject of scenario.injects) {
    if (inject.reveals !== undefined) {
      injects.set(inject.id, { explicit: true, base: [...(inject.reveals as KnowledgeKey[])], variants: inject.variants.map(() => []) });
    } else {
      injects.set(inject.id, {
        explicit: false,
        base: derivedFrom(scenario, inject, inject.effects, inject.variants.length > 0 && inject.variants.every((v) => v.text !== undefined) ? undefined : inject.text),
        variants: inject.variants.map((v) => derivedFrom(scenario, inject, v.effects, v.text ?? inject.text)),
      });
    }
  }
  const revealed = new Set<string>();
  for (const [id, r] of injects) {
    for (const k of new Set([...r.base, ...r.variants.flat()])) {
      revealed.add(k);
      if (!r.explicit && k.startsWith('threat:')) guessed.push({ key: k, injects: [id], by: 'name' });
    }
  }

  // A fact confirmed by the clock that no inject reveals: part of the first notification when it is
  // confirmed by then (the incident itself), else it arrives with the injects due first at or after its time.
  const timed = scenario.injects.filter((i) => !i.optional && i.at !== undefined);
  const first = scenario.injects.find((i) => i.firstNotification);
  for (const block of scenario.communication.blocks) {
    if (block.kind !== 'fact' || block.confirmedAt === undefined || revealed.has(factKey(block.id))) continue;
    const withNotification = first !== undefined && !injects.get(first.id)?.explicit && (first.at === undefined || block.confirmedAt <= first.at);
    if (withNotification) {
      injects.get(first.id)?.base.push(factKey(block.id));
      revealed.add(factKey(block.id));
      continue;
    }
    const later = timed.filter((i) => (i.at ?? 0) >= (block.confirmedAt ?? 0) && !injects.get(i.id)?.explicit);
    const earliest = Math.min(...later.map((i) => i.at ?? 0));
    const due = later.filter((x) => x.at === earliest);
    for (const i of due) injects.get(i.id)?.base.push(factKey(block.id));
    if (due.length > 0) guessed.push({ key: factKey(block.id), injects: due.map((i) => i.id), by: 'clock' });
    if (later.length > 0) revealed.add(factKey(block.id));
  }

  const atNotification: NotificationReveal[] = [];
  const visibleTo = (v: Scenario['variables'][number]['visibility']): 'all' | readonly string[] =>
    v === 'public' ? 'all' : v === 'trainer' ? [] : v.roles;
  for (const place of scenario.picture.atRisk) {
    const key = threatKey(place.id);
    if (!revealed.has(key)) atNotification.push({ key, roles: visibleTo(place.visibility) });
  }
  for (const v of scenario.variables.filter(isInformationVariable)) {
    const key = variableKey(v.id);
    if (!revealed.has(key)) atNotification.push({ key, roles: visibleTo(v.visibility) });
  }
  plan = { injects, atNotification, guessed };
  plans.set(scenario, plan);
  return plan;
}

/** What delivering this inject (with this variant) teaches its audience, besides the inject itself. */
export function revealsOf(scenario: Scenario, inject: Inject, variant: number | null): readonly KnowledgeKey[] {
  const r = revealPlan(scenario).injects.get(inject.id);
  if (!r) return [];
  const extra = variant === null ? [] : (r.variants[variant] ?? []);
  return extra.length === 0 ? r.base : [...r.base, ...extra];
}
