// The details of the map item under the pointer or the keyboard cursor, shown over the map's corner
// (a fixed place: no inline positioning, which the Content-Security-Policy forbids).
import { el } from '../dom.js';
import type { MapItem } from '../view-model.js';

export function renderDetails(container: HTMLElement, item: MapItem | null): void {
  if (!item) {
    container.hidden = true;
    container.replaceChildren();
    delete container.dataset.itemId;
    return;
  }
  container.hidden = false;
  container.dataset.itemId = item.id;
  container.replaceChildren(
    el('p', { className: 'board-details__title', text: item.label }),
    ...(item.details.length > 0 ? [el('ul', { className: 'board-details__list' }, item.details.map((d) => el('li', { text: d })))] : []),
  );
}
