// Writes docs/criteria.md from the strategy catalogue: `npx tsx src/cli/write-criteria-docs.ts`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCriteriaDocs } from './criteria-docs.js';

const target = fileURLToPath(new URL('../../docs/criteria.md', import.meta.url));
writeFileSync(target, renderCriteriaDocs(), 'utf8');
process.stdout.write(`${target}\n`);
