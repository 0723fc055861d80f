// What the linter says about a scenario: one finding per problem, with a stable code, its severity, the
// JSON path of the part concerned (the CLI and the author view turn it into line:column), a sentence and a hint.
import type { Path } from '../scenario/paths.js';
import type { Scenario } from '../scenario/schema.js';
import type { LintCode, Severity } from './codes.js';
import type { DynamicFacts } from './dynamic.js';
import type { StaticFacts } from './reachability.js';

export interface LintFinding {
  readonly code: LintCode;
  readonly severity: Severity;
  readonly path: Path;
  /** A plain sentence in English saying what is wrong (as the loader's errors are). */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

/** What every rule may read besides the scenario: the analyses computed once per lint run. */
export interface LintContext {
  readonly facts: StaticFacts;
  /** The seeded bot runs; absent when the caller asked for the static pass only. */
  readonly dynamic: DynamicFacts | null;
  /** The format version the file was written in, when older than the current one (it was migrated on loading). */
  readonly writtenIn?: number;
}

export type LintRule = (scenario: Scenario, ctx: LintContext) => LintFinding[];
