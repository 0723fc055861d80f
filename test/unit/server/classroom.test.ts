// The classroom host over real websockets on loopback: joining, admission, play, reconnecting, and
// everything a device might send that it should not — spoofed tokens and actors, oversized, malformed
// and flooding messages. Every wait is on a message or an event, never on the clock.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RoleView, TrainerView } from '../../../src/engine/index.js';
import { readBundle } from '../../../src/engine/session/bundle.js';
import { OBJECTIVE_CATALOGUE } from '../../../src/engine/strategy/index.js';
import type { DeviceStatus, RoomSnapshot, ServerMessage } from '../../../src/host/protocol.js';
import type { RoomFocus } from '../../../src/host/room-focus.js';
import type { Classroom } from '../../../src/server/classroom-server.js';
import { connectClassroom, type SocketLike } from '../../../src/host/websocket-client.js';
import { joinDevice, RawClient, removeTempFolders, requestId, startTestClassroom, tempFolder, trainerClient, wsUrl } from './support.js';

const trainerActor = { kind: 'trainer' } as const;
type Result = Extract<ServerMessage, { type: 'result' }>;
type Views = Extract<ServerMessage, { type: 'views' }>;

function roomOf(m: ServerMessage): RoomSnapshot | null {
  return m.type === 'room' ? m.room : null;
}

