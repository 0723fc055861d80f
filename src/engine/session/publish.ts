// Publishing a public message: compose from blocks, move the communication lifecycle, check the
// message against the principles (DOMAIN.md §5), and let its facts rebut rumours.
import { checkMessage } from '../communication/checks.js';
import { communicationMachine, type CommunicationEvent, type CommunicationSnapshot } from '../communication/machine.js';
import { pureTransition } from '../machines/pure-transition.js';
import { hasActionAdvice, validateComposition, type OwnWords, type PublishedMessage } from '../communication/message.js';
import { statedBlocks } from '../communication/own-words.js';
import type { Role } from '../scenario/schema.js';
import type { Voice } from '../scenario/vocabulary.js';
import { holds } from './conditions.js';
import { confirmedFactIds, confirmedFrom, confirmedWhen } from './facts.js';
import { rebutRumours } from './rumours.js';
import { refuse, type Step } from './step.js';
import { learnFromMessage } from '../knowledge/learn.js';
import { knows } from '../knowledge/store.js';
import { factKey } from '../knowledge/keys.js';

const snapshots = new WeakMap<object, CommunicationSnapshot>();

function communicationSnapshot(step: Step): CommunicationSnapshot {
  const stored = step.s.communication;
  let snap = snapshots.get(stored);
  if (!snap) {
    snap = communicationMachine.resolveState(stored as unknown as Parameters<typeof communicationMachine.resolveState>[0]);
    snapshots.set(stored, snap);
  }
  return snap;
}

export function moveCommunication(step: Step, event: CommunicationEvent): void {
  const snap = communicationSnapshot(step);
  if (!snap.can(event)) return;
  const next = pureTransition(communicationMachine, snap, event);
  const stored = { value: next.value, context: { ...next.context } };
  snapshots.set(stored, next);
  step.s.communication = stored;
}

/** When each confirmed fact block became confirmed: a confirmFact effect's minute, or its own confirmedAt. */
function confirmedSince(step: Step): Map<string, number> {
  const since = new Map<string, number>();
  for (const b of step.scenario.communication.blocks) {
    const from = confirmedFrom(b, step.s);
    if (from !== undefined) since.set(b.id, from);
  }
  return since;
}

/**
 * The facts confirmed now and since when, read once per `facts` record and minute: every publication asked it of
 * every block of the scenario, while the record changes only when an effect confirms a fact. A record the step has
 * copied is being written, so it is read afresh and not kept (as the trigger groups in deliver.ts do).
 */
interface Confirmed {
  readonly scenario: Step['scenario'];
  readonly minute: number;
  readonly ids: ReadonlySet<string>;
  readonly since: ReadonlyMap<string, number>;
}

const confirmedByFacts = new WeakMap<object, Confirmed>();

function confirmedAtStep(step: Step): Confirmed {
  const facts = step.s.facts;
  const unchanged = facts === step.before.facts;
  const kept = unchanged ? confirmedByFacts.get(facts) : undefined;
  if (kept && kept.scenario === step.scenario && kept.minute === step.s.minute) return kept;
  const fresh: Confirmed = { scenario: step.scenario, minute: step.s.minute, ids: confirmedFactIds(step.scenario, step.s), since: confirmedSince(step) };
  if (unchanged) confirmedByFacts.set(facts, fresh);
  return fresh;
}

export function publishMessage(step: Step, role: Role, blocks: readonly string[], voice: Voice, channel: string, own?: OwnWords): PublishedMessage {
  if (!own) {
    const refusal = validateComposition(step.scenario, { blocks, voice }, voice);
    if (refusal) refuse(refusal.code, refusal.params);
  }
  const earlier = step.s.messages;
  const message: PublishedMessage = {
    id: `m${earlier.length + 1}`,
    seq: earlier.length + 1,
    minute: step.s.minute,
    round: step.s.round,
    role: role.id,
    voice,
    blocks: [...blocks],
    ...(own ? { own } : {}),
  };
  const activeRumours = Object.entries(step.s.rumours)
    .filter(([, r]) => r.rebuttedAt === undefined)
    .map(([id]) => id);
  const confirmed = confirmedAtStep(step);
  // What the publisher knows now (knowledge/store.ts): own words rest only on facts their writer knew.
  const writerKnows = (block: string) => step.idx.blocks.get(block)?.kind !== 'fact' || knows(step.s, role.id, factKey(block));
  const findings = checkMessage({
    scenario: step.scenario,
    message,
    confirmedFacts: confirmed.ids,
    notifiedAt: step.s.notifiedAt,
    earlierMessages: earlier,
    activeRumours,
    holds: (c) => holds(step.s, c),
    confirmedSince: confirmed.since,
    writerKnows,
  });
  step.s.messages = earlier.append(message);
  moveCommunication(step, { type: 'PUBLISH', hasActionAdvice: hasActionAdvice(step.scenario, blocks, own), minute: step.s.minute });
  learnFromMessage(
    step,
    blocks,
    step.emit('messagePublished', 'public', {
      message: message.id,
      role: role.id,
      voice,
      blocks: message.blocks,
      channel,
      ...(own ? { ownWords: true, lang: own.lang, audience: own.audience } : {}),
    }),
  );
  if (findings.length > 0) step.s.findings = step.s.findings.concat(findings.map((finding) => ({ message: message.id, finding })));
  for (const finding of findings) step.emit('communicationFinding', 'trainer', { message: message.id, ...finding });
  // Only what is confirmed now rebuts (DOMAIN.md §7, C11): an unconfirmed "rebuttal" is published, flagged by
  // the factual check, and the rumour spreads on. Own words rebut with the same confirmed fact a block would
  // carry, when they state its claims and their writer knew it.
  const confirmedNow = (id: string) => {
    const block = step.idx.blocks.get(id);
    return block !== undefined && confirmedWhen(step.scenario, step.s, block, step.s.minute);
  };
  const rebutting = own ? statedBlocks(step.scenario, own.claims).map((b) => b.id).filter((id) => confirmedNow(id) && writerKnows(id)) : blocks.filter(confirmedNow);
  rebutRumours(step, rebutting, message.id);
  return message;
}
