// Which inbox items a window has read, keyed by role and the inject's event seq. Kept in the window
// (sessionStorage when the browser allows it), so a reload keeps the unread counts and nothing of it
// ever reaches the exercise.
export interface ReadState {
  isRead(role: string, seq: number): boolean;
  markRead(role: string, seqs: readonly number[]): void;
}

export function readState(storage: Storage | undefined, scope: string): ReadState {
  const key = `crisistafel.read.${scope}`;
  const read = new Set<string>(load(storage, key));
  return {
    isRead: (role, seq) => read.has(`${role}#${seq}`),
    markRead(role, seqs) {
      for (const seq of seqs) read.add(`${role}#${seq}`);
      try {
        storage?.setItem(key, JSON.stringify([...read]));
      } catch {
        // A full or blocked storage only costs the counts after a reload.
      }
    },
  };
}

function load(storage: Storage | undefined, key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
