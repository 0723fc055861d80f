import { describe, expect, it } from 'vitest';
import {
  checkMessage,
  FINDING_CODES,
  PRINCIPLE_CHECKS,
  TRAP_PRINCIPLE,
  type CheckInput,
  type Finding,
} from '../../../src/engine/communication/checks.js';
import type { PublishedMessage } from '../../../src/engine/communication/message.js';
import type { Condition } from '../../../src/engine/scenario/schema.js';
import { PRINCIPLES, TRAP_KINDS } from '../../../src/engine/scenario/vocabulary.js';
import { LANGUAGES, tDynamic } from '../../../src/i18n/index.js';
import { published, scenarioWith, type BlockInput } from './scenario.js';

const policeAsked: Condition = { decided: 'opsporingsbericht', option: 'naam-noemen' };

const blocks: BlockInput[] = [
  { id: 'feit-schoten', kind: 'fact', text: 'Op het station zijn schoten gelost.' },
  { id: 'feit-gewonden', kind: 'fact', text: 'Er zijn drie gewonden.', confirmedAt: 30 },
  { id: 'onbekend-motief', kind: 'unknown', text: 'Het motief is nog onbekend.' },
  { id: 'dader-naam', kind: 'trap', trap: 'perpetratorName', text: 'De dader heet J. de V.', allowedWhen: policeAsked },
  { id: 'dader-foto', kind: 'trap', trap: 'perpetratorPhoto', text: 'Zie de foto van de dader.' },
  { id: 'manifest', kind: 'trap', trap: 'manifesto', text: 'De dader schreef: …' },
  { id: 'heldendaad', kind: 'trap', trap: 'glorifying', text: 'Een ongekend geplande actie.' },
  { id: 'motief', kind: 'trap', trap: 'motiveSpeculation', text: 'Het lijkt een wraakactie.' },
  { id: 'tweede-dader', kind: 'trap', trap: 'unconfirmedClaim', text: 'Er is een tweede dader.' },
  { id: 'groep', kind: 'trap', trap: 'stigmatising', text: 'Mensen uit die wijk zijn verdacht.' },
  { id: 'slachtoffer-naam', kind: 'trap', trap: 'victimIdentity', text: 'Een van de doden is M. K.' },
  { id: 'paniek', kind: 'trap', trap: 'fearAmplifying', text: 'Niemand is nog veilig.' },
  {
    id: 'advies-volledig',
    kind: 'actionAdvice',
    text: 'Blijf in het centrum binnen tot 14.00 uur.',
    what: 'Binnen blijven',
    where: 'centrum',
    until: '14.00 uur',
  },
  { id: 'advies-zonder-eind', kind: 'actionAdvice', text: 'Blijf in het centrum binnen.', what: 'Binnen blijven', where: 'centrum' },
  { id: 'advies-vaag', kind: 'actionAdvice', text: 'Wees voorzichtig.' },
  { id: 'kalmte', kind: 'calm', text: 'Blijf kalm en help elkaar.' },
  { id: 'hulpdiensten', kind: 'responders', text: 'Politie en ambulance zijn ter plaatse.' },
  { id: 'samen', kind: 'resilience', text: 'Havenstad staat samen.' },
  {
    id: 'feit-opvang',
    kind: 'fact',
    text: 'Het Rode Kruis vangt reizigers op.',
    confirmedAt: 0,
    principles: [{ principle: 'responseResilience', effect: 'serves' }],
  },
  { id: 'lokaal-veilig', kind: 'fact', text: 'Er is geen gevaar meer.', confirmedAt: 0, voices: ['local', 'regional'] },
  { id: 'landelijk-gevaar', kind: 'fact', text: 'Het gevaar is niet geweken.', confirmedAt: 0, voices: ['national'] },
  { id: 'feit-geen-tweede', kind: 'fact', text: 'Er is geen tweede aanslag.' },
  { id: 'weerlegging-moskee', kind: 'rebuttal', text: 'De moskee is niet betrokken.', rebuts: ['gerucht-moskee'] },
  {
    id: 'harde-taal',
    kind: 'fact',
    text: 'We pakken ze allemaal aan.',
    confirmedAt: 0,
    principles: [{ principle: 'deEscalation', effect: 'breaks' }],
  },
  {
    id: 'oproep-getuigen',
    kind: 'fact',
    text: 'De politie zoekt getuigen met beelden.',
    confirmedAt: 0,
    principles: [{ principle: 'perpetratorAttention', effect: 'breaks' }],
    allowedWhen: policeAsked,
  },
  {
    id: 'steun-nabestaanden',
    kind: 'fact',
    text: 'Familieleden worden persoonlijk geïnformeerd.',
    confirmedAt: 0,
    principles: [{ principle: 'victimRespect', effect: 'serves' }],
  },
];

