import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRINCIPLE_BASIS, principleBasis } from '../../../src/engine/communication/basis.js';
import { PRINCIPLES } from '../../../src/engine/scenario/vocabulary.js';
import { normaliseQuote, normaliseStrategyText, STRATEGY_FIXTURE } from '../strategy/strategy-text.js';

const withQuote = PRINCIPLES.filter((p) => PRINCIPLE_BASIS[p].strategy !== null);

describe('the basis of each communication principle', () => {
  it('has an entry for every principle, under its own name', () => {
    for (const p of PRINCIPLES) expect(principleBasis(p).principle).toBe(p);
  });

  it('gives every principle a strategy quote or a named public source, in both languages', () => {
    for (const p of PRINCIPLES) {
      const { strategy, domainBasis } = PRINCIPLE_BASIS[p];
      expect(strategy !== null || domainBasis !== null, p).toBe(true);
      if (strategy) expect(strategy.quoteEn.length, p).toBeGreaterThan(0);
      if (domainBasis) expect([domainBasis.nl.length > 0, domainBasis.en.length > 0], p).toEqual([true, true]);
    }
  });

  it('quotes the strategy where it speaks: perpetrator attention, facts, resilience, de-escalation', () => {
    expect(PRINCIPLE_BASIS.perpetratorAttention.strategy?.quote).toContain('zo min mogelijk aandacht');
    expect(PRINCIPLE_BASIS.factual.strategy?.quote).toContain('transparant en herleidbaar feitelijk');
    expect(PRINCIPLE_BASIS.responseResilience.strategy?.quote).toContain('veerkracht');
    expect(PRINCIPLE_BASIS.deEscalation.strategy?.quote).toContain('de-escalerende communicatie');
  });

  it('rests the what/where/until rule on the COT evaluation of Utrecht', () => {
    expect(PRINCIPLE_BASIS.actionPerspective.domainBasis?.nl).toContain('Een stad in stilte');
  });

  it('feeds the criteria of DOMAIN.md §7', () => {
    expect(Object.fromEntries(PRINCIPLES.map((p) => [p, PRINCIPLE_BASIS[p].criterion]))).toEqual({
      timely: 'C01',
      perpetratorAttention: 'C02',
      factual: 'C03',
      responseResilience: 'C04',
      actionPerspective: 'C05',
      oneVoice: 'C09',
      deEscalation: 'C10',
      rumourControl: 'C11',
      victimRespect: 'C12',
      proportionateTone: 'C10',
    });
  });

  it.skipIf(!existsSync(STRATEGY_FIXTURE))('quotes the strategy text verbatim, under a heading that exists', () => {
    const strategy = normaliseStrategyText(readFileSync(STRATEGY_FIXTURE, 'utf8'));
    expect(withQuote.length).toBeGreaterThanOrEqual(7);
    for (const p of withQuote) {
      const basis = PRINCIPLE_BASIS[p].strategy!;
      expect(strategy, p).toContain(normaliseQuote(basis.quote));
      const heading = basis.source.split(' — ').pop()!;
      expect(strategy, `${p}: heading "${heading}"`).toContain(heading);
    }
  });
});
