// A key written twice in one object. JSON.parse keeps the last one and drops the first without a word, so
// `"fictional": false` … `"fictional": true` would load as fictional, and of two "id"s only the second would
// count. The loader's rule is that nothing in a file is silently ignored, so each repeat is an error that
// names both places.
//
// One pass over the text, run after JSON.parse has accepted it: strings are jumped over with indexOf, and
// a string followed by ":" is a key of the innermost open object. (jsonc-parser's visitor does the same
// walk but decodes every string and number on the way, several times slower on a large file.)
import type { Finding } from './finding.js';
import { decodeKey, isJsonSpace, stringEnd } from './json-text.js';
import type { Path, PathSegment } from './paths.js';
import type { Locator } from './positions.js';

export interface DuplicateKey {
  readonly key: string;
  /** The path of the object holding the key twice. */
  readonly parent: Path;
  /** Offsets of the opening quote of the first and of the repeated key. */
  readonly first: number;
  readonly again: number;
}

interface Open {
  readonly array: boolean;
  /** Keys seen so far in an object, with the offset of each. */
  readonly keys: Map<string, number> | undefined;
  /** The segment naming this container in its parent. */
  readonly segment: PathSegment | undefined;
  /** For an array, the index of the item being read. */
  index: number;
  /** For an object, the key whose value is being read. */
  key: string | undefined;
}

/** Every repeated key in a text that JSON.parse accepts (at most `limit` of them), in reading order. */
export function findDuplicateKeys(text: string, limit = Number.POSITIVE_INFINITY): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Open[] = [];
  const segmentHere = (): PathSegment | undefined => {
    const top = stack[stack.length - 1];
    if (!top) return undefined;
    return top.array ? top.index : top.key;
  };
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      const end = stringEnd(text, i);
      if (end < 0) break;
      const top = stack[stack.length - 1];
      if (top && !top.array && isFollowedByColon(text, end + 1)) {
        const key = decodeKey(text, i, end);
        if (key !== undefined) {
          const first = top.keys?.get(key);
          if (first !== undefined) found.push({ key, parent: pathOf(stack), first, again: i });
          else top.keys?.set(key, i);
          top.key = key;
        }
      }
      i = end;
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      stack.push({ array: ch === 91, keys: ch === 123 ? new Map() : undefined, segment: segmentHere(), index: 0, key: undefined });
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      stack.pop();
    } else if (ch === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.array) top.index += 1;
    }
  }
  return found;
}

/** The path of the innermost open container. */
function pathOf(stack: readonly Open[]): Path {
  const path: PathSegment[] = [];
  for (let i = 1; i < stack.length; i++) {
    const segment = stack[i]?.segment;
    if (segment !== undefined) path.push(segment);
  }
  return path;
}

function isFollowedByColon(text: string, from: number): boolean {
  let i = from;
  for (;;) {
    const ch = text.charCodeAt(i);
    if (isJsonSpace(ch)) i++;
    else return ch === 58 /* : */;
  }
}

/** The repeated key as the author is told it, placed at the repeat, naming where the first one is. */
export function duplicateKeyFinding(duplicate: DuplicateKey, locator: Locator): Finding {
  const first = locator.offsetToPosition(duplicate.first);
  const key = JSON.stringify(duplicate.key.length > 40 ? `${duplicate.key.slice(0, 40)}…` : duplicate.key);
  return {
    code: 'duplicate-key',
    path: [...duplicate.parent, duplicate.key],
    offset: duplicate.again,
    message: `The key ${key} appears twice in this object: first at line ${first.line}, column ${first.column}, and again here. JSON keeps only the last one and would silently drop the other.`,
    hint: `Keep one ${key} with the value you mean and remove the other.`,
  };
}
