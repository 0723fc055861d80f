// Small readers of JSON text shared by the scans that place problems (positions.ts) and find repeated
// keys (duplicate-keys.ts). Both jump over strings with indexOf instead of decoding them: a scenario is
// mostly strings, and these scans only need to know where each one ends.

export function isJsonSpace(ch: number): boolean {
  return ch === 32 || ch === 10 || ch === 13 || ch === 9;
}

/** The offset of the closing quote of the string opening at `start` (one not escaped by an odd run of backslashes), or -1. */
export function stringEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
}

/** A key's text as JSON.parse reads it, escapes decoded ("\u0061" and "a" are one key); undefined when malformed. */
export function decodeKey(text: string, open: number, close: number): string | undefined {
  const raw = text.slice(open + 1, close);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}
