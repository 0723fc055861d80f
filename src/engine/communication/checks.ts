// Pure checks of one published message against the communication principles after an attack
// (DOMAIN.md §5, strategy "Communicatie"). Each principle has its own small function; checkMessage runs
// them all. A finding is evidence for scoring (DOMAIN.md §7 criteria 1–5, 9–11) and for the debrief,
// so only findings that say something are emitted: a principle the message does not touch stays silent.
import type { Condition, Scenario, Block } from '../scenario/schema.js';
import { PRINCIPLES, type Principle, type TrapKind } from '../scenario/vocabulary.js';
import { messageBlocks, type PublishedMessage } from './message.js';

export type Verdict = 'ok' | 'breach' | 'partly';

export const FINDING_CODES = [
  'allowed-by-condition',
  'perpetrator-name',
  'perpetrator-photo',
  'perpetrator-manifesto',
  'perpetrator-glorifying',
  'unconfirmed-fact',
  'facts-confirmed',
  'unknown-said',
  'motive-speculation',
  'unconfirmed-claim',
  'first-message-on-time',
  'first-message-late',
  'first-message-too-late',
  'advice-complete',
  'advice-missing-what',
  'advice-missing-where',
  'advice-missing-until',
  'advice-missing-what-where',
  'advice-missing-what-until',
  'advice-missing-where-until',
  'advice-missing-what-where-until',
  'stigmatising',
  'calls-for-calm',
  'response-resilience-shown',
  'response-resilience-missing',
  'contradicts-other-voice',
  'corrects-earlier',
  'rumour-rebutted',
  'rumour-rebutted-unconfirmed',
  'victim-identity',
  'fear-amplifying',
  'tag-serves',
  'tag-breaks',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  readonly principle: Principle;
  readonly verdict: Verdict;
  readonly code: FindingCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** The blocks the finding is about (of this message, and for one-voice also of the earlier one). */
  readonly blocks: readonly string[];
}

export interface CheckInput {
  readonly scenario: Scenario;
  readonly message: PublishedMessage;
  /** Fact block ids confirmed at the moment of publication (by confirmedAt or by a confirmFact effect). */
  readonly confirmedFacts: ReadonlySet<string>;
  /** Scenario minute of the first notification; null when none has been delivered. */
  readonly notifiedAt: number | null;
  /** Messages published before this one, in order. */
  readonly earlierMessages: readonly PublishedMessage[];
  /** Rumours spreading at the moment of publication, not yet rebutted. */
  readonly activeRumours: readonly string[];
  /** Evaluates a scenario condition (a trap's allowedWhen) in the current exercise state. */
  readonly holds: (c: Condition) => boolean;
}

/** The principle each kind of trap breaks. */
export const TRAP_PRINCIPLE: Readonly<Record<TrapKind, Principle>> = {
  perpetratorName: 'perpetratorAttention',
  perpetratorPhoto: 'perpetratorAttention',
  manifesto: 'perpetratorAttention',
  glorifying: 'perpetratorAttention',
  motiveSpeculation: 'factual',
  unconfirmedClaim: 'factual',
  stigmatising: 'deEscalation',
  victimIdentity: 'victimRespect',
  fearAmplifying: 'proportionateTone',
};

const TRAP_CODE: Readonly<Record<TrapKind, FindingCode>> = {
  perpetratorName: 'perpetrator-name',
  perpetratorPhoto: 'perpetrator-photo',
  manifesto: 'perpetrator-manifesto',
  glorifying: 'perpetrator-glorifying',
  motiveSpeculation: 'motive-speculation',
  unconfirmedClaim: 'unconfirmed-claim',
  stigmatising: 'stigmatising',
  victimIdentity: 'victim-identity',
  fearAmplifying: 'fear-amplifying',
};

/** A fact counts as confirmed once the engine says so, or once its own confirmedAt has passed. */
export function isFactConfirmed(block: Block, confirmedFacts: ReadonlySet<string>, minute: number): boolean {
  return confirmedFacts.has(block.id) || (block.confirmedAt !== undefined && block.confirmedAt <= minute);
}

function blocksOf(input: CheckInput): Block[] {
  return messageBlocks(input.scenario, input.message.blocks);
}

function allowed(block: Block, input: CheckInput): boolean {
  return block.allowedWhen !== undefined && input.holds(block.allowedWhen);
}

/** Traps of this principle: a breach, unless the trap's own condition allows it right now. */
function trapFindings(input: CheckInput, principle: Principle): Finding[] {
  const findings: Finding[] = [];
  for (const block of blocksOf(input)) {
    if (!block.trap || TRAP_PRINCIPLE[block.trap] !== principle) continue;
    findings.push(
      allowed(block, input)
        ? { principle, verdict: 'ok', code: 'allowed-by-condition', params: { block: block.id, trap: block.trap }, blocks: [block.id] }
        : { principle, verdict: 'breach', code: TRAP_CODE[block.trap], params: { block: block.id }, blocks: [block.id] },
    );
  }
  return findings;
}

