// The classroom protocol: every message between a device and the classroom host, as Zod schemas shared by
// the server and the browser client. Both sides read what arrives through these schemas and nothing else:
// a message that does not match is refused with a code, never half-used. A command's body is checked
// once more by the engine's own command schema (the one session bundles use), so its shape lives in one place.
import { z } from 'zod';
import { MAX_MODULE_MINUTES, MAX_TIMER_MINUTES } from '../engine/session/play-choices.js';
import { asString, parseUntrusted } from '../engine/untrusted.js';

export const PROTOCOL_VERSION = 1;

export const LIMITS = {
  /** A longer message is refused and the connection stays open: the longest honest one is a 10,000-character text. */
  messageBytes: 64 * 1024,
  /** A longer frame closes the connection (1009) before it is read at all. */
  frameBytes: 1024 * 1024,
  nameChars: 60,
  codeChars: 16,
  groupsAtOnce: 20,
} as const;

/** Ids the host makes (sessions, devices) and ids from a scenario (tables, roles). */
const Id = z.string().regex(/^[A-Za-z0-9._:-]{1,200}$/);
/** 32 random bytes as hex: a device's or the trainer's token. */
export const Token = z.string().regex(/^[0-9a-f]{64}$/);
const RequestId = z.number().int().min(0).max(2 ** 31);
const Params = z.record(asString(z.string().max(60)), z.union([asString(z.string().max(1000)), z.number()]));
export const RefusalSchema = z.strictObject({ code: asString(z.string().max(60)), params: Params });

/** Where an admitted device sits in a session: at a table, as the projector, or as an evaluator. */
export const SeatSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('table'), table: Id }),
  z.strictObject({ kind: z.literal('projector') }),
  z.strictObject({ kind: z.literal('evaluator') }),
]);
export type ClassroomSeat = z.infer<typeof SeatSchema>;

// Names are typed on a phone and shown to the trainer as text; control characters have no place in them.
const PersonName = asString(
  z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.nameChars)
    .regex(/^[^\p{Cc}]*$/u),
);

/** A criterion (its place in the score), an event or a step of the log; the host checks it against the session. */
const FocusSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('criterion'), index: z.number().int().min(0).max(100_000) }),
  z.strictObject({ kind: z.literal('event'), seq: z.number().int().min(0).max(100_000_000) }),
  z.strictObject({ kind: z.literal('step'), step: z.number().int().min(0).max(100_000_000) }),
]);

/** The envelope of a command: who it claims to be from is read here, the rest by the engine's schema. */
const CommandEnvelope = z.looseObject({
  type: asString(z.string().max(40)),
  actor: z.looseObject({ kind: asString(z.string().max(20)) }),
});

const authed = { id: RequestId, token: Token };

/**
 * The trainer's choices for new groups. Ranges are the engine's (play-choices.ts), checked again there against
 * the scenario (its modules, its message modes); a scenario has at most a few dozen modules.
 */
const PlayChoicesSchema = z.strictObject({
  feedback: z.enum(['perRound', 'debrief']),
  timerMinutes: z.number().int().min(1).max(MAX_TIMER_MINUTES).nullable(),
  guided: z.boolean(),
  messages: z.enum(['blocks', 'ownWords', 'both']),
  runByModule: z.boolean(),
  moduleMinutes: z.record(Id, z.number().int().min(1).max(MAX_MODULE_MINUTES)).refine((r) => Object.keys(r).length <= 100, 'at most 100 modules'),
  moduleFeedback: z.boolean(),
});

// ---------------------------------------------------------------- device or trainer → host

