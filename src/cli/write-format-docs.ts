// Writes docs/scenario-format.md from the schema, the examples and the hand-written template:
// `npm run docs:format`. With --check it writes nothing and fails when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderFormatDoc } from '../engine/scenario/format-doc.js';

export const FORMAT_DOC_PATH = fileURLToPath(new URL('../../docs/scenario-format.md', import.meta.url));
export const FORMAT_TEMPLATE_PATH = fileURLToPath(new URL('../../docs/templates/scenario-format.intro.md', import.meta.url));

export function renderFormatDocFromTemplate(): string {
  return renderFormatDoc(readFileSync(FORMAT_TEMPLATE_PATH, 'utf8'));
}

function main(args: readonly string[]): number {
  const doc = renderFormatDocFromTemplate();
  if (args.includes('--check')) {
    const current = readFileSync(FORMAT_DOC_PATH, 'utf8');
    if (current === doc) return 0;
    process.stderr.write(`${FORMAT_DOC_PATH} is out of date: run \`npm run docs:format\`.\n`);
    return 1;
  }
  writeFileSync(FORMAT_DOC_PATH, doc, 'utf8');
  process.stdout.write(`${FORMAT_DOC_PATH}\n`);
  return 0;
}

// Only when run as a script: the test imports renderFormatDocFromTemplate without writing anything.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
