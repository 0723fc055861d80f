// The printed feedback link: a page to show on the projector or print and lay on the tables, with a QR code
// that opens the anonymous feedback form on a phone and the same address printed as text beside it (for
// those who type it, and as the QR image's text alternative). The address is the hot-seat session's on the
// page's own host (#/feedback/<session>: forms reach the trainer's browser over BroadcastChannel) or a
// classroom group's on the classroom host (#/feedback/<session>/<code>: forms go through the host).
import QRCode from 'qrcode';
import '../../styles/classroom.css';
import '../../styles/debrief.css';
import '../../styles/print.css';
import { t, type Language } from '../../i18n/index.js';
import { routeHash } from '../app/routes.js';
import { renderQr } from '../classroom/join-poster.js';
import { headingTag } from '../debrief/context.js';
import { el } from '../dom.js';

/** The form's address: `base` is where the page is served (origin and path, no hash). */
export function feedbackUrl(base: string, session: string, code: string | null): string {
  return `${base.replace(/#.*$/, '')}${routeHash({ name: 'feedback', session, code })}`;
}

/** The QR code's cells for a text, as the classroom host sends its join code's. */
export function qrCellsFor(text: string): { readonly size: number; readonly cells: string } {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  let cells = '';
  for (let i = 0; i < size * size; i++) cells += data[i] ? '1' : '0';
  return { size, cells };
}

export interface FeedbackQrOptions {
  readonly url: string;
  readonly lang: Language;
  readonly level: number;
  readonly id: string;
  /** Who it is for (a classroom group), if more than one link is in use. */
  readonly group?: string;
  /** How forms reach the exercise from this address (hot-seat or classroom). */
  readonly mode: 'hotseat' | 'classroom';
}

export function renderFeedbackQr(o: FeedbackQrOptions): HTMLElement {
  const { lang } = o;
  const titleId = `${o.id}-title`;
  const svg = renderQr(qrCellsFor(o.url), t(lang, 'feedback.qr.alt', { url: o.url }));
  svg.setAttribute('class', 'classroom-qr feedback-qr__code');
  return el('article', { className: 'print-doc feedback-qr', attrs: { id: o.id, 'aria-labelledby': titleId } }, [
    el(headingTag(o.level), { text: o.group ? `${t(lang, 'feedback.qr.title')} — ${o.group}` : t(lang, 'feedback.qr.title'), attrs: { id: titleId, tabindex: '-1' } }),
    el('p', { className: 'feedback-qr__lead', text: t(lang, 'feedback.qr.lead') }),
    el('div', { className: 'feedback-qr__body' }, [
      svg,
      el('div', { className: 'feedback-qr__text' }, [
        el('p', { className: 'feedback-qr__label', text: t(lang, 'feedback.qr.address') }),
        el('p', { className: 'feedback-qr__url' }, [el('code', { text: o.url })]),
      ]),
    ]),
    el('p', { className: 'feedback-qr__note no-print', text: t(lang, o.mode === 'hotseat' ? 'feedback.qr.hotseat' : 'feedback.qr.classroom') }),
  ]);
}
