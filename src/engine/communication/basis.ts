// Why each communication principle is checked: the strategy's own words where it has them (quoted
// verbatim, so a trainer can find them in the published text), otherwise the public source DOMAIN.md names.
// Same shape as the criteria catalogue (strategy/types.ts), so the debrief shows both the same way.
import type { CriterionId, Principle } from '../scenario/vocabulary.js';
import { CRITERIA_BY_ID } from '../strategy/criteria.js';
import type { Bilingual, StrategyBasis } from '../strategy/types.js';

export interface PrincipleBasis {
  readonly principle: Principle;
  /** The criterion of DOMAIN.md §7 this principle's findings feed, when there is one. */
  readonly criterion: CriterionId | null;
  /** Verbatim from the Nationale Contraterrorismestrategie 2022-2026; null where the strategy says nothing specific. */
  readonly strategy: StrategyBasis | null;
  /** The public source behind the measurable rule, when it comes from outside the strategy. */
  readonly domainBasis: Bilingual | null;
}

const PROPORTIONALITEIT = 'Strategische uitgangspunten — Wettelijke grondslag en proportionaliteit';

/** A principle that feeds a criterion rests on that criterion's strategy text: one source, not two copies. */
function fromCriterion(principle: Principle, id: CriterionId): PrincipleBasis {
  const c = CRITERIA_BY_ID[id];
  return { principle, criterion: id, strategy: { quote: c.quote, quoteEn: c.quoteEn, source: c.source }, domainBasis: c.domainBasis ?? null };
}

export const PRINCIPLE_BASIS: Readonly<Record<Principle, PrincipleBasis>> = {
  perpetratorAttention: fromCriterion('perpetratorAttention', 'C02'),
  factual: fromCriterion('factual', 'C03'),
  timely: fromCriterion('timely', 'C01'),
  actionPerspective: fromCriterion('actionPerspective', 'C05'),
  deEscalation: fromCriterion('deEscalation', 'C10'),
  responseResilience: fromCriterion('responseResilience', 'C04'),
  oneVoice: fromCriterion('oneVoice', 'C09'),
  rumourControl: fromCriterion('rumourControl', 'C11'),
  victimRespect: {
    principle: 'victimRespect',
    // Scored under aftercare (C12): a breach lowers it one step.
    criterion: 'C12',
    strategy: null,
    domainBasis: {
      nl: 'Praktijk van crisiscommunicatie en nazorg: geen identiteit van slachtoffers voordat de families zijn geïnformeerd; getroffenen willen één centraal aanspreekpunt.',
      en: 'Crisis-communication and aftercare practice: no victim identities before the families are informed; those affected want one central point of contact.',
    },
  },
  proportionateTone: {
    principle: 'proportionateTone',
    // Scored under unrest and reprisals (C10), with stigmatising wording: both stir unrest up.
    criterion: 'C10',
    strategy: {
      quote: 'Maatregelen moeten dreigingsgericht zijn, proportioneel, met een stevige wettelijke grondslag.',
      quoteEn: 'Measures must be threat-based, proportionate, and have a firm legal basis.',
      source: PROPORTIONALITEIT,
    },
    domainBasis: {
      nl: 'Een publieksboodschap is ook een maatregel: een overreactie die angst aanwakkert, vergroot de maatschappelijke impact die de strategie wil beperken.',
      en: 'A public message is a measure too: an over-reaction that amplifies fear increases the societal impact the strategy aims to limit.',
    },
  },
};

export function principleBasis(principle: Principle): PrincipleBasis {
  return PRINCIPLE_BASIS[principle];
}
