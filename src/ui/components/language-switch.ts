// Two toggle buttons rather than a select: both languages stay visible and each names itself in its
// own language, so someone who cannot read the current one still finds theirs.
import { LANGUAGES, t, type Language } from '../../i18n/first-screen.js';
import { el } from '../dom.js';

export interface LanguageSwitch {
  readonly element: HTMLElement;
  setLanguage(lang: Language): void;
}

export function createLanguageSwitch(lang: Language, onChange: (lang: Language) => void): LanguageSwitch {
  const group = el('div', { className: 'language-switch', attrs: { role: 'group' } });
  const buttons = LANGUAGES.map((option) => {
    const button = el('button', {
      className: 'language-switch__option',
      text: t(option, option === 'nl' ? 'lang.nl' : 'lang.en'),
      attrs: { type: 'button', lang: option },
    });
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-pressed') !== 'true') onChange(option);
    });
    return { option, button };
  });
  group.append(...buttons.map((b) => b.button));

  const setLanguage = (current: Language): void => {
    group.setAttribute('aria-label', t(current, 'lang.switch'));
    for (const { option, button } of buttons) button.setAttribute('aria-pressed', String(option === current));
  };
  setLanguage(lang);
  return { element: group, setLanguage };
}
