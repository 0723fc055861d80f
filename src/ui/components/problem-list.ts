// A scenario's problems as an author needs them: where (file:line:column, then the JSON path), what
// kind of problem in the reader's language, the loader's sentence, and how to fix it. The visible
// "file:line:column" is the form editors jump to; screen readers get "line 3, column 14" instead.
import '../../styles/problem-list.css';
import type { ScenarioError } from '../../engine/scenario/errors.js';
import { hasKey, t, tDynamic, type Language } from '../../i18n/first-screen.js';
import { el } from '../dom.js';

/** A problem found by the page itself (file too large, unreadable), worded in the UI language. */
export interface PageProblem {
  readonly file: string;
  readonly message: string;
}

// The loader writes its sentences in English (errors.ts); marking them lets a screen reader in a
// Dutch page pronounce them as English.
const LOADER_LANGUAGE = 'en';

export function renderProblemList(errors: readonly ScenarioError[], lang: Language): HTMLOListElement {
  return el('ol', { className: 'problem-list' }, errors.map((error) => renderProblem(error, lang)));
}

function renderProblem(error: ScenarioError, lang: Language): HTMLLIElement {
  const where = el('p', { className: 'problem__where' }, [
    spoken(`${error.file}, ${t(lang, 'loader.line', { line: error.line, column: error.column })}, `),
    el('span', { className: 'problem__location', text: `${error.file}:${error.line}:${error.column}`, attrs: { 'aria-hidden': 'true' } }),
    spoken(`${t(lang, 'loader.path')}: `),
    el('code', { className: 'problem__path', text: error.path === '' ? t(lang, 'loader.wholeFile') : error.path }),
  ]);
  const item = el('li', { className: 'problem' }, [where]);
  const kindKey = `loader.code.${error.code}`;
  if (hasKey(lang, kindKey)) item.append(el('p', { className: 'problem__kind', text: tDynamic(lang, kindKey) }));
  item.append(el('p', { className: 'problem__message', text: error.message, attrs: { lang: LOADER_LANGUAGE } }));
  if (error.hint) {
    item.append(
      el('p', { className: 'problem__hint' }, [
        el('span', { className: 'problem__hint-label', text: `${t(lang, 'loader.hint')}: ` }),
        el('span', { text: error.hint, attrs: { lang: LOADER_LANGUAGE } }),
      ]),
    );
  }
  return item;
}

export function renderPageProblem(problem: PageProblem): HTMLOListElement {
  return el('ol', { className: 'problem-list' }, [
    el('li', { className: 'problem' }, [
      el('p', { className: 'problem__where' }, [el('span', { className: 'problem__location', text: problem.file })]),
      el('p', { className: 'problem__message', text: problem.message }),
    ]),
  ]);
}

function spoken(text: string): HTMLSpanElement {
  return el('span', { className: 'visually-hidden', text });
}
