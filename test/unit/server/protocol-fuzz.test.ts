// Hostile shapes against the classroom protocol: every field of every message the host reads, replaced by
// objects with a hostile `length`, `toString` or `valueOf`, getters, arrays and deep nesting. Over a real
// loopback websocket the host must answer each one (a refusal, never silence or a crash) and keep serving
// the room; the schema itself must answer "invalid" without throwing whatever JavaScript value it meets.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUntrusted } from '../../../src/engine/untrusted.js';
import { ClientMessageSchema, type ServerMessage } from '../../../src/host/protocol.js';
import type { Classroom } from '../../../src/server/classroom-server.js';
import { joinDevice, RawClient, removeTempFolders, requestId, startTestClassroom, wsUrl } from './support.js';

const TOKEN = 'a'.repeat(64);

/** Every message type with valid-looking fields, as a device or console would send it. */
function templates(code: string): Record<string, unknown>[] {
  const authed = { id: 7, token: TOKEN };
  return [
    { type: 'join', v: 1, code, name: 'Eve' },
    { type: 'resume', v: 1, token: TOKEN },
    { type: 'ping', id: 7 },
    { type: 'command', ...authed, session: 'g1', command: { type: 'observe', text: 'x', actor: { kind: 'evaluator' } } },
    { type: 'admit', ...authed, device: 'd1', session: 'g1', seat: { kind: 'table', table: 'mayor' } },
    { type: 'kick', ...authed, device: 'd1' },
    { type: 'createGroups', ...authed, scenario: 'intro-market-square', seed: '1', groups: 1, lang: 'en' },
    { type: 'watch', ...authed, session: null },
    { type: 'recover', ...authed, session: 'g1' },
  ];
}

/** Where a hostile value can go in a template: a top-level field or a field one level down. */
function fieldPaths(message: Record<string, unknown>): string[][] {
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(message)) {
    paths.push([key]);
    if (typeof value === 'object' && value !== null) for (const inner of Object.keys(value)) paths.push([key, inner]);
  }
  return paths;
}

function nest(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** Values that are never a plain string or number at the top: what a field must never hold. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant({ length: { toString: 'x' } }),
  fc.constant({ length: { valueOf: {} } }),
  fc.constant({ length: 1e308 }),
  fc.constant({ length: -1, 0: 'a' }),
  fc.constant({ toString: 'x', valueOf: 'y' }),
  fc.constant({ __proto__: { length: 3 } }),
  fc.constant({ constructor: { prototype: { length: 'x' } } }),
  fc.record({ length: fc.anything(), toString: fc.anything(), valueOf: fc.anything() }),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean()).map(([depth, asArray]) => nest(depth, { length: { toString: 'x' } }, asArray)),
  fc.object({ maxDepth: 3 }),
  fc.constantFrom(null, true, false, -1, 1e308, 0.5),
);

function setAt(message: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(message);
  const [first, second] = path as [string, string | undefined];
  if (second === undefined) copy[first] = value;
  else (copy[first] as Record<string, unknown>)[second] = value;
  return copy;
}

