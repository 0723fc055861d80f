// `npm run classroom -- [--port 8080] [--host 0.0.0.0] [--data classroom-data] [--scenarios dir-or-file]…
// [--dist dist] [--lang nl|en] [--device-rate 10] [--trainer-rate 100] [--join-rate 12] [--waiting-per-address 10]`: the classroom host. It serves the production build and the websocket on
// the local network, prints where participants join (addresses, join code, QR code) and the trainer's
// own link, and resumes every session it finds in the data folder. Every failure is one clear sentence.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayCode } from './secrets.js';
import { t, type Language } from '../i18n/index.js';
import { faultLine, startClassroom, type Classroom } from './classroom-server.js';
import { terminalQr } from './join-info.js';
import { DEVICE_RATE, JOIN_RATE, TRAINER_RATE, type Rate } from './rate-limit.js';
import { MAX_PENDING_PER_ADDRESS } from './room.js';

interface Options {
  readonly port: number;
  readonly host: string;
  readonly data: string;
  readonly dist: string;
  readonly scenarios: readonly string[];
  readonly lang: Language;
  readonly rates: { readonly device: Rate; readonly trainer: Rate };
  readonly joins: { readonly rate: Rate; readonly waitingPerAddress: number };
}

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

class Failure extends Error {}

function parseArguments(args: readonly string[]): Options {
  const values: Record<string, string[]> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!['--port', '--host', '--data', '--dist', '--scenarios', '--lang', '--device-rate', '--trainer-rate', '--join-rate', '--waiting-per-address'].includes(name)) throw new Failure(`unknown option ${name}`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new Failure(`${name} needs a value`);
    (values[name] ??= []).push(value);
  }
  const last = (name: string) => values[name]?.[values[name].length - 1];
  const lang = last('--lang') ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') throw new Failure('--lang is nl or en');
  const port = Number(last('--port') ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Failure('--port is a number from 0 to 65535');
  const rate = (name: string, fallback: Rate): Rate => {
    const value = last(name);
    if (value === undefined) return fallback;
    const perSecond = Number(value);
    if (!Number.isFinite(perSecond) || perSecond <= 0) throw new Failure(`${name} is a number of messages per second`);
    return { perSecond, burst: Math.max(fallback.burst, perSecond * 3) };
  };
  // Joins per minute from one address (see JOIN_RATE): the burst stays at least ten.
  const joinsPerMinute = Number(last('--join-rate') ?? JOIN_RATE.perSecond * 60);
  if (!Number.isFinite(joinsPerMinute) || joinsPerMinute <= 0) throw new Failure('--join-rate is a number of joins per minute from one address');
  const waitingPerAddress = Number(last('--waiting-per-address') ?? MAX_PENDING_PER_ADDRESS);
  if (!Number.isInteger(waitingPerAddress) || waitingPerAddress < 1) throw new Failure('--waiting-per-address is a whole number of devices');
  return {
    port,
    host: last('--host') ?? '0.0.0.0',
    data: resolve(last('--data') ?? 'classroom-data'),
    dist: resolve(last('--dist') ?? resolve(repo, 'dist')),
    scenarios: (values['--scenarios'] ?? [resolve(repo, 'scenarios')]).map((p) => resolve(p)),
    lang,
    rates: { device: rate('--device-rate', DEVICE_RATE), trainer: rate('--trainer-rate', TRAINER_RATE) },
    joins: { rate: { perSecond: joinsPerMinute / 60, burst: Math.max(JOIN_RATE.burst, joinsPerMinute / 6) }, waitingPerAddress },
  };
}

async function report(classroom: Classroom, options: Options): Promise<void> {
  const { lang } = options;
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const startup = classroom.room.startup;
  say(t(lang, 'classroom.cli.title'));
  say();
  if (!classroom.servesBuild) say(t(lang, 'classroom.cli.noBuild', { dir: options.dist }));
  if (classroom.joinUrls.length === 0) say(t(lang, 'classroom.cli.noNetwork'));
  else {
    say(t(lang, 'classroom.cli.join'));
    for (const url of classroom.joinUrls) say(`  ${url}`);
  }
  say(t(lang, 'classroom.cli.code', { code: displayCode(classroom.room.code) }));
  const first = classroom.joinUrls[0];
  if (first) say(await terminalQr(first));
  say(t(lang, 'classroom.cli.trainer'));
  say(`  ${classroom.trainerUrl}`);
  say();
  say(t(lang, 'classroom.cli.data', { dir: options.data, groups: startup.groups }));
  if (typeof startup.room === 'object') say(t(lang, 'classroom.cli.roomUnreadable', { reason: startup.room.unreadable, file: startup.room.movedTo }));
  for (const { group } of startup.damaged) {
    const d = group.damage;
    if (d) say(t(lang, 'classroom.cli.damaged', { group: group.title, line: d.line, reason: t(lang, `classroom.damage.${d.reason}`), kept: d.kept, bytes: d.droppedBytes }));
  }
  for (const u of startup.unreadable) say(t(lang, 'classroom.cli.unreadable', { file: u.file, reason: u.reason }));
  for (const p of classroom.library.problems) say(t(lang, 'classroom.cli.scenarioProblem', { file: p.file, message: p.message }));
  if (classroom.library.scenarios.length === 0) say(t(lang, 'classroom.cli.noScenarios'));
  say(t(lang, 'classroom.cli.stop'));
}

/**
 * The last line, never the only one: every handler of the host catches and logs its own faults, so an
 * exception that still reaches the process is a bug in that guard. It is logged with what Node knows and the
 * room goes on; ending the process would end every group's exercise for one fault.
 */
function keepServing(): void {
  const write = (line: string) => process.stderr.write(`${line}\n`);
  process.on('uncaughtException', (error, origin) => write(faultLine(`process (${origin})`, error)));
  process.on('unhandledRejection', (reason) => write(faultLine('process (unhandled promise rejection)', reason)));
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${t('en', 'classroom.cli.usage', { problem: error instanceof Error ? error.message : String(error) })}\n`);
    process.exit(2);
  }
  let classroom: Classroom;
  try {
    classroom = await startClassroom({ host: options.host, port: options.port, dataDir: options.data, distDir: options.dist, scenarioPaths: options.scenarios, rates: options.rates, joins: options.joins });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? t(options.lang, 'classroom.cli.portInUse', { port: options.port }) : error instanceof Error ? error.message : String(error);
    process.stderr.write(`${t(options.lang, 'classroom.cli.failed', { reason })}\n`);
    process.exit(1);
  }
  await report(classroom, options);
  keepServing();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void classroom.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
