// One group's session on the classroom host: the same SessionHost the trainer's browser runs, with a
// journal on disk in front of it. Commands are queued per group and handled in batches: the batch is
// written and fsynced (one fsync however many devices sent at once), then applied in order, answered,
// and every device of the group gets its new view once. The fsync runs off the event loop, so one
// group waiting for the disk does not hold up the others; the next batch waits for it. The engine is deterministic, so the journal
// holds the commands, not the states: replaying them rebuilds the session exactly, refusals included.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { applyCommand, type Command, type ExerciseState, type Refusal, type Scenario, type SessionSettings } from '../engine/index.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, readBundle, readLog, type SessionBundle } from '../engine/session/bundle.js';
import type { ClientRole } from '../host/clients.js';
import type { GroupSummary, JournalDamage } from '../host/protocol.js';
import { DEBRIEF_PHASES, SessionHost } from '../host/session-host.js';
import { scoreOf } from '../engine/views/common.js';
import { OBJECTIVE_CATALOGUE } from '../engine/strategy/index.js';
import { cutAfter, JournalWriter, readJournal, type JournalContents } from './journal.js';
import { syncDirectory } from './room-file.js';

export const JOURNAL_FORMAT = 'crisistafel-journal';

export interface JournalHeader {
  readonly kind: typeof JOURNAL_FORMAT;
  readonly version: 1;
  readonly session: string;
  readonly title: string;
  readonly createdAt: number;
  readonly scenario: Scenario;
  readonly scenarioHash: string;
  readonly seed: string;
  readonly settings: SessionSettings;
}

type CommandRecord = { readonly kind: 'command'; readonly n: number; readonly command: Command };
type RecoveredRecord = { readonly kind: 'recovered'; readonly line: number; readonly reason: string; readonly droppedBytes: number; readonly at: number; readonly copy: string };

export type GroupReply = { readonly ok: true; readonly revision: number } | { readonly ok: false; readonly refusal: Refusal };

interface Pending {
  readonly client: ClientRole;
  readonly command: Command;
  readonly reply: (result: GroupReply) => void;
}

const refusal = (code: string, params: Record<string, string | number> = {}): GroupReply => ({ ok: false, refusal: { code, params } });

export function journalPath(dir: string, session: string): string {
  return join(dir, `${session}.jsonl`);
}

export type GroupLoad = { readonly ok: true; readonly group: Group } | { readonly ok: false; readonly reason: string };

export class Group {
  private queue: Pending[] = [];
  private scheduled = false;
  private flushing = false;
  private closing = false;
  private failedReason: string | null = null;

  private constructor(
    readonly header: JournalHeader,
    readonly host: SessionHost,
    private readonly journal: JournalWriter,
    /** Commands in the journal: what `revision` counts in every view message. */
    private commands: number,
    private damaged: JournalDamage | null,
    private readonly onFlushed: (group: Group) => void,
  ) {}

  get id(): string {
    return this.header.session;
  }

  get title(): string {
    return this.header.title;
  }

  get scenario(): Scenario {
    return this.host.scenario;
  }

  get state(): ExerciseState {
    return this.host.state;
  }

  get revision(): number {
    return this.commands;
  }

  /**
   * The version of the group's views: its commands plus the changes of what the room is shown in the debrief
   * (which change views, not the session). Equal to `revision` until the trainer shows the room something.
   */
  get viewVersion(): number {
    return this.commands + this.host.roomFocusChanges;
  }

  get damage(): JournalDamage | null {
    return this.damaged;
  }

  get failed(): boolean {
    return this.failedReason !== null;
  }

  /** A new session: its journal's first line (scenario, seed, settings) is on disk before the group exists. */
  static create(dir: string, header: JournalHeader, onFlushed: (group: Group) => void): Group {
    const bundle = readBundle(headerBundle(header), header.scenario);
    if (!bundle.ok) throw new Error(`session settings refused: ${bundle.code}`);
    const journal = JournalWriter.create(journalPath(dir, header.session), header);
    syncDirectory(dir);
    return new Group(header, new SessionHost(header.scenario, bundle.state), journal, 0, null, onFlushed);
  }

