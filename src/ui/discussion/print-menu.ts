// The console's one click to the printed documents: for a scenario in modules its situation manual, handbook and
// evaluation guides, and for every exercise the feedback form's QR link: a document replaces the console on screen with Back and Print above it, and the print
// style sheet prints only the document. The console keeps running underneath; nothing here is a command.
// The documents share the debrief's document styles and its print sheet.
import '../../styles/debrief.css';
import '../../styles/print.css';
import type { Scenario } from '../../engine/scenario/schema.js';
import type { SessionSettings } from '../../engine/session/types.js';
import { t, type Language } from '../../i18n/index.js';
import { el, uniqueId } from '../dom.js';
import { renderFeedbackQr } from './feedback-qr.js';
import { hasPrintables, PRINTABLE_KINDS, renderPrintable, type PrintableKind } from './printables.js';

export interface PrintMenu {
  /** The menu, to put above the console. */
  readonly element: HTMLElement;
  /** Where an open document is shown, in place of the console. */
  readonly area: HTMLElement;
  setLanguage(lang: Language): void;
}

export interface PrintMenuOptions {
  readonly scenario: Scenario;
  readonly settings: () => SessionSettings;
  readonly lang: Language;
  /** What the document stands in for while it is open (hidden, not removed). */
  readonly covers: HTMLElement;
  readonly print: () => void;
  /** The address of the session's feedback form, for its printed QR link (every scenario has the form). */
  readonly feedbackUrl?: () => string;
}

type Shown = PrintableKind | 'feedback-qr';

export function createPrintMenu(o: PrintMenuOptions): PrintMenu {
  let lang = o.lang;
  let open: Shown | null = null;
  const element = el('details', { className: 'print-menu no-print' });
  const area = el('div', { className: 'print-area' });
  element.hidden = !hasPrintables(o.scenario) && o.feedbackUrl === undefined;
  area.hidden = true;

  function drawMenu(): void {
    element.replaceChildren(
      el('summary', { text: t(lang, 'print.group') }),
      el('p', { className: 'field__hint', text: t(lang, 'print.lead') }),
      el(
        'div',
        { className: 'print-menu__buttons' },
        [...(hasPrintables(o.scenario) ? PRINTABLE_KINDS : []), ...(o.feedbackUrl ? (['feedback-qr'] as const) : [])].map((kind) => {
          const button = el('button', { className: 'button button--small', text: t(lang, kind === 'feedback-qr' ? 'feedback.qr.open' : `print.open.${kind}`), attrs: { type: 'button', 'data-printable-open': kind } });
          button.addEventListener('click', () => show(kind));
          return button;
        }),
      ),
    );
  }

  function drawDocument(kind: Shown): void {
    const back = el('button', { className: 'button', text: t(lang, 'print.back'), attrs: { type: 'button' } });
    back.addEventListener('click', close);
    const print = el('button', { className: 'button button--primary', text: t(lang, 'print.print'), attrs: { type: 'button' } });
    print.addEventListener('click', () => o.print());
    area.replaceChildren(
      el('div', { className: 'document-toolbar no-print' }, [back, print, el('p', { className: 'document-toolbar__hint', text: t(lang, 'print.hint') })]),
      kind === 'feedback-qr'
        ? renderFeedbackQr({ url: o.feedbackUrl?.() ?? '', lang, level: 1, id: uniqueId('feedback-qr'), mode: 'hotseat' })
        : renderPrintable(kind, { scenario: o.scenario, settings: o.settings(), lang, level: 1, id: uniqueId('printable') }),
    );
  }

  function show(kind: Shown): void {
    open = kind;
    drawDocument(kind);
    o.covers.hidden = true;
    element.hidden = true;
    area.hidden = false;
    area.querySelector<HTMLElement>('.print-doc [tabindex="-1"]')?.focus();
  }

  function close(): void {
    const was = open;
    open = null;
    area.hidden = true;
    area.replaceChildren();
    o.covers.hidden = false;
    element.hidden = false;
    element.querySelector<HTMLElement>(`[data-printable-open="${was ?? ''}"]`)?.focus();
  }

  drawMenu();
  return {
    element,
    area,
    setLanguage(next) {
      lang = next;
      drawMenu();
      if (open) drawDocument(open);
    },
  };
}
