// What the session screens need from the browser, behind one interface so DOM tests can run them with
// an in-memory store and bus: autosave, the BroadcastChannel transport, windows, locks and randomness.
import { browserChannels, type ChannelFactory } from '../../host/broadcast.js';
import { indexedDbStore, memoryStore, type AutosaveStore } from '../../storage/autosave.js';
import { downloadText } from '../../storage/download.js';

export interface Services {
  readonly autosave: AutosaveStore;
  readonly channels: ChannelFactory;
  /** Open (or bring forward) the exercise window named `name` at the route `hash`; false when the browser blocked it. */
  openWindow(hash: string, name: string): boolean;
  /** A random id for a session or a window. */
  randomId(): string;
  /** Wall-clock milliseconds: command stamps and "saved at" only, never rules. */
  now(): number;
  /** Whether this window may host the session: exactly one window of the browser may. */
  holdHostLock(sessionId: string): Promise<boolean>;
  /** Per-window storage that survives a reload (unread items, the windows chosen at setup). */
  readonly windowStorage: Storage | undefined;
  download(fileName: string, text: string, mime: string): void;
}

export function randomHex(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return [...values].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * The Web Locks API gives the lock to one window and frees it when that window closes or reloads, so a
 * reloaded trainer console takes over again and a second console joins instead of hosting twice.
 */
function holdLock(name: string): Promise<boolean> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    void locks.request(name, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      // Held until the page goes away.
      return lock === null ? undefined : new Promise<void>(() => undefined);
    });
  });
}

export function browserServices(): Services {
  const base = `${location.pathname}${location.search}`;
  // Without IndexedDB (some private modes, locked-down profiles) the exercise still runs; it is kept in
  // this page only, and the console's export is the way to keep it.
  const autosave: AutosaveStore = typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore();
  return {
    autosave,
    channels: browserChannels,
    openWindow(hash, name) {
      return window.open(`${base}${hash}`, name, 'popup') !== null;
    },
    randomId: () => randomHex(8),
    now: () => Date.now(),
    holdHostLock: (sessionId) => holdLock(`crisistafel-host-${sessionId}`),
    windowStorage: sessionStorageOrUndefined(),
    download: downloadText,
  };
}
