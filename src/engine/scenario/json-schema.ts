// The JSON Schema editors use for autocompletion and hover help, generated from the Zod schema so the two
// cannot drift. `npm run schema` writes it to scenarios/scenario.schema.json; a test fails when it is stale.
import { z } from 'zod';
import { ScenarioSchema, SCHEMA_VERSION } from './schema.js';

export const SCHEMA_ID = `urn:crisistafel:scenario:${SCHEMA_VERSION}`;

/** Input-side schema: keys with defaults are optional, as authors may leave them out. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(ScenarioSchema, { io: 'input' }) as Record<string, unknown>;
  return { $schema, $id: SCHEMA_ID, title: `Crisistafel scenario (format ${SCHEMA_VERSION})`, ...rest };
}

/** The exact file contents: two-space indentation and a trailing newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