export const ClientMessageSchema = z.discriminatedUnion('type', [
  /** A new device: the room's join code and the name the trainer will see. */
  z.strictObject({ type: z.literal('join'), v: z.literal(PROTOCOL_VERSION), code: asString(z.string().max(LIMITS.codeChars)), name: PersonName }),
  /** A device that has joined before, or the trainer console: its token. */
  z.strictObject({ type: z.literal('resume'), v: z.literal(PROTOCOL_VERSION), token: Token }),
  /** Asks for nothing but an answer: a browser cannot see the host's pings, so it checks the line itself. */
  z.strictObject({ type: z.literal('ping'), id: RequestId }),
  /** The device missed a patch of its views (or could not apply one): it asks for its views whole. */
  z.strictObject({ type: z.literal('sync'), id: RequestId }),
  z.strictObject({ type: z.literal('command'), ...authed, session: Id, command: CommandEnvelope }),
  /**
   * A phone that opened the printed feedback link: no join, no token, the room's join code and the group's
   * session. It asks what the form holds and whether it is open, then sends the anonymous form, which the
   * host enters in the session (src/host/feedback-link.ts).
   */
  z.strictObject({ type: z.literal('feedbackForm'), v: z.literal(PROTOCOL_VERSION), id: RequestId, code: asString(z.string().max(LIMITS.codeChars)), session: Id }),
  z.strictObject({
    type: z.literal('feedback'),
    v: z.literal(PROTOCOL_VERSION),
    id: RequestId,
    code: asString(z.string().max(LIMITS.codeChars)),
    session: Id,
    ratings: z.record(asString(z.string().max(60)), z.number().int().min(0).max(10)).refine((r) => Object.keys(r).length <= 50, 'too many ratings'),
    comments: z.record(asString(z.string().max(20)), asString(z.string().max(4000))).refine((c) => Object.keys(c).length <= 10, 'too many comments'),
  }),
  // The trainer only, from here on.
  /** Admit, move or re-admit a device: the same act, a seat in a session. */
  z.strictObject({ type: z.literal('admit'), ...authed, device: Id, session: Id, seat: SeatSchema }),
  z.strictObject({ type: z.literal('kick'), ...authed, device: Id }),
  /** Forget every device still waiting to be admitted (a flood of joins, or leftovers): they must join again. */
  z.strictObject({ type: z.literal('removeWaiting'), ...authed }),
  z.strictObject({
    type: z.literal('createGroups'),
    ...authed,
    scenario: Id,
    seed: asString(z.string().trim().min(1).max(200)),
    groups: z.number().int().min(1).max(LIMITS.groupsAtOnce),
    lang: z.enum(['nl', 'en']),
    /** How the groups play (engine/session/play-choices.ts); the host's defaults without it. */
    play: PlayChoicesSchema.optional(),
  }),
  /** Which session's trainer view this console wants (null: none). */
  z.strictObject({ type: z.literal('watch'), ...authed, session: Id.nullable() }),
  /** Go on from the intact part of a damaged journal, after the trainer has read what was lost. */
  z.strictObject({ type: z.literal('recover'), ...authed, session: Id }),
  /** In the debrief: what the group's room (projector, tables) is shown (host/room-focus.ts); null: the debrief as a whole. */
  z.strictObject({ type: z.literal('focus'), ...authed, session: Id, focus: FocusSchema.nullable() }),
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;
export type TrainerRequest = Extract<ClientMessage, { type: 'admit' | 'kick' | 'removeWaiting' | 'createGroups' | 'watch' | 'recover' | 'focus' }>;
/** A trainer request as the console writes it; the link adds the request id and the token. */
export type TrainerRequestBody = TrainerRequest extends infer R ? (R extends unknown ? Omit<R, 'id' | 'token'> : never) : never;

// ---------------------------------------------------------------- host → device or trainer

const Text = z.union([z.string(), z.strictObject({ nl: z.string(), en: z.string() })]);

export const DeviceStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('pending') }),
  z.strictObject({ state: z.literal('admitted'), session: Id, seat: SeatSchema, title: z.string() }),
  z.strictObject({ state: z.literal('kicked') }),
]);
export type DeviceStatus = z.infer<typeof DeviceStatusSchema>;

