// The classroom: one join code, one trainer, the devices that joined and the groups (sessions) they play
// in. The room decides who may do what — a device acts only from the seat the trainer gave it, and only
// for the actors that seat may speak for — and hands accepted commands to the group's journal and host.
// It knows nothing of sockets: the server tells it what arrived and listens to what changed.
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Command, Refusal, Scenario } from '../engine/index.js';
import { readLog } from '../engine/session/bundle.js';
import { playChoiceProblems, playChoiceRefusal, playOffer, type PlayChoices } from '../engine/session/play-choices.js';
import { clientRoleFor } from '../host/broadcast.js';
import { feedbackInfo, linkFeedbackCommand, type LinkFeedback } from '../host/feedback-link.js';
import { publicView } from '../engine/views/public-view.js';
import { actorFromSeat, type ClientRole } from '../host/clients.js';
import type { DebriefFocus } from '../host/room-focus.js';
import { normaliseCode, type FeedbackFormMessage, type ClassroomSeat, type DeviceInfo, type DeviceStatus, type RoomSnapshot } from '../host/protocol.js';
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
  /** Devices the room forgot (the trainer removed every waiting device): their connections are told so. */
  removed(ids: readonly string[]): void;
  /** A group took commands (or its journal state changed): its devices need new views. */
  group(group: Group): void;
  /** Something the trainer's room overview shows changed. */
  room(): void;
}

export interface RoomOptions {
  readonly dir: string;
  readonly library: ScenarioLibrary;
  readonly now?: () => number;
  /** Devices the room serves at once (waiting and admitted; removed ones do not count). */
  readonly maxDevices?: number;
  /** Devices waiting for admission at once: a flood of joins must not bury the trainer's list. */
  readonly maxPending?: number;
  /** Devices one network address may have waiting at once: one machine must not fill the list for the others. */
  readonly maxPendingPerAddress?: number;
  /** How often room.json may be written at most (default once a second); 0 writes every change at once. */
  readonly writeEveryMs?: number;
  /** Where a failure in code waiting on a write is reported (the host's log). */
  readonly fault?: (context: string, error: unknown) => void;
}

export interface StartupReport {
  readonly room: 'new' | 'loaded' | { readonly unreadable: string; readonly movedTo: string };
  readonly groups: number;
  readonly damaged: readonly { readonly group: Group }[];
  readonly unreadable: readonly { readonly file: string; readonly reason: string }[];
}

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly refusal: Refusal };

