// The room without sockets: who may act for whom, parallel groups from one scenario and seed, and the
// journal that lets a restarted host resume every group exactly — or, when a journal is damaged, say
// so and go on from the intact part only once the trainer agrees.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, type Command } from '../../../src/engine/index.js';
import type { GroupReply } from '../../../src/server/group.js';
import { journalLine, readJournal } from '../../../src/server/journal.js';
import { Room, type Identity } from '../../../src/server/room.js';
import { loadLibrary } from '../../../src/server/scenario-library.js';
import { INTRO, removeTempFolders, ROOT, tempFolder } from './support.js';

afterEach(removeTempFolders);

const library = loadLibrary([INTRO]);
const TRAINER: Identity = { kind: 'trainer' };
const trainer = { kind: 'trainer' } as const;

function openRoom(dir: string): Room {
  return new Room({ dir, library, now: () => 1_700_000_000_000 });
}

/** Submit and wait for the batch to be journaled and applied. */
function submit(room: Room, who: Identity, session: string, command: unknown): Promise<GroupReply> {
  return new Promise((resolve) => room.submit(who, session, command, resolve));
}

function firstGroups(room: Room, count: number): string[] {
  const made = room.createGroups('intro-market-square', 'seed-7', count, 'en');
  if (!made.ok || !made.ids) throw new Error('groups not created');
  return [...made.ids];
}

function admitted(room: Room, name: string, session: string, table: string): Identity {
  const joined = room.join(room.code, name);
  if (!joined.ok) throw new Error('join refused');
  expect(room.admit(joined.device.id, session, { kind: 'table', table }).ok).toBe(true);
  return { kind: 'device', id: joined.device.id };
}

