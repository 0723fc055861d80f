// @vitest-environment jsdom
// A screen that shows the crisis structure and the indicators itself mounts the board without its own
// panels: the map, its legend and its list only, taking the width, so nothing is said twice.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCommand, createSession, loadScenario, publicView, scenarioHash, type Command, type ExerciseState, type Scenario } from '../../../src/engine/index.js';

vi.mock('../../../src/board/scene.js', () => ({
  createMap: async () => ({
    renderer: 'webgl',
    draw: async () => undefined,
    setFocus: () => undefined,
    setHover: () => undefined,
    itemAt: () => null,
    positionOf: () => null,
    zoomBy: () => undefined,
    panBy: () => undefined,
    resetView: () => undefined,
    setReserved: () => undefined,
    frameStats: () => ({ frames: 0, medianMs: 0, p95Ms: 0, maxMs: 0 }),
    keepAwake: () => undefined,
    destroy: () => undefined,
  }),
}));

const { mountBoard } = await import('../../../src/board/mount.js');

const loaded = loadScenario(readFileSync(join(process.cwd(), 'scenarios', 'intro-market-square.json'), 'utf8'), 'intro-market-square.json');
if (!loaded.ok) throw new Error('scenario does not load');
const scenario: Scenario = loaded.scenario;

function inRounds(): ExerciseState {
  const settings = { mode: 'multiwindow' as const, tables: [{ id: 't', name: 't', roles: ['mayor'] }], simcell: [], feedback: 'debrief' as const };
  let s = createSession(scenario, 'panels', settings, scenarioHash(scenario));
  for (const type of ['start', 'beginRounds'] as const) {
    const r = applyCommand(scenario, s, { type, actor: { kind: 'trainer' } } as Command);
    if (r.ok) s = r.state;
  }
  return s;
}

afterEach(() => document.body.replaceChildren());

describe('board without its own panels', () => {
  it('leaves out the structure and indicator panels and the side column, and keeps the map and its list', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const board = await mountBoard(target, { lang: 'nl', panels: false });
    board.update(publicView(scenario, inRounds()));
    expect(target.querySelector('.board-structure')).toBeNull();
    expect(target.querySelector('.board-indicators')).toBeNull();
    expect(target.querySelector('.board__side')).toBeNull();
    expect(target.querySelector('.board')?.classList.contains('board--map-only')).toBe(true);
    expect(target.querySelector('.board__map')).not.toBeNull();
    expect(target.querySelector('.board-mirror')?.textContent).toContain('Moskee aan de Kerklaan');
    board.destroy();
  });

  it('shows them by default', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const board = await mountBoard(target, { lang: 'nl' });
    board.update(publicView(scenario, inRounds()));
    expect(target.querySelector('.board-structure')?.textContent).toContain('Opschaling');
    expect(target.querySelector('.board-indicators')).not.toBeNull();
    expect(target.querySelector('.board')?.classList.contains('board--map-only')).toBe(false);
    board.destroy();
  });
});
