// Both transports send views the same way: the first time a client is served, or when it asks, the full
// views; after that, after every change, a patch from the version it has to the new one. The host keeps
// what it last sent per seat (every client at a seat gets the same views); the client keeps what it has and
// asks for the full views when a patch does not start from its version (it missed one: a dropped line, a
// reload). The version is the host's count of changes: the same for every seat of a session.
import type { ClientView } from './session-host.js';
import { applyPatch, diffJson, type PatchOp } from './view-patch.js';

export interface ViewsPatch {
  readonly from: number;
  readonly version: number;
  readonly patch: readonly PatchOp[];
}

interface Sent {
  readonly version: number;
  readonly views: readonly ClientView[];
}

/** The host's side: what each seat was last sent. */
export class ViewFeeds {
  private last = new Map<string, Sent>();

  /**
   * The views of `seat` at `version` (made by `make` only when the seat has not got them yet), and the patch
   * from the version the seat had before: null when the seat had none (send the views whole) or already
   * has this version (send nothing).
   */
  next(seat: string, version: number, make: () => readonly ClientView[]): { readonly views: readonly ClientView[]; readonly patch: ViewsPatch | null; readonly changed: boolean } {
    const before = this.last.get(seat);
    if (before && before.version === version) return { views: before.views, patch: null, changed: false };
    const views = make();
    this.last.set(seat, { version, views });
    if (!before || before.version > version) return { views, patch: null, changed: true };
    return { views, patch: { from: before.version, version, patch: diffJson(before.views, views) }, changed: true };
  }

  /** Forget every seat (the session was replaced): the next views go out whole. */
  clear(): void {
    this.last.clear();
  }
}

/** The client's side: the views it has and their version; a patch applies only on top of its own version. */
export class ViewsCopy {
  private have: Sent | null = null;

  get version(): number | null {
    return this.have?.version ?? null;
  }

  get views(): readonly ClientView[] | null {
    return this.have?.views ?? null;
  }

  full(version: number, views: readonly ClientView[]): void {
    this.have = { version, views };
  }

  /**
   * The views after `p`, or null when it does not apply (a version was missed, or the patch does not fit):
   * then the client asks for the full views. `check` may refuse what the patch made (untrusted input).
   */
  apply(p: ViewsPatch, check: (views: unknown) => readonly ClientView[] | null = (v) => v as readonly ClientView[]): readonly ClientView[] | null {
    if (this.have === null || this.have.version !== p.from) return null;
    let next: readonly ClientView[] | null;
    try {
      next = check(applyPatch(this.have.views, p.patch));
    } catch {
      next = null;
    }
    if (next === null || !Array.isArray(next)) {
      this.have = null;
      return null;
    }
    this.have = { version: p.version, views: next };
    return next;
  }

  forget(): void {
    this.have = null;
  }
}
