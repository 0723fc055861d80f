// The classroom host: one HTTP server that serves the production build and, on /ws, the websocket
// transport of the room. It tells each connection what the room says changed: a device's status, a
// group's new views (one view text per seat, shared by every device at that seat), and the trainer's
// overview, sent at most a few times a second however busy the room is.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ClientRole } from '../host/clients.js';
import { viewsFor } from '../host/broadcast.js';
import { ViewFeeds } from '../host/view-feed.js';
import { CLOSE, LIMITS, type RoomSnapshot, type ServerMessage } from '../host/protocol.js';
import { Connection, type Hub } from './connection.js';
import type { Group } from './group.js';
import { joinUrl, lanAddresses, qrCells, trainerUrl } from './join-info.js';
import { DEVICE_RATE, JOIN_RATE, TokenBucket, TRAINER_RATE, type Rate } from './rate-limit.js';
import { LaterPerGroup } from './later-per-group.js';
import { MAX_PENDING_PER_ADDRESS, Room } from './room.js';
import { loadLibrary, type ScenarioLibrary } from './scenario-library.js';
import { serveStatic } from './static-files.js';

export interface ClassroomOptions {
  /** Address to listen on: 0.0.0.0 in a room, 127.0.0.1 in tests. */
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly dataDir: string;
  /** The production build; null serves only the websocket. */
  readonly distDir: string | null;
  readonly scenarioPaths: readonly string[];
  readonly rates?: { readonly device: Rate; readonly trainer: Rate };
  /**
   * Joining with the right code, per network address: how fast, and how many devices may wait at once.
   * Raise both when every device reaches the host through one address (a router doing NAT in between).
   */
  readonly joins?: { readonly rate: Rate; readonly waitingPerAddress: number };
  /** How often room.json may be written at most (default once a second, see Room). */
  readonly roomFileEveryMs?: number;
  /** How often connections are pinged; one without an answer by the next ping is dropped (and goes offline). */
  readonly heartbeatMs?: number;
  /** How long a new connection may take to say who it is. */
  readonly helloWithinMs?: number;
  readonly maxConnections?: number;
  readonly now?: () => number;
  /** Where the host writes what went wrong unexpectedly (default: standard error). */
  readonly log?: (line: string) => void;
}

export interface Classroom {
  readonly port: number;
  readonly room: Room;
  readonly library: ScenarioLibrary;
  readonly joinUrls: readonly string[];
  readonly trainerUrl: string;
  /** Whether the production build was found (without it only the websocket answers). */
  readonly servesBuild: boolean;
  /** Connections now open (for tests and the load bench). */
  connections(): number;
  close(): Promise<void>;
}

