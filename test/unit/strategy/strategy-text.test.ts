import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseStrategyText, repoRoot, STRATEGY_FILE_NAME, STRATEGY_FIXTURE } from './strategy-text.js';

const shared = path.resolve(repoRoot, '../shared/strategy', STRATEGY_FILE_NAME);

describe('the strategy text the quotes are checked against', () => {
  it.skipIf(!existsSync(shared))('is an exact copy of the shared strategy file', () => {
    expect(readFileSync(STRATEGY_FIXTURE)).toEqual(readFileSync(shared));
  });

  it('joins syllable breaks without their hyphen', () => {
    expect(normaliseStrategyText('slagvaardigheid op het gebied van crisisbesluit -\nvorming, snelle hulp -\nverlening')).toBe(
      'slagvaardigheid op het gebied van crisisbesluitvorming, snelle hulpverlening',
    );
    expect(normaliseStrategyText('de-escalerende communi- \ncatie.')).toBe('de-escalerende communicatie.');
  });

  it('keeps a real hyphen that falls at the end of a line', () => {
    expect(normaliseStrategyText('adequate hulpverlening. Maatschappij-\nontwrichtende effecten')).toBe(
      'adequate hulpverlening. Maatschappij-ontwrichtende effecten',
    );
  });

  it('leaves a suspended compound ("binnen- of buitenland") alone', () => {
    expect(normaliseStrategyText('aanslagen in binnen- of \nbuitenland')).toBe('aanslagen in binnen- of buitenland');
  });
});