const scenario = scenarioWith({
  blocks,
  contradictions: [['lokaal-veilig', 'landelijk-gevaar']],
  rumours: [
    { id: 'gerucht-tweede', text: 'Er is een tweede aanslag.', reach: 'rumour-reach', spreadPerRound: 5, rebuttedBy: ['feit-geen-tweede'] },
    { id: 'gerucht-moskee', text: 'De moskee zit erachter.', reach: 'rumour-reach', spreadPerRound: 5, rebuttedBy: ['feit-opvang'] },
  ],
  firstMessageTargetMinutes: 30,
});

interface Situation {
  readonly confirmed?: string[];
  readonly notifiedAt?: number | null;
  readonly earlier?: PublishedMessage[];
  readonly rumours?: string[];
  readonly holds?: (c: Condition) => boolean;
}

function inputFor(message: PublishedMessage, s: Situation = {}): CheckInput {
  return {
    scenario,
    message,
    confirmedFacts: new Set(s.confirmed ?? []),
    notifiedAt: s.notifiedAt === undefined ? 0 : s.notifiedAt,
    // A non-empty history by default, so the timeliness finding only appears where a test asks for it.
    earlierMessages: s.earlier ?? [published(['kalmte'], { minute: 1 })],
    activeRumours: s.rumours ?? [],
    holds: s.holds ?? (() => false),
  };
}

function findings(blockIds: string[], s: Situation = {}, over: Parameters<typeof published>[1] = {}): Finding[] {
  return checkMessage(inputFor(published(blockIds, over), s));
}

function of(list: Finding[], principle: Finding['principle']): Finding[] {
  return list.filter((f) => f.principle === principle);
}

describe('minimal attention for perpetrators', () => {
  it("flags the perpetrator's name in an official message", () => {
    expect(of(findings(['dader-naam']), 'perpetratorAttention')).toEqual([
      { principle: 'perpetratorAttention', verdict: 'breach', code: 'perpetrator-name', params: { block: 'dader-naam' }, blocks: ['dader-naam'] },
    ]);
  });

  it('allows naming a suspect at large when the police asked for it', () => {
    const asked = (c: Condition) => JSON.stringify(c) === JSON.stringify(policeAsked);
    expect(of(findings(['dader-naam'], { holds: asked }), 'perpetratorAttention')).toEqual([
      {
        principle: 'perpetratorAttention',
        verdict: 'ok',
        code: 'allowed-by-condition',
        params: { block: 'dader-naam', trap: 'perpetratorName' },
        blocks: ['dader-naam'],
      },
    ]);
  });

  it('flags a photo, a manifesto and glorifying detail, each as its own breach', () => {
    const codes = of(findings(['dader-foto', 'manifest', 'heldendaad']), 'perpetratorAttention').map((f) => [f.verdict, f.code]);
    expect(codes).toEqual([
      ['breach', 'perpetrator-photo'],
      ['breach', 'perpetrator-manifesto'],
      ['breach', 'perpetrator-glorifying'],
    ]);
  });

  it('honours an author\'s "breaks" tag, and its allowedWhen', () => {
    expect(of(findings(['oproep-getuigen']), 'perpetratorAttention').map((f) => [f.verdict, f.code])).toEqual([['breach', 'tag-breaks']]);
    expect(
      of(findings(['oproep-getuigen'], { holds: () => true }), 'perpetratorAttention').map((f) => [f.verdict, f.code]),
    ).toEqual([['ok', 'allowed-by-condition']]);
  });
});

