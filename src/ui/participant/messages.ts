// The public messages so far, from every government voice: what the public has read, in order.
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { named } from '../components/structure-status.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { section, type PanelContext } from './context.js';

export function renderMessages(ctx: PanelContext): HTMLElement {
  const { view, lang } = ctx;
  const roleName = (id: string) => {
    const role = view.roles.find((r) => r.id === id);
    return role ? localise(role.name, lang) : id;
  };
  const messages = [...view.messages].reverse();
  return section('messages', t(lang, 'play.messages.title'), [
    messages.length === 0
      ? el('p', { text: t(lang, 'play.messages.none') })
      : el(
          'ol',
          { className: 'public-messages' },
          messages.map((m) =>
            el('li', { className: 'public-message' }, [
              el('p', {
                className: 'public-message__meta',
                text: t(lang, 'play.messages.meta', { clock: clockLabel(m.minute), voice: named('communication.voice', m.voice, lang), role: roleName(m.role) }),
              }),
              el('blockquote', {}, [el('p', { text: m.parts.map((part) => localise(part, lang)).join(' ') })]),
            ]),
          ),
        ),
  ]);
}
