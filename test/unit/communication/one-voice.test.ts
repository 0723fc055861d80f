// One voice by claims and time (DOMAIN.md §5, criterion C09): the four cases the issue names — an unlisted
// contradiction between the NKC and the mayor, an honest update after a new fact, a message that
// contradicts itself, a national advice that runs ahead of or against the local one — and corrections.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppendList } from '../../../src/engine/session/append-list.js';
import { checkMessage, oneVoice, type CheckInput, type Finding } from '../../../src/engine/communication/checks.js';
import type { OwnWords, PublishedMessage } from '../../../src/engine/communication/message.js';
import { scenarioWith, published } from './scenario.js';

const scenario = scenarioWith({
  blocks: [
    { id: 'one-suspect', kind: 'fact', text: { nl: 'Er is één verdachte.', en: 'There is one suspect.' }, confirmedAt: 10, claims: [{ subject: 'suspects', value: 'one' }] },
    { id: 'second-suspect', kind: 'fact', text: { nl: 'Er is een tweede verdachte.', en: 'There is a second suspect.' }, claims: [{ subject: 'suspects', value: 'more' }] },
    { id: 'no-second', kind: 'fact', text: { nl: 'Er is geen aanwijzing voor een tweede dader.', en: 'There is no indication of a second attacker.' }, confirmedAt: 10, claims: [{ subject: 'suspects', value: 'one' }] },
    { id: 'more-unknown', kind: 'unknown', text: { nl: 'Of er meer daders waren, is nog niet bekend.', en: 'Whether more attackers were involved is not yet known.' }, claims: [{ subject: 'suspects', value: 'unknown' }] },
    { id: 'advice-centrum', kind: 'actionAdvice', text: { nl: 'Mijd het centrum.', en: 'Avoid the centre.' }, what: 'Mijd', where: 'centrum', until: 'tot 12.00 uur' },
  ],
  areas: [{ id: 'stad', name: 'Stad', kind: 'municipality', polygon: [[0, 0], [1000, 0], [1000, 1000], [0, 1000]] }],
  communication: {
    subjects: [{ id: 'suspects', name: { nl: 'Verdachten', en: 'Suspects' }, values: [{ id: 'one', label: 'one' }, { id: 'more', label: 'more' }] }],
    oneVoiceWindowMinutes: 30,
  },
});

function own(claims: OwnWords['claims'], over: Partial<OwnWords> = {}): OwnWords {
  return { lang: 'nl', channel: 'website', audience: 'public', text: 'Tekst.', claims, corrects: false, ...over };
}

function input(message: PublishedMessage, earlier: PublishedMessage[], confirmedSince: [string, number][] = []): CheckInput {
  const since = new Map(confirmedSince);
  return {
    scenario,
    message,
    confirmedFacts: new Set(since.keys()),
    confirmedSince: since,
    notifiedAt: 0,
    earlierMessages: earlier,
    activeRumours: [],
    holds: () => false,
  };
}

const codes = (list: Finding[]) => list.map((f) => `${f.verdict}:${f.code}`);

