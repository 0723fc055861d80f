// Reads the strategy text the catalogue quotes, repairing what PDF extraction did to it, so a quote can be
// checked against the published wording.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A copy of the strategy kept in the repo, so the check runs where the shared folder is absent (CI). */
export const STRATEGY_FIXTURE = fileURLToPath(new URL('../../fixtures/strategy/strategy-nctv-2022-2026.txt', import.meta.url));
export const STRATEGY_FILE_NAME = '000_a171b61eab7447e2.txt';

/**
 * Line-break hyphenation in the extracted text comes in two kinds: a syllable break with a space beside the
 * hyphen ("crisisbesluit -⏎vorming", "communi- ⏎catie") is joined without the hyphen; a bare hyphen at
 * the line end is a real one ("Maatschappij-⏎ontwrichtende", "re-⏎integratie") and stays.
 */
export function normaliseStrategyText(text: string): string {
  return text
    .replace(/(\p{L}) +- *\r?\n\s*(\p{L})/gu, '$1$2')
    .replace(/(\p{L})- +\r?\n\s*(\p{L})/gu, '$1$2')
    .replace(/(\p{L})-\r?\n\s*(\p{L})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export function normaliseQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}

export function readStrategy(): string {
  return normaliseStrategyText(readFileSync(STRATEGY_FIXTURE, 'utf8'));
}
