// The classroom: one join code, one trainer, the devices that joined and the groups (sessions) they play
// in. The room decides who may do what — a device acts only from the seat the trainer gave it, and only
// for the actors that seat may speak for — and hands accepted commands to the group's journal and host.
// It knows nothing of sockets: the server tells it what arrived and listens to what changed.
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Command, Refusal, Scenario } from '../engine/index.js';
import { readLog } from '../engine/session/bundle.js';
import { clientRoleFor } from '../host/broadcast.js';
import { actorFromSeat, type ClientRole } from '../host/clients.js';
import { normaliseCode, type ClassroomSeat, type DeviceInfo, type DeviceStatus, type RoomSnapshot } from '../host/protocol.js';
import { t, type Language } from '../i18n/index.js';
import { Group, type GroupReply, type JournalHeader } from './group.js';
import { classroomSettings } from './group-settings.js';
import { readRoomFile, writeRoomFile, type DeviceRecord, type RoomFile } from './room-file.js';
import type { ScenarioLibrary } from './scenario-library.js';
import { newId, newJoinCode, newToken, sameSecret, tokenHash } from './secrets.js';

export type Identity = { readonly kind: 'trainer' } | { readonly kind: 'device'; readonly id: string };

/** What changed, for the transport to tell the right connections. */
export interface RoomListener {
  /** A device's status (pending, admitted where, kicked) changed. */
  device(id: string): void;
  /** A group took commands (or its journal state changed): its devices need new views. */
  group(group: Group): void;
  /** Something the trainer's room overview shows changed. */
  room(): void;
}

export interface RoomOptions {
  readonly dir: string;
  readonly library: ScenarioLibrary;
  readonly now?: () => number;
  /** Devices the room keeps (pending, admitted and kicked). */
  readonly maxDevices?: number;
  /** Devices waiting for admission at once: a flood of joins must not bury the trainer's list. */
  readonly maxPending?: number;
}

export interface StartupReport {
  readonly room: 'new' | 'loaded' | { readonly unreadable: string; readonly movedTo: string };
  readonly groups: number;
  readonly damaged: readonly { readonly group: Group }[];
  readonly unreadable: readonly { readonly file: string; readonly reason: string }[];
}

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly refusal: Refusal };

const ok: Outcome = { ok: true };
const RESERVED_NAMES = new Set(['trainer', 'evaluator']);
const no = (code: string, params: Record<string, string | number> = {}): { readonly ok: false; readonly refusal: Refusal } => ({ ok: false, refusal: { code, params } });

export class Room {
  private readonly devices = new Map<string, DeviceRecord>();
  private readonly byToken = new Map<string, string>();
  private readonly groups = new Map<string, Group>();
  private readonly scenarios = new Map<string, Scenario>();
  private readonly sessionsDir: string;
  private readonly now: () => number;
  private listener: RoomListener | null = null;
  readonly code: string;
  readonly trainerToken: string;
  readonly startup: StartupReport;
  readonly unreadable: readonly { readonly file: string; readonly reason: string }[];

  constructor(private readonly options: RoomOptions) {
    this.now = options.now ?? Date.now;
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    this.sessionsDir = join(options.dir, 'sessions');
    mkdirSync(this.sessionsDir, { recursive: true, mode: 0o700 });

    const read = readRoomFile(options.dir);
    let roomState: StartupReport['room'] = 'new';
    if (read.kind === 'ok') {
      this.code = read.room.code;
      this.trainerToken = read.room.trainerToken;
      for (const d of read.room.devices) this.remember(d);
      roomState = 'loaded';
    } else {
      if (read.kind === 'unreadable') {
        // Kept aside, not overwritten: the devices must join again, but nothing is destroyed.
        const movedTo = join(options.dir, `room.json.unreadable-${this.now()}`);
        renameSync(join(options.dir, 'room.json'), movedTo);
        roomState = { unreadable: read.reason, movedTo };
      }
      this.code = newJoinCode();
      this.trainerToken = newToken();
      this.persist();
    }

    const damaged: { group: Group }[] = [];
    const unreadable: { file: string; reason: string }[] = [];
    for (const name of readdirSync(this.sessionsDir).filter((n) => n.endsWith('.jsonl')).sort()) {
      const loaded = Group.load(join(this.sessionsDir, name), this.scenarios, (g) => this.listener?.group(g));
      if (!loaded.ok) {
        unreadable.push({ file: name, reason: loaded.reason });
        continue;
      }
      this.groups.set(loaded.group.id, loaded.group);
      if (loaded.group.damage) damaged.push({ group: loaded.group });
    }
    this.unreadable = unreadable;
    this.startup = { room: roomState, groups: this.groups.size, damaged, unreadable };
  }

