// Publishing a public message: compose from blocks, move the communication lifecycle, check the
// message against the principles (DOMAIN.md §5), and let its facts rebut rumours.
import { checkMessage } from '../communication/checks.js';
import { communicationMachine, type CommunicationEvent, type CommunicationSnapshot } from '../communication/machine.js';
import { pureTransition } from '../machines/pure-transition.js';
import { hasActionAdvice, validateComposition, type PublishedMessage } from '../communication/message.js';
import type { Role } from '../scenario/schema.js';
import type { Voice } from '../scenario/vocabulary.js';
import { holds } from './conditions.js';
import { confirmedFactIds } from './facts.js';
import { rebutRumours } from './rumours.js';
import { refuse, type Step } from './step.js';
import { learnFromMessage } from '../knowledge/learn.js';

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

export function publishMessage(step: Step, role: Role, blocks: readonly string[], voice: Voice, channel: 'message' | 'nlAlert'): PublishedMessage {
  const refusal = validateComposition(step.scenario, { blocks, voice }, voice);
  if (refusal) refuse(refusal.code, refusal.params);
  const earlier = step.s.messages;
  const message: PublishedMessage = {
    id: `m${earlier.length + 1}`,
    seq: earlier.length + 1,
    minute: step.s.minute,
    round: step.s.round,
    role: role.id,
    voice,
    blocks: [...blocks],
  };
  const activeRumours = Object.entries(step.s.rumours)
    .filter(([, r]) => r.rebuttedAt === undefined)
    .map(([id]) => id);
  const findings = checkMessage({
    scenario: step.scenario,
    message,
    confirmedFacts: confirmedFactIds(step.scenario, step.s),
    notifiedAt: step.s.notifiedAt,
    earlierMessages: earlier,
    activeRumours,
    holds: (c) => holds(step.s, c),
  });
  step.s.messages = [...earlier, message];
  moveCommunication(step, { type: 'PUBLISH', hasActionAdvice: hasActionAdvice(step.scenario, blocks), minute: step.s.minute });
  learnFromMessage(step, blocks, step.emit('messagePublished', 'public', { message: message.id, role: role.id, voice, blocks: message.blocks, channel }));
  for (const finding of findings) {
    step.s.findings = [...step.s.findings, { message: message.id, finding }];
    step.emit('communicationFinding', 'trainer', { message: message.id, ...finding });
  }
  rebutRumours(step, blocks, message.id);
  return message;
}
