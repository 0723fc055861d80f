// The run sheet's hold: a coming inject the trainer holds back is not delivered when due, goes out at
// once when released after its time, and can still be delivered at once; only the trainer holds, and
// nothing delivered can be held. Replay gives the same state (the command is in the log like any other).
import { describe, expect, it } from 'vitest';
import { trainerView } from '../../../src/engine/index.js';
import { replay } from '../../../src/engine/session/replay.js';
import { Exercise } from '../../dom/trainer-session.js';

const delivered = (x: Exercise, id: string) => id in x.state.delivered;

describe('holding an inject back', () => {
  it('keeps a timed inject back while held and delivers it as soon as it is released after its time', () => {
    const x = new Exercise().run({ type: 'start' }, { type: 'beginRounds' });
    expect(delivered(x, 'first-report')).toBe(true);
    x.run({ type: 'holdInject', inject: 'suspect-fled', hold: true });
    expect(trainerView(x.scenario, x.state).injects.find((i) => i.id === 'suspect-fled')).toMatchObject({ held: true, dueAt: 10, delivered: null });
    x.run({ type: 'advance' });
    expect(x.state.minute).toBe(10);
    expect(delivered(x, 'suspect-fled')).toBe(false);
    x.run({ type: 'holdInject', inject: 'suspect-fled', hold: false });
    expect(x.state.delivered['suspect-fled']).toMatchObject({ minute: 10 });
    expect(trainerView(x.scenario, x.state).injects.find((i) => i.id === 'suspect-fled')?.held).toBe(false);
  });

  it('delivers a held inject at once when the trainer fires it, which ends the hold', () => {
    const x = new Exercise().run({ type: 'start' }, { type: 'beginRounds' }, { type: 'holdInject', inject: 'suspect-fled', hold: true }, { type: 'fireInject', inject: 'suspect-fled' });
    expect(x.state.delivered['suspect-fled']).toMatchObject({ minute: 0 });
    expect(x.state.held).toEqual([]);
  });

  it('refuses to hold what went out, to hold twice, to release what is not held, and anyone but the trainer', () => {
    const x = new Exercise().run({ type: 'start' }, { type: 'beginRounds' });
    const refusal = (r: ReturnType<Exercise['apply']>) => (r.ok ? null : r.refusal.code);
    expect(refusal(x.apply({ actor: { kind: 'trainer' }, type: 'holdInject', inject: 'first-report', hold: true }))).toBe('inject-already-delivered');
    expect(refusal(x.apply({ actor: { kind: 'trainer' }, type: 'holdInject', inject: 'nothing', hold: true }))).toBe('unknown-inject');
    expect(refusal(x.apply({ actor: { kind: 'trainer' }, type: 'holdInject', inject: 'suspect-fled', hold: false }))).toBe('inject-not-held');
    expect(refusal(x.apply({ actor: { kind: 'role', role: 'mayor' }, type: 'holdInject', inject: 'suspect-fled', hold: true }))).toBe('trainer-only');
    x.run({ type: 'holdInject', inject: 'suspect-fled', hold: true });
    expect(refusal(x.apply({ actor: { kind: 'trainer' }, type: 'holdInject', inject: 'suspect-fled', hold: true }))).toBe('inject-already-held');
  });

  it('replays to the same state from the log', () => {
    const x = new Exercise().run({ type: 'start' }, { type: 'beginRounds' }, { type: 'holdInject', inject: 'suspect-fled', hold: true }, { type: 'advance' });
    const again = replay(x.scenario, x.state);
    expect(again.held).toEqual(['suspect-fled']);
    expect(Object.keys(again.delivered)).toEqual(Object.keys(x.state.delivered));
  });
});