export const DeviceInfoSchema = z.strictObject({
  id: Id,
  name: z.string(),
  status: DeviceStatusSchema,
  online: z.boolean(),
  /** Wall-clock milliseconds of the last message or connection, for "offline since". */
  lastSeen: z.number(),
});
export type DeviceInfo = z.infer<typeof DeviceInfoSchema>;

export const DamageSchema = z.strictObject({
  /** Line of the journal (1-based) where the damage starts. */
  line: z.number().int(),
  reason: z.enum(['torn', 'checksum', 'unreadable', 'out-of-order']),
  /** Commands read intact, which the session goes on from once the trainer agrees. */
  kept: z.number().int(),
  droppedBytes: z.number().int(),
});
export type JournalDamage = z.infer<typeof DamageSchema>;

export const GroupSummarySchema = z.strictObject({
  id: Id,
  title: z.string(),
  scenario: z.strictObject({ id: z.string(), title: Text }),
  seed: z.string(),
  phase: z.string(),
  round: z.number(),
  minute: z.number(),
  startsAt: z.string(),
  commands: z.number().int(),
  lastAction: z
    .strictObject({ type: z.string(), actor: z.string(), role: z.string().nullable(), stamp: z.number().nullable() })
    .nullable(),
  pendingDecisions: z.array(z.strictObject({ id: z.string(), owner: z.string(), prompt: Text })),
  /** `label`: the role's name in both languages when the table is named after its one role (said in the screen's language). */
  tables: z.array(z.strictObject({ id: z.string(), name: z.string(), roles: z.array(z.string()), label: Text.optional() })),
  /** The journal's damage, while the trainer has not yet chosen to go on without the lost part. */
  damage: DamageSchema.nullable(),
  /** The journal could not be written: the session takes no more commands. */
  failed: z.boolean(),
  /** Once play is over: what the group came to, for the trainer's side-by-side comparison of the groups. */
  outcome: z
    .strictObject({
      /** Per objective the rating shown (the trainer's override where there is one), and whether it was overridden. */
      objectives: z.array(z.strictObject({ id: z.string(), rating: z.string(), overridden: z.boolean() })),
      /** Every decision of the scenario with the option taken (null: still open when play stopped). */
      decisions: z.array(z.strictObject({ id: z.string(), prompt: Text, option: Text.nullable(), byDefault: z.boolean() })),
    })
    .nullable()
    .optional(),
});
export type GroupSummary = z.infer<typeof GroupSummarySchema>;

export const RoomSnapshotSchema = z.strictObject({
  code: z.string(),
  /** The addresses participants open, each with the code filled in. */
  joinUrls: z.array(z.string()),
  /** The first join address as a QR code: `size` rows of '1' (dark) and '0', row after row. */
  qr: z.strictObject({ size: z.number().int(), cells: z.string() }).nullable(),
  devices: z.array(DeviceInfoSchema),
  groups: z.array(GroupSummarySchema),
  scenarios: z.array(
    z.strictObject({
      id: Id,
      title: Text,
      roles: z.number().int(),
      /** What the "Start groups" form offers for this scenario: its message modes, running by module, its modules. */
      messageModes: z.array(z.enum(['blocks', 'ownWords', 'both'])),
      runByModule: z.boolean(),
      modules: z.array(z.strictObject({ id: Id, title: Text, budgetMinutes: z.number().int() })),
    }),
  ),
  /** Journals the host could not read at all (their first line is damaged): kept on disk, not loaded. */
  unreadable: z.array(z.strictObject({ file: z.string(), reason: z.string() })),
});
export type RoomSnapshot = z.infer<typeof RoomSnapshotSchema>;

/** A client's view as the session host made it; the screens read it, the envelope is checked here. */
const ViewSchema = z.union([
  z.strictObject({ for: z.literal('role'), role: z.string(), view: z.looseObject({}) }),
  z.strictObject({
    for: z.enum(['trainer', 'evaluator', 'projector', 'room', 'session']),
    view: z.looseObject({}),
    names: z.looseObject({}).optional(),
    focus: z.looseObject({}).nullable().optional(),
  }),
]);
/** Every view of a device: checked again after a patch has been applied to them. */
export const ViewsSchema = z.array(ViewSchema);

