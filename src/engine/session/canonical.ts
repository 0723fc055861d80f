// Canonical JSON (stable key order): byte-identical comparisons of states and the scenario hash.
import { stringify } from 'safe-stable-stringify';

export function canonicalJson(value: unknown): string {
  return stringify(value) ?? 'null';
}
