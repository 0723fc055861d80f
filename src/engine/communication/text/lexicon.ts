// The product's own word lists for the text checks, Dutch and English. A scenario adds its own terms
// (communication.terms, perpetrators[].references). Kept short and specific on purpose: every entry must be
// a word a communication adviser would agree is a warning sign in an official message after an attack, so a
// hit is worth explaining. The detector precision set (test/fixtures/message-sentences.json) measures them.
import type { Language } from '../../scenario/vocabulary.js';

type Lists = Readonly<Record<Language, readonly string[]>>;

/** Words that assert or guess a motive or a state of mind (DOMAIN.md §5: no speculation on motive). */
export const MOTIVE_TERMS: Lists = {
  nl: [
    'terroristisch motief',
    'terroristische daad',
    'terroristische aanslag',
    'terreurdaad',
    'jihad*',
    'extremist*',
    'extremistisch*',
    'radicalis*',
    'geradicaliseerd*',
    'ideologisch*',
    'religieus gemotiveerd*',
    'politiek gemotiveerd*',
    'uit wraak',
    'wraakactie*',
    'verward*',
    'psychisch*',
    'haatmisdrijf',
    'islamistisch*',
    'rechts-extremist*',
    'rechtsextremist*',
  ],
  en: [
    'terrorist motive',
    'terrorist act',
    'terrorist attack',
    'act of terror',
    'jihad*',
    'extremist*',
    'radicalis*',
    'radicaliz*',
    'ideologically',
    'ideological',
    'religiously motivated',
    'politically motivated',
    'revenge',
    'confused man',
    'mentally ill',
    'mental illness',
    'hate crime',
    'islamist*',
    'far-right',
  ],
};

/**
 * Words that say a motive is not known or is being investigated: a motive word in the same sentence as one of
 * these is the honest "we do not know yet", not speculation ("Of het een terroristische daad is, is nog niet bekend").
 */
export const UNKNOWN_MARKERS: Lists = {
  nl: ['niet bekend', 'onbekend', 'nog niet', 'geen aanwijzing*', 'onderzoek*', 'weten we niet', 'is niet duidelijk', 'nog onduidelijk', 'niet bevestigd'],
  en: ['not known', 'unknown', 'not yet', 'no indication*', 'investigat*', 'do not know', "don't know", 'not clear', 'unclear', 'not confirmed'],
};

/** Words that link a group to the attack or generalise about it (DOMAIN.md §5: de-escalation). */
export const STIGMA_TERMS: Lists = {
  nl: [
    'allochto*',
    'buitenlanders',
    'gelukzoeker*',
    'asielzoeker*',
    'moslimterrorist*',
    'moslimextremist*',
    'dat soort mensen',
    'die mensen',
    'zulke mensen',
    'die groep',
    'hun soort',
    'uit die hoek',
    'islamitische dader*',
    'buitenlandse dader*',
    'Marokkaanse dader*',
  ],
  en: [
    'illegal immigrants',
    'illegals',
    'foreigners',
    'asylum seekers',
    'muslim terrorist*',
    'muslim extremist*',
    'those people',
    'these people',
    'that kind of people',
    'their kind',
    'islamic attacker*',
    'foreign attacker*',
    'moroccan attacker*',
  ],
};

/** References to a perpetrator's photo or video and his manifesto, whoever he is. */
export const PHOTO_TERMS: Lists = {
  nl: ['foto van de dader', 'foto van de verdachte', 'foto van de aanslagpleger', 'beelden van de dader', 'video van de dader', 'opsporingsfoto', 'selfie van de dader', 'profielfoto van de dader'],
  en: ['photo of the attacker', 'photo of the suspect', 'photo of the perpetrator', 'picture of the attacker', 'picture of the suspect', 'footage of the attacker', 'video of the attacker', "attacker's photo", "suspect's photo"],
};

export const MANIFESTO_TERMS: Lists = {
  nl: ['manifest*', 'pamflet van de dader', 'verklaring van de dader', 'boodschap van de dader', 'afscheidsbrief'],
  en: ['manifesto*', "attacker's statement", "attacker's message", "perpetrator's statement", 'farewell letter'],
};

/** Number words up to twenty; Dutch "een" is the article, so only "één" (folded "een" with an accent in the original) counts. */
export const NUMBER_WORDS: Readonly<Record<Language, Readonly<Record<string, number>>>> = {
  nl: {
    twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
    dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
  },
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  },
};
