// One thing the author view tells about the open file, whichever checker found it: the loader (the file
// is not a valid scenario) or the linter (it is valid, but something in it deserves a look). Both point
// at a line and column of the author's own text.
import type { ScenarioError } from '../../engine/scenario/errors.js';

export interface Finding {
  readonly source: 'load' | 'lint';
  readonly severity: 'error' | 'warning';
  /** The loader's error code or the linter's code: the key of its title in the dictionaries. */
  readonly code: string;
  /** Null when there is no text to point into (a file too large or unreadable). */
  readonly line: number | null;
  readonly column: number | null;
  /** The JSON path as an author reads it; "" for the whole file. */
  readonly path: string;
  /** The checker's sentence, in English. */
  readonly message: string;
  readonly hint?: string;
}

export function fromLoadErrors(errors: readonly ScenarioError[], hasText: boolean): Finding[] {
  return errors.map((e) => ({
    source: 'load',
    severity: 'error',
    code: e.code,
    line: hasText ? e.line : null,
    column: hasText ? e.column : null,
    path: e.path,
    message: e.message,
    ...(e.hint === undefined ? {} : { hint: e.hint }),
  }));
}
