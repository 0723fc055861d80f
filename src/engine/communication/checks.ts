// Pure checks of one published message against the communication principles after an attack
// (DOMAIN.md §5, strategy "Communicatie"). Each principle has its own small function; checkMessage runs
// them all. A finding is evidence for scoring (DOMAIN.md §7 criteria 1–5, 9–11) and for the debrief,
// so only findings that say something are emitted: a principle the message does not touch stays silent.
import { UNKNOWN_VALUE, type Block, type ClaimT, type Condition, type Scenario } from '../scenario/schema.js';
import { PRINCIPLES, VOICES, type Principle, type TrapKind } from '../scenario/vocabulary.js';
import { covers, totalArea } from './areas.js';
import { blocksOf as messageBlockIds, messageBlocks, messageClaims, type PublishedMessage } from './message.js';
import { statedBlocks } from './own-words.js';
import { checkText } from './text/detect.js';
import type { TextMatch } from './text/terms.js';
import { AppendList, positionsIn, type KeyOf, type ListView } from '../session/append-list.js';
import { standsUnconfirmed } from '../session/facts.js';

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
  // messages in own words: the text checks (each with the words it matched)
  'motive-unknown-said',
  'victim-named-informed',
  'figure-contradicts-fact',
  'figure-confirmed',
  'readability-b1',
  'readability-below-b1',
  // claims on the scenario's subjects
  'claim-confirmed',
  'claim-contradicts-fact',
  'claim-unconfirmed',
  // whether an advice fits the danger
  'advice-fits',
  'advice-area-misses-danger',
  'advice-area-too-wide',
  'advice-without-danger',
  'advice-until-open',
  'advice-until-unrelated',
  // one voice by claims and time
  'self-contradiction',
  'contradicts-own-earlier',
  'update-after-fact',
  'timing-ahead-of-local',
  'timing-against-local',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  readonly principle: Principle;
  readonly verdict: Verdict;
  readonly code: FindingCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** The blocks the finding is about (of this message, and for one-voice also of the earlier one). */
  readonly blocks: readonly string[];
  /** For a text check: the words of the message it matched (start/end in the message text). */
  readonly matches?: readonly TextMatch[];
  /** True for a word-list suggestion on own words: an evaluator's rating of the message replaces it for scoring. */
  readonly suggestion?: boolean;
}

