// The session bundle (DESIGN.md "Files users keep"): scenario + seed + settings + command log, enough to
// replay, fork and re-score an exercise anywhere. A bundle is read like a scenario: validated strictly,
// refused with a code when it is damaged, newer than this version, or meant for another scenario; never half-used.
import { FEED_VOLUMES, TRAINER_FEED_KINDS } from '../communication/feed.js';
import { z } from 'zod';
import { loadScenario } from '../scenario/loader.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson, scenarioHash } from '../scenario/hash.js';
import { asArray, asString, firstProblem, parseUntrusted } from '../untrusted.js';
import { StructureAction, type Scenario } from '../scenario/schema.js';
import { PRINCIPLES } from '../scenario/vocabulary.js';
import { AUDIENCES, OWN_CHANNELS } from '../communication/message.js';
import { applyEntry } from './apply.js';
import { createSession } from './create.js';
import { replay } from './replay.js';
import type { Attempt, Command, ExerciseState, LogEntry, SessionSettings } from './types.js';

export const BUNDLE_FORMAT = 'crisistafel-session';
export const BUNDLE_VERSION = 1;

/** Where a forked bundle branched off: its parent's scenario and seed, the step, and how long the parent's log was. */
export interface BundleParent {
  readonly scenarioHash: string;
  readonly seed: string;
  readonly step: number;
  readonly logLength: number;
}

export interface SessionBundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly version: number;
  readonly minCompatibleVersion: number;
  /** The scenario as loaded, embedded so the bundle replays without the original file. */
  readonly scenario: unknown;
  readonly scenarioHash: string;
  readonly seed: string;
  readonly settings: SessionSettings;
  readonly log: readonly LogEntry[];
  readonly attempts: readonly Attempt[];
  readonly parent: BundleParent | null;
  /** Written on export (sealBundle): SHA-256 of each part, so an edit is found and placed on import. */
  readonly checksums?: BundleChecksums;
}

/**
 * SHA-256 (hex) of each part of an exported session file, of its canonical JSON. Each command of the log has
 * its own (the first 16 hex digits), so an edit is named by the command it changed. A checksum is no
 * signature: anyone can recompute it after an edit. It catches careless and naive edits, not a forger.
 */
export interface BundleChecksums {
  readonly algorithm: 'sha256';
  readonly scenario: string;
  readonly seed: string;
  readonly settings: string;
  readonly attempts: string;
  readonly parent: string;
  readonly log: readonly string[];
}

/** A part of a session file that no longer matches its checksum. */
export type EditedPart = { readonly part: 'scenario' | 'seed' | 'settings' | 'attempts' | 'parent' | 'log-length' } | { readonly part: 'command'; readonly command: number };

export type BundleRefusal = { readonly ok: false; readonly code: string; readonly params: Readonly<Record<string, string | number>> };
export type BundleRead =
  | {
      readonly ok: true;
      readonly bundle: SessionBundle;
      readonly scenario: Scenario;
      readonly state: ExerciseState;
      /** Whether the file carried checksums (an exported file does; a save or an older file may not). */
      readonly sealed: boolean;
      /** What was changed after export: empty unless the reader chose to accept an edited file. */
      readonly edited: readonly EditedPart[];
    }
  | BundleRefusal;

export interface ReadOptions {
  /** Read a file whose checksums do not match (the trainer confirmed it was edited on purpose) instead of refusing it. */
  readonly acceptEdited?: boolean;
}

// ---------------------------------------------------------------- schemas

/** A log of a hundred thousand commands is far beyond any classroom day; more is a broken or hostile file. */
const MAX_LOG = 100_000;
const Name = asString(z.string().max(200));
const Text = asString(z.string().max(10_000));

const Actor = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('role'), role: Name }),
  z.strictObject({ kind: z.literal('simcell'), role: Name }),
  z.strictObject({ kind: z.literal('trainer') }),
  z.strictObject({ kind: z.literal('evaluator'), name: Name.optional() }),
]);

const base = { actor: Actor, stamp: z.number().optional() };
const plain = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), ...base });

