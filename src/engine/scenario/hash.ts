// The scenario's fingerprint: a session bundle records it, and replaying against a different scenario is
// refused. Canonical JSON (sorted keys) makes the hash independent of key order and whitespace.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import stringify from 'safe-stable-stringify';
import type { Scenario } from './schema.js';

/** SHA-256, lower-case hex, of the scenario's canonical JSON. */
export function scenarioHash(scenario: Scenario): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(scenario))));
}

export function canonicalJson(value: unknown): string {
  return stringify(value) ?? 'null';
}
