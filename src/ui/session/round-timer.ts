// The optional wall-clock timer per round, shown to the trainer and on the projector: a reminder to keep
// the room moving. It lives in this window and nowhere else — the exercise has no timers, and a round ends only
// when the tables end their turns or the trainer advances. It runs while a round is open for decisions
// and stands still while the exercise is paused.
import type { CommonView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';

/** What the timer reads of a view: the round, the phase and the setup's time per round (any audience's view has them). */
export type TimedView = Pick<CommonView, 'round' | 'phase' | 'roundTimerSeconds'>;

export interface RoundTimer {
  readonly element: HTMLElement;
  update(view: TimedView, lang: Language): void;
  destroy(): void;
}

function mmss(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export interface RoundTimerOptions {
  /** Inside a line of text (the participant's turn header): spans, and the short words ("04:32 left this round"). */
  readonly inline?: boolean;
}

export function createRoundTimer(view: TimedView, lang: Language, now: () => number, options: RoundTimerOptions = {}): RoundTimer {
  const inline = options.inline === true;
  const element = el(inline ? 'span' : 'p', { className: inline ? 'round-timer round-timer--inline' : 'round-timer' });
  // Announced once when time is up, not every second.
  const alert = el(inline ? 'span' : 'p', { className: 'visually-hidden', attrs: { role: 'status' } });
  const box = el(inline ? 'span' : 'div', { className: 'round-timer__box' }, [element, alert]);
  let current = { view, lang };
  let round = view.round;
  let used = 0;
  let last = now();
  let told = false;

  /** Count the time since the last look, in the phase the exercise was in meanwhile. */
  function advance(): void {
    const at = now();
    if (current.view.phase === 'decide') used += (at - last) / 1000;
    last = at;
  }

  function tick(): void {
    advance();
    draw();
  }

  function draw(): void {
    const limit = current.view.roundTimerSeconds;
    if (limit === null || current.view.round === 0 || ['hotwash', 'debrief', 'ended'].includes(current.view.phase)) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    const left = limit - used;
    const paused = current.view.phase === 'paused';
    element.classList.toggle('round-timer--over', left <= 0);
    const keys = inline
      ? ({ paused: 'shell.timer.shortPaused', left: 'shell.timer.shortLeft', over: 'shell.timer.shortOver' } as const)
      : ({ paused: 'shell.timer.paused', left: 'shell.timer.left', over: 'shell.timer.over' } as const);
    element.textContent =
      left > 0 ? t(current.lang, paused ? keys.paused : keys.left, { time: mmss(left), round: current.view.round }) : t(current.lang, keys.over, { round: current.view.round });
    if (left <= 0 && !told) {
      told = true;
      alert.textContent = t(current.lang, 'shell.timer.over', { round: current.view.round });
    }
  }

  const interval = setInterval(tick, 1000);
  draw();
  return {
    element: box,
    update(next, nextLang) {
      advance();
      current = { view: next, lang: nextLang };
      if (next.round !== round) {
        round = next.round;
        used = 0;
        told = false;
        alert.textContent = '';
      }
      draw();
    },
    destroy: () => clearInterval(interval),
  };
}
