// "Did you mean …?" for mistyped keys, ids and enum values. Authors most often swap two letters or
// drop one, so the distance counts a transposition as one edit (optimal string alignment).

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let beforePrevious: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Longer words tolerate more typos; very different words are not suggested at all. */
function tolerance(word: string): number {
  return Math.max(1, Math.floor(word.length * 0.4));
}

/** Breaks ties between equally distant candidates: one that starts with the word, then one containing it ("=" → "=="). */
function affinity(word: string, candidate: string): number {
  if (candidate.startsWith(word) || word.startsWith(candidate)) return 0.25;
  return candidate.includes(word) || word.includes(candidate) ? 0.1 : 0;
}

/** The candidate closest to `word`, if it is close enough to be the likely intent. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  // Very long input is not a typo of a short name, and comparing it would cost time for nothing.
  if (word.length > 200) return undefined;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    const distance = other === lower ? 0.5 : editDistance(lower, other) - affinity(lower, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= tolerance(word) ? best : undefined;
}

/** A ready hint sentence, e.g. `Did you mean "name"?`, or undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closestMatch(word, candidates);
  return match === undefined ? undefined : `Did you mean "${match}"?`;
}
