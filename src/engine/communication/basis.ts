// Why each communication principle is checked: the strategy's own words where it has them (quoted
// verbatim, so a trainer can find them in the published text), otherwise the public source DOMAIN.md names.
// Same shape as the criteria catalogue (strategy/types.ts), so the debrief shows both the same way.
import type { CriterionId, Principle } from '../scenario/vocabulary.js';
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

// The strategy headings, as the criteria catalogue names them.
const COMMUNICATIE = 'Strategische uitgangspunten — Communicatie';
const GEVOLGBESTRIJDING = 'Voorbereiden — Terrorisme gevolgbestrijding';
const PROPORTIONALITEIT = 'Strategische uitgangspunten — Wettelijke grondslag en proportionaliteit';

const COT_UTRECHT_ADVICE: Bilingual = {
  nl: 'COT-evaluatie van de tramaanslag in Utrecht ("Een stad in stilte", 2019): het advies om binnen te blijven moest zeggen wat, waar en hoe lang.',
  en: 'COT evaluation of the Utrecht tram attack ("Een stad in stilte", 2019): the stay-indoors advice needed to say what, where and for how long.',
};

export const PRINCIPLE_BASIS: Readonly<Record<Principle, PrincipleBasis>> = {
  perpetratorAttention: {
    principle: 'perpetratorAttention',
    criterion: 'C02',
    strategy: {
      quote: 'Na een eventuele aanslag krijgen daders van terrorisme zo min mogelijk aandacht.',
      quoteEn: 'After any attack, perpetrators of terrorism receive as little attention as possible.',
      source: COMMUNICATIE,
    },
    domainBasis: {
      nl: 'Wat als aandacht telt en de uitzondering voor een voortvluchtige verdachte volgen onderzoek naar aandacht voor daders (Lankford & Madfis, "Don\'t Name Them").',
      en: 'What counts as attention, and the exception for a suspect at large, follow research on perpetrator attention (Lankford & Madfis, "Don\'t Name Them").',
    },
  },
  factual: {
    principle: 'factual',
    criterion: 'C03',
    strategy: {
      quote: 'Boodschappen zijn transparant en herleidbaar feitelijk.',
      quoteEn: 'Messages are transparent and traceably factual.',
      source: COMMUNICATIE,
    },
    domainBasis: null,
  },
  timely: {
    principle: 'timely',
    criterion: 'C01',
    strategy: null,
    domainBasis: {
      nl: 'Praktijk van crisiscommunicatie (o.a. CDC CERC: "be first"). Er is geen officiële norm voor de eerste boodschap, daarom stelt het scenario het doel.',
      en: 'Crisis-communication practice (e.g. CDC CERC: "be first"). There is no official norm for the first message, so the scenario sets the target.',
    },
  },
  actionPerspective: {
    principle: 'actionPerspective',
    criterion: 'C05',
    strategy: null,
    domainBasis: COT_UTRECHT_ADVICE,
  },
  deEscalation: {
    principle: 'deEscalation',
    criterion: 'C10',
    strategy: {
      quote:
        'Na een aanslag is het zaak maatschappij-ontwrichtende effecten (zoals onrust, represailles en tegenacties) ' +
        'zoveel mogelijk te beperken. Dit vraagt om slagvaardige crisisbesluitvorming, snelle hulpverlening en effectieve ' +
        'en de-escalerende communicatie.',
      quoteEn:
        'After an attack, the task is to limit society-disrupting effects (such as unrest, reprisals and counter-actions) ' +
        'as far as possible. This calls for decisive crisis decision-making, fast emergency assistance and effective, ' +
        'de-escalating communication.',
      source: GEVOLGBESTRIJDING,
    },
    domainBasis: null,
  },
  responseResilience: {
    principle: 'responseResilience',
    criterion: 'C04',
    strategy: {
      quote:
        'De focus ligt dan op het zichtbaar maken van de inzet van de contraterrorisme partners, evenals dat van tal van ' +
        'maatschappelijke organisaties die bijdragen aan de veerkracht van de Nederlandse samenleving om stand te houden ' +
        'tegen terroristische dreigingen.',
      quoteEn:
        'The focus is then on making visible the efforts of the counter-terrorism partners, as well as those of the many ' +
        'civil-society organisations that contribute to the resilience of Dutch society in standing firm against ' +
        'terrorist threats.',
      source: COMMUNICATIE,
    },
    domainBasis: null,
  },
  oneVoice: {
    principle: 'oneVoice',
    criterion: 'C09',
    strategy: {
      quote:
        'In een opgeschaalde nationale crisisstructuur treden alle betrokken nationale en lokale partijen door de ' +
        'verschillende fasen van de crisis heen in gezamenlijkheid op.',
      quoteEn:
        'In a scaled-up national crisis structure, all national and local parties involved act jointly through the various ' +
        'phases of the crisis.',
      source: GEVOLGBESTRIJDING,
    },
    domainBasis: {
      nl: 'COT-evaluatie van de tramaanslag in Utrecht ("Een stad in stilte", 2019): landelijke en lokale boodschappen moesten beter op elkaar aansluiten in timing en inhoud.',
      en: 'COT evaluation of the Utrecht tram attack ("Een stad in stilte", 2019): national and local messages needed better alignment of timing and content.',
    },
  },
  rumourControl: {
    principle: 'rumourControl',
    criterion: 'C11',
    strategy: {
      quote:
        'Terroristen zetten propaganda en desinformatie in om de democratische rechtsorde te ondermijnen en zo de ' +
        'samenleving te ontwrichten. De inzet van communicatie in reactie hierop is dan ook een belangrijk onderdeel van ' +
        'de aanpak.',
      quoteEn:
        'Terrorists use propaganda and disinformation to undermine the democratic legal order and so to disrupt society. ' +
        'Deploying communication in response is therefore an important part of the approach.',
      source: COMMUNICATIE,
    },
    domainBasis: {
      nl: 'Onderzoek naar geruchten na aanslagen (CREST, "soft facts") en de praktijk van crisiscommunicatie (CDC CERC).',
      en: 'Research on rumours after attacks (CREST, "soft facts") and crisis-communication practice (CDC CERC).',
    },
  },
  victimRespect: {
    principle: 'victimRespect',
    criterion: null,
    strategy: null,
    domainBasis: {
      nl: 'Praktijk van crisiscommunicatie en nazorg: geen identiteit van slachtoffers voordat de families zijn geïnformeerd; getroffenen willen één centraal aanspreekpunt.',
      en: 'Crisis-communication and aftercare practice: no victim identities before the families are informed; those affected want one central point of contact.',
    },
  },
  proportionateTone: {
    principle: 'proportionateTone',
    criterion: null,
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
