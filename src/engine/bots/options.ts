// How a bot judges a decision's options. The poor bot reads the author's assessments (meets / partly /
// misses) to find the weakest play on purpose. The doctrine bot does not: it weighs what each option does
// (doctrine's measures count for it; more unrest, reprisal risk, attention for the perpetrator or rumour
// reach, and less public trust, count against it), so its choices are not the scoring's answer key.
import type { Condition, Decision, DecisionOption, EffectT, Scenario } from '../scenario/schema.js';
import type { Office } from '../scenario/vocabulary.js';
import { warrantKnownTo } from '../scoring/warrants.js';
import type { ExerciseState } from '../session/types.js';

const VALUE = { meets: 1, partly: 0.5, misses: 0 } as const;

/** Mean assessment of an option; an option the author did not assess is neutral. */
export function assessedValue(option: DecisionOption): number {
  if (option.assessments.length === 0) return 0.5;
  return option.assessments.reduce((sum, a) => sum + VALUE[a.rating], 0) / option.assessments.length;
}

/** An option that does something in the structure (protect, alert, advise) rather than wait. */
function acts(option: DecisionOption): number {
  return option.effects.filter((e) => e.kind === 'structure' || e.kind === 'board').length;
}

/** The poor player: the option that misses, else the worst assessed; among equals the passive default. */
export function worstOption(decision: Decision): DecisionOption | undefined {
  return [...decision.options].sort(
    (a, b) =>
      assessedValue(a) - assessedValue(b) ||
      Number(b.id === decision.default) - Number(a.id === decision.default) ||
      acts(a) - acts(b),
  )[0];
}

/** Structure actions doctrine takes when a decision offers them (DOMAIN.md §2–§4). */
const DOCTRINE_KINDS: ReadonlySet<string> = new Set([
  'scale', 'convene', 'protect', 'alertPartners', 'shareInformation', 'openIac', 'registerVictims', 'outreach', 'responderAftercare',
  'distributeCasualties', 'sendNlAlert', 'requestDsi', 'planDsi', 'approveDsi', 'deployDsi', 'removalOrder', 'euCrisisProtocol', 'confirmIncident',
  // Flight safety first (DOMAIN.md §4): airport and airspace measures, each weighed against its warrant.
  'airportMeasure', 'airTraffic', 'restrictAirspace',
]);

/** Kinds of variable whose rise doctrine tries to prevent; public trust is the one it tries to raise. */
const HARMS: ReadonlySet<string> = new Set(['unrest', 'reprisalRisk', 'perpetratorAttention', 'rumourReach', 'casualties', 'injured']);

/** The offices that lead the criminal investigation and may ask the public's help to find a suspect. */
const INVESTIGATION: ReadonlySet<Office> = new Set(['policeChief', 'chiefPublicProsecutor']);

/**
 * Whose weighing: the deciding role, its office and the state it decides in (for proportionality, over what
 * it knows), and the card's opening condition: the question on the card tells the role what opened it.
 */
export interface Weighing {
  readonly role: string | null;
  readonly office: Office | null;
  readonly state: ExerciseState | null;
  readonly card?: Condition;
}

const NO_CONTEXT: Weighing = { role: null, office: null, state: null };

const investigates = (w: Weighing): boolean => w.office !== null && INVESTIGATION.has(w.office);

function mid(add: number | { readonly min: number; readonly max: number }): number {
  return typeof add === 'number' ? add : (add.min + add.max) / 2;
}

function direction(effect: Extract<EffectT, { kind: 'variable' }>): number {
  if (effect.set !== undefined || effect.add === undefined) return 0;
  return Math.sign(mid(effect.add));
}

const kindsByScenario = new WeakMap<Scenario, ReadonlyMap<string, string>>();

/** Each variable's kind, read once per scenario: options are weighed again for every comparison while sorting. */
function variableKinds(scenario: Scenario): ReadonlyMap<string, string> {
  let kinds = kindsByScenario.get(scenario);
  if (!kinds) kindsByScenario.set(scenario, (kinds = new Map(scenario.variables.map((v) => [v.id, v.kind]))));
  return kinds;
}

/**
 * Doctrine's weighing of what effects do: positive helps, negative harms. Two doctrine rules shape it:
 * proportionality (DOMAIN.md §7) — a structure measure whose warrant the deciding role does not know to hold
 * now counts against, as an over-reaction; and minimal perpetrator attention (DOMAIN.md §5, C02) — except when the investigation
 * (police, OM) itself decides to go public while it searches for a suspect: naming is then theirs to ask for.
 */
export function doctrineValue(scenario: Scenario, effects: readonly EffectT[], w: Weighing = NO_CONTEXT): number {
  const kinds = variableKinds(scenario);
  let value = 0;
  for (const e of effects) {
    if (e.kind === 'structure' && DOCTRINE_KINDS.has(e.do.action)) value += w.state === null || w.role === null || warrantKnownTo(scenario, w.state, w.role, e.do, w.card) ? 2 : -2;
    else if (e.kind === 'board') value += 1;
    else if (e.kind === 'variable') {
      const kind = kinds.get(e.variable) ?? 'custom';
      if (kind === 'perpetratorAttention' && investigates(w)) continue;
      if (HARMS.has(kind)) value -= direction(e);
      else if (kind === 'publicTrust') value += direction(e);
    }
  }
  return value;
}

/** How many of an option's effects raise a harm or lower public trust (doctrine's "first do no harm"). */
function harms(scenario: Scenario, effects: readonly EffectT[], w: Weighing): number {
  const kinds = variableKinds(scenario);
  let count = 0;
  for (const e of effects) {
    if (e.kind !== 'variable') continue;
    const kind = kinds.get(e.variable) ?? 'custom';
    if (kind === 'perpetratorAttention' && investigates(w)) continue;
    if ((HARMS.has(kind) && direction(e) > 0) || (kind === 'publicTrust' && direction(e) < 0)) count++;
  }
  return count;
}

/** Whether doctrine would take a board action: it helps and harms nothing more than it helps. */
export function helps(scenario: Scenario, effects: readonly EffectT[]): boolean {
  return doctrineValue(scenario, effects) > 0;
}

/**
 * Doctrine's option: the one whose effects weigh best; among equals the one that does least harm, then not
 * the default (the path of least resistance), then the author's order.
 */
export function doctrineOption(scenario: Scenario, decision: Decision, context: Weighing = NO_CONTEXT): DecisionOption | undefined {
  const w: Weighing = decision.when === undefined ? context : { ...context, card: decision.when };
  // Each option weighed once (the weighing reads the role's knowledge), then sorted on those figures: the
  // same order as weighing inside the comparison, which asked again for every pair.
  const weighed = decision.options.map((option) => ({ option, value: doctrineValue(scenario, option.effects, w), harm: harms(scenario, option.effects, w), isDefault: Number(option.id === decision.default) }));
  return weighed.sort((a, b) => b.value - a.value || a.harm - b.harm || a.isDefault - b.isDefault)[0]?.option;
}
