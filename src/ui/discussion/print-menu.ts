// The console's one click to the printed documents of a scenario in modules (situation manual, handbook,
// evaluation guides): a document replaces the console on screen with Back and Print above it, and the print
// style sheet prints only the document. The console keeps running underneath; nothing here is a command.
// The documents share the debrief's document styles and its print sheet.
import '../../styles/debrief.css';
import '../../styles/print.css';
import type { Scenario } from '../../engine/scenario/schema.js';
import type { SessionSettings } from '../../engine/session/types.js';
import { t, type Language } from '../../i18n/index.js';
import { el, uniqueId } from '../dom.js';
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
}

export function createPrintMenu(o: PrintMenuOptions): PrintMenu {
  let lang = o.lang;
  let open: PrintableKind | null = null;
  const element = el('details', { className: 'print-menu no-print' });
  const area = el('div', { className: 'print-area' });
  element.hidden = !hasPrintables(o.scenario);
  area.hidden = true;

  function drawMenu(): void {
    element.replaceChildren(
      el('summary', { text: t(lang, 'print.group') }),
      el('p', { className: 'field__hint', text: t(lang, 'print.lead') }),
      el(
        'div',
        { className: 'print-menu__buttons' },
        PRINTABLE_KINDS.map((kind) => {
          const button = el('button', { className: 'button button--small', text: t(lang, `print.open.${kind}`), attrs: { type: 'button', 'data-printable-open': kind } });
          button.addEventListener('click', () => show(kind));
          return button;
        }),
      ),
    );
  }

  function drawDocument(kind: PrintableKind): void {
    const back = el('button', { className: 'button', text: t(lang, 'print.back'), attrs: { type: 'button' } });
    back.addEventListener('click', close);
    const print = el('button', { className: 'button button--primary', text: t(lang, 'print.print'), attrs: { type: 'button' } });
    print.addEventListener('click', () => o.print());
    area.replaceChildren(
      el('div', { className: 'document-toolbar no-print' }, [back, print, el('p', { className: 'document-toolbar__hint', text: t(lang, 'print.hint') })]),
      renderPrintable(kind, { scenario: o.scenario, settings: o.settings(), lang, level: 1, id: uniqueId('printable') }),
    );
  }

  function show(kind: PrintableKind): void {
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
