// Text in, a valid Scenario or the author's errors out. The browser, the CLIs and the tests all load
// scenarios here. It never throws, whatever it is given: a broken file is reported, never half-used.
// The fast path is JSON.parse plus one Zod pass; positions in the text are computed only for errors.
import { collectIssues, HostileShape } from './bounded-issues.js';
import type { ErrorCode } from './codes.js';
import { crossReferenceFindings } from './crossref.js';
import { duplicateKeyFinding, findDuplicateKeys } from './duplicate-keys.js';
import type { LoadResult, ScenarioError } from './errors.js';
import { byPosition, toScenarioError, type Finding } from './finding.js';
import { disarm } from './hostile.js';
import { explainIssues } from './issues.js';
import { explainJsonSyntax } from './json-syntax.js';
import { MAX_SCENARIO_CHARS, tooLargeError } from './limits.js';
import { migrateScenario } from './migrate.js';
import { findExcessiveNesting, MAX_NESTING } from './nesting.js';
import { createLocator, type Locator } from './positions.js';
import { ScenarioSchema } from './schema.js';
import { parseUntrusted } from '../untrusted.js';

export { MAX_SCENARIO_CHARS, tooLargeError };

/** Enough to work through; beyond this the first errors usually explain the rest. */
export const MAX_ERRORS = 200;

/**
 * How many of Zod's findings are explained at most. Some explanations merge two findings into one (an unknown
 * key "nmae" and the missing "name" are one typo), so twice the cap still leaves a full page after merging.
 */
const EXPLAINED = 2 * MAX_ERRORS + 1;

/** The steps of a load, in order, for a progress line while a large file is checked. */
export type LoadStage = 'parse' | 'format' | 'problems' | 'references';

export interface LoadOptions {
  /** Told as each step starts; a step not needed (no problems to explain) is not told. */
  readonly onStage?: (stage: LoadStage) => void;
}

export function loadScenario(text: string, file = 'scenario.json', options: LoadOptions = {}): LoadResult {
  try {
    return load(text, file, options.onStage ?? (() => undefined));
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

function load(input: unknown, file: string, stage: (stage: LoadStage) => void): LoadResult {
  if (typeof input !== 'string') {
    return failed([wholeFile(file, 'not-text', 'The scenario was not given as text.', 'Open a scenario .json file.')]);
  }
  if (input.length > MAX_SCENARIO_CHARS) return failed([tooLargeError(file, input.length)]);
  // Editors on Windows may save a byte-order mark; it is not part of the JSON and not a column.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const locator = createLocator(text);
  const place = (findings: readonly Finding[], complete = true) => placed(findings, locator, file, complete);

  if (text.trim() === '') {
    return failed([wholeFile(file, 'empty-file', 'The file is empty.', 'A scenario is one JSON object { … }; start from a valid scenario.')]);
  }
  stage('parse');
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
  // JSON.parse keeps the last of two equal keys; the author is told about both instead.
  const duplicates = findDuplicateKeys(text, EXPLAINED).map((d) => duplicateKeyFinding(d, locator));
  const allDuplicates = duplicates.length < EXPLAINED;

  const migrated = migrateScenario(data);
  if (!migrated.ok) return failed(place([...duplicates, migrated.finding], allDuplicates));

  // One pass decides: a valid file is parsed exactly as it will be used; an invalid one stops at its first
  // problem, and only then are its problems collected, as many as will be shown.
  stage('format');
  const parsed = parseUntrusted(ScenarioSchema, migrated.scenarioJson, { firstProblemOnly: true });
  if (!parsed.success) {
    stage('problems');
    return failed(place([...duplicates, ...formatFindings(migrated.scenarioJson)], allDuplicates));
  }

  stage('references');
  const crossFindings = crossReferenceFindings(parsed.data);
  if (duplicates.length > 0 || crossFindings.length > 0) return failed(place([...duplicates, ...crossFindings], allDuplicates));
  return { ok: true, scenario: parsed.data };
}

/** What is wrong with the file's content against the format, as author's findings (at most EXPLAINED). */
function formatFindings(scenarioJson: unknown): Finding[] {
  let subject = scenarioJson;
  let collected;
  try {
    collected = collectIssues(ScenarioSchema, subject, EXPLAINED);
  } catch (error) {
    if (!(error instanceof HostileShape)) throw error;
    // A value shaped to make Zod throw (an object whose "length" is not a number) is disarmed, and the
    // file checked again: the author gets the file's real problems, never an internal error.
    subject = disarm(scenarioJson);
    collected = collectIssues(ScenarioSchema, subject, EXPLAINED);
  }
  const findings = explainIssues(collected.issues, ScenarioSchema, subject);
  return collected.complete ? findings : [...findings, MORE_NOT_CHECKED];
}

/** Stands for the problems the collecting stopped before; placed last, never located. */
const MORE_NOT_CHECKED: Finding = { code: 'too-many-errors', path: [], message: '', offset: 0 };

function wholeFile(file: string, code: ErrorCode, message: string, hint: string): ScenarioError {
  return { code, file, line: 1, column: 1, path: '', message, hint };
}

/**
 * The findings as the author reads them: the first MAX_ERRORS placed in the text and sorted by position, and
 * one line for the rest. Only those shown are located, so a file with a million problems costs no more to
 * place than one with two hundred.
 */
function placed(findings: readonly Finding[], locator: Locator, file: string, allFound: boolean): ScenarioError[] {
  const real = findings.filter((f) => f !== MORE_NOT_CHECKED);
  const complete = allFound && real.length === findings.length;
  const shown = real.slice(0, MAX_ERRORS).map((finding) => toScenarioError(finding, locator, file)).sort(byPosition);
  const rest = real.length - shown.length;
  if (rest === 0 && complete) return shown;
  const next = real[MAX_ERRORS];
  const at = next ? toScenarioError(next, locator, file) : undefined;
  return [
    ...shown,
    {
      code: 'too-many-errors' satisfies ErrorCode,
      file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      path: '',
      message: complete ? `…and ${rest} more problems.` : '…and more problems, not counted: the check stops after the first few hundred.',
      hint: 'Fix the ones above first; many of the rest often follow from them.',
    },
  ];
}

function failed(errors: readonly ScenarioError[]): LoadResult {
  return { ok: false, errors };
}