/** One JSON Patch operation (RFC 6902) on a device's views; src/host/view-patch.ts applies it. */
const PatchOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), path: z.string().max(2000), value: z.unknown() }),
  z.strictObject({ op: z.literal('remove'), path: z.string().max(2000) }),
  z.strictObject({ op: z.literal('replace'), path: z.string().max(2000), value: z.unknown() }),
]);

export const FeedbackFormSchema = z.strictObject({
  title: Text,
  items: z.array(z.string().max(60)).max(50),
  open: z.boolean(),
  module: Text.nullable(),
});
export type FeedbackFormMessage = z.infer<typeof FeedbackFormSchema>;

const WelcomeSchema = z.discriminatedUnion('as', [
  z.strictObject({ type: z.literal('welcome'), as: z.literal('trainer') }),
  z.strictObject({ type: z.literal('welcome'), as: z.literal('device'), device: Id, token: Token, name: z.string() }),
]);

const ResultSchema = z.discriminatedUnion('ok', [
  /** `revision`: for an accepted command, how many commands the session holds with it. */
  z.strictObject({ type: z.literal('result'), id: RequestId, ok: z.literal(true), revision: z.number().int().optional() }),
  z.strictObject({ type: z.literal('result'), id: RequestId, ok: z.literal(false), refusal: RefusalSchema }),
]);

export const ServerMessageSchema = z.discriminatedUnion('type', [
  WelcomeSchema,
  z.strictObject({ type: z.literal('status'), status: DeviceStatusSchema }),
  /**
   * Every view the device (or the watching console) may have now; `revision` counts the session's commands, plus
   * the changes of what the room is shown in the debrief (the views' version: patches go from one to the next).
   */
  z.strictObject({ type: z.literal('views'), session: Id, revision: z.number().int(), views: ViewsSchema }),
  /** What changed in the device's views since `from`; a device that has another revision asks for them whole (sync). */
  z.strictObject({ type: z.literal('viewsPatch'), session: Id, from: z.number().int(), revision: z.number().int(), patch: z.array(PatchOpSchema).max(100_000) }),
  ResultSchema,
  /** A message that could not be answered by its request id (unreadable, too large, too fast, or a join). */
  z.strictObject({ type: z.literal('refused'), refusal: RefusalSchema }),
  z.strictObject({ type: z.literal('room'), room: RoomSnapshotSchema }),
  /** The answer to feedbackForm: what the phone's form holds, and whether the group takes forms now. */
  z.strictObject({ type: z.literal('feedbackForm'), id: RequestId, form: FeedbackFormSchema }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;

/** Close codes the host uses besides the standard ones. */
export const CLOSE = {
  /** The device sent too much, too fast, for too long. */
  policy: 1008,
  tooLarge: 1009,
  goingAway: 1001,
  /** The connection did not say who it is in time. */
  noHello: 4000,
  /** The device's buffer of unsent views grew too large: it reads too slowly; it reconnects and catches up. */
  slow: 4001,
} as const;

/** The request id of a message the host will not parse (too large or too fast), when the client put it first. */
export function leadingRequestId(raw: string): number | null {
  const m = /^\{"type":"[a-zA-Z]{1,20}","id":(\d{1,10})[,}]/.exec(raw.slice(0, 60));
  if (!m) return null;
  const id = Number(m[1]);
  return id <= 2 ** 31 ? id : null;
}

/** Read a message from the host; null when it does not match the protocol. */
export function readServerMessage(raw: unknown): ServerMessage | null {
  if (typeof raw !== 'string') return null;
  try {
    const parsed = parseUntrusted(ServerMessageSchema, JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A join code as typed: spaces, dashes and case do not matter. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}
