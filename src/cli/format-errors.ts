// A scenario's load errors as the CLIs print them: file:line:col  path  message, with the hint below.
import type { ScenarioError } from '../engine/scenario/errors.js';
import { t, type Language } from '../i18n/index.js';

export function formatErrors(errors: readonly ScenarioError[], lang: Language): string[] {
  return errors.flatMap((error) => {
    const where = `${error.file}:${error.line}:${error.column}`;
    const head = `${where}  ${error.path || t(lang, 'loader.wholeFile')}  ${error.message}`;
    return error.hint ? [head, `    ${error.hint}`] : [head];
  });
}
