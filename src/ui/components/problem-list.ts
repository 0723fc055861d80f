// A scenario's problems as an author needs them: where (file:line:column, then the JSON path), what
// is wrong, and how to fix it. The format file:line:column is the one editors jump to.
import '../../styles/problem-list.css';
import type { ScenarioError } from '../../engine/scenario/errors.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';

/** A problem found by the page itself (file too large, unreadable), worded in the UI language. */
export interface PageProblem {
  readonly file: string;
  readonly message: string;
}

export function renderProblemList(errors: readonly ScenarioError[], lang: Language): HTMLOListElement {
  return el(
    'ol',
    { className: 'problem-list' },
    errors.map((error) => {
      // The spoken labels keep "file:3:14" and the bare path understandable to a screen-reader user.
      const where = el('p', { className: 'problem__where' }, [
        spoken(`${t(lang, 'problem.location')}: `),
        el('span', { className: 'problem__location', text: `${error.file}:${error.line}:${error.column}` }),
        spoken(`, ${t(lang, 'problem.path')}: `),
        el('code', { className: 'problem__path', text: error.path === '' ? t(lang, 'problem.wholeFile') : error.path }),
      ]);
      const item = el('li', { className: 'problem' }, [where, el('p', { className: 'problem__message', text: error.message })]);
      if (error.hint) {
        item.append(
          el('p', { className: 'problem__hint' }, [
            el('span', { className: 'problem__hint-label', text: t(lang, 'problem.hint') }),
            document.createTextNode(` ${error.hint}`),
          ]),
        );
      }
      return item;
    }),
  );
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
