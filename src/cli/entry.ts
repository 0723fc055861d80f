// Every command-line tool exports its `main` and runs it only when node started that file: the tests call the
// same `main` in process (a spawned `tsx` costs a second of start-up per call), and one spawn per tool still
// proves the script itself starts, prints and exits as a user sees it.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type CliMain = (args: readonly string[]) => number | Promise<number>;

/** True when `moduleUrl` (a tool's import.meta.url) is the script node was asked to run. */
export function isEntry(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === moduleUrl;
}

/** Runs `main` with the command line's arguments when `moduleUrl` is the script; a last-resort guard keeps a bug
 * to one line on stderr and exit code 1, never a stack trace. */
export function runIfEntry(moduleUrl: string, main: CliMain): void {
  if (!isEntry(moduleUrl)) return;
  // A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const failed = (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  };
  try {
    Promise.resolve(main(process.argv.slice(2))).then((code) => {
      process.exitCode = code;
    }, failed);
  } catch (error) {
    failed(error);
  }
}
