// Communication criteria (DOMAIN.md §7: C01–C05, C09, C11), read from published messages and the
// principle findings the engine recorded when each message went out.
import { blockById } from '../../communication/message.js';
import type { Principle } from '../../scenario/vocabulary.js';
import { eventsWith, firstWith } from '../../session/event-index.js';
import type { EngineEvent, ExerciseState } from '../../session/types.js';
import { eventsOf, fromFraction, fromMinutes, notApplicable, notificationEvent, targets, triggerTime, verdict, type ScoringContext, type Verdict } from '../evidence.js';
import { judgedFindings, ratingBasis } from './message-ratings.js';
import { exerciseOver, timedVerdict } from './timing.js';

const messageEvent = (state: ExerciseState, id: string): EngineEvent | undefined => firstWith(state, 'messagePublished', 'message', id);

/** A verdict with the line saying how messages in own words were judged (evaluator or automatic). */
function withBasis(v: Verdict, state: ExerciseState, principle: Principle): Verdict {
  const basis = ratingBasis(state, principle);
  return basis.length === 0 ? v : { ...v, explanations: [...v.explanations, ...basis] };
}

/** Block kinds that tell the public what is going on (an NL-Alert's advice warns; a trap informs no one). */
const INFORMING = new Set(['fact', 'unknown', 'responders', 'resilience', 'calm', 'rebuttal']);

/** A first public message informs: it holds at least one informing block that is no trap. */
function informs(scenario: ScoringContext['scenario'], blocks: readonly string[]): boolean {
  return blocks.some((id) => {
    const b = blockById(scenario, id);
    return b !== undefined && INFORMING.has(b.kind) && b.trap === undefined;
  });
}

