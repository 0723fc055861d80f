// Two engine rules for messages in own words (issue 16): an NL-Alert in own words needs the same power as
// one built from blocks (the powers table, national vs regional, at the GRIP level of the moment), and a
// claim counts as confirmed only by a fact its writer knew at that moment (the knowledge model).
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command, type ExerciseState } from '../../../src/engine/index.js';
import type { Scenario } from '../../../src/engine/scenario/schema.js';
import { createSession } from '../../../src/engine/session/create.js';
import { scenarioHash } from '../../../src/engine/scenario/hash.js';
import type { SessionSettings } from '../../../src/engine/session/types.js';
import { knows, factKey } from '../../../src/engine/knowledge/index.js';
import { must, role, scenarioNamed, TRAINER } from '../engine/support.js';

const settingsOf = (s: Scenario): SessionSettings => ({ mode: 'multiwindow', tables: s.roles.map((r) => ({ id: r.id, name: r.id, roles: [r.id] })), simcell: [], feedback: 'debrief' });

function at(scenario: Scenario, minute: number): ExerciseState {
  let s = createSession(scenario, 'seed-rules', settingsOf(scenario), scenarioHash(scenario));
  s = must(scenario, s, { type: 'start', actor: TRAINER });
  s = must(scenario, s, { type: 'beginRounds', actor: TRAINER });
  return minute > 0 ? must(scenario, s, { type: 'jump', minutes: minute, actor: TRAINER }) : s;
}

const refusalOf = (scenario: Scenario, s: ExerciseState, c: Command) => {
  const r = applyCommand(scenario, s, c);
  return r.ok ? null : r.refusal;
};

describe('an NL-Alert in own words', () => {
  const station = scenarioNamed('station-attack.json');
  const alert = (actor: string): Command => ({
    type: 'publishText',
    actor: role(actor),
    lang: 'nl',
    channel: 'nlAlert',
    audience: 'residents',
    nlAlert: { situation: 'Bij het station is geschoten.', action: 'Ga naar binnen en sluit ramen en deuren.', info: 'Kijk op havenstad.nl.' },
    advice: { what: 'Ga naar binnen', where: ['station-district'], until: { event: 'suspect-arrested' } },
  });
  const website = (actor: string): Command => ({ type: 'publishText', actor: role(actor), lang: 'nl', channel: 'website', audience: 'public', text: 'Mijd de omgeving van het station.' });

  it('is refused from the communication adviser, who holds no NL-Alert power, and says who decides', () => {
    const s = at(station, 10);
    expect(refusalOf(station, s, alert('comm-adviser'))).toEqual({
      code: 'message-nl-alert-not-yours',
      params: { office: 'municipalCommunication', offices: 'mayor', scope: 'regional' },
    });
    // Writing on another channel stays open to the adviser: only the NL-Alert needs the power.
    expect(refusalOf(station, s, website('comm-adviser'))).toBeNull();
  });

  it('goes out from the mayor at GRIP 0, as the block path allows', () => {
    const s = must(station, at(station, 10), alert('mayor-havenstad'));
    expect(s.messages.at(-1)?.own?.channel).toBe('nlAlert');
    // The block path answers the same for the same offices now.
    const send = { action: 'sendNlAlert', area: 'station-district', advice: adviceBlock(station) } as const;
    expect(applyCommand(station, at(station, 10), { type: 'structure', actor: role('mayor-havenstad'), action: send }).ok).toBe(true);
    expect(refusalOf(station, at(station, 10), { type: 'structure', actor: role('comm-adviser'), action: send })?.code).toBe('not-your-office');
  });

  it('moves to the chair of the safety region at GRIP 4 (art. 39 Wvr), exactly as the block path', () => {
    const s = must(station, at(station, 10), { type: 'structure', actor: role('chair-region'), action: { action: 'scale', level: 4 } });
    expect(refusalOf(station, s, alert('mayor-havenstad'))).toMatchObject({ code: 'message-nl-alert-not-yours', params: { offices: 'chairSafetyRegion', scope: 'regional' } });
    expect(refusalOf(station, s, alert('chair-region'))).toBeNull();
    const send = { action: 'sendNlAlert', area: 'station-district', advice: adviceBlock(station) } as const;
    expect(refusalOf(station, s, { type: 'structure', actor: role('mayor-havenstad'), action: send })?.code).toBe('power-passed-to-chair');
  });

  it('from a national voice is a national alert: the Minister of JenV decides it, the NKC and NCTV do not', () => {
    const s = at(station, 10);
    expect(refusalOf(station, s, alert('minister-jenv'))).toBeNull();
    for (const national of ['nkc-director', 'nctv']) {
      expect(refusalOf(station, s, alert(national))).toMatchObject({ code: 'message-nl-alert-not-yours', params: { offices: 'ministerJenV', scope: 'national' } });
    }
  });
});

function adviceBlock(scenario: Scenario): string {
  const block = scenario.communication.blocks.find((b) => b.kind === 'actionAdvice');
  if (!block) throw new Error('station-attack has an action advice block');
  return block.id;
}

describe('a claim in own words', () => {
  // The intro scenario with the arrest told to the mayor and the police chief only (by the CoPI leader at
  // minute 10): confirmed in the scenario from minute 10, but the communication adviser does not know it.
  const base = scenarioNamed('intro-market-square.json');
  const intro: Scenario = {
    ...base,
    injects: base.injects.map((i) =>
      i.id === 'stabbing' ? { ...i, reveals: [factKey('fact-incident')] } : i.id === 'copi-advice' ? { ...i, reveals: [factKey('fact-arrest')] } : i,
    ),
  };
  const arrested = (actor: string): Command => ({
    type: 'publishText',
    actor: role(actor),
    lang: 'nl',
    channel: 'website',
    audience: 'public',
    text: 'De verdachte is aangehouden.',
    claims: [{ subject: 'suspect-status', value: 'arrested' }],
  });
  const claimCodes = (s: ExerciseState) => s.findings.filter((f) => f.message === s.messages.at(-1)?.id && f.finding.code.startsWith('claim-')).map((f) => `${f.finding.verdict}:${f.finding.code}`);

  it('is unconfirmed from a writer who does not know the confirming fact yet', () => {
    const s = at(intro, 10);
    expect(knows(s, 'comms', factKey('fact-arrest'))).toBe(false);
    expect(claimCodes(must(intro, s, arrested('comms')))).toEqual(['breach:claim-unconfirmed']);
  });

  it('is confirmed from a writer who knows it at that moment', () => {
    const s = at(intro, 10);
    expect(knows(s, 'mayor', factKey('fact-arrest'))).toBe(true);
    expect(claimCodes(must(intro, s, arrested('mayor')))).toEqual(['ok:claim-confirmed']);
  });

  it('becomes confirmed once the writer has learnt the fact (here from the mayor\'s public message)', () => {
    let s = must(intro, at(intro, 10), { type: 'publish', actor: role('mayor'), blocks: ['fact-arrest'] });
    expect(knows(s, 'comms', factKey('fact-arrest'))).toBe(true);
    s = must(intro, s, arrested('comms'));
    expect(claimCodes(s)).toEqual(['ok:claim-confirmed']);
  });
});
