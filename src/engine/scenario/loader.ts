// Text in, a valid Scenario or the author's errors out. The browser, the CLIs and the tests all load
// scenarios here. It never throws, whatever it is given: a broken file is reported, never half-used.
// The fast path is JSON.parse plus one Zod pass; positions in the text are computed only for errors.
import type { ErrorCode } from './codes.js';
import { checkCrossReferences } from './crossref.js';
import type { LoadResult, ScenarioError } from './errors.js';
import { byPosition, toScenarioError, type Finding } from './finding.js';
import { explainIssues } from './issues.js';
import { explainJsonSyntax } from './json-syntax.js';
import { migrateScenario } from './migrate.js';
import { findExcessiveNesting, MAX_NESTING } from './nesting.js';
import { createLocator, type Locator } from './positions.js';
import { ScenarioSchema } from './schema.js';

import { MAX_SCENARIO_CHARS, tooLargeError } from './limits.js';

export { MAX_SCENARIO_CHARS, tooLargeError };

/** Enough to work through; beyond this the first errors usually explain the rest. */
export const MAX_ERRORS = 200;

export function loadScenario(text: string, file = 'scenario.json'): LoadResult {
  try {
    return load(text, file);
  } catch (error) {
    return failed([
      {
        code: 'internal-error' satisfies ErrorCode,
        file,
        line: 1,
        column: 1,
        path: '',
        message: `The scenario could not be checked because of an internal error: ${String(error)}.`,
        hint: 'Please report this, with the file.',
      },
    ]);
  }
}

function load(input: unknown, file: string): LoadResult {
  if (typeof input !== 'string') {
    return failed([wholeFile(file, 'not-text', 'The scenario was not given as text.', 'Open a scenario .json file.')]);
  }
  if (input.length > MAX_SCENARIO_CHARS) return failed([tooLargeError(file, input.length)]);
  // Editors on Windows may save a byte-order mark; it is not part of the JSON and not a column.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const locator = createLocator(text);
  const place = (findings: readonly Finding[]) => placed(findings, locator, file);

  if (text.trim() === '') {
    return failed([wholeFile(file, 'empty-file', 'The file is empty.', 'A scenario is one JSON object { … }; start from a valid scenario.')]);
  }
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) {
    return failed(
      place([
        {
          code: 'too-deep',
          path: [],
          offset: tooDeep,
          message: `The file nests objects and arrays more than ${MAX_NESTING} levels deep.`,
          hint: 'A scenario needs only a few levels; check for a runaway condition or a broken file.',
        },
      ]),
    );
  }

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failed(place([explainJsonSyntax(text, error instanceof Error ? error.message : String(error))]));
  }

  const migrated = migrateScenario(data);
  if (!migrated.ok) return failed(place([migrated.finding]));

  const parsed = ScenarioSchema.safeParse(migrated.scenarioJson);
  if (!parsed.success) return failed(place(explainIssues(parsed.error.issues, ScenarioSchema, migrated.scenarioJson)));

  const crossErrors = checkCrossReferences(parsed.data, locator, file);
  if (crossErrors.length > 0) return failed(capped(crossErrors, file));
  return { ok: true, scenario: parsed.data };
}

function wholeFile(file: string, code: ErrorCode, message: string, hint: string): ScenarioError {
  return { code, file, line: 1, column: 1, path: '', message, hint };
}

function placed(findings: readonly Finding[], locator: Locator, file: string): ScenarioError[] {
  return capped(
    findings.map((finding) => toScenarioError(finding, locator, file)).sort(byPosition),
    file,
  );
}

function capped(errors: readonly ScenarioError[], file: string): ScenarioError[] {
  if (errors.length <= MAX_ERRORS) return [...errors];
  const shown = errors.slice(0, MAX_ERRORS);
  const next = errors[MAX_ERRORS];
  return [
    ...shown,
    {
      code: 'too-many-errors' satisfies ErrorCode,
      file,
      line: next?.line ?? 1,
      column: next?.column ?? 1,
      path: '',
      message: `…and ${errors.length - MAX_ERRORS} more problems.`,
      hint: 'Fix the ones above first; many of the rest often follow from them.',
    },
  ];
}

function failed(errors: readonly ScenarioError[]): LoadResult {
  return { ok: false, errors };
}
