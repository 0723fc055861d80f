// Autosave after every command, in IndexedDB, so a reload or a crashed laptop resumes exactly where the
// exercise was. What is stored is the session bundle (scenario + seed + settings + log): replaying it is
// the resume, so a save can never hold a state the engine would not reproduce.
import { openDB, type IDBPDatabase } from 'idb';

export interface SavedSession {
  /** Stable id of the running session. */
  readonly id: string;
  /** The session bundle as plain JSON; validated by the engine's readBundle when read back. */
  readonly bundle: unknown;
  /** Wall-clock milliseconds of the save, shown as "saved at" only. */
  readonly savedAt: number;
  readonly title: string;
}

export interface AutosaveStore {
  save(session: SavedSession): Promise<void>;
  /** The most recently saved session, or null. Never throws: a broken store reads as empty with a reason. */
  latest(): Promise<{ readonly ok: true; readonly session: SavedSession | null } | { readonly ok: false; readonly reason: string }>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'crisistafel';
const STORE = 'sessions';

export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): AutosaveStore {
  let db: Promise<IDBPDatabase> | null = null;
  const open = (): Promise<IDBPDatabase> => {
    if (!factory) return Promise.reject(new Error('IndexedDB is not available in this browser'));
    db ??= openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore(STORE, { keyPath: 'id' });
      },
    });
    return db;
  };
  return {
    async save(session) {
      const d = await open();
      await d.put(STORE, session);
    },
    async latest() {
      try {
        const d = await open();
        const all = (await d.getAll(STORE)) as SavedSession[];
        const newest = all.reduce<SavedSession | null>((best, s) => (best === null || s.savedAt > best.savedAt ? s : best), null);
        return { ok: true, session: newest };
      } catch (e) {
        return { ok: false, reason: e instanceof Error ? e.message : String(e) };
      }
    },
    async remove(id) {
      const d = await open();
      await d.delete(STORE, id);
    },
  };
}

/** For tests and for browsers without IndexedDB: the same contract, kept in memory. */
export function memoryStore(): AutosaveStore {
  const data = new Map<string, SavedSession>();
  return {
    async save(s) {
      data.set(s.id, structuredClone(s));
    },
    async latest() {
      const all = [...data.values()];
      return { ok: true, session: all.reduce<SavedSession | null>((b, s) => (b === null || s.savedAt > b.savedAt ? s : b), null) };
    },
    async remove(id) {
      data.delete(id);
    },
  };
}
