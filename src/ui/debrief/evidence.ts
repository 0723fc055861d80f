// Evidence as links into the timeline: each names the event's number, time and kind, and following it
// focuses and highlights that entry (index.ts handles the click for every link at once).
import { el } from '../dom.js';
import type { DebriefContext } from './context.js';
import { kindName } from './event-text.js';
import { clockText } from './format.js';
import { t } from '../../i18n/index.js';

export const EVENT_LINK = 'data-event-link';

export function evidenceLink(ctx: DebriefContext, seq: number, label?: string): HTMLAnchorElement {
  const entry = ctx.view.timeline.find((e) => e.seq === seq);
  const text = label ?? (entry ? `#${seq} ${clockText(entry.minute)} · ${kindName(entry.kind, ctx.lang)}` : `#${seq}`);
  return el('a', { className: 'evidence__link', text, attrs: { href: `#${ctx.ids.event(seq)}`, [EVENT_LINK]: String(seq) } });
}

/** The list of evidence events, or a plain "none" when there is nothing to point at. */
export function renderEvidence(ctx: DebriefContext, seqs: readonly number[]): HTMLElement {
  const visible = seqs.filter((seq) => ctx.view.timeline.some((e) => e.seq === seq));
  if (visible.length === 0) return el('p', { className: 'evidence evidence--none', text: `${t(ctx.lang, 'debrief.evidence.title')}: ${t(ctx.lang, 'debrief.evidence.none')}` });
  return el('div', { className: 'evidence' }, [
    el('p', { className: 'evidence__title', text: `${t(ctx.lang, 'debrief.evidence.title')}:` }),
    el('ul', { className: 'evidence__list' }, visible.map((seq) => el('li', {}, [evidenceLink(ctx, seq)]))),
  ]);
}
