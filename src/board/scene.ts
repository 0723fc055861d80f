// The board's Phaser entry, loaded with a dynamic import() the first time a board is shown, so Phaser
// (≈ 350 KB gzip) is its own chunk and never part of the first screen. It boots one game in the host
// element (WebGL, or Canvas where WebGL is unavailable), follows the element's size, and sleeps the
// game loop while nothing moves, so a still picture costs no CPU.
import * as Phaser from 'phaser';
import { frameStats, type FrameSummary } from './frame-stats.js';
import { rasteriseIcons, type IconKey } from './icons.js';
import type { Box } from './label.js';
import { MapScene, type ViewInfo } from './map-scene.js';
import { paletteFor } from './palette.js';
import type { BoardModel, MapItem } from './view-model.js';

export type RendererKind = 'webgl' | 'canvas';

export type { ViewInfo };

export interface MapOptions {
  readonly projector: boolean;
  readonly reducedMotion: boolean;
  /** The map's scale or zoom changed (for the scale bar and the zoom buttons). */
  readonly onView: (info: ViewInfo) => void;
}

export interface MapRenderer {
  readonly renderer: RendererKind;
  /** Draw a picture; resolves once a frame showing it has been rendered. */
  draw(model: BoardModel, animate: boolean): Promise<void>;
  /** The keyboard's or a tap's item: a ring round it, and brought into sight when zoomed in. */
  setFocus(id: string | null): void;
  /** The pointer's item: a ring round it. */
  setHover(id: string | null): void;
  /** The item drawn at a point of the canvas, in CSS pixels from its top-left corner. */
  itemAt(x: number, y: number): MapItem | null;
  /** Where an item is drawn, in CSS pixels from the canvas's top-left corner (for tests that point at it). */
  positionOf(id: string): [number, number] | null;
  /** Zoom by a factor (above 1 closer) at a point of the canvas in CSS pixels, or at its middle. */
  zoomBy(factor: number, at?: readonly [number, number]): void;
  /** Move the map by a drag of so many CSS pixels. */
  panBy(dx: number, dy: number): void;
  /** Back to the whole map. */
  resetView(): void;
  /** Parts of the canvas (CSS pixels) covered by the board's own controls, where no name may go. */
  setReserved(boxes: readonly Box[]): void;
  frameStats(): FrameSummary;
  /** Keep the loop running even when nothing moves (for measuring frame times). */
  keepAwake(on: boolean): void;
  destroy(): void;
}

/** How long the loop keeps running after the last change or pointer move, for hover rings and tweens to settle. */
const LINGER_MS = 600;

export async function createMap(host: HTMLElement, options: MapOptions): Promise<MapRenderer> {
  const palette = paletteFor(options.projector);
  // The canvas gets a device pixel for every device pixel (sharp at a device pixel ratio of 2 or 3);
  // the icons are rasterised at that size too. Capped at 3, where the eye stops seeing a difference.
  const dpr = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
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
      dpr,
      onView: options.onView,
      onReady: () => resolve(),
    });
  });

  const g = new Phaser.Game({
    type: Phaser.AUTO,
    parent: host,
    banner: false,
    autoFocus: false,
    backgroundColor: palette.backdrop,
    // Keys, pointers and touches belong to the page: the board's own handling is in the DOM (mount.ts),
    // which asks the scene what is under the pointer. And a map makes no sound.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    // The board sizes the canvas itself (below): dpr device pixels for each CSS pixel of the host, shown
    // at the host's CSS size (zoom 1/dpr sets the canvas's CSS size).
    scale: { mode: Phaser.Scale.NONE, parent: host, ...deviceSize(host, dpr), zoom: 1 / dpr, expandParent: false, autoRound: false },
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
  // The canvas follows its host: a new panel size, a phone turned, a window moved to a projector.
  const observer = new ResizeObserver(() => {
    const { width, height } = deviceSize(host, dpr);
    if (width === g.scale.width && height === g.scale.height) return;
    g.scale.resize(width, height);
    wake();
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
    setHover(id) {
      scene.setHover(id);
      wake();
    },
    itemAt: (x, y) => scene.itemAt(x, y),
    positionOf: (id) => scene.positionOf(id),
    zoomBy(factor, at) {
      scene.zoomBy(factor, at);
      wake();
    },
    panBy(dx, dy) {
      scene.panBy(dx, dy);
      wake();
    },
    resetView() {
      scene.resetView();
      wake();
    },
    setReserved(boxes) {
      scene.setReserved(boxes);
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

/** The host's size in device pixels (at least 1 × 1: Phaser cannot make an empty canvas). */
function deviceSize(host: HTMLElement, dpr: number): { width: number; height: number } {
  return { width: Math.max(1, Math.round(host.clientWidth * dpr)), height: Math.max(1, Math.round(host.clientHeight * dpr)) };
}
