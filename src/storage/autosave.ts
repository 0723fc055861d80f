// Autosave after every command, in IndexedDB, so a reload or a crashed laptop resumes exactly where the
// exercise was. What is stored is the session bundle (scenario + seed + settings + log): replaying it is
// the resume, so a save can never hold a state the engine would not reproduce.
import { deleteDB, openDB, type IDBPDatabase } from 'idb';

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
  /**
   * The most recently saved record as the store holds it, not yet checked (src/ui/session/saved.ts checks it),
   * or null. A record whose time of saving is not a number comes first, so damage is shown, not hidden.
   * Never throws: a store that cannot be read answers with the reason.
   */
  latest(): Promise<{ readonly ok: true; readonly session: SavedSession | null } | { readonly ok: false; readonly reason: string }>;
  /** Remove one record by its key: its `id` as stored, whatever that is. */
  remove(id: unknown): Promise<void>;
  /** Remove every save — for IndexedDB the whole database, even one this version cannot open (newer, or not ours). */
  clear(): Promise<void>;
}

const DB_NAME = 'crisistafel';
const STORE = 'sessions';

/** Newest first; a time that is no number at all counts as newest, so a damaged record is what is shown. */
function newest(records: readonly unknown[]): SavedSession | null {
  const at = (r: unknown): number => {
    const t = typeof r === 'object' && r !== null ? (r as { savedAt?: unknown }).savedAt : undefined;
    return typeof t === 'number' && Number.isFinite(t) ? t : Infinity;
  };
  let best: unknown = null;
  for (const r of records) if (best === null || at(r) > at(best)) best = r;
  return best as SavedSession | null;
}

export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): AutosaveStore {
  let db: Promise<IDBPDatabase> | null = null;
  const open = (): Promise<IDBPDatabase> => {
    if (!factory) return Promise.reject(new Error('IndexedDB is not available in this browser'));
    db ??= openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore(STORE, { keyPath: 'id' });
      },
      // Another tab clears the saves (or a newer version upgrades them): let go of the database so it can.
      blocking() {
        void db?.then((d) => d.close());
        db = null;
      },
    });
    // A database that could not be opened is tried again next time, not remembered as broken.
    db.catch(() => (db = null));
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
        return { ok: true, session: newest(await d.getAll(STORE)) };
      } catch (e) {
        return { ok: false, reason: e instanceof Error ? e.message : String(e) };
      }
    },
    async remove(id) {
      const d = await open();
      await d.delete(STORE, id as IDBValidKey);
    },
    async clear() {
      if (!factory) return;
      const opened = db;
      db = null;
      if (opened) await opened.then((d) => d.close(), () => undefined);
      // Deleting works whatever the database holds and at whatever version: this is how "start fresh"
      // clears a database a newer Crisistafel (or another app) left.
      // Other tabs still holding it close theirs when told (blocking, above); until they do, the deletion
      // waits for them, and this tab need not.
      await new Promise<void>((done, fail) => {
        deleteDB(DB_NAME, { blocked: () => done() }).then(done, fail);
      });
    },
  };
}

/** For tests and for browsers without IndexedDB: the same contract, kept in memory. */
export function memoryStore(): AutosaveStore {
  const data = new Map<unknown, SavedSession>();
  return {
    async save(s) {
      data.set(s.id, structuredClone(s));
    },
    async latest() {
      return { ok: true, session: newest([...data.values()]) };
    },
    async remove(id) {
      data.delete(id);
    },
    async clear() {
      data.clear();
    },
  };
}
