// `npm run scenario:check -- <files…>`: validates scenario files the way the browser loads them and prints
// each error as file:line:col  path  message, with its hint below, so editors and terminals can jump to it.
// Exit code 0 when every file is valid, 1 otherwise. Never a stack trace: every failure is a sentence.
import { readFileSync, statSync } from 'node:fs';
import { loadScenario, MAX_SCENARIO_CHARS, tooLargeError } from '../engine/scenario/loader.js';
import { t, type Language } from '../i18n/index.js';
import { formatErrors } from './format-errors.js';
import { runIfEntry } from './entry.js';

interface FileOutcome {
  readonly lines: string[];
  readonly errors: number;
}

function checkFile(file: string, lang: Language): FileOutcome {
  const unreadable = (line: string): FileOutcome => ({ lines: [line], errors: 1 });
  let text: string;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return unreadable(t(lang, 'loader.isDirectory', { file }));
    // UTF-8 needs at most 3 bytes per character, so a file this size cannot fit the limit: do not read it.
    if (stats.size > 3 * MAX_SCENARIO_CHARS) return { lines: formatErrors([tooLargeError(file, stats.size)], lang), errors: 1 };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return unreadable(t(lang, 'loader.notFound', { file }));
    return unreadable(t(lang, 'loader.cannotRead', { file, reason: code ?? String(error) }));
  }
  const result = loadScenario(text, file);
  if (result.ok) return { lines: [t(lang, 'loader.valid', { file })], errors: 0 };
  return { lines: formatErrors(result.errors, lang), errors: result.errors.length };
}

function parseArguments(args: readonly string[]): { files: string[]; lang: Language } {
  const files: string[] = [];
  let lang: Language = 'en';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = arg === '--lang' ? args[++i] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'nl' || value === 'en') lang = value;
    else if (value === undefined) files.push(arg);
  }
  return { files, lang };
}

export function main(args: readonly string[]): number {
  const { files, lang } = parseArguments(args);
  if (files.length === 0) {
    process.stdout.write(`${t(lang, 'loader.usage')}\n`);
    return 1;
  }
  let errors = 0;
  let failed = 0;
  for (const file of files) {
    const outcome = checkFile(file, lang);
    process.stdout.write(`${outcome.lines.join('\n')}\n`);
    errors += outcome.errors;
    if (outcome.errors > 0) failed++;
  }
  const summary =
    failed === 0
      ? t(lang, 'loader.summaryValid', { total: files.length })
      : t(lang, 'loader.summaryErrors', { errors, failed, total: files.length });
  process.stdout.write(`\n${summary}\n`);
  return failed === 0 ? 0 : 1;
}

runIfEntry(import.meta.url, main);
