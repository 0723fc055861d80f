// Messages in own words in a played session of the bundled intro scenario: the communication adviser
// writes, the engine checks and scores, an evaluator rates — and replay, fork and the bundle keep it all.
import { describe, expect, it } from 'vitest';
import { applyCommand, replay, scoreExercise, type Command, type ExerciseState } from '../../../src/engine/index.js';
import { fork, makeBundle, readBundle, resume } from '../../../src/engine/session/bundle.js';
import type { SessionSettings } from '../../../src/engine/session/types.js';
import { must, role, scenarioNamed, TRAINER } from '../engine/support.js';
import { createSession } from '../../../src/engine/session/create.js';
import { scenarioHash } from '../../../src/engine/scenario/hash.js';
import { structureSummary } from '../../../src/engine/machines/structure.js';
import { judgedMeasures, measuresTaken } from '../../../src/engine/scoring/warrants.js';

const intro = scenarioNamed('intro-market-square.json');
const COMMS = role('comms');
const EVALUATOR = { kind: 'evaluator', name: 'Eva' } as const;
const settings: SessionSettings = {
  mode: 'multiwindow',
  tables: intro.roles.map((r) => ({ id: r.id, name: r.id, roles: [r.id] })),
  simcell: [],
  feedback: 'debrief',
};

function at(minute: number): ExerciseState {
  let s = createSession(intro, 'seed-own', settings, scenarioHash(intro));
  s = must(intro, s, { type: 'start', actor: TRAINER });
  s = must(intro, s, { type: 'beginRounds', actor: TRAINER });
  if (minute > 0) s = must(intro, s, { type: 'jump', minutes: minute, actor: TRAINER });
  return s;
}

// The mayor decides a regional NL-Alert at GRIP 0 (machines/authority.ts), so the mayor writes this one.
const namingAlert: Command = {
  type: 'publishText',
  actor: role('mayor'),
  lang: 'nl',
  channel: 'nlAlert',
  audience: 'residents',
  nlAlert: { situation: 'Op de Brink heeft Dennis V. drie mensen verwond.', action: 'Mijd de Brink tot 15.00 uur.', info: 'Kijk op marewold.nl.' },
  advice: { what: 'Mijd de Brink', where: ['brink'], until: { event: 'cordon-lifted' } },
  claims: [{ subject: 'injured', value: 3 }],
};

const criterion = (s: ExerciseState, id: string) => scoreExercise(intro, s).criteria.find((c) => c.criterion === id)!;
const findingsOf = (s: ExerciseState, message: string) => s.findings.filter((f) => f.message === message).map((f) => f.finding);

