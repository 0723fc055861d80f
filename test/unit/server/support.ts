// Helpers for the classroom host's tests: a host on loopback in a temporary data folder, raw websocket
// clients that wait on messages (never on the clock), and the browser's own link running over `ws`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import type { ServerMessage } from '../../../src/host/protocol.js';
import type { ClientView } from '../../../src/host/session-host.js';
import { ViewsCopy } from '../../../src/host/view-feed.js';
import type { PatchOp } from '../../../src/host/view-patch.js';
import { connectClassroom, type ClassroomLink, type LinkHandlers, type SocketLike } from '../../../src/host/websocket-client.js';
import { startClassroom, type Classroom, type ClassroomOptions } from '../../../src/server/classroom-server.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const INTRO = join(ROOT, 'scenarios/intro-market-square.json');

const folders: string[] = [];

export function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crisistafel-classroom-'));
  folders.push(dir);
  return dir;
}

export function removeTempFolders(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function startTestClassroom(dataDir = tempFolder(), options: Partial<ClassroomOptions> = {}): Promise<Classroom> {
  return startClassroom({ host: '127.0.0.1', port: 0, dataDir, distDir: null, scenarioPaths: [INTRO], ...options });
}

export function wsUrl(classroom: { port: number }): string {
  return `ws://127.0.0.1:${classroom.port}/ws`;
}

/**
 * A websocket client that keeps every message it gets. `next` reads them like a queue: the first message
 * after the last one taken that matches, waiting for it if it has not come yet. `result` finds the
 * answer to a request wherever it is. Like the browser's link it keeps its views: a patch that applies
 * to them is recorded, after the patch itself, as the whole views it makes (a `views` message), so a test
 * reads what the device shows; one that does not apply is recorded as it came, and nothing more.
 */
export class RawClient {
  readonly seen: ServerMessage[] = [];
  readonly copy = new ViewsCopy();
  private cursor = 0;
  private waiters: { match: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void; queue: boolean }[] = [];
  closed: Promise<{ code: number; reason: string }>;
  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      this.record(message);
      if (message.type === 'views') this.copy.full(message.revision, message.views as unknown as ClientView[]);
      if (message.type === 'viewsPatch') {
        const views = this.copy.apply({ from: message.from, version: message.revision, patch: message.patch as PatchOp[] });
        if (views) this.record({ type: 'views', session: message.session, revision: message.revision, views: views as never });
      }
    });
    this.closed = new Promise((done) => socket.on('close', (code, reason) => done({ code, reason: String(reason) })));
  }

  private record(message: ServerMessage): void {
    this.seen.push(message);
    for (const w of [...this.waiters]) {
      if (!w.match(message)) continue;
      this.waiters.splice(this.waiters.indexOf(w), 1);
      if (w.queue) this.cursor = this.seen.length;
      w.resolve(message);
    }
  }

  /** `localAddress`: another loopback address (127.0.0.2, …) plays another machine of the room. */
  static open(url: string, headers: Record<string, string> = {}, localAddress?: string): Promise<RawClient> {
    return new Promise((resolveOpen, reject) => {
      const socket = new WebSocket(url, { headers, ...(localAddress ? { localAddress } : {}) });
      const client = new RawClient(socket);
      socket.once('open', () => resolveOpen(client));
      socket.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  next<T extends ServerMessage = ServerMessage>(match: (m: ServerMessage) => boolean): Promise<T> {
    for (let i = this.cursor; i < this.seen.length; i++) {
      const m = this.seen[i] as ServerMessage;
      if (match(m)) {
        this.cursor = i + 1;
        return Promise.resolve(m as T);
      }
    }
    this.cursor = this.seen.length;
    return new Promise((resolveNext) => this.waiters.push({ match, resolve: resolveNext as (m: ServerMessage) => void, queue: true }));
  }

  /** The first matching message to arrive from now on. */
  upcoming<T extends ServerMessage = ServerMessage>(match: (m: ServerMessage) => boolean): Promise<T> {
    this.cursor = this.seen.length;
    return this.next<T>(match);
  }

  result(id: number): Promise<Extract<ServerMessage, { type: 'result' }>> {
    const match = (m: ServerMessage) => m.type === 'result' && m.id === id;
    const found = this.seen.find(match);
    if (found) return Promise.resolve(found as Extract<ServerMessage, { type: 'result' }>);
    return new Promise((resolveNext) => this.waiters.push({ match, resolve: resolveNext as (m: ServerMessage) => void, queue: false }));
  }

  /** Send a request and wait for its answer. */
  async ask(message: { id: number } & Record<string, unknown>): Promise<Extract<ServerMessage, { type: 'result' }>> {
    const answer = this.result(message.id);
    this.send(message);
    return answer;
  }

  close(): void {
    this.socket.close();
  }
}

export const socketFactory = (url: string): SocketLike => new WebSocket(url) as unknown as SocketLike;

/** The browser's link, over `ws`. */
export function link(url: string, handlers: LinkHandlers, token: string | null = null, onToken?: (t: string | null) => void): ClassroomLink {
  return connectClassroom({ url, socket: socketFactory, token, onToken, keepAliveMs: 0, retry: { firstMs: 20, maxMs: 200 } }, handlers);
}

/** The trainer console's raw client, resumed with the trainer token. */
export async function trainerClient(classroom: Classroom): Promise<RawClient> {
  const trainer = await RawClient.open(wsUrl(classroom));
  trainer.send({ type: 'resume', v: 1, token: classroom.room.trainerToken });
  await trainer.next((m) => m.type === 'room');
  return trainer;
}

/** A device that joined with the code: its raw client, id and token. */
export async function joinDevice(classroom: Classroom, name: string): Promise<{ client: RawClient; id: string; token: string }> {
  const client = await RawClient.open(wsUrl(classroom));
  client.send({ type: 'join', v: 1, code: classroom.room.code, name });
  const welcome = await client.next((m) => m.type === 'welcome');
  if (welcome.type !== 'welcome' || welcome.as !== 'device') throw new Error('not welcomed as a device');
  return { client, id: welcome.device, token: welcome.token };
}

let nextId = 1000;
export const requestId = (): number => ++nextId;
