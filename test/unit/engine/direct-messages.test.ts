// Messages between tables, to exercise control and to the SimCell (issue 16, item 5): the two tables involved
// and the trainer see one, nobody else does (not a third table, not the projector, not the room's debrief);
// the trainer answers as exercise control or for a role nobody plays; they replay and survive a bundle.
import { describe, expect, it } from 'vitest';
import { applyCommand, debriefView, publicView, replay, roleView, trainerView, type Command, type ExerciseState } from '../../../src/engine/index.js';
import { makeBundle, readBundle, resume } from '../../../src/engine/session/bundle.js';
import type { SessionSettings } from '../../../src/engine/session/types.js';
import { inRounds, must, role, scenarioNamed, TRAINER } from './support.js';

const intro = scenarioNamed('intro-market-square.json');
// Mayor and communication adviser at one table, the police chief at another; the prosecutor is played by nobody.
const settings: SessionSettings = {
  mode: 'multiwindow',
  tables: [
    { id: 'gemeente', name: 'Gemeente', roles: ['mayor', 'comms'] },
    { id: 'politie', name: 'Politie', roles: ['police-chief'] },
  ],
  simcell: ['prosecutor'],
  feedback: 'debrief',
};
const HOSTILE = '<img src=x onerror="alert(1)"> Mogen we de camerabeelden van de Brink?';

const start = () => inRounds(intro, 'seed-direct', settings);
const send = (s: ExerciseState, command: Omit<Extract<Command, { type: 'directMessage' }>, 'type'>) => must(intro, s, { type: 'directMessage', ...command });
const refusalOf = (s: ExerciseState, command: Omit<Extract<Command, { type: 'directMessage' }>, 'type'>) => {
  const r = applyCommand(intro, s, { type: 'directMessage', ...command });
  return r.ok ? null : r.refusal.code;
};
const texts = (messages: readonly { text: string }[]) => messages.map((m) => m.text);