export interface CheckInput {
  readonly scenario: Scenario;
  readonly message: PublishedMessage;
  /** Fact block ids confirmed at the moment of publication (by confirmedAt or by a confirmFact effect). */
  readonly confirmedFacts: ReadonlySet<string>;
  /** Scenario minute of the first notification; null when none has been delivered. */
  readonly notifiedAt: number | null;
  /** Messages published before this one, in order (an AppendList in the engine: found by block through its index). */
  readonly earlierMessages: ListView<PublishedMessage>;
  /** Rumours spreading at the moment of publication, not yet rebutted. */
  readonly activeRumours: readonly string[];
  /** Evaluates a scenario condition (a trap's allowedWhen) in the current exercise state. */
  readonly holds: (c: Condition) => boolean;
  /**
   * Scenario minute from which each confirmed fact block holds (a confirmFact effect's minute, or its
   * confirmedAt). Without it, confirmedAt (or 0) is assumed: one voice then sees no fact as new.
   */
  readonly confirmedSince?: ReadonlyMap<string, number>;
  /**
   * Whether the publishing role knows a fact block at the moment of publication (the knowledge model:
   * knowledge/store.ts). A claim in own words is confirmed only by a fact its writer knew; a fact confirmed
   * elsewhere that has not reached the writer leaves the claim unconfirmed. Absent: the writer knows every
   * confirmed fact (the author's preview, which has no writer).
   */
  readonly writerKnows?: (block: string) => boolean;
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

// ---------------------------------------------------------------- own words: text, claims, advice fit

function sinceOf(input: CheckInput, block: Block): number | null {
  const since = input.confirmedSince?.get(block.id);
  if (since !== undefined) return since;
  if (!isFactConfirmed(block, input.confirmedFacts, input.message.minute)) return null;
  return block.confirmedAt ?? 0;
}

export interface ConfirmedClaim {
  readonly value: string | number;
  readonly block: string;
  readonly since: number;
}

/** What the confirmed fact blocks say on each subject at this moment; the latest confirmation wins. */
export function confirmedClaims(input: CheckInput): Map<string, ConfirmedClaim> {
  return claimsConfirmed(input, () => true);
}

/** What the confirmed fact blocks the writer knows say on each subject: what own words can rest on. */
export function writerConfirmedClaims(input: CheckInput): Map<string, ConfirmedClaim> {
  return claimsConfirmed(input, input.writerKnows ?? (() => true));
}

function claimsConfirmed(input: CheckInput, known: (block: string) => boolean): Map<string, ConfirmedClaim> {
  const out = new Map<string, ConfirmedClaim>();
  for (const block of input.scenario.communication.blocks) {
    if (block.kind !== 'fact' && block.kind !== 'rebuttal') continue;
    // Knowledge is of facts; a rebuttal is the communication team's own prepared line (knowledge/learn.ts).
    if (block.claims.length === 0 || (block.kind === 'fact' && !known(block.id))) continue;
    const since = sinceOf(input, block);
    if (since === null) continue;
    for (const claim of block.claims) {
      const prev = out.get(claim.subject);
      if (!prev || prev.since <= since) out.set(claim.subject, { value: claim.value, block: block.id, since });
    }
  }
  return out;
}

const textCache = new WeakMap<CheckInput, Finding[]>();

/** The text checks of a message in own words, run once per check and handed out per principle. */
function textFindings(input: CheckInput, principle: Principle): Finding[] {
  const own = input.message.own;
  if (!own) return [];
  let all = textCache.get(input);
  if (!all) {
    const numbers = new Map<string, number>();
    for (const [subject, c] of writerConfirmedClaims(input)) if (typeof c.value === 'number') numbers.set(subject, c.value);
    all = checkText({ scenario: input.scenario, lang: own.lang, text: own.text, holds: input.holds, confirmedNumbers: numbers }).map((f) => ({
      principle: f.principle,
      verdict: f.verdict,
      code: f.code,
      params: f.params,
      blocks: [],
      matches: f.matches,
      suggestion: true,
    }));
    textCache.set(input, all);
  }
  return all.filter((f) => f.principle === principle);
}

const claimParams = (c: ClaimT) => ({ subject: c.subject, value: String(c.value) });

/** The writer's own claims against the facts confirmed at this moment (block claims are judged as blocks). */
function ownClaimFindings(input: CheckInput): Finding[] {
  const own = input.message.own;
  if (!own) return [];
  const confirmed = writerConfirmedClaims(input);
  const out: Finding[] = [];
  for (const claim of own.claims) {
    const fact = confirmed.get(claim.subject);
    if (claim.value === UNKNOWN_VALUE) {
      out.push({ principle: 'factual', verdict: 'ok', code: 'unknown-said', params: { count: 1, ...claimParams(claim) }, blocks: [] });
    } else if (!fact) {
      out.push({ principle: 'factual', verdict: 'breach', code: 'claim-unconfirmed', params: claimParams(claim), blocks: [] });
    } else if (fact.value === claim.value) {
      out.push({ principle: 'factual', verdict: 'ok', code: 'claim-confirmed', params: { ...claimParams(claim), fact: fact.block }, blocks: [fact.block] });
    } else {
      out.push({
        principle: 'factual',
        verdict: 'breach',
        code: 'claim-contradicts-fact',
        params: { ...claimParams(claim), confirmed: String(fact.value), fact: fact.block },
        blocks: [fact.block],
      });
    }
  }
  return out;
}

/** How many times the danger's area an advice may cover before it is an over-reaction ("city-wide for two streets"). */
export const ADVICE_AREA_FACTOR = 4;

/** The dangers that hold right now. */
function activeDangers(input: CheckInput) {
  return input.scenario.communication.dangers.filter((d) => d.activeWhen === undefined || input.holds(d.activeWhen));
}

/**
 * An advice fits the danger when its areas cover every active danger's areas, are not many times larger,
 * and it lasts until a time or an event that ends the danger. "Until further notice" is honest but gives
 * people no end; an area far larger than the danger is an over-reaction that amplifies fear.
 */
function adviceFit(input: CheckInput, where: readonly string[], until: 'open' | 'minute' | { event: string } | 'text', blockId?: string): Finding[] {
  const { scenario } = input;
  if (scenario.communication.dangers.length === 0) return [];
  const blocks = blockId ? [blockId] : [];
  const dangers = activeDangers(input);
  if (dangers.length === 0) {
    return [{ principle: 'actionPerspective', verdict: 'partly', code: 'advice-without-danger', params: { where: where.join(', ') }, blocks }];
  }
  const out: Finding[] = [];
  const missed = dangers.flatMap((d) => d.areas.filter((a) => !covers(scenario, where, a)));
  if (missed.length > 0) out.push({ principle: 'actionPerspective', verdict: 'breach', code: 'advice-area-misses-danger', params: { areas: missed.join(', ') }, blocks });
  const dangerSize = totalArea(scenario, [...new Set(dangers.flatMap((d) => d.areas))]);
  const adviceSize = totalArea(scenario, where);
  if (dangerSize > 0 && adviceSize > ADVICE_AREA_FACTOR * dangerSize) {
    out.push({
      principle: 'actionPerspective',
      verdict: 'breach',
      code: 'advice-area-too-wide',
      params: { where: where.join(', '), factor: Math.round(adviceSize / dangerSize), limit: ADVICE_AREA_FACTOR },
      blocks,
    });
  }
  if (until === 'open') out.push({ principle: 'actionPerspective', verdict: 'partly', code: 'advice-until-open', params: {}, blocks });
  if (typeof until === 'object' && !dangers.some((d) => d.endsWith.includes(until.event))) {
    out.push({ principle: 'actionPerspective', verdict: 'partly', code: 'advice-until-unrelated', params: { event: until.event }, blocks });
  }
  if (out.length === 0) out.push({ principle: 'actionPerspective', verdict: 'ok', code: 'advice-fits', params: { where: where.join(', ') }, blocks });
  return out;
}

function ownAdviceFindings(input: CheckInput): Finding[] {
  const advice = input.message.own?.advice;
  if (!advice) return [];
  const until = 'furtherNotice' in advice.until ? 'open' : 'event' in advice.until ? { event: advice.until.event } : 'minute';
  return [
    { principle: 'actionPerspective', verdict: 'ok', code: 'advice-complete', params: { where: advice.where.join(', ') }, blocks: [] },
    ...adviceFit(input, advice.where, until),
  ];
}

/** Strategy: after an attack perpetrators get as little attention as possible. */
export function perpetratorAttention(input: CheckInput): Finding[] {
  return withTags(input, 'perpetratorAttention', [...trapFindings(input, 'perpetratorAttention'), ...textFindings(input, 'perpetratorAttention')]);
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
  findings.push(...ownClaimFindings(input), ...textFindings(input, 'factual'));
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
    // The author wrote the duration as text, so only the area of a block's advice can be measured.
    if (block.where !== undefined) findings.push(...adviceFit(input, [block.where], 'text', block.id));
  }
  findings.push(...ownAdviceFindings(input), ...textFindings(input, 'actionPerspective'));
  return withTags(input, 'actionPerspective', findings);
}

