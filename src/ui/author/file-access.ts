// Keeping hold of the author's file so that saving it in the editor is enough to have it checked again.
// Where the browser has the File System Access API (Chromium), a file picked with showOpenFilePicker or
// dropped on the page comes with a handle, and the file can be read again after every save; the page
// looks at its modification time every two seconds while it is visible. A file from a plain file input
// is a snapshot: Chromium will not read it again once it has changed, so the author is told to pick it again.

/** The parts of the File System Access API this page uses (not in TypeScript's DOM library yet). */
interface PermissionHandle extends FileSystemFileHandle {
  queryPermission?(descriptor: { mode: 'read' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'read' }): Promise<PermissionState>;
}

type OpenFilePicker = (options: {
  types: { description: string; accept: Record<string, string[]> }[];
  excludeAcceptAllOption?: boolean;
  multiple?: boolean;
}) => Promise<FileSystemFileHandle[]>;

interface HandleItem extends DataTransferItem {
  getAsFileSystemHandle?(): Promise<FileSystemHandle | null>;
}

export function filePicker(win: Window = window): OpenFilePicker | null {
  const picker = (win as Window & { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker;
  return typeof picker === 'function' ? picker.bind(win) : null;
}

/** Ask for a scenario file with the system picker; null when the author cancels. */
export async function pickFile(picker: OpenFilePicker, description: string): Promise<FileSystemFileHandle | null> {
  try {
    const [handle] = await picker({ types: [{ description, accept: { 'application/json': ['.json'] } }], multiple: false });
    return handle ?? null;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/**
 * The handle of a dropped file, where the browser gives one. It must be asked for during the drop event
 * itself (the data is gone afterwards), so this returns the pending promise or null at once.
 */
export function handleFromDrop(event: DragEvent): Promise<FileSystemFileHandle | null> | null {
  const item = event.dataTransfer?.items[0] as HandleItem | undefined;
  if (!item || item.kind !== 'file' || typeof item.getAsFileSystemHandle !== 'function') return null;
  return item.getAsFileSystemHandle().then(
    (handle) => (handle && handle.kind === 'file' ? (handle as FileSystemFileHandle) : null),
    () => null,
  );
}

/** Whether the page may still read the file; after a reload the browser may want the author's consent again. */
export async function mayRead(handle: FileSystemFileHandle, ask: boolean): Promise<boolean> {
  const h = handle as PermissionHandle;
  try {
    if (typeof h.queryPermission !== 'function') return true;
    if ((await h.queryPermission({ mode: 'read' })) === 'granted') return true;
    return ask && typeof h.requestPermission === 'function' && (await h.requestPermission({ mode: 'read' })) === 'granted';
  } catch {
    return false;
  }
}

export interface WatchOptions {
  readonly intervalMs?: number;
  readonly document?: Document;
}

export interface FileWatch {
  /** Read the file now and report it when it changed since the last look. */
  check(): Promise<void>;
  stop(): void;
}

export const WATCH_INTERVAL_MS = 2000;

/**
 * Look at the file's modification time every interval while the page is visible, and at once when it
 * becomes visible again (the author comes back from the editor); call onChange with the new contents.
 */
export function watchFile(handle: FileSystemFileHandle, lastModified: number, onChange: (file: File) => void, onLost: () => void, options: WatchOptions = {}): FileWatch {
  const doc = options.document ?? document;
  let seen = lastModified;
  let busy = false;
  let stopped = false;

  async function check(): Promise<void> {
    if (busy || stopped) return;
    busy = true;
    try {
      const file = await handle.getFile();
      if (!stopped && file.lastModified !== seen) {
        seen = file.lastModified;
        onChange(file);
      }
    } catch {
      // Moved, deleted, or the permission was withdrawn: nothing more can be read from this handle.
      if (!stopped) {
        stop();
        onLost();
      }
    } finally {
      busy = false;
    }
  }

  const tick = () => {
    if (doc.visibilityState === 'visible') void check();
  };
  const timer = setInterval(tick, options.intervalMs ?? WATCH_INTERVAL_MS);
  doc.addEventListener('visibilitychange', tick);

  function stop(): void {
    stopped = true;
    clearInterval(timer);
    doc.removeEventListener('visibilitychange', tick);
  }

  return { check, stop };
}
