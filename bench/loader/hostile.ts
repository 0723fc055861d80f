// Hostile scenario files: the shapes a careless author or an attacker can hand the loader, each of which
// once made it explain and locate every problem (seconds to minutes, a frozen tab). Each is built on a real
// bundled scenario so that only the hostile part is wrong, and is clipped to the loader's size cap so it
// reaches the checks instead of being refused for its size.
import { MAX_SCENARIO_CHARS } from '../../src/engine/index.js';

export interface HostileFile {
  /** A stable key for the bench figure, e.g. "unknown-root-keys-40000". */
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

type Json = Record<string, unknown>;

/** The base scenario's text with `extra` spliced in before its closing brace. */
function withRootText(base: Json, extra: string): string {
  const text = JSON.stringify(base);
  return `${text.slice(0, -1)},${extra}}`;
}

/** The largest count (≤ `count`) whose text stays within the size cap. */
function clipped(count: number, make: (n: number) => string): { n: number; text: string } {
  let n = count;
  for (;;) {
    const text = make(n);
    if (text.length <= MAX_SCENARIO_CHARS) return { n, text };
    n = Math.floor((n * MAX_SCENARIO_CHARS) / text.length) - 1;
  }
}

const size = (text: string) => (text.length >= 1024 * 1024 ? `${(text.length / 1024 / 1024).toFixed(1)} MB` : `${Math.round(text.length / 1024)} KB`);
const count = (n: number) => n.toLocaleString('en-US');

/** `n` keys the format does not know, at the root ("x0": 0, "x1": 0, …). */
export function unknownRootKeys(base: Json, n: number): HostileFile {
  const made = clipped(n, (k) => withRootText(base, Array.from({ length: k }, (_, i) => `"x${i}":0`).join(',')));
  return { id: `unknown-root-keys-${made.n}`, label: `${count(made.n)} unknown root keys (${size(made.text)})`, text: made.text };
}

/** `n` roles, each with "name" mistyped as "nmae": an unknown key (with a suggestion) and a missing key per role. */
export function mistypedRoles(base: Json, n: number): HostileFile {
  const first = (base['roles'] as Json[])[0] as Json;
  const role = (i: number) => JSON.stringify({ id: `r${i}`, nmae: 'R', team: first['team'], office: first['office'], briefing: 'B' });
  const made = clipped(n, (k) => JSON.stringify({ ...base, roles: [] }).replace('"roles":[]', `"roles":[${Array.from({ length: k }, (_, i) => role(i)).join(',')}]`));
  return { id: `mistyped-roles-${made.n}`, label: `${count(made.n)} roles, each with one mistyped key (${size(made.text)})`, text: made.text };
}

/** `n` values in "languages" that are not a language. */
export function badLanguages(base: Json, n: number): HostileFile {
  const made = clipped(n, (k) => JSON.stringify({ ...base, languages: [] }).replace('"languages":[]', `"languages":[${'"xx",'.repeat(k - 1)}"xx"]`));
  return { id: `bad-languages-${made.n}`, label: `${count(made.n)} bad values in "languages" (${size(made.text)})`, text: made.text };
}

/** `megabytes` of spaces inside the scenario, then a syntax error (a missing value) at its end. */
export function spacesThenSyntaxError(base: Json, megabytes: number): HostileFile {
  const text = JSON.stringify(base);
  const made = clipped(Math.round(megabytes * 1024 * 1024), (k) => `${text.slice(0, -1)},${' '.repeat(k)}"broken": }`);
  return { id: `spaces-syntax-error-${made.n}`, label: `${(made.n / 1024 / 1024).toFixed(1)} MB of spaces and a syntax error (${size(made.text)})`, text: made.text };
}

/** The shapes of issue 12, at full size, or at a fiftieth of it for the quick run. */
export function hostileFiles(base: Json, quick: boolean): HostileFile[] {
  const scale = (n: number) => (quick ? Math.max(1, Math.round(n / 50)) : n);
  return [
    unknownRootKeys(base, scale(40_000)),
    unknownRootKeys(base, scale(80_000)),
    unknownRootKeys(base, scale(500_000)),
    mistypedRoles(base, scale(100_000)),
    badLanguages(base, scale(2_000_000)),
    spacesThenSyntaxError(base, quick ? 0.2 : 9.5),
  ];
}
