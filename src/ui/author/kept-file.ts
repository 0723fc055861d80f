// The file open in the author view, kept in this browser so a reload (or a crash) opens it again: its
// name and text, and where the browser allows it the handle to the file on disk, so checking on save can
// go on. IndexedDB holds all three; without it, localStorage holds the name and text. The file on disk
// stays the author's copy: nothing here is ever written back to it.
import { openDB, type IDBPDatabase } from 'idb';

export interface KeptFile {
  readonly name: string;
  readonly text: string;
  readonly handle?: FileSystemFileHandle;
}

export interface KeptFileStore {
  read(): Promise<KeptFile | null>;
  /** False when the browser would not keep it (storage full, or blocked). */
  write(file: KeptFile): Promise<boolean>;
  clear(): Promise<void>;
}

// A database of its own, so the author view never has to upgrade the exercise store's schema.
const DB_NAME = 'crisistafel-author';
const STORE = 'files';
const KEY = 'open';
const LOCAL_KEY = 'crisistafel.author.file';

function isKept(value: unknown): value is KeptFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.text === 'string';
}

function localStore(storage: Storage | undefined): KeptFileStore {
  return {
    async read() {
      try {
        const value: unknown = JSON.parse(storage?.getItem(LOCAL_KEY) ?? 'null');
        return isKept(value) ? { name: value.name, text: value.text } : null;
      } catch {
        return null;
      }
    },
    async write(file) {
      try {
        if (!storage) return false;
        storage.setItem(LOCAL_KEY, JSON.stringify({ name: file.name, text: file.text }));
        return true;
      } catch {
        return false;
      }
    },
    async clear() {
      try {
        storage?.removeItem(LOCAL_KEY);
      } catch {
        // Nothing kept, nothing to clear.
      }
    },
  };
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function browserKeptFileStore(factory: IDBFactory | undefined = globalThis.indexedDB, storage: Storage | undefined = localStorageOrUndefined()): KeptFileStore {
  const fallback = localStore(storage);
  if (!factory) return fallback;
  let db: Promise<IDBPDatabase> | null = null;
  const open = () =>
    (db ??= openDB(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore(STORE);
      },
    }));
  return {
    async read() {
      try {
        const value: unknown = await (await open()).get(STORE, KEY);
        if (!isKept(value)) return fallback.read();
        return value.handle ? { name: value.name, text: value.text, handle: value.handle } : { name: value.name, text: value.text };
      } catch {
        return fallback.read();
      }
    },
    async write(file) {
      const d = await open().catch(() => null);
      if (!d) return fallback.write(file);
      try {
        await d.put(STORE, file, KEY);
        return true;
      } catch {
        // A browser that cannot store the handle can still store the text.
        try {
          await d.put(STORE, { name: file.name, text: file.text }, KEY);
          return true;
        } catch {
          return fallback.write(file);
        }
      }
    },
    async clear() {
      await fallback.clear();
      try {
        await (await open()).delete(STORE, KEY);
      } catch {
        // Nothing kept, nothing to clear.
      }
    },
  };
}

/** For tests: the same contract, in memory. */
export function memoryKeptFileStore(initial: KeptFile | null = null): KeptFileStore & { readonly kept: KeptFile | null } {
  let kept = initial;
  return {
    get kept() {
      return kept;
    },
    async read() {
      return kept;
    },
    async write(file) {
      kept = file;
      return true;
    },
    async clear() {
      kept = null;
    },
  };
}
