// Every decision in the scenario: not yet open, open (until which round), or taken — with the option,
// the rationale and confidence given, and by whom: a player, the SimCell, or the default at the deadline.
import { t } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { panel, scrollingTable, type ConsoleContext } from './context.js';
import { actorText, optionLabel, roleName } from './names.js';

type Decision = ConsoleContext['view']['decisions'][number];

function status(ctx: ConsoleContext, d: Decision): string {
  const { lang } = ctx;
  if (d.state === null) return t(lang, 'trainer.decisions.notOpen');
  if (d.state.taken === undefined) return t(lang, 'trainer.decisions.openUntil', { round: d.state.deadlineRound });
  return t(lang, 'trainer.decisions.taken', { round: d.state.taken.round });
}

function row(ctx: ConsoleContext, d: Decision): HTMLTableRowElement {
  const { lang, view } = ctx;
  const taken = d.state?.taken;
  const by = taken === undefined ? '' : taken.byDefault ? t(lang, 'trainer.decisions.byDefault') : actorText(view, taken.actor, lang);
  const cells = [
    el('th', { text: localise(d.prompt, lang), attrs: { scope: 'row' } }),
    el('td', { text: roleName(view, d.owner, lang) }),
    el('td', { text: status(ctx, d) }),
    el('td', { text: taken ? optionLabel(view, d.id, taken.option, lang) : '' }),
    el('td', { text: by }),
    el('td', { text: taken?.rationale ?? '' }),
    el('td', { text: taken?.confidence !== undefined ? t(lang, 'trainer.confidence', { value: taken.confidence }) : '' }),
    el('td', { text: d.trainerNote ? localise(d.trainerNote, lang) : '' }),
  ];
  const state = d.state === null ? 'closed' : taken ? 'taken' : 'open';
  return el('tr', { className: `trainer-decision trainer-decision--${state}`, attrs: { 'data-key': `decision-${d.id}` } }, cells);
}

export function renderDecisionsPanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const title = t(lang, 'trainer.decisions.title');
  if (view.decisions.length === 0) return panel(ctx, 'decisions', title, [el('p', { className: 'trainer-note', text: t(lang, 'trainer.decisions.none') })]);
  const head = [
    t(lang, 'trainer.decisions.col.decision'),
    t(lang, 'trainer.decisions.col.owner'),
    t(lang, 'trainer.decisions.col.status'),
    t(lang, 'trainer.decisions.col.option'),
    t(lang, 'trainer.decisions.col.by'),
    t(lang, 'trainer.decisions.col.rationale'),
    t(lang, 'trainer.decisions.col.confidence'),
    t(lang, 'trainer.decisions.col.note'),
  ];
  return panel(ctx, 'decisions', title, [scrollingTable(ctx, 'decisions', title, head, view.decisions.map((d) => row(ctx, d)))]);
}
