// One websocket: a device or the trainer console. Everything that arrives is untrusted: its size and rate
// are checked before it is read, then it is parsed and matched against the protocol's schemas, and only
// then does the room see it. Every refusal names its code; the connection stays open unless the other
// side keeps misbehaving.
import type { RawData, WebSocket } from 'ws';
import { firstProblem, parseUntrusted } from '../engine/untrusted.js';
import { ClientMessageSchema, CLOSE, leadingRequestId, LIMITS, type ClientMessage, type ServerMessage } from '../host/protocol.js';
import type { GroupReply } from './group.js';
import { TokenBucket, type Rate } from './rate-limit.js';
import type { Identity, Room } from './room.js';

/** What a connection needs from the server around it. */
export interface Hub {
  readonly room: Room;
  readonly now: () => number;
  readonly rates: { readonly device: Rate; readonly trainer: Rate };
  /** A connection said who it is: count it as that device (or trainer) being online. */
  identify(connection: Connection): void;
  /** The views this connection should have now (its group's, or the session the console watches). */
  sendViews(connection: Connection): void;
  sendRoom(connection: Connection): void;
  /** Whether this address may join (with the right code) once more now; takes one join from its allowance. */
  mayJoin(address: string): boolean;
  /** Whether this address may try another join code or token now. */
  mayGuess(address: string): boolean;
  guessed(address: string): void;
  /** Something went wrong that no message should be able to cause: write it down with its context. */
  fault(context: string, error: unknown): void;
}

/** Unsent bytes a reader may leave queued before it is cut off; it reconnects and catches up. */
const MAX_BUFFERED = 8 * 1024 * 1024;
/** Refused-for-rate messages within ABUSE_WINDOW_MS after which the connection is closed. */
const ABUSE_LIMIT = 300;
const ABUSE_WINDOW_MS = 10_000;
/** Wrong join codes or tokens one connection may send before it is closed. */
const GUESSES = 5;

type Params = Record<string, string | number>;

function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}

function bytes(data: RawData): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? Buffer.from(data) : data;
}

function text(data: RawData): string {
  return bytes(data).toString('utf8');
}

/** The request id of a message that did not match the protocol, when it has a plain one to answer by. */
function requestIdOf(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const id = Object.getOwnPropertyDescriptor(json, 'id')?.value;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 && id <= 2 ** 31 ? id : null;
}

/** The first bytes only: enough for a leading request id, without decoding the rest. */
function head(data: RawData): string {
  return bytes(data).subarray(0, 60).toString('utf8');
}

export class Connection {
  identity: Identity | null = null;
  /** The session whose trainer view this console wants. */
  watching: string | null = null;
  alive = true;
  private readonly bucket: TokenBucket;
  private abuse = { count: 0, since: 0 };
  private guesses = 0;
  /** A join is being written to disk: a second one on this connection must not make a second device. */
  private joining = false;
  private refusalsThisSecond = { count: 0, second: 0 };

  constructor(
    readonly socket: WebSocket,
    private readonly hub: Hub,
    readonly address: string,
  ) {
    this.bucket = new TokenBucket(hub.rates.device, hub.now);
  }

  // ---------------------------------------------------------------- sending

  send(message: ServerMessage): void {
    this.sendText(JSON.stringify(message));
  }

