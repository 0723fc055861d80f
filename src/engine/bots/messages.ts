// Composing public messages from the scenario's building blocks, the way a good (or a poor)
// communication adviser would (DOMAIN.md §5). The blocks and their tags are the scenario's data.
import type { Block, Scenario } from '../scenario/schema.js';
import type { Voice } from '../scenario/vocabulary.js';
import { holds } from '../session/conditions.js';
import { confirmedFactIds } from '../session/facts.js';
import type { ExerciseState } from '../session/types.js';
import { expectedNow } from './expectations.js';

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

function breaksAPrinciple(block: Block): boolean {
  return block.trap !== undefined || block.kind === 'trap' || block.principles.some((p) => p.effect === 'breaks');
}

/** A block is sound to say now when it is no trap and, if it states something, that is confirmed. */
function confirmedNow(block: Block, confirmed: ReadonlySet<string>, minute: number): boolean {
  if (block.kind === 'fact') return confirmed.has(block.id);
  return block.confirmedAt === undefined || block.confirmedAt <= minute || confirmed.has(block.id);
}

export function completeAdvice(block: Block): boolean {
  return block.kind === 'actionAdvice' && block.what !== undefined && block.where !== undefined && block.until !== undefined;
}

function rebutsRumour(scenario: Scenario, block: Block, rumour: string): boolean {
  return block.rebuts.includes(rumour) || scenario.rumours.some((r) => r.id === rumour && r.rebuttedBy.includes(block.id));
}

/** Whether the situation calls for a protective instruction now: an inject expects one, or the C05 trigger holds. */
export function adviceExpected(scenario: Scenario, state: ExerciseState): { readonly block: string | null } | null {
  const isAdvice = (id: string) => scenario.communication.blocks.some((b) => b.id === id && b.kind === 'actionAdvice');
  for (const d of expectedNow(scenario, state, null)) {
    if (d.action === 'sendNlAlert') return { block: d.advice };
    if (d.action === 'publish' && d.block !== undefined && isAdvice(d.block)) return { block: d.block };
  }
  if ('sendNlAlert' in state.actionsTaken) return { block: null };
  const c05 = scenario.scoring.criteria.find((c) => c.criterion === 'C05');
  return c05?.trigger !== undefined && holds(state, c05.trigger) ? { block: null } : null;
}

/**
 * The doctrine message for a voice now: confirmed facts, the responders' work, resilience and a call
 * for calm, rebuttals of active rumours and, when one is expected, a complete action advice. Never a
 * trap, an unconfirmed fact or a block that contradicts anything already said. Empty when there is
 * nothing new to say (a message must add a fact, a rebuttal or an advice the public has not had).
 */
export function doctrineMessage(scenario: Scenario, state: ExerciseState, voice: Voice, required?: string): string[] {
  const confirmed = confirmedFactIds(scenario, state);
  const said = new Set(state.messages.flatMap((m) => m.blocks));
  const opposite = contradictionsOf(scenario);
  const chosen: string[] = [];
  const usable = (b: Block) =>
    b.voices.includes(voice) &&
    !breaksAPrinciple(b) &&
    confirmedNow(b, confirmed, state.minute) &&
    !chosen.includes(b.id) &&
    !(opposite.get(b.id) ?? []).some((other) => said.has(other) || chosen.includes(other));
  const blocks = scenario.communication.blocks;

  const required_ = required === undefined ? undefined : blocks.find((b) => b.id === required);
  if (required_ && usable(required_)) chosen.push(required_.id);
  for (const b of blocks) if (b.kind === 'fact' && usable(b)) chosen.push(b.id);
  const active = Object.entries(state.rumours).filter(([, r]) => r.rebuttedAt === undefined).map(([id]) => id);
  for (const rumour of active) {
    const rebuttal = blocks.find((b) => rebutsRumour(scenario, b, rumour) && usable(b));
    if (rebuttal) chosen.push(rebuttal.id);
  }
  const advice = adviceExpected(scenario, state);
  if (advice !== null) {
    const named = advice.block === null ? undefined : blocks.find((b) => b.id === advice.block);
    const block = named && completeAdvice(named) && usable(named) ? named : blocks.find((b) => completeAdvice(b) && usable(b));
    if (block && !said.has(block.id)) chosen.push(block.id);
  }
  const news = chosen.some((id) => !said.has(id));
  if (!news && state.messages.length > 0) return [];
  for (const kind of SUPPORTING_KINDS) {
    const b = blocks.find((x) => x.kind === kind && usable(x));
    if (b) chosen.push(b.id);
  }
  return chosen.length > 0 && (news || state.messages.length === 0) ? chosen : [];
}

/**
 * The poor message: the perpetrator's name and other traps, unconfirmed claims presented as fact, no
 * action advice and no rebuttal. What the strategy's communication principle warns against.
 */
export function poorMessage(scenario: Scenario, state: ExerciseState, voice: Voice): string[] {
  const confirmed = confirmedFactIds(scenario, state);
  const blocks = scenario.communication.blocks.filter((b) => b.voices.includes(voice));
  const traps = blocks.filter((b) => breaksAPrinciple(b));
  const unconfirmed = blocks.filter((b) => b.kind === 'fact' && !confirmed.has(b.id));
  const chosen = [...traps, ...unconfirmed].map((b) => b.id);
  if (chosen.length > 0) return chosen;
  const fact = blocks.find((b) => b.kind === 'fact');
  return fact ? [fact.id] : [];
}
