// A problem found in a scenario before it is placed in the author's text: the checks speak in JSON paths,
// one function turns a path into file, line and column.
import type { ErrorCode } from './codes.js';
import type { ScenarioError } from './errors.js';
import { formatPath, type Path } from './paths.js';
import type { Anchor, Locator } from './positions.js';

export interface Finding {
  readonly code: ErrorCode;
  readonly path: Path;
  readonly message: string;
  readonly hint?: string;
  /** Point at the key rather than its value (an unknown key). */
  readonly anchor?: Anchor;
  /** An exact place in the text, for problems that have no path (JSON syntax). */
  readonly offset?: number;
  /** For an unknown key: the allowed key it was probably meant to be. */
  readonly suggestion?: string;
}

export function toScenarioError(finding: Finding, locator: Locator, file: string): ScenarioError {
  const { line, column } =
    finding.offset === undefined ? locator.pathPosition(finding.path, finding.anchor) : locator.offsetToPosition(finding.offset);
  const error: ScenarioError = { code: finding.code, file, line, column, path: formatPath(finding.path), message: finding.message };
  return finding.hint === undefined ? error : { ...error, hint: finding.hint };
}

/** Errors in reading order, so an author can work down the file. */
export function byPosition(a: ScenarioError, b: ScenarioError): number {
  return a.line - b.line || a.column - b.column;
}

/** A value as an author would recognise it in a message: `the text "abc"`, `the number 3`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${quoteShort(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return 'an object';
}

/** A JSON-quoted value, shortened so a pasted paragraph does not flood the message. */
export function quoteShort(value: unknown, max = 40): string {
  if (typeof value === 'string' && value.length > max) return JSON.stringify(`${value.slice(0, max)}…`);
  return JSON.stringify(value) ?? String(value);
}