/** C01: time from notification to the first public message that informs (not traps alone, not an NL-Alert's advice alone). */
export function firstMessage({ scenario, state, use }: ScoringContext): Verdict {
  const start = notificationEvent(state, scenario);
  if (state.notifiedAt === null) return notApplicable('first-message.no-notification');
  const first = state.messages.find((m) => informs(scenario, m.blocks));
  return timedVerdict(
    state,
    { minute: state.notifiedAt, event: start },
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

/** C03: the share of fact claims that were confirmed when published. */
export function factual({ scenario, state }: ScoringContext): Verdict {
  const claims: { ok: boolean; event: EngineEvent | undefined }[] = [];
  const judged = judgedFindings(state, 'factual');
  for (const m of state.messages) {
    if (m.own) {
      // Own words: each judged finding is one claim (a claim on a subject, a figure, a motive word, or the evaluator's rating).
      for (const f of judged) if (f.message === m.id && (f.verdict !== 'ok' || f.code !== 'motive-unknown-said')) claims.push({ ok: f.verdict === 'ok', event: f.event });
      continue;
    }
    const unconfirmed = new Set(
      eventsWith(state, 'communicationFinding', 'message', m.id)
        .filter((e) => e.data.principle === 'factual' && e.data.verdict === 'breach')
        .flatMap((e) => e.data.blocks as string[]),
    );
    for (const b of m.blocks) {
      const block = blockById(scenario, b);
      if (!block || (block.kind !== 'fact' && block.kind !== 'rebuttal' && block.trap !== 'motiveSpeculation' && block.trap !== 'unconfirmedClaim')) continue;
      claims.push({ ok: !unconfirmed.has(b), event: messageEvent(state, m.id) });
    }
  }
  if (claims.length === 0) return notApplicable('factual.no-claims');
  const ok = claims.filter((c) => c.ok).length;
  const share = ok / claims.length;
  const result = share === 1 ? 'met' : share >= 0.75 ? 'partly' : 'notMet';
  return withBasis(verdict(result, claims.map((c) => c.event), 'factual.share', { confirmed: ok, claims: claims.length, percent: Math.round(share * 100) }), state, 'factual');
}

/** C04: messages make responders' work and society's resilience visible. */
export function respondersResilience({ scenario, state }: ScoringContext): Verdict {
  if (state.messages.length === 0) return notApplicable('resilience.no-messages');
  const withKind = (kind: string) => state.messages.filter((m) => m.blocks.some((b) => blockById(scenario, b)?.kind === kind));
  const responders = withKind('responders');
  const resilience = withKind('resilience');
  const parts = (responders.length > 0 ? 1 : 0) + (resilience.length > 0 ? 1 : 0);
  return verdict(fromFraction(parts, 2), [...responders, ...resilience].map((m) => messageEvent(state, m.id)), 'resilience.parts', {
    responders: responders.length,
    resilience: resilience.length,
  });
}

/** C05: every protective instruction states what, where and until when. */
export function actionPerspective(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const advice = state.messages.filter((m) => m.own?.advice !== undefined || m.blocks.some((b) => blockById(scenario, b)?.kind === 'actionAdvice'));
  if (advice.length === 0) {
    const since = use.trigger ? triggerTime(state, scenario, use.trigger) : null;
    if (since === null) return notApplicable('advice.none-needed');
    return timedVerdict(state, { minute: since }, undefined, targets(ctx, 30), 'advice');
  }
  const adviceIds = new Set(advice.map((m) => m.id));
  const incomplete = judgedFindings(state, 'actionPerspective').filter((f) => f.verdict !== 'ok' && adviceIds.has(f.message));
  const complete = advice.length - new Set(incomplete.map((f) => f.message)).size;
  const result = fromFraction(complete, advice.length);
  return withBasis(
    verdict(result, [...incomplete.map((f) => f.event), ...advice.map((m) => messageEvent(state, m.id))], 'advice.complete', { complete, total: advice.length }),
    state,
    'actionPerspective',
  );
}

/** C09: no contradiction between national (NKC) and local messages. */
export function oneVoice({ state }: ScoringContext): Verdict {
  const voices = new Set(state.messages.map((m) => (m.voice === 'national' ? 'national' : 'local')));
  const findings = judgedFindings(state, 'oneVoice');
  const breaches = findings.filter((f) => f.verdict === 'breach').map((f) => f.event);
  if (breaches.length > 0) return withBasis(verdict('notMet', breaches, 'one-voice.contradiction', { count: breaches.length }), state, 'oneVoice');
  if (voices.size < 2) return notApplicable('one-voice.single-voice');
  const partly = findings.filter((f) => f.verdict === 'partly').map((f) => f.event);
  if (partly.length > 0) return withBasis(verdict('partly', partly, 'one-voice.corrected', { count: partly.length }), state, 'oneVoice');
  return verdict('met', eventsOf(state, 'messagePublished'), 'one-voice.aligned', { messages: state.messages.length });
}

/** C11: each injected rumour rebutted with a fact within the target. */
export function rumourControl(ctx: ScoringContext): Verdict {
  const { state } = ctx;
  const started = eventsOf(state, 'rumourStarted');
  if (started.length === 0) return notApplicable('rumour.none');
  const t = targets(ctx, 30);
  let score = 0;
  let counted = 0;
  const evidence: (EngineEvent | undefined)[] = [];
  for (const s of started) {
    const id = s.data.rumour as string;
    const rebutted = firstWith(state, 'rumourRebutted', 'rumour', id);
    evidence.push(s, rebutted);
    if (rebutted) {
      const r = fromMinutes(rebutted.minute - s.minute, t.target, t.partly);
      score += r === 'met' ? 1 : r === 'partly' ? 0.5 : 0;
      counted++;
    } else if (exerciseOver(state) || state.minute - s.minute > t.target) {
      counted++;
    }
  }
  if (counted === 0) return notApplicable('rumour.pending');
  const mean = score / counted;
  return verdict(mean === 1 ? 'met' : mean >= 0.5 ? 'partly' : 'notMet', evidence, 'rumour.rebutted', {
    rebutted: eventsOf(state, 'rumourRebutted').length,
    total: started.length,
    target: t.target,
  });
}
