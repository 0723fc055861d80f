// The trainer's round timer runs on this window's clock only while a round is open for decisions,
// stands still while paused, says once when time is up, and starts again for the next round.
import { afterEach, describe, expect, it } from 'vitest';
import type { TrainerView } from '../../src/engine/index.js';
import { createRoundTimer, type RoundTimer } from '../../src/ui/session/round-timer.js';
import { exercise, HOTSEAT } from './session-fixtures.js';

let timer: RoundTimer | null = null;
afterEach(() => timer?.destroy());

describe('round timer', () => {
  it('counts down during decisions, stands still while paused, and restarts each round', () => {
    const ex = exercise({ ...HOTSEAT, roundTimerSeconds: 60 });
    ex.trainer('start');
    ex.trainer('beginRounds');
    const view = (): TrainerView => {
      const v = ex.host.viewFor({ kind: 'trainer' });
      if (v.for !== 'trainer') throw new Error('no trainer view');
      return v.view;
    };
    let clock = 0;
    timer = createRoundTimer(view(), 'nl', () => clock);
    const text = () => timer?.element.querySelector('.round-timer')?.textContent;
    const status = () => timer?.element.querySelector('[role="status"]')?.textContent;
    expect(text()).toBe('Timer ronde 1: nog 01:00');

    clock += 30_000;
    timer.update(view(), 'nl');
    expect(text()).toBe('Timer ronde 1: nog 00:30');

    ex.trainer('pause');
    timer.update(view(), 'nl');
    clock += 600_000;
    timer.update(view(), 'nl');
    expect(text()).toBe('Timer ronde 1: nog 00:30 (gepauzeerd)');

    ex.trainer('resume');
    timer.update(view(), 'nl');
    clock += 31_000;
    timer.update(view(), 'en');
    expect(text()).toBe('Time for round 1 is up.');
    expect(status()).toBe('Time for round 1 is up.');

    ex.trainer('advance');
    timer.update(view(), 'nl');
    expect(text()).toBe('Timer ronde 2: nog 01:00');
    expect(status()).toBe('');
  });

  it('shows nothing when the trainer chose no timer', () => {
    const ex = exercise(HOTSEAT);
    ex.trainer('start');
    ex.trainer('beginRounds');
    const v = ex.host.viewFor({ kind: 'trainer' });
    if (v.for !== 'trainer') throw new Error('no trainer view');
    timer = createRoundTimer(v.view, 'nl', () => 0);
    expect(timer.element.hidden).toBe(true);
  });
});
