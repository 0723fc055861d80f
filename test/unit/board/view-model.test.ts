// The board's view model is the only input of its scenes and panels, so what it holds is exactly what
// the board can show. These specifications check, for every bundled scenario at several moments of a
// played exercise, that every item of the view is on the board and nothing else is — above all nothing
// a role's own view leaves out.
import { describe, expect, it } from 'vitest';
import type { CommonView, RoleView, Scenario } from '../../../src/engine/index.js';
import { allItems, boardViewModel, mapItems, type BoardInput, type BoardModel } from '../../../src/board/view-model.js';
import { localised } from '../../../src/board/label.js';
import { sampledStates, SCENARIOS, views } from './support.js';

type Refs = Record<string, string[]>;

const sorted = (xs: Iterable<string>) => [...xs].sort();

/** Every datum of the view the board shows, by the kind of board item it becomes. */
function viewRefs(view: BoardInput): Refs {
  const b = view.board;
  const nl = view.structure.nlAlert;
  return {
    area: sorted(b.areas.map((a) => a.id)),
    poi: sorted(b.pointsOfInterest.map((p) => p.id)),
    marker: sorted(b.markers.map((m) => m.id)),
    zone: sorted(b.zones.map((z) => z.id)),
    unit: sorted(b.units.map((u) => u.id)),
    hospital: sorted(b.hospitals.map((h) => h.id)),
    atRisk: sorted(b.atRisk.map((a) => a.id)),
    affected: sorted(b.affectedAreas),
    alertArea: nl.inForce && nl.area ? [nl.area] : [],
    incident: b.incidentAt ? ['incident'] : [],
    indicator: sorted(view.indicators.map((v) => v.id)),
    action: sorted((view.boardActions ?? []).map((a) => a.id)),
  };
}

function modelRefs(model: BoardModel): Refs {
  const out: Refs = { area: [], poi: [], marker: [], zone: [], unit: [], hospital: [], atRisk: [], affected: [], alertArea: [], incident: [], indicator: [], action: [] };
  for (const item of allItems(model)) if (item.kind !== 'team' && item.kind !== 'status') (out[item.kind] as string[]).push(item.ref);
  for (const k of Object.keys(out)) out[k] = sorted(out[k] as string[]);
  return out;
}

function expectFaithful(view: BoardInput, model: BoardModel): void {
  expect(modelRefs(model)).toEqual(viewRefs(view));

  const items = allItems(model);
  expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  expect(model.version).toBe(view.version);
  for (const item of items) expect(item.version).toBe(view.version);

  // Where each thing is, as the view has it.
  const b = view.board;
  for (const m of b.markers) expect(model.map.markers.find((x) => x.ref === m.id)?.position.at).toEqual(m.at);
  for (const u of b.units) expect(model.map.units.find((x) => x.ref === u.id)?.position.at).toEqual(u.at);
  for (const z of b.zones) {
    const zone = model.map.zones.find((x) => x.ref === z.id);
    expect(zone?.polygon).toEqual(z.polygon);
    expect(zone?.active).toBe(z.active);
  }
  for (const h of b.hospitals) {
    const item = model.map.hospitals.find((x) => x.ref === h.id);
    expect([item?.load, item?.capacity]).toEqual([h.load, h.capacity]);
    expect(item?.position.at).toEqual(b.pointsOfInterest.find((p) => p.id === h.poi)?.at);
  }
  for (const a of b.atRisk) expect(model.map.atRisk.find((x) => x.ref === a.id)?.protected).toBe(a.protected);
  expect(model.map.incident?.position.at ?? null).toEqual(b.incidentAt);

  // The structure: exactly the active teams with their chairs, the levels, the DSI only when the view has it.
  const s = view.structure;
  const activeTeams = model.structure.teams.filter((x) => x.active).map((x) => [x.team, x.chairOffice]);
  expect(sorted(activeTeams.map((x) => JSON.stringify(x)))).toEqual(sorted(s.activeTeams.map((a) => JSON.stringify([a.team, a.chair]))));
  expect(model.structure.scaling.value).toBe(s.grip);
  expect(model.structure.threat.map((x) => x.value)).toEqual([s.threatLevel.national, s.threatLevel.region]);
  const statuses = new Map(model.structure.statuses.map((x) => [x.status, x.value]));
  expect(statuses.get('incidentStage')).toBe(s.incident);
  expect(statuses.has('dsi')).toBe(s.dsi !== null);
  if (s.dsi !== null) expect(statuses.get('dsi')).toBe(s.dsi);
  expect(statuses.get('nlAlert')).toBe(s.nlAlert.inForce);
  for (const v of view.indicators) expect(model.indicators.find((x) => x.ref === v.id)?.value).toBe(v.value);
  if (!view.boardActions) expect(model.actions).toBeNull();
  else for (const a of view.boardActions) expect(model.actions?.find((x) => x.ref === a.id)?.taken).toBe(a.taken);
}

/** Texts of the trainer's picture that a role's view leaves out entirely. */
function hiddenTexts(scenario: Scenario, trainer: CommonView, role: RoleView, lang: 'nl' | 'en'): { refs: string[]; texts: string[] } {
  const seen = JSON.stringify(role);
  const refs: string[] = [];
  const texts: string[] = [];
  const hide = (kind: string, id: string, text: string | null, visible: boolean) => {
    if (visible) return;
    refs.push(`${kind}:${id}`);
    if (text && !seen.includes(JSON.stringify(text).slice(1, -1))) texts.push(text);
  };
  const T = trainer.board;
  const R = role.board;
  for (const m of T.markers) hide('marker', m.id, localised(m.label, lang), R.markers.some((x) => x.id === m.id));
  for (const u of T.units) hide('unit', u.id, localised(u.name, lang), R.units.some((x) => x.id === u.id));
  for (const z of T.zones) hide('zone', z.id, localised(z.name, lang), R.zones.some((x) => x.id === z.id));
  for (const a of T.atRisk) hide('atRisk', a.id, localised(a.reason, lang), R.atRisk.some((x) => x.id === a.id));
  for (const v of trainer.indicators) hide('indicator', v.id, localised(v.name, lang), role.indicators.some((x) => x.id === v.id));
  expect(scenario.id).toBeTruthy();
  return { refs, texts };
}

describe.each(SCENARIOS.map((s) => [s.name, s.scenario] as const))('boardViewModel on %s', (_name, scenario) => {
  const states = sampledStates(scenario);

  it('puts every item of the public view on the board, and nothing else', () => {
    for (const state of states) {
      const view = views.publicView(scenario, state);
      for (const lang of ['nl', 'en'] as const) expectFaithful(view, boardViewModel(view, lang));
    }
  });

  it('puts every item of each role view on the board, and nothing the role may not see', () => {
    let hiddenChecked = 0;
    for (const state of states) {
      const trainer = views.trainerView(scenario, state);
      for (const role of scenario.roles) {
        const view = views.roleView(scenario, state, role.id);
        for (const lang of ['nl', 'en'] as const) {
          const model = boardViewModel(view, lang);
          expectFaithful(view, model);
          const { refs, texts } = hiddenTexts(scenario, trainer, view, lang);
          const ids = new Set(allItems(model).map((i) => i.id));
          for (const ref of refs) expect(ids.has(ref), `${role.id} must not see ${ref}`).toBe(false);
          // The structure panel's own labels (e.g. the status chip "DSI") are the board's words, not scenario
          // text: a hidden unit named "DSI" must not show, the DSI status chip may.
          const json = JSON.stringify({ ...model, structure: null });
          for (const text of texts) expect(json.includes(text), `${role.id} must not read "${text}"`).toBe(false);
          hiddenChecked += refs.length;
        }
      }
    }
    // The bundled scenarios all hide something (a trainer-only place at risk, a restricted unit) from some role.
    if (scenario.picture.atRisk.some((a) => a.visibility !== 'public')) expect(hiddenChecked).toBeGreaterThan(0);
  });

  it('labels items in the language asked for, from the scenario\'s own texts', () => {
    const view = views.publicView(scenario, states.at(-1) ?? states[0]!);
    for (const lang of ['nl', 'en'] as const) {
      const model = boardViewModel(view, lang);
      for (const area of view.board.areas) expect(model.map.areas.find((a) => a.ref === area.id)?.label).toBe(localised(area.name, lang));
      for (const z of view.board.zones) expect(model.map.zones.find((a) => a.ref === z.id)?.label).toBe(localised(z.name, lang));
      for (const m of view.board.markers) expect(model.map.markers.find((a) => a.ref === m.id)?.label).toBe(localised(m.label, lang));
    }
  });

  it('leaves the view untouched', () => {
    const view = views.publicView(scenario, states.at(-1) ?? states[0]!);
    const before = JSON.stringify(view);
    boardViewModel(view, 'nl');
    expect(JSON.stringify(view)).toBe(before);
  });
});