const CommandSchema = z.discriminatedUnion('type', [
  plain('start'),
  plain('beginRounds'),
  z.strictObject({ type: z.literal('pause'), ...base, message: Text.optional() }),
  plain('resume'),
  plain('advance'),
  plain('undo'),
  plain('end'),
  plain('openDebrief'),
  plain('close'),
  plain('endTurn'),
  z.strictObject({ type: z.literal('jump'), ...base, minutes: z.number() }),
  z.strictObject({ type: z.literal('fireInject'), ...base, inject: Name }),
  z.strictObject({ type: z.literal('holdInject'), ...base, inject: Name, hold: z.boolean() }),
  z.strictObject({
    type: z.literal('freeInject'),
    ...base,
    text: Text,
    to: z.union([z.literal('all'), z.array(Name)]),
    projector: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('observe'),
    ...base,
    text: Text,
    event: z.number().optional(),
    rating: z.enum(['P', 'S', 'M', 'U']).optional(),
    tag: z.union([z.strictObject({ criticalTask: Name }), z.strictObject({ criterion: Name }), z.strictObject({ question: Name })]).optional(),
  }),
  z.strictObject({ type: z.literal('startModule'), ...base, module: Name }),
  z.strictObject({ type: z.literal('showQuestion'), ...base, question: Name.nullable() }),
  z.strictObject({ type: z.literal('answer'), ...base, question: Name, text: Text, table: Name.optional() }),
  z.strictObject({ type: z.literal('hotwash'), ...base, kind: z.enum(['strength', 'improvement']), text: Text, table: Name.optional() }),
  z.strictObject({
    type: z.literal('feedback'),
    ...base,
    ratings: z.record(Name, z.number()).refine((r) => Object.keys(r).length <= 50, 'too many ratings'),
    comments: z.record(Name, Text).refine((c) => Object.keys(c).length <= 10, 'too many comments').optional(),
    via: z.literal('link').optional(),
  }),
  z.strictObject({
    type: z.literal('override'),
    ...base,
    target: z.union([z.strictObject({ criterion: Name }), z.strictObject({ objective: Name })]),
    rating: z.enum(['P', 'S', 'M', 'U', 'met', 'partly', 'notMet', 'notApplicable']),
    reason: Text,
  }),
  z.strictObject({
    type: z.literal('decide'),
    ...base,
    decision: Name,
    option: Name,
    rationale: Text.optional(),
    confidence: z.number().optional(),
  }),
    z.strictObject({ type: z.literal('publish'), ...base, blocks: asArray(z.array(Name).max(200)) }),
  z.strictObject({
    type: z.literal('publishText'),
    ...base,
    lang: z.enum(['nl', 'en']),
    channel: z.enum(OWN_CHANNELS),
    audience: z.enum(AUDIENCES),
    text: Text.optional(),
    nlAlert: z.strictObject({ situation: Text, action: Text, info: Text }).optional(),
    advice: z
      .strictObject({
        what: Text,
        where: asArray(z.array(Name).max(50)),
        until: z.union([
          z.strictObject({ minute: z.number().int().min(0).max(100_000) }),
          z.strictObject({ event: Name }),
          z.strictObject({ furtherNotice: z.literal(true) }),
        ]),
      })
      .optional(),
    claims: asArray(z.array(z.strictObject({ subject: Name, value: z.union([Name, z.number()]) })).max(100)).optional(),
    corrects: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('rateMessage'),
    ...base,
    message: Name,
    principle: z.enum(PRINCIPLES),
    rating: z.enum(['meets', 'partly', 'misses']),
    note: Text.optional(),
  }),
  z.strictObject({ type: z.literal('structure'), ...base, action: StructureAction }),
  z.strictObject({ type: z.literal('boardAction'), ...base, id: Name }),
  z.strictObject({
    type: z.literal('directMessage'),
    ...base,
    to: z.union([z.strictObject({ table: Name }), z.strictObject({ trainer: z.literal(true) }), z.strictObject({ role: Name })]),
    text: Text,
    inReplyTo: z.number().int().min(0).optional(),
  }),
  z.strictObject({ type: z.literal('feedItem'), ...base, text: Text, kind: z.enum(TRAINER_FEED_KINDS), source: Text.optional(), reach: z.number().int().min(0).optional() }),
  z.strictObject({ type: z.literal('feedVolume'), ...base, volume: z.enum(FEED_VOLUMES) }),
]);

const LogEntrySchema = z.strictObject({
  seq: z.number().int().min(0),
  command: CommandSchema,
  minute: z.number(),
  round: z.number().int().min(0),
});

const Params = z.record(z.string(), z.union([z.string(), z.number()]));

const AttemptSchema = z.strictObject({
  // A refused command may be one this version does not know at all ("unknown-command"): keep what it was.
  command: z.union([CommandSchema, z.looseObject({ type: Name, actor: Actor })]),
  refusal: z.strictObject({ code: Name, params: Params }),
  minute: z.number(),
  round: z.number().int().min(0),
  afterSeq: z.number().int().min(0),
});

const SettingsSchema = z.strictObject({
  mode: z.enum(['hotseat', 'multiwindow']),
  tables: asArray(z.array(z.strictObject({ id: Name, name: Name, roles: z.array(Name), participants: z.array(Name).optional() })).max(100)),
  simcell: z.array(Name),
  feedback: z.enum(['perRound', 'debrief']),
  roundTimerSeconds: z.number().optional(),
  messages: z.enum(['blocks', 'ownWords', 'both']).optional(),
  runByModule: z.boolean().optional(),
  guided: z.boolean().optional(),
  moduleMinutes: z.record(Name, z.number().int().positive().max(600)).optional(),
  moduleFeedback: z.boolean().optional(),
});

