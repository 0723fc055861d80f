// Every kind of problem the scenario linter reports, with its fixed severity. An error is a defect no play
// can work around (something that can never happen, a criterion that can never count); a warning is worth a
// look but may be intended. The CLI, the author view and the tests compare codes, never sentences.
export const LINT_CODES = {
  // reachability, proven by the static pass
  'unreachable-inject': 'error',
  'unreachable-decision': 'error',
  'unreachable-ending': 'error',
  'condition-never-true': 'error',
  'condition-always-true': 'warning',
  'structure-prerequisite-impossible': 'error',
  // reachability, observed by the seeded bots
  'inject-not-reached': 'warning',
  'decision-not-reached': 'warning',
  'ending-not-reached': 'warning',
  // decisions, objectives and criteria
  'identical-options': 'warning',
  'criterion-never-applies': 'error',
  'criterion-unmeetable': 'error',
  'criterion-never-met': 'warning',
  'criterion-never-failed': 'warning',
  'criterion-not-scored': 'warning',
  'objective-unmeasured': 'warning',
  // scoring policies: parameters read, warrants for escalating measures, cards linked to actions
  'criterion-parameter-unread': 'warning',
  'measure-without-warrant': 'warning',
  'card-duplicates-action': 'warning',
  // roles and state variables
  'idle-role': 'warning',
  'variable-never-read': 'warning',
  'variable-never-changed': 'warning',
  // knowledge: what the engine had to derive because no inject says it reveals it
  'knowledge-derived': 'warning',
  // timing
  'inject-outside-exercise': 'error',
  'inject-before-incident': 'warning',
  'inject-between-rounds': 'warning',
  'simultaneous-injects': 'warning',
  // modules of a discussion-based exercise
  'discussion-without-modules': 'error',
  'module-without-question': 'warning',
  'module-without-objective': 'warning',
  'question-tied-to-nothing': 'warning',
  // texts
  'text-too-long': 'warning',
  'untranslated-text': 'warning',
  'identical-translation': 'warning',
} as const;

export type LintCode = keyof typeof LINT_CODES;
export type Severity = 'error' | 'warning';

export const LINT_CODE_LIST = Object.keys(LINT_CODES) as LintCode[];

export function severityOf(code: LintCode): Severity {
  return LINT_CODES[code];
}
