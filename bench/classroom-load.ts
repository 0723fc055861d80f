// Load test of the classroom host (not part of `npm test`): `npx tsx bench/classroom-load.ts [--sessions 20]
// [--clients 12] [--scenario scenarios/intro-market-square.json] [--seed 7] [--device-rate 1000] [--pace-ms 0]
// [--trainer-watches] [--json]`.
//
// It starts the real host (src/server/main.ts) as its own process on loopback with a fresh data folder,
// creates the groups, lets every client join and has the trainer admit it, then plays each group's whole
// exercise with seeded bots — all groups at once, each group's commands one after another, each sent by the
// client that sits at the acting role's table (the trainer's by the trainer console). Per group the clients
// are: one sending device per table, a projector, and further devices at the tables up to --clients.
//
// Measured: throughput (commands per second over all groups) and command-to-view latency — from sending a
// command to the moment the group's projector receives the view that includes it (the fan-out every other
// device waits on) — as p50/p99/max, plus the acknowledgement latency at the sender. By default every group
// plays as fast as the host answers (capacity); --pace-ms N lets each group wait N ms between commands, as
// people at tables do (latency at a classroom's pace). --trainer-watches has the trainer console watch the first
// group, as a trainer does in class: that group's scored trainer view is made too. Devices that only
// watch count the views they receive without parsing them: on a real network they are other machines.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { playExercise, BOT_POLICIES } from '../src/engine/bots/index.js';
import { loadScenario, type Command } from '../src/engine/index.js';
import { connectClassroom, type ClassroomLink, type SocketLike } from '../src/host/websocket-client.js';
import { classroomSettings } from '../src/server/group-settings.js';

interface Options {
  sessions: number;
  clients: number;
  scenario: string;
  seed: string;
  deviceRate: number;
  paceMs: number;
  trainerWatches: boolean;
  json: boolean;
}

function parse(args: string[]): Options {
  const o: Options = { sessions: 20, clients: 12, scenario: 'scenarios/intro-market-square.json', seed: '7', deviceRate: 1000, paceMs: 0, trainerWatches: false, json: false };
  const numbers: Record<string, 'sessions' | 'clients' | 'deviceRate' | 'paceMs'> = { '--sessions': 'sessions', '--clients': 'clients', '--device-rate': 'deviceRate', '--pace-ms': 'paceMs' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json' || a === '--trainer-watches') {
      if (a === '--json') o.json = true;
      else o.trainerWatches = true;
      continue;
    }
    const v = args[++i] ?? '';
    const n = numbers[a];
    if (n) o[n] = Number(v);
    else if (a === '--scenario') o.scenario = v;
    else if (a === '--seed') o.seed = v;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const options = parse(process.argv.slice(2));
const ROOT = resolve(import.meta.dirname ?? '.', '..');
const socket = (url: string): SocketLike => new WebSocket(url) as unknown as SocketLike;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolveIt!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolveIt = r));
  return { promise, resolve: resolveIt };
}

/**
 * CPU time (user + system) the host process has used so far, in ms, read from /proc (Linux): wall-clock
 * latency on a shared machine follows the load, the host's CPU per command much less. null elsewhere.
 */
function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