describe('boardViewModel details', () => {
  const named = SCENARIOS.find((s) => s.bundled) ?? SCENARIOS[0]!;
  const scenario = named.scenario;
  const base = views.publicView(scenario, sampledStates(scenario)[0]!);

  it('shows a trend from the last two values of an indicator', () => {
    const indicator = { id: 'trust', name: { nl: 'Vertrouwen', en: 'Trust' }, kind: 'publicTrust', value: 20, min: 0, max: 100, history: [10, 20] };
    const trends = [[10, 20], [20, 10], [20], [], [15, 15]].map((history) => {
      const view = { ...base, indicators: [{ ...indicator, history }] };
      return boardViewModel(view, 'en').indicators[0]?.trend;
    });
    expect(trends).toEqual(['up', 'down', 'steady', 'steady', 'steady']);
    const nl = boardViewModel({ ...base, indicators: [{ ...indicator, unit: '%' }] }, 'nl').indicators[0];
    expect(nl?.details).toEqual(['20 %', 'stijgend', 'bereik 0 tot 100']);
  });

  it('names a custom scaling level by number, and GRIP levels by their standard names', () => {
    const grip = boardViewModel({ ...base, structure: { ...base.structure, grip: 3, scalingModel: 'grip' } }, 'nl');
    expect(grip.structure.scaling.valueLabel).toBe('GRIP 3 – gemeentelijk beleidsteam');
    const custom = boardViewModel({ ...base, structure: { ...base.structure, grip: 2, scalingModel: 'custom' } }, 'en');
    expect(custom.structure.scaling.valueLabel).toBe('Level 2');
  });

  it('draws a marker of an unknown kind as "other", and flags a hospital over capacity', () => {
    const poi = base.board.pointsOfInterest[0]!;
    const view = {
      ...base,
      board: {
        ...base.board,
        markers: [{ id: 'm1', kind: 'meteor', label: 'Onbekend', at: [10, 20] as const }],
        hospitals: [{ id: 'h1', poi: poi.id, capacity: 10, load: 12 }],
      },
    };
    const model = boardViewModel(view, 'nl');
    expect(model.map.markers[0]).toMatchObject({ id: 'marker:m1', markerKind: 'other', label: 'Onbekend', details: ['Markering'] });
    expect(model.map.hospitals[0]?.details).toEqual(['12 van 10 patiënten (120%)', 'Vol: meer patiënten dan capaciteit']);
    expect(model.map.hospitals[0]?.label).toBe(localised(poi.name, 'nl'));
  });

  it('shows every team of the org chart, active or not, and a team outside the columns when it is active', () => {
    const view = { ...base, structure: { ...base.structure, activeTeams: [{ team: 'external' as const, chair: null }, { team: 'ICCb' as const, chair: 'nctv' as const }] } };
    const model = boardViewModel(view, 'en');
    const teams = model.structure.teams;
    expect(teams.filter((x) => x.active).map((x) => [x.short, x.tier, x.chair])).toEqual([
      ['ICCb', 'national', 'National Coordinator for Counterterrorism and Security (NCTV)'],
      ['External', 'other', null],
    ]);
    expect(teams.filter((x) => x.tier === 'regional').map((x) => x.team)).toEqual(['CoPI', 'ROT', 'GBT', 'RBT', 'driehoek', 'SGBO']);
    expect(teams.filter((x) => x.tier === 'national').map((x) => x.team)).toEqual(['NCC', 'IAO', 'ICCb', 'MCCb', 'NKC', 'LOCC', 'DCC', 'beleidsteamDsi', 'Veiligheidsberaad']);
  });

  it('lists map items from the bottom layer to the top, the incident last', () => {
    const state = sampledStates(scenario).at(-1)!;
    const model = boardViewModel(views.publicView(scenario, state), 'nl');
    const kinds = mapItems(model).map((i) => i.kind);
    expect(kinds[0]).toBe('area');
    if (model.map.incident) expect(kinds.at(-1)).toBe('incident');
    expect(kinds.indexOf('marker') === -1 || kinds.indexOf('marker') > kinds.lastIndexOf('poi')).toBe(true);
  });
});
