// Who knows what, and since when: for every fact, threat, rumour and information figure, the roles that
// know it (with the scenario time they learnt it) and the roles still in the dark. The trainer sees whether
// a team acts on what it knows, or on what it could not know yet.
import type { KnowledgeRow } from '../../engine/views/trainer-view.js';
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { panel, type ConsoleContext } from './context.js';
import { roleName } from './names.js';

function row(ctx: ConsoleContext, r: KnowledgeRow): HTMLElement {
  const { lang, view } = ctx;
  const known = new Set(r.knownBy.map((k) => k.role));
  const dark = view.roles.filter((role) => !known.has(role.id));
  const knowers = r.knownBy.map((k) => t(lang, 'trainer.knowledge.since', { role: roleName(view, k.role, lang), clock: clockLabel(k.minute) })).join(', ');
  return el('tr', { attrs: { 'data-key': `knowledge-${r.key}` } }, [
    el('th', { attrs: { scope: 'row' } }, [
      el('span', { className: 'trainer-knowledge__kind', text: `${t(lang, `trainer.knowledge.kind.${r.kind}`)}: ` }),
      el('span', { text: localise(r.text, lang) }),
    ]),
    el('td', { text: knowers.length > 0 ? knowers : t(lang, 'trainer.knowledge.nobody') }),
    el('td', { text: dark.length === 0 ? t(lang, 'trainer.knowledge.everyone') : dark.map((role) => roleName(view, role.id, lang)).join(', ') }),
  ]);
}

export function renderKnowledgePanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const title = t(lang, 'trainer.knowledge.title');
  if (view.knowledge.length === 0) return panel(ctx, 'knowledge', title, [el('p', { className: 'trainer-note', text: t(lang, 'trainer.knowledge.none') })]);
  return panel(ctx, 'knowledge', title, [
    el('p', { className: 'trainer-note', text: t(lang, 'trainer.knowledge.lead') }),
    el('div', { className: 'table-scroll' }, [
      el('table', { className: 'data-table trainer-knowledge' }, [
        el('thead', {}, [
          el('tr', {}, [
            el('th', { text: t(lang, 'trainer.knowledge.what'), attrs: { scope: 'col' } }),
            el('th', { text: t(lang, 'trainer.knowledge.knownTo'), attrs: { scope: 'col' } }),
            el('th', { text: t(lang, 'trainer.knowledge.inTheDark'), attrs: { scope: 'col' } }),
          ]),
        ]),
        el('tbody', {}, view.knowledge.map((r) => row(ctx, r))),
      ]),
    ]),
  ]);
}