describe('a classroom on loopback', () => {
  let classroom: Classroom;
  let trainer: RawClient;
  let groups: string[];
  const clients: RawClient[] = [];

  const ask = (client: RawClient, message: Record<string, unknown>) => client.ask({ id: requestId(), ...message });
  const asTrainer = (message: Record<string, unknown>) => ask(trainer, { token: classroom.room.trainerToken, ...message });
  const command = (client: RawClient, token: string, session: string, body: Record<string, unknown>) => ask(client, { type: 'command', token, session, command: body });

  /** The trainer's overview as it is now, or as soon as it shows what `match` looks for. */
  const overview = async (match: (room: RoomSnapshot) => boolean): Promise<RoomSnapshot> => {
    const latest = trainer.seen.map(roomOf).filter((r) => r !== null).at(-1);
    if (latest && match(latest)) return latest;
    const next = await trainer.upcoming((m) => {
      const room = roomOf(m);
      return room !== null && match(room);
    });
    return roomOf(next) as RoomSnapshot;
  };

  async function admittedDevice(name: string, session: string, table: string) {
    const device = await joinDevice(classroom, name);
    clients.push(device.client);
    await device.client.next((m) => m.type === 'status');
    const result = await asTrainer({ type: 'admit', device: device.id, session, seat: { kind: 'table', table } });
    expect(result.ok).toBe(true);
    const views = await device.client.next<Views>((m) => m.type === 'views');
    return { ...device, views };
  }

  beforeAll(async () => {
    // Every device of this suite joins from the one loopback address, and the trainer admits them one right after
    // the other; the limits per address and the batched writes of room.json have their own tests.
    classroom = await startTestClassroom(undefined, { joins: { rate: { burst: 1000, perSecond: 1000 }, waitingPerAddress: 1000 }, roomFileEveryMs: 0 });
    trainer = await trainerClient(classroom);
    expect((await asTrainer({ type: 'createGroups', scenario: 'intro-market-square', seed: '7', groups: 3, lang: 'en' })).ok).toBe(true);
    groups = (await overview((r) => r.groups.length === 3)).groups.map((g) => g.id);
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });

  afterAll(async () => {
    trainer.close();
    await classroom.close();
    removeTempFolders();
  });

  it('lists the groups side by side with their scenario, seed and tables', async () => {
    const room = await overview((r) => r.groups.length === 3);
    expect(room.groups.map((g) => [g.title, g.seed, g.phase, g.round])).toEqual([
      ['Group 1', '7', 'setup', 0],
      ['Group 2', '7', 'setup', 0],
      ['Group 3', '7', 'setup', 0],
    ]);
    expect(room.groups[0]?.tables.map((t) => t.id)).toEqual(['mayor', 'police-chief', 'comms']);
    expect(room.code).toBe(classroom.room.code);
    expect(room.qr?.size).toBeGreaterThan(20);
  });

  it('lets a device join with the code, wait, be admitted, and play its role', async () => {
    const [g] = groups as [string];
    const device = await joinDevice(classroom, 'Fatima');
    clients.push(device.client);
    const pending = await device.client.next((m) => m.type === 'status');
    expect(pending).toEqual({ type: 'status', status: { state: 'pending' } });
    const listed = await overview((r) => r.devices.some((d) => d.id === device.id));
    expect(listed.devices.find((d) => d.id === device.id)).toMatchObject({ name: 'Fatima', online: true, status: { state: 'pending' } });

    expect((await asTrainer({ type: 'admit', device: device.id, session: g, seat: { kind: 'table', table: 'mayor' } })).ok).toBe(true);
    const status = await device.client.next((m) => m.type === 'status' && m.status.state === 'admitted');
    expect(status).toMatchObject({ status: { state: 'admitted', session: g, seat: { kind: 'table', table: 'mayor' }, title: 'Group 1' } });
    const first = await device.client.next<Views>((m) => m.type === 'views');
    expect(first.views.map((v) => (v.for === 'role' ? v.role : v.for))).toEqual(['mayor']);

    // The trainer runs the group from the console and the device sees the rounds begin.
    expect((await asTrainer({ type: 'watch', session: g })).ok).toBe(true);
    await command(trainer, classroom.room.trainerToken, g, { type: 'start', actor: trainerActor });
    await command(trainer, classroom.room.trainerToken, g, { type: 'beginRounds', actor: trainerActor });
    const inRound = await device.client.next<Views>((m) => m.type === 'views' && (m.views[0]?.view as unknown as RoleView).phase === 'decide');
    expect(inRound.revision).toBe(2);

    const taken = await command(device.client, device.token, g, { type: 'structure', action: { action: 'confirmIncident' }, actor: { kind: 'role', role: 'mayor' } });
    expect(taken).toMatchObject({ ok: true, revision: 3 });
    const console3 = await trainer.next<Views>((m) => m.type === 'views' && m.session === g && m.revision === 3);
    expect((console3.views[0]?.view as unknown as TrainerView).log.at(-1)?.command).toMatchObject({ type: 'structure', actor: { kind: 'role', role: 'mayor' } });
    const room = await overview((r) => r.groups.find((x) => x.id === g)?.lastAction?.type === 'structure');
    expect(room.groups.find((x) => x.id === g)).toMatchObject({ phase: 'decide', round: 1, lastAction: { actor: 'role', role: 'mayor' } });
    // Only the watched group's console gets views.
    expect(trainer.seen.some((m) => m.type === 'views' && m.session !== g)).toBe(false);
  });

  it('moves a device to another group and seat, removes it, and admits it again', async () => {
    const [a, b] = groups as [string, string];
    const device = await admittedDevice('Daan', a, 'comms');
    await asTrainer({ type: 'admit', device: device.id, session: b, seat: { kind: 'projector' } });
    const moved = await device.client.next<Views>((m) => m.type === 'views' && m.session === b);
    expect(moved.views.map((v) => v.for)).toEqual(['projector']);
    // It follows group b's changes now, and no longer group a's: a change of a, then one of b, reach it in that
    // order on its one line, so a patch of a would have come before b's.
    const note = (session: string) => command(trainer, classroom.room.trainerToken, session, { type: 'observe', text: 'after the move', actor: trainerActor });
    expect((await note(a)).ok).toBe(true);
    expect((await note(b)).ok).toBe(true);
    await device.client.next((m) => m.type === 'viewsPatch' && m.session === b);
    const sinceMove = device.client.seen.slice(device.client.seen.indexOf(moved));
    expect(sinceMove.some((m) => (m.type === 'views' || m.type === 'viewsPatch') && m.session === a)).toBe(false);
    // A projector acts for nobody.
    expect(await command(device.client, device.token, b, { type: 'endTurn', actor: { kind: 'role', role: 'comms' } })).toMatchObject({ ok: false, refusal: { code: 'client-may-not-act-as' } });

    await asTrainer({ type: 'kick', device: device.id });
    await device.client.next((m) => m.type === 'status' && m.status.state === 'kicked');
    expect(await command(device.client, device.token, b, { type: 'endTurn', actor: { kind: 'role', role: 'comms' } })).toMatchObject({ ok: false, refusal: { code: 'kicked' } });
    const removed = await overview((r) => r.devices.find((d) => d.id === device.id)?.status.state === 'kicked');
    expect(removed.devices.find((d) => d.id === device.id)?.online).toBe(true);

    await asTrainer({ type: 'admit', device: device.id, session: a, seat: { kind: 'table', table: 'comms' } });
    const back = await device.client.next((m) => m.type === 'status' && m.status.state === 'admitted');
    expect(back).toMatchObject({ status: { session: a, seat: { table: 'comms' } } });
  });

  it('shows the trainer who went offline, and lets the device rejoin with its token and catch up', async () => {
    const [, , g] = groups as [string, string, string];
    const device = await admittedDevice('Sanne', g, 'police-chief');
    device.client.close();
    await overview((r) => r.devices.find((d) => d.id === device.id)?.online === false);
    // While it is away, the exercise goes on.
    await command(trainer, classroom.room.trainerToken, g, { type: 'start', actor: trainerActor });
    await command(trainer, classroom.room.trainerToken, g, { type: 'beginRounds', actor: trainerActor });

    const again = await RawClient.open(wsUrl(classroom));
    clients.push(again);
    again.send({ type: 'resume', v: 1, token: device.token });
    const welcome = await again.next((m) => m.type === 'welcome');
    expect(welcome).toEqual({ type: 'welcome', as: 'device', device: device.id, token: device.token, name: 'Sanne' });
    const caughtUp = await again.next<Views>((m) => m.type === 'views');
    expect(caughtUp.revision).toBe(2);
    expect((caughtUp.views[0]?.view as unknown as RoleView).phase).toBe('decide');
    await overview((r) => r.devices.find((d) => d.id === device.id)?.online === true);
  });

  it('reconnects the browser link by itself after the line drops', async () => {
    const [g] = groups as [string];
    const device = await admittedDevice('Noor', g, 'police-chief');
    device.client.close();
    const statuses: DeviceStatus[] = [];
    const states: string[] = [];
    let online!: () => void;
    let back = new Promise<void>((r) => (online = r));
    const sockets: WebSocket[] = [];
    const l = connectClassroom(
      {
        url: wsUrl(classroom),
        token: device.token,
        socket: (url) => (sockets.push(new WebSocket(url)), sockets[sockets.length - 1] as unknown as SocketLike),
        keepAliveMs: 0,
        retry: { firstMs: 10, maxMs: 50 },
      },
      { onStatus: (s) => statuses.push(s), onState: (s) => (states.push(s), s === 'online' && online()) },
    );
    await back;
    back = new Promise<void>((r) => (online = r));
    // The connection dies without a goodbye, as when Wi-Fi drops.
    sockets[0]?.terminate();
    await back;
    expect(sockets).toHaveLength(2);
    expect(states).toEqual(['connecting', 'online', 'offline', 'online']);
    expect(statuses.filter((s) => s.state === 'admitted')).toHaveLength(2);
    expect(await l.sendCommand(g, { type: 'endTurn', actor: { kind: 'role', role: 'police-chief' } })).toMatchObject({ ok: expect.any(Boolean) });
    l.close();
  });

  it('sends a device its views whole once, then patches; a device that misses one asks for them whole (sync)', async () => {
    const [, b] = groups as [string, string];
    const device = await admittedDevice('Lotte', b, 'mayor');
    const observe = () => command(trainer, classroom.room.trainerToken, b, { type: 'observe', text: 'the mayor convenes', actor: trainerActor });
    const revision = () => classroom.room.group(b)?.revision ?? -1;
    const wholeNow = () => JSON.parse(JSON.stringify(classroom.room.group(b)?.host.viewFor({ kind: 'table', roles: ['mayor'] }))) as unknown;

    expect((await observe()).ok).toBe(true);
    const patch = await device.client.next<Extract<ServerMessage, { type: 'viewsPatch' }>>((m) => m.type === 'viewsPatch');
    expect(patch).toMatchObject({ session: b, from: device.views.revision, revision: revision() });
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(device.views).length / 5);
    const patched = await device.client.next<Views>((m) => m.type === 'views');
    expect(patched.views[0]).toEqual(wholeNow());

    // The device loses its views (as if it missed a patch): the next patch does not apply to what it has.
    device.client.copy.forget();
    expect((await observe()).ok).toBe(true);
    await device.client.next((m) => m.type === 'viewsPatch');
    expect(device.client.copy.version).toBeNull();
    expect((await ask(device.client, { type: 'sync' })).ok).toBe(true);
    const whole = await device.client.next<Views>((m) => m.type === 'views');
    expect(whole.revision).toBe(revision());
    expect(whole.views[0]).toEqual(wholeNow());
  });

  it('the browser link asks for its views whole by itself when a patch went missing', async () => {
    const [, b] = groups as [string, string];
    const device = await admittedDevice('Joost', b, 'police-chief');
    device.client.close();
    let dropped = 0;
    // The first patch on this line is lost on the way.
    const dropping = (url: string): SocketLike => {
      const ws = new WebSocket(url);
      return new Proxy(ws, {
        set(target, prop, value: unknown) {
          if (prop === 'onmessage' && typeof value === 'function') {
            target.onmessage = (event) => {
              if (String(event.data).startsWith('{"type":"viewsPatch"') && dropped++ === 0) return;
              (value as (e: unknown) => void)(event);
            };
          } else Reflect.set(target, prop, value);
          return true;
        },
        get(target, prop) {
          const v = Reflect.get(target, prop) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      }) as unknown as SocketLike;
    };
    const seen: { revision: number; views: readonly unknown[] }[] = [];
    let waiting: { revision: number; done: () => void } | null = null;
    const l = connectClassroom({ url: wsUrl(classroom), token: device.token, socket: dropping, keepAliveMs: 0 }, {
      onViews: (_session, views, revision) => {
        seen.push({ revision, views });
        if (waiting && revision >= waiting.revision) waiting.done();
      },
    });
    const reached = (revision: number) => (seen.some((v) => v.revision >= revision) ? Promise.resolve() : new Promise<void>((done) => (waiting = { revision, done })));
    await reached(classroom.room.group(b)?.revision ?? 0);
    for (let i = 0; i < 3; i++) expect((await command(trainer, classroom.room.trainerToken, b, { type: 'observe', text: `note ${i}`, actor: trainerActor })).ok).toBe(true);
    const target = classroom.room.group(b)?.revision ?? -1;
    await reached(target);
    expect(dropped).toBeGreaterThan(1);
    const last = seen.at(-1);
    expect(last?.revision).toBe(target);
    expect(JSON.parse(JSON.stringify(last?.views[0]))).toEqual(JSON.parse(JSON.stringify(classroom.room.group(b)?.host.viewFor({ kind: 'table', roles: ['police-chief'] }))));
    l.close();
  });

  it('a burst of commands: the watching console and the devices end on the newest views, every patch from the version they had', async () => {
    const [, , c] = groups as [string, string, string];
    const device = await admittedDevice('Ilse', c, 'comms');
    expect((await asTrainer({ type: 'watch', session: c })).ok).toBe(true);
    const first = await trainer.next<Views>((m) => m.type === 'views' && m.session === c);
    // Sent all at once: the console's scored view may be made once for several of them (the newest state).
    const notes = await Promise.all(Array.from({ length: 12 }, (_, i) => command(trainer, classroom.room.trainerToken, c, { type: 'observe', text: `burst ${i}`, actor: trainerActor })));
    expect(notes.every((r) => r.ok)).toBe(true);
    const host = classroom.room.group(c)?.host;
    const target = classroom.room.group(c)?.revision;
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

    const consoleLast = await trainer.next<Views>((m) => m.type === 'views' && m.session === c && m.revision === target);
    expect(plain(consoleLast.views[0])).toEqual(plain(host?.viewFor({ kind: 'trainer' })));
    const deviceLast = await device.client.next<Views>((m) => m.type === 'views' && m.revision === target);
    expect(plain(deviceLast.views[0])).toEqual(plain(host?.viewFor({ kind: 'table', roles: ['comms'] }, 'comms')));

    // Each patch started from the version its receiver had and applied (the client then records the views it
    // made, with the patch's revision): nobody had to ask for the views whole.
    for (const [client, from] of [[trainer, first], [device.client, device.views]] as const) {
      const mine = client.seen.slice(client.seen.indexOf(from)).filter((m) => (m.type === 'views' || m.type === 'viewsPatch') && m.session === c);
      let have = from.revision;
      for (const [i, m] of mine.entries()) {
        if (m.type !== 'viewsPatch') continue;
        expect(m.from).toBe(have);
        expect(mine[i + 1]).toMatchObject({ type: 'views', revision: m.revision });
        have = m.revision;
      }
      expect(have).toBe(target);
    }
  });

  it('accepts none of the commands a device sends with a token or actor not its own', async () => {
    const [a, b] = groups as [string, string];
    const mayor = await admittedDevice('Eve', a, 'mayor');
    const other = await admittedDevice('Bob', b, 'police-chief');
    const waiting = await joinDevice(classroom, 'Mallory');
    clients.push(waiting.client);
    const stranger = await RawClient.open(wsUrl(classroom));
    clients.push(stranger);
    const commands = () => groups.map((id) => classroom.room.group(id)?.revision);
    const commandsBefore = commands();

    const decide = (role: string) => ({ type: 'endTurn', actor: { kind: 'role', role } });
    const spoofs: [RawClient, Record<string, unknown>][] = [];
    for (const role of ['police-chief', 'comms', 'prosecutor', 'nobody']) spoofs.push([mayor.client, { type: 'command', token: mayor.token, session: a, command: decide(role) }]);
    for (const actor of [{ kind: 'trainer' }, { kind: 'simcell', role: 'mayor' }, { kind: 'simcell', role: 'police-chief' }, { kind: 'evaluator' }]) {
      spoofs.push([mayor.client, { type: 'command', token: mayor.token, session: a, command: { type: 'observe', text: 'spoof', actor } }]);
      spoofs.push([mayor.client, { type: 'command', token: mayor.token, session: a, command: { type: 'advance', actor } }]);
    }
    // Its own role, but someone else's token, a made-up token, the trainer's place in another group.
    spoofs.push([mayor.client, { type: 'command', token: other.token, session: a, command: decide('mayor') }]);
    spoofs.push([mayor.client, { type: 'command', token: 'f'.repeat(64), session: a, command: decide('mayor') }]);
    spoofs.push([mayor.client, { type: 'command', token: classroom.room.trainerToken.replace(/^./, (c) => (c === '0' ? '1' : '0')), session: a, command: { type: 'advance', actor: trainerActor } }]);
    spoofs.push([mayor.client, { type: 'command', token: mayor.token, session: b, command: decide('mayor') }]);
    spoofs.push([mayor.client, { type: 'command', token: mayor.token, session: b, command: decide('police-chief') }]);
    spoofs.push([other.client, { type: 'command', token: mayor.token, session: a, command: decide('mayor') }]);
    // Trainer requests from a device.
    spoofs.push([mayor.client, { type: 'admit', token: mayor.token, device: waiting.id, session: a, seat: { kind: 'table', table: 'comms' } }]);
    spoofs.push([mayor.client, { type: 'kick', token: mayor.token, device: other.id }]);
    spoofs.push([mayor.client, { type: 'createGroups', token: mayor.token, scenario: 'intro-market-square', seed: '1', groups: 1, lang: 'en' }]);
    spoofs.push([mayor.client, { type: 'watch', token: mayor.token, session: a }]);
    spoofs.push([mayor.client, { type: 'admit', token: other.token, device: mayor.id, session: b, seat: { kind: 'table', table: 'police-chief' } }]);
    // A device still waiting, and a connection that never said who it is.
    spoofs.push([waiting.client, { type: 'command', token: waiting.token, session: a, command: decide('mayor') }]);
    spoofs.push([waiting.client, { type: 'command', token: waiting.token, session: a, command: { type: 'advance', actor: trainerActor } }]);
    spoofs.push([stranger, { type: 'command', token: mayor.token, session: a, command: decide('mayor') }]);
    spoofs.push([stranger, { type: 'command', token: classroom.room.trainerToken, session: a, command: { type: 'advance', actor: trainerActor } }]);
    spoofs.push([stranger, { type: 'kick', token: classroom.room.trainerToken, device: mayor.id }]);

    const results: Result[] = [];
    for (const [client, message] of spoofs) results.push(await ask(client, message));
    expect(spoofs.length).toBeGreaterThanOrEqual(25);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    const codes = new Set(results.map((r) => (r.ok ? 'ok' : r.refusal.code)));
    expect([...codes].sort()).toEqual(['bad-token', 'client-may-not-act-as', 'not-admitted', 'not-joined', 'not-trainer', 'wrong-session']);
    expect(commands()).toEqual(commandsBefore);
    const after = await overview((r) => r.devices.some((d) => d.id === waiting.id));
    expect(after.devices.find((d) => d.id === waiting.id)?.status.state).toBe('pending');
    expect(after.devices.find((d) => d.id === other.id)?.status.state).toBe('admitted');
  });

  it('records an evaluator device under its own name, and refuses one writing as the trainer or another evaluator', async () => {
    const [, , c] = groups as [string, string, string];
    const device = await joinDevice(classroom, 'Noor');
    clients.push(device.client);
    await device.client.next((m) => m.type === 'status');
    expect((await asTrainer({ type: 'admit', device: device.id, session: c, seat: { kind: 'evaluator' } })).ok).toBe(true);
    await device.client.next((m) => m.type === 'views');
    const log = () => classroom.room.group(c)?.state.log ?? [];
    const before = log().length;

    const observe = (actor: Record<string, unknown>) => command(device.client, device.token, c, { type: 'observe', text: 'Driehoek late', actor });
    expect(await observe({ kind: 'evaluator', name: 'trainer' })).toMatchObject({ ok: false, refusal: { code: 'actor-not-your-name', params: { name: 'trainer' } } });
    expect(await observe({ kind: 'evaluator', name: 'Sam' })).toMatchObject({ ok: false, refusal: { code: 'actor-not-your-name', params: { name: 'Sam' } } });
    expect(await observe({ kind: 'trainer' })).toMatchObject({ ok: false, refusal: { code: 'client-may-not-act-as' } });
    expect(log()).toHaveLength(before);

    // Without a name, or with its own, the host writes the seat's name in.
    expect((await observe({ kind: 'evaluator' })).ok).toBe(true);
    expect((await observe({ kind: 'evaluator', name: 'Noor' })).ok).toBe(true);
    expect(log().slice(before).map((e) => e.command.actor)).toEqual([
      { kind: 'evaluator', name: 'Noor' },
      { kind: 'evaluator', name: 'Noor' },
    ]);
    // The trainer console's own notes carry no evaluator's name either.
    expect(await command(trainer, classroom.room.trainerToken, c, { type: 'observe', text: 'x', actor: { kind: 'evaluator', name: 'Noor' } })).toMatchObject({ ok: false, refusal: { code: 'actor-not-your-name' } });
  });

  it('refuses the names the engine uses for the trainer and an unnamed evaluator', async () => {
    const client = await RawClient.open(wsUrl(classroom));
    clients.push(client);
    for (const name of ['Trainer', 'evaluator']) {
      const next = client.upcoming((m) => m.type === 'refused');
      client.send({ type: 'join', v: 1, code: classroom.room.code, name });
      expect(await next).toEqual({ type: 'refused', refusal: { code: 'name-reserved', params: { name } } });
    }
  });

  it('refuses an oversized message with its id and stays open; closes on a frame past the hard limit', async () => {
    const client = await RawClient.open(wsUrl(classroom));
    clients.push(client);
    const id = requestId();
    client.send(`{"type":"ping","id":${id},"pad":"${'x'.repeat(70 * 1024)}"}`);
    expect(await client.result(id)).toEqual({ type: 'result', id, ok: false, refusal: { code: 'message-too-large', params: { limit: 65536 } } });
    expect((await ask(client, { type: 'ping' })).ok).toBe(true);

    const huge = await RawClient.open(wsUrl(classroom));
    huge.send('x'.repeat(1024 * 1024 + 1));
    expect((await huge.closed).code).toBe(1009);
  });

  it('refuses malformed and unknown messages one by one, clearly, without closing', async () => {
    const client = await RawClient.open(wsUrl(classroom));
    clients.push(client);
    const refusals = async (raw: string | Buffer) => {
      const next = client.next((m) => m.type === 'refused' || m.type === 'result');
      client.socket.send(raw);
      return next;
    };
    expect(await refusals('not json')).toEqual({ type: 'refused', refusal: { code: 'message-malformed', params: {} } });
    expect(await refusals(Buffer.from([0, 1, 2]))).toEqual({ type: 'refused', refusal: { code: 'message-not-text', params: {} } });
    expect(await refusals('[1,2,3]')).toMatchObject({ type: 'refused', refusal: { code: 'message-invalid' } });
    expect(await refusals('{"type":"shout"}')).toMatchObject({ type: 'refused', refusal: { code: 'message-invalid', params: { path: 'type' } } });
    expect(await refusals('{"type":"ping","id":5,"extra":1}')).toMatchObject({ type: 'result', id: 5, ok: false, refusal: { code: 'message-invalid' } });
    expect(await refusals('{"type":"join","v":1,"code":"A","name":""}')).toMatchObject({ refusal: { code: 'message-invalid', params: { path: 'name' } } });
    expect(await refusals('{"type":"join","v":1,"code":"WRONG1","name":"Eve"}')).toEqual({ type: 'refused', refusal: { code: 'bad-code', params: {} } });
    expect(await refusals('{"type":"resume","v":1,"token":"' + 'e'.repeat(64) + '"}')).toEqual({ type: 'refused', refusal: { code: 'unknown-token', params: {} } });
    expect((await ask(client, { type: 'ping' })).ok).toBe(true);
  });

  it('checks a command body with the engine schema before anything else sees it', async () => {
    const [g] = groups as [string];
    const mayor = await admittedDevice('Jan', g, 'mayor');
    const bad = await command(mayor.client, mayor.token, g, { type: 'structure', action: { action: 'scale', level: 'three' }, actor: { kind: 'role', role: 'mayor' } });
    expect(bad).toMatchObject({ ok: false, refusal: { code: 'command-invalid' } });
  });

  it('closes a connection after five wrong codes', async () => {
    const client = await RawClient.open(wsUrl(classroom));
    for (let i = 0; i < 5; i++) client.send({ type: 'join', v: 1, code: `WRONG${i}`, name: 'Eve' });
    expect((await client.closed).code).toBe(1008);
  });

  it('refuses a flood from one device without keeping another device from playing', async () => {
    const [, b] = groups as [string, string];
    const flooder = await admittedDevice('Flood', b, 'mayor');
    const honest = await admittedDevice('Honest', b, 'police-chief');
    await command(trainer, classroom.room.trainerToken, b, { type: 'start', actor: trainerActor });
    await command(trainer, classroom.room.trainerToken, b, { type: 'beginRounds', actor: trainerActor });
    for (let i = 0; i < 200; i++) {
      flooder.client.send({ type: 'command', id: requestId(), token: flooder.token, session: b, command: { type: 'endTurn', actor: { kind: 'role', role: 'mayor' } } });
    }
    const played = await command(honest.client, honest.token, b, { type: 'structure', action: { action: 'convene', team: 'driehoek' }, actor: { kind: 'role', role: 'police-chief' } });
    expect(played.ok).toBe(true);
    // Keeping on flooding closes the connection.
    for (let i = 0; i < 400; i++) flooder.client.send({ type: 'ping', id: i });
    expect((await flooder.client.closed).code).toBe(1008);
    const answers = flooder.client.seen.filter((m): m is Result => m.type === 'result');
    const limited = answers.filter((r) => !r.ok && r.refusal.code === 'rate-limited');
    // A burst of 30 is read (one endTurn taken, the rest refused by the engine); the rest is refused unread,
    // and past 50 refusals a second the flood is not even answered.
    expect(limited.length).toBeGreaterThan(0);
    expect(answers.filter((r) => r.ok).length).toBeLessThanOrEqual(30);
    expect(answers.length).toBeLessThan(600);
  });

  it('refuses a websocket from another origin, and serves nothing but /ws', async () => {
    await expect(RawClient.open(wsUrl(classroom), { Origin: 'http://evil.example' })).rejects.toThrow(/403/);
    await expect(RawClient.open(`ws://127.0.0.1:${classroom.port}/other`)).rejects.toThrow(/403/);
  });

  it('once play is over, gives the watching console the whole session and the overview each group’s outcome; devices get the hotwash, then the room’s debrief', async () => {
    const [a] = groups as [string];
    const device = await admittedDevice('Noor', a, 'mayor');
    expect((await asTrainer({ type: 'watch', session: a })).ok).toBe(true);
    const ended = await command(trainer, classroom.room.trainerToken, a, { type: 'end', actor: trainerActor });
    expect(ended.ok).toBe(true);

    // The hotwash: the console gets the session, which the engine's reader replays to the same state; the device only its role.
    const consoleViews = await trainer.next<Views>((m) => m.type === 'views' && m.session === a && m.views.some((v) => v.for === 'session'));
    const bundle = consoleViews.views.find((v) => v.for === 'session')?.view;
    const read = readBundle(bundle);
    expect(read.ok && read.state.phase).toBe('hotwash');
    expect(read.ok && read.state.log.length).toBe(consoleViews.revision);
    const hotwash = await device.client.next<Views>((m) => m.type === 'views' && (m.views[0]?.view as unknown as RoleView).phase === 'hotwash');
    expect(hotwash.views.map((v) => v.for)).toEqual(['role']);

    // The overview compares the groups that have finished: this one, with every objective and every decision; not the others.
    const room = await overview((r) => r.groups.find((g) => g.id === a)?.outcome != null);
    const outcome = room.groups.find((g) => g.id === a)?.outcome;
    expect(outcome?.objectives.map((o) => o.id)).toEqual(OBJECTIVE_CATALOGUE.map((o) => o.id));
    expect(outcome?.decisions.length).toBe(read.ok ? read.scenario.decisions.length : -1);
    expect(room.groups.filter((g) => g.id !== a).every((g) => g.outcome === null)).toBe(true);

    // The trainer opens the debrief: the device gets the room's debrief, and never the session.
    await command(trainer, classroom.room.trainerToken, a, { type: 'openDebrief', actor: trainerActor });
    const debrief = await device.client.next<Views>((m) => m.type === 'views' && m.views.some((v) => v.for === 'room'));
    expect(debrief.views.map((v) => v.for)).toEqual(['role', 'room']);
    expect(device.client.seen.some((m) => m.type === 'views' && m.views.some((v) => v.for === 'session'))).toBe(false);
  });

  it('in the debrief the room follows the trainer: what the trainer opens reaches the group’s devices, only from the trainer', async () => {
    const [a] = groups as [string];
    const device = await admittedDevice('Sanne', a, 'comms');
    const roomFocusOf = (m: Views) => (m.views.find((v) => v.for === 'room') as { focus?: RoomFocus | null } | undefined)?.focus;
    expect(roomFocusOf(device.views)).toBeNull();

    // A criterion: the devices get it with the room's debrief.
    expect((await asTrainer({ type: 'focus', session: a, focus: { kind: 'criterion', index: 0 } })).ok).toBe(true);
    const criterion = await device.client.next<Views>((m) => m.type === 'views' && roomFocusOf(m)?.target.kind === 'criterion');
    expect(roomFocusOf(criterion)?.target).toEqual({ kind: 'criterion', index: 0 });

    // A step of the replay: the public picture after that many commands, for the board.
    expect((await asTrainer({ type: 'focus', session: a, focus: { kind: 'step', step: 1 } })).ok).toBe(true);
    const step = await device.client.next<Views>((m) => m.type === 'views' && roomFocusOf(m)?.target.kind === 'step');
    const moment = roomFocusOf(step)?.moment;
    expect(moment).toMatchObject({ step: 1, total: classroom.room.group(a)?.revision });
    expect(moment?.picture.board.bounds.width).toBeGreaterThan(0);

    // Not a command: the journal and the commands' count stay as they were.
    const commands = classroom.room.group(a)?.revision;
    expect(classroom.room.group(a)?.state.log.length).toBe(commands);

    // Something the session does not have, or a device asking, is refused with its reason.
    expect(await asTrainer({ type: 'focus', session: a, focus: { kind: 'criterion', index: 9999 } })).toMatchObject({ ok: false, refusal: { code: 'focus-unknown-criterion' } });
    expect(await ask(device.client, { type: 'focus', token: device.token, session: a, focus: null })).toMatchObject({ ok: false, refusal: { code: 'not-trainer' } });
    // A group still playing has no room debrief to follow.
    const [, b] = groups as [string, string];
    expect(await asTrainer({ type: 'focus', session: b, focus: null })).toMatchObject({ ok: false, refusal: { code: 'focus-not-in-debrief' } });

    // Back to the debrief as a whole.
    expect((await asTrainer({ type: 'focus', session: a, focus: null })).ok).toBe(true);
    await device.client.next<Views>((m) => m.type === 'views' && roomFocusOf(m) === null);
  });
});

