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
import { renderStructure } from './panels/structure-panel.js';
import type { MapRenderer } from './scene.js';
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
    el('div', { className: 'board__body' }, [el('div', { className: 'board__map-column' }, [el('div', { className: 'board__map-wrap' }, [map, details]), hint, legend]), ...side]),
    mirror,
    live,
  ]);
  return { root, title, map, canvasHost, status, details, hint, legend, structure, indicators, actions, mirror, live };
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
    renderLegend(shell.legend, palette, lang, level + 1);
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
  shell.map.addEventListener('keydown', (event) => {
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

  renderStatic();

  const hook: BoardTestHook = { frameStats: () => map?.frameStats() ?? null, keepAwake: (on) => map?.keepAwake(on) };
  window.__crisistafelBoard = hook;

  void import('./scene.js')
    .then(({ createMap }) =>
      createMap(shell.canvasHost, {
        projector,
        reducedMotion,
        onHover: (item) => {
          hovered = item;
          showDetails();
        },
        onSelect: (item) => moveCursor(item?.id ?? null),
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
      map?.destroy();
      map = null;
      if (window.__crisistafelBoard === hook) delete window.__crisistafelBoard;
      shell.root.remove();
      delete target.dataset.boardVersion;
      delete target.dataset.boardRenderer;
    },
  };
}