const ok: Outcome = { ok: true };
/** room.json is written at most this often: a change in between waits for the next write, and so does its answer. */
const WRITE_EVERY_MS = 1000;
/** Removed devices kept (to admit again); past this the longest-removed are forgotten, so the file stays bounded. */
const MAX_KICKED = 1000;
export const MAX_PENDING_PER_ADDRESS = 10;
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
  /** The address each device joined from, for the cap per address (kept in memory only). */
  private readonly joinedFrom = new Map<string, string>();
  /** The next write of room.json: changes made since the last one, how to undo them, and who waits on it. */
  private readonly writes = { timer: null as ReturnType<typeof setTimeout> | null, lastAt: -Infinity, undo: [] as (() => void)[], waiting: [] as ((error: string | null) => void)[] };
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

  /**
   * Change the room and have the change written: at once when room.json was not written in the last second,
   * else with the next write, which gathers every change until then (a flood of joins costs one fsync a
   * second, not one each). `undo` reverses the change when the write fails. Whoever must not answer before
   * the change is on disk waits with afterStored.
   */
  private change(undo: () => void): Outcome {
    this.writes.undo.push(undo);
    if (this.writes.timer !== null) return ok;
    const wait = this.writes.lastAt + (this.options.writeEveryMs ?? WRITE_EVERY_MS) - Date.now();
    if (wait > 0) {
      this.writes.timer = setTimeout(() => this.flush(), wait);
      // Stopping the host writes what waits (close); the timer alone must not keep a process alive.
      this.writes.timer.unref();
      return ok;
    }
    const error = this.flush();
    return error === null ? ok : no('journal-failed', { reason: error });
  }

  /** Write every change so far; when the disk refuses, undo them all and say why. */
  private flush(): string | null {
    if (this.writes.timer !== null) clearTimeout(this.writes.timer);
    this.writes.timer = null;
    this.writes.lastAt = Date.now();
    const undo = this.writes.undo.splice(0);
    const waiting = this.writes.waiting.splice(0);
    let error: string | null = null;
    try {
      this.persist();
    } catch (e) {
      error = (e instanceof Error ? e.message : String(e)).slice(0, 200);
      for (const u of undo.reverse()) u();
      this.listener?.room();
    }
    for (const w of waiting) {
      try {
        w(error);
      } catch (e) {
        // One answer that could not be sent must not keep the others from theirs.
        this.options.fault?.('answering after room.json was written', e);
      }
    }
    return error;
  }

  /** Call `done` once every change made so far is on disk (null), or with the reason it could not be written (the changes were undone). */
  afterStored(done: (error: string | null) => void): void {
    if (this.writes.timer === null) return done(null);
    this.writes.waiting.push(done);
  }

  /** Change a device; the room file follows (see change). */
  private store(device: DeviceRecord): Outcome {
    const before = this.devices.get(device.id);
    this.remember(device);
    return this.change(() => {
      if (before) this.devices.set(before.id, before);
      else this.forget(device);
    });
  }

  private forget(device: DeviceRecord): void {
    this.devices.delete(device.id);
    this.byToken.delete(device.tokenHash);
    this.joinedFrom.delete(device.id);
  }

  /** Tell the listener about `ids` once the change is on disk (a failed write already told the overview). */
  private announce(outcome: Outcome, tell: () => void): Outcome {
    if (outcome.ok) this.afterStored((error) => error === null && tell());
    return outcome;
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

  /** Whether `code` is this room's join code (as typed: case, spaces and dashes do not matter). */
  isJoinCode(code: string): boolean {
    return normaliseCode(code) === this.code;
  }

  private waiting(): DeviceRecord[] {
    return [...this.devices.values()].filter((d) => d.status.state === 'pending');
  }

  /**
   * A new device, waiting for the trainer. The room file is written with it (see change): answer the device
   * only after afterStored, so its token survives a restart of the host.
   */
  join(code: string, name: string, address = ''): { readonly ok: true; readonly device: DeviceRecord; readonly token: string } | { readonly ok: false; readonly refusal: Refusal } {
    if (!this.isJoinCode(code)) return no('bad-code');
    // The words the engine records for the trainer's and an unnamed evaluator's own notes: a device called that
    // would read, in an evaluator seat, as them.
    if (RESERVED_NAMES.has(name.trim().toLowerCase())) return no('name-reserved', { name });
    const all = [...this.devices.values()];
    if (all.filter((d) => d.status.state !== 'kicked').length >= (this.options.maxDevices ?? 2000)) return no('room-full');
    const waiting = this.waiting();
    if (waiting.length >= (this.options.maxPending ?? 300)) return no('room-full');
    const perAddress = this.options.maxPendingPerAddress ?? MAX_PENDING_PER_ADDRESS;
    if (waiting.filter((d) => this.joinedFrom.get(d.id) === address).length >= perAddress) return no('too-many-waiting', { limit: perAddress });
    const token = newToken();
    const device: DeviceRecord = { id: newId('d'), name, tokenHash: tokenHash(token), status: { state: 'pending' }, joinedAt: this.now() };
    this.joinedFrom.set(device.id, address);
    const stored = this.announce(this.store(device), () => this.listener?.room());
    if (!stored.ok) return stored;
    return { ok: true, device, token };
  }

  /** Forget every device still waiting (a flood, or the last class's leftovers): they must join again to come back. */
  removeWaiting(): Outcome & { readonly removed?: number } {
    const gone = this.waiting();
    if (gone.length === 0) return { ok: true, removed: 0 };
    for (const d of gone) this.forget(d);
    const stored = this.announce(
      this.change(() => gone.forEach((d) => this.remember(d))),
      () => {
        this.listener?.removed(gone.map((d) => d.id));
        this.listener?.room();
      },
    );
    return stored.ok ? { ok: true, removed: gone.length } : stored;
  }

  /** Admit a waiting device, move an admitted one, or admit a kicked one again: each is a seat in a session. */
  admit(deviceId: string, session: string, seat: ClassroomSeat): Outcome {
    const device = this.devices.get(deviceId);
    if (!device) return no('unknown-device');
    const group = this.groups.get(session);
    if (!group) return no('unknown-session');
    if (!roleForSeat(seat, device.name, group)) return no('unknown-table', { table: seat.kind === 'table' ? seat.table : seat.kind });
    return this.announce(this.store({ ...device, status: { state: 'admitted', session, seat } }), () => {
      this.listener?.device(deviceId);
      this.listener?.room();
    });
  }

  kick(deviceId: string): Outcome {
    const device = this.devices.get(deviceId);
    if (!device) return no('unknown-device');
    const stored = this.announce(this.store({ ...device, status: { state: 'kicked' } }), () => {
      this.listener?.device(deviceId);
      this.listener?.room();
    });
    if (stored.ok) this.forgetLongestKicked();
    return stored;
  }

  /** Keep at most MAX_KICKED removed devices: the ones removed longest ago (by joining time) are forgotten. */
  private forgetLongestKicked(): void {
    const kicked = [...this.devices.values()].filter((d) => d.status.state === 'kicked');
    if (kicked.length <= MAX_KICKED) return;
    const forgotten = kicked.sort((a, b) => a.joinedAt - b.joinedAt).slice(0, kicked.length - MAX_KICKED);
    for (const d of forgotten) this.forget(d);
    this.change(() => forgotten.forEach((d) => this.remember(d)));
  }

  // ---------------------------------------------------------------- groups

  /** Start `count` groups side by side from one scenario and one seed, playing as the trainer chose (`play`). */
  createGroups(scenarioId: string, seed: string, count: number, lang: Language, play?: PlayChoices): Outcome & { readonly ids?: readonly string[] } {
    const entry = this.options.library.find(scenarioId);
    if (!entry) return no('unknown-scenario', { scenario: scenarioId });
    const problem = play ? playChoiceProblems(entry.scenario, play)[0] : undefined;
    if (problem) {
      const refusal = playChoiceRefusal(problem);
      return no(refusal.code, refusal.params);
    }
    const settings = classroomSettings(entry.scenario, lang, play);
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

  /**
   * In the debrief: what the group's projector and tables are shown (host/room-focus.ts). Not a command: it
   * is not journaled, changes no state, and a restarted host starts with the debrief as a whole.
   */
  focus(session: string, focus: DebriefFocus | null): Outcome {
    const group = this.groups.get(session);
    if (!group) return no('unknown-session');
    const before = group.host.roomFocusChanges;
    const r = group.host.setFocus({ kind: 'trainer' }, focus);
    if (!r.ok) return r;
    if (group.host.roomFocusChanges !== before) this.listener?.group(group);
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

  // ---------------------------------------------------------------- feedback from the printed link

  /** What a phone's feedback form for this group holds, and whether the group takes forms now. */
  feedbackForm(code: string, session: string): { readonly ok: true; readonly form: FeedbackFormMessage } | { readonly ok: false; readonly refusal: Refusal } {
    if (!this.isJoinCode(code)) return no('bad-code');
    const group = this.groups.get(session);
    if (!group) return no('unknown-session');
    const info = feedbackInfo(publicView(group.scenario, group.state));
    return { ok: true, form: { ...info, items: [...info.items] } };
  }

  /**
   * An anonymous form from a phone: the host enters it in the group's session in the trainer's name, marked
   * as come through the link; the engine checks it like any form (items, 1–5, open now). No device, no seat.
   */
  feedback(code: string, session: string, form: LinkFeedback, reply: (result: GroupReply) => void): void {
    if (!this.isJoinCode(code)) return reply(no('bad-code'));
    const group = this.groups.get(session);
    if (!group) return reply(no('unknown-session'));
    group.enqueue({ kind: 'trainer' }, linkFeedbackCommand(form, this.now()), reply);
  }

  // ---------------------------------------------------------------- the trainer's overview

  snapshot(presence: (id: string) => { online: boolean; lastSeen: number }, join: Pick<RoomSnapshot, 'joinUrls' | 'qr'>): RoomSnapshot {
    const devices: DeviceInfo[] = [...this.devices.values()].map((d) => ({ id: d.id, name: d.name, status: this.statusOf(d), ...presence(d.id) }));
    return {
      code: this.code,
      ...join,
      devices,
      groups: [...this.groups.values()].map((g) => g.summary()),
      scenarios: this.options.library.scenarios.map((s) => ({
        id: s.id,
        title: s.scenario.title,
        roles: s.scenario.roles.filter((r) => r.required).length,
        ...playOffer(s.scenario),
      })),
      unreadable: [...this.unreadable],
    };
  }

  close(): void {
    // A change still waiting for its write is written now: nothing acknowledged-to-be is lost by stopping.
    if (this.writes.timer !== null) this.flush();
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
