// The classroom host's scored views wait for the cheaper ones and, under a burst of commands, are made once for
// the newest state. A clock of our own: what runs when is decided by the test, never by the machine's speed.
import { describe, expect, it } from 'vitest';
import { LaterPerGroup, type Clock } from '../../../src/server/later-per-group.js';

function manualClock() {
  let now = 0;
  const waiting: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const clock: Clock = {
    now: () => now,
    later(fn, ms) {
      const entry = { at: now + ms, fn, cancelled: false };
      waiting.push(entry);
      return () => (entry.cancelled = true);
    },
  };
  return {
    clock,
    advance(ms: number) {
      now += ms;
    },
    /** Run whatever is due by now, in order. */
    runDue() {
      for (const entry of waiting.splice(0)) {
        if (entry.cancelled) continue;
        if (entry.at > now) waiting.push(entry);
        else entry.fn();
      }
    },
    scheduled: () => waiting.filter((w) => !w.cancelled).map((w) => w.at - now),
  };
}

describe('work for a group that only the newest state needs', () => {
  it('runs once for many changes while it waits, and for the state the group has when it runs', () => {
    const t = manualClock();
    const group = { state: 0 };
    const seen: number[] = [];
    const later = new LaterPerGroup<typeof group>((g) => seen.push(g.state), 3, t.clock);
    for (let i = 1; i <= 5; i++) {
      group.state = i;
      later.changed(group);
    }
    expect(later.pending(group)).toBe(true);
    expect(t.scheduled()).toEqual([0]);
    t.runDue();
    expect(seen).toEqual([5]);
    expect(later.pending(group)).toBe(false);
  });

  it('starts the next run no sooner than spacing × the last run’s time after it began', () => {
    const t = manualClock();
    const group = {};
    let runs = 0;
    const later = new LaterPerGroup<typeof group>(() => {
      runs += 1;
      t.advance(10); // the work takes 10 ms
    }, 3, t.clock);
    later.changed(group);
    t.runDue();
    expect(runs).toBe(1);
    // Began at 0, took 10: the next may begin at 30, and it is now 10.
    later.changed(group);
    expect(t.scheduled()).toEqual([20]);
    t.advance(19);
    t.runDue();
    expect(runs).toBe(1);
    t.advance(1);
    t.runDue();
    expect(runs).toBe(2);
    // A change long after the last run runs at once.
    t.advance(1000);
    later.changed(group);
    expect(t.scheduled()).toEqual([0]);
  });

  it('runs what is due at once when asked, and not again; keeps groups apart; drops everything when stopped', () => {
    const t = manualClock();
    const a = { id: 'a' };
    const b = { id: 'b' };
    const seen: string[] = [];
    const later = new LaterPerGroup<{ id: string }>((g) => seen.push(g.id), 3, t.clock);
    later.changed(a);
    later.changed(b);
    later.runNow(a);
    later.runNow(a);
    expect(seen).toEqual(['a']);
    t.runDue();
    expect(seen).toEqual(['a', 'b']);
    later.changed(a);
    later.cancelAll();
    t.runDue();
    expect(seen).toEqual(['a', 'b']);
    expect(later.pending(a)).toBe(false);
  });

  it('measures a run that failed too, so a failing view does not run in a tight loop', () => {
    const t = manualClock();
    const group = {};
    const later = new LaterPerGroup<typeof group>(() => {
      t.advance(5);
      throw new Error('view failed');
    }, 3, t.clock);
    later.changed(group);
    expect(() => t.runDue()).toThrow('view failed');
    later.changed(group);
    expect(t.scheduled()).toEqual([10]);
  });
});
