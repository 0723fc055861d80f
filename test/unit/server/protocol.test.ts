// The classroom protocol as a specification: what each side accepts, what it refuses, and how the
// browser's link behaves when the line drops — with a fake socket, so no network is involved.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientMessageSchema, leadingRequestId, normaliseCode, readServerMessage } from '../../../src/host/protocol.js';
import { CLASSROOM_OFFLINE, connectClassroom, type SocketLike } from '../../../src/host/websocket-client.js';

const TOKEN = 'a'.repeat(64);

const valid: readonly Record<string, unknown>[] = [
  { type: 'join', v: 1, code: 'ABC-DEF', name: 'Fatima' },
  { type: 'resume', v: 1, token: TOKEN },
  { type: 'ping', id: 1 },
  { type: 'command', id: 2, token: TOKEN, session: 'g-1', command: { type: 'decide', actor: { kind: 'role', role: 'mayor' }, decision: 'd', option: 'o' } },
  { type: 'admit', id: 3, token: TOKEN, device: 'd-1', session: 'g-1', seat: { kind: 'table', table: 'mayor' } },
  { type: 'admit', id: 4, token: TOKEN, device: 'd-1', session: 'g-1', seat: { kind: 'projector' } },
  { type: 'kick', id: 5, token: TOKEN, device: 'd-1' },
  { type: 'createGroups', id: 6, token: TOKEN, scenario: 'intro-market-square', seed: '42', groups: 3, lang: 'nl' },
  {
    type: 'createGroups',
    id: 6,
    token: TOKEN,
    scenario: 'ramming-tabletop',
    seed: '42',
    groups: 3,
    lang: 'nl',
    play: { feedback: 'debrief', timerMinutes: null, guided: false, messages: 'both', runByModule: false, moduleMinutes: { 'module-1': 50 }, moduleFeedback: true },
  },
  { type: 'watch', id: 7, token: TOKEN, session: null },
  { type: 'recover', id: 8, token: TOKEN, session: 'g-1' },
];

const invalid: readonly [string, unknown][] = [
  ['an unknown type', { type: 'shout', id: 1 }],
  ['no type', { id: 1 }],
  ['a list', [{ type: 'ping', id: 1 }]],
  ['an extra field', { type: 'ping', id: 1, extra: true }],
  ['another protocol version', { type: 'join', v: 2, code: 'ABC', name: 'A' }],
  ['a short token', { type: 'resume', v: 1, token: 'abc' }],
  ['a token in capitals', { type: 'resume', v: 1, token: 'A'.repeat(64) }],
  ['an empty name', { type: 'join', v: 1, code: 'ABC', name: '   ' }],
  ['a name with control characters', { type: 'join', v: 1, code: 'ABC', name: 'Eve\u0007' }],
  ['a name of 61 characters', { type: 'join', v: 1, code: 'ABC', name: 'x'.repeat(61) }],
  ['a negative request id', { type: 'ping', id: -1 }],
  ['a fractional request id', { type: 'ping', id: 1.5 }],
  ['a command without an actor', { type: 'command', id: 2, token: TOKEN, session: 'g-1', command: { type: 'start' } }],
  ['a seat of an unknown kind', { type: 'admit', id: 3, token: TOKEN, device: 'd-1', session: 'g-1', seat: { kind: 'trainer' } }],
  ['21 groups at once', { type: 'createGroups', id: 6, token: TOKEN, scenario: 's', seed: '1', groups: 21, lang: 'nl' }],
  ['no groups', { type: 'createGroups', id: 6, token: TOKEN, scenario: 's', seed: '1', groups: 0, lang: 'nl' }],
  [
    'a round timer of a day',
    { type: 'createGroups', id: 6, token: TOKEN, scenario: 's', seed: '1', groups: 1, lang: 'nl', play: { feedback: 'perRound', timerMinutes: 1440, guided: false, messages: 'blocks', runByModule: false, moduleMinutes: {}, moduleFeedback: false } },
  ],
  [
    'a play choice the host does not know',
    { type: 'createGroups', id: 6, token: TOKEN, scenario: 's', seed: '1', groups: 1, lang: 'nl', play: { feedback: 'perRound', timerMinutes: null, guided: false, messages: 'blocks', runByModule: false, moduleMinutes: {}, moduleFeedback: false, hints: true } },
  ],
  ['a session id with a slash', { type: 'recover', id: 8, token: TOKEN, session: '../etc' }],
];

describe('the client messages', () => {
  it.each(valid.map((m) => [m.type, m] as const))('accepts a well-formed %s', (_type, message) => {
    expect(ClientMessageSchema.safeParse(message).success).toBe(true);
  });

  it.each(invalid)('refuses %s', (_what, message) => {
    expect(ClientMessageSchema.safeParse(message).success).toBe(false);
  });
});

describe('the server messages', () => {
  it('reads a result and a refusal, and nothing that is not in the protocol', () => {
    expect(readServerMessage(JSON.stringify({ type: 'result', id: 3, ok: true }))).toEqual({ type: 'result', id: 3, ok: true });
    expect(readServerMessage(JSON.stringify({ type: 'refused', refusal: { code: 'bad-code', params: {} } }))?.type).toBe('refused');
    expect(readServerMessage('{"type":"result","id":3}')).toBeNull();
    expect(readServerMessage('{"type":"eval","code":"alert(1)"}')).toBeNull();
    expect(readServerMessage('not json')).toBeNull();
    expect(readServerMessage(new Uint8Array([1, 2]))).toBeNull();
  });
});