describe('a message in own words', () => {
  it('goes out as an NL-Alert in its layout, and naming the perpetrator leaves C02 not met, with the name as evidence', () => {
    const s = must(intro, at(20), namingAlert);
    const message = s.messages.at(-1)!;
    expect(message.own?.text).toBe("NL-Alert 16-05-2026 11:00: Op de Brink heeft Dennis V. drie mensen verwond. Mijd de Brink tot 15.00 uur. Kijk op marewold.nl.");
    const name = findingsOf(s, message.id).find((f) => f.code === 'perpetrator-name')!;
    expect(name.verdict).toBe('breach');
    expect(name.matches?.map((m) => m.text)).toEqual(['Dennis V.']);
    expect(message.own!.text.slice(name.matches![0]!.start, name.matches![0]!.end)).toBe('Dennis V.');
    expect(criterion(s, 'C02').result).toBe('notMet');
  });

  it('refuses an NL-Alert over the length limit and one without an advice, saying why', () => {
    const long = applyCommand(intro, at(20), { ...namingAlert, nlAlert: { situation: 'x'.repeat(1400), action: 'a', info: 'b' } } as Command);
    expect(long.ok ? null : long.refusal.code).toBe('message-nl-alert-too-long');
    const { advice: _advice, ...withoutAdvice } = namingAlert as Extract<Command, { type: 'publishText' }>;
    const bare = applyCommand(intro, at(20), withoutAdvice);
    expect(bare.ok ? null : bare.refusal.code).toBe('message-nl-alert-needs-advice');
  });

  it('judges an advice against the danger: the whole town until further notice for a two-street cordon is not complete', () => {
    const wide = must(intro, at(20), {
      type: 'publishText',
      actor: COMMS,
      lang: 'nl',
      channel: 'website',
      audience: 'public',
      text: 'Blijf binnen in heel Marewold tot nader order.',
      advice: { what: 'Blijf binnen', where: ['marewold-town'], until: { furtherNotice: true } },
    });
    const codes = findingsOf(wide, wide.messages.at(-1)!.id).map((f) => `${f.verdict}:${f.code}`);
    expect(codes).toEqual(expect.arrayContaining(['breach:advice-area-too-wide', 'partly:advice-until-open']));
    expect(criterion(wide, 'C05').result).toBe('notMet');
    const fitting = must(intro, at(20), { ...namingAlert, nlAlert: { situation: 'Op de Brink zijn drie mensen gewond geraakt.', action: 'Mijd de Brink.', info: 'Kijk op marewold.nl.' } } as Command);
    expect(findingsOf(fitting, fitting.messages.at(-1)!.id).map((f) => f.code)).toContain('advice-fits');
  });

  it('rebuts a rumour by stating the claims of the confirmed fact that rebuts it', () => {
    let s = at(40);
    expect(s.rumours['second-attacker']?.rebuttedAt).toBeUndefined();
    s = must(intro, s, {
      type: 'publishText',
      actor: COMMS,
      lang: 'en',
      channel: 'socialMedia',
      audience: 'public',
      text: 'There is one suspect and he has been arrested. There is no indication of a second attacker.',
      claims: [
        { subject: 'suspects', value: 'one' },
        { subject: 'suspect-status', value: 'arrested' },
      ],
    });
    expect(s.rumours['second-attacker']?.rebuttedAt).toBe(s.minute);
  });
});

describe('an NL-Alert in own words, once published', () => {
  // The same alert decided from the building block, for comparison: what the structure and the scoring see must match.
  const byBlock = () => must(intro, at(20), { type: 'structure', actor: role('mayor'), action: { action: 'sendNlAlert', area: 'brink', advice: 'advice-avoid-brink' } });

  it('is in force in the structure exactly as the alert decided from a block, its advice pointing at the message', () => {
    const before = at(20);
    expect(structureSummary(before.structure).nlAlert.inForce).toBe(false);
    const s = must(intro, before, namingAlert);
    const message = s.messages.at(-1)!;
    const alert = structureSummary(s.structure).nlAlert;
    expect(alert).toEqual({ inForce: true, area: 'brink', advice: message.id, national: false });
    expect(structureSummary(byBlock().structure).nlAlert).toEqual({ ...alert, advice: 'advice-avoid-brink' });
    const changed = s.events.filter((e) => e.kind === 'structureChanged').at(-1)!;
    expect(changed.data).toMatchObject({ role: 'mayor', action: { action: 'sendNlAlert', area: 'brink', advice: message.id }, change: { kind: 'nlAlert', area: 'brink' } });
    expect(s.actionsTaken.sendNlAlert).toBe(20);
    // One message, on the NL-Alert channel, in own words.
    expect(s.messages.length).toBe(before.messages.length + 1);
    expect(s.events.filter((e) => e.kind === 'messagePublished').at(-1)!.data).toMatchObject({ message: message.id, channel: 'nlAlert', ownWords: true });
  });

  it('counts as the escalating measure for warrants and over-reaction, and settles the card whose option sends it', () => {
    const s = must(intro, at(20), namingAlert);
    const own = measuresTaken(s).filter((m) => m.measure === 'nl-alert');
    expect(own.map((m) => [m.target, m.role, m.minute])).toEqual([['brink', 'mayor', 20]]);
    expect(measuresTaken(byBlock()).filter((m) => m.measure === 'nl-alert').map((m) => [m.target, m.role, m.minute])).toEqual([['brink', 'mayor', 20]]);
    expect(judgedMeasures(intro, s).map((j) => [j.measure, j.overReaction])).toEqual(judgedMeasures(intro, byBlock()).map((j) => [j.measure, j.overReaction]));
    expect(s.decisions['public-advice']?.taken).toMatchObject({ option: 'nl-alert', byDefault: false });
  });

  it('is refused, with nothing in force, for a role without the power to decide an alert', () => {
    const s = at(20);
    const refused = applyCommand(intro, s, { ...namingAlert, actor: COMMS } as Command);
    expect(refused.ok ? null : refused.refusal.code).toBe('message-nl-alert-not-yours');
    expect(structureSummary(s.structure).nlAlert.inForce).toBe(false);
  });
});