  /**
   * A session from its journal. The header goes through the engine's bundle reader (scenario, hash,
   * settings); every command through the engine's command schema; then the commands are replayed.
   * `scenarios` shares one loaded scenario between groups made from the same file.
   */
  static load(path: string, scenarios: Map<string, Scenario>, onFlushed: (group: Group) => void): GroupLoad {
    let contents: JournalContents;
    try {
      contents = readJournal(path);
    } catch (error) {
      return { ok: false, reason: String(error).slice(0, 200) };
    }
    const [first, ...rest] = contents.records;
    if (!isHeader(first)) return { ok: false, reason: contents.damage && contents.records.length === 0 ? `damaged first line (${contents.damage.reason})` : 'no journal header' };
    const key = JSON.stringify(first.scenario);
    const read = readBundle(headerBundle(first), scenarios.get(key));
    if (!read.ok) return { ok: false, reason: `${read.code} ${JSON.stringify(read.params)}` };
    scenarios.set(key, read.scenario);
    const header: JournalHeader = { ...first, scenario: read.scenario };

    let state = read.state;
    let commands = 0;
    for (const [i, record] of rest.entries()) {
      if (isRecord(record) && record.kind === 'recovered') continue;
      const parsed = isRecord(record) && record.kind === 'command' && record.n === commands ? readLog([record.command]) : null;
      if (!parsed?.ok || parsed.commands[0] === undefined) {
        // Intact by its checksum but not a command this host wrote in this place: damage all the same.
        contents = cutAfter(contents, i + 1, 'out-of-order', commands);
        break;
      }
      state = replayOne(read.scenario, state, parsed.commands[0]);
      commands += 1;
    }
    const journal = JournalWriter.reopen(path, contents);
    const damage = contents.damage ? { ...contents.damage, kept: commands } : null;
    return { ok: true, group: new Group(header, new SessionHost(read.scenario, state), journal, commands, damage, onFlushed) };
  }