describe('transparent and traceable facts', () => {
  it('flags a fact that is not yet confirmed when the message goes out', () => {
    expect(of(findings(['feit-schoten']), 'factual')).toEqual([
      { principle: 'factual', verdict: 'breach', code: 'unconfirmed-fact', params: { block: 'feit-schoten' }, blocks: ['feit-schoten'] },
    ]);
  });

  it('counts a fact the engine confirmed as traceable', () => {
    expect(of(findings(['feit-schoten'], { confirmed: ['feit-schoten'] }), 'factual')).toEqual([
      { principle: 'factual', verdict: 'ok', code: 'facts-confirmed', params: { count: 1 }, blocks: ['feit-schoten'] },
    ]);
  });

  it('counts a fact as confirmed from its own confirmedAt minute, not before', () => {
    expect(of(findings(['feit-gewonden'], {}, { minute: 29 }), 'factual').map((f) => f.code)).toEqual(['unconfirmed-fact']);
    expect(of(findings(['feit-gewonden'], {}, { minute: 30 }), 'factual').map((f) => f.code)).toEqual(['facts-confirmed']);
  });

  it('credits saying honestly what is not yet known', () => {
    expect(of(findings(['onbekend-motief']), 'factual')).toEqual([
      { principle: 'factual', verdict: 'ok', code: 'unknown-said', params: { count: 1 }, blocks: ['onbekend-motief'] },
    ]);
  });

  it('flags speculation about the motive and an unconfirmed claim', () => {
    expect(of(findings(['motief', 'tweede-dader']), 'factual').map((f) => [f.verdict, f.code, f.blocks])).toEqual([
      ['breach', 'motive-speculation', ['motief']],
      ['breach', 'unconfirmed-claim', ['tweede-dader']],
    ]);
  });
});

describe('timeliness of the first message', () => {
  const first = (minute: number, notifiedAt: number | null = 10) => of(findings(['kalmte'], { earlier: [], notifiedAt }, { minute }), 'timely');

  it('is on time within the scenario target', () => {
    expect(first(40)).toEqual([
      { principle: 'timely', verdict: 'ok', code: 'first-message-on-time', params: { minutes: 30, target: 30 }, blocks: [] },
    ]);
  });

  it('is partly on time within twice the target', () => {
    expect(first(41).map((f) => [f.verdict, f.code, f.params])).toEqual([['partly', 'first-message-late', { minutes: 31, target: 30 }]]);
    expect(first(70).map((f) => f.verdict)).toEqual(['partly']);
  });

  it('is a breach beyond twice the target', () => {
    expect(first(71).map((f) => [f.verdict, f.code, f.params])).toEqual([['breach', 'first-message-too-late', { minutes: 61, target: 30 }]]);
  });

  it('times only the first message', () => {
    expect(of(findings(['kalmte'], {}, { minute: 500 }), 'timely')).toEqual([]);
  });

  it('says nothing about timing before any notification', () => {
    expect(first(40, null)).toEqual([]);
  });
});

describe('action perspective', () => {
  it('accepts an advice that says what, where and until when', () => {
    expect(of(findings(['advies-volledig']), 'actionPerspective').map((f) => [f.verdict, f.code])).toEqual([['ok', 'advice-complete']]);
  });

  it('flags a stay-indoors advice without until-when', () => {
    expect(of(findings(['advies-zonder-eind']), 'actionPerspective')).toEqual([
      {
        principle: 'actionPerspective',
        verdict: 'breach',
        code: 'advice-missing-until',
        params: { block: 'advies-zonder-eind', missing: 'until' },
        blocks: ['advies-zonder-eind'],
      },
    ]);
  });

  it('lists every missing part of a vague advice', () => {
    expect(of(findings(['advies-vaag']), 'actionPerspective').map((f) => [f.code, f.params.missing])).toEqual([
      ['advice-missing-what-where-until', 'what, where, until'],
    ]);
  });
});

