import type { Path } from '../scenario/paths.js';
import type { TextT } from '../scenario/schema.js';
import { severityOf, type LintCode } from './codes.js';
import type { LintFinding } from './types.js';

export function finding(code: LintCode, path: Path, message: string, hint: string): LintFinding {
  return { code, severity: severityOf(code), path, message, hint };
}

/** A scenario text as the author would recognise it in a message: the English if there is one. */
export function shortText(text: TextT, max = 50): string {
  const s = typeof text === 'string' ? text : text.en || text.nl;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function quoted(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}