describe('one voice by claims and time', () => {
  it('catches a contradiction no author listed: the mayor says one suspect, the NKC says more, with no new fact', () => {
    const mayor = { ...published(['one-suspect'], { voice: 'local', minute: 20, id: 'm1' }) };
    const nkc = { ...published([], { voice: 'national', minute: 30, id: 'm2' }), own: own([{ subject: 'suspects', value: 'more' }]) };
    const found = oneVoice(input(nkc, [mayor], [['one-suspect', 10]]));
    expect(codes(found)).toEqual(['breach:contradicts-other-voice']);
    expect(found[0]!.params).toMatchObject({ earlier: 'm1', subject: 'suspects', value: 'more', before: 'one' });
  });

  it('does not flag an honest update after a newly confirmed fact', () => {
    const nkc1 = published(['one-suspect'], { voice: 'national', minute: 20, id: 'm1' });
    const mayor = published(['second-suspect'], { voice: 'local', minute: 40, id: 'm2' });
    // The second suspect was confirmed at T+35, between the two messages.
    const found = oneVoice(input(mayor, [nkc1], [['one-suspect', 10], ['second-suspect', 35]]));
    expect(codes(found)).toEqual(['ok:update-after-fact']);
  });

  it('catches a message that contradicts itself: "no indication of a second attacker" and "not yet known"', () => {
    const message = published(['no-second', 'more-unknown'], { voice: 'local', minute: 20, id: 'm1' });
    const found = oneVoice(input(message, [], [['no-second', 10]]));
    expect(codes(found)).toEqual(['breach:self-contradiction']);
    expect(found[0]!.params).toMatchObject({ subject: 'suspects', values: 'one / unknown' });
  });

  it('catches a national advice that runs ahead of the local advice within the window', () => {
    const nkc = { ...published([], { voice: 'national', minute: 15, id: 'm1' }), own: own([], { advice: { what: 'Blijf binnen', where: ['centrum'], until: { minute: 120 } } }) };
    expect(codes(oneVoice(input(nkc, [])))).toEqual(['breach:timing-ahead-of-local']);
    // After the window, with the local voice still silent, the national voice may speak.
    const later = { ...nkc, minute: 45 };
    expect(codes(oneVoice(input(later, [])))).toEqual([]);
  });

  it('catches a national advice against the local one: another area within the window', () => {
    const mayor = published(['advice-centrum'], { voice: 'local', minute: 20, id: 'm1' });
    const nkc = { ...published([], { voice: 'national', minute: 30, id: 'm2' }), own: own([], { advice: { what: 'Blijf binnen', where: ['stad'], until: { minute: 120 } } }) };
    const found = oneVoice(input(nkc, [mayor]));
    expect(codes(found)).toEqual(['breach:timing-against-local']);
    expect(found[0]!.params).toMatchObject({ where: 'stad', localWhere: 'centrum' });
  });

  it('within one voice: a changed claim without a new fact is a contradiction, unless the message says it corrects itself', () => {
    const first = published(['one-suspect'], { voice: 'local', minute: 20, id: 'm1' });
    const silent = { ...published([], { voice: 'local', minute: 30, id: 'm2' }), own: own([{ subject: 'suspects', value: 'more' }]) };
    expect(codes(oneVoice(input(silent, [first], [['one-suspect', 10]])))).toEqual(['breach:contradicts-own-earlier']);
    const honest = { ...silent, own: own([{ subject: 'suspects', value: 'more' }], { corrects: true }) };
    expect(codes(oneVoice(input(honest, [first], [['one-suspect', 10]])))).toEqual(['ok:corrects-earlier']);
  });

  it('still honours a contradiction pair the author listed, as an extra', () => {
    const listed = scenarioWith({
      blocks: [
        { id: 'a', kind: 'fact', text: 'A.' },
        { id: 'b', kind: 'fact', text: 'B.' },
      ],
      contradictions: [['a', 'b']],
    });
    const m1 = published(['a'], { voice: 'local', minute: 10, id: 'm1' });
    const m2 = published(['b'], { voice: 'national', minute: 20, id: 'm2' });
    const found = checkMessage({ scenario: listed, message: m2, confirmedFacts: new Set(), notifiedAt: 0, earlierMessages: [m1], activeRumours: [], holds: () => false });
    expect(codes(found.filter((f) => f.principle === 'oneVoice'))).toEqual(['breach:contradicts-other-voice']);
  });

  it('finds the same through the engine\'s indexed message list as through a plain array, message after message', () => {
    // The engine hands the checks its AppendList of messages, whose indexes (by voice and subject, by local
    // advice, by block) grow as messages are published; a plain array is read item by item.
    const contradictions: [string, string][] = [['one-suspect', 'second-suspect'], ['no-second', 'more-unknown']];
    const listed = { ...scenario, communication: { ...scenario.communication, contradictions } };
    const blockIds = ['one-suspect', 'second-suspect', 'no-second', 'more-unknown', 'advice-centrum'];
    const plan = fc.array(
      fc.record({
        blocks: fc.subarray(blockIds, { maxLength: 2 }),
        voice: fc.constantFrom('local' as const, 'regional' as const, 'national' as const),
        claim: fc.option(fc.constantFrom('one', 'more', 'unknown'), { nil: undefined }),
        advice: fc.boolean(),
      }),
      { minLength: 1, maxLength: 14 },
    );
    fc.assert(
      fc.property(plan, (messages) => {
        let list = AppendList.empty<PublishedMessage>();
        const array: PublishedMessage[] = [];
        messages.forEach((m, i) => {
          const base = { ...published(m.blocks, { voice: m.voice, minute: 5 * (i + 1), id: `m${i + 1}` }), seq: i + 1 };
          const words = m.claim || m.advice ? own(m.claim ? [{ subject: 'suspects', value: m.claim }] : [], m.advice ? { advice: { what: 'Blijf binnen', where: ['stad'], until: { minute: 120 } } } : {}) : undefined;
          const message: PublishedMessage = words ? { ...base, own: words } : base;
          const withArray = checkMessage({ ...input(message, [...array], [['one-suspect', 10]]), scenario: listed });
          const withList = checkMessage({ ...input(message, [], [['one-suspect', 10]]), scenario: listed, earlierMessages: list });
          expect(withList).toEqual(withArray);
          array.push(message);
          list = list.append(message);
          // A list that already holds the message being checked: one voice does not take it for its own earlier message.
          const oneVoiceOnly = (found: Finding[]) => found.filter((f) => f.principle === 'oneVoice');
          expect(oneVoice({ ...input(message, [], [['one-suspect', 10]]), scenario: listed, earlierMessages: list })).toEqual(oneVoiceOnly(withArray));
        });
      }),
      { numRuns: 60 },
    );
  });
});