describe('joining the room', () => {
  it('admits a device only with the room code, whatever its case or dashes', () => {
    const room = openRoom(tempFolder());
    expect(room.join('WRONG1', 'Eve')).toMatchObject({ ok: false, refusal: { code: 'bad-code' } });
    const dashed = `${room.code.slice(0, 3).toLowerCase()}-${room.code.slice(3)}`;
    expect(room.join(dashed, 'Fatima').ok).toBe(true);
  });

  it('keeps only a hash of a device token on disk, and knows the device again after a restart', () => {
    const dir = tempFolder();
    const room = openRoom(dir);
    const joined = room.join(room.code, 'Fatima');
    if (!joined.ok) throw new Error('join refused');
    room.close();
    expect(readFileSync(join(dir, 'room.json'), 'utf8')).not.toContain(joined.token);
    const again = openRoom(dir);
    expect(again.code).toBe(room.code);
    expect(again.trainerToken).toBe(room.trainerToken);
    expect(again.deviceForToken(joined.token)?.name).toBe('Fatima');
    expect(again.deviceForToken('f'.repeat(64))).toBeUndefined();
  });

  it('sets a room.json with a hostile length aside as unreadable, with its reason, and starts a new room', () => {
    const dir = tempFolder();
    const room = openRoom(dir);
    room.close();
    const file = JSON.parse(readFileSync(join(dir, 'room.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'room.json'), JSON.stringify({ ...file, devices: { length: { toString: 'x' } } }));
    const again = openRoom(dir);
    expect(again.startup.room).toMatchObject({ unreadable: expect.stringContaining('expected array') });
    expect(again.code).not.toBe(room.code);
  });

  it('writes room.json at most once a second under a flood of joins, and says when the batch is on disk', async () => {
    const dir = tempFolder();
    const room = openRoom(dir);
    const onDisk = () => (JSON.parse(readFileSync(join(dir, 'room.json'), 'utf8')) as { devices: { name: string }[] }).devices.map((d) => d.name);
    expect(room.join(room.code, 'first', '10.0.0.1').ok).toBe(true);
    // The room was idle: the first join is written at once.
    expect(onDisk()).toEqual(['first']);
    for (let i = 0; i < 49; i++) expect(room.join(room.code, `d${i}`, `10.0.1.${i}`).ok).toBe(true);
    // The others wait for the next write, all together.
    expect(onDisk()).toEqual(['first']);
    expect(await new Promise((done) => room.afterStored(done))).toBeNull();
    expect(onDisk()).toHaveLength(50);
    // Nothing waits now: the answer comes at once.
    let answered = false;
    room.afterStored(() => (answered = true));
    expect(answered).toBe(true);
    room.close();
  });

  it('undoes a batch of joins the disk refused, and says why', async () => {
    const dir = tempFolder();
    const room = openRoom(dir);
    expect(room.join(room.code, 'first').ok).toBe(true);
    const second = room.join(room.code, 'second', '10.0.0.2');
    if (!second.ok) throw new Error('join refused');
    // room.json becomes a folder that cannot be replaced by a file: the next write fails.
    rmSync(join(dir, 'room.json'));
    mkdirSync(join(dir, 'room.json'));
    writeFileSync(join(dir, 'room.json', 'keep'), '');
    const error = await new Promise<string | null>((done) => room.afterStored(done));
    expect(error).toMatch(/room\.json/);
    expect(room.device(second.device.id)).toBeUndefined();
    expect(room.deviceForToken(second.token)).toBeUndefined();
  });

  it('caps waiting devices per address, and forgets every waiting device when the trainer asks', () => {
    const room = new Room({ dir: tempFolder(), library, maxPendingPerAddress: 2 });
    const [g] = firstGroups(room, 1);
    expect(room.join(room.code, 'a', '10.0.0.5').ok).toBe(true);
    const b = room.join(room.code, 'b', '10.0.0.5');
    expect(room.join(room.code, 'c', '10.0.0.5')).toMatchObject({ ok: false, refusal: { code: 'too-many-waiting', params: { limit: 2 } } });
    const other = room.join(room.code, 'd', '10.0.0.6');
    if (!b.ok || !other.ok || !g) throw new Error('setup');
    // Admitted, a device no longer waits: its address may have another waiting.
    expect(room.admit(b.device.id, g, { kind: 'table', table: 'mayor' }).ok).toBe(true);
    expect(room.join(room.code, 'e', '10.0.0.5').ok).toBe(true);

    expect(room.removeWaiting()).toEqual({ ok: true, removed: 3 });
    expect(room.snapshot(() => ({ online: false, lastSeen: 0 }), { joinUrls: [], qr: null }).devices.map((d) => [d.name, d.status.state])).toEqual([['b', 'admitted']]);
    expect(room.deviceForToken(other.token)).toBeUndefined();
    expect(room.removeWaiting()).toEqual({ ok: true, removed: 0 });
    room.close();
  });

  it('does not count removed devices toward the room\'s cap', () => {
    const room = new Room({ dir: tempFolder(), library, maxDevices: 2 });
    const a = room.join(room.code, 'a', '10.0.0.1');
    expect(room.join(room.code, 'b', '10.0.0.2').ok).toBe(true);
    expect(room.join(room.code, 'c', '10.0.0.3')).toMatchObject({ ok: false, refusal: { code: 'room-full' } });
    if (!a.ok) throw new Error('setup');
    expect(room.kick(a.device.id).ok).toBe(true);
    expect(room.join(room.code, 'c', '10.0.0.3').ok).toBe(true);
    room.close();
  });

  it('refuses more waiting devices than the trainer can handle', () => {
    const room = new Room({ dir: tempFolder(), library, maxPending: 2 });
    expect(room.join(room.code, 'a').ok).toBe(true);
    expect(room.join(room.code, 'b').ok).toBe(true);
    expect(room.join(room.code, 'c')).toMatchObject({ ok: false, refusal: { code: 'room-full' } });
  });

  it('admits only to a table the group has', () => {
    const room = openRoom(tempFolder());
    const [g] = firstGroups(room, 1);
    const joined = room.join(room.code, 'Eve');
    if (!joined.ok || !g) throw new Error('setup');
    expect(room.admit(joined.device.id, g, { kind: 'table', table: 'prosecutor' })).toMatchObject({ ok: false, refusal: { code: 'unknown-table' } });
    expect(room.admit(joined.device.id, 'g-nothing', { kind: 'projector' })).toMatchObject({ ok: false, refusal: { code: 'unknown-session' } });
    expect(room.admit('d-nothing', g, { kind: 'projector' })).toMatchObject({ ok: false, refusal: { code: 'unknown-device' } });
  });
});

describe('who may act for whom', () => {
  it('lets a device act only for the roles of its own table, in its own group', async () => {
    const room = openRoom(tempFolder());
    const [a, b] = firstGroups(room, 2);
    if (!a || !b) throw new Error('setup');
    const mayor = admitted(room, 'Fatima', a, 'mayor');
    await submit(room, TRAINER, a, { type: 'start', actor: trainer });
    await submit(room, TRAINER, a, { type: 'beginRounds', actor: trainer });
    const before = room.group(a)?.state;

    const attempts: [unknown, string][] = [
      [{ type: 'endTurn', actor: { kind: 'role', role: 'police-chief' } }, 'client-may-not-act-as'],
      [{ type: 'advance', actor: trainer }, 'client-may-not-act-as'],
      [{ type: 'observe', text: 'x', actor: { kind: 'evaluator' } }, 'client-may-not-act-as'],
      [{ type: 'structure', action: { action: 'scale', level: 3 }, actor: { kind: 'simcell', role: 'mayor' } }, 'client-may-not-act-as'],
      [{ type: 'endTurn', actor: { kind: 'role', role: 'mayor' }, sneaky: true }, 'command-invalid'],
      [{ type: 'teleport', actor: { kind: 'role', role: 'mayor' } }, 'command-invalid'],
    ];
    for (const [command, code] of attempts) {
      expect(await submit(room, mayor, a, command)).toMatchObject({ ok: false, refusal: { code } });
    }
    expect(await submit(room, mayor, b, { type: 'endTurn', actor: { kind: 'role', role: 'mayor' } })).toMatchObject({ ok: false, refusal: { code: 'wrong-session' } });
    // Refused before the engine: nothing was journaled, not even as an attempt.
    expect(room.group(a)?.state).toBe(before);
    expect(room.group(a)?.revision).toBe(2);

    expect(await submit(room, mayor, a, { type: 'endTurn', actor: { kind: 'role', role: 'mayor' } })).toEqual({ ok: true, revision: 3 });
  });

  it('refuses a device that is waiting or was removed', async () => {
    const room = openRoom(tempFolder());
    const [g] = firstGroups(room, 1);
    if (!g) throw new Error('setup');
    const joined = room.join(room.code, 'Eve');
    if (!joined.ok) throw new Error('setup');
    const eve: Identity = { kind: 'device', id: joined.device.id };
    expect(await submit(room, eve, g, { type: 'endTurn', actor: { kind: 'role', role: 'mayor' } })).toMatchObject({ ok: false, refusal: { code: 'not-admitted' } });
    room.admit(joined.device.id, g, { kind: 'table', table: 'mayor' });
    room.kick(joined.device.id);
    expect(await submit(room, eve, g, { type: 'endTurn', actor: { kind: 'role', role: 'mayor' } })).toMatchObject({ ok: false, refusal: { code: 'kicked' } });
  });
});

describe('parallel groups', () => {
  it('start from the same scenario, seed and tables, and play independently', async () => {
    const room = openRoom(tempFolder());
    const ids = firstGroups(room, 3);
    const states = ids.map((id) => room.group(id)?.state);
    expect(new Set(states.map((s) => canonicalJson(s))).size).toBe(1);
    const [first] = ids;
    if (!first) throw new Error('setup');
    await submit(room, TRAINER, first, { type: 'start', actor: trainer });
    expect(room.group(first)?.state.phase).not.toBe('setup');
    expect(ids.slice(1).map((id) => room.group(id)?.state.phase)).toEqual(['setup', 'setup']);
    const titles = room.snapshot(() => ({ online: false, lastSeen: 0 }), { joinUrls: [], qr: null }).groups.map((g) => g.title);
    expect(titles).toEqual(['Group 1', 'Group 2', 'Group 3']);
  });
});

describe('a journal the disk refuses', () => {
  it('applies and acknowledges nothing, and the group takes no more commands', async () => {
    const room = openRoom(tempFolder());
    const [g] = firstGroups(room, 1);
    const group = g ? room.group(g) : undefined;
    if (!g || !group) throw new Error('setup');
    await submit(room, TRAINER, g, { type: 'start', actor: trainer });
    const before = group.state;
    // The file goes away under the host (a pulled USB disk, a full volume).
    group.close();
    expect(await submit(room, TRAINER, g, { type: 'beginRounds', actor: trainer })).toMatchObject({ ok: false, refusal: { code: 'journal-failed' } });
    expect(group.state).toBe(before);
    expect(group.failed).toBe(true);
    expect(await submit(room, TRAINER, g, { type: 'pause', actor: trainer })).toMatchObject({ ok: false, refusal: { code: 'journal-failed' } });
    expect(room.snapshot(() => ({ online: false, lastSeen: 0 }), { joinUrls: [], qr: null }).groups[0]?.failed).toBe(true);
  });
});

describe('a restarted host', () => {
  it('resumes every group exactly, refused attempts included', async () => {
    const dir = tempFolder();
    const room = openRoom(dir);
    const [a, b] = firstGroups(room, 2);
    if (!a || !b) throw new Error('setup');
    const mayor = admitted(room, 'Fatima', a, 'mayor');
    const police = admitted(room, 'Daan', b, 'police-chief');
    const script: [Identity, string, Command][] = [
      [TRAINER, a, { type: 'start', actor: trainer }],
      [TRAINER, b, { type: 'start', actor: trainer }],
      [TRAINER, a, { type: 'beginRounds', actor: trainer }],
      [TRAINER, b, { type: 'beginRounds', actor: trainer }],
      [mayor, a, { type: 'structure', action: { action: 'confirmIncident' }, actor: { kind: 'role', role: 'mayor' } }],
      [mayor, a, { type: 'endTurn', actor: { kind: 'role', role: 'mayor' } }],
      // Refused by the engine: the turn has ended. It is an attempt the debrief shows, so it is journaled too.
      [mayor, a, { type: 'endTurn', actor: { kind: 'role', role: 'mayor' } }],
      [police, b, { type: 'structure', action: { action: 'convene', team: 'driehoek' }, actor: { kind: 'role', role: 'police-chief' } }],
      [TRAINER, a, { type: 'observe', text: 'De burgemeester schaalt snel op.', actor: trainer }],
      [TRAINER, b, { type: 'advance', actor: trainer }],
      [TRAINER, a, { type: 'undo', actor: trainer }],
    ];
    // All at once: batched per group, one fsync per batch.
    const replies = await Promise.all(script.map(([who, group, command]) => submit(room, who, group, command)));
    expect(replies.filter((r) => !r.ok).map((r) => !r.ok && r.refusal.code)).toEqual(['turn-already-ended']);
    const before = [a, b].map((id) => canonicalJson(room.group(id)?.state));
    expect(room.group(a)?.state.attempts).toHaveLength(1);
    room.close();

    const again = openRoom(dir);
    expect(again.startup).toMatchObject({ room: 'loaded', groups: 2, damaged: [], unreadable: [] });
    expect([a, b].map((id) => canonicalJson(again.group(id)?.state))).toEqual(before);
    expect(again.group(a)?.revision).toBe(room.group(a)?.revision);
    // And it goes on from there.
    expect(await submit(again, TRAINER, a, { type: 'advance', actor: trainer })).toMatchObject({ ok: true });
    expect(again.group(a)?.state.round).toBe(2);
  });

  it('reports a damaged journal tail, holds the group, and goes on from the intact part only when the trainer says so', async () => {
    const dir = tempFolder();
    const room = openRoom(dir);
    const [g] = firstGroups(room, 1);
    if (!g) throw new Error('setup');
    await submit(room, TRAINER, g, { type: 'start', actor: trainer });
    await submit(room, TRAINER, g, { type: 'beginRounds', actor: trainer });
    const intact = canonicalJson(room.group(g)?.state);
    await submit(room, TRAINER, g, { type: 'advance', actor: trainer });
    room.close();
    const path = join(dir, 'sessions', `${g}.jsonl`);
    // A power cut in the middle of the last write: the line is cut short.
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.length - 12));

    const again = openRoom(dir);
    const group = again.group(g);
    expect(again.startup.damaged.map((d) => d.group.id)).toEqual([g]);
    expect(group?.damage).toMatchObject({ line: 4, reason: 'torn', kept: 2 });
    expect(canonicalJson(group?.state)).toBe(intact);
    expect(await submit(again, TRAINER, g, { type: 'advance', actor: trainer })).toMatchObject({ ok: false, refusal: { code: 'session-damaged', params: { line: 4 } } });
    const summary = again.snapshot(() => ({ online: false, lastSeen: 0 }), { joinUrls: [], qr: null }).groups[0];
    expect(summary?.damage).toMatchObject({ line: 4, kept: 2 });

    expect(again.recover(g).ok).toBe(true);
    expect(readdirSync(join(dir, 'sessions')).some((n) => n.startsWith(`${g}.jsonl.damaged-`))).toBe(true);
    expect(await submit(again, TRAINER, g, { type: 'advance', actor: trainer })).toMatchObject({ ok: true });
    const after = canonicalJson(again.group(g)?.state);
    again.close();

    const third = openRoom(dir);
    expect(third.group(g)?.damage).toBeNull();
    expect(canonicalJson(third.group(g)?.state)).toBe(after);
  });

  it('treats a line that is intact but out of place as damage', async () => {
    const dir = tempFolder();
    const room = openRoom(dir);
    const [g] = firstGroups(room, 1);
    if (!g) throw new Error('setup');
    await submit(room, TRAINER, g, { type: 'start', actor: trainer });
    room.close();
    const path = join(dir, 'sessions', `${g}.jsonl`);
    // A well-chained line claiming to be command 5 when command 1 comes next.
    const { lastSum } = readJournal(path);
    appendFileSync(path, journalLine(lastSum, { kind: 'command', n: 5, command: { type: 'advance', actor: trainer } }).line);
    const again = openRoom(dir);
    expect(again.group(g)?.damage).toMatchObject({ line: 3, reason: 'out-of-order', kept: 1 });
    expect(again.group(g)?.revision).toBe(1);
  });

  it('leaves a journal whose first line is unreadable on disk and says so', () => {
    const dir = tempFolder();
    const room = openRoom(dir);
    const [g] = firstGroups(room, 1);
    room.close();
    const path = join(dir, 'sessions', `${g}.jsonl`);
    writeFileSync(path, `x${readFileSync(path, 'utf8')}`);
    const again = openRoom(dir);
    expect(again.group(g ?? '')).toBeUndefined();
    expect(again.startup.unreadable).toEqual([{ file: `${g}.jsonl`, reason: expect.stringContaining('checksum') }]);
    expect(existsSync(path)).toBe(true);
  });
});

describe('how new groups play', () => {
  const ramming = loadLibrary([join(ROOT, 'scenarios/ramming-tabletop.json')]);
  const openRamming = () => new Room({ dir: tempFolder(), library: ramming, now: () => 1_700_000_000_000 });
  const choices = {
    feedback: 'debrief' as const,
    timerMinutes: 20,
    guided: true,
    messages: 'ownWords' as const,
    runByModule: true,
    moduleMinutes: { 'module-1': 45, 'module-2': 35 },
    moduleFeedback: true,
  };

  it("start with the trainer's choices, by the setup screen's rules", () => {
    const room = openRamming();
    const made = room.createGroups('ramming-tabletop', 's', 2, 'en', choices);
    if (!made.ok || !made.ids) throw new Error('groups not created');
    for (const id of made.ids) {
      const settings = room.group(id)?.state.settings;
      expect(settings).toMatchObject({ feedback: 'debrief', roundTimerSeconds: 1200, guided: true, messages: 'ownWords', moduleMinutes: { 'module-1': 45 }, moduleFeedback: true });
      // module-2 kept its own budget, and a discussion always runs by module: neither is recorded as a choice.
      expect(settings?.moduleMinutes).not.toHaveProperty('module-2');
      expect(settings).not.toHaveProperty('runByModule');
    }
  });

  it('offers the form what each scenario allows', () => {
    const scenario = openRamming().snapshot(() => ({ online: false, lastSeen: 0 }), { joinUrls: [], qr: null }).scenarios[0];
    expect(scenario).toMatchObject({ id: 'ramming-tabletop', messageModes: ['both', 'blocks', 'ownWords'], runByModule: false });
    expect(scenario?.modules.map((m) => m.id)).toEqual(['module-1', 'module-2', 'module-3']);
  });

  it('refuses choices out of range or about a module the scenario lacks, and starts no group', () => {
    const room = openRamming();
    expect(room.createGroups('ramming-tabletop', 's', 1, 'en', { ...choices, timerMinutes: 0 })).toMatchObject({ ok: false, refusal: { code: 'timer-invalid' } });
    expect(room.createGroups('ramming-tabletop', 's', 1, 'en', { ...choices, moduleMinutes: { 'module-9': 30 } })).toMatchObject({ ok: false, refusal: { code: 'unknown-module', params: { module: 'module-9' } } });
    expect(room.snapshot(() => ({ online: false, lastSeen: 0 }), { joinUrls: [], qr: null }).groups).toEqual([]);
  });

  it('without choices, gets feedback after each round as before', () => {
    const room = openRamming();
    const made = room.createGroups('ramming-tabletop', 's', 1, 'en');
    expect(made.ok && made.ids ? room.group(made.ids[0] as string)?.state.settings.feedback : null).toBe('perRound');
  });
});
