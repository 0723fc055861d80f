// The browser's side of the classroom transport: one websocket to the classroom host, for a participant's
// device or the trainer console. It says who it is (a join code and name the first time, its token after
// that), reconnects by itself after a drop — Wi-Fi, sleep, a reload — and catches up from the host's view,
// which is rebuilt from the whole log. A command sent while the line is down is refused at once, never
// queued and sent twice: the participant sees it was not taken and decides again.
import '../zod-setup.js';
import type { Command, Refusal } from '../engine/index.js';
import type { SendResult } from './broadcast.js';
import { parseUntrusted } from '../engine/untrusted.js';
import { PROTOCOL_VERSION, readServerMessage, ViewsSchema, type DeviceStatus, type RoomSnapshot, type ServerMessage, type TrainerRequestBody } from './protocol.js';
import type { ClientView } from './session-host.js';
import { ViewsCopy } from './view-feed.js';
import { AwaitedReplies } from './awaited-replies.js';

/** The part of a WebSocket the link uses: the browser's, or the `ws` package's in Node. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: never) => void) | null;
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  onclose: ((event: { readonly code: number; readonly reason: string }) => void) | null;
  onerror: ((event: never) => void) | null;
}

export type SocketFactory = (url: string) => SocketLike;

/** idle: not connected and nothing to connect with; connecting: first try; online: the host knows us; offline: trying again. */
export type LinkState = 'idle' | 'connecting' | 'online' | 'offline';

export type Welcome = Extract<ServerMessage, { type: 'welcome' }>;

export interface LinkHandlers {
  onState?(state: LinkState): void;
  onWelcome?(welcome: Welcome): void;
  onStatus?(status: DeviceStatus): void;
  onViews?(session: string, views: readonly ClientView[], revision: number): void;
  onRoom?(room: RoomSnapshot): void;
  /** A refusal not tied to a request: a wrong join code, an unknown token, a message the host could not read. */
  onRefused?(refusal: Refusal): void;
}

export interface LinkOptions {
  /** ws://host:port/ws */
  readonly url: string;
  readonly socket?: SocketFactory;
  /** A token from an earlier visit: the link connects at once and resumes with it. */
  readonly token?: string | null;
  /** Keep (or, with null, forget) the device's token, so a reload rejoins as the same device. */
  readonly onToken?: (token: string | null) => void;
  readonly answerWithinMs?: number;
  readonly retry?: { readonly firstMs: number; readonly maxMs: number };
  /** How often the link checks the line when nothing else is said; 0 never. */
  readonly keepAliveMs?: number;
  /** For the jitter between retries, so a room of devices does not reconnect in one wave. */
  readonly random?: () => number;
}

export interface ClassroomLink {
  /** Join the room as a new device (connects when needed). */
  join(code: string, name: string): void;
  sendCommand(session: string, command: Command): Promise<SendResult>;
  /** A trainer console's request: admit, kick, createGroups, watch, recover. */
  request(body: TrainerRequestBody): Promise<SendResult>;
  /** Try now instead of waiting for the next retry (the page became visible, the network came back). */
  reconnectNow(): void;
  readonly state: LinkState;
  readonly token: string | null;
  close(): void;
}

/** A command or request the host could not be asked, or did not answer. */
export const CLASSROOM_OFFLINE: Refusal = { code: 'classroom-offline', params: {} };

const OPEN = 1;

function browserSocket(url: string): SocketLike {
  return new WebSocket(url) as unknown as SocketLike;
}

function checkViews(views: unknown): readonly ClientView[] | null {
  const parsed = parseUntrusted(ViewsSchema, views);
  return parsed.success ? (parsed.data as unknown as readonly ClientView[]) : null;
}

/** ws://… for the page's own host: the classroom host serves the page and the websocket together. */
export function classroomUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