describe('messages between tables', () => {
  it('reach the other table and the trainer, never a third party, the projector or the room', () => {
    const s = send(start(), { actor: role('mayor'), to: { table: 'politie' }, text: HOSTILE });
    expect(texts(roleView(intro, s, 'police-chief').directMessages)).toEqual([HOSTILE.trim()]);
    expect(texts(roleView(intro, s, 'comms').directMessages)).toEqual([HOSTILE.trim()]);
    expect(texts(trainerView(intro, s).directMessages)).toEqual([HOSTILE.trim()]);
    const message = trainerView(intro, s).directMessages[0]!;
    expect(message.from).toEqual({ table: 'gemeente', name: 'Gemeente', role: 'mayor' });
    expect(message.to).toEqual({ table: 'politie', name: 'Politie' });
    // Nobody else: the role nobody plays, the projector, the room's debrief — nor any timeline of theirs.
    expect(roleView(intro, s, 'prosecutor').directMessages).toEqual([]);
    expect(JSON.stringify(roleView(intro, s, 'prosecutor'))).not.toContain('camerabeelden');
    expect(JSON.stringify(publicView(intro, s))).not.toContain('camerabeelden');
    expect(JSON.stringify(debriefView(intro, must(intro, s, { type: 'end', actor: TRAINER }), 'room'))).not.toContain('camerabeelden');
    // The trainer's timeline holds it, as one event of its own kind.
    expect(trainerView(intro, s).timeline.filter((e) => e.kind === 'directMessage')).toHaveLength(1);
  });

  it('to exercise control stays with the sending table; to a role nobody plays goes to the SimCell; to a played role goes to its table', () => {
    let s = send(start(), { actor: role('police-chief'), to: { trainer: true }, text: 'Wie besluit over de afzetting?' });
    s = send(s, { actor: role('police-chief'), to: { role: 'prosecutor' }, text: 'Mogen we de beelden vorderen?' });
    s = send(s, { actor: role('police-chief'), to: { role: 'comms' }, text: 'Noem de naam niet.' });
    const tos = trainerView(intro, s).directMessages.map((m) => m.to);
    expect(tos).toEqual([{ trainer: true }, { role: 'prosecutor' }, { table: 'gemeente', name: 'Gemeente' }]);
    expect(texts(roleView(intro, s, 'mayor').directMessages)).toEqual(['Noem de naam niet.']);
    expect(texts(roleView(intro, s, 'police-chief').directMessages)).toHaveLength(3);
  });

  it('lets the trainer answer as exercise control or for a role nobody plays, as a reply the table sees', () => {
    let s = send(start(), { actor: role('police-chief'), to: { role: 'prosecutor' }, text: 'Mogen we de beelden vorderen?' });
    const asked = trainerView(intro, s).directMessages[0]!.seq;
    s = send(s, { actor: { kind: 'simcell', role: 'prosecutor' }, to: { table: 'politie' }, text: 'Ja, met een vordering van de officier.', inReplyTo: asked });
    s = send(s, { actor: TRAINER, to: { table: 'politie' }, text: 'Het OM belt over tien minuten terug.' });
    const seen = roleView(intro, s, 'police-chief').directMessages;
    expect(seen.map((m) => m.from)).toEqual([{ table: 'politie', name: 'Politie', role: 'police-chief' }, { simcell: 'prosecutor' }, { trainer: true }]);
    expect(seen[1]!.inReplyTo).toBe(asked);
    expect(roleView(intro, s, 'mayor').directMessages).toEqual([]);
  });

  it('refuses what makes no sense, saying what', () => {
    const s = start();
    expect(refusalOf(s, { actor: role('mayor'), to: { table: 'politie' }, text: '   ' })).toBe('empty-text');
    expect(refusalOf(s, { actor: role('mayor'), to: { table: 'politie' }, text: 'x'.repeat(2001) })).toBe('text-too-long');
    expect(refusalOf(s, { actor: role('mayor'), to: { table: 'gemeente' }, text: 'hallo' })).toBe('direct-to-own-table');
    expect(refusalOf(s, { actor: role('mayor'), to: { role: 'comms' }, text: 'hallo' })).toBe('direct-to-own-table');
    expect(refusalOf(s, { actor: role('mayor'), to: { table: 'brandweer' }, text: 'hallo' })).toBe('direct-unknown-table');
    expect(refusalOf(s, { actor: TRAINER, to: { trainer: true }, text: 'hallo' })).toBe('direct-control-to-control');
    expect(refusalOf(s, { actor: { kind: 'simcell', role: 'mayor' }, to: { table: 'politie' }, text: 'hallo' })).toBe('direct-role-played');
    expect(refusalOf(s, { actor: { kind: 'evaluator', name: 'Eva' }, to: { table: 'politie' }, text: 'hallo' })).toBe('evaluator-observe-only');
    expect(refusalOf(s, { actor: role('mayor'), to: { table: 'politie' }, text: 'hallo', inReplyTo: 0 })).toBe('direct-unknown-reply');
  });

  it('replay and a saved bundle give the same messages', () => {
    let s = send(start(), { actor: role('mayor'), to: { table: 'politie' }, text: HOSTILE });
    s = send(s, { actor: TRAINER, to: { table: 'gemeente' }, text: 'Ontvangen.' });
    const again = replay(intro, { scenarioHash: s.scenarioHash, seed: s.seed, settings: s.settings, log: s.log.toArray() });
    expect(trainerView(intro, again).directMessages).toEqual(trainerView(intro, s).directMessages);
    const read = readBundle(JSON.parse(JSON.stringify(makeBundle(intro, s))), intro);
    expect(read.ok).toBe(true);
    if (read.ok) expect(trainerView(intro, resume(intro, read.bundle)).directMessages).toEqual(trainerView(intro, s).directMessages);
  });
});
