// `npm run simulate -- <scenario> --seed N [--script log.json [--skip-refused] | --bots POLICY] [--json] [--lang nl]`:
// plays a whole exercise without a browser and prints its timeline and score report. The same arguments
// give the same output, byte for byte: nothing in it depends on the wall clock or the machine.
// Every failure is one clear sentence and exit code 1, never a stack trace.
import { readFileSync, statSync } from 'node:fs';
import { BOT_POLICIES, botSettings, playExercise, type BotPolicy } from '../engine/bots/index.js';
import {
  applyCommand,
  createSession,
  loadScenario,
  MAX_SCENARIO_CHARS,
  scenarioHash,
  scoreExercise,
  type Command,
  type ExerciseState,
  type Scenario,
  type ScenarioError,
  type SessionSettings,
} from '../engine/index.js';
import { readBundle, readLog } from '../engine/session/bundle.js';
import { t, tDynamic, type Language } from '../i18n/index.js';
import { scoreJson, scoreLines } from './score-report.js';
import { clockLabel, describeEvent } from './timeline.js';
import { runIfEntry } from './entry.js';

class Failure {
  constructor(readonly lines: readonly string[]) {}
}
const fail = (...lines: string[]): never => {
  throw new Failure(lines);
};

interface Options {
  readonly file: string;
  readonly seed: string | null;
  readonly policy: BotPolicy | null;
  readonly script: string | null;
  readonly json: boolean;
  /** Replay a script past refused commands, each logged as an attempt, as the browser does. */
  readonly skipRefused: boolean;
  readonly lang: Language;
}

function parseArguments(args: readonly string[]): Options {
  let lang: Language = 'en';
  const langArg = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langValue = langArg < 0 ? undefined : args[langArg]?.startsWith('--lang=') ? args[langArg]?.slice(7) : args[langArg + 1];
  if (langValue === 'nl' || langValue === 'en') lang = langValue;

  const files: string[] = [];
  const values: Record<string, string> = {};
  let json = false;
  let skipRefused = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg === '--skip-refused') {
      skipRefused = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!['--seed', '--script', '--bots', '--lang'].includes(name)) fail(t(lang, 'simulate.unknownOption', { option: name }), t(lang, 'simulate.usage'));
    const value = inline ?? args[++i];
    if (value === undefined || value === '') fail(t(lang, 'simulate.missingValue', { option: name }), t(lang, 'simulate.usage'));
    values[name] = value as string;
  }
  if (files.length !== 1) fail(t(lang, 'simulate.usage'));
  const bots = values['--bots'];
  if (bots !== undefined && !(BOT_POLICIES as readonly string[]).includes(bots)) fail(t(lang, 'simulate.badPolicy', { policy: bots }));
  const script = values['--script'] ?? null;
  if (script !== null && bots !== undefined) fail(t(lang, 'simulate.scriptAndBots'));
  if (skipRefused && script === null) fail(t(lang, 'simulate.skipWithoutScript'));
  return {
    file: files[0] as string,
    seed: values['--seed'] ?? null,
    policy: script === null ? ((bots as BotPolicy | undefined) ?? 'doctrine') : null,
    script,
    json,
    skipRefused,
    lang,
  };
}

function readText(file: string, lang: Language, maxBytes: number): string {
  try {
    if (statSync(file).isDirectory()) fail(t(lang, 'loader.isDirectory', { file }));
    if (statSync(file).size > maxBytes) fail(t(lang, 'loader.cannotRead', { file, reason: 'too large' }));
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Failure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? t(lang, 'loader.notFound', { file }) : t(lang, 'loader.cannotRead', { file, reason: code ?? String(error) }));
  }
}

function formatError(error: ScenarioError, lang: Language): string[] {
  const head = `${error.file}:${error.line}:${error.column}  ${error.path || t(lang, 'loader.wholeFile')}  ${error.message}`;
  return error.hint ? [head, `    ${error.hint}`] : [head];
}

function loadScenarioFile(file: string, lang: Language): Scenario {
  const loaded = loadScenario(readText(file, lang, 3 * MAX_SCENARIO_CHARS), file);
  if (!loaded.ok) return fail(t(lang, 'simulate.scenarioInvalid', { file }), ...loaded.errors.flatMap((e) => formatError(e, lang)));
  return loaded.scenario;
}

interface Run {
  readonly state: ExerciseState;
  readonly how: string;
  readonly source: Readonly<Record<string, string | number>>;
  /** Script commands refused and skipped under --skip-refused: their place in the script and the reason. */
  readonly skipped: readonly { readonly command: number; readonly reason: string }[];
}

