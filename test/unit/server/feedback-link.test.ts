// The printed feedback link in classroom mode, over real websockets on loopback: two phones that never joined
// the room ask for a group's form and send it with the room's code; the host enters each in that group's
// session (anonymously, marked as come through the link) and the trainer's view counts them. A wrong code is
// refused and counts as a guess; a form before it is open is refused by the engine as for any form.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainerView } from '../../../src/engine/index.js';
import type { RoomSnapshot, ServerMessage } from '../../../src/host/protocol.js';
import type { Classroom } from '../../../src/server/classroom-server.js';
import { INTRO, RawClient, removeTempFolders, requestId, ROOT, startTestClassroom, trainerClient, wsUrl } from './support.js';

const RAMMING = join(ROOT, 'scenarios/ramming-tabletop.json');

describe('feedback from phones through the classroom host', () => {
  let classroom: Classroom;
  let trainer: RawClient;
  let group: string;
  const asTrainer = (message: Record<string, unknown>) => trainer.ask({ id: requestId(), token: classroom.room.trainerToken, ...message });
  const command = (body: Record<string, unknown>) => asTrainer({ type: 'command', session: group, command: { actor: { kind: 'trainer' }, ...body } });

  beforeAll(async () => {
    classroom = await startTestClassroom(undefined, { scenarioPaths: [INTRO, RAMMING], roomFileEveryMs: 0 });
    trainer = await trainerClient(classroom);
    expect((await asTrainer({ type: 'createGroups', scenario: 'ramming-tabletop', seed: '7', groups: 1, lang: 'en' })).ok).toBe(true);
    const hasGroup = (m: ServerMessage) => m.type === 'room' && m.room.groups.length === 1;
    const room = trainer.seen.filter(hasGroup).at(-1) ?? (await trainer.upcoming(hasGroup));
    group = (room as Extract<ServerMessage, { type: 'room' }>).room.groups[0]!.id;
  });

  afterAll(async () => {
    trainer.close();
    await classroom.close();
    removeTempFolders();
  });

  async function formOf(phone: RawClient, code: string): Promise<ServerMessage> {
    const id = requestId();
    const answer = phone.next((m) => (m.type === 'feedbackForm' || m.type === 'result') && m.id === id);
    phone.send({ type: 'feedbackForm', v: 1, id, code, session: group });
    return answer;
  }

  it('tells a phone the form is not open during play, refuses a form then, and refuses a wrong code', async () => {
    const phone = await RawClient.open(wsUrl(classroom));
    expect((await command({ type: 'start' })).ok).toBe(true);
    const form = await formOf(phone, classroom.room.code);
    expect(form).toMatchObject({ type: 'feedbackForm', form: { open: false, module: null } });
    const early = await phone.ask({ id: requestId(), type: 'feedback', v: 1, code: classroom.room.code, session: group, ratings: { realism: 3 }, comments: {} });
    expect(early).toMatchObject({ ok: false, refusal: { code: 'not-in-phase' } });
    const wrong = await formOf(phone, 'NOPE00');
    expect(wrong).toMatchObject({ type: 'result', ok: false, refusal: { code: 'bad-code' } });
    phone.close();
  });

  it('enters one anonymous form from each of two phones in the group\'s session', async () => {
    expect((await command({ type: 'end' })).ok).toBe(true);
    const phones = await Promise.all([RawClient.open(wsUrl(classroom)), RawClient.open(wsUrl(classroom))]);
    const [a, b] = phones as [RawClient, RawClient];
    const form = await formOf(a, classroom.room.code.toLowerCase());
    expect(form).toMatchObject({ type: 'feedbackForm', form: { open: true, title: { en: expect.any(String) } } });
    const items = (form as Extract<ServerMessage, { type: 'feedbackForm' }>).form.items;
    expect(items).toContain('objective:VB1');
    const sentA = await a.ask({ id: requestId(), type: 'feedback', v: 1, code: classroom.room.code, session: group, ratings: { realism: 5, 'objective:VB1': 4 }, comments: { strengths: 'Sterke modules' } });
    const sentB = await b.ask({ id: requestId(), type: 'feedback', v: 1, code: classroom.room.code, session: group, ratings: { realism: 3 }, comments: {} });
    expect(sentA.ok).toBe(true);
    expect(sentB.ok).toBe(true);

    const id = requestId();
    const views = trainer.upcoming((m) => m.type === 'views' && m.session === group);
    expect((await trainer.ask({ id, type: 'watch', token: classroom.room.trainerToken, session: group })).ok).toBe(true);
    const watched = (await views) as Extract<ServerMessage, { type: 'views' }>;
    const view = watched.views.find((v) => v.for === 'trainer')?.view as unknown as TrainerView;
    expect(view.discussion.feedback?.responses).toBe(2);
    expect(view.discussion.feedback?.ratings.find((r) => r.item === 'realism')).toEqual({ item: 'realism', count: 2, mean: 4 });
    expect(view.discussion.feedback?.comments).toEqual([{ kind: 'strengths', text: 'Sterke modules' }]);
    const forms = view.log.map((e) => e.command).filter((c) => c.type === 'feedback');
    expect(forms.every((c) => c.type === 'feedback' && c.via === 'link' && c.actor.kind === 'trainer')).toBe(true);
    // The phones never joined: the room lists no device for them.
    const snapshot = trainer.seen.filter((m): m is Extract<ServerMessage, { type: 'room' }> => m.type === 'room').at(-1)?.room as RoomSnapshot;
    expect(snapshot.devices).toHaveLength(0);
    for (const p of phones) p.close();
  });
});
