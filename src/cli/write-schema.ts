// `npm run schema`: regenerates scenarios/scenario.schema.json from the Zod schema. Run it after every
// change to src/engine/scenario/schema.ts; a unit test fails while the checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../engine/scenario/json-schema.js';
import { t } from '../i18n/index.js';

const target = new URL('../../scenarios/scenario.schema.json', import.meta.url);

try {
  writeFileSync(target, scenarioJsonSchemaText());
  process.stdout.write(`${t('en', 'loader.schemaWritten', { file: 'scenarios/scenario.schema.json' })}\n`);
} catch (error) {
  process.stdout.write(`${t('en', 'loader.cannotRead', { file: fileURLToPath(target), reason: String(error) })}\n`);
  process.exitCode = 1;
}
