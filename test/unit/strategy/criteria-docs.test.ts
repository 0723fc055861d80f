import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCriteriaDocs } from '../../../src/cli/criteria-docs.js';
import { CRITERION_CATALOGUE } from '../../../src/engine/strategy/index.js';

const checkedIn = new URL('../../../docs/criteria.md', import.meta.url);

describe('docs/criteria.md', () => {
  it('is what the catalogue generates (run `npx tsx src/cli/write-criteria-docs.ts` after changing it)', () => {
    expect(readFileSync(checkedIn, 'utf8')).toBe(renderCriteriaDocs());
  });

  it('has a table row and a section for every criterion, with its strategy quote', () => {
    const text = renderCriteriaDocs();
    for (const c of CRITERION_CATALOGUE) {
      expect(text).toContain(`| ${c.id} | ${c.objective}`);
      expect(text).toContain(`### ${c.id} ${c.title.en}`);
      expect(text).toContain(`> ${c.quote}`);
    }
  });
});
