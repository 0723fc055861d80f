import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/engine/scenario/codes.js';
import { scenarioHash } from '../../../src/engine/scenario/hash.js';
import { loadScenario, MAX_ERRORS, MAX_SCENARIO_CHARS } from '../../../src/engine/scenario/loader.js';
import { MAX_NESTING } from '../../../src/engine/scenario/nesting.js';
import { readFixture, VALID_FIXTURES } from './fixtures.js';

const minimal = () => readFixture('valid/minimal.json');
const minimalData = () => JSON.parse(minimal()) as Record<string, unknown>;

function errorsOf(text: string, file?: string) {
  const result = loadScenario(text, file);
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.errors;
}

describe('loadScenario on valid files', () => {
  it.each(VALID_FIXTURES)('accepts %s', (name) => {
    const result = loadScenario(readFixture(`valid/${name}`), name);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('fills defaults, so the engine never sees a missing optional list', () => {
    const result = loadScenario(minimal());
    if (!result.ok) throw new Error('minimal fixture must load');
    expect(result.scenario.variables).toEqual([]);
    expect(result.scenario.picture.units).toEqual([]);
    expect(result.scenario.injects[0]?.optional).toBe(false);
    expect(result.scenario.setting.scaling.model).toBe('grip');
  });

  it('accepts a file saved with a byte-order mark and still counts columns from the first real character', () => {
    expect(loadScenario(`\uFEFF${minimal()}`).ok).toBe(true);
    const error = errorsOf(`\uFEFF{"schemaVersion": 2, "oops": 1}`).find((e) => e.code === 'unknown-key');
    expect(error).toMatchObject({ code: 'unknown-key', path: 'oops', line: 1, column: 22 });
  });

  it('counts lines the way editors do, for \\r\\n line ends too', () => {
    const text = minimal().replace(/\n/g, '\r\n').replace('"channel": "phone"', '"channel": "phon"');
    expect(errorsOf(text)[0]).toMatchObject({ code: 'bad-value', line: 39, column: 18 });
  });

  it('names the file it was given, or scenario.json', () => {
    expect(errorsOf('')[0]?.file).toBe('scenario.json');
    expect(errorsOf('', 'mine.json')[0]?.file).toBe('mine.json');
  });
});

describe('loadScenario never throws, whatever it gets', () => {
  it('refuses an empty or blank file', () => {
    expect(errorsOf('')[0]?.code).toBe('empty-file');
    expect(errorsOf(' \n\t ')[0]?.code).toBe('empty-file');
  });

  it('refuses binary data as not a text file', () => {
    const [error] = errorsOf('\u0000\u0001\u0002PNG\u0000');
    expect(error).toMatchObject({ code: 'json-syntax', line: 1, column: 1 });
    expect(error?.message).toMatch(/binary/);
  });

  it('refuses something that is not text at all (from untyped callers)', () => {
    expect(errorsOf(42 as unknown as string)[0]?.code).toBe('not-text');
    expect(errorsOf(undefined as unknown as string)[0]?.code).toBe('not-text');
  });

  it('refuses 100,000 levels of nesting with a clear error at the place it goes too deep', () => {
    const deep = `{"when": ${'{"not": '.repeat(100_000)}{"always": true}${'}'.repeat(100_000)}}`;
    const [error] = errorsOf(deep);
    expect(error).toMatchObject({ code: 'too-deep', line: 1 });
    const arrays = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(errorsOf(arrays)[0]?.code).toBe('too-deep');
  });

  it('still reads nesting up to the limit (a deep but legal condition tree)', () => {
    const levels = MAX_NESTING - 10;
    const data = minimalData();
    let condition: unknown = { always: true };
    for (let i = 0; i < levels; i++) condition = { not: condition };
    (data['injects'] as Record<string, unknown>[])[0]!['when'] = condition;
    expect(loadScenario(JSON.stringify(data)).ok).toBe(true);
  });

  it('refuses a file over 10 MB with its own error, before parsing it', () => {
    const huge = `{"x": "${'a'.repeat(MAX_SCENARIO_CHARS)}"}`;
    const [error] = errorsOf(huge);
    expect(error).toMatchObject({ code: 'too-large', line: 1, column: 1, path: '' });
    expect(error?.message).toMatch(/10\.0 MB/);
  });

  it('caps a flood of errors and says how many more there are', () => {
    const data = minimalData();
    data['contentWarnings'] = Array.from({ length: MAX_ERRORS + 50 }, () => 7);
    const errors = errorsOf(JSON.stringify(data));
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors.at(-1)).toMatchObject({ code: 'too-many-errors', message: '…and 50 more problems.' });
  });

  it('gives JSON that is not an object a clear error', () => {
    for (const text of ['null', '42', '"scenario"', 'true']) expect(errorsOf(text)[0]?.code).toBe('wrong-type');
  });
});

describe('error messages an author can act on', () => {
  const withChange = (change: (data: Record<string, unknown>) => void) => {
    const data = minimalData();
    change(data);
    return errorsOf(JSON.stringify(data, null, 2));
  };

  it('lists the allowed values when no value is close to what was written', () => {
    const [error] = withChange((d) => ((d['languages'] as string[])[0] = 'de'));
    expect(error).toMatchObject({ code: 'bad-value', path: 'languages[0]', message: 'Unknown value "de" in "languages".', hint: 'Allowed: "nl", "en".' });
  });

  it('lists the allowed keys when no key is close to an unknown one', () => {
    const [error] = withChange((d) => (d['clock'] = { minutesPerRound: 10, endsAt: 60, zzz: 1 }));
    expect(error).toMatchObject({ code: 'unknown-key', path: 'clock.zzz', hint: 'Allowed keys here: "minutesPerRound", "endsAt".' });
  });

  it('reports one typo once: the unknown key, not also the key it should have been', () => {
    const errors = withChange((d) => {
      const role = (d['roles'] as Record<string, unknown>[])[0]!;
      role['nmae'] = role['name'];
      delete role['name'];
    });
    expect(errors.map((e) => [e.code, e.path, e.hint])).toEqual([['unknown-key', 'roles[0].nmae', 'Did you mean "name"?']]);
  });

  it('says a required key is missing and what it should hold', () => {
    const [error] = withChange((d) => delete (d['roles'] as Record<string, unknown>[])[0]!['briefing']);
    expect(error).toMatchObject({ code: 'missing-key', path: 'roles[0].briefing', message: 'Missing required key "briefing".' });
    expect(error?.hint).toContain('a string or { "nl": …, "en": … }');
  });

  it('describes a Visibility as its three forms and suggests the closest one', () => {
    const [error] = withChange((d) => {
      d['variables'] = [{ id: 'unrest', name: 'Onrust', initial: 0, visibility: 'publc' }];
    });
    expect(error).toMatchObject({
      code: 'wrong-type',
      path: 'variables[0].visibility',
      message: 'Expected "public", "trainer" or { "roles": … }, found the text "publc".',
      hint: 'Did you mean "public"?',
    });
  });

  it('picks the condition branch whose key is present and reports only what is wrong in it', () => {
    const [error, ...rest] = withChange((d) => {
      (d['injects'] as Record<string, unknown>[])[0]!['when'] = { any: [{ time: '>=', value: -5 }] };
    });
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ code: 'out-of-range', path: 'injects[0].when.any[0].value', message: '-5 is too small: the lowest allowed value is 0.' });
  });

  it('names an unknown effect kind with the closest allowed one', () => {
    const [error] = withChange((d) => {
      (d['injects'] as Record<string, unknown>[])[0]!['effects'] = [{ kind: 'startRumor', rumour: 'x' }];
    });
    expect(error).toMatchObject({ code: 'bad-value', path: 'injects[0].effects[0].kind' });
    expect(error?.hint).toMatch(/^Did you mean "startRumour"\?/);
  });

  it('says how many items a point needs', () => {
    const [error] = withChange((d) => {
      (d['injects'] as Record<string, unknown>[])[0]!['board'] = [{ op: 'moveUnit', unit: 'u', to: [1, 2, 3] }];
    });
    expect(error).toMatchObject({ code: 'wrong-length', path: 'injects[0].board[0].to', message: 'Expected exactly 2 items, found 3.' });
  });

  it('says a missing choice is missing, and lists what it may be', () => {
    const [error] = withChange((d) => delete (d['roles'] as Record<string, unknown>[])[0]!['team']);
    expect(error).toMatchObject({ code: 'missing-key', path: 'roles[0].team', message: 'Missing required key "team".' });
    expect(error?.hint).toMatch(/^Add "team": one of "CoPI", "ROT", .*"external"\. The team this role sits in\.$/);
    expect(withChange((d) => delete d['schemaVersion'])[0]).toMatchObject({ code: 'missing-key', path: 'schemaVersion', line: 1, column: 1 });
  });

  it('suggests the right key inside a condition, whose branch follows from its other keys', () => {
    const [error] = withChange((d) => {
      (d['injects'] as Record<string, unknown>[])[0]!['when'] = { decided: 'x', opton: 'y' };
    });
    expect(error).toMatchObject({ code: 'unknown-key', path: 'injects[0].when.opton', hint: 'Did you mean "option"?' });
  });

  it('asks which kind of condition is meant when its keys fit several', () => {
    const [error] = withChange((d) => {
      (d['injects'] as Record<string, unknown>[])[0]!['when'] = { tim: '<', value: 5 };
    });
    expect(error).toMatchObject({ code: 'no-match', path: 'injects[0].when', message: 'Not a valid condition: none of its keys says which kind it is.' });
    expect(error?.hint).toMatch(/^Did you mean "time"\? A condition starts with one of: "all", "any"/);
  });

  it('quotes keys that are not plain names in the path', () => {
    const [error] = withChange((d) => (d['two words'] = 1));
    expect(error).toMatchObject({ code: 'unknown-key', path: '["two words"]' });
  });

  it('uses only codes from the published list, each with a hint', () => {
    const errors = withChange((d) => {
      d['fictional'] = false;
      d['durationMinutes'] = -1;
      d['version'] = '1.0';
      d['summary'] = '';
    });
    expect(errors.map((e) => e.code).sort()).toEqual(['bad-format', 'empty-text', 'not-fictional', 'out-of-range']);
    for (const error of errors) {
      expect(ERROR_CODES).toContain(error.code);
      expect(error.hint).toBeTruthy();
    }
  });

  it('returns errors in reading order', () => {
    const errors = withChange((d) => {
      d['scoring'] = { criteria: [] };
      d['fictional'] = false;
    });
    expect(errors.map((e) => e.path)).toEqual(['fictional', 'scoring.criteria']);
  });
});

describe('scenarioHash', () => {
  const load = (text: string) => {
    const result = loadScenario(text);
    if (!result.ok) throw new Error('fixture must load');
    return result.scenario;
  };

  it('is the SHA-256 hex of the canonical JSON, the same whatever the key order or spacing', () => {
    const a = load(minimal());
    const reordered = Object.fromEntries(Object.entries(minimalData()).reverse());
    const b = load(JSON.stringify(reordered));
    expect(scenarioHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(scenarioHash(b)).toBe(scenarioHash(a));
  });

  it('changes when the content changes', () => {
    const data = minimalData();
    data['durationMinutes'] = 31;
    expect(scenarioHash(load(JSON.stringify(data)))).not.toBe(scenarioHash(load(minimal())));
  });

  it('matches a known SHA-256 value, so the hash function is really SHA-256', async () => {
    const { sha256 } = await import('@noble/hashes/sha2.js');
    const { bytesToHex, utf8ToBytes } = await import('@noble/hashes/utils.js');
    expect(bytesToHex(sha256(utf8ToBytes('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
