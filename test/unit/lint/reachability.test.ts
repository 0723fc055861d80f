// The static pass over whole scenarios: what the roles can bring about, what conditions allow, and what follows.
import { describe, expect, it } from 'vitest';
import { lintScenario } from '../../../src/engine/lint/index.js';
import { staticFacts } from '../../../src/engine/lint/reachability.js';
import { structureReach } from '../../../src/engine/lint/structure-reach.js';
import { variant } from './support.js';

const role = (id: string, office: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  team: 'external',
  office,
  briefing: { nl: 'Uw taak in deze oefening.', en: 'Your task in this exercise.' },
  ...extra,
});

describe('structureReach (xstate/graph over each machine, fed the offices present)', () => {
  it('reaches only the GRIP levels the offices present may declare', () => {
    expect([...structureReach(variant(() => undefined)).grips].sort()).toEqual([0, 1, 2, 3]);
    const withChair = variant((d) => (d.roles as unknown[]).push(role('chair', 'chairSafetyRegion')));
    expect([...structureReach(withChair).grips].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('reaches GRIP 5 only in a crisis of more than one safety region (DOMAIN.md §3)', () => {
    const crossRegional = variant((d) => {
      (d.roles as unknown[]).push(role('chair', 'chairSafetyRegion'));
      (d.setting as Record<string, unknown>).scaling = { model: 'grip', crossRegional: true };
    });
    expect([...structureReach(crossRegional).grips].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('follows a role narrowed by the scenario', () => {
    const narrowed = variant((d) => {
      (d.roles as Record<string, unknown>[])[0]!.authority = ['convene'];
      // the scenario check refuses an option effect the narrowed role cannot take, so the option asks nothing
      ((d.decisions as Record<string, unknown>[])[0]!.options as Record<string, unknown>[])[0]!.effects = [];
    });
    expect([...structureReach(narrowed).grips]).toEqual([0]);
    expect(structureReach(narrowed).teamsSometimes.has('driehoek')).toBe(true);
  });

  it('needs the whole DSI chain: without the head of the DSI it stops at "requested", without an approver at "planned"', () => {
    const prosecutor = variant((d) => (d.roles as unknown[]).push(role('prosecutor', 'chiefPublicProsecutor')));
    expect([...structureReach(prosecutor).dsi].sort()).toEqual(['none', 'requested']);
    const planner = variant((d) => (d.roles as unknown[]).push(role('prosecutor', 'chiefPublicProsecutor'), role('dsi', 'dsiHead')));
    expect([...structureReach(planner).dsi].sort()).toEqual(['none', 'planned', 'requested']);
    const minister = variant((d) => (d.roles as unknown[]).push(role('prosecutor', 'chiefPublicProsecutor'), role('dsi', 'dsiHead'), role('minister', 'ministerJenV')));
    expect(structureReach(minister).dsi.has('done')).toBe(true);
  });

  it('knows the NCC is always on and the threat level only moves with the NCTV', () => {
    const s = variant(() => undefined);
    expect(structureReach(s).teamsAlways.has('NCC')).toBe(true);
    expect([...structureReach(s).threatNational]).toEqual([4]);
    const nctv = variant((d) => (d.roles as unknown[]).push(role('nctv', 'nctv')));
    expect([...structureReach(nctv).threatNational].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('staticFacts', () => {
  it('chains: an inject waiting for one that never comes never comes either', () => {
    const s = variant((d) => {
      d.injects.push(
        { id: 'a', when: { grip: '>=', value: 5 }, from: 'X', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: 'Tekst a hier.', en: 'Text a here.' } },
        { id: 'b', when: { delivered: 'a' }, from: 'X', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: 'Tekst b hier.', en: 'Text b here.' } },
      );
    });
    const facts = staticFacts(s);
    expect(facts.injects.has('a')).toBe(false);
    expect(facts.injects.has('b')).toBe(false);
    expect(lintScenario(s, { dynamic: false }).filter((f) => f.code === 'unreachable-inject').map((f) => f.path)).toEqual([
      ['injects', 2, 'when'],
      ['injects', 3, 'when'],
    ]);
  });

  it('knows a timed inject cannot have arrived before its time', () => {
    const s = variant((d) => {
      d.injects.push({
        id: 'second-device',
        when: { all: [{ delivered: 'update' }, { time: '<', value: 30 }] },
        from: 'X',
        to: { roles: ['mayor'] },
        channel: 'phone',
        text: { nl: 'Tekst hier.', en: 'Text here.' },
      });
    });
    const [finding] = lintScenario(s, { dynamic: false });
    expect(finding).toMatchObject({ code: 'unreachable-inject', path: ['injects', 2, 'when'] });
    expect(finding?.hint).toContain('inject "update" arrives at T+30 at the earliest');
  });

  it('finds injects that wait for each other (a cycle) unreachable', () => {
    const s = variant((d) => {
      d.injects.push(
        { id: 'a', when: { delivered: 'b' }, from: 'X', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: 'Tekst a hier.', en: 'Text a here.' } },
        { id: 'b', when: { delivered: 'a' }, from: 'X', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: 'Tekst b hier.', en: 'Text b here.' } },
      );
    });
    expect([...staticFacts(s).injects].sort()).toEqual(['first-report', 'update']);
  });

  it('counts an inject an effect schedules as reachable, even when its own condition never holds', () => {
    const s = variant((d) => {
      d.injects.push({ id: 'follow', optional: true, from: 'X', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: 'Tekst hier.', en: 'Text here.' } });
      (d.decisions[0]!.options as Record<string, unknown>[])[0]!.effects = [{ kind: 'inject', inject: 'follow', delayMinutes: 10 }];
    });
    expect(staticFacts(s).scheduled.has('follow')).toBe(true);
  });

  it('bounds a variable by the effects that can happen, each as often as it can', () => {
    const s = variant((d) => {
      d.variables = [{ id: 'tension', name: 'Tension', initial: 10, visibility: 'public', max: 100 }];
      (d.decisions[0]!.options as Record<string, unknown>[])[0]!.effects = [{ kind: 'variable', variable: 'tension', add: { min: 5, max: 15 } }];
      (d.decisions[0]!.options as Record<string, unknown>[])[1]!.effects = [{ kind: 'variable', variable: 'tension', add: -20 }];
    });
    const domain = staticFacts(s).domains.get('tension');
    expect(domain?.intervals).toEqual([{ lo: 0, hi: 25 }]);
  });

  it('keeps a variable that nothing changes at its start value, so a condition on it is settled', () => {
    const s = variant((d) => {
      d.variables = [{ id: 'casualties', name: 'Casualties', initial: 3, visibility: 'public' }];
      d.decisions[0]!.when = { variable: 'casualties', op: '>', value: 5 };
    });
    expect(lintScenario(s, { dynamic: false }).map((f) => f.code).sort()).toEqual(['unreachable-decision', 'variable-never-changed']);
  });
});

describe('authored feed items', () => {
  it('report a feed item whose condition can never hold, or always holds, at its "when"', () => {
    const s = variant((d) => {
      (d.communication as Record<string, unknown>).feed = [
        { id: 'never', kind: 'post', text: { nl: 'Nooit.', en: 'Never.' }, reach: 100, when: { grip: '>=', value: 5 } },
        { id: 'always', kind: 'news', text: { nl: 'Altijd.', en: 'Always.' }, reach: 100, when: { time: '>=', value: 0 } },
        { id: 'timed', kind: 'video', text: { nl: 'Beelden.', en: 'Footage.' }, reach: 100, at: 10 },
      ];
    });
    const feed = lintScenario(s, { dynamic: false }).filter((f) => f.path[0] === 'communication' && f.path[1] === 'feed');
    expect(feed.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['condition-never-true', 'communication.feed.0.when'],
      ['condition-always-true', 'communication.feed.1.when'],
    ]);
    expect(feed[0]?.message).toBe('The condition of feed item "never" can never hold.');
  });
});

describe('endings', () => {
  it('hides every later ending, and the fallback, behind one whose condition always holds', () => {
    const s = variant((d) => {
      d.endings = [
        { id: 'always', when: { time: '>=', value: 0 }, title: 'A', debrief: { nl: 'Altijd deze afloop.', en: 'Always this ending.' } },
        { id: 'later', when: { delivered: 'update' }, title: 'B', debrief: { nl: 'Een latere afloop.', en: 'A later ending.' } },
        { id: 'end', title: 'C', debrief: { nl: 'De terugvaloptie.', en: 'The fallback.' } },
      ];
    });
    const findings = lintScenario(s, { dynamic: false });
    expect(findings.filter((f) => f.code === 'unreachable-ending').map((f) => f.path)).toEqual([['endings', 1], ['endings', 2]]);
    expect(findings.filter((f) => f.code === 'condition-always-true').map((f) => f.path)).toEqual([['endings', 0, 'when']]);
  });

  it('uses only the first fallback', () => {
    const s = variant((d) => {
      (d.endings as unknown[]).push({ id: 'second-fallback', title: 'Z', debrief: { nl: 'Nog een terugvaloptie.', en: 'Another fallback.' } });
    });
    const findings = lintScenario(s, { dynamic: false }).filter((f) => f.code === 'unreachable-ending');
    expect(findings.map((f) => f.path)).toEqual([['endings', 1]]);
    expect(findings[0]?.message).toContain('"end" is already the fallback');
  });
});
