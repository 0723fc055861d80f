// Composing public messages from the scenario's building blocks, the way a good (or a poor)
// communication adviser would (DOMAIN.md §5). The blocks and their tags are the scenario's data.
import type { Block, Scenario } from '../scenario/schema.js';
import type { Voice } from '../scenario/vocabulary.js';
import { confirmedWhen } from '../session/facts.js';
import type { ExerciseState } from '../session/types.js';
import { knowsConfirmed } from '../knowledge/confirmation.js';
import { offeredBlocks } from '../knowledge/offer.js';
import { rumourKey } from '../knowledge/keys.js';
import { knows } from '../knowledge/store.js';

const SUPPORTING_KINDS = ['responders', 'resilience', 'calm'] as const;

const opposites = new WeakMap<Scenario, ReadonlyMap<string, readonly string[]>>();

/** For each block, the blocks the author marked as contradicting it (the one-voice check's pairs). */
function contradictionsOf(scenario: Scenario): ReadonlyMap<string, readonly string[]> {
  let map = opposites.get(scenario);
  if (!map) {
    const m = new Map<string, string[]>();
    for (const [a, b] of scenario.communication.contradictions) {
      m.set(a, [...(m.get(a) ?? []), b]);
      m.set(b, [...(m.get(b) ?? []), a]);
    }
    opposites.set(scenario, (map = m));
  }
  return map;
}

/**
 * Whether doctrine may say a block now: a fact only once its role knows it is confirmed (knowledge/confirmation.ts),
 * and a rebuttal only once what it rests on is confirmed (its own confirmation time or effect, if the scenario
 * gives it one) — doctrine checks with the source before it publishes or denies anything (DOMAIN.md §5). A
 * rebuttal is the communication team's prepared line, not knowledge (communication/checks.ts), so it keeps the
 * confirmation the scenario gives it.
 */
function established(scenario: Scenario, state: ExerciseState, roleId: string, b: Block): boolean {
  if (b.kind === 'fact') return knowsConfirmed(scenario, state, roleId, b);
  if (b.kind === 'rebuttal') return confirmedWhen(scenario, state, b, state.minute);
  return true;
}

function breaksAPrinciple(block: Block): boolean {
  return block.trap !== undefined || block.kind === 'trap' || block.principles.some((p) => p.effect === 'breaks');
}

export function completeAdvice(block: Block): boolean {
  return block.kind === 'actionAdvice' && block.what !== undefined && block.where !== undefined && block.until !== undefined;
}

function rebutsRumour(scenario: Scenario, block: Block, rumour: string): boolean {
  return block.rebuts.includes(rumour) || scenario.rumours.some((r) => r.id === rumour && r.rebuttedBy.includes(block.id));
}

/**
 * The doctrine message for a role now, from the blocks its composer offers: the facts it knows that are
 * confirmed (doctrine checks with the source before publishing), rebuttals of the rumours it has heard that
 * still go round, a complete action advice, then the responders' work, resilience and a call for calm. Never
 * a pitfall — naming the perpetrator, speculating, stigmatising (DOMAIN.md §5) — and never a block that
 * contradicts what was already said. Empty when there is nothing new to say.
 */
export function doctrineMessage(scenario: Scenario, state: ExerciseState, roleId: string, voice: Voice): string[] {
  const said = new Set(state.messages.flatMap((m) => m.blocks));
  const opposite = contradictionsOf(scenario);
  const offered = offeredBlocks(scenario, state, roleId, voice);
  const chosen: string[] = [];
  const usable = (b: Block) =>
    !breaksAPrinciple(b) &&
    established(scenario, state, roleId, b) &&
    !chosen.includes(b.id) &&
    !(opposite.get(b.id) ?? []).some((other) => said.has(other) || chosen.includes(other));

  for (const b of offered) if (b.kind === 'fact' && usable(b)) chosen.push(b.id);
  const heard = Object.entries(state.rumours).filter(([id, r]) => r.rebuttedAt === undefined && knows(state, roleId, rumourKey(id))).map(([id]) => id);
  for (const rumour of heard) {
    const rebuttal = offered.find((b) => rebutsRumour(scenario, b, rumour) && usable(b));
    if (rebuttal) chosen.push(rebuttal.id);
  }
  // The most specific advice the role knows enough to give: one it had to learn of first, else a general one.
  const advice = [...offered.filter((b) => b.needs.length > 0), ...offered.filter((b) => b.needs.length === 0)].find((b) => completeAdvice(b) && usable(b));
  if (advice && !said.has(advice.id)) chosen.push(advice.id);
  const news = chosen.some((id) => !said.has(id));
  if (!news && state.messages.length > 0) return [];
  for (const kind of SUPPORTING_KINDS) {
    const b = offered.find((x) => x.kind === kind && usable(x));
    if (b) chosen.push(b.id);
  }
  return chosen.length > 0 && (news || state.messages.length === 0) ? chosen : [];
}

/**
 * The poor message: the perpetrator's name and other traps, unconfirmed claims presented as fact, no
 * action advice and no rebuttal — from the blocks the role's composer offers now, as a poor adviser at
 * that screen would. What the strategy's communication principle warns against.
 */
export function poorMessage(scenario: Scenario, state: ExerciseState, roleId: string, voice: Voice): string[] {
  const blocks = offeredBlocks(scenario, state, roleId, voice);
  const traps = blocks.filter((b) => breaksAPrinciple(b));
  // What the role does not know to be confirmed: a poor adviser publishes it without checking with the source.
  const unconfirmed = blocks.filter((b) => b.kind === 'fact' && !knowsConfirmed(scenario, state, roleId, b));
  const chosen = [...traps, ...unconfirmed].map((b) => b.id);
  if (chosen.length > 0) return chosen;
  const fact = blocks.find((b) => b.kind === 'fact');
  return fact ? [fact.id] : [];
}
