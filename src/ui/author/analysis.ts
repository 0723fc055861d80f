// The author view's engine work, in a chunk of its own loaded after the view has painted: the linter's
// rules (pure, the same as `npm run scenario:lint`), seeded bot playthroughs and the playtest report.
// The static pass runs once per file; the rules that read bot runs run again over the dry run's runs, so
// the findings an author sees after the dry run are what the linter says of exactly those plays.
import '../../zod-setup.js';
import type { BotPolicy } from '../../engine/bots/index.js';
import { dynamicFacts } from '../../engine/lint/dynamic.js';
import { lintContext, LINT_RULES, olderFormat, type LintFinding } from '../../engine/lint/index.js';
import type { StaticFacts } from '../../engine/lint/reachability.js';
import { buildReport, playtestJobs, summarizePlaythrough, type PlaytestReport, type RunSummary } from '../../engine/playtest/index.js';
import { writtenFormatVersion } from '../../engine/scenario/migrate.js';
import { formatPath, type Path } from '../../engine/scenario/paths.js';
import { createLocator, type Position } from '../../engine/scenario/positions.js';
import type { Scenario } from '../../engine/scenario/schema.js';
import type { Finding } from './finding.js';

export interface StaticLint {
  readonly facts: StaticFacts;
  readonly findings: readonly LintFinding[];
}

/** The author's text tells the linter the format version it was written in (an older file is migrated on loading). */
export function lintStatically(scenario: Scenario, text: string): StaticLint {
  const ctx = lintContext(scenario, { dynamic: false, writtenIn: writtenFormatVersion(text) });
  return { facts: ctx.facts, findings: LINT_RULES.flatMap((rule) => rule(scenario, ctx)) };
}

export function lintWithRuns(scenario: Scenario, text: string, facts: StaticFacts, runs: readonly RunSummary[]): LintFinding[] {
  const ctx = { facts, dynamic: dynamicFacts(runs, scenario), ...olderFormat(writtenFormatVersion(text)) };
  return LINT_RULES.flatMap((rule) => rule(scenario, ctx));
}

/** Line and column of each finding in the author's text, in file order (as the CLI prints them). */
export function placeFindings(text: string, findings: readonly LintFinding[]): Finding[] {
  const position = locate(text);
  return findings
    .map((f): Finding => {
      const { line, column } = position(f.path);
      return { source: 'lint', severity: f.severity, code: f.code, line, column, path: formatPath(f.path), message: f.message, hint: f.hint };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code));
}

// The loader reads past a byte-order mark; positions count from after it, as an editor shows them.
/** Where the parts of the scenario (injects, decisions) start in the author's text; the tree is parsed once. */
export function locate(text: string): (path: Path) => Position {
  const locator = createLocator(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return (path) => locator.pathPosition(path);
}

export function playRun(scenario: Scenario, policy: BotPolicy, seed: string): RunSummary {
  return summarizePlaythrough(scenario, policy, seed);
}

export function dryRunReport(scenario: Scenario, runs: readonly RunSummary[], options: { seed: string; policies: readonly BotPolicy[]; runsPerPolicy: number }): PlaytestReport {
  return buildReport(scenario, runs, options);
}

export { playtestJobs };
export type { RunSummary, PlaytestReport, StaticFacts, LintFinding };
