// Communication criteria (DOMAIN.md §7: C01–C05, C09, C11), read from published messages and the
// principle findings the engine recorded when each message went out.
import { findingsOn } from '../../communication/feed.js';
import { blockById } from '../../communication/message.js';
import type { Principle } from '../../scenario/vocabulary.js';
import { firstWith } from '../../session/event-index.js';
import { confirmedWhen } from '../../session/facts.js';
import type { KeyOf } from '../../session/append-list.js';
import type { EngineEvent, ExerciseState, PublishedMessage } from '../../session/types.js';
import { ascendingUnique, eventsOf, fromFraction, fromMinutes, notApplicable, targets, triggerTime, verdict, type ScoringContext, type Verdict } from '../evidence.js';
import { judgedFindings, ratingBasis } from './message-ratings.js';
import { clockFor } from '../clock.js';
import { exerciseOver, minutesFromKnowledge, timedFromKnowledge } from './timing.js';

const messageEvent = (state: ExerciseState, id: string): EngineEvent | undefined => firstWith(state, 'messagePublished', 'message', id);

/** A verdict with the line saying how messages in own words were judged (evaluator or automatic). */
function withBasis(v: Verdict, state: ExerciseState, principle: Principle): Verdict {
  const basis = ratingBasis(state, principle);
  return basis.length === 0 ? v : { ...v, explanations: [...v.explanations, ...basis] };
}

/** The key under which a message giving action advice is found, whether by a block or in own words. */
const GIVES_ADVICE = 'actionAdvice';

// Per scenario: the index of messages by the kinds of their blocks (and GIVES_ADVICE for advice in own words),
// kept with the message storage (session/append-list.ts), so "the messages that show the responders" reads the
// messages found, not every block of every message of a long exercise, for every score.
const kindIndexes = new WeakMap<ScoringContext['scenario'], KeyOf<PublishedMessage>>();

function messagesWithKind(scenario: ScoringContext['scenario'], state: ExerciseState, kind: string): PublishedMessage[] {
  let keyOf = kindIndexes.get(scenario);
  if (!keyOf) {
    keyOf = (m) => {
      const kinds: string[] = m.own?.advice !== undefined ? [GIVES_ADVICE] : [];
      for (const b of m.blocks) {
        const k = blockById(scenario, b)?.kind;
        if (k !== undefined) kinds.push(k);
      }
      return kinds;
    };
    kindIndexes.set(scenario, keyOf);
  }
  return state.messages.where(keyOf, kind);
}

/** The messages in the national voice and in a local or regional one. */
const voiceOf: KeyOf<PublishedMessage> = (m) => (m.voice === 'national' ? 'national' : 'local');

/** Block kinds that tell the public what is going on (an NL-Alert's advice warns; a trap informs no one). */
const INFORMING = new Set(['fact', 'unknown', 'responders', 'resilience', 'calm', 'rebuttal']);

/** A first public message informs: it holds at least one informing block that is no trap. */
function informs(scenario: ScoringContext['scenario'], blocks: readonly string[]): boolean {
  return blocks.some((id) => {
    const b = blockById(scenario, id);
    return b !== undefined && INFORMING.has(b.kind) && b.trap === undefined;
  });
}

/**
 * C01: time from notification (or the use's trigger) to the first public message that informs (not traps alone,
 * not an NL-Alert's advice alone), counted from when the publishing role knew of the incident.
 */
export function firstMessage({ scenario, state, use }: ScoringContext): Verdict {
  if (state.notifiedAt === null) return notApplicable('first-message.no-notification');
  if (use.trigger !== undefined && triggerTime(state, scenario, use.trigger) === null) return notApplicable('first-message.no-notification');
  const first = state.messages.find((m) => informs(scenario, m.blocks));
  return timedFromKnowledge(
    state,
    scenario,
    use.trigger,
    first ? messageEvent(state, first.id) : undefined,
    targets({ scenario, state, use }, scenario.communication.firstMessageTargetMinutes),
    'first-message',
  );
}

