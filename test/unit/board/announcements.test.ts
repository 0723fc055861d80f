// What the board says in its aria-live region when the picture changes: the same changes a sighted
// player sees, built from two view models of a real session.
import { describe, expect, it } from 'vitest';
import { announcements } from '../../../src/board/announcements.js';
import { boardViewModel } from '../../../src/board/view-model.js';
import { applyCommand, availableCommands, createSession, publicView, roleView, scenarioHash, type Command, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { SCENARIOS } from './support.js';

const TRAINER = { kind: 'trainer' } as const;

function inRounds(scenario: Scenario): ExerciseState {
  const settings = { mode: 'multiwindow' as const, tables: scenario.roles.map((r) => ({ id: r.id, name: r.id, roles: [r.id] })), simcell: [], feedback: 'debrief' as const };
  let s = createSession(scenario, 'announce', settings, scenarioHash(scenario));
  for (const type of ['start', 'beginRounds'] as const) s = must(scenario, s, { type, actor: TRAINER });
  return s;
}

function must(scenario: Scenario, state: ExerciseState, command: Command): ExerciseState {
  const r = applyCommand(scenario, state, command);
  if (!r.ok) throw new Error(`${command.type} refused: ${r.refusal.code}`);
  return r.state;
}

describe('announcements', () => {
  const scenario = SCENARIOS.find((s) => s.bundled && s.scenario.picture.boardActions.some((a) => a.effects.some((e) => e.kind === 'board' && e.change.op === 'activateZone')))?.scenario;

  it('says nothing for the first picture, nor when only the language changes', () => {
    const sc = scenario ?? SCENARIOS[0]!.scenario;
    const view = publicView(sc, inRounds(sc));
    expect(announcements(null, boardViewModel(view, 'nl'))).toEqual([]);
    expect(announcements(boardViewModel(view, 'nl'), boardViewModel(view, 'en'))).toEqual([]);
  });

  it('announces a cordon put in place by a board action, in the reader\'s language', () => {
    if (!scenario) return;
    const action = scenario.picture.boardActions.find((a) => a.effects.some((e) => e.kind === 'board' && e.change.op === 'activateZone'))!;
    const zoneIds = action.effects.flatMap((e) => (e.kind === 'board' && e.change.op === 'activateZone' ? [e.change.zone] : []));
    const role = action.roles[0]!;
    const before = inRounds(scenario);
    const after = must(scenario, before, { type: 'boardAction', id: action.id, actor: { kind: 'role', role } });
    const said = announcements(boardViewModel(roleView(scenario, before, role), 'en'), boardViewModel(roleView(scenario, after, role), 'en'));
    const model = boardViewModel(roleView(scenario, after, role), 'en');
    let checked = 0;
    for (const id of zoneIds) {
      const zone = model.map.zones.find((z) => z.ref === id);
      if (!zone || before.board.activeZones.includes(id)) continue;
      const ring = { source: 'Source', inner: 'Inner cordon', outer: 'Outer cordon', effect: 'Effect area' }[zone.ring];
      expect(said).toContain(`${ring} active: ${zone.label}.`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('announces a change of scaling level and the teams it brings in', () => {
    const sc = SCENARIOS.find((s) => s.bundled)?.scenario ?? SCENARIOS[0]!.scenario;
    const before = inRounds(sc);
    const scale = sc.roles
      .flatMap((r) => availableCommands(sc, before, { kind: 'role', role: r.id }))
      .find((c): c is Extract<Command, { type: 'structure' }> => c.type === 'structure' && c.action.action === 'scale');
    expect(scale, 'some role may scale up').toBeDefined();
    const after = must(sc, before, scale!);
    const a = boardViewModel(publicView(sc, before), 'nl');
    const b = boardViewModel(publicView(sc, after), 'nl');
    const said = announcements(a, b);
    expect(said[0]).toBe(`Opschaling gewijzigd: ${b.structure.scaling.valueLabel}.`);
    for (const team of b.structure.teams.filter((x) => x.active && !a.structure.teams.find((y) => y.ref === x.ref)?.active)) expect(said).toContain(`Actief: ${team.label}.`);
  });

  it('announces markers that appear and disappear, and a unit that moved', () => {
    const sc = SCENARIOS[0]!.scenario;
    const base = boardViewModel(publicView(sc, inRounds(sc)), 'en');
    const at = [10, 10] as const;
    const withMarker = boardViewModel({ ...publicView(sc, inRounds(sc)), board: { ...publicView(sc, inRounds(sc)).board, markers: [{ id: 'x', kind: 'crowd', label: 'Crowd at the square', at }] } }, 'en');
    expect(announcements(base, withMarker)).toContain('New marker: Crowd at the square.');
    expect(announcements(withMarker, base)).toContain('Marker gone: Crowd at the square.');
    const view = publicView(sc, inRounds(sc));
    const unit = view.board.units[0];
    if (unit) {
      const moved = boardViewModel({ ...view, board: { ...view.board, units: [{ ...unit, at: [unit.at[0] + 50, unit.at[1]] as const }, ...view.board.units.slice(1)] } }, 'en');
      expect(announcements(boardViewModel(view, 'en'), moved)).toEqual([`Unit moved: ${moved.map.units[0]?.label}.`]);
    }
  });
});