describe('the request id of a message refused unread', () => {
  it('is found when type and id lead the message', () => {
    expect(leadingRequestId('{"type":"command","id":17,"token":"…')).toBe(17);
    expect(leadingRequestId('{"type":"ping","id":4}')).toBe(4);
  });

  it('is not guessed from anywhere else', () => {
    expect(leadingRequestId('{"id":17,"type":"command"}')).toBeNull();
    expect(leadingRequestId('{"type":"command","token":"x","id":17}')).toBeNull();
    expect(leadingRequestId('{"type":"command","id":99999999999}')).toBeNull();
  });
});

it('reads a join code whatever its case, spaces or dashes', () => {
  expect(normaliseCode(' abc-def ')).toBe('ABCDEF');
  expect(normaliseCode('ABC DEF')).toBe('ABCDEF');
});

// ---------------------------------------------------------------- the browser's link

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: string[] = [];
  onopen: ((event: never) => void) | null = null;
  onmessage: ((event: { readonly data: unknown }) => void) | null = null;
  onclose: ((event: { readonly code: number; readonly reason: string }) => void) | null = null;
  onerror: ((event: never) => void) | null = null;
  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.(undefined as never);
  }
  receive(message: unknown): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: '' });
  }
}

describe('the classroom link', () => {
  afterEach(() => vi.useRealTimers());

  function setUp(token: string | null) {
    const sockets: FakeSocket[] = [];
    const states: string[] = [];
    const tokens: (string | null)[] = [];
    const link = connectClassroom(
      { url: 'ws://host/ws', token, socket: () => (sockets.push(new FakeSocket()), sockets[sockets.length - 1] as FakeSocket), keepAliveMs: 0, random: () => 1, retry: { firstMs: 100, maxMs: 400 }, onToken: (t) => tokens.push(t) },
      { onState: (s) => states.push(s) },
    );
    return { link, sockets, states, tokens };
  }

  it('resumes with its token, and puts the type and id first in every request', async () => {
    const { link, sockets } = setUp(TOKEN);
    const socket = sockets[0] as FakeSocket;
    socket.open();
    expect(JSON.parse(socket.sent[0] ?? '')).toEqual({ type: 'resume', v: 1, token: TOKEN });
    socket.receive({ type: 'welcome', as: 'trainer' });
    const answer = link.request({ type: 'kick', device: 'd-1' });
    const sent = socket.sent[1] ?? '';
    expect(leadingRequestId(sent)).toBe(JSON.parse(sent).id);
    socket.receive({ type: 'result', id: JSON.parse(sent).id, ok: false, refusal: { code: 'unknown-device', params: {} } });
    await expect(answer).resolves.toEqual({ ok: false, refusal: { code: 'unknown-device', params: {} } });
  });

  it('refuses a command at once while offline, and settles one in flight when the line drops', async () => {
    vi.useFakeTimers();
    const { link, sockets, states } = setUp(TOKEN);
    await expect(link.sendCommand('g-1', { type: 'start', actor: { kind: 'trainer' } })).resolves.toEqual({ ok: false, refusal: CLASSROOM_OFFLINE });
    const socket = sockets[0] as FakeSocket;
    socket.open();
    socket.receive({ type: 'welcome', as: 'trainer' });
    const inFlight = link.sendCommand('g-1', { type: 'start', actor: { kind: 'trainer' } });
    socket.drop();
    await expect(inFlight).resolves.toEqual({ ok: false, refusal: CLASSROOM_OFFLINE });
    expect(states).toEqual(['connecting', 'online', 'offline']);
    // It tries again after the first delay, with a new socket, and resumes.
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(2);
    sockets[1]?.open();
    expect(JSON.parse(sockets[1]?.sent[0] ?? '')).toEqual({ type: 'resume', v: 1, token: TOKEN });
    link.close();
  });

  it('waits longer after each failed try, up to the most', () => {
    vi.useFakeTimers();
    const { sockets } = setUp(TOKEN);
    sockets[0]?.drop();
    vi.advanceTimersByTime(99);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    sockets[1]?.drop();
    vi.advanceTimersByTime(199);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);
    sockets[2]?.drop();
    vi.advanceTimersByTime(400);
    sockets[3]?.drop();
    vi.advanceTimersByTime(399);
    expect(sockets).toHaveLength(4);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(5);
  });

  it('keeps the token it is given on joining, and forgets one the host does not know', () => {
    const { link, sockets, tokens, states } = setUp(null);
    expect(sockets).toHaveLength(0);
    link.join('abc-def', 'Fatima');
    const socket = sockets[0] as FakeSocket;
    socket.open();
    expect(JSON.parse(socket.sent[0] ?? '')).toEqual({ type: 'join', v: 1, code: 'abc-def', name: 'Fatima' });
    socket.receive({ type: 'welcome', as: 'device', device: 'd-1', token: TOKEN, name: 'Fatima' });
    expect(tokens).toEqual([TOKEN]);
    expect(link.token).toBe(TOKEN);

    const again = setUp(TOKEN);
    again.sockets[0]?.open();
    again.sockets[0]?.receive({ type: 'refused', refusal: { code: 'unknown-token', params: {} } });
    expect(again.tokens).toEqual([null]);
    expect(again.link.token).toBeNull();
    expect(again.states[again.states.length - 1]).toBe('idle');
    expect(states).toContain('online');
  });

  it('ignores a message from the host that is not in the protocol', () => {
    const { link, sockets } = setUp(TOKEN);
    const socket = sockets[0] as FakeSocket;
    socket.open();
    socket.receive({ type: 'welcome', as: 'device', device: 'd-1', token: 'not-a-token', name: 'x' });
    expect(link.state).toBe('connecting');
  });
});
