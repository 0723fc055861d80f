// How participants join, large enough to put on the projector: the code, the addresses and a QR code.
// The QR code arrives from the host as its grid of cells and is drawn here as one SVG path.
import type { RoomSnapshot } from '../../host/protocol.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';

const SVG = 'http://www.w3.org/2000/svg';
/** The quiet zone around a QR code that scanners need, in cells. */
const MARGIN = 4;

export function displayCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}

export function renderQr(qr: NonNullable<RoomSnapshot['qr']>, label: string): SVGSVGElement {
  const full = qr.size + 2 * MARGIN;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${full} ${full}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'classroom-qr');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(full));
  background.setAttribute('height', String(full));
  background.setAttribute('fill', '#ffffff');
  let d = '';
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      if (qr.cells[y * qr.size + x] === '1') d += `M${x + MARGIN} ${y + MARGIN}h1v1h-1z`;
    }
  }
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000000');
  svg.append(background, path);
  return svg;
}

export function renderJoinPoster(room: RoomSnapshot, lang: Language, headingId: string): HTMLElement {
  const poster = el('section', { className: 'classroom-poster', attrs: { 'aria-labelledby': headingId } });
  const full = el('button', { className: 'button', text: t(lang, 'classroom.poster.fullscreen'), attrs: { type: 'button', 'data-key': 'poster-fullscreen' } });
  full.addEventListener('click', () => {
    // Not every browser (or a test's) allows full screen; the poster is readable without it.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void poster.requestFullscreen?.().catch(() => undefined);
  });
  const first = room.joinUrls[0];
  poster.append(
    el('h2', { text: t(lang, 'classroom.poster.title'), attrs: { id: headingId } }),
    el('div', { className: 'classroom-poster__body' }, [
      el('div', { className: 'classroom-poster__text' }, [
        el('p', { className: 'classroom-poster__step', text: t(lang, 'classroom.poster.open') }),
        room.joinUrls.length > 0
          ? el('ul', { className: 'classroom-poster__urls' }, room.joinUrls.map((u) => el('li', {}, [el('code', { text: u.replace(/#\/join\/.*$/, '') })])))
          : el('p', { className: 'refusal', text: t(lang, 'classroom.poster.noAddress') }),
        el('p', { className: 'classroom-poster__step', text: t(lang, 'classroom.poster.enter') }),
        el('p', { className: 'classroom-poster__code', text: displayCode(room.code) }),
      ]),
      ...(room.qr && first ? [renderQr(room.qr, t(lang, 'classroom.poster.qr', { url: first }))] : []),
    ]),
    full,
  );
  return poster;
}
