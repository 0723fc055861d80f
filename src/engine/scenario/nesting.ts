// A scenario nests a few levels deep (a condition inside `all` inside an inject). A file nested thousands
// of levels deep is broken or hostile, and would overflow the stack of the recursive steps after parsing,
// so it is refused first, by a plain scan that cannot overflow.

/** Deep enough for any sensible condition tree, shallow enough for every recursive step after it. */
export const MAX_NESTING = 200;

/** The offset of the first `[` or `{` that opens level `limit + 1`, or undefined when the text stays within it. */
export function findExcessiveNesting(text: string, limit: number = MAX_NESTING): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      // Strings are most of a scenario: jump to the closing quote (one not escaped by an odd run of backslashes).
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end < 0) return undefined;
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === 92 /* \ */) backslashes++;
        if (backslashes % 2 === 0) break;
      }
      i = end;
    } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      depth++;
      if (depth > limit) return i;
    } else if (depth > 0 && (ch === 93 || ch === 125) /* ] or } */) {
      depth--;
    }
  }
  return undefined;
}
