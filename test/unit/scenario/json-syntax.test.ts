import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/loader.js';
import { createLocator } from '../../../src/engine/scenario/positions.js';

function syntaxError(text: string) {
  const result = loadScenario(text);
  if (result.ok) throw new Error('expected a syntax error');
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors;
  expect(error?.code).toBe('json-syntax');
  return { line: error?.line, column: error?.column, message: error?.message, hint: error?.hint };
}

describe('JSON syntax errors, explained where they happen', () => {
  it.each([
    ['single quotes', "{\n  'id': 1\n}", 2, 3, 'Unexpected "\'id\'".', /double quotes/],
    ['an unquoted key', '{\n  id: 1\n}', 2, 3, 'Unexpected word "id".', /need double quotes/],
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 2, 9, 'A comma with nothing after it.', /remove this comma/],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'Expected a comma before this.', /commas/],
    ['a missing colon', '{ "a" 1 }', 1, 7, 'Expected ":" after the key.', /"key": value/],
    ['a cut-off file', '{\n  "a": [1, 2', 2, 13, 'The file ends before an array is closed with "]".', /"\["/],
    ['a cut-off object', '{\n  "a": 1', 2, 9, 'The file ends before an object is closed with "}".', /"\{"/],
    ['text after the end', '{}\n}', 2, 1, 'Unexpected text after the end of the scenario.', /last "\}"/],
    ['a line break inside a string', '{\n  "a": "one\ntwo"\n}', 2, 8, 'This string is not closed.', /\\n/],
    ['a tab inside a string', '{ "a": "x\ty" }', 1, 10, 'A string contains a control character (such as a tab).', /\\t/],
    ['an invalid escape', '{ "a": "C:\\temp\\x" }', 1, 16, 'Invalid escape in a string.', /backslash/],
    ['a comment', '{\n  /* note */ "a": 1\n}', 2, 3, 'JSON does not allow comments.', /trainerNote/],
  ])('%s', (_name, text, line, column, message, hint) => {
    const error = syntaxError(text);
    expect(error).toMatchObject({ line, column, message });
    expect(error.hint).toMatch(hint);
  });
});

describe('createLocator', () => {
  it('counts \\n, \\r\\n and a lone \\r as line ends', () => {
    const locator = createLocator('a\nb\r\nc\rd');
    expect(locator.offsetToPosition(0)).toEqual({ line: 1, column: 1 });
    expect(locator.offsetToPosition(2)).toEqual({ line: 2, column: 1 });
    expect(locator.offsetToPosition(5)).toEqual({ line: 3, column: 1 });
    expect(locator.offsetToPosition(7)).toEqual({ line: 4, column: 1 });
  });

  it('points at a key or its value, and at the nearest existing parent for a missing key', () => {
    const locator = createLocator('{\n  "a": {\n    "b": 1\n  }\n}');
    expect(locator.pathPosition(['a', 'b'])).toEqual({ line: 3, column: 10 });
    expect(locator.pathPosition(['a', 'b'], 'key')).toEqual({ line: 3, column: 5 });
    expect(locator.pathPosition(['a', 'missing'])).toEqual({ line: 2, column: 8 });
    expect(locator.pathPosition([])).toEqual({ line: 1, column: 1 });
  });
});
