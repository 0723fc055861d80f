// @vitest-environment jsdom
// The board's DOM around the canvas, with the Phaser scene replaced by a recording stand-in (Phaser
// cannot load in jsdom; the real canvas is tested end to end in Chromium). Queried by role and name,
// as a user finds things.
import { fireEvent, getByRole, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapItem, BoardModel } from '../../../src/board/view-model.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyCommand, createSession, loadScenario, publicView, roleView, scenarioHash, type Command, type ExerciseState, type Scenario } from '../../../src/engine/index.js';

const drawn: { model: BoardModel; animate: boolean }[] = [];
const focused: (string | null)[] = [];
/** What the stand-in map asked to do, in order: zoom, pan, reset. */
const moves: string[] = [];
/** What the stand-in map says is under the pointer. */
let under: MapItem | null = null;
let onView: ((info: { pxPerMetre: number; zoom: number }) => void) | null = null;
let failMap = false;

vi.mock('../../../src/board/scene.js', () => ({
  createMap: async (_host: HTMLElement, options: { onView: (info: { pxPerMetre: number; zoom: number }) => void }) => {
    if (failMap) throw new Error('no canvas here');
    onView = options.onView;
    return {
      renderer: 'webgl',
      draw: async (model: BoardModel, animate: boolean) => {
        drawn.push({ model, animate });
        options.onView({ pxPerMetre: 0.2, zoom: 1 });
      },
      setFocus: (id: string | null) => focused.push(id),
      setHover: () => undefined,
      itemAt: () => under,
      positionOf: () => null,
      zoomBy: (factor: number) => moves.push(factor > 1 ? 'in' : 'out'),
      panBy: (dx: number, dy: number) => moves.push(`pan ${Math.sign(dx)} ${Math.sign(dy)}`),
      resetView: () => moves.push('reset'),
      setReserved: () => undefined,
      frameStats: () => ({ frames: 3, medianMs: 1, p95Ms: 2, maxMs: 2 }),
      keepAwake: () => undefined,
      destroy: () => undefined,
    };
  },
}));

const { mountBoard } = await import('../../../src/board/mount.js');

const TRAINER = { kind: 'trainer' } as const;
// jsdom's URL cannot resolve import.meta.url to a file path, so the scenarios are found from the project root.
const dir = join(process.cwd(), 'scenarios');
const bundled = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .sort()
  .flatMap((f) => {
    const r = loadScenario(readFileSync(join(dir, f), 'utf8'), f);
    return r.ok ? [r.scenario] : [];
  });
const scenario: Scenario = bundled.find((s) => s.picture.boardActions.length > 0) ?? bundled[0]!;
const actingRole = scenario.picture.boardActions[0]?.roles[0] ?? scenario.roles[0]!.id;

function inRounds(): ExerciseState {
  const settings = { mode: 'multiwindow' as const, tables: scenario.roles.map((r) => ({ id: r.id, name: r.id, roles: [r.id] })), simcell: [], feedback: 'debrief' as const };
  let s = createSession(scenario, 'mount', settings, scenarioHash(scenario));
  for (const type of ['start', 'beginRounds'] as const) {
    const r = applyCommand(scenario, s, { type, actor: TRAINER } as Command);
    if (r.ok) s = r.state;
  }
  return s;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await settle();
  expect(check()).toBe(true);
}

