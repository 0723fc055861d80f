// The composer for messages in the participant's own words: channel and audience, the text (for an
// NL-Alert its three parts in the real layout, with the header and a live character count), an optional
// action advice (what, where on the map, until when) and the claims the message makes on the scenario's
// subjects. Every control is labelled and keyboard operable; the draft survives redraws and language
// switches. The engine checks the message when it goes out; the findings show in the feedback and debrief.
import { AUDIENCES, OWN_CHANNELS, OWN_TEXT_MAX, scenarioDateTime, type CommandBody, type OwnWordsCard } from '../../engine/index.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { named } from '../components/structure-status.js';
import { el, uniqueId } from '../dom.js';
import { localise } from '../text.js';
import { describeBy, describeRefusal, section, type PanelContext, type ParticipantUi } from './context.js';
import { refusalText } from '../session/refusal-text.js';
import { findingList, highlightedText } from '../components/message-rating.js';
import { clockLabel } from '../components/clock.js';

type UntilKind = 'minute' | 'furtherNotice' | `event:${string}`;

interface OwnDraft {
  lang: Language;
  channel: (typeof OWN_CHANNELS)[number];
  audience: (typeof AUDIENCES)[number];
  text: string;
  situation: string;
  action: string;
  info: string;
  advice: boolean;
  what: string;
  where: string[];
  until: UntilKind;
  untilMinute: string;
  /** Per subject: "" (nothing said), "unknown", a value id, or for a numeric subject the number typed. */
  claims: Record<string, string>;
  corrects: boolean;
}

// Drafts per window and role, kept beside the window's other state without widening its type.
const drafts = new WeakMap<ParticipantUi, Map<string, OwnDraft>>();

function draftOf(ctx: PanelContext, card: OwnWordsCard): OwnDraft {
  let perRole = drafts.get(ctx.ui);
  if (!perRole) drafts.set(ctx.ui, (perRole = new Map()));
  let d = perRole.get(ctx.view.role.id);
  if (!d) {
    d = {
      lang: card.languages.includes(ctx.lang) ? ctx.lang : (card.languages[0] ?? 'nl'),
      channel: 'website',
      audience: 'public',
      text: '',
      situation: '',
      action: '',
      info: '',
      advice: false,
      what: '',
      where: [],
      until: 'minute',
      untilMinute: '',
      claims: {},
      corrects: false,
    };
    perRole.set(ctx.view.role.id, d);
  }
  return d;
}

function clearDraft(ctx: PanelContext): void {
  drafts.get(ctx.ui)?.delete(ctx.view.role.id);
}

function labelled(label: string, control: HTMLElement): HTMLElement {
  const id = control.id || uniqueId('own');
  control.id = id;
  // Number fields carry their name themselves too: some assistive tools read only aria-label on a spin button.
  if (control instanceof HTMLInputElement && control.type === 'number') control.setAttribute('aria-label', label);
  return el('div', { className: 'field' }, [el('label', { text: label, attrs: { for: id } }), control]);
}