/**
 * The author's explicit tags: "breaks" is a breach unless the block's allowedWhen holds, "serves" is ok.
 * A block the rule of the principle already judged is not judged twice.
 */
function withTags(input: CheckInput, principle: Principle, findings: Finding[]): Finding[] {
  const judged = new Set(findings.flatMap((f) => f.blocks));
  const tagged: Finding[] = [];
  for (const block of blocksOf(input)) {
    if (judged.has(block.id)) continue;
    for (const tag of block.principles) {
      if (tag.principle !== principle) continue;
      const params = { block: block.id };
      if (tag.effect === 'serves') tagged.push({ principle, verdict: 'ok', code: 'tag-serves', params, blocks: [block.id] });
      else if (allowed(block, input)) tagged.push({ principle, verdict: 'ok', code: 'allowed-by-condition', params, blocks: [block.id] });
      else tagged.push({ principle, verdict: 'breach', code: 'tag-breaks', params, blocks: [block.id] });
      break;
    }
  }
  return [...findings, ...tagged];
}

/** Strategy: after an attack perpetrators get as little attention as possible. */
export function perpetratorAttention(input: CheckInput): Finding[] {
  return withTags(input, 'perpetratorAttention', trapFindings(input, 'perpetratorAttention'));
}

/** Strategy: messages are transparent and traceable to facts; unknowns are said to be unknown. */
export function factual(input: CheckInput): Finding[] {
  const findings = trapFindings(input, 'factual');
  const confirmed: string[] = [];
  const unknowns: string[] = [];
  for (const block of blocksOf(input)) {
    if (block.kind === 'unknown') unknowns.push(block.id);
    if (block.kind !== 'fact') continue;
    if (isFactConfirmed(block, input.confirmedFacts, input.message.minute)) confirmed.push(block.id);
    else findings.push({ principle: 'factual', verdict: 'breach', code: 'unconfirmed-fact', params: { block: block.id }, blocks: [block.id] });
  }
  if (confirmed.length > 0) {
    findings.push({ principle: 'factual', verdict: 'ok', code: 'facts-confirmed', params: { count: confirmed.length }, blocks: confirmed });
  }
  if (unknowns.length > 0) {
    findings.push({ principle: 'factual', verdict: 'ok', code: 'unknown-said', params: { count: unknowns.length }, blocks: unknowns });
  }
  return withTags(input, 'factual', findings);
}

/** Only the first message is timed; the scenario sets the target (there is no official norm). */
export function timely(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  if (input.earlierMessages.length === 0 && input.notifiedAt !== null) {
    const target = input.scenario.communication.firstMessageTargetMinutes;
    const minutes = Math.max(0, input.message.minute - input.notifiedAt);
    const params = { minutes, target };
    if (minutes <= target) findings.push({ principle: 'timely', verdict: 'ok', code: 'first-message-on-time', params, blocks: [] });
    else if (minutes <= 2 * target) findings.push({ principle: 'timely', verdict: 'partly', code: 'first-message-late', params, blocks: [] });
    else findings.push({ principle: 'timely', verdict: 'breach', code: 'first-message-too-late', params, blocks: [] });
  }
  return withTags(input, 'timely', findings);
}

const ADVICE_PARTS = ['what', 'where', 'until'] as const;

/** COT evaluation of Utrecht 2019: a stay-indoors advice must say what, where and how long. */
export function actionPerspective(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  for (const block of blocksOf(input)) {
    if (block.kind !== 'actionAdvice') continue;
    const missing = ADVICE_PARTS.filter((part) => block[part] === undefined);
    findings.push(
      missing.length === 0
        ? { principle: 'actionPerspective', verdict: 'ok', code: 'advice-complete', params: { block: block.id }, blocks: [block.id] }
        : {
            principle: 'actionPerspective',
            verdict: 'breach',
            code: `advice-missing-${missing.join('-')}` as FindingCode,
            params: { block: block.id, missing: missing.join(', ') },
            blocks: [block.id],
          },
    );
  }
  return withTags(input, 'actionPerspective', findings);
}

/** Strategy: effective and de-escalating communication limits unrest, reprisals and counter-actions. */
export function deEscalation(input: CheckInput): Finding[] {
  const findings = trapFindings(input, 'deEscalation');
  const calm = blocksOf(input).filter((b) => b.kind === 'calm').map((b) => b.id);
  if (calm.length > 0) findings.push({ principle: 'deEscalation', verdict: 'ok', code: 'calls-for-calm', params: {}, blocks: calm });
  return withTags(input, 'deEscalation', findings);
}

