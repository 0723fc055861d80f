// lintScenario: the semantic checks beyond the schema, as pure functions over a loaded scenario. The static
// pass runs first and always; the dynamic pass plays a few seeded bot runs unless the caller passes its own
// runs (the playtest's) or none. Findings come in rule order; the CLI sorts them by position in the file.
import { derivedKnowledge } from './rules/knowledge.js';
import type { BotPolicy } from '../bots/index.js';
import { SCHEMA_VERSION, type Scenario } from '../scenario/schema.js';
import type { RunSummary } from '../playtest/summary.js';
import { dynamicFacts, lintPlaythroughs, LINT_RUNS } from './dynamic.js';
import { staticFacts } from './reachability.js';
import { impossibleCriteria, observedCriteria, unmeasuredObjectives, unscoredCriteria } from './rules/criteria.js';
import { moduleShape } from './rules/modules.js';
import { notReached } from './rules/not-reached.js';
import { identicalOptions } from './rules/options.js';
import { conditionVerdicts, unreachableDecisions, unreachableEndings, unreachableInjects } from './rules/reachability.js';
import { idleRoles } from './rules/roles.js';
import { impossiblePrerequisites } from './rules/prerequisites.js';
import { longTexts, translations } from './rules/texts.js';
import { beforeIncident, betweenRounds, outsideExercise, simultaneousInjects } from './rules/timing.js';
import { unusedVariables } from './rules/variables.js';
import { cardsDuplicatingActions, measuresWithoutWarrant, unreadParameters } from './rules/scoring-policy.js';
import type { LintContext, LintFinding, LintRule } from './types.js';

export const LINT_RULES: readonly LintRule[] = [
  unreachableInjects,
  unreachableDecisions,
  unreachableEndings,
  conditionVerdicts,
  impossiblePrerequisites,
  notReached,
  identicalOptions,
  impossibleCriteria,
  observedCriteria,
  unscoredCriteria,
  unmeasuredObjectives,
  unreadParameters,
  measuresWithoutWarrant,
  cardsDuplicatingActions,
  idleRoles,
  unusedVariables,
  derivedKnowledge,
  outsideExercise,
  beforeIncident,
  betweenRounds,
  simultaneousInjects,
  moduleShape,
  longTexts,
  translations,
];

export interface LintOptions {
  /**
   * The dynamic pass: runs per bot policy (the default is LINT_RUNS), finished playthroughs to read instead,
   * or false for the static pass only.
   */
  readonly dynamic?: false | Readonly<Partial<Record<BotPolicy, number>>> | readonly RunSummary[];
  /** The "schemaVersion" the file was written in (migrate.ts writtenFormatVersion), if the caller has its text. */
  readonly writtenIn?: number | null;
}

/** The context's note of an older format: the version a file was written in, when it was migrated on loading. */
export function olderFormat(writtenIn: number | null | undefined): { readonly writtenIn?: number } {
  return writtenIn !== undefined && writtenIn !== null && writtenIn < SCHEMA_VERSION ? { writtenIn } : {};
}

export function lintContext(scenario: Scenario, options: LintOptions = {}): LintContext {
  const facts = staticFacts(scenario);
  const older = olderFormat(options.writtenIn);
  const setting = options.dynamic ?? LINT_RUNS;
  if (setting === false) return { facts, dynamic: null, ...older };
  const runs = Array.isArray(setting) ? (setting as readonly RunSummary[]) : lintPlaythroughs(scenario, setting as Readonly<Partial<Record<BotPolicy, number>>>);
  return { facts, dynamic: dynamicFacts(runs, scenario), ...older };
}

export function lintScenario(scenario: Scenario, options: LintOptions = {}): LintFinding[] {
  const ctx = lintContext(scenario, options);
  return LINT_RULES.flatMap((rule) => rule(scenario, ctx));
}

export function hasErrors(findings: readonly LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
