// `npm run scenario:lint -- [--lang nl|en] [--static] [--json] <files…>`: the semantic checks beyond the
// schema. Each file is loaded as the browser loads it (loader errors are printed first, as scenario:check
// prints them, and stop the lint of that file); each finding is printed as
// file:line:col  severity  code  path  message, with its hint indented below.
// Exit code 1 when any file has an error (or cannot be loaded), 0 when there are warnings only.
import { readFileSync, statSync } from 'node:fs';
import { lintScenario, type LintFinding } from '../engine/lint/index.js';
import type { ScenarioError } from '../engine/scenario/errors.js';
import { loadScenario, MAX_SCENARIO_CHARS, tooLargeError } from '../engine/scenario/loader.js';
import { formatPath } from '../engine/scenario/paths.js';
import { writtenFormatVersion } from '../engine/scenario/migrate.js';
import { createLocator } from '../engine/scenario/positions.js';
import { t, type Language } from '../i18n/index.js';
import { runIfEntry } from './entry.js';

interface Placed {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly hint?: string;
}

interface FileOutcome {
  readonly findings: readonly Placed[];
  /** A file that could not be read or loaded: its sentences, already worded. */
  readonly failure: readonly string[];
  readonly loadErrors: readonly ScenarioError[];
}

function readScenarioText(file: string, lang: Language): { text: string } | { failure: string[]; errors?: ScenarioError[] } {
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return { failure: [t(lang, 'loader.isDirectory', { file })] };
    if (stats.size > 3 * MAX_SCENARIO_CHARS) return { failure: [], errors: [tooLargeError(file, stats.size)] };
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { failure: [code === 'ENOENT' ? t(lang, 'loader.notFound', { file }) : t(lang, 'loader.cannotRead', { file, reason: code ?? String(error) })] };
  }
}

function place(file: string, text: string, findings: readonly LintFinding[]): Placed[] {
  // The loader reads past a byte-order mark; positions count from after it, as an editor shows them.
  const locator = createLocator(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return findings
    .map((f) => {
      const { line, column } = locator.pathPosition(f.path);
      return { file, line, column, severity: f.severity, code: f.code, path: formatPath(f.path), message: f.message, hint: f.hint };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

function lintFile(file: string, lang: Language, staticOnly: boolean): FileOutcome {
  const read = readScenarioText(file, lang);
  if (!('text' in read)) return { findings: [], failure: read.failure, loadErrors: read.errors ?? [] };
  const loaded = loadScenario(read.text, file);
  if (!loaded.ok) return { findings: [], failure: [], loadErrors: loaded.errors };
  // A file in an older format is migrated on loading; the linter says what the migration could not supply.
  const findings = lintScenario(loaded.scenario, { ...(staticOnly ? { dynamic: false as const } : {}), writtenIn: writtenFormatVersion(read.text) });
  return { findings: place(file, read.text, findings), failure: [], loadErrors: [] };
}

function formatLoadErrors(errors: readonly ScenarioError[], lang: Language): string[] {
  return errors.flatMap((error) => {
    const head = `${error.file}:${error.line}:${error.column}  ${error.path || t(lang, 'loader.wholeFile')}  ${error.message}`;
    return error.hint ? [head, `    ${error.hint}`] : [head];
  });
}

function formatFinding(f: Placed, lang: Language): string[] {
  const severity = t(lang, f.severity === 'error' ? 'lint.severity.error' : 'lint.severity.warning');
  const head = `${f.file}:${f.line}:${f.column}  ${severity}  ${f.code}  ${f.path || t(lang, 'loader.wholeFile')}  ${f.message}`;
  return f.hint ? [head, `    ${f.hint}`] : [head];
}

interface Options {
  readonly files: readonly string[];
  readonly lang: Language;
  readonly json: boolean;
  readonly staticOnly: boolean;
  readonly unknown: string | null;
}

function parseArguments(args: readonly string[]): Options {
  const files: string[] = [];
  let lang: Language = 'en';
  let json = false;
  let staticOnly = false;
  let unknown: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = arg === '--lang' ? args[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'nl' || value === 'en') lang = value;
    else if (arg === '--json') json = true;
    else if (arg === '--static') staticOnly = true;
    else if (arg.startsWith('--')) unknown ??= arg;
    else if (value === undefined) files.push(arg);
  }
  return { files, lang, json, staticOnly, unknown };
}

export function main(args: readonly string[]): number {
  const options = parseArguments(args);
  const { lang } = options;
  if (options.unknown !== null) {
    process.stderr.write(`${t(lang, 'lint.unknownOption', { option: options.unknown })}\n${t(lang, 'lint.usage')}\n`);
    return 1;
  }
  if (options.files.length === 0) {
    process.stdout.write(`${t(lang, 'lint.usage')}\n`);
    return 1;
  }
  let errors = 0;
  let warnings = 0;
  let failed = false;
  const json: unknown[] = [];
  for (const file of options.files) {
    const outcome = lintFile(file, lang, options.staticOnly);
    const fileErrors = outcome.findings.filter((f) => f.severity === 'error').length + outcome.loadErrors.length + outcome.failure.length;
    errors += fileErrors;
    warnings += outcome.findings.length - outcome.findings.filter((f) => f.severity === 'error').length;
    if (fileErrors > 0) failed = true;
    if (options.json) {
      json.push({ file, failure: outcome.failure, loadErrors: outcome.loadErrors, findings: outcome.findings });
      continue;
    }
    const lines = [...outcome.failure, ...formatLoadErrors(outcome.loadErrors, lang), ...outcome.findings.flatMap((f) => formatFinding(f, lang))];
    if (lines.length === 0) lines.push(t(lang, 'lint.clean', { file }));
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ files: json, errors, warnings }, null, 2)}\n`);
  else process.stdout.write(`\n${t(lang, 'lint.summary', { total: options.files.length, errors, warnings })}\n`);
  return failed ? 1 : 0;
}

runIfEntry(import.meta.url, main);