  listen(listener: RoomListener): void {
    this.listener = listener;
  }

  private remember(device: DeviceRecord): void {
    this.devices.set(device.id, device);
    this.byToken.set(device.tokenHash, device.id);
  }

  private persist(): void {
    const file: RoomFile = { format: 'crisistafel-room', version: 1, code: this.code, trainerToken: this.trainerToken, devices: [...this.devices.values()] };
    writeRoomFile(this.options.dir, file);
  }

  /** Change a device and write the room file; when the disk refuses, the change is undone and refused. */
  private store(device: DeviceRecord): Outcome {
    const before = this.devices.get(device.id);
    this.remember(device);
    try {
      this.persist();
      return ok;
    } catch (error) {
      if (before) this.devices.set(before.id, before);
      else {
        this.devices.delete(device.id);
        this.byToken.delete(device.tokenHash);
      }
      return no('journal-failed', { reason: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) });
    }
  }

  // ---------------------------------------------------------------- who is speaking

  isTrainer(token: string): boolean {
    return sameSecret(token, this.trainerToken);
  }

  deviceForToken(token: string): DeviceRecord | undefined {
    const id = this.byToken.get(tokenHash(token));
    return id === undefined ? undefined : this.devices.get(id);
  }

  /** Whether `token` is the token of this identity: every request carries it, and it must be its sender's own. */
  tokenOf(identity: Identity, token: string): boolean {
    if (identity.kind === 'trainer') return this.isTrainer(token);
    const device = this.devices.get(identity.id);
    return device !== undefined && sameSecret(tokenHash(token), device.tokenHash);
  }

  device(id: string): DeviceRecord | undefined {
    return this.devices.get(id);
  }

  group(id: string): Group | undefined {
    return this.groups.get(id);
  }

  allGroups(): Group[] {
    return [...this.groups.values()];
  }

  statusOf(device: DeviceRecord): DeviceStatus {
    const s = device.status;
    if (s.state !== 'admitted') return s;
    return { state: 'admitted', session: s.session, seat: s.seat, title: this.groups.get(s.session)?.title ?? '' };
  }

  /** The group an admitted device plays in, and what it may act for there. */
  placeOf(device: DeviceRecord): { readonly group: Group; readonly role: ClientRole } | null {
    if (device.status.state !== 'admitted') return null;
    const group = this.groups.get(device.status.session);
    if (!group) return null;
    const role = roleForSeat(device.status.seat, device.name, group);
    return role ? { group, role } : null;
  }

  // ---------------------------------------------------------------- joining and admission

  join(code: string, name: string): { readonly ok: true; readonly device: DeviceRecord; readonly token: string } | { readonly ok: false; readonly refusal: Refusal } {
    if (normaliseCode(code) !== this.code) return no('bad-code');
    // The words the engine records for the trainer's and an unnamed evaluator's own notes: a device called that
    // would read, in an evaluator seat, as them.
    if (RESERVED_NAMES.has(name.trim().toLowerCase())) return no('name-reserved', { name });
    const all = [...this.devices.values()];
    if (all.length >= (this.options.maxDevices ?? 2000)) return no('room-full');
    if (all.filter((d) => d.status.state === 'pending').length >= (this.options.maxPending ?? 300)) return no('room-full');
    const token = newToken();
    const device: DeviceRecord = { id: newId('d'), name, tokenHash: tokenHash(token), status: { state: 'pending' }, joinedAt: this.now() };
    const stored = this.store(device);
    if (!stored.ok) return stored;
    this.listener?.room();
    return { ok: true, device, token };
  }

  /** Admit a waiting device, move an admitted one, or admit a kicked one again: each is a seat in a session. */
  admit(deviceId: string, session: string, seat: ClassroomSeat): Outcome {
    const device = this.devices.get(deviceId);
    if (!device) return no('unknown-device');
    const group = this.groups.get(session);
    if (!group) return no('unknown-session');
    if (!roleForSeat(seat, device.name, group)) return no('unknown-table', { table: seat.kind === 'table' ? seat.table : seat.kind });
    const stored = this.store({ ...device, status: { state: 'admitted', session, seat } });
    if (!stored.ok) return stored;
    this.listener?.device(deviceId);
    this.listener?.room();
    return ok;
  }

  kick(deviceId: string): Outcome {
    const device = this.devices.get(deviceId);
    if (!device) return no('unknown-device');
    const stored = this.store({ ...device, status: { state: 'kicked' } });
    if (!stored.ok) return stored;
    this.listener?.device(deviceId);
    this.listener?.room();
    return ok;
  }

  // ---------------------------------------------------------------- groups

  /** Start `count` groups side by side from one scenario and one seed. */
  createGroups(scenarioId: string, seed: string, count: number, lang: Language): Outcome & { readonly ids?: readonly string[] } {
    const entry = this.options.library.find(scenarioId);
    if (!entry) return no('unknown-scenario', { scenario: scenarioId });
    const settings = classroomSettings(entry.scenario, lang);
    if (settings.tables.length === 0) return no('scenario-without-roles');
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const header: JournalHeader = {
        kind: 'crisistafel-journal',
        version: 1,
        session: newId('g'),
        title: t(lang, 'classroom.group.title', { n: this.groups.size + 1 }),
        createdAt: this.now(),
        scenario: entry.scenario,
        scenarioHash: entry.hash,
        seed,
        settings,
      };
      try {
        const group = Group.create(this.sessionsDir, header, (g) => this.listener?.group(g));
        this.groups.set(group.id, group);
        ids.push(group.id);
      } catch (error) {
        this.listener?.room();
        return no('journal-failed', { reason: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) });
      }
    }
    this.listener?.room();
    return { ok: true, ids };
  }

  recover(session: string): Outcome {
    const group = this.groups.get(session);
    if (!group) return no('unknown-session');
    if (!group.damage) return no('session-not-damaged');
    try {
      group.recover(this.now());
    } catch (error) {
      return no('journal-failed', { reason: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) });
    }
    this.listener?.group(group);
    this.listener?.room();
    return ok;
  }

  // ---------------------------------------------------------------- commands

  /**
   * A command from a device or the trainer console. Everything the room can refuse is refused here,
   * before the journal: the journal holds only commands that reach the engine, so replaying it needs
   * no knowledge of who sent them.
   */
  submit(identity: Identity, session: string, raw: unknown, reply: (result: GroupReply) => void): void {
    const group = this.groups.get(session);
    if (!group) return reply(no('unknown-session'));
    let role: ClientRole;
    if (identity.kind === 'trainer') {
      role = { kind: 'trainer' };
    } else {
      const device = this.devices.get(identity.id);
      if (!device || device.status.state !== 'admitted') return reply(no(device?.status.state === 'kicked' ? 'kicked' : 'not-admitted'));
      if (device.status.session !== session) return reply(no('wrong-session'));
      const place = this.placeOf(device);
      if (!place) return reply(no('not-admitted'));
      role = place.role;
    }
    const read = readLog([raw]);
    if (!read.ok || read.commands[0] === undefined) return reply(no('command-invalid', read.ok ? {} : read.params));
    const command = read.commands[0];
    const actor = actorFromSeat(role, command.actor);
    if (actor === null) {
      const claimed = command.actor;
      if (claimed.kind === 'evaluator' && role.kind !== 'table' && role.kind !== 'projector') return reply(no('actor-not-your-name', { name: claimed.name ?? '' }));
      return reply(no('client-may-not-act-as', { actor: claimed.kind }));
    }
    // The host's clock, not the device's: devices' clocks disagree, and the stamp only reports decision time.
    group.enqueue(role, { ...command, actor, stamp: this.now() } as Command, reply);
  }

  // ---------------------------------------------------------------- the trainer's overview

  snapshot(presence: (id: string) => { online: boolean; lastSeen: number }, join: Pick<RoomSnapshot, 'joinUrls' | 'qr'>): RoomSnapshot {
    const devices: DeviceInfo[] = [...this.devices.values()].map((d) => ({ id: d.id, name: d.name, status: this.statusOf(d), ...presence(d.id) }));
    return {
      code: this.code,
      ...join,
      devices,
      groups: [...this.groups.values()].map((g) => g.summary()),
      scenarios: this.options.library.scenarios.map((s) => ({ id: s.id, title: s.scenario.title, roles: s.scenario.roles.filter((r) => r.required).length })),
      unreadable: [...this.unreadable],
    };
  }

  close(): void {
    for (const g of this.groups.values()) g.close();
  }
}

function roleForSeat(seat: ClassroomSeat, name: string, group: Group): ClientRole | null {
  switch (seat.kind) {
    case 'table':
      return clientRoleFor({ kind: 'table', table: seat.table }, group.state.settings);
    case 'projector':
      return { kind: 'projector' };
    case 'evaluator':
      return { kind: 'evaluator', name };
  }
}