describe('a join flood from one address, with the right code', () => {
  let classroom: Classroom;
  const sockets: RawClient[] = [];
  afterAll(async () => {
    for (const s of sockets) s.close();
    await classroom.close();
    removeTempFolders();
  });

  it('does not keep the next real participant out, and the trainer clears it in one go', async () => {
    classroom = await startTestClassroom();
    const trainer = await trainerClient(classroom);
    sockets.push(trainer);
    const flood = await Promise.all(Array.from({ length: 300 }, () => RawClient.open(wsUrl(classroom))));
    sockets.push(...flood);
    const answers = await Promise.all(
      flood.map((s, i) => {
        const answer = s.next((m) => m.type === 'welcome' || m.type === 'refused');
        s.send({ type: 'join', v: 1, code: classroom.room.code, name: `junk ${i}` });
        return answer;
      }),
    );
    const codes = new Map<string, number>();
    for (const a of answers) {
      const code = a.type === 'welcome' ? 'welcome' : a.type === 'refused' ? a.refusal.code : a.type;
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    // Ten at once from one address, then one every five seconds: the rest is refused, not queued.
    expect(codes.get('welcome')).toBe(10);
    expect(codes.get('too-many-joins')).toBe(290);

    // Another machine of the room joins as if nothing happened.
    const real = await RawClient.open(wsUrl(classroom), {}, '127.0.0.2');
    sockets.push(real);
    real.send({ type: 'join', v: 1, code: classroom.room.code, name: 'Fatima' });
    expect((await real.next((m) => m.type === 'welcome' || m.type === 'refused')).type).toBe('welcome');
    expect(await real.next((m) => m.type === 'status')).toEqual({ type: 'status', status: { state: 'pending' } });

    const waiting = (room: RoomSnapshot) => room.devices.filter((d) => d.status.state === 'pending').length;
    await trainer.upcoming((m) => m.type === 'room' && waiting(m.room) === 11);
    const cleared = trainer.upcoming((m) => m.type === 'room' && waiting(m.room) === 0);
    expect(await trainer.ask({ type: 'removeWaiting', id: requestId(), token: classroom.room.trainerToken })).toMatchObject({ ok: true });
    await cleared;
    // The removed devices are told so; a real participant among them joins again with the code.
    const welcomed = flood.filter((_, i) => answers[i]?.type === 'welcome');
    for (const s of welcomed) expect(await s.next((m) => m.type === 'status' && m.status.state !== 'pending')).toEqual({ type: 'status', status: { state: 'kicked' } });
    const again = await RawClient.open(wsUrl(classroom), {}, '127.0.0.2');
    sockets.push(again);
    again.send({ type: 'join', v: 1, code: classroom.room.code, name: 'Fatima' });
    expect((await again.next((m) => m.type === 'welcome' || m.type === 'refused')).type).toBe('welcome');
  });
});

describe('the build served by the classroom host', () => {
  let classroom: Classroom;
  beforeAll(async () => {
    const dist = tempFolder();
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Crisistafel</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'export {};');
    classroom = await startTestClassroom(tempFolder(), { distDir: dist });
  });
  afterAll(async () => {
    await classroom.close();
    removeTempFolders();
  });

  const get = (path: string, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: classroom.port, path, method }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('serves the page with its security headers, and the hashed assets for long', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Crisistafel</title>');
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // What the page's meta tag cannot say: no other site may frame it.
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const asset = await get('/assets/app-1234.js');
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('serves nothing outside the build and takes no uploads', async () => {
    expect((await get('/../package.json')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/', 'POST')).status).toBe(405);
  });
});
