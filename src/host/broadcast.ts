// The in-browser transport: the trainer console window hosts the session, every other window of the
// exercise (projector, table windows, hot-seat station, evaluator) joins it over BroadcastChannel.
// A window speaks on the host's channel (only the host listens there) and hears back on a channel of its
// own, so it receives only its own view and never another window's commands. Windows of one browser profile are not a security boundary — any of them
// could open any channel — but the host still lets a window act only for the roles of its seat.
import type { Command, Refusal, SessionSettings } from '../engine/index.js';
import type { ClientRole } from './clients.js';
import { AwaitedReplies } from './awaited-replies.js';
import { linkFeedbackCommand, readLinkFeedback } from './feedback-link.js';
import type { ClientView, SessionHost } from './session-host.js';
import { ViewFeeds, ViewsCopy, type ViewsPatch } from './view-feed.js';

/** The part of BroadcastChannel the transport uses, so tests can run it over an in-memory bus. */
export interface Channel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export type ChannelFactory = (name: string) => Channel;

export const browserChannels: ChannelFactory = (name) => new BroadcastChannel(name);

/**
 * What a window asks to be. The host turns a seat into a ClientRole from the session's own table list,
 * so a table window names its table, never the roles it would like to act for.
 */
export type Seat =
  | { readonly kind: 'trainer' }
  | { readonly kind: 'evaluator'; readonly name?: string }
  | { readonly kind: 'projector' }
  | { readonly kind: 'table'; readonly table: string }
  | { readonly kind: 'station' }
  /** A window opened from the feedback link: it sees what the projector sees and may only hand in feedback forms. */
  | { readonly kind: 'feedback' };

export type SendResult = { readonly ok: true } | { readonly ok: false; readonly refusal: Refusal };

type ToHost =
  | { readonly kind: 'hello'; readonly from: string; readonly seat: Seat }
  | { readonly kind: 'command'; readonly from: string; readonly id: number; readonly command: Command }
  | { readonly kind: 'bye'; readonly from: string }
  /** The window missed a patch: it asks for its views whole. */
  | { readonly kind: 'resync'; readonly from: string };

type Announcement = { readonly kind: 'host-ready' } | { readonly kind: 'host-gone' };

type ToClient =
  | { readonly kind: 'views'; readonly version: number; readonly views: readonly ClientView[] }
  | ({ readonly kind: 'patch' } & ViewsPatch)
  | { readonly kind: 'seat-refused'; readonly code: string }
  | { readonly kind: 'result'; readonly id: number; readonly result: SendResult };

/** Windows → host: commands and greetings. Only the host listens. */
function hostChannelName(sessionId: string): string {
  return `crisistafel:${sessionId}:host`;
}

/** Host → every window: that the host is (again) there, or going away. */
function announcementChannelName(sessionId: string): string {
  return `crisistafel:${sessionId}:all`;
}

/** Host → one window: its views and the answers to its commands. */
function clientChannelName(sessionId: string, clientId: string): string {
  return `crisistafel:${sessionId}:client:${clientId}`;
}

/** The roles a seat may act for, or null when the seat names no table of this session. */
export function clientRoleFor(seat: Seat, settings: SessionSettings): ClientRole | null {
  switch (seat.kind) {
    case 'trainer':
    case 'projector':
      return { kind: seat.kind };
    case 'feedback':
      return { kind: 'projector' };
    case 'evaluator':
      return seat.name === undefined ? { kind: 'evaluator' } : { kind: 'evaluator', name: seat.name };
    case 'table': {
      const table = settings.tables.find((t) => t.id === seat.table);
      return table ? { kind: 'table', roles: table.roles } : null;
    }
    case 'station':
      return { kind: 'table', roles: settings.tables.flatMap((t) => t.roles) };
  }
}