/** A principle judged over every message: any breach fails it, a "partly" finding weakens it. */
function principleOverMessages(state: ExerciseState, principle: Principle, code: string): Verdict {
  if (state.messages.length === 0) return notApplicable(`${code}.no-messages`);
  const findings = judgedFindings(state, principle);
  const breaches = findings.filter((f) => f.verdict === 'breach').map((f) => f.event);
  const partly = findings.filter((f) => f.verdict === 'partly').map((f) => f.event);
  if (breaches.length > 0) return withBasis(verdict('notMet', breaches, `${code}.breach`, { count: breaches.length }), state, principle);
  if (partly.length > 0) return withBasis(verdict('partly', partly, `${code}.partly`, { count: partly.length }), state, principle);
  return withBasis(
    verdict('met', [...findings.map((f) => f.event), ...eventsOf(state, 'messagePublished')], `${code}.clean`, { messages: state.messages.length }),
    state,
    principle,
  );
}

/** C02: no perpetrator name, photo or manifesto in official messages (unless allowed by condition). */
export const perpetratorAttention = ({ state }: ScoringContext): Verdict => principleOverMessages(state, 'perpetratorAttention', 'perpetrator');

/** C03 is partly met when at least this share of the claims rested on confirmed facts (catalogue: "at least half"). */
const PARTLY_SHARE = 0.5;

interface Claim {
  readonly ok: boolean;
  readonly event: EngineEvent | undefined;
}

// A message of blocks makes its claims when it goes out: its factual findings are recorded in the same step
// (session/publish.ts) and never change, so its claims are read once per message and kept with it.
const blockClaimsKept = new WeakMap<ScoringContext['scenario'], WeakMap<PublishedMessage, readonly Claim[]>>();

/** The fact claims of a message of blocks: each fact, rebuttal or claim-making trap, confirmed or not when published. */
function blockClaims(scenario: ScoringContext['scenario'], state: ExerciseState, m: PublishedMessage): readonly Claim[] {
  let byMessage = blockClaimsKept.get(scenario);
  if (!byMessage) blockClaimsKept.set(scenario, (byMessage = new WeakMap()));
  let claims = byMessage.get(m);
  if (claims) return claims;
  // The message's findings (the same as its finding events, in order) through the index the feed reads too.
  const unconfirmed = new Set(
    findingsOn(state, m.id)
      .filter((f) => f.finding.principle === 'factual' && f.finding.verdict === 'breach')
      .flatMap((f) => f.finding.blocks),
  );
  const out: Claim[] = [];
  for (const b of m.blocks) {
    const block = blockById(scenario, b);
    if (!block || (block.kind !== 'fact' && block.kind !== 'rebuttal' && block.trap !== 'motiveSpeculation' && block.trap !== 'unconfirmedClaim')) continue;
    out.push({ ok: !unconfirmed.has(b), event: messageEvent(state, m.id) });
  }
  byMessage.set(m, (claims = out));
  return claims;
}

/** C03: the share of fact claims that were confirmed when published. */
export function factual({ scenario, state, use }: ScoringContext): Verdict {
  const claims: Claim[] = [];
  const judged = judgedFindings(state, 'factual');
  // Own words: each judged finding is one claim (a claim on a subject, a figure, a motive word, or the evaluator's rating).
  let ownClaims: Map<string, Claim[]> | undefined;
  for (const m of state.messages) {
    if (m.own) {
      if (!ownClaims) {
        ownClaims = new Map();
        for (const f of judged) {
          if (f.verdict === 'ok' && f.code === 'motive-unknown-said') continue;
          const list = ownClaims.get(f.message);
          const claim = { ok: f.verdict === 'ok', event: f.event };
          if (list) list.push(claim);
          else ownClaims.set(f.message, [claim]);
        }
      }
      for (const c of ownClaims.get(m.id) ?? []) claims.push(c);
      continue;
    }
    for (const c of blockClaims(scenario, state, m)) claims.push(c);
  }
  if (claims.length === 0) return notApplicable('factual.no-claims');
  const ok = claims.filter((c) => c.ok).length;
  const share = ok / claims.length;
  // Met from the scenario's threshold (every claim when left out); at least half is partly (the catalogue's rule,
  // docs/criteria.md). The explanation states both, so the result can be checked against the share.
  const threshold = use.threshold ?? 1;
  const result = share >= threshold ? 'met' : share >= PARTLY_SHARE ? 'partly' : 'notMet';
  const params = { confirmed: ok, claims: claims.length, percent: Math.round(share * 100), threshold: Math.round(threshold * 100), partly: Math.round(PARTLY_SHARE * 100) };
  return withBasis(verdict(result, claims.map((c) => c.event), 'factual.share', params), state, 'factual');
}

/**
 * C04: messages make responders' work and society's resilience visible. With targetMinutes, each must be made
 * visible within that many minutes of the first public message (or of when the publishing role knew the use's
 * trigger); made visible only later counts half.
 */
export function respondersResilience(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  if (state.messages.length === 0) return notApplicable('resilience.no-messages');
  if (use.trigger !== undefined && triggerTime(state, scenario, use.trigger) === null) return notApplicable('resilience.not-triggered');
  const withKind = (kind: string) => messagesWithKind(scenario, state, kind);
  const responders = withKind('responders');
  const resilience = withKind('resilience');
  const evidence = [...responders, ...resilience].map((m) => messageEvent(state, m.id));
  const params = { responders: responders.length, resilience: resilience.length };
  if (use.targetMinutes === undefined) return verdict(fromFraction((responders.length > 0 ? 1 : 0) + (resilience.length > 0 ? 1 : 0), 2), evidence, 'resilience.parts', params);
  const firstPublished = messageEvent(state, (state.messages.at(0) as NonNullable<ReturnType<typeof state.messages.at>>).id);
  const inTime = (shown: typeof responders): number => {
    const first = shown[0];
    if (!first) return 0;
    const event = messageEvent(state, first.id);
    const start = use.trigger === undefined ? firstPublished?.minute : clockFor(state, scenario, use.trigger, event)?.minute;
    return start === undefined || first.minute - start <= (use.targetMinutes ?? 0) ? 1 : 0.5;
  };
  const score = inTime(responders) + inTime(resilience);
  const result = score === 2 ? 'met' : score > 0 ? 'partly' : 'notMet';
  return verdict(result, evidence, 'resilience.timed', { ...params, target: use.targetMinutes });
}

/** C05: every protective instruction states what, where and until when. */
export function actionPerspective(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const advice = messagesWithKind(scenario, state, GIVES_ADVICE);
  if (advice.length === 0) {
    const since = use.trigger ? triggerTime(state, scenario, use.trigger) : null;
    if (since === null) return notApplicable('advice.none-needed');
    return timedFromKnowledge(state, scenario, use.trigger, undefined, targets(ctx, 30), 'advice');
  }
  const adviceIds = new Set(advice.map((m) => m.id));
  const incomplete = judgedFindings(state, 'actionPerspective').filter((f) => f.verdict !== 'ok' && adviceIds.has(f.message));
  const complete = advice.length - new Set(incomplete.map((f) => f.message)).size;
  const completeness = withBasis(
    verdict(fromFraction(complete, advice.length), [...incomplete.map((f) => f.event), ...advice.map((m) => messageEvent(state, m.id))], 'advice.complete', { complete, total: advice.length }),
    state,
    'actionPerspective',
  );
  // With a trigger, the first advice is also timed from when its publisher knew: complete but late is not met in time.
  if (use.trigger === undefined || triggerTime(state, scenario, use.trigger) === null) return completeness;
  const timing = timedFromKnowledge(state, scenario, use.trigger, messageEvent(state, (advice[0] as (typeof advice)[number]).id), targets(ctx, 30), 'advice');
  if (timing.result === 'notApplicable') return completeness;
  return {
    result: weakerResult(completeness.result, timing.result),
    evidence: ascendingUnique(completeness.evidence, timing.evidence),
    explanations: [...timing.explanations, ...completeness.explanations],
  };
}

const RANK = { met: 2, partly: 1, notMet: 0, notApplicable: 3 } as const;

/** The weaker of two parts of one criterion. */
function weakerResult(a: Verdict['result'], b: Verdict['result']): Verdict['result'] {
  return RANK[a] <= RANK[b] ? a : b;
}

/** C09: no contradiction between national (NKC) and local messages. */
export function oneVoice({ state }: ScoringContext): Verdict {
  const voices = ['national', 'local'].filter((v) => state.messages.countWhere(voiceOf, v) > 0);
  const findings = judgedFindings(state, 'oneVoice');
  const breaches = findings.filter((f) => f.verdict === 'breach').map((f) => f.event);
  if (breaches.length > 0) return withBasis(verdict('notMet', breaches, 'one-voice.contradiction', { count: breaches.length }), state, 'oneVoice');
  if (voices.length < 2) return notApplicable('one-voice.single-voice');
  const partly = findings.filter((f) => f.verdict === 'partly').map((f) => f.event);
  if (partly.length > 0) return withBasis(verdict('partly', partly, 'one-voice.corrected', { count: partly.length }), state, 'oneVoice');
  return verdict('met', eventsOf(state, 'messagePublished'), 'one-voice.aligned', { messages: state.messages.length });
}