describe('de-escalation', () => {
  it('flags language that stigmatises a group', () => {
    expect(of(findings(['groep']), 'deEscalation').map((f) => [f.verdict, f.code])).toEqual([['breach', 'stigmatising']]);
  });

  it('credits a call for calm', () => {
    expect(of(findings(['kalmte']), 'deEscalation').map((f) => [f.verdict, f.code, f.blocks])).toEqual([['ok', 'calls-for-calm', ['kalmte']]]);
  });

  it("honours an author's tag that a block breaks de-escalation", () => {
    expect(of(findings(['harde-taal']), 'deEscalation').map((f) => [f.verdict, f.code])).toEqual([['breach', 'tag-breaks']]);
  });
});

describe('response and resilience made visible', () => {
  it('credits a message that shows the responders and society standing together', () => {
    expect(of(findings(['hulpdiensten', 'samen']), 'responseResilience')).toEqual([
      { principle: 'responseResilience', verdict: 'ok', code: 'response-resilience-shown', params: {}, blocks: ['hulpdiensten', 'samen'] },
    ]);
  });

  it('counts a block the author tagged as serving it, once', () => {
    expect(of(findings(['feit-opvang']), 'responseResilience').map((f) => [f.verdict, f.code, f.blocks])).toEqual([
      ['ok', 'response-resilience-shown', ['feit-opvang']],
    ]);
  });

  it('marks a message without it as partly: not every message must, scoring aggregates', () => {
    expect(of(findings(['onbekend-motief']), 'responseResilience').map((f) => [f.verdict, f.code])).toEqual([
      ['partly', 'response-resilience-missing'],
    ]);
  });
});

describe('one voice', () => {
  it('flags a national message that contradicts an earlier local one', () => {
    const local = published(['lokaal-veilig'], { voice: 'local', id: 'm-lokaal' });
    const result = of(findings(['landelijk-gevaar'], { earlier: [local] }, { voice: 'national', id: 'm-nkc' }), 'oneVoice');
    expect(result).toEqual([
      {
        principle: 'oneVoice',
        verdict: 'breach',
        code: 'contradicts-other-voice',
        params: { message: 'm-nkc', earlier: 'm-lokaal', voice: 'national', earlierVoice: 'local' },
        blocks: ['landelijk-gevaar', 'lokaal-veilig'],
      },
    ]);
  });

  it('reads the contradiction pair in either order', () => {
    const national = published(['landelijk-gevaar'], { voice: 'national', id: 'm-nkc' });
    const result = of(findings(['lokaal-veilig'], { earlier: [national] }, { voice: 'local', id: 'm-lokaal' }), 'oneVoice');
    expect(result.map((f) => [f.verdict, f.params.earlier, f.params.message])).toEqual([['breach', 'm-nkc', 'm-lokaal']]);
  });

  it('treats contradicting an earlier message of the same voice as a correction, partly', () => {
    const earlier = published(['lokaal-veilig'], { voice: 'regional', id: 'm-1' });
    const result = of(findings(['landelijk-gevaar'], { earlier: [earlier] }, { voice: 'regional', id: 'm-2' }), 'oneVoice');
    expect(result.map((f) => [f.verdict, f.code])).toEqual([['partly', 'corrects-earlier']]);
  });

  it('says nothing when messages do not contradict', () => {
    const local = published(['feit-opvang'], { voice: 'local' });
    expect(of(findings(['landelijk-gevaar'], { earlier: [local] }, { voice: 'national' }), 'oneVoice')).toEqual([]);
  });
});

describe('rumour control', () => {
  it('counts a rumour as rebutted by a fact block that rebuts it', () => {
    expect(of(findings(['feit-geen-tweede'], { rumours: ['gerucht-tweede'], confirmed: ['feit-geen-tweede'] }), 'rumourControl')).toEqual([
      { principle: 'rumourControl', verdict: 'ok', code: 'rumour-rebutted', params: { rumour: 'gerucht-tweede' }, blocks: ['feit-geen-tweede'] },
    ]);
  });

  it("counts a block's own rebuts list too", () => {
    expect(of(findings(['weerlegging-moskee'], { rumours: ['gerucht-moskee'] }), 'rumourControl').map((f) => [f.code, f.params.rumour])).toEqual([
      ['rumour-rebutted', 'gerucht-moskee'],
    ]);
  });

  it('only partly counts a rebuttal resting on a fact not yet confirmed', () => {
    expect(of(findings(['feit-geen-tweede'], { rumours: ['gerucht-tweede'] }), 'rumourControl').map((f) => [f.verdict, f.code])).toEqual([
      ['partly', 'rumour-rebutted-unconfirmed'],
    ]);
  });

  it('says nothing about a rumour that is not spreading', () => {
    expect(of(findings(['feit-geen-tweede'], { rumours: [], confirmed: ['feit-geen-tweede'] }), 'rumourControl')).toEqual([]);
  });
});

