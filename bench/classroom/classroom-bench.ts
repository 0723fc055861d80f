// 6. Classroom host: the load test of `npm run bench:classroom` (bench/classroom-load.ts) folded into the
// bench's report. It starts the real host as its own process on loopback, joins N groups × M devices, plays
// every group's seeded bot exercise at once and measures command → view at each group's projector and the
// bytes each watching device receives per command. The baseline for the bytes is measured in this run too:
// one whole role view of the same scenario late in a playthrough, which is what every device was sent after
// every command before views were sent as patches.
import { spawn } from 'node:child_process';
import { playExercise } from '../../src/engine/bots/index.js';
import { roleView } from '../../src/engine/index.js';
import type { BenchOptions } from '../lib/options.js';
import type { Report } from '../lib/report.js';
import { ROOT, type Bundled } from '../lib/scenarios.js';

/** What classroom-load.ts writes with --json. */
interface LoadReport {
  readonly sessions: number;
  readonly clientsPerSession: number;
  readonly commands: number;
  readonly refused: number;
  readonly commandsPerSecond: number;
  readonly commandToViewMs: { readonly p50: number; readonly p99: number; readonly max: number };
  /** To the last of the group's watching devices (projector and further table devices). */
  readonly lastDeviceMs?: { readonly p50: number; readonly p99: number };
  /** The host process's CPU time per command (Linux, from /proc), null where it cannot be read. */
  readonly hostCpuMsPerCommand?: number | null;
  readonly viewsToWatchers: number;
  readonly viewMegabytes: number;
}

export const CLASSROOM = { sessions: 20, clients: 12 } as const;

function runLoad(scenarioFile: string, sessions: number, clients: number): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', `${ROOT}bench/classroom-load.ts`, '--json', '--scenario', scenarioFile, '--sessions', String(sessions), '--clients', String(clients)];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`classroom load test failed (exit ${String(code)}): ${err.slice(-400)}`));
      else resolve(JSON.parse(line) as LoadReport);
    });
  });
}

/** Bytes of one whole role view late in a doctrine playthrough, averaged over the roles. */
function wholeRoleViewBytes(b: Bundled, seed: string): number {
  const end = playExercise(b.scenario, seed, 'doctrine', { hash: b.hash }).state;
  const sizes = b.scenario.roles.map((r) => Buffer.byteLength(JSON.stringify(roleView(b.scenario, end, r.id))));
  return sizes.reduce((a, n) => a + n, 0) / Math.max(1, sizes.length);
}

export async function classroomSection(report: Report, bundled: readonly Bundled[], opts: BenchOptions, progress: (text: string) => void): Promise<void> {
  if (opts.quick) {
    report.add('classroom', { id: 'classroom.skipped', label: 'classroom figures', value: null, unit: '', note: 'skipped (--quick)' });
    return;
  }
  for (const name of ['intro-market-square', 'station-attack']) {
    const b = bundled.find((x) => x.name === name);
    if (!b) continue;
    const { sessions, clients } = CLASSROOM;
    progress(`classroom: ${sessions} groups × ${clients} devices on ${name}`);
    const tag = `${name}, ${sessions} groups × ${clients} devices`;
    try {
      const r = await runLoad(`scenarios/${name}.json`, sessions, clients);
      const perView = r.viewsToWatchers > 0 ? (r.viewMegabytes * 1e6) / r.viewsToWatchers : null;
      report.add('classroom', { id: `classroom.commandsPerSecond.${name}`, label: `commands per second, all groups at once, ${tag}`, value: r.commandsPerSecond, unit: '/s' });
      report.add('classroom', { id: `classroom.p50.${name}`, label: `command → view at the projector, p50, ${name}`, value: r.commandToViewMs.p50, unit: 'ms' });
      report.add('classroom', { id: `classroom.p99.${name}`, label: `command → view at the projector, p99, ${name}`, value: r.commandToViewMs.p99, unit: 'ms' });
      if (r.lastDeviceMs) report.add('classroom', { id: `classroom.lastDeviceP99.${name}`, label: `command → view at the group's last watching device, p99, ${name}`, value: r.lastDeviceMs.p99, unit: 'ms' });
      if (r.hostCpuMsPerCommand != null) report.add('classroom', { id: `classroom.hostCpu.${name}`, label: `host CPU time per command (the load on the machine inflates it less than wall time), ${name}`, value: r.hostCpuMsPerCommand, unit: 'ms' });
      report.add('classroom', {
        id: `classroom.bytesPerView.${name}`,
        label: `bytes per command per watching device (${r.viewsToWatchers.toLocaleString('en-US')} view messages), ${name}`,
        value: perView === null ? null : perView / 1024,
        unit: 'KB',
        baseline: { label: 'one whole role view (sent per command before patches)', value: wholeRoleViewBytes(b, opts.seed) / 1024, unit: 'KB' },
        ...(perView === null ? { note: 'no views measured' } : {}),
      });
      if (r.refused > 0) report.add('classroom', { id: `classroom.refused.${name}`, label: `commands the host refused (a finding: bots replay accepted commands), ${name}`, value: r.refused, unit: '' });
    } catch (error) {
      report.add('classroom', { id: `classroom.p99.${name}`, label: `classroom load, ${tag}`, value: null, unit: 'ms', note: `failed: ${String(error).slice(0, 200)}` });
    }
  }
}