function showsResponseOrResilience(block: Block): boolean {
  return (
    block.kind === 'responders' ||
    block.kind === 'resilience' ||
    block.principles.some((t) => t.principle === 'responseResilience' && t.effect === 'serves')
  );
}

/** Strategy: the focus is on making visible the work of the CT partners and society's resilience. */
export function responseResilience(input: CheckInput): Finding[] {
  const shown = blocksOf(input).filter(showsResponseOrResilience).map((b) => b.id);
  // Not every message must show it, so a message without it is "partly"; scoring aggregates over messages.
  const findings: Finding[] =
    shown.length > 0
      ? [{ principle: 'responseResilience', verdict: 'ok', code: 'response-resilience-shown', params: {}, blocks: shown }]
      : [{ principle: 'responseResilience', verdict: 'partly', code: 'response-resilience-missing', params: {}, blocks: [] }];
  return withTags(input, 'responseResilience', findings);
}

const contradictionIndexes = new WeakMap<Scenario, ReadonlySet<string>>();

/** Whether the author marked these two blocks as contradicting each other, in either order. */
export function contradicts(scenario: Scenario, a: string, b: string): boolean {
  let index = contradictionIndexes.get(scenario);
  if (!index) {
    index = new Set(scenario.communication.contradictions.flatMap(([x, y]) => [`${x}\u0000${y}`, `${y}\u0000${x}`]));
    contradictionIndexes.set(scenario, index);
  }
  return index.has(`${a}\u0000${b}`);
}

/**
 * COT evaluation of Utrecht 2019: national and local messages needed alignment. Contradicting an earlier
 * message of another voice breaks the one voice; contradicting one's own earlier message is a correction.
 */
export function oneVoice(input: CheckInput): Finding[] {
  const { scenario, message } = input;
  const findings: Finding[] = [];
  for (const earlier of input.earlierMessages) {
    if (earlier.id === message.id) continue;
    const ours = new Set<string>();
    const theirs = new Set<string>();
    for (const a of message.blocks) {
      for (const b of earlier.blocks) {
        if (contradicts(scenario, a, b)) {
          ours.add(a);
          theirs.add(b);
        }
      }
    }
    if (ours.size === 0) continue;
    const blocks = [...ours, ...[...theirs].filter((b) => !ours.has(b))];
    const params = { message: message.id, earlier: earlier.id, voice: message.voice, earlierVoice: earlier.voice };
    findings.push(
      earlier.voice === message.voice
        ? { principle: 'oneVoice', verdict: 'partly', code: 'corrects-earlier', params, blocks }
        : { principle: 'oneVoice', verdict: 'breach', code: 'contradicts-other-voice', params, blocks },
    );
  }
  return withTags(input, 'oneVoice', findings);
}

/** A block rebuts a rumour when either the block or the rumour says so. */
function rebutsRumour(scenario: Scenario, block: Block, rumourId: string): boolean {
  if (block.rebuts.includes(rumourId)) return true;
  return scenario.rumours.some((r) => r.id === rumourId && r.rebuttedBy.includes(block.id));
}

/** Injected rumours are rebutted with facts; a rebuttal resting on an unconfirmed "fact" only partly counts. */
export function rumourControl(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  const blocks = blocksOf(input);
  for (const rumour of input.activeRumours) {
    const rebutting = blocks.filter((b) => rebutsRumour(input.scenario, b, rumour));
    if (rebutting.length === 0) continue;
    const sound = rebutting.some((b) => b.kind !== 'fact' || isFactConfirmed(b, input.confirmedFacts, input.message.minute));
    findings.push({
      principle: 'rumourControl',
      verdict: sound ? 'ok' : 'partly',
      code: sound ? 'rumour-rebutted' : 'rumour-rebutted-unconfirmed',
      params: { rumour },
      blocks: rebutting.map((b) => b.id),
    });
  }
  return withTags(input, 'rumourControl', findings);
}

/** No victim identities before the families are informed. */
export function victimRespect(input: CheckInput): Finding[] {
  return withTags(input, 'victimRespect', trapFindings(input, 'victimRespect'));
}

/** Proportionality: no over-reaction that amplifies fear. */
export function proportionateTone(input: CheckInput): Finding[] {
  return withTags(input, 'proportionateTone', trapFindings(input, 'proportionateTone'));
}

export const PRINCIPLE_CHECKS: Readonly<Record<Principle, (input: CheckInput) => Finding[]>> = {
  perpetratorAttention,
  factual,
  timely,
  actionPerspective,
  deEscalation,
  responseResilience,
  oneVoice,
  rumourControl,
  victimRespect,
  proportionateTone,
};

/** Every finding for one published message, in the order of PRINCIPLES. */
export function checkMessage(input: CheckInput): Finding[] {
  return PRINCIPLES.flatMap((p) => PRINCIPLE_CHECKS[p](input));
}