/** Whether a block rebuts a rumour: the rumour names it, or it names the rumour. */
function rebutsRumour(scenario: ScoringContext['scenario'], rumour: string, block: string): boolean {
  const r = scenario.rumours.find((x) => x.id === rumour);
  return (r?.rebuttedBy.includes(block) ?? false) || (blockById(scenario, block)?.rebuts ?? []).includes(rumour);
}

/**
 * The first message that rebutted a rumour with a fact confirmed at that moment (C11): a message in own words
 * rebuts through the engine's claim check, which already only lets confirmed facts rebut; a message of blocks
 * rebuts when one of its rebutting blocks was confirmed when it went out. An unconfirmed "rebuttal" is no
 * rebuttal: a later, confirmed one still counts.
 */
function rebuttalOf(scenario: ScoringContext['scenario'], state: ExerciseState, rumour: string, started: EngineEvent): { event: EngineEvent | undefined; unconfirmedBefore: number } {
  let unconfirmedBefore = 0;
  for (const e of eventsOf(state, 'messagePublished')) {
    if (e.seq < started.seq) continue;
    if (e.data.ownWords === true) {
      const hit = firstWith(state, 'rumourRebutted', 'rumour', rumour, (r) => r.data.message === e.data.message);
      if (hit) return { event: e, unconfirmedBefore };
      continue;
    }
    const rebutting = (e.data.blocks as string[]).filter((b) => rebutsRumour(scenario, rumour, b));
    if (rebutting.length === 0) continue;
    // The engine's own test (session/facts.ts), so the rumour stops spreading exactly when C11 counts it rebutted.
    const confirmed = (id: string) => {
      const b = blockById(scenario, id);
      return b !== undefined && confirmedWhen(scenario, state, b, e.minute);
    };
    if (rebutting.some(confirmed)) return { event: e, unconfirmedBefore };
    unconfirmedBefore++;
  }
  return { event: undefined, unconfirmedBefore };
}

/**
 * C11: each injected rumour rebutted with a fact confirmed at that moment, within the target counted from when
 * the publishing role (or, while none has rebutted it, the structure) knew of the rumour.
 */
export function rumourControl(ctx: ScoringContext): Verdict {
  const { scenario, state } = ctx;
  const started = eventsOf(state, 'rumourStarted');
  if (started.length === 0) return notApplicable('rumour.none');
  const t = targets(ctx, 30);
  let score = 0;
  let counted = 0;
  let rebuttedCount = 0;
  let unconfirmed = 0;
  const evidence: (EngineEvent | undefined)[] = [];
  for (const s of started) {
    const id = s.data.rumour as string;
    const trigger = { rumourActive: id };
    const rebuttal = rebuttalOf(scenario, state, id, s);
    unconfirmed += rebuttal.unconfirmedBefore;
    evidence.push(s, rebuttal.event);
    if (rebuttal.event) {
      const timed = minutesFromKnowledge(state, scenario, trigger, rebuttal.event);
      const r = fromMinutes(timed?.minutes ?? 0, t.target, t.partly);
      score += r === 'met' ? 1 : r === 'partly' ? 0.5 : 0;
      counted++;
      rebuttedCount++;
    } else {
      const clock = clockFor(state, scenario, trigger, undefined);
      if (exerciseOver(state) || (clock !== null && state.minute - clock.minute > t.target)) counted++;
    }
  }
  if (counted === 0) return notApplicable('rumour.pending');
  const mean = score / counted;
  const v = verdict(mean === 1 ? 'met' : mean >= 0.5 ? 'partly' : 'notMet', evidence, 'rumour.rebutted', {
    rebutted: rebuttedCount,
    total: started.length,
    target: t.target,
  });
  return unconfirmed === 0 ? v : { ...v, explanations: [...v.explanations, { code: 'rumour.unconfirmed', params: { count: unconfirmed } }] };
}
