import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateScenario, type Migrations } from '../../../src/engine/scenario/migrate.js';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../../src/engine/scenario/loader.js';
import { lintScenario } from '../../../src/engine/lint/index.js';
import { SCHEMA_VERSION } from '../../../src/engine/scenario/schema.js';

describe('migrateScenario', () => {
  it('leaves a current-version document as it is', () => {
    const document = { schemaVersion: SCHEMA_VERSION, id: 'x' };
    expect(migrateScenario(document)).toEqual({ ok: true, scenarioJson: document });
  });

  it('passes through what is not a versioned object, for the schema to report', () => {
    expect(migrateScenario([1, 2])).toEqual({ ok: true, scenarioJson: [1, 2] });
    expect(migrateScenario({ schemaVersion: '1' })).toEqual({ ok: true, scenarioJson: { schemaVersion: '1' } });
  });

  it('lifts an old document version by version to the current one', () => {
    // A pretend history: format 1 named the field "name", format 2 "title", format 3 added "languages".
    const history: Migrations = {
      1: ({ name, ...rest }) => ({ ...rest, title: name }),
      2: (document) => ({ ...document, languages: ['nl'] }),
    };
    const result = migrateScenario({ schemaVersion: 1, name: 'Oefening' }, history, 3);
    expect(result).toEqual({ ok: true, scenarioJson: { schemaVersion: 3, title: 'Oefening', languages: ['nl'] } });
  });

  it('refuses a version it has no migration for, with a clear error', () => {
    const result = migrateScenario({ schemaVersion: 0 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.finding).toMatchObject({ code: 'unknown-version', path: ['schemaVersion'] });
    expect(migrateScenario({ schemaVersion: 1.5 }, {}, 2).ok).toBe(false);
  });

  it('refuses a file made for a newer Crisistafel', () => {
    const result = migrateScenario({ schemaVersion: SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.finding.code).toBe('newer-version');
    expect(result.finding.message).toMatch(/newer Crisistafel/);
  });

  it('has a migration for every version before the current one', () => {
    for (let version = 1; version < SCHEMA_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('loads a version 1 file as version 2, with its knowledge derived and reported by lint', () => {
    const text = readFileSync('test/fixtures/scenarios/v1/station-havenstad-v1.json', 'utf8');
    const loaded = loadScenario(text, 'station-havenstad-v1.json');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.scenario.schemaVersion).toBe(2);
    expect(loaded.scenario.injects.every((i) => i.reveals === undefined)).toBe(true);
    const derived = lintScenario(loaded.scenario).filter((f) => f.code === 'knowledge-derived');
    expect(derived.length).toBeGreaterThan(0);
  });
});

describe('a version-1 scenario file', () => {
  it('still loads, as the current format, with nothing it said lost', async () => {
    const { readFileSync } = await import('node:fs');
    const { loadScenario } = await import('../../../src/engine/scenario/loader.js');
    const v1 = readFileSync(new URL('../../fixtures/scenarios/v1/minimal-v1.json', import.meta.url), 'utf8');
    const v2 = readFileSync(new URL('../../fixtures/scenarios/valid/minimal.json', import.meta.url), 'utf8');
    const old = loadScenario(v1, 'minimal-v1.json');
    const current = loadScenario(v2, 'minimal.json');
    expect(old.ok).toBe(true);
    if (!old.ok || !current.ok) return;
    expect(old.scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(old.scenario).toEqual(current.scenario);
  });
});

describe('format 1 → 2 (issue 15: powers)', () => {
  const v1 = {
    schemaVersion: 1,
    roles: [{ id: 'operator', office: 'airportOperator', authority: ['restrictAirspace', 'shareInformation'] }],
    injects: [
      {
        id: 'sighting',
        when: { all: [{ structureAction: 'restrictAirspace:close' }, { structureAction: 'convene:LOCC' }] },
        effects: [
          { kind: 'structure', do: { action: 'restrictAirspace', level: 'restrict' } },
          { kind: 'structure', do: { action: 'convene', team: 'LOCC' } },
          { kind: 'structure', do: { action: 'standDown', team: 'LOCC' } },
        ],
        expectedActions: [{ role: 'operator', do: { action: 'restrictAirspace', level: 'close' }, withinMinutes: 10 }],
      },
    ],
    scoring: { criteria: [{ criterion: 'C07', teams: ['ICCb', 'LOCC'] }] },
  };

  it('reads the old airport action as the operator\'s own airport measure, not the airspace', () => {
    const result = migrateScenario(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.scenarioJson as typeof v1;
    expect(doc.schemaVersion).toBe(2);
    expect(doc.roles[0]?.authority).toEqual(['airportMeasure', 'shareInformation']);
    expect(doc.injects[0]?.expectedActions[0]?.do).toEqual({ action: 'airportMeasure', level: 'close' });
    expect(doc.injects[0]?.when).toEqual({ all: [{ structureAction: 'airportMeasure:close' }, { structureAction: 'requestAssistance' }] });
  });

  it('turns convening the permanent LOCC into a request for bijstand through it, and drops standing it down', () => {
    const result = migrateScenario(v1);
    if (!result.ok) throw new Error('migration failed');
    const doc = result.scenarioJson as typeof v1;
    expect(doc.injects[0]?.effects).toEqual([
      { kind: 'structure', do: { action: 'airportMeasure', level: 'restrict' } },
      { kind: 'structure', do: { action: 'requestAssistance' } },
    ]);
    expect(doc.scoring.criteria[0]?.teams).toEqual(['ICCb']);
  });
});
