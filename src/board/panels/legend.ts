// What the map's line styles and badges mean, drawn with the same colours and dash patterns as the
// map (from the palette), so the legend cannot drift from the picture.
import { t, type MessageKey } from '../../i18n/index.js';
import { el, heading, hex, svg } from '../dom.js';
import { iconUrl, type IconKey } from '../icons.js';
import type { Palette, Stroke } from '../palette.js';
import type { Language } from '../../i18n/index.js';
import type { BoardModel } from '../view-model.js';

function sample(stroke: Stroke, fill?: { colour: number; alpha: number }, hatch?: Stroke): SVGSVGElement {
  const children: SVGElement[] = [];
  if (fill) children.push(svg('rect', { x: '2', y: '2', width: '36', height: '16', fill: hex(fill.colour), 'fill-opacity': String(fill.alpha) }));
  if (hatch) for (let x = -14; x < 40; x += 7) children.push(svg('line', { x1: String(x), y1: '18', x2: String(x + 16), y2: '2', stroke: hex(hatch.colour), 'stroke-opacity': String(hatch.alpha), 'stroke-width': String(hatch.width) }));
  children.push(
    svg('rect', {
      x: '2',
      y: '2',
      width: '36',
      height: '16',
      fill: 'none',
      stroke: hex(stroke.colour),
      'stroke-width': String(Math.min(stroke.width, 4)),
      ...(stroke.dash ? { 'stroke-dasharray': `${stroke.dash[0]} ${stroke.dash[1]}` } : {}),
    }),
  );
  // The svg viewport clips the hatching; no clipPath, so no element ids that two boards could share.
  return svg('svg', { class: 'board-legend__swatch', viewBox: '2 2 36 16', width: '40', height: '20', 'aria-hidden': 'true', focusable: 'false' }, children);
}

function badge(key: 'badge-at-risk' | 'badge-protected'): HTMLElement {
  const url = iconUrl(key);
  return url ? el('img', { className: 'board-legend__icon', attrs: { src: url, alt: '', width: '20', height: '20' } }) : el('span');
}

function pictogram(key: IconKey): HTMLElement {
  const url = iconUrl(key);
  return url ? el('img', { className: 'board-legend__icon board-legend__icon--pictogram', attrs: { src: url, alt: '', width: '24', height: '24' } }) : el('span');
}

/**
 * One entry per kind of pictogram on the map now (the incident, markers, units, places), each with its
 * word: a name left off a crowded map still leaves its icon explained.
 */
export function pictograms(model: BoardModel, lang: Language): { readonly key: IconKey; readonly text: string }[] {
  const m = model.map;
  const out: { key: IconKey; text: string }[] = [];
  const seen = new Set<IconKey>();
  const add = (key: IconKey, text: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, text });
  };
  if (m.incident) add('incident', t(lang, 'board.incident'));
  for (const k of [...new Set(m.markers.map((i) => i.markerKind))].sort()) add(`marker-${k}`, t(lang, `board.marker.${k}`));
  for (const k of [...new Set(m.units.map((i) => i.unitKind))].sort()) add(`unit-${k}`, t(lang, `board.unit.${k}`));
  for (const k of [...new Set(m.pois.map((i) => i.poiKind))].sort()) add(`poi-${k}`, t(lang, `board.poi.${k}`));
  return out;
}

export function renderLegend(container: HTMLElement, palette: Palette, lang: Language, level: number, model: BoardModel | null = null): void {
  const icons = model ? pictograms(model, lang) : [];
  const entry = (key: MessageKey, swatch: Element) => el('li', { className: 'board-legend__entry' }, [swatch, el('span', { text: t(lang, key) })]);
  const r = palette.rings;
  container.replaceChildren(
    heading(level, t(lang, 'board.legend.title'), 'board-legend__title'),
    el('ul', { className: 'board-legend__list' }, [
      entry('board.ring.source', sample(r.source.stroke, r.source.fill)),
      entry('board.ring.inner', sample(r.inner.stroke, r.inner.fill)),
      entry('board.ring.outer', sample(r.outer.stroke, r.outer.fill)),
      entry('board.ring.effect', sample(r.effect.stroke, r.effect.fill)),
      entry('board.legend.inactive', sample(palette.inactiveZone)),
      entry('board.affected', sample(palette.affected.outline, undefined, palette.affected.hatch)),
      entry('board.nlAlertArea', sample(palette.alertArea)),
      entry('board.atRisk.unprotected', badge('badge-at-risk')),
      entry('board.atRisk.protected', badge('badge-protected')),
    ]),
    ...(icons.length > 0
      ? [
          heading(level + 1, t(lang, 'board.legend.pictograms'), 'board-legend__subtitle'),
          el(
            'ul',
            { className: 'board-legend__list board-legend__list--pictograms' },
            icons.map(({ key, text }) => el('li', { className: 'board-legend__entry', attrs: { 'data-icon': key } }, [pictogram(key), el('span', { text })])),
          ),
        ]
      : []),
  );
}
