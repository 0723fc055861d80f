// Turns offsets and JSON paths into the 1-based line:column an editor shows. Built lazily: a valid
// scenario never pays for any of it, only a file with errors does.
//
// Paths are found through one index of the text, built as far as the paths asked for need it: the
// first time a path passes through an object or array, that container's members are indexed in one
// scan (their keys and where their values start; the values themselves are skipped over), and every
// later path through it is a lookup. Each container is scanned once at most, so locating any number
// of paths costs about one pass over the text, where looking each path up afresh (jsonc-parser's
// findNodeAtLocation walks an object's members every time) made a file with many problems quadratic.
import { decodeKey, isJsonSpace, stringEnd } from './json-text.js';
import type { Path, PathSegment } from './paths.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Where on a path to point: at the value, or at the key naming it (for an unknown key). */
export type Anchor = 'value' | 'key';

export interface Locator {
  offsetToPosition(offset: number): Position;
  /** The position of `path`; when it does not exist (a missing key), that of its nearest existing ancestor. */
  pathPosition(path: Path, anchor?: Anchor): Position;
}

export function createLocator(text: string): Locator {
  let lineStarts: number[] | undefined;
  let index: TextIndex | undefined;

  const starts = (): number[] => {
    if (lineStarts) return lineStarts;
    lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      // \n, \r\n and a lone \r each end a line, as they do in editors.
      if (ch === 10) lineStarts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
    }
    return lineStarts;
  };

  const offsetToPosition = (offset: number): Position => {
    const lines = starts();
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lines[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (lines[low] ?? 0) + 1 };
  };

  const pathPosition = (path: Path, anchor: Anchor = 'value'): Position => {
    index ??= new TextIndex(text);
    const found = index.find(path);
    if (!found) return { line: 1, column: 1 };
    const exact = found.depth === path.length;
    return offsetToPosition(exact && anchor === 'key' && found.key !== undefined ? found.key : found.value);
  };

  return { offsetToPosition, pathPosition };
}

/** A member of an object or array: where its value starts, and for an object member where its key starts. */
interface Member {
  readonly value: number;
  readonly key?: number;
}

/**
 * The members of one object or array read so far. A container is read only as far as a path needs: the
 * members an author's problems point at are usually near its start, and the rest of a huge list is never read.
 */
interface Members {
  readonly kind: 'object' | 'array';
  readonly byKey: Map<string, Member>;
  readonly items: number[];
  /** Where reading goes on, or -1 when the container has been read to its end. */
  next: number;
}

const QUOTE = 34;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/**
 * The path index of one text. It reads JSON as the loader has already parsed it, but never trusts
 * that: on anything unexpected a scan stops, and the path is placed at its deepest part found.
 */
class TextIndex {
  private readonly containers = new Map<number, Members | null>();
  private readonly root: number;

  constructor(private readonly text: string) {
    this.root = this.skipSpace(0);
  }

  /** The deepest existing part of `path`: how many segments were found, and where that part starts. */
  find(path: Path): { depth: number; value: number; key?: number } | undefined {
    if (this.root >= this.text.length) return undefined;
    let here: { depth: number; value: number; key?: number } = { depth: 0, value: this.root };
    for (const segment of path) {
      const member = this.member(here.value, segment);
      if (!member) break;
      here = { depth: here.depth + 1, value: member.value, ...(member.key === undefined ? {} : { key: member.key }) };
    }
    return here;
  }

  private member(at: number, segment: PathSegment): Member | undefined {
    let members = this.containers.get(at);
    if (members === undefined) {
      members = this.open(at);
      this.containers.set(at, members);
    }
    if (!members) return undefined;
    if (members.kind === 'object') {
      if (typeof segment !== 'string') return undefined;
      // A key given twice is found at its first place; the loader reports the repeat itself.
      while (!members.byKey.has(segment) && members.next >= 0) this.readMember(members);
      return members.byKey.get(segment);
    }
    if (typeof segment !== 'number') return undefined;
    while (members.items.length <= segment && members.next >= 0) this.readMember(members);
    const value = members.items[segment];
    return value === undefined ? undefined : { value };
  }

  /** The reading state of the object or array whose opening bracket is at `at`, or null for anything else. */
  private open(at: number): Members | null {
    const open = this.text.charCodeAt(at);
    if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return null;
    const first = this.skipSpace(at + 1);
    const close = open === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
    return { kind: open === OPEN_BRACE ? 'object' : 'array', byKey: new Map(), items: [], next: this.text.charCodeAt(first) === close ? -1 : first };
  }

  /** Reads one more member of the container, or marks it read to its end (also on anything unexpected). */
  private readMember(members: Members): void {
    const text = this.text;
    let i = members.next;
    members.next = -1;
    if (members.kind === 'object') {
      if (text.charCodeAt(i) !== QUOTE) return;
      const keyAt = i;
      const keyEnd = stringEnd(text, i);
      if (keyEnd < 0) return;
      const key = decodeKey(text, keyAt, keyEnd);
      i = this.skipSpace(keyEnd + 1);
      if (text.charCodeAt(i) !== COLON) return;
      const value = this.skipSpace(i + 1);
      if (key !== undefined && !members.byKey.has(key)) members.byKey.set(key, { key: keyAt, value });
      i = this.valueEnd(value);
    } else {
      members.items.push(i);
      i = this.valueEnd(i);
    }
    if (i < 0) return;
    i = this.skipSpace(i);
    if (text.charCodeAt(i) === COMMA) members.next = this.skipSpace(i + 1);
  }

  private skipSpace(i: number): number {
    const text = this.text;
    while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++;
    return i;
  }

  /** The offset just after the value starting at `start` (strings jumped over, containers by counting brackets). */
  private valueEnd(start: number): number {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === QUOTE) {
      const end = stringEnd(text, start);
      return end < 0 ? -1 : end + 1;
    }
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      for (let i = start; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === QUOTE) {
          i = stringEnd(text, i);
          if (i < 0) return -1;
        } else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
          depth++;
        } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) return i + 1;
        }
      }
      return -1;
    }
    // A number, true, false or null: up to the next separator.
    let i = start;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === COMMA || ch === CLOSE_BRACE || ch === CLOSE_BRACKET || isJsonSpace(ch)) break;
      i++;
    }
    return i > start ? i : -1;
  }
}