async function startHost(dataDir: string, scenario: string): Promise<{ port: number; token: string; code: string; cpuMs(): number | null; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    // HOST_NODE_FLAGS, e.g. "--cpu-prof --cpu-prof-dir=prof", profiles the host alone.
    [...(process.env.HOST_NODE_FLAGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', join(ROOT, 'src/server/main.ts'), '--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--scenarios', scenario, '--lang', 'en', '--device-rate', String(options.deviceRate), '--trainer-rate', String(options.deviceRate * 10), '--join-rate', '100000', '--waiting-per-address', '2000'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolveStart, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const link = /http:\/\/127\.0\.0\.1:(\d+)\/#\/classroom\/([0-9a-f]{64})/.exec(out);
      const code = /#\/join\/([A-Z0-9]{6})/.exec(out);
      if (link && code) {
        resolveStart({
          port: Number(link[1]),
          token: link[2] as string,
          code: code[1] as string,
          cpuMs: () => cpuMsOf(child.pid),
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    void exited.then(() => reject(new Error(`host stopped:\n${out}`)));
  });
}

/** A device that only watches: it joins, waits to be admitted and counts the views (or patches) it gets. */
class Watcher {
  views = 0;
  bytes = 0;
  lastRevision = 0;
  private waiting: { revision: number; done: () => void }[] = [];
  readonly id: Promise<string>;
  constructor(url: string, code: string, name: string) {
    const ws = new WebSocket(url);
    const welcome = deferred<string>();
    this.id = welcome.promise;
    ws.on('open', () => ws.send(JSON.stringify({ type: 'join', v: 1, code, name })));
    ws.on('message', (data: Buffer) => {
      const head = data.subarray(0, 120).toString();
      // Whole views, and after the first the patches from one revision to the next.
      if (head.startsWith('{"type":"views"') || head.startsWith('{"type":"viewsPatch"')) {
        this.views += 1;
        this.bytes += data.length;
        const revision = Number(/"revision":(\d+)/.exec(head)?.[1] ?? 0);
        this.lastRevision = Math.max(this.lastRevision, revision);
        for (const w of [...this.waiting]) {
          if (revision >= w.revision) {
            this.waiting.splice(this.waiting.indexOf(w), 1);
            w.done();
          }
        }
      } else if (head.startsWith('{"type":"welcome"')) {
        welcome.resolve((JSON.parse(data.toString()) as { device: string }).device);
      }
    });
  }
  /** Resolves when a view with at least this revision has arrived. */
  reached(revision: number): Promise<void> {
    if (this.lastRevision >= revision) return Promise.resolve();
    return new Promise((done) => this.waiting.push({ revision, done }));
  }
}

/** A device that acts: the browser's own link, joined with the code. */
function actor(url: string, code: string, name: string): { link: ClassroomLink; id: Promise<string>; admitted: Promise<void> } {
  const id = deferred<string>();
  const admitted = deferred<void>();
  const link = connectClassroom({ url, socket, keepAliveMs: 0, answerWithinMs: 60_000 }, {
    onWelcome: (w) => w.as === 'device' && id.resolve(w.device),
    onStatus: (s) => s.state === 'admitted' && admitted.resolve(),
  });
  link.join(code, name);
  return { link, id: id.promise, admitted: admitted.promise };
}

async function main(): Promise<void> {
  const scenarioPath = resolve(ROOT, options.scenario);
  const loaded = loadScenario(readFileSync(scenarioPath, 'utf8'), scenarioPath);
  if (!loaded.ok) throw new Error('scenario does not load');
  const scenario = loaded.scenario;
  const settings = classroomSettings(scenario, 'en');
  const tables = settings.tables;
  if (options.clients < tables.length + 1) throw new Error(`--clients must be at least ${tables.length + 1} (a device per table and a projector)`);

  // Seeded bots play each group's exercise in advance; the groups share the seed, the bots' policies differ.
  const scripts = Array.from({ length: options.sessions }, (_, i) => playExercise(scenario, options.seed, BOT_POLICIES[i % BOT_POLICIES.length] ?? 'doctrine', { settings }).log.map((e) => e.command));

  const dataDir = mkdtempSync(join(tmpdir(), 'crisistafel-bench-'));
  const host = await startHost(dataDir, scenarioPath);
  const url = `ws://127.0.0.1:${host.port}/ws`;
  try {
    const roomSeen = deferred<string[]>();
    const trainer = connectClassroom({ url, socket, token: host.token, keepAliveMs: 0, answerWithinMs: 60_000 }, {
      onRoom: (room) => room.groups.length >= options.sessions && roomSeen.resolve(room.groups.map((g) => g.id)),
    });
    await new Promise<void>((r) => {
      const check = setInterval(() => trainer.state === 'online' && (clearInterval(check), r()), 5);
    });
    let created = 0;
    while (created < options.sessions) {
      const n = Math.min(20, options.sessions - created);
      const r = await trainer.request({ type: 'createGroups', scenario: scenario.id, seed: options.seed, groups: n, lang: 'en' });
      if (!r.ok) throw new Error(`createGroups refused: ${r.refusal.code}`);
      created += n;
    }
    const groups = (await roomSeen.promise).slice(0, options.sessions);

    // Every group's clients join; the trainer admits each to its seat.
    const setupStarted = performance.now();
    const perGroup = await Promise.all(
      groups.map(async (g, gi) => {
        const senders = tables.map((t) => ({ table: t, ...actor(url, host.code, `g${gi}-${t.id}`) }));
        const projector = new Watcher(url, host.code, `g${gi}-projector`);
        const extras = Array.from({ length: options.clients - tables.length - 1 }, (_, i) => ({ table: tables[i % tables.length], watcher: new Watcher(url, host.code, `g${gi}-extra${i}`) }));
        const admit = async (device: string, seat: { kind: 'table'; table: string } | { kind: 'projector' }) => {
          const r = await trainer.request({ type: 'admit', device, session: g, seat });
          if (!r.ok) throw new Error(`admit refused: ${r.refusal.code}`);
        };
        for (const s of senders) await admit(await s.id, { kind: 'table', table: s.table.id });
        await admit(await projector.id, { kind: 'projector' });
        for (const e of extras) await admit(await e.watcher.id, { kind: 'table', table: e.table?.id ?? '' });
        await Promise.all(senders.map((s) => s.admitted));
        return { g, senders, projector, extras };
      }),
    );
    const setupMs = performance.now() - setupStarted;
    if (options.trainerWatches && groups[0] !== undefined) {
      const r = await trainer.request({ type: 'watch', session: groups[0] });
      if (!r.ok) throw new Error(`watch refused: ${r.refusal.code}`);
    }

    // Play: all groups at once, each group's commands in order.
    const latencies: number[] = [];
    const acks: number[] = [];
    const lastDevice: number[] = [];
    let refused = 0;
    const hostCpuBefore = host.cpuMs();
    const started = performance.now();
    await Promise.all(
      perGroup.map(async ({ g, senders, projector, extras }, gi) => {
        // Every device of the group that only watches: the projector and the further devices at the tables.
        const watchers = [projector, ...extras.map((e) => e.watcher)];
        const everyDevice: Promise<void>[] = [];
        const tableOf = new Map(tables.flatMap((t) => t.roles.map((r) => [r, t.id] as const)));
        let revision = 0;
        for (const command of scripts[gi] ?? []) {
          if (options.paceMs > 0) await new Promise((r) => setTimeout(r, options.paceMs * (0.5 + ((revision * 7919 + gi * 104729) % 1000) / 1000)));
          const actorKind = command.actor.kind;
          const table = actorKind === 'role' ? tableOf.get(command.actor.role) : undefined;
          const link = table === undefined ? trainer : (senders.find((s) => s.table.id === table)?.link ?? trainer);
          const t0 = performance.now();
          const result = await link.sendCommand(g, command as Command);
          acks.push(performance.now() - t0);
          if (!result.ok) {
            // Bots replay only commands the engine took, so a refusal is a finding; do not wait for its view.
            refused += 1;
            continue;
          }
          revision += 1;
          // Also when the last watching device of the group has it: the projector is one of them, not a proxy.
          everyDevice.push(Promise.all(watchers.map((w) => w.reached(revision))).then(() => void lastDevice.push(performance.now() - t0)));
          await projector.reached(revision);
          latencies.push(performance.now() - t0);
        }
        await Promise.all(everyDevice);
      }),
    );
    const playMs = performance.now() - started;
    const hostCpuAfter = host.cpuMs();
    const hostCpuMs = hostCpuBefore === null || hostCpuAfter === null ? null : hostCpuAfter - hostCpuBefore;

    const views = perGroup.reduce((n, p) => n + p.projector.views + p.extras.reduce((m, e) => m + e.watcher.views, 0), 0);
    const viewBytes = perGroup.reduce((n, p) => n + p.projector.bytes + p.extras.reduce((m, e) => m + e.watcher.bytes, 0), 0);
    const sorted = [...latencies].sort((a, b) => a - b);
    const sortedAcks = [...acks].sort((a, b) => a - b);
    const sortedLast = [...lastDevice].sort((a, b) => a - b);
    const report = {
      sessions: options.sessions,
      clientsPerSession: options.clients,
      connections: options.sessions * options.clients + 1,
      scenario: scenario.id,
      commands: latencies.length,
      refused,
      setupSeconds: +(setupMs / 1000).toFixed(2),
      playSeconds: +(playMs / 1000).toFixed(2),
      commandsPerSecond: +(latencies.length / (playMs / 1000)).toFixed(1),
      commandToViewMs: { p50: +percentile(sorted, 50).toFixed(2), p99: +percentile(sorted, 99).toFixed(2), max: +(sorted.at(-1) ?? NaN).toFixed(2) },
      hostCpuMsPerCommand: hostCpuMs === null ? null : +(hostCpuMs / Math.max(1, latencies.length + refused)).toFixed(2),
      lastDeviceMs: { p50: +percentile(sortedLast, 50).toFixed(2), p99: +percentile(sortedLast, 99).toFixed(2) },
      ackMs: { p50: +percentile(sortedAcks, 50).toFixed(2), p99: +percentile(sortedAcks, 99).toFixed(2) },
      viewsToWatchers: views,
      viewMegabytes: +(viewBytes / 1e6).toFixed(1),
      deviceRate: options.deviceRate,
      paceMs: options.paceMs,
      trainerWatches: options.trainerWatches,
    };
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      process.stdout.write(
        [
          `classroom load: ${report.sessions} sessions × ${report.clientsPerSession} clients (${report.connections} websockets) on loopback, ${report.scenario}, ${report.paceMs > 0 ? `about ${report.paceMs} ms between a group's commands` : 'every group as fast as the host answers'}${report.trainerWatches ? ', the trainer console watching the first group' : ''}`,
          `  setup (join + admit every client): ${report.setupSeconds} s`,
          `  commands: ${report.commands} (${report.refused} refused) in ${report.playSeconds} s = ${report.commandsPerSecond} commands/s`,
          `  command → view at the projector: p50 ${report.commandToViewMs.p50} ms, p99 ${report.commandToViewMs.p99} ms, max ${report.commandToViewMs.max} ms`,
          `  command → view at the group's last watching device (projector and further table devices): p50 ${report.lastDeviceMs.p50} ms, p99 ${report.lastDeviceMs.p99} ms`,
          `  command → acknowledgement at the sender: p50 ${report.ackMs.p50} ms, p99 ${report.ackMs.p99} ms`,
          `  host CPU per command (user + system, from /proc): ${report.hostCpuMsPerCommand ?? 'not measured'} ms`,
          `  views delivered to watching devices: ${report.viewsToWatchers} (${report.viewMegabytes} MB)`,
          '',
        ].join('\n'),
      );
    }
    trainer.close();
    for (const p of perGroup) for (const s of p.senders) s.link.close();
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(0);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

