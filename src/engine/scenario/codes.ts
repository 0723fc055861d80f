// Every kind of problem the loader reports, as a stable code: the UI and the CLI word each one through
// the i18n key `loader.code.<code>`, and tests compare codes, never sentences.
export const ERROR_CODES = [
  // reading the file
  'not-text',
  'empty-file',
  'too-large',
  'too-deep',
  'json-syntax',
  'duplicate-key',
  'newer-version',
  'unknown-version',
  // the format
  'unknown-key',
  'missing-key',
  'missing-translation',
  'wrong-type',
  'bad-value',
  'not-fictional',
  'bad-id',
  'bad-format',
  'out-of-range',
  'empty-text',
  'too-long',
  'wrong-length',
  'too-few',
  'too-many',
  'no-match',
  'invalid',
  // cross-references and consistency
  'unknown-reference',
  'wrong-kind',
  'duplicate-id',
  'time-after-end',
  'inject-never-delivered',
  'no-first-notification',
  'several-first-notifications',
  'advice-without-area',
  'initial-out-of-range',
  'bad-range',
  'bad-variable-change',
  'custom-levels-missing',
  'no-fallback-ending',
  'bad-claim-value',
  'subject-without-values',
  'module-out-of-order',
  'no-power',
  'not-relevant',
  // the loader itself
  'too-many-errors',
  'internal-error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
