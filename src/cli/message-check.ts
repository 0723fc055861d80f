// `npm run message:check -- --scenario FILE --at MINUTE --lang nl|en (--text "…" | --file FILE) [--json]`:
// runs the automatic text checks of a message in own words at a scenario moment, so authors and trainers
// can try a text. Prints each finding with its position, code and the words it matched; --json prints
// them as JSON (code, principle, verdict, start, end, text). Exit 1 when a finding breaks a principle,
// 0 when the text is clean, 2 when the arguments or the scenario are wrong — always a sentence, never a stack.
import { readFileSync } from 'node:fs';
import { breaksPrinciple, checkTextAt } from '../engine/communication/text/check-at.js';
import { loadScenario } from '../engine/scenario/loader.js';
import { t, tDynamic, type Language } from '../i18n/index.js';
import { languageOf, splitArgs } from './args.js';
import { runIfEntry } from './entry.js';
import { formatErrors } from './format-errors.js';

class Usage extends Error {}

function read(file: string, lang: Language): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Usage(code === 'ENOENT' ? t(lang, 'loader.notFound', { file }) : t(lang, 'loader.cannotRead', { file, reason: code ?? String(error) }));
  }
}

export function runMessageCheck(args: readonly string[], out: (line: string) => void): number {
  const lang = languageOf(args);
  try {
    const a = splitArgs(args, { valued: ['--scenario', '--at', '--lang', '--text', '--file'], flags: ['--json'] }, (problem, option) => {
      throw new Usage(t(lang, problem === 'unknown' ? 'check.unknownOption' : 'check.missingValue', { option }));
    });
    const scenarioFile = a.values['--scenario'];
    if (!scenarioFile || (a.values['--text'] === undefined && a.values['--file'] === undefined)) throw new Usage(t(lang, 'check.usage'));
    const minute = Number(a.values['--at'] ?? '0');
    if (!Number.isInteger(minute) || minute < 0) throw new Usage(t(lang, 'check.badMinute', { value: a.values['--at'] ?? '' }));
    const loaded = loadScenario(read(scenarioFile, lang), scenarioFile);
    if (!loaded.ok) {
      for (const line of formatErrors(loaded.errors, lang)) out(line);
      return 2;
    }
    const text = a.values['--text'] ?? read(a.values['--file']!, lang);
    const findings = checkTextAt(loaded.scenario, minute, lang, text);
    if (a.flags.has('--json')) {
      const rows = findings.flatMap((f) =>
        (f.matches.length > 0 ? f.matches : [null]).map((m) => ({
          code: f.code,
          principle: f.principle,
          verdict: f.verdict,
          start: m?.start ?? null,
          end: m?.end ?? null,
          text: m?.text ?? null,
          params: f.params,
        })),
      );
      out(JSON.stringify(rows, null, 2));
    } else if (findings.length === 0) {
      out(t(lang, 'check.clean'));
    } else {
      for (const f of findings) {
        const where = f.matches.length > 0 ? f.matches.map((m) => `${m.start}-${m.end} "${m.text}"`).join(', ') : '—';
        out(`${f.verdict.padEnd(6)} ${f.code}  [${tDynamic(lang, `principle.${f.principle}`)}]  ${where}`);
        out(`    ${tDynamic(lang, `finding.${f.code}`, f.params)}`);
      }
    }
    return breaksPrinciple(findings) ? 1 : 0;
  } catch (error) {
    if (!(error instanceof Usage)) throw error;
    out(error.message);
    return 2;
  }
}

runIfEntry(import.meta.url, (args) => runMessageCheck(args, (line) => process.stdout.write(`${line}\n`)));
