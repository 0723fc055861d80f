// The trainer's pause message: it rides on the pause, the room's screens (projector and tables) carry it
// while the exercise is paused, it is gone once play resumes, and a replay or a saved session restores it.
import { describe, expect, it } from 'vitest';
import { PAUSE_MESSAGE_MAX, publicView, roleView } from '../../../src/engine/index.js';
import { makeBundle, readBundle } from '../../../src/engine/session/bundle.js';
import { replay } from '../../../src/engine/session/replay.js';
import { Exercise } from '../../dom/trainer-session.js';

const running = () => new Exercise().run({ type: 'start' }, { type: 'beginRounds' });
const refusal = (r: ReturnType<Exercise['apply']>) => (r.ok ? null : r.refusal.code);

describe('the pause message', () => {
  it('is in the public and the tables’ views while paused, and gone after resuming', () => {
    const x = running();
    expect(x.publicView().pauseMessage).toBeNull();
    x.run({ type: 'pause', message: '  Koffie tot 10:45  ' });
    expect(x.publicView().pauseMessage).toBe('Koffie tot 10:45');
    expect(roleView(x.scenario, x.state, 'mayor').pauseMessage).toBe('Koffie tot 10:45');
    x.run({ type: 'resume' });
    expect(x.publicView().pauseMessage).toBeNull();
    expect(roleView(x.scenario, x.state, 'mayor').pauseMessage).toBeNull();
  });

  it('belongs to one pause: a later pause without a message shows none', () => {
    const x = running().run({ type: 'pause', message: 'Lunch' }, { type: 'resume' }, { type: 'pause' });
    expect(x.publicView().pauseMessage).toBeNull();
    x.run({ type: 'resume' }, { type: 'pause', message: 'Terug om 14:00' });
    expect(x.publicView().pauseMessage).toBe('Terug om 14:00');
  });

  it('refuses a message longer than a projector line, and keeps the exercise running', () => {
    const x = running();
    expect(refusal(x.apply({ actor: { kind: 'trainer' }, type: 'pause', message: 'x'.repeat(PAUSE_MESSAGE_MAX + 1) }))).toBe('text-too-long');
    expect(x.state.phase).toBe('decide');
    expect(refusal(x.apply({ actor: { kind: 'role', role: 'mayor' }, type: 'pause', message: 'mine' }))).toBe('trainer-only');
    x.run({ type: 'pause', message: 'x'.repeat(PAUSE_MESSAGE_MAX) });
    expect(x.publicView().pauseMessage).toHaveLength(PAUSE_MESSAGE_MAX);
  });

  it('comes back from a replay and from a saved session file', () => {
    const x = running().run({ type: 'pause', message: 'Wacht op de burgemeester' });
    expect(publicView(x.scenario, replay(x.scenario, x.state)).pauseMessage).toBe('Wacht op de burgemeester');
    const read = readBundle(JSON.parse(JSON.stringify(makeBundle(x.scenario, x.state))), x.scenario);
    if (!read.ok) throw new Error(read.code);
    expect(publicView(x.scenario, read.state).pauseMessage).toBe('Wacht op de burgemeester');
  });
});