describe("an evaluator's rating of a message in own words", () => {
  const rated = (rating: 'meets' | 'misses', s = must(intro, at(20), namingAlert)) =>
    must(intro, s, { type: 'rateMessage', actor: EVALUATOR, message: s.messages.at(-1)!.id, principle: 'perpetratorAttention', rating, note: 'Besproken in de zaal.' });

  it('replaces the automatic verdict of that message for the criterion, and the explanation says so', () => {
    const before = must(intro, at(20), namingAlert);
    expect(criterion(before, 'C02').result).toBe('notMet');
    expect(criterion(before, 'C02').engine.explanations.at(-1)).toEqual({ code: 'own-words.basis', params: { rated: 0, automatic: 1 } });
    const after = rated('meets', before);
    expect(criterion(after, 'C02').result).toBe('met');
    expect(criterion(after, 'C02').engine.explanations.at(-1)).toEqual({ code: 'own-words.basis', params: { rated: 1, automatic: 0 } });
    // The automatic finding stays on record beside the rating, as a suggestion.
    expect(after.findings.some((f) => f.finding.code === 'perpetrator-name' && f.finding.suggestion === true)).toBe(true);
  });

  it('cannot lift a measured breach: a claim contradicting the confirmed number stays a breach of C03', () => {
    let s = must(intro, at(20), { ...namingAlert, claims: [{ subject: 'injured', value: 5 }] } as Command);
    s = must(intro, s, { type: 'rateMessage', actor: EVALUATOR, message: s.messages.at(-1)!.id, principle: 'factual', rating: 'meets' });
    expect(criterion(s, 'C03').result).not.toBe('met');
  });

  it('survives replay, the session bundle and a fork after it; a fork before it has no rating', () => {
    const s = rated('meets');
    const again = replay(intro, s);
    expect(again.ratings).toEqual(s.ratings);
    expect(criterion(again, 'C02').result).toBe('met');
    const read = readBundle(JSON.parse(JSON.stringify(makeBundle(intro, s))), intro);
    expect(read.ok && criterion(read.state, 'C02').result).toBe('met');
    const bundle = makeBundle(intro, s);
    expect(criterion(resume(intro, fork(intro, bundle, s.log.length)), 'C02').result).toBe('met');
    expect(criterion(resume(intro, fork(intro, bundle, s.log.length - 1)), 'C02').result).toBe('notMet');
  });

  it('is refused for a building-block message and from a participant', () => {
    let s = must(intro, at(20), { type: 'publish', actor: COMMS, blocks: ['fact-incident'] });
    const blocks = applyCommand(intro, s, { type: 'rateMessage', actor: EVALUATOR, message: s.messages.at(-1)!.id, principle: 'factual', rating: 'meets' });
    expect(blocks.ok ? null : blocks.refusal.code).toBe('rating-needs-own-words');
    s = must(intro, s, namingAlert);
    const player = applyCommand(intro, s, { type: 'rateMessage', actor: COMMS, message: s.messages.at(-1)!.id, principle: 'factual', rating: 'meets' });
    expect(player.ok ? null : player.refusal.code).toBe('trainer-only');
  });
});
