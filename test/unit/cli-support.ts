// The command-line tools are tested the way a user meets them — arguments in; stdout, stderr and the exit code
// out — mostly in process, by calling each tool's exported `main` with stdout and stderr captured (a spawned
// `tsx` costs about a second of start-up per call). `spawnCli` runs the real script, once or twice per tool,
// to prove the file itself starts, prints and exits the same way.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

type Main = (args: readonly string[]) => number;
type AsyncMain = (args: readonly string[]) => Promise<number>;

function capture() {
  const text = { stdout: '', stderr: '' };
  const decode = (chunk: unknown) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    text.stdout += decode(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    text.stderr += decode(chunk);
    return true;
  });
  return {
    text,
    restore: () => {
      out.mockRestore();
      err.mockRestore();
    },
  };
}

/** Calls a tool's `main` in this process, as `npm run <tool> -- ...args` would from the repository root. */
export function runCli(main: Main, ...args: string[]): CliRun {
  const c = capture();
  try {
    const status = main(args);
    return { status, ...c.text };
  } finally {
    c.restore();
  }
}

export async function runCliAsync(main: AsyncMain, ...args: string[]): Promise<CliRun> {
  const c = capture();
  try {
    const status = await main(args);
    return { status, ...c.text };
  } finally {
    c.restore();
  }
}

/** Runs the tool's script in its own node process, exactly as npm does. */
export function spawnCli(script: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
