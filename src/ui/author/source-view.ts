// The open file's text with line numbers, read-only, so a finding can point at its place: the line is
// scrolled into view, focused and marked, and the character at the column is marked too. The text is
// the author's and untrusted: every line goes in as text, never as markup.
import { t, type Language } from '../../i18n/index.js';
import { el, uniqueId } from '../dom.js';

export interface SourceView {
  readonly element: HTMLElement;
  /** Show a file's text; null clears the view. */
  show(text: string | null, fileName: string): void;
  /** Scroll to a line, focus it and mark it and its column; false when the line is not in the text. */
  reveal(line: number, column: number): boolean;
  /** The element id of a line, for links that point at it. */
  lineId(line: number): string;
  setLanguage(lang: Language): void;
}

const TARGET = 'author-source__line--target';

/** Lines as editors count them: \n, \r\n and a lone \r each end one (the loader's positions count so). */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/);
}

export function createSourceView(initialLang: Language): SourceView {
  let lang = initialLang;
  let fileName = '';
  let lines: string[] = [];
  let marked: HTMLLIElement | null = null;
  const base = uniqueId('author-line');
  const titleId = uniqueId('author-source-title');

  const title = el('h2', { attrs: { id: titleId } });
  const note = el('p', { className: 'author-source__note' });
  const list = el('ol', { className: 'author-source__lines' });
  // A scrolling region must be reachable by keyboard to be scrolled; its name says whose text it is.
  const scroller = el('div', { className: 'author-source', attrs: { tabindex: '0', role: 'region' } }, [list]);
  const element = el('section', { className: 'author__part author__part--source', attrs: { 'aria-labelledby': titleId } }, [title, note, scroller]);

  const lineId = (line: number) => `${base}-${line}`;

  function show(text: string | null, name: string): void {
    fileName = name;
    marked = null;
    lines = text === null ? [] : splitLines(text);
    const fragment = document.createDocumentFragment();
    lines.forEach((line, i) => fragment.append(el('li', { className: 'author-source__line', text: line, attrs: { id: lineId(i + 1), tabindex: '-1' } })));
    list.replaceChildren(fragment);
    element.hidden = text === null;
    label();
  }

  function unmark(): void {
    if (!marked) return;
    const number = Number(marked.id.slice(base.length + 1));
    marked.classList.remove(TARGET);
    marked.removeAttribute('aria-current');
    marked.textContent = lines[number - 1] ?? '';
    marked = null;
  }

  function reveal(line: number, column: number): boolean {
    const item = list.children[line - 1];
    if (!(item instanceof HTMLLIElement)) return false;
    unmark();
    const text = lines[line - 1] ?? '';
    const at = Math.max(0, Math.min(column - 1, text.length));
    // The column's character is marked; past the end of the line an empty mark still shows where.
    item.replaceChildren(document.createTextNode(text.slice(0, at)), el('mark', { className: 'author-source__column', text: text.slice(at, at + 1) }), document.createTextNode(text.slice(at + 1)));
    item.classList.add(TARGET);
    item.setAttribute('aria-current', 'location');
    marked = item;
    item.focus({ preventScroll: true });
    if (typeof item.scrollIntoView === 'function') item.scrollIntoView({ block: 'center' });
    return true;
  }

  function label(): void {
    title.textContent = t(lang, 'author.source.title');
    note.textContent = lines.length === 0 ? '' : t(lang, 'author.source.note', { file: fileName, lines: lines.length });
    scroller.setAttribute('aria-label', t(lang, 'author.source.region', { file: fileName }));
  }

  function setLanguage(next: Language): void {
    lang = next;
    label();
  }

  element.hidden = true;
  label();
  return { element, show, reveal, lineId, setLanguage };
}
