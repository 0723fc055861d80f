// The crisis structure beside the map: scaling level, threat levels, incident, DSI, NL-Alert and
// aftercare, and the regional and national teams as an org chart. Active and inactive teams differ in
// words ("actief"), in fill and in border style, never in colour alone.
import { t } from '../../i18n/index.js';
import { el, heading } from '../dom.js';
import type { BoardModel, StatusItem, TeamItem, Tier } from '../view-model.js';

function statusRow(term: string, items: readonly StatusItem[], modifier: string): HTMLElement {
  return el('div', { className: `board-structure__row board-structure__row--${modifier}` }, [
    el('dt', { text: term }),
    ...items.map((i) => el('dd', { text: i.valueLabel, attrs: { 'data-status': i.status, 'data-value': String(i.value) } })),
  ]);
}

function teamEntry(team: TeamItem, lang: BoardModel['lang']): HTMLElement {
  const state = t(lang, team.active ? 'board.structure.active' : 'board.structure.inactive');
  const parts: Node[] = [
    el('span', { className: 'board-org__short', text: team.short, attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'visually-hidden', text: `${team.label}: ` }),
    el('span', { className: 'board-org__state', text: state }),
  ];
  if (team.active && team.chair) parts.push(el('span', { className: 'board-org__chair', text: t(lang, 'board.structure.chair', { office: team.chair }) }));
  return el('li', { className: `board-org__team board-org__team--${team.active ? 'active' : 'inactive'}`, attrs: { 'data-team': team.team, 'data-active': String(team.active) } }, parts);
}

export function renderStructure(container: HTMLElement, model: BoardModel, level: number): void {
  const lang = model.lang;
  const s = model.structure;
  const byStatus = (k: StatusItem['status']) => s.statuses.filter((x) => x.status === k);
  const rows = [
    statusRow(t(lang, 'board.structure.scaling'), [s.scaling], 'scaling'),
    statusRow(t(lang, 'board.structure.threat'), s.threat, 'threat'),
    statusRow(t(lang, 'board.structure.incident'), byStatus('incidentStage'), 'incident'),
  ];
  if (byStatus('dsi').length > 0) rows.push(statusRow(t(lang, 'board.structure.dsi'), byStatus('dsi'), 'dsi'));
  rows.push(statusRow(t(lang, 'board.structure.nlAlert'), byStatus('nlAlert'), 'nl-alert'), statusRow(t(lang, 'board.structure.aftercare'), byStatus('aftercare'), 'aftercare'));

  const tiers: [Tier, string][] = [
    ['regional', t(lang, 'board.structure.regional')],
    ['national', t(lang, 'board.structure.national')],
    ['other', t(lang, 'board.structure.other')],
  ];
  const columns = tiers
    .map(([tier, title]) => [title, s.teams.filter((x) => x.tier === tier)] as const)
    .filter(([, teams]) => teams.length > 0)
    .map(([title, teams]) => el('div', { className: 'board-org__column' }, [heading(level + 1, title, 'board-org__title'), el('ul', { className: 'board-org__teams' }, teams.map((x) => teamEntry(x, lang)))]));

  container.replaceChildren(
    heading(level, t(lang, 'board.structure.title'), 'board-panel__title'),
    el('dl', { className: 'board-structure__levels' }, rows),
    el('div', { className: 'board-org' }, columns),
  );
}
