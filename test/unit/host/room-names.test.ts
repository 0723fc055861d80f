// Once play is over, the host sends the room's debrief to the projector and to every table, with the
// names its ids stand for — and nothing more of the scenario than those names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../src/zod-setup.js';
import { playExercise } from '../../../src/engine/bots/index.js';
import { applyCommand, createSession, loadScenario, scenarioHash, type Command, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { viewsFor } from '../../../src/host/broadcast.js';
import { roomNames } from '../../../src/host/room-names.js';
import { SessionHost } from '../../../src/host/session-host.js';

const TRAINER = { kind: 'trainer' } as const;

function scenario(): Scenario {
  const loaded = loadScenario(readFileSync('scenarios/intro-market-square.json', 'utf8'), 'intro-market-square.json');
  if (!loaded.ok) throw new Error('scenario does not load');
  return loaded.scenario;
}

/** Played by bots, ended, and the debrief opened by the trainer. */
function ended(s: Scenario, seed: string): ExerciseState {
  let { state } = playExercise(s, seed, 'random');
  for (const type of ['end', 'openDebrief'] as const) {
    if (type === 'end' && state.phase !== 'decide' && state.phase !== 'paused') continue;
    const r = applyCommand(s, state, { type, actor: TRAINER } as Command);
    if (!r.ok) throw new Error(r.refusal.code);
    state = r.state;
  }
  return state;
}

describe('the room’s view once play is over', () => {
  const s = scenario();

  it('is there for the projector and every table only once the trainer has opened the debrief (in the hotwash the room talks, without ratings)', () => {
    const settings = { mode: 'hotseat' as const, tables: [{ id: 't1', name: 'Tafel 1', roles: ['mayor', 'comms'] }, { id: 't2', name: 'Tafel 2', roles: ['police-chief'] }], simcell: [], feedback: 'debrief' as const };
    const host = new SessionHost(s, createSession(s, 'room', settings, scenarioHash(s)));
    for (const type of ['start', 'beginRounds'] as const) host.submit(TRAINER, { type, actor: TRAINER });
    expect(host.roomView()).toBeNull();
    expect(viewsFor(host, { kind: 'table', roles: ['mayor', 'comms'] }).map((v) => v.for)).toEqual(['role', 'role']);
    expect(host.viewFor({ kind: 'projector' }).for).toBe('projector');

    host.submit(TRAINER, { type: 'end', actor: TRAINER });
    expect(host.state.phase).toBe('hotwash');
    expect(host.roomView()).toBeNull();
    expect(viewsFor(host, { kind: 'table', roles: ['mayor', 'comms'] }).map((v) => v.for)).toEqual(['role', 'role']);
    const talking = host.viewFor({ kind: 'projector' });
    expect(talking.for === 'projector' && talking.view.phase).toBe('hotwash');

    host.submit(TRAINER, { type: 'openDebrief', actor: TRAINER });
    expect(viewsFor(host, { kind: 'table', roles: ['mayor', 'comms'] }).map((v) => v.for)).toEqual(['role', 'role', 'room']);
    const projector = host.viewFor({ kind: 'projector' });
    expect(projector.for).toBe('room');
    if (projector.for === 'room') expect(projector.view.audience).toEqual({ kind: 'room' });
  });

  it('names exactly the roles, decisions, options, injects and variables the room’s view refers to', () => {
    const state = ended(s, '5');
    const room = new SessionHost(s, state).roomView();
    expect(room).not.toBeNull();
    const { view, names } = room!;
    const named = (list: readonly { id: string }[]) => list.map((x) => x.id).sort();

    const referred = { roles: new Set<string>(), decisions: new Set<string>(), injects: new Set<string>() };
    for (const e of view.timeline) {
      if (typeof e.data.role === 'string') referred.roles.add(e.data.role);
      if (typeof e.data.owner === 'string') referred.roles.add(e.data.owner);
      if (typeof e.data.decision === 'string') referred.decisions.add(e.data.decision);
      if (e.kind === 'injectDelivered' && e.data.free !== true) referred.injects.add(e.data.inject as string);
    }
    for (const m of view.messages) referred.roles.add(m.role);
    for (const c of view.score.criteria) for (const a of c.assessments) referred.decisions.add(a.decision);

    expect(named(names.roles)).toEqual([...referred.roles].sort());
    expect(named(names.decisions)).toEqual([...referred.decisions].sort());
    expect(named(names.injects)).toEqual([...referred.injects].sort());
    // Only injects the room saw delivered in public, never one meant for some roles only.
    const publicInjects = new Set(view.timeline.filter((e) => e.kind === 'injectDelivered').map((e) => e.data.inject));
    for (const inject of names.injects) expect(publicInjects.has(inject.id)).toBe(true);
    expect(names.injects.length).toBeLessThan(s.injects.length);
  });

  it('carries no trainer notes, briefings, inject texts or options nobody chose', () => {
    const state = ended(s, '6');
    const { names } = new SessionHost(s, state).roomView()!;
    const text = JSON.stringify(names);
    for (const d of s.decisions) if (d.trainerNote) expect(text).not.toContain(JSON.stringify(d.trainerNote).slice(1, 40));
    for (const i of s.injects) if (i.trainerNote) expect(text).not.toContain(JSON.stringify(i.trainerNote).slice(1, 40));
    for (const r of s.roles) expect(text).not.toContain(JSON.stringify(r.briefing).slice(1, 40));
    expect(names.decisions.every((d) => d.trainerNote === undefined)).toBe(true);
    // An option is named only when it was chosen — by its owner, by default, or settled by an action that carried
    // it out (which can replace an expired default): the room never learns the alternatives nobody took.
    const chosen = (decision: string) => state.events.filter((e) => e.kind === 'decisionTaken' && e.data.decision === decision).map((e) => e.data.option);
    for (const d of names.decisions) for (const o of d.options) expect(chosen(d.id)).toContain(o.id);
    expect(names.decisions.flatMap((d) => d.options).length).toBeLessThan(s.decisions.flatMap((d) => d.options).length);
    const { view } = new SessionHost(s, state).roomView()!;
    expect(roomNames(s, { ...view, timeline: [], messages: [], score: { ...view.score, criteria: [] } })).toEqual({
      roles: [],
      decisions: [],
      injects: [],
      variables: [],
      picture: { boardActions: [] },
      communication: { blocks: [] },
      rumours: [],
      modules: [],
      endings: [],
    });
  });
});
