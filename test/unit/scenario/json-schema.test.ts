import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../../src/engine/scenario/json-schema.js';
import { INVALID_FIXTURES, readFixture, VALID_FIXTURES } from './fixtures.js';

const CHECKED_IN = fileURLToPath(new URL('../../../scenarios/scenario.schema.json', import.meta.url));

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the Zod schema', () => {
    const stale = readFileSync(CHECKED_IN, 'utf8') !== scenarioJsonSchemaText();
    expect(stale, 'scenarios/scenario.schema.json is out of date: run npm run schema').toBe(false);
  });

  it('is a draft 2020-12 schema with an id and a title', () => {
    const schema = scenarioJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('urn:crisistafel:scenario:2');
    expect(schema['title']).toBeTruthy();
  });
});

describe('the generated JSON Schema, checked independently with Ajv', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(scenarioJsonSchema());

  it.each(VALID_FIXTURES)('accepts the valid fixture %s', (name) => {
    const ok = validate(JSON.parse(readFixture(`valid/${name}`)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  const structural = INVALID_FIXTURES.filter((f) => f.kind === 'structural');
  it.each(structural)('rejects $file, which breaks the format itself', (fixture) => {
    expect(validate(JSON.parse(readFixture(`invalid/${fixture.file}`)))).toBe(false);
  });

  // These break only rules a JSON Schema cannot express, so the loader's own checks must catch them.
  const crossReference = INVALID_FIXTURES.filter((f) => f.kind === 'cross-reference');
  it.each(crossReference)('accepts $file, whose error only the cross-reference checks see', (fixture) => {
    expect(validate(JSON.parse(readFixture(`invalid/${fixture.file}`)))).toBe(true);
  });
});
