// The size cap, kept apart from the loader so a screen can refuse a huge file before loading the
// validator (Zod and the schema) at all.
import type { ErrorCode } from './codes.js';
import type { ScenarioError } from './errors.js';

/** Scenarios are a few hundred kilobytes; anything this large is the wrong file. Counted in characters. */
export const MAX_SCENARIO_CHARS = 10 * 1024 * 1024;

export function tooLargeError(file: string, length: number): ScenarioError {
  const megabytes = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return {
    code: 'too-large' satisfies ErrorCode,
    file,
    line: 1,
    column: 1,
    path: '',
    message: `The file is ${megabytes(length)} MB; a scenario may be at most ${megabytes(MAX_SCENARIO_CHARS)} MB.`,
    hint: 'Check that this is the right file; a scenario is usually well under 1 MB.',
  };
}
