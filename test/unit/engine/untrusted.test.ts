import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseUntrusted } from '../../../src/engine/untrusted.js';

describe('parseUntrusted', () => {
  const schema = z.strictObject({ code: z.string().min(4).max(10), list: z.array(z.string()).max(3) });

  it('answers "invalid" instead of throwing for a hostile length', () => {
    expect(() => schema.safeParse({ code: { length: { toString: 'x' } }, list: [] })).toThrow();
    const result = parseUntrusted(schema, { code: { length: { toString: 'x' } }, list: [] });
    expect(result.success).toBe(false);
  });

  it('passes valid data through and reports ordinary issues with the Zod error', () => {
    expect(parseUntrusted(schema, { code: 'abcd', list: ['a'] })).toEqual({ success: true, data: { code: 'abcd', list: ['a'] } });
    const bad = parseUntrusted(schema, { code: 'a', list: [] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error?.issues[0]?.path).toEqual(['code']);
  });
});
