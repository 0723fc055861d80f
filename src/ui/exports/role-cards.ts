// Printable role cards, one page per role: who the role is, the office whose powers it holds, its
// team, its private briefing, and what it may do in the crisis structure — as the engine's role view
// states it, so the card and the buttons in the exercise can never disagree.
import type { Scenario } from '../../engine/scenario/schema.js';
import type { ExerciseState } from '../../engine/session/types.js';
import { roleView } from '../../engine/views/role-view.js';
import { t, type Language } from '../../i18n/index.js';
import { headingTag } from '../debrief/context.js';
import { named } from '../debrief/event-text.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import type { NameSwap } from './anonymise.js';

export interface RoleCardsOptions {
  readonly scenario: Scenario;
  readonly state: ExerciseState;
  readonly lang: Language;
  readonly swap: NameSwap;
  readonly level: number;
  readonly id: string;
}

export function renderRoleCards(o: RoleCardsOptions): HTMLElement {
  const { scenario, state, lang } = o;
  const cards = scenario.roles.map((role, index) => {
    const card = roleView(scenario, state, role.id).role;
    const table = state.settings.tables.find((tb) => tb.roles.includes(role.id));
    const people = table ? o.swap.people(table) : [];
    const simcell = state.settings.simcell.includes(role.id);
    const playedBy = people.length > 0 ? people.join(', ') : simcell ? t(lang, 'export.cards.simcell') : table ? null : t(lang, 'export.cards.unplayed');
    const titleId = `${o.id}-role-${index}`;
    return el('article', { className: 'role-card', attrs: { 'aria-labelledby': titleId } }, [
      el('p', { className: 'role-card__scenario', text: localise(scenario.title, lang) }),
      el(headingTag(o.level + 1), { className: 'role-card__name', text: localise(card.name, lang), attrs: { id: titleId } }),
      el('dl', { className: 'facts' }, [
        el('div', { className: 'facts__item' }, [el('dt', { text: t(lang, 'export.cards.office') }), el('dd', { text: named('office', card.office, lang) })]),
        el('div', { className: 'facts__item' }, [el('dt', { text: t(lang, 'export.cards.team') }), el('dd', { text: named('team', card.team, lang) })]),
        ...(table ? [el('div', { className: 'facts__item' }, [el('dt', { text: t(lang, 'export.cards.table') }), el('dd', { text: o.swap.text(table.name) })])] : []),
        ...(playedBy === null ? [] : [el('div', { className: 'facts__item' }, [el('dt', { text: t(lang, 'export.cards.playedBy') }), el('dd', { text: playedBy })])]),
      ]),
      el(headingTag(o.level + 2), { text: t(lang, 'export.cards.briefing') }),
      el('p', { className: 'role-card__briefing', text: localise(card.briefing, lang) }),
      el(headingTag(o.level + 2), { text: t(lang, 'export.cards.authority') }),
      card.authority.length === 0
        ? el('p', { text: t(lang, 'export.cards.noAuthority') })
        : el('ul', { className: 'role-card__authority' }, card.authority.map((kind) => el('li', { text: named('action', kind, lang) }))),
      el('p', { className: 'role-card__footer', text: t(lang, 'export.cards.footer') }),
    ]);
  });
  return el('div', { className: 'print-doc role-cards', attrs: { id: o.id } }, [
    el(headingTag(o.level), { className: 'role-cards__title', text: t(lang, 'export.cards.title', { scenario: localise(scenario.title, lang) }), attrs: { id: `${o.id}-title`, tabindex: '-1' } }),
    ...cards,
  ]);
}
