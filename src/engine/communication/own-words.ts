// Messages in the participant's own words: what the engine accepts (refusals say what is wrong and how to
// fix it), the NL-Alert layout, and which fact blocks a message's claims restate (so own words can rebut
// a rumour with the same confirmed fact a block would carry).
import { UNKNOWN_VALUE, type Block, type ClaimT, type Scenario } from '../scenario/schema.js';
import { setupModes, type MessageMode } from '../session/play-choices.js';
import type { Language } from '../scenario/vocabulary.js';
import type { AdviceUntil, MessageAudience, MessageRefusal, NlAlertParts, OwnAdvice, OwnChannel, OwnWords } from './message.js';

/** Longest text of a message in own words other than an NL-Alert (a press statement of about two pages). */
export const OWN_TEXT_MAX = 4000;

// The modes a setup may choose live with the other setup choices (session/play-choices.ts), which the classroom
// form loads without this module's scenario schema.
export { setupModes, type MessageMode } from '../session/play-choices.js';

/** The mode in play: the setup's choice where the scenario allows it, else the scenario's. */
export function effectiveMode(scenario: Scenario, chosen: MessageMode | undefined): MessageMode {
  return chosen !== undefined && setupModes(scenario).includes(chosen) ? chosen : scenario.communication.mode;
}

export const allowsOwnWords = (mode: MessageMode) => mode !== 'blocks';
export const allowsBlocks = (mode: MessageMode) => mode !== 'ownWords';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "DD-MM-YYYY HH:MM" of a scenario minute, from the scenario's start (plain arithmetic, no clock). */
export function scenarioDateTime(startsAt: string, minute: number): string {
  const [date = '', time = ''] = startsAt.split('T');
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi) + minute * 60_000);
  return `${pad(t.getUTCDate())}-${pad(t.getUTCMonth() + 1)}-${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/**
 * The NL-Alert as phones show it: "NL-Alert DD-MM-YYYY HH:MM:" and then what is going on, what to do and
 * where to find more information (the layout of every NL-Alert, including the twice-yearly test message).
 */
export function nlAlertText(scenario: Scenario, minute: number, parts: NlAlertParts): string {
  const body = [parts.situation, parts.action, parts.info].map((p) => p.trim()).filter((p) => p.length > 0);
  return `NL-Alert ${scenarioDateTime(scenario.setting.startsAt, minute)}: ${body.join(' ')}`;
}

export interface OwnDraft {
  readonly lang: Language;
  readonly channel: OwnChannel;
  readonly audience: MessageAudience;
  readonly text?: string;
  readonly nlAlert?: NlAlertParts;
  readonly advice?: OwnAdvice;
  readonly claims?: readonly ClaimT[];
  readonly corrects?: boolean;
}

function refusal(code: MessageRefusal['code'], params: MessageRefusal['params'] = {}): { ok: false; refusal: MessageRefusal } {
  return { ok: false, refusal: { code, params } };
}

function checkUntil(scenario: Scenario, until: AdviceUntil, minute: number): MessageRefusal | null {
  if ('minute' in until) return until.minute <= minute ? { code: 'message-until-past', params: { until: until.minute, now: minute } } : null;
  if ('event' in until) return scenario.communication.adviceEnds.some((e) => e.id === until.event) ? null : { code: 'message-unknown-end', params: { end: until.event } };
  return null;
}

/** Turns a draft into the message the public reads, or says why it cannot go out. */
export function buildOwnWords(scenario: Scenario, minute: number, draft: OwnDraft): { ok: true; own: OwnWords } | { ok: false; refusal: MessageRefusal } {
  const nl = draft.channel === 'nlAlert';
  const limit = scenario.communication.nlAlertMaxChars;
  const text = nl && draft.nlAlert ? nlAlertText(scenario, minute, draft.nlAlert) : (draft.text ?? '').trim();
  const body = nl && draft.nlAlert ? [draft.nlAlert.situation, draft.nlAlert.action, draft.nlAlert.info].join('').trim() : text;
  if (body.length === 0) return refusal('message-text-empty');
  if (nl && text.length > limit) return refusal('message-nl-alert-too-long', { length: text.length, limit });
  if (!nl && text.length > OWN_TEXT_MAX) return refusal('message-text-too-long', { length: text.length, limit: OWN_TEXT_MAX });
  // An NL-Alert exists to tell people in an area what to do: without an advice it is not an NL-Alert.
  if (nl && !draft.advice) return refusal('message-nl-alert-needs-advice');
  const advice = draft.advice;
  if (advice) {
    if (advice.what.trim().length === 0 || advice.where.length === 0) return refusal('message-advice-incomplete');
    const unknownArea = advice.where.find((a) => !scenario.setting.map.areas.some((x) => x.id === a));
    if (unknownArea !== undefined) return refusal('message-unknown-area', { area: unknownArea });
    const bad = checkUntil(scenario, advice.until, minute);
    if (bad) return { ok: false, refusal: bad };
  }
  const claims = draft.claims ?? [];
  for (const claim of claims) {
    const subject = scenario.communication.subjects.find((s) => s.id === claim.subject);
    if (!subject) return refusal('message-unknown-subject', { subject: claim.subject });
    if (claim.value === UNKNOWN_VALUE) continue;
    const fits = subject.numeric ? typeof claim.value === 'number' && Number.isInteger(claim.value) && claim.value >= 0 : subject.values.some((v) => v.id === claim.value);
    if (!fits) return refusal('message-unknown-value', { subject: claim.subject, value: String(claim.value) });
  }
  return {
    ok: true,
    own: {
      lang: draft.lang,
      channel: draft.channel,
      audience: draft.audience,
      text,
      ...(advice ? { advice: { what: advice.what.trim(), where: [...advice.where], until: advice.until } } : {}),
      claims: claims.map((c) => ({ subject: c.subject, value: c.value })),
      corrects: draft.corrects === true,
    },
  };
}

/** Fact and rebuttal blocks whose every claim the message states: the message carries the same fact. */
export function statedBlocks(scenario: Scenario, claims: readonly ClaimT[]): Block[] {
  if (claims.length === 0) return [];
  return scenario.communication.blocks.filter(
    (b) => (b.kind === 'fact' || b.kind === 'rebuttal') && b.claims.length > 0 && b.claims.every((c) => claims.some((o) => o.subject === c.subject && o.value === c.value)),
  );
}