  /** Send a message already serialised (one view, encoded once, is shared by every device at a table). */
  sendText(data: string | Buffer): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    // A device that does not read (asleep, stuck) must not make the host hold ever more for it.
    if (this.socket.bufferedAmount > MAX_BUFFERED) {
      this.socket.terminate();
      return;
    }
    this.socket.send(data, { binary: false });
  }

  private answer(id: number | null, result: GroupReply | { ok: true } | { ok: false; refusal: { code: string; params: Params } }): void {
    if (id === null) {
      if (!result.ok) this.send({ type: 'refused', refusal: result.refusal });
      return;
    }
    this.send(result.ok ? { type: 'result', id, ok: true, ...('revision' in result ? { revision: result.revision } : {}) } : { type: 'result', id, ok: false, refusal: result.refusal });
  }

  /** Answer a change of the room once it is on disk (or with why it could not be written). */
  private answerStored(id: number, outcome: { ok: true } | { ok: false; refusal: { code: string; params: Params } }): void {
    if (!outcome.ok) return this.answer(id, outcome);
    this.hub.room.afterStored((error) => this.answer(id, error === null ? { ok: true } : { ok: false, refusal: { code: 'journal-failed', params: { reason: error } } }));
  }

  private refuse(id: number | null, code: string, params: Params = {}): void {
    // A flood must not be answered with a flood: past a few refusals a second, the rest go unanswered.
    const second = Math.floor(this.hub.now() / 1000);
    if (this.refusalsThisSecond.second !== second) this.refusalsThisSecond = { count: 0, second };
    this.refusalsThisSecond.count += 1;
    if (this.refusalsThisSecond.count > 50) return;
    this.answer(id, { ok: false, refusal: { code, params } });
  }

  // ---------------------------------------------------------------- receiving

  /**
   * One message from the other side. Whatever it holds, it is answered (or, in a flood, dropped) and the
   * host goes on: an exception that escaped here would leave the websocket handler and end the process.
   */
  receive(data: RawData, isBinary: boolean): void {
    try {
      this.read(data, isBinary);
    } catch (error) {
      this.hub.fault(`message from ${this.who()} (${byteLength(data)} bytes)`, error);
      try {
        this.refuse(null, 'host-error');
      } catch {
        // The socket itself failed; the close handler cleans up.
      }
    }
  }

  /** Who this connection is, for the host's log: never a token, never message content. */
  who(): string {
    const as = this.identity === null ? 'a connection that has not joined' : this.identity.kind === 'trainer' ? 'the trainer console' : `device ${this.identity.id}`;
    return `${as} at ${this.address || 'an unknown address'}`;
  }

  private read(data: RawData, isBinary: boolean): void {
    if (!this.bucket.take()) return this.flooded(data, isBinary);
    if (isBinary) return this.refuse(null, 'message-not-text');
    if (byteLength(data) > LIMITS.messageBytes) return this.refuse(leadingRequestId(head(data)), 'message-too-large', { limit: LIMITS.messageBytes });
    let json: unknown;
    try {
      json = JSON.parse(text(data));
    } catch {
      return this.refuse(null, 'message-malformed');
    }
    const parsed = parseUntrusted(ClientMessageSchema, json);
    if (!parsed.success) {
      const problem = firstProblem(parsed);
      return this.refuse(requestIdOf(json), 'message-invalid', { path: problem.path.map(String).join('.').slice(0, 200), message: problem.message.slice(0, 200) });
    }
    try {
      this.dispatch(parsed.data);
    } catch (error) {
      // A fault of the host must cost this message, not the room: the process and the other devices go on.
      this.hub.fault(`${parsed.data.type} from ${this.who()}`, error);
      this.refuse('id' in parsed.data ? parsed.data.id : null, 'host-error');
    }
  }

  private flooded(data: RawData, isBinary: boolean): void {
    const now = this.hub.now();
    if (now - this.abuse.since > ABUSE_WINDOW_MS) this.abuse = { count: 0, since: now };
    this.abuse.count += 1;
    if (this.abuse.count > ABUSE_LIMIT) {
      this.socket.close(CLOSE.policy, 'rate-limited');
      return;
    }
    // Refused unread: only the request id at its very start is looked at, so the answer can settle it.
    const id = isBinary ? null : leadingRequestId(head(data));
    this.refuse(id, 'rate-limited');
  }

  private dispatch(message: ClientMessage): void {
    const room = this.hub.room;
    switch (message.type) {
      case 'join':
        return this.join(message.code, message.name);
      case 'resume':
        return this.resume(message.token);
      case 'ping':
        return this.answer(message.id, { ok: true });
      case 'feedbackForm':
      case 'feedback':
        return this.feedback(message);
      case 'sync':
        // A device that missed a patch of its views: they go out whole, as after a reconnect.
        if (this.identity === null) return this.refuse(message.id, 'not-joined');
        this.answer(message.id, { ok: true });
        return this.hub.sendViews(this);
      default:
        break;
    }
    if (this.identity === null) return this.refuse(message.id, 'not-joined');
    if (!room.tokenOf(this.identity, message.token)) return this.refuse(message.id, 'bad-token');
    if (message.type === 'command') {
      const id = message.id;
      room.submit(this.identity, message.session, message.command, (result) => this.answer(id, result));
      return;
    }
    if (this.identity.kind !== 'trainer') return this.refuse(message.id, 'not-trainer');
    switch (message.type) {
      case 'admit':
        return this.answerStored(message.id, room.admit(message.device, message.session, message.seat));
      case 'kick':
        return this.answerStored(message.id, room.kick(message.device));
      case 'removeWaiting':
        return this.answerStored(message.id, room.removeWaiting());
      case 'createGroups': {
        const r = room.createGroups(message.scenario, message.seed, message.groups, message.lang, message.play);
        return this.answer(message.id, r.ok ? { ok: true } : r);
      }
      case 'recover':
        return this.answer(message.id, room.recover(message.session));
      case 'focus':
        return this.answer(message.id, room.focus(message.session, message.focus));
      case 'watch': {
        if (message.session !== null && !room.group(message.session)) return this.refuse(message.id, 'unknown-session');
        this.watching = message.session;
        this.answer(message.id, { ok: true });
        return this.hub.sendViews(this);
      }
    }
  }

  /**
   * The printed feedback link: a phone with the room's code, not joined. A wrong code counts as a guess, as for
   * a join; the rate limit of every connection applies to the forms it sends.
   */
  private feedback(message: Extract<ClientMessage, { type: 'feedbackForm' | 'feedback' }>): void {
    if (!this.hub.mayGuess(this.address)) return this.refuse(message.id, 'too-many-attempts');
    const room = this.hub.room;
    if (!room.isJoinCode(message.code)) {
      this.hub.guessed(this.address);
      this.guesses += 1;
      this.refuse(message.id, 'bad-code');
      if (this.guesses >= GUESSES) this.socket.close(CLOSE.policy, 'too-many-attempts');
      return;
    }
    if (message.type === 'feedbackForm') {
      const r = room.feedbackForm(message.code, message.session);
      if (!r.ok) return this.refuse(message.id, r.refusal.code, r.refusal.params);
      return this.send({ type: 'feedbackForm', id: message.id, form: r.form });
    }
    const id = message.id;
    room.feedback(message.code, message.session, { ratings: message.ratings, comments: message.comments }, (result) => this.answer(id, result));
  }

  private guessedWrong(code: string): void {
    this.hub.guessed(this.address);
    this.guesses += 1;
    this.refuse(null, code);
    if (this.guesses >= GUESSES) this.socket.close(CLOSE.policy, 'too-many-attempts');
  }

  private join(code: string, name: string): void {
    if (this.identity !== null || this.joining) return this.refuse(null, 'already-joined');
    if (!this.hub.mayGuess(this.address)) return this.refuse(null, 'too-many-attempts');
    const room = this.hub.room;
    if (!room.isJoinCode(code)) return this.guessedWrong('bad-code');
    // The right code is on the projector for anyone to read: joins with it are limited per address too.
    if (!this.hub.mayJoin(this.address)) return this.refuse(null, 'too-many-joins');
    const joined = room.join(code, name, this.address);
    if (!joined.ok) return this.refuse(null, joined.refusal.code, joined.refusal.params);
    this.joining = true;
    // The token is handed out only once the device is on disk: a restarted host must know it again.
    room.afterStored((error) => {
      this.joining = false;
      if (error !== null) return this.refuse(null, 'journal-failed', { reason: error });
      if (room.device(joined.device.id) === undefined) return this.refuse(null, 'unknown-device');
      this.identity = { kind: 'device', id: joined.device.id };
      this.hub.identify(this);
      this.send({ type: 'welcome', as: 'device', device: joined.device.id, token: joined.token, name: joined.device.name });
      this.send({ type: 'status', status: room.statusOf(joined.device) });
    });
  }

  private resume(token: string): void {
    if (this.identity !== null) return this.refuse(null, 'already-joined');
    if (!this.hub.mayGuess(this.address)) return this.refuse(null, 'too-many-attempts');
    const room = this.hub.room;
    if (room.isTrainer(token)) {
      this.identity = { kind: 'trainer' };
      this.bucket.setRate(this.hub.rates.trainer);
      this.hub.identify(this);
      this.send({ type: 'welcome', as: 'trainer' });
      return this.hub.sendRoom(this);
    }
    const device = room.deviceForToken(token);
    if (!device) return this.guessedWrong('unknown-token');
    this.identity = { kind: 'device', id: device.id };
    this.hub.identify(this);
    this.send({ type: 'welcome', as: 'device', device: device.id, token, name: device.name });
    this.send({ type: 'status', status: room.statusOf(device) });
    // Catching up is one message: the view is built from the whole log, so nothing missed is lost.
    this.hub.sendViews(this);
  }
}
