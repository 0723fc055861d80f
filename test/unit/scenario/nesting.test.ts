import { describe, expect, it } from 'vitest';
import { findExcessiveNesting } from '../../../src/engine/scenario/nesting.js';

describe('findExcessiveNesting', () => {
  it('finds the bracket that opens one level too many', () => {
    expect(findExcessiveNesting('[[[]]]', 2)).toBe(2);
    expect(findExcessiveNesting('{"a": {"b": [1]}}', 2)).toBe(12);
  });

  it('accepts nesting up to the limit', () => {
    expect(findExcessiveNesting('[[]]', 2)).toBeUndefined();
    expect(findExcessiveNesting('[[]] [[]] [[]]', 2)).toBeUndefined();
  });

  it('ignores brackets inside strings, also after escaped quotes and backslashes', () => {
    expect(findExcessiveNesting('["[[[[", "{{{"]', 1)).toBeUndefined();
    expect(findExcessiveNesting('["a \\" [[[[", "b"]', 1)).toBeUndefined();
    expect(findExcessiveNesting('["a\\\\", [[1]]]', 2)).toBe(9);
  });

  it('stops quietly at an unterminated string, which JSON.parse then reports', () => {
    expect(findExcessiveNesting('["abc', 1)).toBeUndefined();
  });
});
