// What the figures were measured on: figures from different machines are only comparable as ratios.
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  /** Filled in by the browser section; null when it did not run. */
  chromium: string | null;
  /** The 1-minute load average when the bench started: a busy machine explains slow absolute figures. */
  readonly loadAverage: number;
}

export function machineInfo(): MachineInfo {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: null,
    loadAverage: Number((loadavg()[0] ?? 0).toFixed(2)),
  };
}
