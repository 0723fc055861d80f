// The board's icons are SVG files in assets/icons (own work, assets/LICENSE.md). They are rasterised
// once, at the size they are shown, into canvases the renderer uploads as textures: no loader, no
// fetch (the CSP allows same-origin images, and `no-inline` keeps them same-origin files rather than
// data: URLs), and crisp at any icon size.
import type { MarkerKind, PoiKind, UnitKind } from './kinds.js';

const urls = import.meta.glob<string>('/assets/icons/*.svg', { query: '?url&no-inline', import: 'default', eager: true });

export type IconKey = `poi-${PoiKind}` | `unit-${UnitKind}` | `marker-${MarkerKind}` | 'incident' | 'badge-at-risk' | 'badge-protected';

export function iconUrl(key: IconKey): string | undefined {
  return urls[`/assets/icons/${key}.svg`];
}

export function allIconKeys(): IconKey[] {
  return Object.keys(urls).map((path) => path.slice(path.lastIndexOf('/') + 1, -'.svg'.length) as IconKey);
}

async function rasterise(url: string, px: number): Promise<HTMLCanvasElement> {
  const image = new Image(px, px);
  image.decoding = 'async';
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  canvas.getContext('2d')?.drawImage(image, 0, 0, px, px);
  return canvas;
}

/** Every icon as a canvas of `px(key)` pixels square; an icon that fails to load is left out (drawn as a plain shape). */
export async function rasteriseIcons(px: (key: IconKey) => number): Promise<Map<IconKey, HTMLCanvasElement>> {
  const out = new Map<IconKey, HTMLCanvasElement>();
  await Promise.all(
    allIconKeys().map(async (key) => {
      const url = iconUrl(key);
      if (!url) return;
      try {
        out.set(key, await rasterise(url, px(key)));
      } catch {
        // A missing icon must not take the whole board down; the scene draws a fallback disc.
      }
    }),
  );
  return out;
}
