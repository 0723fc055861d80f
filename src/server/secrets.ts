// The room's secrets: a join code short enough to read off a projector, and tokens long enough that
// guessing one is hopeless. Only a hash of a device's token is kept on disk, so a copied data folder does
// not let anyone act for a device.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O, 1/I/L: a code is read aloud and typed on phones.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** "ABC-DEF": the code as shown, in two halves that are easier to read out. */
export function displayCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

export function newToken(): string {
  return randomBytes(32).toString('hex');
}

export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compare secrets in constant time, so the time of a refusal tells nothing about how close a guess was. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