/** One line for the host's log: what was being done, and the error with the first lines of its stack. */
export function faultLine(context: string, error: unknown): string {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`).split('\n').slice(0, 6).join('\n    ') : String(error);
  return `[${new Date().toISOString()}] unexpected error, kept serving — ${context}: ${detail}`;
}

/** Wrong join codes or tokens one address may send per window before it must wait. */
const GUESSES_PER_ADDRESS = 30;
const GUESS_WINDOW_MS = 10 * 60_000;
/** The trainer's overview is sent at most this often. */
const ROOM_EVERY_MS = 150;
/**
 * A group's scored view (the trainer view with the score: the trainer console and evaluator seats) is made
 * again at the earliest this many times its last making time after that making began, so it takes at most
 * about a third of the host's time however fast the group's commands come (later-per-group.ts).
 */
const SCORED_SPACING = 3;

/** Seats that see the trainer view with the score: the most expensive view there is. */
function scoredSeat(role: ClientRole): boolean {
  return role.kind === 'trainer' || role.kind === 'evaluator';
}

function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export async function startClassroom(options: ClassroomOptions): Promise<Classroom> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const fault = (context: string, error: unknown): void => {
    try {
      log(faultLine(context, error));
    } catch {
      // A log that cannot be written must not become the next fault.
    }
  };
  const library = loadLibrary(options.scenarioPaths);
  const room = new Room({ dir: options.dataDir, library, now, maxPendingPerAddress: options.joins?.waitingPerAddress ?? MAX_PENDING_PER_ADDRESS, writeEveryMs: options.roomFileEveryMs, fault: (context, error) => fault(context, error) });
  const distDir = options.distDir !== null && existsSync(resolve(options.distDir, 'index.html')) ? resolve(options.distDir) : null;
  const connections = new Set<Connection>();
  const byDevice = new Map<string, Set<Connection>>();
  const lastSeen = new Map<string, number>();
  const guesses = new Map<string, { count: number; since: number }>();
  const joinRate = options.joins?.rate ?? JOIN_RATE;
  const joinsFrom = new Map<string, TokenBucket>();
  let join: Pick<RoomSnapshot, 'joinUrls' | 'qr'> = { joinUrls: [], qr: null };
  let roomTimer: ReturnType<typeof setTimeout> | null = null;
  let roomSentAt = 0;

  const snapshot = (): RoomSnapshot =>
    room.snapshot((id) => ({ online: (byDevice.get(id)?.size ?? 0) > 0, lastSeen: lastSeen.get(id) ?? 0 }), join);

  const trainers = () => [...connections].filter((c) => c.identity?.kind === 'trainer');

  const sendRoomNow = () => {
    roomTimer = null;
    roomSentAt = now();
    const list = trainers();
    if (list.length === 0) return;
    const text = Buffer.from(JSON.stringify({ type: 'room', room: snapshot() } satisfies ServerMessage), 'utf8');
    for (const c of list) c.sendText(text);
  };

  const roomChanged = () => {
    if (roomTimer !== null) return;
    roomTimer = setTimeout(() => {
      try {
        sendRoomNow();
      } catch (error) {
        fault("sending the trainer's overview", error);
      }
    }, Math.max(0, ROOM_EVERY_MS - (now() - roomSentAt)));
  };

  /** A seat's views; the trainer's console gets the whole session too once play is over, for its debrief. */
  const classroomViews = (group: Group, role: ClientRole) => {
    const views = viewsFor(group.host, role);
    const session = role.kind === 'trainer' ? group.host.sessionView() : null;
    return session ? [...views, session] : views;
  };

  /** The role a connection sees a group as, or null when it is not in that group. */
  const roleIn = (c: Connection, group: Group): ClientRole | null => {
    if (c.identity?.kind === 'trainer') return c.watching === group.id ? { kind: 'trainer' } : null;
    if (c.identity?.kind !== 'device') return null;
    const device = room.device(c.identity.id);
    // Every group's change goes past every connection: a device of another group is passed over cheaply.
    if (device?.status.state !== 'admitted' || device.status.session !== group.id) return null;
    const place = room.placeOf(device);
    return place && place.group === group ? place.role : null;
  };

  // What each seat of each group was last sent: after a command a device gets the patch from its revision.
  const feeds = new WeakMap<Group, ViewFeeds>();
  const feedOf = (group: Group): ViewFeeds => {
    let f = feeds.get(group);
    if (!f) feeds.set(group, (f = new ViewFeeds()));
    return f;
  };

  /**
   * Send `to` the group's views: whole when `whole` (a device that joins, moves, reconnects or asks), else as
   * the patch from the revision the seat was last sent (nothing when it has this revision already). Every
   * seat's views are made once, and every audience's once (in the SessionHost); one text goes to every
   * device at a seat. `seats` picks the scored seats (trainer console, evaluators), the others, or all.
   */
  const publish = (group: Group, to: Iterable<Connection>, whole = false, seats: 'scored' | 'unscored' | 'all' = 'all') => {
    const texts = new Map<string, Buffer | null>();
    const feed = feedOf(group);
    for (const c of to) {
      const role = roleIn(c, group);
      if (!role) continue;
      if (seats !== 'all' && scoredSeat(role) !== (seats === 'scored')) continue;
      const key = JSON.stringify(role);
      let text = texts.get(key);
      if (text === undefined) {
        try {
          const r = feed.next(key, group.viewVersion, () => classroomViews(group, role));
          const message: ServerMessage | null =
            !whole && r.patch
              ? { type: 'viewsPatch', session: group.id, from: r.patch.from, revision: r.patch.version, patch: r.patch.patch as never }
              : whole || r.changed
                ? { type: 'views', session: group.id, revision: group.viewVersion, views: r.views as never }
                : null;
          text = message === null ? null : Buffer.from(JSON.stringify(message), 'utf8');
        } catch {
          // A view that cannot be made is not sent; it must not stop the others (or the host).
          text = null;
        }
        texts.set(key, text);
      }
      if (text !== null) c.sendText(text);
    }
  };

  // The scored seats of a group get their views after every other device of the group has its own, and when
  // commands come faster than the scored view can be made, once for the newest state: the console gets one
  // patch from the version it has, never the states in between. Devices at tables and projectors are sent
  // their views with the command that changed them; only the trainer's score waits (see SCORED_SPACING).
  const scored = new LaterPerGroup<Group>((group) => {
    try {
      publish(group, membersOf(group), false, 'scored');
    } catch (error) {
      fault("sending a group's scored views", error);
    }
  }, SCORED_SPACING);

  const groupOf = (c: Connection): Group | undefined => {
    if (c.identity?.kind === 'trainer') return c.watching === null ? undefined : room.group(c.watching);
    if (c.identity?.kind !== 'device') return undefined;
    const device = room.device(c.identity.id);
    return device ? room.placeOf(device)?.group : undefined;
  };

  // The connections of each group, so that a group's change goes past its own devices only, not every
  // connection of the room. Rebuilt in one pass when who is where may have changed: a connection said who it is
  // or closed, the room placed, moved or removed a device (its listener), or a console chose a group to watch.
  // A device's seat is still checked live for every send (roleIn): this list only narrows who is asked.
  let members: Map<Group, Connection[]> | null = null;
  const placesChanged = () => {
    members = null;
  };
  const membersOf = (group: Group): readonly Connection[] => {
    if (members === null) {
      members = new Map();
      for (const c of connections) {
        const g = groupOf(c);
        if (g === undefined) continue;
        const list = members.get(g);
        if (list) list.push(c);
        else members.set(g, [c]);
      }
    }
    return members.get(group) ?? [];
  };

  const hub: Hub = {
    room,
    now,
    rates: options.rates ?? { device: DEVICE_RATE, trainer: TRAINER_RATE },
    identify(c) {
      placesChanged();
      if (c.identity?.kind !== 'device') return;
      let set = byDevice.get(c.identity.id);
      if (!set) byDevice.set(c.identity.id, (set = new Set()));
      set.add(c);
      lastSeen.set(c.identity.id, now());
      roomChanged();
    },
    sendViews(c) {
      // Called when a device is placed or moved and when a console chooses a group to watch, among others.
      placesChanged();
      const group = groupOf(c);
      if (!group) return;
      const role = roleIn(c, group);
      // A console that asks for its views whole while they are due: the seat first gets what is due, so every
      // console at it keeps applying patches.
      if (role !== null && scoredSeat(role)) scored.runNow(group);
      publish(group, [c], true);
    },
    sendRoom(c) {
      c.send({ type: 'room', room: snapshot() });
    },
    mayJoin(address) {
      // A bucket that has filled up again says nothing an empty map would not: drop them now and then.
      if (joinsFrom.size > 10_000) joinsFrom.clear();
      let bucket = joinsFrom.get(address);
      if (!bucket) joinsFrom.set(address, (bucket = new TokenBucket(joinRate, now)));
      return bucket.take();
    },
    mayGuess(address) {
      const g = guesses.get(address);
      return !g || now() - g.since > GUESS_WINDOW_MS || g.count < GUESSES_PER_ADDRESS;
    },
    guessed(address) {
      const g = guesses.get(address);
      if (!g || now() - g.since > GUESS_WINDOW_MS) guesses.set(address, { count: 1, since: now() });
      else g.count += 1;
    },
    fault,
  };

  room.listen({
    removed(ids) {
      placesChanged();
      for (const id of ids) {
        for (const c of byDevice.get(id) ?? []) c.send({ type: 'status', status: { state: 'kicked' } });
      }
    },
    device(id) {
      placesChanged();
      const device = room.device(id);
      if (!device) return;
      for (const c of byDevice.get(id) ?? []) {
        c.send({ type: 'status', status: room.statusOf(device) });
        hub.sendViews(c);
      }
    },
    group(group) {
      publish(group, membersOf(group), false, 'unscored');
      scored.changed(group);
      roomChanged();
    },
    room: roomChanged,
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.frameBytes, perMessageDeflate: false });
  const server: Server = createServer((req, res) => {
    try {
      serveStatic(distDir, req, res);
    } catch (error) {
      fault(`${req.method ?? '?'} ${(req.url ?? '').slice(0, 200)}`, error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    }
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      upgrade(req, socket, head);
    } catch (error) {
      fault(`websocket upgrade from ${req.socket.remoteAddress ?? 'an unknown address'}`, error);
      socket.destroy();
    }
  });

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/ws' || !sameOrigin(req) || connections.size >= (options.maxConnections ?? 2000)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req.socket.remoteAddress ?? ''));
  }

  function accept(ws: WebSocket, address: string): void {
    const c = new Connection(ws, hub, address);
    connections.add(c);
    const hello = setTimeout(() => {
      if (c.identity === null) ws.close(CLOSE.noHello, 'no hello');
    }, options.helloWithinMs ?? 30_000);
    hello.unref();
    ws.on('message', (data, isBinary) => c.receive(data, isBinary));
    ws.on('pong', () => (c.alive = true));
    // A frame over the hard limit, or a broken one: ws closes the socket itself and reports it here.
    ws.on('error', () => undefined);
    ws.on('close', () => {
      try {
        closed(c, hello);
      } catch (error) {
        fault(`closing ${c.who()}`, error);
      }
    });
  }

  function closed(c: Connection, hello: ReturnType<typeof setTimeout>): void {
    clearTimeout(hello);
    connections.delete(c);
    placesChanged();
    if (c.identity?.kind !== 'device') return;
    const set = byDevice.get(c.identity.id);
    set?.delete(c);
    if (set && set.size === 0) byDevice.delete(c.identity.id);
    lastSeen.set(c.identity.id, now());
    roomChanged();
  }

  const heartbeat = setInterval(() => {
    for (const c of connections) {
      if (!c.alive) {
        c.socket.terminate();
        continue;
      }
      c.alive = false;
      c.socket.ping();
    }
  }, options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const joinUrls = lanAddresses(options.host).map((a) => joinUrl(a, port, room.code));
  join = { joinUrls, qr: joinUrls[0] ? qrCells(joinUrls[0]) : null };

  return {
    port,
    room,
    library,
    joinUrls,
    trainerUrl: trainerUrl(options.host, port, room.trainerToken),
    servesBuild: distDir !== null,
    connections: () => connections.size,
    close: async () => {
      clearInterval(heartbeat);
      if (roomTimer !== null) clearTimeout(roomTimer);
      scored.cancelAll();
      for (const c of connections) c.socket.close(CLOSE.goingAway, 'host stopping');
      await new Promise<void>((done) => wss.close(() => done()));
      for (const c of connections) c.socket.terminate();
      const closed = new Promise<void>((done) => server.close(() => done()));
      // Browsers keep idle HTTP connections open; they must not hold the host up when it stops.
      server.closeAllConnections();
      await closed;
      room.close();
    },
  };
}
