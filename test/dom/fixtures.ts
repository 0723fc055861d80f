// Small scenario files the UI tests open or list, read from test/fixtures/ui.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/ui/', import.meta.url));

export function fixtureText(name: string): string {
  return readFileSync(`${dir}${name}`, 'utf8');
}

export function fixtureFile(name: string): File {
  return new File([fixtureText(name)], name, { type: 'application/json' });
}
