import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyStructureAction,
  checkStructureAction,
  closeIncident,
  initialStructure,
  notifyIncident,
  structureSummary,
  type StructureActor,
  type StructureScenario,
  type StructureSnapshots,
} from '../../../src/engine/machines/structure.js';
import type { StructureActionT } from '../../../src/engine/scenario/schema.js';
import { CONVENABLE_TEAMS, OFFICES, type Office } from '../../../src/engine/scenario/vocabulary.js';

const GRIP: StructureScenario = { setting: { scaling: { model: 'grip' }, threatLevel: { national: 4 } } };
const CUSTOM: StructureScenario = {
  setting: {
    scaling: {
      model: 'custom',
      levels: [
        { level: 1, label: 'Ter plaatse', teams: ['CoPI'], led: 'copiLeader' },
        { level: 3, label: 'Bestuurlijk', teams: ['CoPI', 'ROT', 'RBT'], led: 'chairSafetyRegion' },
      ],
    },
    threatLevel: { national: 3, region: 4 },
  },
};

function run(s: StructureSnapshots, steps: [StructureActionT, Office][], scenario = GRIP): StructureSnapshots {
  for (const [action, office] of steps) {
    const r = applyStructureAction(scenario, s, action, { office }, 10);
    if (!r.ok) throw new Error(`${office} ${action.action}: ${r.refusal.code}`);
    s = r.snapshots;
  }
  return s;
}