describe('the protocol schema against hostile JavaScript values', () => {
  const message = (which: number, pick: number, value: unknown) => {
    const template = templates('ABCDEF')[which] as Record<string, unknown>;
    const paths = fieldPaths(template);
    return setAt(template, paths[pick % paths.length] as string[], value);
  };

  it('meets any JSON-shaped hostile value with an ordinary Zod issue, not an exception caught afterwards', () => {
    fc.assert(
      fc.property(fc.nat({ max: 8 }), fc.nat(), hostileJson, (which, pick, value) => {
        const result = parseUntrusted(ClientMessageSchema, message(which, pick, value));
        // Some fields are read loosely (a command's body beyond its type and actor): those may pass.
        if (!result.success) expect(result.thrown).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('answers, never throws, for getters, throwing toString and proxies anywhere', () => {
    const getterThatThrows = Object.defineProperty({}, 'length', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const throwing = () => {
      throw new Error('conversion');
    };
    const values = fc.constantFrom<unknown>(
      getterThatThrows,
      { toString: throwing, valueOf: throwing, [Symbol.toPrimitive]: throwing },
      new Proxy({}, { get: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing }),
    );
    fc.assert(
      fc.property(fc.nat({ max: 8 }), fc.nat(), values, (which, pick, value) => {
        let result: ReturnType<typeof parseUntrusted> | undefined;
        expect(() => (result = parseUntrusted(ClientMessageSchema, message(which, pick, value)))).not.toThrow();
        expect(typeof result?.success).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});

describe('the classroom host against hostile messages on a real websocket', () => {
  let classroom: Classroom;
  const faults: string[] = [];
  let client: RawClient | null = null;
  let sentOnClient = 0;

  beforeAll(async () => {
    // Fast enough that the fuzz is not refused for rate: what is tested here is reading, not flooding.
    classroom = await startTestClassroom(undefined, { rates: { device: { burst: 100_000, perSecond: 100_000 }, trainer: { burst: 100_000, perSecond: 100_000 } }, log: (line) => faults.push(line) });
  });

  afterAll(async () => {
    client?.close();
    await classroom.close();
    removeTempFolders();
  });

  /** A connection that can still take messages: a fresh one now and then, so no per-second cap on refusals is reached. */
  async function connection(): Promise<RawClient> {
    if (client === null || sentOnClient >= 30 || client.socket.readyState !== client.socket.OPEN) {
      client?.close();
      client = await RawClient.open(wsUrl(classroom));
      sentOnClient = 0;
    }
    sentOnClient += 1;
    return client;
  }

  /** Send one raw message and what the host answered to it: everything before the answer to a ping sent right after. */
  async function exchange(raw: string): Promise<ServerMessage[] | { closed: number }> {
    const c = await connection();
    const before = c.seen.length;
    const id = requestId();
    const pong = c.result(id);
    c.send(raw);
    c.send({ type: 'ping', id });
    const outcome = await Promise.race([pong.then(() => 'answered' as const), c.closed]);
    if (outcome !== 'answered') return { closed: outcome.code };
    return c.seen.slice(before).filter((m) => !(m.type === 'result' && m.id === id));
  }

  const answered = (answer: ServerMessage[] | { closed: number }): boolean =>
    Array.isArray(answer) ? answer.some((m) => m.type === 'refused' || m.type === 'result' || m.type === 'welcome') : answer.closed === 1008;

  it('answers the three reported shapes (join.code, join.name, command.command.type) and stays up', async () => {
    const reported = [
      { type: 'join', v: 1, code: { length: { toString: 'x' } }, name: 'a' },
      { type: 'join', v: 1, code: classroom.room.code, name: { length: { toString: 'x' } } },
      { type: 'command', id: 11, token: TOKEN, session: 'g1', command: { type: { length: { toString: 'x' } }, actor: { kind: 'trainer' } } },
    ];
    for (const message of reported) {
      const answer = await exchange(JSON.stringify(message));
      expect(Array.isArray(answer) ? answer.map((m) => (m.type === 'refused' || m.type === 'result' ? m.type : m.type)) : answer).toEqual([message.type === 'command' ? 'result' : 'refused']);
      const [first] = answer as ServerMessage[];
      expect(first).toMatchObject({ refusal: { code: 'message-invalid', params: { message: expect.stringContaining('expected string') } } });
    }
    expect(faults).toEqual([]);
  });

  it('logs a fault of the host with its context, answers host-error, and keeps serving', async () => {
    const trainer = await RawClient.open(wsUrl(classroom));
    trainer.send({ type: 'resume', v: 1, token: classroom.room.trainerToken });
    await trainer.next((m) => m.type === 'room');
    const kick = classroom.room.kick.bind(classroom.room);
    classroom.room.kick = () => {
      throw new Error('disk on fire');
    };
    try {
      const answer = await trainer.ask({ type: 'kick', id: requestId(), token: classroom.room.trainerToken, device: 'd-x' });
      expect(answer).toMatchObject({ ok: false, refusal: { code: 'host-error' } });
    } finally {
      classroom.room.kick = kick;
    }
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatch(/kick from the trainer console at 127\.0\.0\.1.*disk on fire/s);
    expect(faults[0]).not.toContain(classroom.room.trainerToken);
    faults.length = 0;
    expect((await trainer.ask({ type: 'ping', id: requestId() })).ok).toBe(true);
    trainer.close();
  });

  it('answers every fuzzed message, logs nothing unexpected, and lets a real participant join afterwards', async () => {
    let count = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 8 }), fc.nat(), hostileJson, async (which, pick, value) => {
        const template = templates(classroom.room.code)[which] as Record<string, unknown>;
        const paths = fieldPaths(template);
        const raw = JSON.stringify(setAt(template, paths[pick % paths.length] as string[], value));
        if (raw.length > 60_000) return;
        count += 1;
        expect(answered(await exchange(raw))).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(count).toBeGreaterThan(150);
    expect(faults).toEqual([]);
    const participant = await joinDevice(classroom, 'Real participant');
    expect(await participant.client.next((m) => m.type === 'status')).toEqual({ type: 'status', status: { state: 'pending' } });
    participant.client.close();
  });
});
