// The board's DOM mirror: every map item as text, grouped as a trainer would read the picture, for
// screen readers and for anyone who cannot see the canvas. It is drawn from the same view model as
// the canvas and carries its version.
import { t, type MessageKey } from '../../i18n/index.js';
import { el, heading } from '../dom.js';
import type { BoardModel, MapItem } from '../view-model.js';

type Group = { readonly key: MessageKey; readonly items: readonly MapItem[] };

export function mirrorGroups(model: BoardModel): Group[] {
  const m = model.map;
  return [
    { key: 'board.group.incident', items: [...(m.incident ? [m.incident] : []), ...m.markers] },
    { key: 'board.group.zones', items: m.zones },
    { key: 'board.group.affected', items: [...(m.alertArea ? [m.alertArea] : []), ...m.affected] },
    { key: 'board.group.units', items: m.units },
    { key: 'board.group.hospitals', items: m.hospitals },
    { key: 'board.group.atRisk', items: m.atRisk },
    { key: 'board.group.pois', items: m.pois },
    { key: 'board.group.areas', items: m.areas },
  ];
}

/** One line per item: its name, then what it is and its state. */
export function itemText(item: MapItem): string {
  return item.details.length > 0 ? `${item.label} – ${item.details.join('; ')}` : item.label;
}

export function renderMirror(container: HTMLElement, model: BoardModel, level: number): void {
  const lang = model.lang;
  const sections = mirrorGroups(model).map(({ key, items }) =>
    el('div', { className: 'board-mirror__group' }, [
      heading(level + 1, t(lang, key), 'board-mirror__title'),
      items.length > 0
        ? el('ul', { className: 'board-mirror__list' }, items.map((i) => el('li', { text: itemText(i), attrs: { 'data-item-id': i.id } })))
        : el('p', { className: 'board-mirror__empty', text: t(lang, 'board.group.empty') }),
    ]),
  );
  container.dataset.boardVersion = String(model.version);
  container.replaceChildren(heading(level, t(lang, 'board.mirror.title'), 'board-panel__title'), ...sections);
}