const Hex = z.string().regex(/^[0-9a-f]{16,64}$/);
const ChecksumsSchema = z.strictObject({
  algorithm: z.literal('sha256'),
  scenario: Hex,
  seed: Hex,
  settings: Hex,
  attempts: Hex,
  parent: Hex,
  log: asArray(z.array(Hex).max(MAX_LOG)),
});

const BundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int().min(1),
  minCompatibleVersion: z.number().int().min(1),
  scenario: z.unknown(),
  scenarioHash: z.string().regex(/^[0-9a-f]{64}$/),
  seed: asString(z.string().max(200)),
  settings: SettingsSchema,
  log: asArray(z.array(LogEntrySchema).max(MAX_LOG)),
  attempts: asArray(z.array(AttemptSchema).max(MAX_LOG)),
  parent: z.strictObject({ scenarioHash: z.string(), seed: z.string(), step: z.number().int().min(0), logLength: z.number().int().min(0) }).nullable(),
  checksums: ChecksumsSchema.optional(),
});

// ---------------------------------------------------------------- making, forking, resuming

export function makeBundle(scenario: Scenario, state: ExerciseState, parent: BundleParent | null = null): SessionBundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    minCompatibleVersion: 1,
    scenario,
    scenarioHash: state.scenarioHash,
    seed: state.seed,
    settings: state.settings,
    log: state.log.toArray(),
    attempts: state.attempts,
    parent,
  };
}

function hashOf(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}

function checksumsOf(bundle: SessionBundle): BundleChecksums {
  return {
    algorithm: 'sha256',
    scenario: hashOf(bundle.scenario),
    seed: hashOf(bundle.seed),
    settings: hashOf(bundle.settings),
    attempts: hashOf(bundle.attempts),
    parent: hashOf(bundle.parent),
    log: bundle.log.map((entry) => hashOf(entry).slice(0, 16)),
  };
}

/** The bundle as a file leaves the app: with the checksums of its parts (replacing any it had). */
export function sealBundle(bundle: SessionBundle): SessionBundle {
  const { checksums: _old, ...parts } = bundle;
  return { ...parts, checksums: checksumsOf(parts) };
}

/** Every part whose checksum does not match, in file order. */
function editedParts(bundle: SessionBundle, sums: BundleChecksums): EditedPart[] {
  const now = checksumsOf(bundle);
  const edited: EditedPart[] = [];
  for (const part of ['scenario', 'seed', 'settings', 'parent'] as const) if (now[part] !== sums[part]) edited.push({ part });
  if (now.log.length !== sums.log.length) edited.push({ part: 'log-length' });
  const n = Math.min(now.log.length, sums.log.length);
  for (let i = 0; i < n; i++) if (now.log[i] !== sums.log[i]) edited.push({ part: 'command', command: i + 1 });
  if (now.attempts !== sums.attempts) edited.push({ part: 'attempts' });
  return edited;
}

function editedRefusal(first: EditedPart): BundleRefusal {
  return first.part === 'command' ? refused('bundle-edited-command', { command: first.command }) : refused(`bundle-edited-${first.part}`);
}

/** A new branch from `step` commands into the parent: its log up to there, and where it came from. */
export function fork(scenario: Scenario, bundle: SessionBundle, step: number): SessionBundle {
  const at = Math.max(0, Math.min(Math.trunc(step), bundle.log.length));
  const { checksums: _sealed, ...parts } = bundle;
  return {
    ...parts,
    scenario,
    log: bundle.log.slice(0, at),
    attempts: bundle.attempts.filter((a) => a.afterSeq <= at),
    parent: { scenarioHash: bundle.scenarioHash, seed: bundle.seed, step: at, logLength: bundle.log.length },
  };
}

/** The exercise state the bundle describes. For a bundle that readBundle accepted (or makeBundle made). */
export function resume(scenario: Scenario, bundle: SessionBundle): ExerciseState {
  return replay(scenario, bundle);
}

// ---------------------------------------------------------------- reading

const refused = (code: string, params: Record<string, string | number> = {}): BundleRefusal => ({ ok: false, code, params });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(bundle)';
}

/**
 * Replay the log and check that every entry was recorded where it replays: the same position, clock
 * and round. A log that does not replay was edited or belongs elsewhere.
 */