/** Strategy: effective and de-escalating communication limits unrest, reprisals and counter-actions. */
export function deEscalation(input: CheckInput): Finding[] {
  const findings = [...trapFindings(input, 'deEscalation'), ...textFindings(input, 'deEscalation')];
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

const contradictionIndexes = new WeakMap<Scenario, ReadonlyMap<string, readonly string[]>>();

/** Each block's contradicting blocks as the author listed them (in either order), once per scenario. */
function contradictionPartners(scenario: Scenario): ReadonlyMap<string, readonly string[]> {
  let index = contradictionIndexes.get(scenario);
  if (!index) {
    const partners = new Map<string, string[]>();
    const add = (x: string, y: string) => {
      const list = partners.get(x) ?? [];
      if (!list.includes(y)) list.push(y);
      partners.set(x, list);
    };
    for (const [x, y] of scenario.communication.contradictions) {
      add(x, y);
      add(y, x);
    }
    contradictionIndexes.set(scenario, (index = partners));
  }
  return index;
}

/** Whether the author marked these two blocks as contradicting each other, in either order. */
export function contradicts(scenario: Scenario, a: string, b: string): boolean {
  return contradictionPartners(scenario).get(a)?.includes(b) ?? false;
}

// The earlier messages are found through indexes of the message list (session/append-list.ts), so a check
// costs what it finds, not the length of the exercise: one voice used to walk every earlier message for
// every new one (quadratic over a long exercise). The keys depend on the scenario's blocks, so there is
// one key function per scenario, and the list's index is built once and extended as messages are published.
interface MessageKeys {
  /** `voice \0 subject` for each subject a message claims exactly one value on. */
  readonly voiceSubject: KeyOf<PublishedMessage>;
  /** One key for every local or regional message with protective advice. */
  readonly localAdvice: KeyOf<PublishedMessage>;
}

const LOCAL_ADVICE = 'local-advice';
const messageKeys = new WeakMap<Scenario, MessageKeys>();

function keysFor(scenario: Scenario): MessageKeys {
  let keys = messageKeys.get(scenario);
  if (!keys) {
    keys = {
      voiceSubject: (m) => {
        const out: string[] = [];
        for (const [subject, values] of claimsBySubject(scenario, m)) if (values.length === 1) out.push(`${m.voice}\u0000${subject}`);
        return out;
      },
      localAdvice: (m) => (!isNational(m) && advises(scenario, m) ? LOCAL_ADVICE : undefined),
    };
    messageKeys.set(scenario, keys);
  }
  return keys;
}

/** The messages before the one being checked (a caller may pass a list that already holds it). */
function earlierOf(input: CheckInput): ListView<PublishedMessage> {
  const list = input.earlierMessages;
  const { id, seq } = input.message;
  if (list instanceof AppendList) return list.at(seq - 1)?.id === id ? list.prefix(seq - 1) : list;
  return list.some((m) => m.id === id) ? list.filter((m) => m.id !== id) : list;
}

/** The last earlier message found under `key`, and where the first one stands (for ordering). */
function lastUnder(list: ListView<PublishedMessage>, keyOf: KeyOf<PublishedMessage>, key: string): { message: PublishedMessage; first: number } | undefined {
  const at = positionsIn(list, keyOf, key);
  if (at.length === 0) return undefined;
  const message = list.at(at[at.length - 1] as number);
  return message ? { message, first: at[0] as number } : undefined;
}

/** National against the rest: the local and regional voices speak for the area (DOMAIN.md §5 "one voice"). */
const isNational = (m: PublishedMessage) => m.voice === 'national';

/** Values a message claims on a subject, once each, in order. */
function claimsBySubject(scenario: Scenario, message: PublishedMessage): Map<string, (string | number)[]> {
  const out = new Map<string, (string | number)[]>();
  for (const c of messageClaims(scenario, message)) {
    const values = out.get(c.subject) ?? [];
    if (!values.includes(c.value)) values.push(c.value);
    out.set(c.subject, values);
  }
  return out;
}

/** Minutes at which a fact on this subject was confirmed: a later message may then say something new. */
function confirmationsOf(input: CheckInput, subject: string): number[] {
  const out: number[] = [];
  for (const block of input.scenario.communication.blocks) {
    if (!block.claims.some((c) => c.subject === subject)) continue;
    const since = sinceOf(input, block);
    if (since !== null) out.push(since);
  }
  return out;
}

/** Claim-based one voice: contradictions within the message and with earlier messages, per subject. */
function claimVoiceFindings(input: CheckInput): Finding[] {
  const { message } = input;
  const findings: Finding[] = [];
  const ours = claimsBySubject(input.scenario, message);
  const earlierMessages = earlierOf(input);
  const keys = keysFor(input.scenario);
  for (const [subject, values] of ours) {
    if (values.length > 1) {
      findings.push({ principle: 'oneVoice', verdict: 'breach', code: 'self-contradiction', params: { message: message.id, subject, values: values.join(' / ') }, blocks: [] });
    }
  }
  for (const [subject, values] of ours) {
    if (values.length !== 1) continue;
    const value = values[0]!;
    const confirmations = confirmationsOf(input, subject);
    // The latest earlier claim of each voice on this subject is what the public heard from that voice;
    // voices in the order they first claimed it.
    const latest: { earlier: PublishedMessage; value: string | number; first: number }[] = [];
    for (const voice of VOICES) {
      const found = lastUnder(earlierMessages, keys.voiceSubject, `${voice}\u0000${subject}`);
      const theirs = found && claimsBySubject(input.scenario, found.message).get(subject);
      if (found && theirs?.length === 1) latest.push({ earlier: found.message, value: theirs[0]!, first: found.first });
    }
    latest.sort((a, b) => a.first - b.first);
    for (const { earlier, value: before } of latest) {
      if (before === value) continue;
      const params = { message: message.id, earlier: earlier.id, voice: message.voice, earlierVoice: earlier.voice, subject, value: String(value), before: String(before) };
      const newFact = confirmations.some((at) => at > earlier.minute && at <= message.minute);
      if (newFact) findings.push({ principle: 'oneVoice', verdict: 'ok', code: 'update-after-fact', params, blocks: [] });
      else if (earlier.voice !== message.voice) findings.push({ principle: 'oneVoice', verdict: 'breach', code: 'contradicts-other-voice', params, blocks: [] });
      else if (message.own?.corrects) findings.push({ principle: 'oneVoice', verdict: 'ok', code: 'corrects-earlier', params, blocks: [] });
      else findings.push({ principle: 'oneVoice', verdict: 'breach', code: 'contradicts-own-earlier', params, blocks: [] });
    }
  }
  return findings;
}

function advises(scenario: Scenario, m: PublishedMessage): boolean {
  if (m.own?.advice) return true;
  if (messageBlocks(scenario, m.blocks).some((b) => b.kind === 'actionAdvice')) return true;
  const adviceSubjects = new Set(scenario.communication.subjects.filter((s) => s.kind === 'advice').map((s) => s.id));
  return messageClaims(scenario, m).some((c) => adviceSubjects.has(c.subject));
}

function adviceAreas(input: CheckInput, m: PublishedMessage): string[] {
  const own = m.own?.advice?.where ?? [];
  const blocks = messageBlocks(input.scenario, m.blocks).flatMap((b) => (b.kind === 'actionAdvice' && b.where ? [b.where] : []));
  return [...new Set([...own, ...blocks])].sort();
}

/**
 * Timing: within the scenario's span the local voice leads on protective advice. A national advice
 * before any local one (counted from the first notification) runs ahead of it; a national advice for
 * other areas than the local advice of the last span of minutes runs against it.
 */
function timingFindings(input: CheckInput): Finding[] {
  const { message } = input;
  if (!isNational(message) || !advises(input.scenario, message)) return [];
  const oneVoiceSpan = input.scenario.communication.oneVoiceWindowMinutes;
  const last = lastUnder(earlierOf(input), keysFor(input.scenario).localAdvice, LOCAL_ADVICE)?.message;
  if (!last) {
    if (input.notifiedAt !== null && message.minute - input.notifiedAt <= oneVoiceSpan) {
      return [{ principle: 'oneVoice', verdict: 'breach', code: 'timing-ahead-of-local', params: { message: message.id, minutes: oneVoiceSpan }, blocks: [] }];
    }
    return [];
  }
  const ours = adviceAreas(input, message);
  const theirs = adviceAreas(input, last);
  if (message.minute - last.minute <= oneVoiceSpan && ours.length > 0 && theirs.length > 0 && ours.join(',') !== theirs.join(',')) {
    return [
      {
        principle: 'oneVoice',
        verdict: 'breach',
        code: 'timing-against-local',
        params: { message: message.id, earlier: last.id, minutes: oneVoiceSpan, where: ours.join(', '), localWhere: theirs.join(', ') },
        blocks: [],
      },
    ];
  }
  return [];
}

/**
 * One voice (COT evaluation of Utrecht 2019: national and local messages needed alignment), judged on
 * claims and time: two published claims on one subject with different values contradict each other when
 * no fact was confirmed in between — across voices always, within a voice unless the message says it
 * corrects the earlier one; a message contradicting itself is caught; a national advice may not run ahead
 * of or against the local one within the scenario's span. Pairs of blocks the author listed are an extra.
 */
export function oneVoice(input: CheckInput): Finding[] {
  const { scenario, message } = input;
  const findings: Finding[] = [...claimVoiceFindings(input), ...timingFindings(input)];
  const claimed = new Set(findings.filter((f) => f.code !== 'self-contradiction').map((f) => f.params.earlier));
  // Only the earlier messages holding a block the author listed against one of ours, in their order.
  const earlierMessages = earlierOf(input);
  const partners = contradictionPartners(scenario);
  const candidates = new Set<number>();
  for (const a of message.blocks) for (const b of partners.get(a) ?? []) for (const p of positionsIn(earlierMessages, messageBlockIds, b)) candidates.add(p);
  for (const position of [...candidates].sort((x, y) => x - y)) {
    const earlier = earlierMessages.at(position);
    if (!earlier || claimed.has(earlier.id)) continue;
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

/**
 * Injected rumours are rebutted with facts; a rebuttal resting on something not yet confirmed only partly counts
 * (and the rumour spreads on: session/publish.ts).
 */
export function rumourControl(input: CheckInput): Finding[] {
  const findings: Finding[] = [];
  // Own words rebut with the same confirmed fact a block carries, when the message states all its claims.
  // Stated in own words, a fact counts as confirmed only if the writer knew it (as for own claims).
  const stated = statedBlocks(input.scenario, input.message.own?.claims ?? []);
  const blocks = [...blocksOf(input), ...stated];
  const writerKnows = input.writerKnows ?? (() => true);
  const confirmedFor = (b: Block) => isFactConfirmed(b, input.confirmedFacts, input.message.minute) && (!stated.includes(b) || b.kind !== 'fact' || writerKnows(b.id));
  for (const rumour of input.activeRumours) {
    const rebutting = blocks.filter((b) => rebutsRumour(input.scenario, b, rumour));
    if (rebutting.length === 0) continue;
    // The engine's rule (session/facts.ts): only what is confirmed now, or a rebuttal nothing would ever confirm, rebuts.
    const sound = rebutting.some((b) => confirmedFor(b) || standsUnconfirmed(input.scenario, b));
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
  return withTags(input, 'victimRespect', [...trapFindings(input, 'victimRespect'), ...textFindings(input, 'victimRespect')]);
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

