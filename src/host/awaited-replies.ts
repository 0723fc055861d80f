// Requests a client has sent and its host has not answered yet. Each is answered by the host's reply, by a
// stand-in answer when none came in time, or all at once when the line goes down: the windows of one computer
// (BroadcastChannel), a classroom device and the anonymous feedback page wait for their host the same way.
export class AwaitedReplies<R> {
  private readonly waiting = new Map<number, { readonly resolve: (result: R) => void; readonly timer: ReturnType<typeof setTimeout> }>();

  /** The reply to request `id`; `timeout` if none came within `withinMs` (then `onTimeout` runs too). */
  waitFor(id: number, withinMs: number, timeout: R, onTimeout?: () => void): Promise<R> {
    return new Promise<R>((resolve) => {
      const timer = setTimeout(() => {
        this.settle(id, timeout);
        onTimeout?.();
      }, withinMs);
      this.waiting.set(id, { resolve, timer });
    });
  }

  /** Answers request `id`; a reply to a request already answered (or never asked) is ignored. */
  settle(id: number, result: R): void {
    const w = this.waiting.get(id);
    if (!w) return;
    clearTimeout(w.timer);
    this.waiting.delete(id);
    w.resolve(result);
  }

  settleAll(result: R): void {
    for (const id of [...this.waiting.keys()]) this.settle(id, result);
  }
}
