// The board's entry for the screens: `const { mountBoard } = await import('../board/mount.js')`.
// It builds the DOM at once (structure, indicators, actions, the mirror), then loads Phaser in its own
// chunk and draws the map. Every part is drawn from one view model per view, and the mount element
// says which version the canvas has drawn (data-board-version) and with which renderer
// (data-board-renderer): tests wait on those, never on time or pixels.
import '../styles/board.css';
import type { CommonView } from '../engine/index.js';
import { t, type Language } from '../i18n/index.js';
import { announcements } from './announcements.js';
import { el, heading, uniqueId } from './dom.js';
import type { FrameSummary } from './frame-stats.js';
import { paletteFor } from './palette.js';
import { renderActions, type BoardActionCommand } from './panels/actions-panel.js';
import { renderDetails } from './panels/details.js';
import { renderIndicators } from './panels/indicator-panel.js';
import { renderLegend } from './panels/legend.js';
import { mirrorGroups, renderMirror } from './panels/mirror.js';
import { renderScaleBar } from './panels/scale-bar.js';
import { renderStructure } from './panels/structure-panel.js';
import { attachPointer } from './pointer.js';
import type { MapRenderer, ViewInfo } from './scene.js';
import { MAX_ZOOM } from './geometry.js';
import { boardViewModel, mapItems, type BoardInput, type BoardModel, type MapItem } from './view-model.js';

export interface BoardOptions {
  readonly lang: Language;
  /** Large type and high contrast for a classroom projector. */
  readonly projector?: boolean;
  /** No tweens; defaults to the user's prefers-reduced-motion setting. */
  readonly reducedMotion?: boolean;
  /** Offer the role's board actions; called with the command body the screen sends to the engine. */
  readonly onAction?: (command: BoardActionCommand) => void;
  /** Level of the board's own heading (2 by default); its panels use the levels below it. */
  readonly headingLevel?: number;
  /**
   * The crisis-structure and indicator panels beside the map (shown by default). A screen that shows
   * both itself (the participant screen, the projector) leaves them out, so nothing is said twice.
   */
  readonly panels?: boolean;
}

export interface Board {
  /** Draw a view: a role view, the public view or any view with the common picture. */
  update(view: BoardInput | CommonView): void;
  setLanguage(lang: Language): void;
  destroy(): void;
}

export interface BoardTestHook {
  /** Median and p95 CPU time of Phaser's update + render over the last frames (the bench reads this). */
  frameStats(): FrameSummary | null;
  keepAwake(on: boolean): void;
  /** Where a map item is drawn, in CSS pixels from the map's top-left corner: tests point the mouse at it. */
  itemPosition(id: string): [number, number] | null;
}

declare global {
  interface Window {
    __crisistafelBoard?: BoardTestHook;
  }
}

interface Shell {
  readonly root: HTMLElement;
  readonly title: HTMLHeadingElement;
  readonly map: HTMLElement;
  readonly canvasHost: HTMLElement;
  readonly status: HTMLElement;
  readonly details: HTMLElement;
  readonly zoom: { readonly group: HTMLElement; readonly zoomIn: HTMLButtonElement; readonly zoomOut: HTMLButtonElement; readonly reset: HTMLButtonElement };
  readonly scale: HTMLElement;
  readonly hint: HTMLElement;
  readonly legend: HTMLElement;
  readonly structure: HTMLElement;
  readonly indicators: HTMLElement;
  readonly actions: HTMLElement;
  readonly mirror: HTMLElement;
  readonly live: HTMLElement;
}