describe('initial structure', () => {
  it('starts quiet at GRIP 0 with the scenario\'s threat levels and only the permanent NCC and LOCC active', () => {
    const sum = structureSummary(initialStructure(GRIP));
    expect(sum).toEqual({
      incident: 'quiet',
      grip: 0,
      scalingModel: 'grip',
      activeTeams: [
        { team: 'NCC', chair: 'nccHead' },
        { team: 'LOCC', chair: null },
      ],
      threatLevel: { national: 4, region: 4 },
      dsi: 'none',
      nlAlert: { inForce: false },
      aftercare: { iacOpen: false, victimRegistration: false, outreach: false, responderAftercare: false },
    });
  });

  it('takes a regional threat level above the national one, and a custom scaling model', () => {
    const sum = structureSummary(initialStructure(CUSTOM));
    expect(sum.threatLevel).toEqual({ national: 3, region: 4 });
    expect(sum.scalingModel).toBe('custom');
  });

  it('is plain JSON', () => {
    const s = initialStructure(CUSTOM);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('applyStructureAction', () => {
  it('scales up and reports the change from and to', () => {
    const r = applyStructureAction(GRIP, initialStructure(GRIP), { action: 'scale', level: 3 }, { office: 'mayor' }, 12);
    expect(r).toMatchObject({ ok: true, changes: [{ kind: 'grip', from: 0, to: 3 }] });
  });

  it('refuses before touching any machine when the office lacks the power', () => {
    const s = initialStructure(GRIP);
    expect(applyStructureAction(GRIP, s, { action: 'scale', level: 3 }, { office: 'policeChief' }, 12)).toEqual({
      ok: false,
      refusal: { code: 'level-not-yours', params: { level: 3, offices: 'mayor' } },
    });
  });

  it('passes the scenario\'s narrowing of a role on to the rules', () => {
    const actor: StructureActor = { office: 'mayor', narrowed: ['sendNlAlert'] };
    const r = applyStructureAction(GRIP, initialStructure(GRIP), { action: 'scale', level: 3 }, actor, 1);
    expect(r).toEqual({ ok: false, refusal: { code: 'narrowed-by-scenario', params: { office: 'mayor', action: 'scale' } } });
  });

  it('refuses "not now" with the state the action met', () => {
    const s = initialStructure(GRIP);
    expect(applyStructureAction(GRIP, s, { action: 'confirmIncident' }, { office: 'mayor' }, 1)).toEqual({
      ok: false,
      refusal: { code: 'not-now', params: { action: 'confirmIncident', state: 'quiet' } },
    });
    expect(applyStructureAction(GRIP, s, { action: 'deployDsi' }, { office: 'policeChief' }, 1)).toEqual({
      ok: false,
      refusal: { code: 'not-now', params: { action: 'deployDsi', state: 'none' } },
    });
    const withIccb = run(s, [[{ action: 'convene', team: 'ICCb' }, 'nctv']]);
    expect(applyStructureAction(GRIP, withIccb, { action: 'convene', team: 'ICCb' }, { office: 'nctv' }, 1)).toEqual({
      ok: false,
      refusal: { code: 'not-now', params: { action: 'convene', state: 'ICCb:active' } },
    });
  });

  it('refuses a regional threat level below the national one', () => {
    const r = applyStructureAction(GRIP, initialStructure(GRIP), { action: 'setThreatLevel', scope: 'region', level: 3 }, { office: 'nctv' }, 1);
    expect(r).toEqual({ ok: false, refusal: { code: 'threat-region-below-national', params: { level: 3, national: 4 } } });
  });

  it('reports a national change that drags the region along as two changes', () => {
    const r = applyStructureAction(GRIP, initialStructure(GRIP), { action: 'setThreatLevel', scope: 'national', level: 5 }, { office: 'nctv' }, 1);
    expect(r.ok && r.changes).toEqual([
      { kind: 'threatLevel', scope: 'national', from: 4, to: 5 },
      { kind: 'threatLevel', scope: 'region', from: 4, to: 5 },
    ]);
  });

  it('reports convening with the chair, the MP taking the MCCb chair, and standing down', () => {
    let s = initialStructure(GRIP);
    const step = (action: StructureActionT, office: Office) => {
      const r = applyStructureAction(GRIP, s, action, { office }, 20);
      if (!r.ok) throw new Error(r.refusal.code);
      s = r.snapshots;
      return r.changes;
    };
    expect(step({ action: 'convene', team: 'MCCb' }, 'ministerJenV')).toEqual([{ kind: 'teamConvened', team: 'MCCb', chair: 'ministerJenV' }]);
    expect(step({ action: 'convene', team: 'MCCb' }, 'ministerPresident')).toEqual([
      { kind: 'teamChair', team: 'MCCb', from: 'ministerJenV', to: 'ministerPresident' },
    ]);
    expect(step({ action: 'convene', team: 'driehoek' }, 'chiefPublicProsecutor')).toEqual([{ kind: 'teamConvened', team: 'driehoek', chair: 'mayor' }]);
    expect(step({ action: 'standDown', team: 'MCCb' }, 'ministerJenV')).toEqual([{ kind: 'teamStoodDown', team: 'MCCb' }]);
  });

  it('reports the incident, DSI, NL-Alert and aftercare changes', () => {
    let s = notifyIncident(initialStructure(GRIP), 1);
    const changes: unknown[] = [];
    const steps: [StructureActionT, Office][] = [
      [{ action: 'confirmIncident' }, 'nctv'],
      [{ action: 'requestDsi' }, 'chiefPublicProsecutor'],
      [{ action: 'sendNlAlert', area: 'centre', advice: 'stay-inside' }, 'mayor'],
      [{ action: 'withdrawAdvice' }, 'mayor'],
      [{ action: 'registerVictims' }, 'ghor'],
    ];
    for (const [action, office] of steps) {
      const r = applyStructureAction(GRIP, s, action, { office }, 5);
      if (!r.ok) throw new Error(r.refusal.code);
      s = r.snapshots;
      changes.push(...r.changes);
    }
    expect(changes).toEqual([
      { kind: 'incident', from: 'notified', to: 'confirmed' },
      { kind: 'dsi', from: 'none', to: 'requested' },
      { kind: 'nlAlert', area: 'centre', advice: 'stay-inside', national: false, sender: 'meldkamer' },
      { kind: 'adviceWithdrawn', area: 'centre', advice: 'stay-inside' },
      { kind: 'aftercare', what: 'registration' },
    ]);
  });

  it('records a measure no machine holds without touching the snapshots', () => {
    const s = initialStructure(GRIP);
    const action: StructureActionT = { action: 'protect', target: 'mosque' };
    const r = applyStructureAction(GRIP, s, action, { office: 'mayor' }, 3);
    expect(r).toEqual({ ok: true, snapshots: s, changes: [{ kind: 'measure', action }] });
    expect(r.ok && r.snapshots).toBe(s);
    expect(applyStructureAction(GRIP, s, { action: 'removalOrder' }, { office: 'mayor' }, 3)).toMatchObject({ ok: false, refusal: { code: 'not-your-office' } });
  });

  it('never changes the snapshots it was given', () => {
    const s = initialStructure(GRIP);
    const copy = JSON.parse(JSON.stringify(s));
    run(s, [
      [{ action: 'scale', level: 4 }, 'chairSafetyRegion'],
      [{ action: 'convene', team: 'NKC' }, 'nkcDirector'],
    ]);
    expect(s).toEqual(copy);
  });

  it('follows the custom model: its leader declares, levels it lacks are refused', () => {
    const s = initialStructure(CUSTOM);
    expect(applyStructureAction(CUSTOM, s, { action: 'scale', level: 3 }, { office: 'mayor' }, 1)).toMatchObject({ ok: false, refusal: { code: 'level-not-yours' } });
    expect(applyStructureAction(CUSTOM, s, { action: 'scale', level: 2 }, { office: 'operationalLeader' }, 1)).toEqual({
      ok: false,
      refusal: { code: 'level-not-in-model', params: { level: 2 } },
    });
    expect(applyStructureAction(CUSTOM, s, { action: 'scale', level: 3 }, { office: 'chairSafetyRegion' }, 1).ok).toBe(true);
  });
});

describe('events without an office', () => {
  it('notifies the incident once; a second notification changes nothing', () => {
    const s = notifyIncident(initialStructure(GRIP), 4);
    expect(s.incident).toEqual({ value: 'notified', context: expect.objectContaining({ notifiedAt: 4 }) });
    expect(notifyIncident(s, 9)).toBe(s);
  });

  it('closes the incident only from recovery', () => {
    let s = notifyIncident(initialStructure(GRIP), 1);
    expect(closeIncident(s, 2)).toBe(s);
    s = run(s, [
      [{ action: 'confirmIncident' }, 'policeChief'],
      [{ action: 'declareContained' }, 'policeChief'],
      [{ action: 'startRecovery' }, 'mayor'],
    ]);
    expect(structureSummary(closeIncident(s, 99)).incident).toBe('closed');
  });
});

describe('structureSummary', () => {
  it('derives the regional teams from the GRIP level: CoPI from 1, ROT from 2, GBT from 3, RBT from 4', () => {
    const teamsAt = (level: 0 | 1 | 2 | 3 | 4 | 5, office: Office) =>
      structureSummary(run(initialStructure(GRIP), [[{ action: 'scale', level }, office]])).activeTeams.map((t) => t.team);
    expect(teamsAt(1, 'copiLeader')).toEqual(['CoPI', 'NCC', 'LOCC']);
    expect(teamsAt(2, 'operationalLeader')).toEqual(['CoPI', 'ROT', 'NCC', 'LOCC']);
    expect(teamsAt(3, 'mayor')).toEqual(['CoPI', 'ROT', 'GBT', 'NCC', 'LOCC']);
    expect(teamsAt(4, 'chairSafetyRegion')).toEqual(['CoPI', 'ROT', 'GBT', 'RBT', 'NCC', 'LOCC']);
  });

  it('lists the chairs: the mayor for the GBT and the driehoek, the NCTV for the ICCb', () => {
    const s = run(initialStructure(GRIP), [
      [{ action: 'scale', level: 3 }, 'mayor'],
      [{ action: 'convene', team: 'driehoek' }, 'policeChief'],
      [{ action: 'convene', team: 'ICCb' }, 'nctv'],
    ]);
    expect(structureSummary(s).activeTeams).toEqual([
      { team: 'CoPI', chair: 'copiLeader' },
      { team: 'ROT', chair: 'operationalLeader' },
      { team: 'GBT', chair: 'mayor' },
      { team: 'driehoek', chair: 'mayor' },
      { team: 'NCC', chair: 'nccHead' },
      { team: 'ICCb', chair: 'nctv' },
      { team: 'LOCC', chair: null },
    ]);
  });

  it('takes the regional teams of a custom level from the scenario', () => {
    const s = run(initialStructure(CUSTOM), [[{ action: 'scale', level: 3 }, 'chairSafetyRegion']], CUSTOM);
    expect(structureSummary(s).activeTeams.map((t) => t.team)).toEqual(['CoPI', 'ROT', 'RBT', 'NCC', 'LOCC']);
  });

  it('shows an NL-Alert in force with its area and advice', () => {
    const s = run(initialStructure(GRIP), [[{ action: 'sendNlAlert', area: 'centre', advice: 'stay-inside' }, 'mayor']]);
    expect(structureSummary(s).nlAlert).toEqual({ inForce: true, area: 'centre', advice: 'stay-inside', national: false });
  });
});

// ---------------------------------------------------------------- properties

const actionArb: fc.Arbitrary<StructureActionT> = fc.oneof(
  fc.integer({ min: 0, max: 5 }).map((level) => ({ action: 'scale' as const, level })),
  fc.constantFrom(...CONVENABLE_TEAMS).map((team) => ({ action: 'convene' as const, team })),
  fc.constantFrom(...CONVENABLE_TEAMS).map((team) => ({ action: 'standDown' as const, team })),
  fc.record({
    action: fc.constant('setThreatLevel' as const),
    level: fc.integer({ min: 1, max: 5 }),
    scope: fc.constantFrom('national' as const, 'region' as const),
  }),
  fc.constantFrom('centre', 'station').map((area) => ({ action: 'sendNlAlert' as const, area, advice: 'stay-inside' })),
  fc.constantFrom(
    ...([
      'confirmIncident',
      'declareContained',
      'startRecovery',
      'requestDsi',
      'planDsi',
      'approveDsi',
      'deployDsi',
      'completeDsi',
      'withdrawAdvice',
      'openIac',
      'registerVictims',
      'outreach',
      'responderAftercare',
      'removalOrder',
    ] as const),
  ).map((action) => ({ action })),
);
const stepArb = fc.tuple(actionArb, fc.constantFrom(...OFFICES));

describe('properties', () => {
  it('snapshots survive a JSON round trip and continue identically', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), fc.integer({ min: 0, max: 40 }), (steps, cut) => {
        let live = notifyIncident(initialStructure(GRIP), 0);
        let loaded = live;
        steps.forEach(([action, office], i) => {
          if (i === cut) loaded = JSON.parse(JSON.stringify(loaded)) as StructureSnapshots;
          const a = applyStructureAction(GRIP, live, action, { office }, i);
          const b = applyStructureAction(GRIP, loaded, action, { office }, i);
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
          if (a.ok && b.ok) [live, loaded] = [a.snapshots, b.snapshots];
        });
        expect(JSON.parse(JSON.stringify(loaded))).toEqual(JSON.parse(JSON.stringify(live)));
      }),
      { numRuns: 60 },
    );
  });

  it('checkStructureAction predicts exactly what applyStructureAction does', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        let s = notifyIncident(initialStructure(GRIP), 0);
        for (const [action, office] of steps) {
          const predicted = checkStructureAction(GRIP, s, action, { office });
          const r = applyStructureAction(GRIP, s, action, { office }, 1);
          expect(predicted).toEqual(r.ok ? null : r.refusal);
          if (r.ok) s = r.snapshots;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a refused action leaves the snapshots as they were', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), (steps) => {
        let s = initialStructure(GRIP);
        for (const [action, office] of steps) {
          const before = JSON.stringify(s);
          const r = applyStructureAction(GRIP, s, action, { office }, 1);
          if (r.ok) s = r.snapshots;
          else expect(JSON.stringify(s)).toBe(before);
        }
      }),
      { numRuns: 40 },
    );
  });
});