function select(key: string, options: readonly (readonly [string, string])[], value: string, onChange: (v: string) => void): HTMLSelectElement {
  const s = el('select', { attrs: { 'data-key': key } }, options.map(([v, label]) => el('option', { text: label, attrs: { value: v } })));
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

function textArea(key: string, value: string, rows: number, onInput: (v: string) => void): HTMLTextAreaElement {
  const area = el('textarea', { attrs: { 'data-key': key, rows: String(rows) } });
  area.value = value;
  area.addEventListener('input', () => onInput(area.value));
  return area;
}

/** The text the public will read: for an NL-Alert its header and parts, as the engine lays it out. */
function previewText(ctx: PanelContext, d: OwnDraft): string {
  if (d.channel !== 'nlAlert') return d.text.trim();
  const body = [d.situation, d.action, d.info].map((p) => p.trim()).filter((p) => p.length > 0);
  return `NL-Alert ${scenarioDateTime(ctx.view.scenario.startsAt, ctx.view.minute)}: ${body.join(' ')}`;
}

function counterText(lang: Language, count: number, limit: number): string {
  return count > limit ? t(lang, 'own.count.over', { count, limit, over: count - limit }) : t(lang, 'own.count', { count, limit });
}

function commandOf(d: OwnDraft, card: OwnWordsCard): CommandBody {
  const claims = card.subjects.flatMap((s): { subject: string; value: string | number }[] => {
    const v = (d.claims[s.id] ?? '').trim();
    if (v === '') return [];
    if (s.numeric && v !== 'unknown') return Number.isInteger(Number(v)) ? [{ subject: s.id, value: Number(v) }] : [];
    return [{ subject: s.id, value: v }];
  });
  const until = d.until === 'furtherNotice' ? { furtherNotice: true as const } : d.until === 'minute' ? { minute: Math.trunc(Number(d.untilMinute)) } : { event: d.until.slice('event:'.length) };
  return {
    type: 'publishText',
    lang: d.lang,
    channel: d.channel,
    audience: d.audience,
    ...(d.channel === 'nlAlert' ? { nlAlert: { situation: d.situation, action: d.action, info: d.info } } : { text: d.text }),
    ...(d.advice ? { advice: { what: d.what, where: [...d.where], until } } : {}),
    claims,
    corrects: d.corrects,
  };
}

function adviceFields(ctx: PanelContext, card: OwnWordsCard, d: OwnDraft, key: string): HTMLElement {
  const { lang } = ctx;
  const include = el('input', { attrs: { type: 'checkbox', id: uniqueId('own-advice'), 'data-key': `${key}:advice` } });
  include.checked = d.advice;
  include.addEventListener('change', () => {
    d.advice = include.checked;
    ctx.redraw(`${key}:advice`);
  });
  const parts: Node[] = [el('div', { className: 'choice' }, [include, el('label', { text: t(lang, 'own.advice.include'), attrs: { for: include.id } })])];
  if (d.advice) {
    const what = el('input', { attrs: { type: 'text', 'data-key': `${key}:what`, maxlength: '300' } });
    what.value = d.what;
    what.addEventListener('input', () => (d.what = what.value));
    parts.push(labelled(t(lang, 'own.advice.what'), what));
    const areas = card.areas.map((a) => {
      const box = el('input', { attrs: { type: 'checkbox', id: uniqueId('own-area'), 'data-key': `${key}:where:${a.id}` } });
      box.checked = d.where.includes(a.id);
      box.addEventListener('change', () => (d.where = box.checked ? [...d.where.filter((x) => x !== a.id), a.id] : d.where.filter((x) => x !== a.id)));
      return el('li', { className: 'choice' }, [box, el('label', { text: localise(a.name, lang), attrs: { for: box.id } })]);
    });
    parts.push(el('fieldset', { className: 'own-words__where' }, [el('legend', { text: t(lang, 'own.advice.where') }), el('ul', {}, areas)]));
    const untilOptions: [string, string][] = [
      ['minute', t(lang, 'own.until.minute')],
      ...card.adviceEnds.map((e): [string, string] => [`event:${e.id}`, t(lang, 'own.until.event', { label: localise(e.label, lang) })]),
      ['furtherNotice', t(lang, 'own.until.furtherNotice')],
    ];
    parts.push(
      labelled(
        t(lang, 'own.advice.until'),
        select(`${key}:until`, untilOptions, d.until, (v) => {
          d.until = v as UntilKind;
          ctx.redraw(`${key}:until`);
        }),
      ),
    );
    if (d.until === 'minute') {
      const minute = el('input', { attrs: { type: 'number', min: String(ctx.view.minute + 1), step: '5', 'data-key': `${key}:untilMinute` } });
      minute.value = d.untilMinute;
      minute.addEventListener('input', () => (d.untilMinute = minute.value));
      parts.push(labelled(t(lang, 'own.until.minuteValue'), minute));
    }
  }
  return el('fieldset', { className: 'own-words__advice' }, [el('legend', { text: t(lang, 'own.advice') }), ...parts]);
}

function claimFields(ctx: PanelContext, card: OwnWordsCard, d: OwnDraft, key: string): HTMLElement | null {
  const { lang } = ctx;
  if (card.subjects.length === 0) return null;
  const rows = card.subjects.map((s) => {
    const name = localise(s.name, lang);
    if (s.numeric) {
      const input = el('input', { attrs: { type: 'number', min: '0', step: '1', 'data-key': `${key}:claim:${s.id}` } });
      input.value = d.claims[s.id] ?? '';
      input.addEventListener('input', () => (d.claims[s.id] = input.value));
      return labelled(name, input);
    }
    const options: [string, string][] = [['', t(lang, 'own.claims.none')], ...s.values.map((v): [string, string] => [v.id, localise(v.label, lang)]), ['unknown', t(lang, 'own.claims.unknown')]];
    return labelled(name, select(`${key}:claim:${s.id}`, options, d.claims[s.id] ?? '', (v) => (d.claims[s.id] = v)));
  });
  return el('fieldset', { className: 'own-words__claims' }, [el('legend', { text: t(lang, 'own.claims') }), ...rows]);
}

/**
 * What the checks found in this role's latest message (feedback per round): its text with the matched words
 * highlighted and each finding with its words, the same pieces the debrief and the evaluator use.
 */
function lastChecked(ctx: PanelContext, checked: NonNullable<OwnWordsCard['lastChecked']>): HTMLElement {
  const { lang } = ctx;
  const titleId = uniqueId('own-checked');
  return el('div', { className: 'own-words__checked', attrs: { role: 'group', 'aria-labelledby': titleId, 'data-key': `own-checked-${checked.message}` } }, [
    el('p', { className: 'own-words__checked-title', text: t(lang, 'own.checked.title', { clock: clockLabel(checked.minute) }), attrs: { id: titleId } }),
    el('blockquote', { className: 'message__text' }, [highlightedText(checked.text, checked.findings, lang)]),
    findingList(lang, checked.findings, t(lang, 'own.checked.none')),
  ]);
}

export function renderOwnWords(ctx: PanelContext): HTMLElement | null {
  const { view, lang } = ctx;
  const card = view.ownWords;
  if (!card || view.voice === null) return null;
  const d = draftOf(ctx, card);
  const key = `publishText:${view.role.id}`;
  // The NL-Alert channel is not offered to a role without the power to decide one (machines/authority.ts);
  // it stays in the list, disabled, with the reason and who decides beside it.
  const alertRefused = card.nlAlertRefused;
  if (alertRefused && d.channel === 'nlAlert') d.channel = 'website';

  const language = select(`${key}:lang`, card.languages.map((l): [string, string] => [l, l === 'nl' ? 'Nederlands' : 'English']), d.lang, (v) => (d.lang = v as Language));
  const channelLabel = (c: (typeof OWN_CHANNELS)[number]) => (c === 'nlAlert' && alertRefused ? t(lang, 'own.channel.nlAlertNotYours') : tDynamic(lang, `own.channel.${c}`));
  const channel = select(`${key}:channel`, OWN_CHANNELS.map((c): [string, string] => [c, channelLabel(c)]), d.channel, (v) => {
    d.channel = v as OwnDraft['channel'];
    ctx.redraw(`${key}:channel`);
  });
  const alertNote = alertRefused ? el('p', { className: 'own-words__channel-note', text: refusalText(lang, alertRefused), attrs: { id: uniqueId('own-alert-note') } }) : null;
  if (alertNote) {
    const option = [...channel.options].find((o) => o.value === 'nlAlert');
    if (option) option.disabled = true;
    describeBy(channel, alertNote.id);
  }
  const audience = select(`${key}:audience`, AUDIENCES.map((a): [string, string] => [a, tDynamic(lang, `own.audience.${a}`)]), d.audience, (v) => (d.audience = v as OwnDraft['audience']));

  const nl = d.channel === 'nlAlert';
  const limit = nl ? card.nlAlertMaxChars : OWN_TEXT_MAX;
  const counter = el('p', { className: 'own-words__count', attrs: { 'aria-live': 'polite', id: uniqueId('own-count') } });
  const preview = el('p', { className: 'own-words__preview-text' });
  const update = () => {
    const text = previewText(ctx, d);
    counter.textContent = counterText(lang, text.length, limit);
    counter.classList.toggle('own-words__count--over', text.length > limit);
    preview.textContent = text;
  };
  const textParts: HTMLElement[] = nl
    ? [
        labelled(t(lang, 'own.nl.situation'), textArea(`${key}:situation`, d.situation, 2, (v) => ((d.situation = v), update()))),
        labelled(t(lang, 'own.nl.action'), textArea(`${key}:action`, d.action, 2, (v) => ((d.action = v), update()))),
        labelled(t(lang, 'own.nl.info'), textArea(`${key}:info`, d.info, 1, (v) => ((d.info = v), update()))),
        el('div', { className: 'own-words__preview', attrs: { role: 'group', 'aria-label': t(lang, 'own.nl.preview') } }, [el('p', { className: 'own-words__preview-title', text: t(lang, 'own.nl.preview') }), preview]),
      ]
    : [labelled(t(lang, 'own.text'), textArea(`${key}:text`, d.text, 6, (v) => ((d.text = v), update())))];
  for (const area of textParts.flatMap((p) => [...p.querySelectorAll('textarea')])) area.setAttribute('aria-describedby', counter.id);
  update();

  const corrects = el('input', { attrs: { type: 'checkbox', id: uniqueId('own-corrects'), 'data-key': `${key}:corrects` } });
  corrects.checked = d.corrects;
  corrects.addEventListener('change', () => (d.corrects = corrects.checked));

  const publish = el('button', { className: 'button button--primary', text: t(lang, 'own.publish'), attrs: { type: 'button', 'data-key': `${key}:go` } });
  publish.addEventListener('click', () => ctx.act(key, commandOf(d, card), () => clearDraft(ctx)));
  const refusal = describeRefusal(ctx, key, publish);
  const claims = claimFields(ctx, card, d, key);

  return section('own-words', t(lang, 'own.title', { voice: named('communication.voice', view.voice, lang) }), [
    ...(card.lastChecked ? [lastChecked(ctx, card.lastChecked)] : []),
    el('div', { className: 'own-words__meta' }, [labelled(t(lang, 'own.language'), language), labelled(t(lang, 'own.channel'), channel), labelled(t(lang, 'own.audience'), audience)]),
    ...(alertNote ? [alertNote] : []),
    ...textParts,
    counter,
    adviceFields(ctx, card, d, key),
    ...(claims ? [claims] : []),
    el('div', { className: 'choice' }, [corrects, el('label', { text: t(lang, 'own.corrects'), attrs: { for: corrects.id } })]),
    publish,
    ...(refusal ? [refusal] : []),
  ]);
}
