// Autosave after every accepted command: the session bundle (scenario, seed, settings, log) goes to
// IndexedDB, so resuming is replaying — a save can never hold a state the engine would not reproduce.
// Saves are queued one at a time and coalesced: only the newest state waiting is written next.
import type { ExerciseState, Scenario } from '../../engine/index.js';
import { makeBundle } from '../../engine/session/bundle.js';
import type { SessionStore } from '../../host/session-host.js';
import type { AutosaveStore } from '../../storage/autosave.js';

export type SaveStatus = { readonly kind: 'saving' } | { readonly kind: 'saved'; readonly at: number } | { readonly kind: 'failed'; readonly reason: string };

export interface Autosaver extends SessionStore {
  save(state: ExerciseState): Promise<void>;
  readonly status: SaveStatus;
  onStatus(listener: (status: SaveStatus) => void): () => void;
}

export interface SaveTarget {
  readonly id: string;
  readonly title: string;
  readonly scenario: Scenario;
}

export function autosaver(store: AutosaveStore, target: SaveTarget, now: () => number): Autosaver {
  let status: SaveStatus = { kind: 'saving' };
  let waiting: ExerciseState | null = null;
  let running: Promise<void> | null = null;
  const listeners = new Set<(status: SaveStatus) => void>();
  const set = (next: SaveStatus) => {
    status = next;
    for (const l of listeners) l(next);
  };

  async function drain(): Promise<void> {
    while (waiting !== null) {
      const state = waiting;
      waiting = null;
      set({ kind: 'saving' });
      try {
        await store.save({ id: target.id, bundle: makeBundle(target.scenario, state), savedAt: now(), title: target.title });
        set({ kind: 'saved', at: now() });
      } catch (error) {
        set({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      }
    }
    running = null;
  }

  return {
    get status() {
      return status;
    },
    save(state) {
      waiting = state;
      running ??= drain();
      return running;
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