/** A script is a bundle (its own seed and settings) or a log: LogEntry[] or Command[] under the bot settings. */
function runScript(scenario: Scenario, options: Options, file: string): Run {
  const { lang } = options;
  let json: unknown;
  try {
    json = JSON.parse(readText(file, lang, 3 * MAX_SCENARIO_CHARS));
  } catch (error) {
    if (error instanceof Failure) throw error;
    return fail(t(lang, 'simulate.scriptNotJson', { file, reason: error instanceof Error ? error.message : String(error) }));
  }
  let seed = options.seed ?? '1';
  let settings: SessionSettings = botSettings(scenario);
  let commands: readonly Command[];
  const isBundle = typeof json === 'object' && json !== null && (json as { format?: unknown }).format === 'crisistafel-session';
  if (isBundle) {
    const read = readBundle(json, scenario);
    if (!read.ok) return fail(t(lang, 'simulate.scriptRefused', { file, reason: tDynamic(lang, `refusal.${read.code}`, read.params) }));
    seed = read.bundle.seed;
    settings = read.bundle.settings;
    commands = read.bundle.log.map((e) => e.command);
  } else {
    const read = readLog(json);
    if (!read.ok) return fail(t(lang, 'simulate.scriptRefused', { file, reason: tDynamic(lang, `refusal.${read.code}`, read.params) }));
    commands = read.commands;
  }
  let state = createSession(scenario, seed, settings, scenarioHash(scenario));
  const skipped: { command: number; reason: string }[] = [];
  for (const [i, command] of commands.entries()) {
    const r = applyCommand(scenario, state, command);
    if (!r.ok) {
      const reason = tDynamic(lang, `refusal.${r.refusal.code}`, r.refusal.params);
      if (!options.skipRefused) return fail(t(lang, 'simulate.commandRefused', { command: i + 1, reason }));
      // As in the browser: the refusal is an attempt on the record, and play goes on.
      skipped.push({ command: i + 1, reason });
    }
    state = r.state;
  }
  const source: Record<string, string | number> = { script: file, commands: commands.length };
  if (options.skipRefused) source['skipped'] = skipped.length;
  return { state, how: t(lang, 'simulate.byScript', { file, commands: commands.length }), source, skipped };
}

function run(scenario: Scenario, options: Options): Run {
  if (options.script !== null) return runScript(scenario, options, options.script);
  const policy = options.policy ?? 'doctrine';
  const { state } = playExercise(scenario, options.seed ?? '1', policy);
  return { state, how: t(options.lang, 'simulate.byBots', { policy }), source: { bots: policy }, skipped: [] };
}

function textIn(text: Scenario['title'], lang: Language): string {
  return typeof text === 'string' ? text : text[lang];
}

function report(scenario: Scenario, options: Options, result: Run): string {
  const { lang } = options;
  const { state } = result;
  const score = scoreExercise(scenario, state);
  const ending = state.ending === null ? null : scenario.endings.find((e) => e.id === state.ending);
  if (options.json) {
    const out = {
      scenario: { id: scenario.id, version: scenario.version, title: textIn(scenario.title, lang) },
      seed: state.seed,
      source: result.source,
      phase: state.phase,
      minute: state.minute,
      round: state.round,
      ending: ending ? { id: ending.id, title: textIn(ending.title, lang) } : null,
      commands: state.log.length,
      ...(options.skipRefused ? { skipped: result.skipped } : {}),
      timeline: state.events.map((e) => ({ seq: e.seq, minute: e.minute, round: e.round, kind: e.kind, text: describeEvent(scenario, e, lang), data: e.data })),
      score: scoreJson(scenario, score, lang),
    };
    return `${JSON.stringify(out, null, 2)}\n`;
  }
  const seqWidth = String(state.events.length).length + 1;
  const kindWidth = Math.max(...state.events.map((e) => e.kind.length));
  const lines = [
    t(lang, 'simulate.header', { scenario: scenario.id, title: textIn(scenario.title, lang), seed: state.seed, how: result.how }),
    ...(options.skipRefused ? [t(lang, 'simulate.skippedCount', { count: result.skipped.length }), ...result.skipped.map((s) => `  ${t(lang, 'simulate.skipRefused', s)}`)] : []),
    '',
    t(lang, 'report.timeline'),
    ...state.events.map(
      (e) => `${clockLabel(e.minute).padEnd(6)} R${String(e.round).padEnd(3)} ${`#${e.seq}`.padEnd(seqWidth)} ${e.kind.padEnd(kindWidth)}  ${describeEvent(scenario, e, lang)}`,
    ),
    '',
    ending ? t(lang, 'report.ending', { ending: textIn(ending.title, lang) }) : t(lang, 'simulate.stoppedAt', { phase: state.phase, minute: state.minute, round: state.round }),
    '',
    ...scoreLines(score, lang),
  ];
  return `${lines.join('\n')}\n`;
}

export function main(args: readonly string[]): number {
  try {
    const options = parseArguments(args);
    const scenario = loadScenarioFile(options.file, options.lang);
    process.stdout.write(report(scenario, options, run(scenario, options)));
    return 0;
  } catch (error) {
    const lines = error instanceof Failure ? error.lines : [String(error)];
    process.stderr.write(`${lines.join('\n')}\n`);
    return 1;
  }
}

runIfEntry(import.meta.url, main);