export function connectClassroom(options: LinkOptions, handlers: LinkHandlers = {}): ClassroomLink {
  const makeSocket = options.socket ?? browserSocket;
  const answerWithin = options.answerWithinMs ?? 10_000;
  const retry = options.retry ?? { firstMs: 500, maxMs: 10_000 };
  const keepAlive = options.keepAliveMs ?? 20_000;
  const random = options.random ?? Math.random;
  let token = options.token ?? null;
  let joining: { code: string; name: string } | null = null;
  let socket: SocketLike | null = null;
  let state: LinkState = 'idle';
  let welcomed = false;
  let closed = false;
  let delay = retry.firstMs;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let aliveTimer: ReturnType<typeof setInterval> | null = null;
  let nextId = 0;
  const pending = new AwaitedReplies<SendResult>();
  /** The views this device has, with their session and revision: the base the host's patches apply to. */
  const copy = new ViewsCopy();
  let viewsSession: string | null = null;

  const setState = (next: LinkState) => {
    if (next === state) return;
    state = next;
    handlers.onState?.(next);
  };

  const settleAll = () => pending.settleAll({ ok: false, refusal: CLASSROOM_OFFLINE });

  const raw = (message: object) => {
    if (socket?.readyState === OPEN) socket.send(JSON.stringify(message));
  };

  /** A request with an id: answered by the host's result, or refused when the line is down or silent. */
  const ask = (build: (id: number) => object): Promise<SendResult> => {
    if (!welcomed || socket?.readyState !== OPEN) return Promise.resolve({ ok: false, refusal: CLASSROOM_OFFLINE });
    nextId += 1;
    const id = nextId;
    // No answer in time: the line is probably dead though the browser has not noticed. Start over.
    const reply = pending.waitFor(id, answerWithin, { ok: false, refusal: CLASSROOM_OFFLINE }, dropLine);
    raw(build(id));
    return reply;
  };

  const hello = () => {
    if (token !== null) raw({ type: 'resume', v: PROTOCOL_VERSION, token });
    else if (joining) raw({ type: 'join', v: PROTOCOL_VERSION, code: joining.code, name: joining.name });
  };

  const stopAlive = () => {
    if (aliveTimer !== null) clearInterval(aliveTimer);
    aliveTimer = null;
  };

  function dropLine(): void {
    const s = socket;
    if (!s) return;
    s.onclose = null;
    s.onmessage = null;
    s.close();
    lost(s);
  }

  function lost(s: SocketLike): void {
    if (socket !== s) return;
    socket = null;
    welcomed = false;
    // Patches sent while the line was down are lost: the host sends the views whole when it is back.
    copy.forget();
    stopAlive();
    settleAll();
    if (closed) return;
    if (token === null) {
      setState('idle');
      return;
    }
    setState('offline');
    scheduleRetry();
  }

  function scheduleRetry(): void {
    if (retryTimer !== null || closed) return;
    const wait = delay * (0.5 + random() / 2);
    delay = Math.min(retry.maxMs, delay * 2);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      open();
    }, wait);
  }

  function receive(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome':
        welcomed = true;
        delay = retry.firstMs;
        joining = null;
        if (message.as === 'device' && message.token !== token) {
          token = message.token;
          options.onToken?.(token);
        }
        setState('online');
        handlers.onWelcome?.(message);
        return;
      case 'status':
        return handlers.onStatus?.(message.status);
      case 'views': {
        const views = message.views as unknown as readonly ClientView[];
        viewsSession = message.session;
        copy.full(message.revision, views);
        return handlers.onViews?.(message.session, views, message.revision);
      }
      case 'viewsPatch': {
        // What the patch makes is read through the same schema as whole views: it came over the network.
        const views = message.session === viewsSession ? copy.apply({ from: message.from, version: message.revision, patch: message.patch as never }, checkViews) : null;
        if (views) return handlers.onViews?.(message.session, views, message.revision);
        // A patch for views this device does not have (it missed one): ask for them whole.
        copy.forget();
        return void ask((id) => ({ type: 'sync', id }));
      }
      case 'room':
        return handlers.onRoom?.(message.room);
      case 'result':
        return pending.settle(message.id, message.ok ? { ok: true } : { ok: false, refusal: message.refusal });
      case 'refused':
        if (message.refusal.code === 'unknown-token' && !welcomed) {
          // The host does not know this device (a new data folder, or it was never admitted there): join afresh.
          token = null;
          options.onToken?.(null);
          setState('idle');
        }
        return handlers.onRefused?.(message.refusal);
    }
  }

  function open(): void {
    if (closed || socket !== null) return;
    if (token === null && joining === null) return setState('idle');
    if (state !== 'offline') setState('connecting');
    let s: SocketLike;
    try {
      s = makeSocket(options.url);
    } catch {
      setState('offline');
      return scheduleRetry();
    }
    socket = s;
    s.onopen = () => {
      hello();
      if (keepAlive > 0) {
        stopAlive();
        aliveTimer = setInterval(() => {
          if (welcomed) void ask((id) => ({ type: 'ping', id }));
        }, keepAlive);
      }
    };
    s.onmessage = (event) => {
      const message = readServerMessage(event.data);
      if (message) receive(message);
    };
    s.onerror = () => undefined;
    s.onclose = () => lost(s);
  }

  if (token !== null) open();

  return {
    join(code, name) {
      joining = { code, name };
      if (socket?.readyState === OPEN && !welcomed) hello();
      else if (socket === null) open();
    },
    sendCommand(session, command) {
      return ask((id) => ({ type: 'command', id, token, session, command }));
    },
    request(body) {
      // The type and id lead the message, so a host that refuses it unread can still answer by its id.
      return ask((id) => Object.assign({ type: body.type, id, token }, body));
    },
    reconnectNow() {
      if (closed || socket !== null) return;
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
      open();
    },
    get state() {
      return state;
    },
    get token() {
      return token;
    },
    close() {
      closed = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      stopAlive();
      settleAll();
      const s = socket;
      socket = null;
      if (s) {
        s.onclose = null;
        s.close();
      }
      setState('idle');
    },
  };
}
