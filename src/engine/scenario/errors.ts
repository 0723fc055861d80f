// What an author is told when a scenario file is wrong: what, where (file, line:column, JSON path) and how to fix it.
import type { Scenario } from './schema.js';

export interface ScenarioError {
  /** Stable code, e.g. "unknown-key", "unknown-reference", "json-syntax", "too-large". */
  readonly code: string;
  /** The file name as the author knows it (or "scenario.json" when unknown). */
  readonly file: string;
  /** 1-based line and column in the author's text. */
  readonly line: number;
  readonly column: number;
  /** The path as an author reads it, e.g. `injects[3].text.nl`; "" for the whole file. */
  readonly path: string;
  /** A plain sentence in English saying what is wrong. */
  readonly message: string;
  /** How to fix it, e.g. a "did you mean" suggestion. */
  readonly hint?: string;
}

export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };
