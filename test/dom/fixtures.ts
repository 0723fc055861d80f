// Small scenario files the UI tests open or list, read from test/fixtures/ui.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Vitest runs from the repository root; jsdom's URL cannot turn import.meta.url into a path.
const dir = resolve(process.cwd(), 'test/fixtures/ui') + '/';

export function fixtureText(name: string): string {
  return readFileSync(`${dir}${name}`, 'utf8');
}

export function fixtureFile(name: string): File {
  return new File([fixtureText(name)], name, { type: 'application/json' });
}
