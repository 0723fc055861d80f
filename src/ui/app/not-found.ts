// An address that is no screen of Crisistafel: say so kindly and offer the way home.
import { t, type Language } from '../../i18n/first-screen.js';
import { el } from '../dom.js';
import { routeHash } from './routes.js';
import type { Screen, ScreenContext } from './screen.js';

export function mountNotFound(ctx: ScreenContext): Screen {
  const draw = (lang: Language) => {
    ctx.setTitle(t(lang, 'shell.notFound.title'));
    ctx.main.replaceChildren(
      el('div', { className: 'message-page' }, [
        el('h1', { text: t(lang, 'shell.notFound.title') }),
        el('p', { text: t(lang, 'shell.notFound.text') }),
        el('p', {}, [el('a', { className: 'button button--primary', text: t(lang, 'shell.notFound.home'), attrs: { href: routeHash({ name: 'home' }) } })]),
      ]),
    );
  };
  draw(ctx.lang);
  return { setLanguage: draw, destroy: () => undefined };
}
