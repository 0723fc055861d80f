// Views that change little send little: the patch from one view to the next, applied to the view a client
// has, must give exactly the next view — for every audience of every bundled scenario, on random plays —
// and a patch that does not fit (a missed version, a hostile path) must be refused, never half-applied.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, debriefView, publicView, roleView, trainerView, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { ViewFeeds, ViewsCopy } from '../../../src/host/view-feed.js';
import { applyPatch, diffJson, PatchError, type PatchOp } from '../../../src/host/view-patch.js';
import { BUNDLED, randomPlay } from '../engine/support.js';

/** Every audience a host serves: the trainer (and evaluators), the projector, each role, and both debriefs. */
function audiences(scenario: Scenario): [string, (s: ExerciseState) => unknown][] {
  return [
    ['trainer', (s) => trainerView(scenario, s)],
    ['public', (s) => publicView(scenario, s)],
    ...scenario.roles.map((r): [string, (s: ExerciseState) => unknown] => [`role ${r.id}`, (s) => roleView(scenario, s, r.id)]),
    ['debrief trainer', (s) => debriefView(scenario, s, 'trainer')],
    ['debrief room', (s) => debriefView(scenario, s, 'room')],
  ];
}

/** What a client holds: the view as it arrived over the wire. */
const wire = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe.each(BUNDLED.map((s) => [s.name, s.scenario] as const))('view patches on %s', (_name, scenario) => {
  it('turn each audience\'s view into the next one after every command of a random play', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), fc.array(fc.nat({ max: 100_000 }), { minLength: 10, maxLength: 45 }), (seed, picks) => {
        const { states } = randomPlay(scenario, seed, picks);
        for (const [audience, view] of audiences(scenario)) {
          let before = view(states[0] as ExerciseState);
          for (let i = 1; i < states.length; i++) {
            const after = view(states[i] as ExerciseState);
            const held = wire(before);
            const frozen = canonicalJson(held);
            const patch = diffJson(held, after);
            const made = applyPatch(held, wire(patch) as PatchOp[]);
            expect(canonicalJson(made), `${audience} after command ${i}`).toBe(canonicalJson(after));
            // The client's copy is not changed in place: a screen may still hold the old view.
            expect(canonicalJson(held)).toBe(frozen);
            if (canonicalJson(before) === canonicalJson(after)) expect(patch).toEqual([]);
            before = after;
          }
        }
      }),
      { numRuns: scenario.roles.length > 8 ? 1 : 2 },
    );
  }, 120_000);
});

describe('a view patch', () => {
  it('is small when a long list grows at either end', () => {
    const before = { log: Array.from({ length: 500 }, (_, i) => ({ seq: i })), newest: Array.from({ length: 500 }, (_, i) => ({ seq: 499 - i })) };
    const after = { log: [...before.log, { seq: 500 }], newest: [{ seq: 500 }, ...before.newest] };
    const patch = diffJson(before, after);
    expect(patch).toEqual([
      { op: 'add', path: '/log/500', value: { seq: 500 } },
      { op: 'add', path: '/newest/0', value: { seq: 500 } },
    ]);
    expect(applyPatch(before, patch)).toEqual(after);
  });

  it('escapes keys with / and ~ (RFC 6901) and treats undefined properties as absent, as JSON does', () => {
    const before = { 'a/b': 1, 'c~d': { x: 1 }, gone: undefined, kept: 1 };
    const after = { 'a/b': 2, 'c~d': { x: 2 }, kept: undefined, fresh: [1] };
    const patch = diffJson(before, after);
    expect(patch).toEqual([
      { op: 'remove', path: '/kept' },
      { op: 'replace', path: '/a~1b', value: 2 },
      { op: 'replace', path: '/c~0d/x', value: 2 },
      { op: 'add', path: '/fresh', value: [1] },
    ]);
    expect(canonicalJson(applyPatch(before, patch))).toBe(canonicalJson(after));
  });

  it('refuses paths that do not fit the document or reach into a prototype', () => {
    const doc = { list: [1, 2], o: { a: 1 } };
    const bad: PatchOp[][] = [
      [{ op: 'add', path: '/__proto__/polluted', value: true }],
      [{ op: 'replace', path: '/o/constructor', value: 1 }],
      [{ op: 'add', path: '/list/5', value: 3 }],
      [{ op: 'remove', path: '/list/2' }],
      [{ op: 'replace', path: '/list/-1', value: 0 }],
      [{ op: 'remove', path: '/o/missing' }],
      [{ op: 'add', path: '/missing/deeper', value: 1 }],
      [{ op: 'add', path: 'no-slash', value: 1 }],
      [{ op: 'remove', path: '' }],
    ];
    for (const ops of bad) expect(() => applyPatch(doc, ops), JSON.stringify(ops)).toThrow(PatchError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(doc).toEqual({ list: [1, 2], o: { a: 1 } });
  });
});

describe('view feeds', () => {
  const views = (n: number) => [{ for: 'projector' as const, view: { round: n, items: Array.from({ length: n }, (_, i) => i) } }] as never;

  it('send the first views whole, then patches from the version the seat has, and nothing for the same version', () => {
    const feeds = new ViewFeeds();
    const first = feeds.next('seat', 1, () => views(1));
    expect(first.patch).toBeNull();
    expect(first.changed).toBe(true);
    const second = feeds.next('seat', 2, () => views(2));
    expect(second.patch).toEqual({ from: 1, version: 2, patch: [{ op: 'replace', path: '/0/view/round', value: 2 }, { op: 'add', path: '/0/view/items/1', value: 1 }] });
    let made = 0;
    const again = feeds.next('seat', 2, () => (made++, views(2)));
    expect([again.patch, again.changed, made]).toEqual([null, false, 0]);
  });

  it('let a client that missed a patch ask for the views whole, and go on with patches after that', () => {
    const feeds = new ViewFeeds();
    const copy = new ViewsCopy();
    copy.full(1, feeds.next('seat', 1, () => views(1)).views);
    const missed = feeds.next('seat', 2, () => views(2)).patch;
    const next = feeds.next('seat', 3, () => views(3)).patch;
    expect(missed).not.toBeNull();
    // Version 2 never arrived: the patch from 2 to 3 does not apply to version 1.
    expect(copy.apply(next as NonNullable<typeof next>)).toBeNull();
    // It keeps showing the views it has until the whole views come.
    expect(copy.version).toBe(1);
    // Asking again: the host sends what the seat has now, whole; the following patch applies.
    copy.full(3, feeds.next('seat', 3, () => views(3)).views);
    const fourth = feeds.next('seat', 4, () => views(4)).patch;
    expect(copy.apply(fourth as NonNullable<typeof fourth>)).toEqual(views(4));
    expect(copy.version).toBe(4);
  });

  it('drop the views a hostile or broken patch would make', () => {
    const copy = new ViewsCopy();
    copy.full(1, views(1));
    expect(copy.apply({ from: 1, version: 2, patch: [{ op: 'add', path: '/__proto__/x', value: 1 }] })).toBeNull();
    copy.full(1, views(1));
    expect(copy.apply({ from: 1, version: 2, patch: [{ op: 'replace', path: '', value: 'not views' }] }, (v) => (Array.isArray(v) ? (v as never) : null))).toBeNull();
    expect(copy.version).toBeNull();
  });
});
