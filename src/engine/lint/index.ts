export { lintScenario, lintContext, olderFormat, hasErrors, LINT_RULES, type LintOptions } from './lint.js';
export { LINT_CODES, LINT_CODE_LIST, severityOf, type LintCode, type Severity } from './codes.js';
export { CARD_LIMITS } from './limits.js';
export type { LintFinding, LintContext, LintRule } from './types.js';
