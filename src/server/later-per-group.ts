// Work for a group that may wait and that only the newest state needs: the classroom host makes a group's
// scored view (the trainer console's and the evaluators') this way. However often the group changes while the
// work is due, it runs once, for the state the group has then. Each run may start only `spacing` times its last
// duration after the last one began, so this work takes at most about 1/spacing of the host's time however
// fast the group's commands come; when the group changes seldom, it runs at once (on the next turn of the
// event loop, after whatever sent the cheaper views).
import { performance } from 'node:perf_hooks';

export interface Clock {
  now(): number;
  /** Run `fn` after `ms` (0: on the next turn of the event loop); returns how to cancel it. */
  later(fn: () => void, ms: number): () => void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  later(fn, ms) {
    if (ms <= 0) {
      const handle = setImmediate(fn);
      return () => clearImmediate(handle);
    }
    const handle = setTimeout(fn, Math.ceil(ms));
    return () => clearTimeout(handle);
  },
};

export class LaterPerGroup<K extends object> {
  private readonly due = new Map<K, () => void>();
  private readonly last = new WeakMap<K, { readonly at: number; readonly ms: number }>();

  constructor(
    private readonly work: (key: K) => void,
    private readonly spacing: number,
    private readonly clock: Clock = realClock,
  ) {}

  /** The group changed: its work runs once, later, for the state it has then. */
  changed(key: K): void {
    if (this.due.has(key)) return;
    const last = this.last.get(key);
    const wait = last === undefined ? 0 : last.at + last.ms * this.spacing - this.clock.now();
    this.due.set(key, this.clock.later(() => this.run(key), Math.max(0, wait)));
  }

  /** Whether the group's work is waiting to run. */
  pending(key: K): boolean {
    return this.due.has(key);
  }

  /** Run the group's work now if it is waiting (someone needs it up to date before going on). */
  runNow(key: K): void {
    const cancel = this.due.get(key);
    if (cancel === undefined) return;
    cancel();
    this.run(key);
  }

  /** Drop everything waiting (the host stops). */
  cancelAll(): void {
    for (const cancel of this.due.values()) cancel();
    this.due.clear();
  }

  private run(key: K): void {
    this.due.delete(key);
    const at = this.clock.now();
    try {
      this.work(key);
    } finally {
      this.last.set(key, { at, ms: this.clock.now() - at });
    }
  }
}