  /** Queue a command that passed the transport's checks; it is journaled, applied and answered in the next batch. */
  enqueue(client: ClientRole, command: Command, reply: (result: GroupReply) => void): void {
    if (this.damaged) return reply(refusal('session-damaged', { line: this.damaged.line }));
    if (this.failedReason !== null) return reply(refusal('journal-failed', { reason: this.failedReason }));
    this.queue.push({ client, command, reply });
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Journal the queued commands with one fsync, then apply and answer them in order. */
  flush(): void {
    this.scheduled = false;
    if (this.flushing) return;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const records: CommandRecord[] = batch.map((p, i) => ({ kind: 'command', n: this.commands + i, command: p.command }));
    this.flushing = true;
    this.journal.appendThen(records, (error) => {
      this.flushing = false;
      if (this.closing) this.journal.close();
      if (error) {
        this.failedReason = error.message.slice(0, 200);
        for (const p of [...batch, ...this.queue.splice(0)]) p.reply(refusal('journal-failed', { reason: this.failedReason }));
        this.onFlushed(this);
        return;
      }
      this.commands += batch.length;
      for (const [i, p] of batch.entries()) {
        let result: GroupReply;
        try {
          const r = this.host.submit(p.client, p.command);
          result = r.ok ? { ok: true, revision: this.commands - batch.length + i + 1 } : { ok: false, refusal: r.refusal };
        } catch {
          result = refusal('command-failed', { type: p.command.type });
        }
        p.reply(result);
      }
      this.onFlushed(this);
      if (this.queue.length > 0 && !this.closing) this.flush();
    });
  }

  /**
   * Go on from the intact part of a damaged journal. The whole damaged file is copied aside first, so
   * what was cut off can still be examined; the journal then records that it was recovered.
   */
  recover(now: number): string | null {
    const damage = this.damaged;
    if (!damage) return null;
    const copy = `${this.journal.path}.damaged-${now}`;
    if (!existsSync(copy)) copyFileSync(this.journal.path, copy);
    this.journal.truncate();
    const note: RecoveredRecord = { kind: 'recovered', line: damage.line, reason: damage.reason, droppedBytes: damage.droppedBytes, at: now, copy };
    this.journal.append([note]);
    this.damaged = null;
    return copy;
  }

  summary(): GroupSummary {
    const s = this.host.state;
    const last = s.log.at(-1);
    const decisions = new Map(this.scenario.decisions.map((d) => [d.id, d]));
    return {
      id: this.id,
      title: this.title,
      scenario: { id: this.scenario.id, title: this.scenario.title },
      seed: s.seed,
      phase: s.phase,
      round: s.round,
      minute: s.minute,
      startsAt: this.scenario.setting.startsAt,
      commands: this.commands,
      lastAction: last
        ? {
            type: last.command.type,
            actor: last.command.actor.kind,
            role: 'role' in last.command.actor ? last.command.actor.role : null,
            stamp: last.command.stamp ?? null,
          }
        : null,
      pendingDecisions: Object.entries(s.decisions)
        .filter(([, d]) => d.taken === undefined)
        .flatMap(([id]) => {
          const d = decisions.get(id);
          return d ? [{ id, owner: d.owner, prompt: d.prompt }] : [];
        }),
      tables: s.settings.tables.map((t) => {
        // A table named after its one role: the screens say that name in their own language.
        const role = t.roles.length === 1 ? this.scenario.roles.find((r) => r.id === t.roles[0]) : undefined;
        return { id: t.id, name: t.name, roles: [...t.roles], ...(role ? { label: role.name } : {}) };
      }),
      damage: this.damaged,
      failed: this.failed,
      outcome: DEBRIEF_PHASES.includes(s.phase) ? this.outcome() : null,
    };
  }

  /** What the group came to once play is over: its ratings per objective and the option of every decision. */
  private outcome(): NonNullable<GroupSummary['outcome']> {
    const s = this.host.state;
    // scoreOf keeps the report per state: the room's overview, sent every second or so, does not score again.
    const score = scoreOf(this.scenario, s);
    return {
      objectives: OBJECTIVE_CATALOGUE.map((o) => {
        const group = score.objectives[o.id];
        return { id: o.id, rating: group?.override?.rating ?? group?.rating ?? 'notExercised', overridden: group?.override != null };
      }),
      decisions: this.scenario.decisions.map((d) => {
        const taken = s.decisions[d.id]?.taken;
        const option = taken ? d.options.find((o) => o.id === taken.option) : undefined;
        return { id: d.id, prompt: d.prompt, option: option?.label ?? null, byDefault: taken?.byDefault ?? false };
      }),
    };
  }

  /** Close the journal, after the batch being synced (if any) is on disk and answered. */
  close(): void {
    if (this.flushing) this.closing = true;
    else this.journal.close();
  }
}

/** The header as a session bundle with an empty log: the engine's reader checks scenario, hash and settings. */
function headerBundle(header: Omit<JournalHeader, 'scenario'> & { readonly scenario: unknown }): SessionBundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    minCompatibleVersion: 1,
    scenario: header.scenario,
    scenarioHash: header.scenarioHash,
    seed: header.seed,
    settings: header.settings,
    log: [],
    attempts: [],
    parent: null,
  };
}

function replayOne(scenario: Scenario, state: ExerciseState, command: Command): ExerciseState {
  try {
    return applyCommand(scenario, state, command).state;
  } catch {
    return state;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHeader(value: unknown): value is Omit<JournalHeader, 'scenario'> & { readonly scenario: unknown } {
  return isRecord(value) && value.kind === JOURNAL_FORMAT && value.version === 1 && typeof value.session === 'string' && typeof value.title === 'string' && typeof value.createdAt === 'number';
}
