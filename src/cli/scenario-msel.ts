// `npm run scenario:msel -- export <scenario.json> [--out msel.csv] [--separator ";"|","] [--no-bom] [--lang nl|en]`
// `npm run scenario:msel -- import <scenario.json> <msel.csv> [--out new.json] [--separator ";"|","] [--lang nl|en]`
// The injects as an MSEL sheet for exercise planners, and such a sheet back into the scenario. Export writes
// ";" and a UTF-8 byte-order mark by default, so Dutch Excel opens the file as it is. Import accepts Dutch or
// English headers, reports `row N, column "name": message` and exits 1 on any problem; without --out it
// prints the new scenario on stdout. Export → import → export gives the same bytes.
import { languageOf, splitArgs } from './args.js';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { exportMsel, importMsel, type Separator } from '../engine/msel/index.js';
import { loadScenario, MAX_SCENARIO_CHARS } from '../engine/scenario/loader.js';
import type { ScenarioError } from '../engine/scenario/errors.js';
import { t, type Language } from '../i18n/index.js';
import { mselLabels } from '../i18n/strings/lint.js';
import { runIfEntry } from './entry.js';

class Failure {
  constructor(readonly lines: readonly string[]) {}
}
const fail = (...lines: string[]): never => {
  throw new Failure(lines);
};

interface Options {
  readonly command: 'export' | 'import';
  readonly files: readonly string[];
  readonly out: string | null;
  readonly separator: Separator | null;
  readonly bom: boolean;
  readonly lang: Language;
}

function parseArguments(args: readonly string[]): Options {
  const lang = languageOf(args);
  const usage = t(lang, 'msel.usage');
  const { positional, values, flags } = splitArgs(args, { valued: ['--out', '--separator', '--lang'], flags: ['--no-bom'] }, (problem, option) =>
    fail(t(lang, problem === 'unknown' ? 'msel.unknownOption' : 'msel.missingValue', { option }), usage),
  );
  const bom = !flags.has('--no-bom');
  const [command, ...files] = positional;
  if ((command !== 'export' && command !== 'import') || files.length !== (command === 'export' ? 1 : 2)) fail(usage);
  const sep = values['--separator'];
  if (sep !== undefined && sep !== ';' && sep !== ',') fail(t(lang, 'msel.badSeparator', { value: sep }));
  return { command: command as 'export' | 'import', files, out: values['--out'] ?? null, separator: (sep as Separator | undefined) ?? null, bom, lang };
}

function readText(file: string, lang: Language): string {
  try {
    if (statSync(file).isDirectory()) fail(t(lang, 'loader.isDirectory', { file }));
    if (statSync(file).size > 3 * MAX_SCENARIO_CHARS) fail(t(lang, 'loader.cannotRead', { file, reason: 'too large' }));
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Failure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? t(lang, 'loader.notFound', { file }) : t(lang, 'loader.cannotRead', { file, reason: code ?? String(error) }));
  }
}

function loaderLines(file: string, errors: readonly ScenarioError[], lang: Language): string[] {
  return [
    t(lang, 'msel.scenarioInvalid', { file }),
    ...errors.flatMap((e) => {
      const head = `${e.file}:${e.line}:${e.column}  ${e.path || t(lang, 'loader.wholeFile')}  ${e.message}`;
      return e.hint ? [head, `    ${e.hint}`] : [head];
    }),
  ];
}

function write(file: string | null, text: string, lang: Language): void {
  if (file === null) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(file, text, 'utf8');
  } catch (error) {
    fail(t(lang, 'msel.cannotWrite', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
}

function runExport(options: Options): void {
  const { lang } = options;
  const file = options.files[0] as string;
  const loaded = loadScenario(readText(file, lang), file);
  if (!loaded.ok) fail(...loaderLines(file, loaded.errors, lang));
  const scenario = (loaded as { scenario: Parameters<typeof exportMsel>[0] }).scenario;
  const csv = exportMsel(scenario, { labels: mselLabels(lang), separator: options.separator ?? ';', bom: options.bom });
  write(options.out, csv, lang);
  if (options.out !== null) process.stderr.write(`${t(lang, 'msel.exported', { file, count: scenario.injects.length, out: options.out })}\n`);
}

function runImport(options: Options): void {
  const { lang } = options;
  const [file, sheet] = options.files as [string, string];
  const other: Language = lang === 'nl' ? 'en' : 'nl';
  const result = importMsel(readText(file, lang), readText(sheet, lang), {
    labels: [mselLabels(lang), mselLabels(other)],
    file,
    ...(options.separator === null ? {} : { separator: options.separator }),
  });
  if (!result.ok) {
    if (result.scenarioErrors.length > 0) fail(...loaderLines(file, result.scenarioErrors, lang));
    fail(
      t(lang, 'msel.notImported', { file: sheet }),
      ...result.errors.flatMap((e) => {
        const head =
          e.row === null ? e.message : e.column === null ? t(lang, 'msel.errorRow', { row: e.row, message: e.message }) : t(lang, 'msel.errorAt', { row: e.row, column: e.column, message: e.message });
        return e.hint ? [`  ${head}`, `    ${e.hint}`] : [`  ${head}`];
      }),
    );
  }
  if (!result.ok) return;
  write(options.out, result.text, lang);
  process.stderr.write(
    `${t(lang, 'msel.imported', { file: sheet, updated: result.updated.length, created: result.created.length, untouched: result.notInSheet.length, out: options.out ?? '-' })}\n`,
  );
}

export function main(args: readonly string[]): number {
  try {
    const options = parseArguments(args);
    if (options.command === 'export') runExport(options);
    else runImport(options);
    return 0;
  } catch (error) {
    const lines = error instanceof Failure ? error.lines : [String(error instanceof Error ? error.message : error)];
    process.stderr.write(`${lines.join('\n')}\n`);
    return 1;
  }
}

runIfEntry(import.meta.url, main);
