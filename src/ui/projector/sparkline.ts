// A small trend line for an indicator, drawn as inline SVG built node by node (never parsed from a
// string). It is decoration for sighted viewers; the same course is always given as text beside it.
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 120;
const HEIGHT = 32;
const PAD = 3;

/** The polyline points for values within [min, max], oldest left; null when there is no course to draw. */
export function sparkPoints(values: readonly number[], min: number, max: number): string | null {
  if (values.length < 2) return null;
  const span = max - min || 1;
  const step = (WIDTH - 2 * PAD) / (values.length - 1);
  return values
    .map((v, i) => {
      const clamped = Math.min(max, Math.max(min, v));
      const x = PAD + i * step;
      const y = HEIGHT - PAD - ((clamped - min) / span) * (HEIGHT - 2 * PAD);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

export function renderSparkline(values: readonly number[], min: number, max: number): SVGSVGElement | null {
  const points = sparkPoints(values, min, max);
  if (points === null) return null;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('class', 'sparkline__line');
  line.setAttribute('points', points);
  line.setAttribute('fill', 'none');
  const last = points.split(' ').pop() ?? '0,0';
  const [cx, cy] = last.split(',');
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('class', 'sparkline__dot');
  dot.setAttribute('cx', cx ?? '0');
  dot.setAttribute('cy', cy ?? '0');
  dot.setAttribute('r', '3');
  svg.append(line, dot);
  return svg;
}
