// Indicators with their value, range and trend. The trend is an arrow and a word; the meter and the
// sparkline repeat it for the eye but carry nothing the text does not say.
import { t } from '../../i18n/index.js';
import { el, heading, svg } from '../dom.js';
import type { BoardModel, IndicatorItem } from '../view-model.js';

const ARROWS = { up: '▲', down: '▼', steady: '▬' } as const;
const SPARK = { width: 80, height: 20 };

function sparkline(item: IndicatorItem): SVGSVGElement {
  const values = item.history.length > 0 ? item.history : [item.value];
  const span = item.max - item.min || 1;
  const step = values.length > 1 ? SPARK.width / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(SPARK.height - ((v - item.min) / span) * SPARK.height).toFixed(1)}`).join(' ');
  return svg('svg', { class: 'board-indicator__spark', viewBox: `-2 -2 ${SPARK.width + 4} ${SPARK.height + 4}`, 'aria-hidden': 'true', focusable: 'false' }, [
    svg('polyline', { points: values.length > 1 ? points : `0,${points.split(',')[1]} ${SPARK.width},${points.split(',')[1]}` }),
  ]);
}

export function renderIndicators(container: HTMLElement, model: BoardModel, level: number): void {
  const lang = model.lang;
  const items = model.indicators.map((item) =>
    el('li', { className: `board-indicator board-indicator--${item.trend}`, attrs: { 'data-indicator': item.ref } }, [
      el('span', { className: 'board-indicator__name', text: item.label }),
      el('span', { className: 'board-indicator__value', text: item.valueLabel }),
      el('span', { className: 'board-indicator__trend' }, [el('span', { text: ARROWS[item.trend], attrs: { 'aria-hidden': 'true' } }), document.createTextNode(` ${t(lang, `board.trend.${item.trend}`)}`)]),
      el('meter', { className: 'board-indicator__meter', attrs: { min: String(item.min), max: String(item.max), value: String(item.value), 'aria-label': `${item.label}: ${item.valueLabel}` } }),
      sparkline(item),
    ]),
  );
  container.replaceChildren(
    heading(level, t(lang, 'board.indicators.title'), 'board-panel__title'),
    items.length > 0 ? el('ul', { className: 'board-indicators__list' }, items) : el('p', { text: t(lang, 'board.indicators.empty') }),
  );
}
