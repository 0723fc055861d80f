// The board's Phaser entry, loaded with a dynamic import() the first time a board is shown, so Phaser
// (≈ 350 KB gzip) is its own chunk and never part of the first screen. It boots one game in the host
// element (WebGL, or Canvas where WebGL is unavailable), follows the element's size, and sleeps the
// game loop while nothing moves, so a still picture costs no CPU.
import * as Phaser from 'phaser';
import { frameStats, type FrameSummary } from './frame-stats.js';
import { rasteriseIcons, type IconKey } from './icons.js';
import { MapScene } from './map-scene.js';
import { paletteFor } from './palette.js';
import type { BoardModel, MapItem } from './view-model.js';

export type RendererKind = 'webgl' | 'canvas';

export interface MapOptions {
  readonly projector: boolean;
  readonly reducedMotion: boolean;
  readonly onHover: (item: MapItem | null) => void;
  readonly onSelect: (item: MapItem | null) => void;
}

export interface MapRenderer {
  readonly renderer: RendererKind;
  /** Draw a picture; resolves once a frame showing it has been rendered. */
  draw(model: BoardModel, animate: boolean): Promise<void>;
  setFocus(id: string | null): void;
  frameStats(): FrameSummary;
  /** Keep the loop running even when nothing moves (for measuring frame times). */
  keepAwake(on: boolean): void;
  destroy(): void;
}

/** How long the loop keeps running after the last change or pointer move, for hover rings and tweens to settle. */
const LINGER_MS = 600;

export async function createMap(host: HTMLElement, options: MapOptions): Promise<MapRenderer> {
  const palette = paletteFor(options.projector);
  const dpr = Math.max(1, window.devicePixelRatio || 1);
  const size = (key: IconKey) => Math.round((key === 'incident' ? palette.iconPx * 1.35 : key.startsWith('badge-') ? palette.badgePx : palette.iconPx) * dpr);
  const icons = await rasteriseIcons(size);

  const stats = frameStats(600);
  let game: Phaser.Game | null = null;
  let stepStart = 0;
  let awakeUntil = 0;
  let alwaysAwake = false;
  let wakeQueued = false;
  let destroyed = false;
  let waiting: (() => void)[] = [];

  // TimeStep.wake() runs a whole step at once; deferring it keeps a step from running inside Phaser's
  // own input handling, which is where a hover asks for a frame.
  function wake(): void {
    awakeUntil = Math.max(awakeUntil, performance.now() + LINGER_MS);
    if (!game || game.loop.running || wakeQueued) return;
    wakeQueued = true;
    queueMicrotask(() => {
      wakeQueued = false;
      if (game && !game.loop.running && !destroyed) game.loop.wake();
    });
  }

  let scene!: MapScene;
  const ready = new Promise<void>((resolve) => {
    scene = new MapScene({
      palette,
      reducedMotion: options.reducedMotion,
      icons,
      onHover: (item) => {
        wake();
        options.onHover(item);
      },
      onSelect: options.onSelect,
      onReady: () => resolve(),
    });
  });

  const g = new Phaser.Game({
    type: Phaser.AUTO,
    parent: host,
    banner: false,
    autoFocus: false,
    backgroundColor: palette.backdrop,
    // Keys belong to the page (the board's own keyboard handling is in the DOM), and a map makes no sound.
    input: { keyboard: false, gamepad: false },
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, parent: host, width: '100%', height: '100%', expandParent: false },
    render: { antialias: true, powerPreference: 'low-power' },
    scene,
  });
  game = g;
  await ready;

  g.events.on(Phaser.Core.Events.PRE_STEP, () => {
    stepStart = performance.now();
  });
  g.events.on(Phaser.Core.Events.POST_RENDER, () => {
    const now = performance.now();
    stats.record(now - stepStart);
    if (waiting.length > 0) {
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    }
    if (!alwaysAwake && now > awakeUntil && scene.tweens.getTweens().length === 0) g.loop.sleep();
  });
  host.addEventListener('pointermove', wake);

  const observer = new ResizeObserver(() => {
    wake();
    g.scale.refresh();
  });
  observer.observe(host);

  g.canvas.setAttribute('aria-hidden', 'true');

  return {
    renderer: g.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas',
    draw(model, animate) {
      scene.show(model, animate);
      const drawn = new Promise<void>((resolve) => waiting.push(resolve));
      wake();
      return drawn;
    },
    setFocus(id) {
      scene.setFocus(id);
      wake();
    },
    frameStats: () => stats.summary(),
    keepAwake(on) {
      alwaysAwake = on;
      stats.reset();
      wake();
    },
    destroy() {
      observer.disconnect();
      host.removeEventListener('pointermove', wake);
      for (const resolve of waiting) resolve();
      waiting = [];
      destroyed = true;
      // Phaser leaves a destroyed game's WebGL context to the garbage collector, and a browser keeps only
      // a few alive; the hot-seat station shows a board per turn, so each context is given back at once.
      const gl = g.renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? g.renderer.gl : null;
      g.events.once(Phaser.Core.Events.DESTROY, () => setTimeout(() => gl?.getExtension('WEBGL_lose_context')?.loseContext(), 0));
      // Phaser destroys a game on its next step, so a sleeping loop must run once more.
      g.destroy(true);
      if (!g.loop.running) g.loop.wake();
    },
  };
}
