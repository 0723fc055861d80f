// Turns offsets and JSON paths into the 1-based line:column an editor shows. Built lazily: a valid
// scenario never pays for the syntax tree, only a file with errors does.
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { Path } from './paths.js';

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
  let tree: Node | undefined | null = null;

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

  const root = (): Node | undefined => {
    if (tree !== null) return tree;
    try {
      tree = parseTree(text);
    } catch {
      tree = undefined;
    }
    return tree;
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
    const top = root();
    if (!top) return { line: 1, column: 1 };
    for (let length = path.length; length >= 0; length--) {
      const node = findNodeAtLocation(top, path.slice(0, length) as (string | number)[]);
      if (!node) continue;
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      const exact = length === path.length;
      return offsetToPosition(exact && anchor === 'key' && key ? key.offset : node.offset);
    }
    return { line: 1, column: 1 };
  };

  return { offsetToPosition, pathPosition };
}
