// @vitest-environment jsdom
// Every pictogram on the map is explained in words: by its name in the DOM mirror (one line per item,
// for every bundled scenario played to its end) and by its kind in the legend, with the legend's icon
// file for every kind the scenario format knows, in Dutch and in English.
import { describe, expect, it } from 'vitest';
import { iconUrl } from '../../../src/board/icons.js';
import { MARKER_KINDS } from '../../../src/board/kinds.js';
import { paletteFor } from '../../../src/board/palette.js';
import { pictograms, renderLegend } from '../../../src/board/panels/legend.js';
import { renderMirror } from '../../../src/board/panels/mirror.js';
import { boardViewModel, mapItems, type BoardModel } from '../../../src/board/view-model.js';
import { POI_KINDS, UNIT_KINDS } from '../../../src/engine/scenario/vocabulary.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { playExercise } from '../../../src/engine/bots/index.js';
import { createSession, loadScenario, publicView, scenarioHash, type Scenario } from '../../../src/engine/index.js';

// jsdom's URL cannot resolve import.meta.url to a file path, so the scenarios are found from the project root.
const dir = join(process.cwd(), 'scenarios');
const SCENARIOS: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
  .sort()
  .flatMap((f) => {
    const r = loadScenario(readFileSync(join(dir, f), 'utf8'), f);
    return r.ok ? [r.scenario] : [];
  });

/** A model with one place, unit and marker of every kind and the incident: the legend must explain each. */
function everyKind(lang: 'nl' | 'en'): BoardModel {
  const scenario = SCENARIOS[0]!;
  const settings = { mode: 'multiwindow' as const, tables: scenario.roles.map((r) => ({ id: r.id, name: r.id, roles: [r.id] })), simcell: [], feedback: 'debrief' as const };
  const base = boardViewModel(publicView(scenario, createSession(scenario, 'legend', settings, scenarioHash(scenario))), lang);
  const onMap = { on: 'map', at: [10, 10] } as const;
  const common = { label: 'x', details: [], position: onMap, version: 0 };
  return {
    ...base,
    map: {
      ...base.map,
      pois: POI_KINDS.map((k) => ({ ...common, id: `poi:${k}`, kind: 'poi', ref: k, poiKind: k })),
      units: UNIT_KINDS.map((k) => ({ ...common, id: `unit:${k}`, kind: 'unit', ref: k, unitKind: k })),
      markers: MARKER_KINDS.map((k) => ({ ...common, id: `marker:${k}`, kind: 'marker', ref: k, markerKind: k })),
      incident: { ...common, id: 'incident', kind: 'incident', ref: 'incident' },
    },
  };
}

describe('the legend', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`has a pictogram and a word for every kind of place, unit and marker and the incident (${lang})`, () => {
      const model = everyKind(lang);
      const entries = pictograms(model, lang);
      const keys = entries.map((e) => e.key);
      const expected = ['incident', ...MARKER_KINDS.map((k) => `marker-${k}`), ...UNIT_KINDS.map((k) => `unit-${k}`), ...POI_KINDS.map((k) => `poi-${k}`)];
      expect([...keys].sort()).toEqual([...expected].sort());
      for (const { key, text } of entries) {
        expect(text, key).not.toBe('');
        expect(text, key).not.toContain('board.');
        expect(iconUrl(key), `assets/icons/${key}.svg`).toBeDefined();
      }

      const container = document.createElement('div');
      renderLegend(container, paletteFor(false), lang, 3, model);
      for (const { key, text } of entries) {
        const entry = container.querySelector(`[data-icon="${key}"]`);
        expect(entry?.textContent, key).toBe(text);
        // The icon is decoration next to its word: an empty alt, so the word is read once.
        expect(entry?.querySelector('img')?.getAttribute('alt')).toBe('');
      }
    });
  }

  it('lists only the kinds on the map now, once each', () => {
    const model = everyKind('en');
    const one = { ...model, map: { ...model.map, pois: [model.map.pois[0]!, { ...model.map.pois[0]!, id: 'poi:again' }], units: [], markers: [], incident: null } };
    expect(pictograms(one, 'en').map((e) => e.key)).toEqual([`poi-${POI_KINDS[0]}`]);
  });
});

describe('the DOM mirror', () => {
  it('names every item on the map, for every bundled scenario played to its end, in both languages', () => {
    expect(SCENARIOS.length).toBeGreaterThan(1);
    for (const scenario of SCENARIOS) {
      // Played to the end by the doctrine bots: units deployed, markers set, cordons up.
      const { state } = playExercise(scenario, 'mirror', 'doctrine');
      for (const lang of ['nl', 'en'] as const) {
        const model = boardViewModel(publicView(scenario, state), lang);
        const container = document.createElement('section');
        renderMirror(container, model, 3);
        const lines = [...container.querySelectorAll('[data-item-id]')];
        for (const item of mapItems(model)) {
          const line = lines.find((li) => li.getAttribute('data-item-id') === item.id);
          expect(line, `${scenario.id} ${item.id}`).not.toBeNull();
          expect(item.label.trim(), `${scenario.id} ${item.id} has a name`).not.toBe('');
          expect(line?.textContent?.startsWith(item.label), `${scenario.id} ${item.id}`).toBe(true);
        }
      }
    }
  });
});
