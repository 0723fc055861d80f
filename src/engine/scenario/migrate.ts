// Old scenario files keep working: each migration lifts a scenarioJson one format version up, and the loader
// applies them in order before validating. The steps live in ./migrations (one file per version step).
import type { Finding } from './finding.js';
import { isRecord } from './paths.js';
import { SCHEMA_VERSION } from './schema.js';
import { MIGRATIONS } from './migrations/index.js';

export type ScenarioDocument = Record<string, unknown>;

/** Migrations keyed by the version they read; each returns the scenarioJson in the next version. */
export type Migrations = Readonly<Record<number, (scenarioJson: ScenarioDocument) => ScenarioDocument>>;

export { MIGRATIONS };

export type MigrationResult = { readonly ok: true; readonly scenarioJson: unknown } | { readonly ok: false; readonly finding: Finding };

/**
 * Brings a parsed scenario up to the current format version. Anything that is not a versioned object is
 * passed through untouched: the schema then says what is wrong with it.
 */
export function migrateScenario(scenarioJson: unknown, migrations: Migrations = MIGRATIONS, current: number = SCHEMA_VERSION): MigrationResult {
  if (!isRecord(scenarioJson) || typeof scenarioJson['schemaVersion'] !== 'number') return { ok: true, scenarioJson };
  const found = scenarioJson['schemaVersion'];
  if (found > current) {
    return {
      ok: false,
      finding: {
        code: 'newer-version',
        path: ['schemaVersion'],
        message: `This scenario was made for a newer Crisistafel (scenario format ${found}); this version reads format ${current} and older.`,
        hint: 'Update Crisistafel, or ask the author for a copy saved in the older format.',
      },
    };
  }
  let migrated: ScenarioDocument = scenarioJson;
  for (let version = found; version < current; version++) {
    const step = Number.isInteger(version) ? migrations[version] : undefined;
    if (!step) {
      return {
        ok: false,
        finding: {
          code: 'unknown-version',
          path: ['schemaVersion'],
          message: `Scenario format ${found} is not one Crisistafel knows; the current format is ${current}.`,
          hint: `Set "schemaVersion": ${current} and check the file against the current format.`,
        },
      };
    }
    migrated = { ...step(migrated), schemaVersion: version + 1 };
  }
  return { ok: true, scenarioJson: migrated };
}

/**
 * The format version a scenario text says it was written in (its "schemaVersion"), before any migration; null
 * when the text is not a JSON object with one. The linter reads it to tell an author of an older file what the
 * migration could not supply (format 1 had no warrants).
 */
export function writtenFormatVersion(text: string): number | null {
  try {
    const data: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return isRecord(data) && typeof data['schemaVersion'] === 'number' ? data['schemaVersion'] : null;
  } catch {
    return null;
  }
}
