// The strategy text behind a rating: the Dutch quote exactly as the strategy has it (marked as Dutch
// for screen readers), the English rendering beside it in English mode, and where it stands.
import type { StrategyBasis } from '../../engine/strategy/index.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';

export function renderStrategyBasis(basis: StrategyBasis, lang: Language): HTMLElement {
  const quote = el('blockquote', { className: 'strategy__quote', attrs: { lang: 'nl' } }, [el('p', { text: basis.quote })]);
  const parts: Node[] = [el('p', { className: 'strategy__label', text: t(lang, 'debrief.strategy.label') }), quote];
  if (lang === 'en') {
    parts.push(
      el('p', { className: 'strategy__label', text: t(lang, 'debrief.strategy.english') }),
      el('blockquote', { className: 'strategy__quote strategy__quote--translation' }, [el('p', { text: basis.quoteEn })]),
    );
  }
  parts.push(
    el('p', { className: 'strategy__source' }, [
      el('span', { text: `${t(lang, 'debrief.strategy.source')}: ` }),
      el('cite', { text: `${t(lang, 'debrief.strategy.document')}, ${basis.source}`, attrs: { lang: 'nl' } }),
    ]),
  );
  return el('div', { className: 'strategy' }, parts);
}
