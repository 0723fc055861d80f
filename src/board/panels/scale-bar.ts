// The scale bar in the map's corner: a round length (from the map's own metres and the zoom) drawn as a
// bar of that many pixels, and the length in words, in the board's language. An SVG whose width is an
// attribute, because the Content-Security-Policy forbids inline styles.
import { t, type Language } from '../../i18n/index.js';
import { svg } from '../dom.js';
import { scaleBar } from '../geometry.js';

/** The longest bar, in CSS pixels. */
const MAX_PX = 120;

/** "500 m", "2 km", "20 km": metres below a kilometre, kilometres from there. */
export function lengthText(metres: number, lang: Language): string {
  const format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  return metres < 1000 ? t(lang, 'board.scale.metres', { n: format.format(metres) }) : t(lang, 'board.scale.kilometres', { n: format.format(metres / 1000) });
}

export function renderScaleBar(container: HTMLElement, pxPerMetre: number | null, lang: Language): void {
  const bar = pxPerMetre === null ? null : scaleBar(pxPerMetre, MAX_PX);
  container.hidden = bar === null;
  if (!bar) {
    container.replaceChildren();
    delete container.dataset.metres;
    return;
  }
  const length = lengthText(bar.metres, lang);
  const w = Math.round(bar.px);
  container.dataset.metres = String(bar.metres);
  container.setAttribute('aria-label', t(lang, 'board.scale.label', { length }));
  // A bar with end ticks, white under black so it reads on any part of the map.
  const line = (attrs: Record<string, string>, colour: string, width: number) => svg('path', { ...attrs, fill: 'none', stroke: colour, 'stroke-width': String(width), 'stroke-linecap': 'square' });
  const d = `M2 2 V10 H${w + 2} V2`;
  const picture = svg('svg', { class: 'board-scale__bar', width: String(w + 4), height: '12', viewBox: `0 0 ${w + 4} 12`, 'aria-hidden': 'true', focusable: 'false' }, [
    line({ d }, '#ffffff', 5),
    line({ d }, '#1b1f24', 2),
  ]);
  const text = document.createElement('span');
  text.className = 'board-scale__text';
  text.textContent = length;
  text.setAttribute('aria-hidden', 'true');
  container.replaceChildren(picture, text);
}