let target: HTMLElement;
beforeEach(() => {
  drawn.length = 0;
  focused.length = 0;
  moves.length = 0;
  under = null;
  onView = null;
  failMap = false;
  target = document.createElement('div');
  target.setAttribute('data-board-mount', '');
  document.body.replaceChildren(target);
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('mountBoard', () => {
  it('draws each view once in the canvas and the mirror, and marks the version the canvas drew', async () => {
    const board = await mountBoard(target, { lang: 'nl' });
    await until(() => target.dataset.boardRenderer === 'webgl');
    const state = inRounds();
    const view = publicView(scenario, state);
    board.update(view);
    await until(() => target.dataset.boardVersion === String(view.version));
    expect(drawn.at(-1)?.model.version).toBe(view.version);
    expect(drawn.at(-1)?.animate).toBe(false);

    const mirror = target.querySelector<HTMLElement>('.board-mirror')!;
    expect(mirror.dataset.boardVersion).toBe(String(view.version));
    const listed = [...mirror.querySelectorAll('[data-item-id]')].map((li) => li.getAttribute('data-item-id'));
    const expected = [...view.board.areas.map((a) => `area:${a.id}`), ...view.board.pointsOfInterest.map((p) => `poi:${p.id}`), ...view.board.markers.map((m) => `marker:${m.id}`)];
    for (const id of expected) expect(listed).toContain(id);
    expect(window.__crisistafelBoard?.frameStats()).toEqual({ frames: 3, medianMs: 1, p95Ms: 2, maxMs: 2 });
    board.destroy();
    expect(window.__crisistafelBoard).toBeUndefined();
    expect(target.dataset.boardVersion).toBeUndefined();
  });

  it('shows the crisis structure and indicators as text, and switches language in place', async () => {
    const board = await mountBoard(target, { lang: 'nl' });
    const view = publicView(scenario, inRounds());
    board.update(view);
    const structure = getByRole(target, 'heading', { name: 'Crisisstructuur' }).closest('section') as HTMLElement;
    const ncc = structure.querySelector('[data-team="NCC"]')!;
    expect(ncc.textContent).toContain('actief');
    expect(ncc.getAttribute('data-active')).toBe('true');
    expect(structure.querySelector('[data-team="MCCb"]')?.textContent).toContain('niet actief');
    board.setLanguage('en');
    expect(getByRole(target, 'heading', { name: 'Crisis structure' })).toBeTruthy();
    expect(target.querySelector('[data-team="MCCb"]')?.textContent).toContain('not active');
    board.destroy();
  });

  it('offers the role\'s board actions as buttons that send the board action command, and nothing more', async () => {
    const sent: unknown[] = [];
    const board = await mountBoard(target, { lang: 'en', onAction: (command) => sent.push(command) });
    let state = inRounds();
    const view = roleView(scenario, state, actingRole);
    board.update(view);
    const actions = getByRole(target, 'heading', { name: 'Board actions' }).closest('section') as HTMLElement;
    const open = view.boardActions.filter((a) => !a.taken);
    const button = within(actions).getAllByRole('button')[0]!;
    await userEvent.click(button);
    expect(sent).toEqual([{ type: 'boardAction', id: open[0]?.id }]);

    // The engine takes it; the next view shows it as done and the button is gone.
    const r = applyCommand(scenario, state, { type: 'boardAction', id: open[0]!.id, actor: { kind: 'role', role: actingRole } });
    expect(r.ok).toBe(true);
    if (r.ok) state = r.state;
    board.update(roleView(scenario, state, actingRole));
    expect(within(actions).queryByRole('button', { name: button.textContent ?? '' })).toBeNull();
    expect(actions.querySelector(`[data-action-taken="${open[0]!.id}"]`)).not.toBeNull();
    // The clicked button is gone, but the keyboard user's focus stays in the actions panel.
    expect(actions.contains(document.activeElement)).toBe(true);
    await until(() => drawn.at(-1)?.animate === true);
    expect(target.querySelector('.board__live')?.textContent).not.toBe('');
    board.destroy();
  });

  it('offers no actions on the projector, nor without onAction', async () => {
    const board = await mountBoard(target, { lang: 'en' });
    board.update(roleView(scenario, inRounds(), actingRole));
    expect(queryByRole(target, 'heading', { name: 'Board actions' })).toBeNull();
    board.destroy();
  });

  it('walks the map items with the arrow keys, in the mirror\'s order, and shows each one\'s details', async () => {
    const board = await mountBoard(target, { lang: 'en' });
    await until(() => target.dataset.boardRenderer === 'webgl');
    const view = publicView(scenario, inRounds());
    board.update(view);
    const map = getByRole(target, 'group', { name: /^Map of / });
    map.focus();
    await userEvent.keyboard('{ArrowDown}');
    const first = target.querySelector('.board-mirror [data-item-id]')?.getAttribute('data-item-id');
    expect(focused.at(-1)).toBe(first);
    const details = target.querySelector<HTMLElement>('.board-details')!;
    expect(details.hidden).toBe(false);
    expect(details.dataset.itemId).toBe(first);
    await userEvent.keyboard('{End}');
    const all = [...target.querySelectorAll('.board-mirror [data-item-id]')].map((li) => li.getAttribute('data-item-id'));
    expect(focused.at(-1)).toBe(all.at(-1));
    await userEvent.keyboard('{Escape}');
    expect(focused.at(-1)).toBeNull();
    expect(details.hidden).toBe(true);

    // A mouse over an item shows that item's details too, and leaving the map hides them.
    const poi = drawn.at(-1)!.model.map.pois[0]!;
    under = poi;
    fireEvent.pointerMove(map, { pointerType: 'mouse', pointerId: 1, clientX: 40, clientY: 40 });
    expect(details.hidden).toBe(false);
    expect(details.dataset.itemId).toBe(poi.id);
    expect(details.textContent).toContain(poi.label);
    fireEvent.pointerLeave(map, { pointerType: 'mouse', pointerId: 1 });
    expect(details.hidden).toBe(true);
    board.destroy();
  });

  it('a tap on an item shows its details (as text, never as markup); a tap on empty map clears them', async () => {
    const board = await mountBoard(target, { lang: 'en' });
    await until(() => target.dataset.boardRenderer === 'webgl');
    // Scenario text is untrusted: a name that looks like markup is shown as the characters it is.
    const view = publicView(scenario, inRounds());
    const [first, ...rest] = view.board.pointsOfInterest;
    board.update({ ...view, board: { ...view.board, pointsOfInterest: [{ ...first!, name: '<img src=x onerror=alert(1)>Depot' }, ...rest] } });
    await until(() => drawn.length > 0);
    const map = getByRole(target, 'group', { name: /^Map of / });
    const poi = drawn.at(-1)!.model.map.pois.find((p) => p.ref === first!.id)!;
    under = poi;
    fireEvent.pointerDown(map, { pointerType: 'touch', pointerId: 7, clientX: 50, clientY: 60 });
    fireEvent.pointerUp(map, { pointerType: 'touch', pointerId: 7, clientX: 52, clientY: 61 });
    const details = target.querySelector<HTMLElement>('.board-details')!;
    expect(details.hidden).toBe(false);
    expect(details.textContent).toContain('<img src=x onerror=alert(1)>Depot');
    expect(details.querySelector('img')).toBeNull();
    expect(focused.at(-1)).toBe(poi.id);
    under = null;
    fireEvent.pointerDown(map, { pointerType: 'touch', pointerId: 8, clientX: 5, clientY: 5 });
    fireEvent.pointerUp(map, { pointerType: 'touch', pointerId: 8, clientX: 5, clientY: 5 });
    expect(details.hidden).toBe(true);
    board.destroy();
  });

  it('zooms with + and −, the buttons and the wheel, pans with a drag and Shift + arrows, and 0 shows the whole map', async () => {
    const board = await mountBoard(target, { lang: 'nl' });
    await until(() => target.dataset.boardRenderer === 'webgl');
    board.update(publicView(scenario, inRounds()));
    const map = getByRole(target, 'group', { name: /^Kaart van / });
    map.focus();
    await userEvent.keyboard('+');
    await userEvent.keyboard('-');
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    await userEvent.keyboard('0');
    expect(moves).toEqual(['in', 'out', 'pan 1 0', 'reset']);
    // Shift + arrows move the map; plain arrows still walk the items.
    expect(focused).toEqual([]);

    moves.length = 0;
    const zoomIn = getByRole(target, 'button', { name: 'Inzoomen' });
    const zoomOut = getByRole(target, 'button', { name: 'Uitzoomen' });
    const whole = getByRole(target, 'button', { name: 'Hele kaart' });
    // On the whole map there is nothing to zoom out to.
    expect(zoomOut.hasAttribute('disabled')).toBe(true);
    expect(whole.hasAttribute('disabled')).toBe(true);
    await userEvent.click(zoomIn);
    onView?.({ pxPerMetre: 0.4, zoom: 1.5 });
    expect(zoomOut.hasAttribute('disabled')).toBe(false);
    await userEvent.click(whole);
    expect(moves).toEqual(['in', 'reset']);

    // The wheel zooms at the pointer; a drag moves the map and picks nothing.
    moves.length = 0;
    fireEvent.wheel(map, { deltaY: -100, clientX: 30, clientY: 30 });
    fireEvent.pointerDown(map, { pointerType: 'mouse', button: 0, pointerId: 2, clientX: 100, clientY: 100 });
    fireEvent.pointerMove(map, { pointerType: 'mouse', pointerId: 2, clientX: 160, clientY: 100 });
    fireEvent.pointerUp(map, { pointerType: 'mouse', pointerId: 2, clientX: 160, clientY: 100 });
    expect(moves).toEqual(['in', 'pan 1 0']);
    expect(target.querySelector<HTMLElement>('.board-details')?.hidden).toBe(true);
    board.destroy();
  });

  it('pinches with two fingers to zoom (apart: in, together: out), and a two-finger gesture never counts as a tap', async () => {
    const board = await mountBoard(target, { lang: 'en' });
    await until(() => target.dataset.boardRenderer === 'webgl');
    board.update(publicView(scenario, inRounds()));
    const map = getByRole(target, 'group', { name: /^Map of / });
    under = drawn.at(-1)!.model.map.pois[0]!;
    const touch = (type: 'pointerDown' | 'pointerMove' | 'pointerUp', id: number, x: number) => fireEvent[type](map, { pointerType: 'touch', pointerId: id, clientX: x, clientY: 100 });
    touch('pointerDown', 1, 100);
    touch('pointerDown', 2, 140);
    touch('pointerMove', 2, 200);
    touch('pointerMove', 1, 60);
    touch('pointerUp', 2, 200);
    touch('pointerUp', 1, 60);
    expect(moves.filter((m) => m === 'in' || m === 'out')).toEqual(['in', 'in']);
    moves.length = 0;
    touch('pointerDown', 3, 60);
    touch('pointerDown', 4, 200);
    touch('pointerMove', 4, 120);
    touch('pointerUp', 4, 120);
    touch('pointerUp', 3, 60);
    expect(moves.filter((m) => m === 'in' || m === 'out')).toEqual(['out']);
    // Neither gesture picked the item under the fingers.
    expect(focused).toEqual([]);
    board.destroy();
  });

  it('shows a scale bar from the map\'s scale, in the board\'s language', async () => {
    const board = await mountBoard(target, { lang: 'nl' });
    await until(() => target.dataset.boardRenderer === 'webgl');
    board.update(publicView(scenario, inRounds()));
    const bar = getByRole(target, 'img', { name: /^Schaal: / });
    // 0.2 px per metre: 120 px is 600 m, so the bar is 500 m.
    expect(bar.getAttribute('aria-label')).toBe('Schaal: 500 m');
    onView?.({ pxPerMetre: 0.05, zoom: 1 });
    expect(bar.getAttribute('aria-label')).toBe('Schaal: 2 km');
    // A new language redraws the map (the stand-in draws at 0.2 px per metre again).
    board.setLanguage('en');
    await until(() => target.querySelector('.board-scale')?.getAttribute('aria-label') === 'Scale: 500 m');
    board.destroy();
  });

  it('keeps the whole picture in text when the canvas cannot be drawn', async () => {
    failMap = true;
    const board = await mountBoard(target, { lang: 'en' });
    await until(() => target.dataset.boardRenderer === 'none');
    const view = publicView(scenario, inRounds());
    board.update(view);
    expect(target.dataset.boardVersion).toBe(String(view.version));
    expect(target.textContent).toContain('The map could not be drawn');
    expect(target.querySelectorAll('.board-mirror [data-item-id]').length).toBeGreaterThan(0);
    board.destroy();
  });
});