describe('respect for victims and proportionate tone', () => {
  it("flags a victim's identity", () => {
    expect(of(findings(['slachtoffer-naam']), 'victimRespect').map((f) => [f.verdict, f.code])).toEqual([['breach', 'victim-identity']]);
  });

  it("credits a block the author tagged as serving victims' families", () => {
    expect(of(findings(['steun-nabestaanden']), 'victimRespect').map((f) => [f.verdict, f.code])).toEqual([['ok', 'tag-serves']]);
  });

  it('flags wording that amplifies fear', () => {
    expect(of(findings(['paniek']), 'proportionateTone').map((f) => [f.verdict, f.code])).toEqual([['breach', 'fear-amplifying']]);
  });
});

describe('checkMessage as a whole', () => {
  it('emits only findings that say something', () => {
    const result = findings(['feit-opvang'], { confirmed: [] });
    expect(result.map((f) => [f.principle, f.code])).toEqual([
      ['factual', 'facts-confirmed'],
      ['responseResilience', 'response-resilience-shown'],
    ]);
  });

  it('judges a sound first message as sound on every principle it touches', () => {
    const result = findings(['feit-schoten', 'onbekend-motief', 'advies-volledig', 'hulpdiensten', 'kalmte'], {
      confirmed: ['feit-schoten'],
      earlier: [],
      notifiedAt: 5,
    }, { minute: 20 });
    expect(result.every((f) => f.verdict === 'ok')).toBe(true);
    expect(result.map((f) => f.principle)).toEqual(['factual', 'factual', 'timely', 'actionPerspective', 'deEscalation', 'responseResilience']);
  });

  it('lists findings in the order of the principles', () => {
    const result = findings(['paniek', 'slachtoffer-naam', 'groep', 'motief', 'dader-naam']);
    const order = result.map((f) => PRINCIPLES.indexOf(f.principle));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('only ever emits codes of the catalogue', () => {
    const every = findings(
      blocks.map((b) => b.id),
      { rumours: ['gerucht-tweede', 'gerucht-moskee'], earlier: [published(['lokaal-veilig'], { voice: 'national' })], notifiedAt: 0 },
    );
    expect(every.length).toBeGreaterThan(10);
    for (const f of every) expect(FINDING_CODES).toContain(f.code);
  });

  it('maps every trap kind to a principle whose check flags it', () => {
    for (const trap of TRAP_KINDS) {
      const block = blocks.find((b) => b.trap === trap);
      expect(block, trap).toBeDefined();
      const principle = TRAP_PRINCIPLE[trap];
      const result = PRINCIPLE_CHECKS[principle](inputFor(published([block!.id])));
      expect(result.some((f) => f.verdict === 'breach' && f.blocks.includes(block!.id)), trap).toBe(true);
    }
  });

  it('skips block ids the scenario does not know instead of failing', () => {
    expect(() => findings(['verdwenen-blok'])).not.toThrow();
  });
});

describe('findings as the debrief reads them', () => {
  it('fill every placeholder of their text from their params, in both languages', () => {
    const every = findings(
      blocks.map((b) => b.id),
      { rumours: ['gerucht-tweede', 'gerucht-moskee'], earlier: [], notifiedAt: 0 },
      { minute: 45 },
    );
    const withEarlier = findings(['landelijk-gevaar'], { earlier: [published(['lokaal-veilig'])] }, { voice: 'national' });
    for (const f of [...every, ...withEarlier]) {
      for (const lang of LANGUAGES) {
        const text = tDynamic(lang, `finding.${f.code}`, f.params);
        expect(text, `${lang} ${f.code}`).not.toMatch(/\{\w+\}/);
        expect(text, `${lang} ${f.code}`).not.toBe(`finding.${f.code}`);
      }
    }
  });
});
