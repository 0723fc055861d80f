// The role card: who you are in the exercise, what the real structure lets your office do, and the
// private briefing only your role reads.
import { t } from '../../i18n/index.js';
import { named } from '../components/structure-status.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { paragraphs, section, type PanelContext } from './context.js';

export function renderRoleCard(ctx: PanelContext): HTMLElement {
  const { view, lang } = ctx;
  const role = view.role;
  const authority =
    role.authority.length === 0
      ? el('p', { text: t(lang, 'play.role.noAuthority') })
      : el('ul', { className: 'role-card__authority' }, role.authority.map((kind) => el('li', { text: named('action', kind, lang) })));
  return section('role', t(lang, 'play.role.title'), [
    el('dl', { className: 'role-card__facts' }, [
      fact(t(lang, 'play.role.name'), el('span', { text: localise(role.name, lang) })),
      fact(t(lang, 'play.role.team'), el('span', { text: named('team', role.team, lang) })),
      fact(t(lang, 'play.role.office'), el('span', { text: named('office', role.office, lang) })),
      fact(t(lang, 'play.role.authority'), authority),
    ]),
    el('h3', { text: t(lang, 'play.role.briefing') }),
    el('div', { className: 'role-card__briefing' }, paragraphs(localise(role.briefing, lang))),
  ]);
}

function fact(term: string, value: Node): HTMLElement {
  return el('div', { className: 'role-card__fact' }, [el('dt', { text: term }), el('dd', {}, [value])]);
}
