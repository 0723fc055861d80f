import { z } from 'zod';

// The one entry through which untrusted data (websocket messages, scenario files, session files, saves, MSEL
// rows) meets a Zod schema. Zod 4 runs a string's or array's length checks even after the type check failed, so
// an object whose `length` cannot be turned into a number (`{"length": {"toString": "x"}}`) makes safeParse
// throw a TypeError instead of answering "invalid". Whatever the input, this answers; it never throws.

export type UntrustedParse<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: z.ZodError | undefined; readonly thrown?: string };

export interface UntrustedOptions {
  /**
   * Stop at the first problem in each object and array. Valid input parses exactly as without it, in one
   * pass; invalid input answers after its first problem instead of after all of them, which for a file with
   * millions of wrong values is the difference between milliseconds and minutes. (Zod's `abortEarly`, the
   * parse context its own `validate` uses.)
   */
  readonly firstProblemOnly?: boolean;
}

const FIRST_PROBLEM_ONLY = { abortEarly: true } as unknown as z.core.ParseContext<z.core.$ZodIssue>;

export function parseUntrusted<S extends z.ZodType>(schema: S, input: unknown, options: UntrustedOptions = {}): UntrustedParse<z.output<S>> {
  try {
    const result = options.firstProblemOnly ? schema.safeParse(input, FIRST_PROBLEM_ONLY) : schema.safeParse(input);
    return result.success ? { success: true, data: result.data } : { success: false, error: result.error };
  } catch (error) {
    // The schema itself is ours and sound: an exception here can only come from a hostile shape.
    return { success: false, error: undefined, thrown: error instanceof Error ? error.message : String(error) };
  }
}

/** The first problem of a failed parse as a path and a message, short enough to send back or show. */
export function firstProblem(failed: { readonly error: z.ZodError | undefined; readonly thrown?: string }): { readonly path: readonly PropertyKey[]; readonly message: string } {
  const issue = failed.error?.issues[0];
  if (issue) return { path: issue.path, message: issue.message };
  return { path: [], message: `unreadable input (${(failed.thrown ?? 'unknown').slice(0, 120)})` };
}

// The second guard, in our own schemas: length checks that run only once the type check has found a string
// (or an array), so the answer is a real "expected string" issue at the right path instead of an exception.
// parseUntrusted stays the last line.

/** `checks` (a string schema with its length checks) applied only to a string. */
export function asString<T extends z.ZodType<string, string>>(checks: T): z.ZodPipe<z.ZodString, T> {
  return z.string().pipe(checks);
}

/** `checks` (an array schema with its length checks) applied only to an array. */
export function asArray<T extends z.ZodType<unknown[], unknown[]>>(checks: T): z.ZodPipe<z.ZodArray<z.ZodUnknown>, T> {
  return z.array(z.unknown()).pipe(checks);
}
