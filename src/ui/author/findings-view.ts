// The findings as an author works through them: severity in words, a link to the line and column in
// the text beside it, the JSON path, what kind of problem it is in the reader's language, the checker's
// sentence and its hint. Following the link stays on this screen (the address is the screen's, not a
// place on the page), so a reload still opens the author view.
import '../../styles/problem-list.css';
import { hasKey, t, tDynamic, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import type { Finding } from './finding.js';

export interface FindingsOptions {
  readonly lang: Language;
  readonly fileName: string;
  /** The id of the element showing a line, or null when the text is not shown. */
  readonly lineId: (line: number) => string | null;
  readonly reveal: (line: number, column: number) => void;
}

// The checkers write their sentences in English (errors.ts, lint/types.ts); marking them lets a screen
// reader in a Dutch page pronounce them as English.
const CHECKER_LANGUAGE = 'en';

export function renderFindings(findings: readonly Finding[], options: FindingsOptions): HTMLOListElement {
  return el('ol', { className: 'problem-list author-findings' }, findings.map((f) => renderFinding(f, options)));
}

function kindOf(finding: Finding, lang: Language): string | null {
  const key = `${finding.source === 'load' ? 'loader' : 'lint'}.code.${finding.code}`;
  return hasKey(lang, key) ? tDynamic(lang, key) : null;
}

function renderFinding(finding: Finding, options: FindingsOptions): HTMLLIElement {
  const { lang } = options;
  const where = el('p', { className: 'problem__where' }, [
    el('span', { className: `badge author-finding__severity author-finding__severity--${finding.severity}`, text: t(lang, finding.severity === 'error' ? 'author.severity.error' : 'author.severity.warning') }),
  ]);
  const id = finding.line === null ? null : options.lineId(finding.line);
  if (finding.line !== null && finding.column !== null) {
    const { line, column } = finding;
    const at = t(lang, 'author.finding.at', { line, column });
    if (id === null) {
      where.append(el('span', { className: 'author-finding__at', text: at }));
    } else {
      const link = el('a', { className: 'author-finding__link', text: at, attrs: { href: `#${id}` } });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        options.reveal(line, column);
      });
      where.append(link);
    }
    // The form editors jump to, for copying; the link already says it in words.
    where.append(el('span', { className: 'problem__location', text: `${options.fileName}:${line}:${column}`, attrs: { 'aria-hidden': 'true' } }));
  }
  where.append(el('code', { className: 'problem__path', text: finding.path === '' ? t(lang, 'loader.wholeFile') : finding.path }));

  const item = el('li', { className: `problem author-finding author-finding--${finding.severity}` }, [where]);
  const kind = kindOf(finding, lang);
  item.append(
    el('p', { className: 'problem__kind' }, [
      document.createTextNode(kind ?? finding.code),
      ...(kind === null ? [] : [el('span', { className: 'author-finding__code', text: ` (${finding.code})` })]),
    ]),
  );
  item.append(el('p', { className: 'problem__message', text: finding.message, attrs: { lang: CHECKER_LANGUAGE } }));
  if (finding.hint) {
    item.append(
      el('p', { className: 'problem__hint' }, [
        el('span', { className: 'problem__hint-label', text: `${t(lang, 'loader.hint')}: ` }),
        el('span', { text: finding.hint, attrs: { lang: CHECKER_LANGUAGE } }),
      ]),
    );
  }
  return item;
}