/** Every view a client gets: one per role for a table or station (and the room's debrief once play is over), else its single view. */
export function viewsFor(host: SessionHost, client: ClientRole): ClientView[] {
  if (client.kind === 'table') {
    const roles = client.roles.map((role) => host.viewFor(client, role));
    const room = host.roomView();
    return room ? [...roles, room] : roles;
  }
  return [host.viewFor(client)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeat(value: unknown): value is Seat {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'trainer':
    case 'projector':
    case 'station':
    case 'feedback':
      return true;
    case 'evaluator':
      return value.name === undefined || typeof value.name === 'string';
    case 'table':
      return typeof value.table === 'string';
    default:
      return false;
  }
}

function isPatch(value: unknown): value is ViewsPatch {
  return isRecord(value) && value.kind === 'patch' && typeof value.from === 'number' && typeof value.version === 'number' && Array.isArray(value.patch);
}

/** A message from another window is untrusted data: only well-formed ones reach the host. */
function readToHost(data: unknown): ToHost | null {
  if (!isRecord(data) || typeof data.from !== 'string') return null;
  if (data.kind === 'hello') return isSeat(data.seat) ? { kind: 'hello', from: data.from, seat: data.seat } : null;
  if (data.kind === 'bye') return { kind: 'bye', from: data.from };
  if (data.kind === 'resync') return { kind: 'resync', from: data.from };
  if (data.kind === 'command' && typeof data.id === 'number' && isRecord(data.command) && isRecord(data.command.actor) && typeof data.command.type === 'string') {
    return { kind: 'command', from: data.from, id: data.id, command: data.command as unknown as Command };
  }
  return null;
}

export interface Serving {
  /** Tell the windows the host is going away, and stop answering. */
  close(): void;
}

/** Serve a session to the other windows of this browser. */
export function serveOverBroadcast(host: SessionHost, sessionId: string, channels: ChannelFactory = browserChannels): Serving {
  const control = channels(hostChannelName(sessionId));
  const announce = channels(announcementChannelName(sessionId));
  const clients = new Map<string, { readonly role: ClientRole; readonly seat: string; readonly out: Channel; readonly feedbackOnly: boolean }>();
  const post = (out: Channel, message: ToClient) => out.postMessage(message);
  const feeds = new ViewFeeds();
  const sendWhole = (client: { readonly role: ClientRole; readonly seat: string; readonly out: Channel }) => {
    const { views } = feeds.next(client.seat, host.version, () => viewsFor(host, client.role));
    post(client.out, { kind: 'views', version: host.version, views });
  };

  control.onmessage = (event) => {
    const message = readToHost(event.data);
    if (!message) return;
    if (message.kind === 'bye') {
      clients.get(message.from)?.out.close();
      clients.delete(message.from);
      return;
    }
    if (message.kind === 'hello') {
      clients.get(message.from)?.out.close();
      const out = channels(clientChannelName(sessionId, message.from));
      const role = clientRoleFor(message.seat, host.state.settings);
      if (!role) {
        post(out, { kind: 'seat-refused', code: 'unknown-table' });
        out.close();
        return;
      }
      const client = { role, seat: JSON.stringify(role), out, feedbackOnly: message.seat.kind === 'feedback' };
      clients.set(message.from, client);
      sendWhole(client);
      return;
    }
    const client = clients.get(message.from);
    if (!client) {
      // A window the host does not know (it was reloaded, or the host was): ask everyone to say hello again.
      announce.postMessage({ kind: 'host-ready' } satisfies Announcement);
      return;
    }
    if (message.kind === 'resync') return sendWhole(client);
    let result: SendResult;
    try {
      // A feedback-link window hands in forms only, and the host enters them (see feedback-link.ts).
      const form = client.feedbackOnly ? (message.command.type === 'feedback' ? readLinkFeedback(message.command) : null) : undefined;
      if (form === null) {
        post(client.out, { kind: 'result', id: message.id, result: { ok: false, refusal: { code: 'feedback-link-only', params: {} } } });
        return;
      }
      const r = form === undefined ? host.submit(client.role, message.command) : host.submit({ kind: 'trainer' }, linkFeedbackCommand(form, Date.now()));
      result = r.ok ? { ok: true } : { ok: false, refusal: r.refusal };
    } catch {
      result = { ok: false, refusal: { code: 'unknown-command', params: { type: String(message.command.type) } } };
    }
    post(client.out, { kind: 'result', id: message.id, result });
  };

  // After a change every seat's views are made once (one per audience inside the host) and each window
  // gets the patch from the version it has.
  const push = () => {
    const made = new Map<string, ReturnType<ViewFeeds['next']>>();
    for (const client of clients.values()) {
      let r = made.get(client.seat);
      if (!r) made.set(client.seat, (r = feeds.next(client.seat, host.version, () => viewsFor(host, client.role))));
      if (r.patch) post(client.out, { kind: 'patch', ...r.patch });
      else if (r.changed) post(client.out, { kind: 'views', version: host.version, views: r.views });
    }
  };
  const unsubscribe = host.subscribe(push);
  // The trainer's debrief focus changes what the room is shown, not the state.
  const unsubscribeRoom = host.subscribeRoom(push);
  announce.postMessage({ kind: 'host-ready' } satisfies Announcement);

  return {
    close() {
      unsubscribe();
      unsubscribeRoom();
      announce.postMessage({ kind: 'host-gone' } satisfies Announcement);
      for (const client of clients.values()) client.out.close();
      clients.clear();
      control.close();
      announce.close();
    },
  };
}

export type ConnectionState = 'connected' | 'host-gone' | 'seat-refused';

export interface JoinHandlers {
  onViews(views: readonly ClientView[]): void;
  onConnection(state: ConnectionState): void;
}

export interface SessionClient {
  send(command: Command): Promise<SendResult>;
  /** Say goodbye to the host and stop listening. */
  close(): void;
}

/** A command the host did not answer (it was closed or reloaded meanwhile) settles as this refusal. */
export const HOST_UNAVAILABLE: Refusal = { code: 'host-unavailable', params: {} };

export interface JoinOptions {
  readonly channels?: ChannelFactory;
  /** How long a command waits for the host's answer. */
  readonly answerWithinMs?: number;
}

/** Join a hosted session from another window as `seat`; `clientId` must be unique per window. */
export function joinOverBroadcast(sessionId: string, clientId: string, seat: Seat, handlers: JoinHandlers, options: JoinOptions = {}): SessionClient {
  const channels = options.channels ?? browserChannels;
  const answerWithin = options.answerWithinMs ?? 8000;
  const control = channels(hostChannelName(sessionId));
  const announcements = channels(announcementChannelName(sessionId));
  const inbox = channels(clientChannelName(sessionId, clientId));
  const pending = new AwaitedReplies<SendResult>();
  const copy = new ViewsCopy();
  let nextId = 0;

  const hello = () => control.postMessage({ kind: 'hello', from: clientId, seat } satisfies ToHost);

  inbox.onmessage = (event) => {
    const message = event.data as ToClient;
    if (!isRecord(message)) return;
    if (message.kind === 'views' && Array.isArray(message.views)) {
      copy.full(typeof message.version === 'number' ? message.version : -1, message.views);
      handlers.onConnection('connected');
      handlers.onViews(message.views);
    } else if (isPatch(message)) {
      const views = copy.apply(message);
      if (views) handlers.onViews(views);
      // A patch that does not start from the views this window has: it missed one; ask for them whole.
      else control.postMessage({ kind: 'resync', from: clientId } satisfies ToHost);
    } else if (message.kind === 'result') {
      pending.settle(message.id, message.result);
    } else if (message.kind === 'seat-refused') {
      handlers.onConnection('seat-refused');
    }
  };
  announcements.onmessage = (event) => {
    const message = event.data as Announcement;
    if (!isRecord(message)) return;
    if (message.kind === 'host-ready') hello();
    if (message.kind === 'host-gone') {
      handlers.onConnection('host-gone');
      pending.settleAll({ ok: false, refusal: HOST_UNAVAILABLE });
    }
  };
  hello();

  return {
    send(command) {
      nextId += 1;
      const id = nextId;
      const reply = pending.waitFor(id, answerWithin, { ok: false, refusal: HOST_UNAVAILABLE });
      control.postMessage({ kind: 'command', from: clientId, id, command } satisfies ToHost);
      return reply;
    },
    close() {
      control.postMessage({ kind: 'bye', from: clientId } satisfies ToHost);
      pending.settleAll({ ok: false, refusal: HOST_UNAVAILABLE });
      control.close();
      announcements.close();
      inbox.close();
    },
  };
}