function buildShell(projector: boolean, level: number, panels: boolean, actionsOffered: boolean): Shell {
  const hintId = uniqueId('board-hint');
  const titleId = uniqueId('board-title');
  const title = heading(level, '', 'board__title');
  title.id = titleId;
  const status = el('p', { className: 'board__status' });
  // Phaser sizes its canvas to its parent's outer box, so the parent is a borderless layer inside the frame.
  const canvasHost = el('div', { className: 'board__canvas' }, [status]);
  const map = el('div', { className: 'board__map', attrs: { tabindex: '0', role: 'group', 'aria-describedby': hintId } }, [canvasHost]);
  const details = el('div', { className: 'board-details', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } });
  details.hidden = true;
  // Buttons for those without a wheel, two fingers or the keys; the same steps as + and −.
  const zoomButton = (text: string, name: string) => el('button', { className: 'board-zoom__button', text, attrs: { type: 'button', 'data-zoom': name } });
  const zoom = { zoomIn: zoomButton('+', 'in'), zoomOut: zoomButton('−', 'out'), reset: zoomButton('⤢', 'reset') };
  const zoomGroup = el('div', { className: 'board-zoom', attrs: { role: 'group' } }, [zoom.zoomIn, zoom.zoomOut, zoom.reset]);
  const scale = el('div', { className: 'board-scale', attrs: { role: 'img' } });
  scale.hidden = true;
  const hint = el('p', { className: 'board__hint', attrs: { id: hintId } });
  const legend = el('div', { className: 'board-legend' });
  const structure = el('section', { className: 'board-panel board-structure' });
  const indicators = el('section', { className: 'board-panel board-indicators' });
  const actions = el('section', { className: 'board-panel board-actions' });
  actions.hidden = true;
  const mirror = el('section', { className: 'board-mirror' });
  const live = el('div', { className: 'visually-hidden board__live', attrs: { role: 'status', 'aria-live': 'polite' } });
  const mapOnly = !panels && !actionsOffered;
  const side = mapOnly ? [] : [el('div', { className: 'board__side' }, panels ? [structure, indicators, actions] : [actions])];
  const root = el('section', { className: `board${projector ? ' board--projector' : ''}${mapOnly ? ' board--map-only' : ''}`, attrs: { 'aria-labelledby': titleId } }, [
    title,
    el('div', { className: 'board__body' }, [el('div', { className: 'board__map-column' }, [el('div', { className: 'board__map-wrap' }, [map, details, zoomGroup, scale]), hint, legend]), ...side]),
    mirror,
    live,
  ]);
  return { root, title, map, canvasHost, status, details, zoom: { group: zoomGroup, ...zoom }, scale, hint, legend, structure, indicators, actions, mirror, live };
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export async function mountBoard(target: HTMLElement, options: BoardOptions): Promise<Board> {
  let lang = options.lang;
  const projector = options.projector ?? false;
  const reducedMotion = options.reducedMotion ?? prefersReducedMotion();
  const level = Math.min(5, Math.max(2, options.headingLevel ?? 2));
  const palette = paletteFor(projector);
  const panels = options.panels ?? true;
  const shell = buildShell(projector, level, panels, options.onAction !== undefined);
  const title = shell.title;
  target.replaceChildren(shell.root);
  delete target.dataset.boardVersion;
  target.dataset.boardRenderer = 'loading';

  let lastView: BoardInput | null = null;
  let model: BoardModel | null = null;
  let map: MapRenderer | null = null;
  let mapFailed = false;
  let destroyed = false;
  let drawTicket = 0;
  let hovered: MapItem | null = null;
  let cursor: string | null = null;
  let viewInfo: ViewInfo | null = null;

  const showDetails = () => {
    const focusedItem = cursor && model ? (mapItems(model).find((i) => i.id === cursor) ?? null) : null;
    renderDetails(shell.details, hovered ?? focusedItem);
  };

  const renderStatic = () => {
    const region = model?.region ?? '';
    title.textContent = region ? t(lang, 'board.titleRegion', { region }) : t(lang, 'board.title');
    shell.hint.textContent = t(lang, 'board.mapHint');
    shell.map.setAttribute('aria-roledescription', t(lang, 'board.map'));
    shell.map.setAttribute('aria-label', t(lang, 'board.mapLabel', { region, count: model ? mapItems(model).length : 0 }));
    if (!map) shell.status.textContent = mapFailed ? t(lang, 'board.failed') : t(lang, 'board.loading');
    renderLegend(shell.legend, palette, lang, level + 1, model);
    const z = shell.zoom;
    z.group.setAttribute('aria-label', t(lang, 'board.zoom.group'));
    z.zoomIn.setAttribute('aria-label', t(lang, 'board.zoom.in'));
    z.zoomOut.setAttribute('aria-label', t(lang, 'board.zoom.out'));
    z.reset.setAttribute('aria-label', t(lang, 'board.zoom.reset'));
    for (const button of [z.zoomIn, z.zoomOut, z.reset]) button.title = button.getAttribute('aria-label') ?? '';
    renderView();
  };

  // The zoom buttons and the scale bar follow what the map drew; without a map (loading, failed) they are not offered.
  let shownView = '';
  const renderView = () => {
    // A drag redraws the map every frame at the same scale: nothing here changes then.
    const key = `${map === null}|${viewInfo?.zoom}|${viewInfo?.pxPerMetre}|${lang}`;
    if (key === shownView) return;
    shownView = key;
    const z = shell.zoom;
    z.group.hidden = map === null;
    const level = viewInfo?.zoom ?? 1;
    z.zoomOut.disabled = level <= 1;
    z.reset.disabled = level <= 1;
    z.zoomIn.disabled = level >= MAX_ZOOM;
    shell.map.classList.toggle('board__map--zoomed', level > 1);
    // What the map shows, for tests to wait on (never on time or pixels): 1 is the whole map.
    if (map) target.dataset.boardZoom = String(Math.round(level * 100) / 100);
    renderScaleBar(shell.scale, map && viewInfo ? viewInfo.pxPerMetre : null, lang);
    map?.setReserved(reservedBoxes());
  };

  /** Where the zoom buttons and the scale bar lie over the canvas, so the map puts no name under them. */
  const reservedBoxes = () => {
    const host = shell.canvasHost.getBoundingClientRect();
    return [shell.zoom.group, shell.scale]
      .filter((e) => !e.hidden)
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.left - host.left - 2, y: r.top - host.top - 2, width: r.width + 4, height: r.height + 4 }));
  };

  /** The map's box keeps the map's own proportions (within the panel's limits), so a wide map is not a strip in a tall box. */
  const setAspect = (bounds: BoardModel['bounds']) => {
    if (bounds.width > 0 && bounds.height > 0) shell.map.style.setProperty('--board-aspect', String(Math.round((bounds.width / bounds.height) * 1000) / 1000));
  };

  const drawMap = (animate: boolean) => {
    if (!model) return;
    const drawn = model;
    const ticket = ++drawTicket;
    if (map) {
      void map.draw(drawn, animate).then(() => {
        if (ticket === drawTicket && !destroyed) target.dataset.boardVersion = String(drawn.version);
      });
    } else if (mapFailed) target.dataset.boardVersion = String(drawn.version);
  };

  const render = (next: BoardModel, animate: boolean) => {
    const previous = model;
    model = next;
    setAspect(next.bounds);
    renderStatic();
    if (panels) {
      renderStructure(shell.structure, next, level + 1);
      renderIndicators(shell.indicators, next, level + 1);
    }
    const offerActions = options.onAction !== undefined && next.actions !== null;
    shell.actions.hidden = !offerActions;
    if (offerActions && options.onAction) renderActions(shell.actions, next, level + 1, options.onAction);
    renderMirror(shell.mirror, next, level + 1);
    if (animate) {
      const said = announcements(previous, next);
      if (said.length > 0) shell.live.textContent = said.join(' ');
    }
    if (hovered) hovered = mapItems(next).find((i) => i.id === hovered?.id) ?? null;
    showDetails();
    drawMap(animate);
  };

  // The keyboard walks the map items in the mirror's order (what matters most first).
  const cursorOrder = () => (model ? mirrorGroups(model).flatMap((g) => g.items.map((i) => i.id)) : []);
  const moveCursor = (to: string | null) => {
    cursor = to;
    map?.setFocus(cursor);
    showDetails();
  };
  const STEP = 1.5;
  const zoomKeys: Record<string, () => void> = {
    '+': () => map?.zoomBy(STEP),
    '=': () => map?.zoomBy(STEP),
    '-': () => map?.zoomBy(1 / STEP),
    '_': () => map?.zoomBy(1 / STEP),
    '0': () => map?.resetView(),
  };
  const panKeys: Record<string, readonly [number, number]> = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
  shell.zoom.zoomIn.addEventListener('click', () => map?.zoomBy(STEP));
  shell.zoom.zoomOut.addEventListener('click', () => map?.zoomBy(1 / STEP));
  shell.zoom.reset.addEventListener('click', () => map?.resetView());
  shell.map.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const zoomKey = zoomKeys[event.key];
    if (zoomKey) {
      event.preventDefault();
      zoomKey();
      return;
    }
    const pan = panKeys[event.key];
    if (pan && event.shiftKey) {
      event.preventDefault();
      const step = Math.min(shell.map.clientWidth, shell.map.clientHeight) / 5 || 80;
      map?.panBy(pan[0] * step, pan[1] * step);
      return;
    }
    const order = cursorOrder();
    if (order.length === 0) return;
    const at = cursor ? order.indexOf(cursor) : -1;
    const keys: Record<string, () => string | null> = {
      ArrowDown: () => order[(at + 1) % order.length] ?? null,
      ArrowRight: () => order[(at + 1) % order.length] ?? null,
      ArrowUp: () => order[(at - 1 + order.length) % order.length] ?? null,
      ArrowLeft: () => order[(at - 1 + order.length) % order.length] ?? null,
      Home: () => order[0] ?? null,
      End: () => order.at(-1) ?? null,
      Escape: () => null,
    };
    const move = keys[event.key];
    if (!move) return;
    event.preventDefault();
    moveCursor(move());
  });
  shell.map.addEventListener('blur', () => moveCursor(null));

  const hoverItem = (item: MapItem | null) => {
    hovered = item;
    map?.setHover(item?.id ?? null);
    showDetails();
  };
  const detachPointer = attachPointer(shell.map, {
    hover: (at) => hoverItem(at && map ? map.itemAt(at[0], at[1]) : null),
    // A tap or click shows the item's details (it never changes the exercise); on empty map it clears them.
    tap: (at) => moveCursor(map?.itemAt(at[0], at[1])?.id ?? null),
    pan: (dx, dy) => map?.panBy(dx, dy),
    zoom: (factor, at) => map?.zoomBy(factor, at),
    zoomLevel: () => viewInfo?.zoom ?? 1,
  });

  renderStatic();

  const hook: BoardTestHook = { frameStats: () => map?.frameStats() ?? null, keepAwake: (on) => map?.keepAwake(on), itemPosition: (id) => map?.positionOf(id) ?? null };
  window.__crisistafelBoard = hook;

  void import('./scene.js')
    .then(({ createMap }) =>
      createMap(shell.canvasHost, {
        projector,
        reducedMotion,
        onView: (info) => {
          viewInfo = info;
          renderView();
        },
      }),
    )
    .then(
      (created) => {
        if (destroyed) {
          created.destroy();
          return;
        }
        map = created;
        shell.status.remove();
        target.dataset.boardRenderer = created.renderer;
        if (cursor) created.setFocus(cursor);
        renderView();
        drawMap(false);
      },
      () => {
        mapFailed = true;
        target.dataset.boardRenderer = 'none';
        shell.map.classList.add('board__map--failed');
        renderStatic();
        drawMap(false);
      },
    );

  return {
    update(view) {
      if (destroyed) return;
      const animate = lastView !== null && view.version !== lastView.version;
      lastView = view;
      render(boardViewModel(view, lang), animate);
    },
    setLanguage(next) {
      lang = next;
      if (destroyed) return;
      if (lastView) render(boardViewModel(lastView, lang), false);
      else renderStatic();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      detachPointer();
      map?.destroy();
      map = null;
      if (window.__crisistafelBoard === hook) delete window.__crisistafelBoard;
      shell.root.remove();
      delete target.dataset.boardVersion;
      delete target.dataset.boardRenderer;
      delete target.dataset.boardZoom;
    },
  };
}
