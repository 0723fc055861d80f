// The host process killed with SIGKILL in the middle of a burst of commands, then started again on the
// same data folder: every command that was acknowledged is there, in the order it was sent, and the
// sessions are exactly as they were; the devices rejoin with their tokens.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { canonicalJson, type TrainerView } from '../../../src/engine/index.js';
import type { ServerMessage } from '../../../src/host/protocol.js';
import { INTRO, RawClient, removeTempFolders, requestId, ROOT, tempFolder } from './support.js';

type Views = Extract<ServerMessage, { type: 'views' }>;

interface Host {
  readonly child: ChildProcess;
  readonly port: number;
  readonly token: string;
  readonly exited: Promise<number | null>;
}

const running: Host[] = [];

function startHost(dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts'), '--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--scenarios', INTRO, '--lang', 'en'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\/#\/classroom\/([0-9a-f]{64})/.exec(out);
      if (m) {
        const host = { child, port: Number(m[1]), token: m[2] as string, exited };
        running.push(host);
        resolve(host);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`host exited (${code}) before it was ready:\n${out}`)));
  });
}

afterAll(async () => {
  for (const h of running) {
    if (h.child.exitCode === null && h.child.signalCode === null) h.child.kill('SIGTERM');
    await h.exited;
  }
  removeTempFolders();
});

async function connect(host: Host, token: string): Promise<RawClient> {
  const client = await RawClient.open(`ws://127.0.0.1:${host.port}/ws`);
  client.send({ type: 'resume', v: 1, token });
  await client.next((m) => m.type === 'welcome');
  return client;
}

async function trainerLog(client: RawClient, token: string, session: string): Promise<TrainerView['log']> {
  const views = client.upcoming<Views>((m) => m.type === 'views' && m.session === session);
  await client.ask({ type: 'watch', id: requestId(), token, session });
  return ((await views).views[0]?.view as unknown as TrainerView).log;
}

it('loses no acknowledged command when the host is killed mid-session, and resumes every session exactly', async () => {
  const dataDir = tempFolder();
  const first = await startHost(dataDir);
  const trainer = await connect(first, first.token);
  const ask = (message: Record<string, unknown>) => trainer.ask({ id: requestId(), token: first.token, ...message });
  expect((await ask({ type: 'createGroups', scenario: 'intro-market-square', seed: '11', groups: 2, lang: 'en' })).ok).toBe(true);
  const room = await trainer.next((m) => m.type === 'room' && m.room.groups.length === 2);
  const groups = room.type === 'room' ? room.room.groups.map((g) => g.id) : [];

  // A device in the first group, admitted and playing.
  const device = await RawClient.open(`ws://127.0.0.1:${first.port}/ws`);
  device.send({ type: 'join', v: 1, code: room.type === 'room' ? room.room.code : '', name: 'Fatima' });
  const welcome = await device.next((m) => m.type === 'welcome');
  if (welcome.type !== 'welcome' || welcome.as !== 'device') throw new Error('not welcomed');
  await ask({ type: 'admit', device: welcome.device, session: groups[0], seat: { kind: 'table', table: 'mayor' } });
  for (const g of groups) {
    await ask({ type: 'command', session: g, command: { type: 'start', actor: { kind: 'trainer' } } });
    await ask({ type: 'command', session: g, command: { type: 'beginRounds', actor: { kind: 'trainer' } } });
  }
  await device.ask({ type: 'command', id: requestId(), token: welcome.token, session: groups[0], command: { type: 'structure', action: { action: 'confirmIncident' }, actor: { kind: 'role', role: 'mayor' } } });

  // Observations to both groups, sixteen in flight per group at any time: each answer sends the next.
  // The host is killed at the 60th answer, with commands still on their way.
  const sent: { id: number; group: string; text: string }[] = [];
  const counter = new Map<string, number>(groups.map((g) => [g, 0]));
  const sendNext = (g: string) => {
    const i = counter.get(g) ?? 0;
    counter.set(g, i + 1);
    const item = { id: requestId(), group: g, text: `observation ${g} ${i}` };
    sent.push(item);
    trainer.send({ type: 'command', id: item.id, token: first.token, session: g, command: { type: 'observe', text: item.text, actor: { kind: 'trainer' } } });
  };
  let answered = 0;
  const killed = new Promise<void>((resolve) => {
    trainer.socket.on('message', (data) => {
      const m = JSON.parse(String(data)) as ServerMessage;
      const item = m.type === 'result' ? sent.find((s) => s.id === m.id) : undefined;
      if (!item || answered >= 60) return;
      answered += 1;
      if (answered === 60) {
        first.child.kill('SIGKILL');
        resolve();
      } else sendNext(item.group);
    });
  });
  for (let i = 0; i < 16; i++) for (const g of groups) sendNext(g);
  await killed;
  await first.exited;
  await trainer.closed;
  const acknowledged = sent.filter((s) => trainer.seen.some((m) => m.type === 'result' && m.id === s.id && m.ok));
  expect(acknowledged.length).toBeGreaterThanOrEqual(60);
  expect(new Set(acknowledged.map((a) => a.group)).size).toBe(2);
  // The latest state each group showed before the kill (the console watched neither, so ask the journal's own witness: the views to the device).
  const deviceViews = device.seen.filter((m): m is Views => m.type === 'views');
  const lastSeenByDevice = deviceViews.at(-1);

  const second = await startHost(dataDir);
  expect(second.token).toBe(first.token);
  const again = await connect(second, second.token);
  let total = 0;
  for (const g of groups) {
    const log = await trainerLog(again, second.token, g);
    const texts = log.flatMap((e) => (e.command.type === 'observe' ? [e.command.text] : []));
    const mine = sent.filter((s) => s.group === g);
    // Every acknowledged observation is there…
    for (const s of acknowledged.filter((a) => a.group === g)) expect(texts).toContain(s.text);
    // …and what is there is exactly what was sent, in the order sent, with nothing skipped.
    expect(texts).toEqual(mine.slice(0, texts.length).map((s) => s.text));
    total += texts.length;
  }

  expect(total).toBeGreaterThanOrEqual(acknowledged.length);
  expect(total).toBeLessThanOrEqual(sent.length);

  // The device rejoins with its token and sees its group as it now is: at least as far as before the kill.
  const back = await connect(second, welcome.token);
  const status = await back.next((m) => m.type === 'status');
  expect(status).toMatchObject({ status: { state: 'admitted', session: groups[0], seat: { table: 'mayor' } } });
  const caughtUp = await back.next<Views>((m) => m.type === 'views');
  expect(caughtUp.revision).toBeGreaterThanOrEqual(lastSeenByDevice?.revision ?? 0);

  // Exactly: a third start replays the same journals to byte-identical states.
  const before = await Promise.all(groups.map((g) => trainerLog(again, second.token, g)));
  second.child.kill('SIGKILL');
  await second.exited;
  const third = await startHost(dataDir);
  const last = await connect(third, third.token);
  const after = await Promise.all(groups.map((g) => trainerLog(last, third.token, g)));
  expect(after.map((l) => canonicalJson(l))).toEqual(before.map((l) => canonicalJson(l)));
  for (const c of [device, again, back, last]) c.close();
}, 60_000);
