import type { z } from 'zod';

// The one entry through which untrusted data (websocket messages, scenario files, session files, saves, MSEL
// rows) meets a Zod schema. Zod 4 runs a string's or array's length checks even after the type check failed, so
// an object whose `length` cannot be turned into a number (`{"length": {"toString": "x"}}`) makes safeParse
// throw a TypeError instead of answering "invalid". Whatever the input, this answers; it never throws.

export type UntrustedParse<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: z.ZodError | undefined; readonly thrown?: string };

export function parseUntrusted<S extends z.ZodType>(schema: S, input: unknown): UntrustedParse<z.output<S>> {
  try {
    const result = schema.safeParse(input);
    return result.success ? { success: true, data: result.data } : { success: false, error: result.error };
  } catch (error) {
    // The schema itself is ours and sound: an exception here can only come from a hostile shape.
    return { success: false, error: undefined, thrown: error instanceof Error ? error.message : String(error) };
  }
}