function replayChecked(scenario: Scenario, bundle: SessionBundle): ExerciseState | BundleRefusal {
  let state = createSession(scenario, bundle.seed, bundle.settings, bundle.scenarioHash);
  for (const [i, entry] of bundle.log.entries()) {
    if (entry.seq !== i || entry.minute !== state.minute || entry.round !== state.round) {
      return refused('bundle-log-out-of-place', { command: i + 1 });
    }
    const r = applyEntry(scenario, state, entry);
    if (!r.ok) return refused('bundle-log-refused', { command: i + 1, code: r.refusal.code });
    state = r.state;
  }
  const attempts = bundle.attempts.filter((a) => a.afterSeq <= bundle.log.length);
  return attempts.length > 0 ? { ...state, attempts } : state;
}

function read(json: unknown, given: Scenario | undefined, options: ReadOptions): BundleRead {
  if (!isRecord(json)) return refused('bundle-not-object');
  if (json.format !== BUNDLE_FORMAT) return refused('bundle-wrong-format', { format: typeof json.format === 'string' ? json.format.slice(0, 60) : String(json.format) });
  const needs = json.minCompatibleVersion;
  if (typeof needs === 'number' && Number.isInteger(needs) && needs > BUNDLE_VERSION) {
    return refused('bundle-newer-version', { version: needs, supported: BUNDLE_VERSION });
  }
  const parsed = parseUntrusted(BundleSchema, json);
  if (!parsed.success) {
    const problem = firstProblem(parsed);
    return refused('bundle-invalid', { path: pathOf(problem.path), message: problem.message });
  }
  const bundle = parsed.data as SessionBundle;
  // The checksums first: an edit is named where it was made, before replaying trips over its consequences.
  const edited = bundle.checksums ? editedParts(bundle, bundle.checksums) : [];
  const [firstEdit] = edited;
  if (firstEdit && !options.acceptEdited) return editedRefusal(firstEdit);
  let scenario = given;
  if (scenario === undefined) {
    const loaded = loadScenario(JSON.stringify(bundle.scenario ?? null), 'bundle');
    if (!loaded.ok) {
      const first = loaded.errors[0];
      return refused('bundle-scenario-invalid', { path: first?.path || '(scenario)', message: first?.message ?? '' });
    }
    scenario = loaded.scenario;
  } else if (hashOf(bundle.scenario) !== bundle.scenarioHash && scenarioHash(given as Scenario) === bundle.scenarioHash) {
    // Read against the open scenario, the embedded copy is not used — but it must still be the scenario its
    // hash names, or the file says one thing and replays another.
    if (!options.acceptEdited) return refused('bundle-scenario-edited');
    if (!edited.some((e) => e.part === 'scenario')) edited.unshift({ part: 'scenario' });
  }
  const hash = scenarioHash(scenario);
  if (hash !== bundle.scenarioHash) return refused('bundle-scenario-mismatch', { expected: bundle.scenarioHash.slice(0, 12), found: hash.slice(0, 12) });
  const state = replayChecked(scenario, bundle);
  if ('ok' in state) return state;
  return { ok: true, bundle, scenario, state, sealed: bundle.checksums !== undefined, edited };
}

/**
 * Read a session bundle (already parsed from JSON). Against `scenario` when given, else against the
 * scenario embedded in it. Never throws: every problem is a refusal code with its parameters. A file whose
 * checksums show an edit is refused with the place, unless `acceptEdited` — then `edited` lists the places.
 */
export function readBundle(json: unknown, scenario?: Scenario, options: ReadOptions = {}): BundleRead {
  try {
    return read(json, scenario, options);
  } catch (error) {
    return refused('bundle-invalid', { path: '(bundle)', message: String(error).slice(0, 200) });
  }
}

export type LogRead = { readonly ok: true; readonly commands: readonly Command[] } | BundleRefusal;

/**
 * A command script: a bundle's log (entries with their positions) or a plain list of commands, as
 * `simulate --script` takes it. Only the commands are kept: replaying decides where each lands.
 */
export function readLog(json: unknown): LogRead {
  try {
    const list = isRecord(json) && json.format === BUNDLE_FORMAT ? json.log : json;
    if (!Array.isArray(list)) return refused('log-not-list');
    if (list.length > MAX_LOG) return refused('log-invalid', { path: '(log)', message: `more than ${MAX_LOG} commands` });
    const commands: Command[] = [];
    for (const [i, item] of list.entries()) {
      // Each item is read by its own shape, so an error names the field that is wrong, not "invalid input".
      const entry = isRecord(item) && 'command' in item;
      const parsed = entry ? parseUntrusted(LogEntrySchema, item) : parseUntrusted(CommandSchema, item);
      if (!parsed.success) {
        const problem = firstProblem(parsed);
        return refused('log-invalid', { path: pathOf([i, ...problem.path]), message: problem.message });
      }
      commands.push(('command' in parsed.data ? parsed.data.command : parsed.data) as Command);
    }
    return { ok: true, commands };
  } catch (error) {
    return refused('log-invalid', { path: '(log)', message: String(error).slice(0, 200) });
  }
}
