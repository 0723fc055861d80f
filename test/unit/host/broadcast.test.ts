// The in-browser transport: each window hears only its own views, acts only for the roles of its seat,
// and finds the host again when the host comes back after a reload.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../src/zod-setup.js';
import { createSession, loadScenario, scenarioHash, type SessionSettings } from '../../../src/engine/index.js';
import { joinOverBroadcast, serveOverBroadcast, type Channel, type ChannelFactory, type ConnectionState } from '../../../src/host/broadcast.js';
import type { ClientView } from '../../../src/host/session-host.js';
import { SessionHost } from '../../../src/host/session-host.js';

/** BroadcastChannel semantics: a message reaches every other open channel of that name, and every message is logged. */
function bus(drop: (name: string, data: unknown) => boolean = () => false) {
  const byName = new Map<string, Set<Channel>>();
  const heard: { name: string; data: unknown }[] = [];
  const channels: ChannelFactory = (name) => {
    const peers = byName.get(name) ?? new Set<Channel>();
    byName.set(name, peers);
    const channel: Channel = {
      onmessage: null,
      postMessage(message) {
        const data = structuredClone(message);
        // A message lost on the way (to test how a window recovers): nobody hears it.
        if (drop(name, data)) return;
        for (const peer of peers) {
          if (peer === channel) continue;
          queueMicrotask(() => {
            if (!peers.has(peer)) return;
            heard.push({ name, data });
            peer.onmessage?.({ data } as MessageEvent);
          });
        }
      },
      close() {
        peers.delete(channel);
      },
    };
    peers.add(channel);
    return channel;
  };
  return { channels, heard };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
/** The round a table window shows, from its first view. */
const roundOf = (view: ClientView | undefined) => (view?.for === 'role' ? view.view.round : null);

const SETTINGS: SessionSettings = {
  mode: 'multiwindow',
  tables: [
    { id: 't1', name: 'Tafel 1', roles: ['mayor'] },
    { id: 't2', name: 'Tafel 2', roles: ['police-chief', 'comms'] },
  ],
  simcell: [],
  feedback: 'perRound',
};

function hosted() {
  const text = readFileSync('scenarios/intro-market-square.json', 'utf8');
  const loaded = loadScenario(text, 'intro-market-square.json');
  if (!loaded.ok) throw new Error('scenario does not load');
  const scenario = loaded.scenario;
  const host = new SessionHost(scenario, createSession(scenario, 'bc', SETTINGS, scenarioHash(scenario)));
  for (const type of ['start', 'beginRounds'] as const) host.submit({ kind: 'trainer' }, { type, actor: { kind: 'trainer' } });
  return { scenario, host };
}

function client(channels: ChannelFactory, id: string, seat: Parameters<typeof joinOverBroadcast>[2]) {
  const got: { views: ClientView[][]; states: ConnectionState[] } = { views: [], states: [] };
  const c = joinOverBroadcast('s1', id, seat, { onViews: (v) => got.views.push([...v]), onConnection: (s) => got.states.push(s) }, { channels, answerWithinMs: 50 });
  return { c, got, last: () => got.views[got.views.length - 1] ?? [] };
}

describe('BroadcastChannel transport', () => {
  it('gives a table window the views of its own roles and nothing else', async () => {
    const { channels, heard } = bus();
    const { host, scenario } = hosted();
    serveOverBroadcast(host, 's1', channels);
    const t2 = client(channels, 'w2', { kind: 'table', table: 't2' });
    const projector = client(channels, 'w3', { kind: 'projector' });
    await settle();

    expect(t2.last().map((v) => (v.for === 'role' ? v.role : v.for))).toEqual(['police-chief', 'comms']);
    expect(projector.last().map((v) => v.for)).toEqual(['projector']);
    // What reached the projector window's own channel holds no role's briefing.
    const mayorBriefing = scenario.roles.find((r) => r.id === 'mayor')?.briefing;
    const briefingText = typeof mayorBriefing === 'string' ? mayorBriefing : (mayorBriefing?.nl ?? '');
    const toProjector = heard.filter((h) => h.name.endsWith(':client:w3')).map((h) => JSON.stringify(h.data));
    expect(toProjector.length).toBeGreaterThan(0);
    expect(toProjector.some((m) => m.includes(briefingText.slice(0, 40)))).toBe(false);
  });

  it('lets a table window act for its own roles and refuses it for another table’s role', async () => {
    const { channels } = bus();
    const { host } = hosted();
    serveOverBroadcast(host, 's1', channels);
    const t2 = client(channels, 'w2', { kind: 'table', table: 't2' });
    await settle();

    const own = await t2.c.send({ type: 'structure', action: { action: 'convene', team: 'SGBO' }, actor: { kind: 'role', role: 'police-chief' } });
    expect(own).toEqual({ ok: true });
    const other = await t2.c.send({ type: 'endTurn', actor: { kind: 'role', role: 'mayor' } });
    expect(other).toEqual({ ok: false, refusal: { code: 'client-may-not-act-as', params: { actor: 'role' } } });
    const trainer = await t2.c.send({ type: 'advance', actor: { kind: 'trainer' } });
    expect(trainer.ok).toBe(false);
    await settle();
    expect(host.state.round).toBe(1);
    // The accepted command reached every view the window holds.
    const chief = t2.last().find((v) => v.for === 'role' && v.role === 'police-chief');
    expect(chief?.for === 'role' && chief.view.structure.activeTeams.some((t) => t.team === 'SGBO')).toBe(true);
  });

  it('seats the hot-seat station at every table, and refuses a table the session does not have', async () => {
    const { channels } = bus();
    const { host } = hosted();
    serveOverBroadcast(host, 's1', channels);
    const station = client(channels, 'w4', { kind: 'station' });
    const stranger = client(channels, 'w5', { kind: 'table', table: 't9' });
    await settle();
    expect(station.last().map((v) => (v.for === 'role' ? v.role : v.for))).toEqual(['mayor', 'police-chief', 'comms']);
    expect(stranger.got.states).toEqual(['seat-refused']);
    expect(stranger.got.views).toEqual([]);
  });

  it('tells the windows when the host goes, and they find it again when it comes back', async () => {
    const { channels } = bus();
    const { host } = hosted();
    const serving = serveOverBroadcast(host, 's1', channels);
    const t1 = client(channels, 'w1', { kind: 'table', table: 't1' });
    await settle();
    serving.close();
    await settle();
    expect(t1.got.states[t1.got.states.length - 1]).toBe('host-gone');
    expect(await t1.c.send({ type: 'endTurn', actor: { kind: 'role', role: 'mayor' } })).toEqual({ ok: false, refusal: { code: 'host-unavailable', params: {} } });

    const viewsBefore = t1.got.views.length;
    serveOverBroadcast(host, 's1', channels);
    await settle();
    await settle();
    expect(t1.got.views.length).toBeGreaterThan(viewsBefore);
    expect(t1.got.states[t1.got.states.length - 1]).toBe('connected');
    expect(await t1.c.send({ type: 'endTurn', actor: { kind: 'role', role: 'mayor' } })).toEqual({ ok: true });
  });

  it('sends a window its views whole once, then only what changed, with a version', async () => {
    const { channels, heard } = bus();
    const { host } = hosted();
    serveOverBroadcast(host, 's1', channels);
    const t2 = client(channels, 'w2', { kind: 'table', table: 't2' });
    await settle();
    await t2.c.send({ type: 'structure', action: { action: 'convene', team: 'SGBO' }, actor: { kind: 'role', role: 'police-chief' } });
    await settle();
    const toWindow = heard.filter((h) => h.name.endsWith(':client:w2')).map((h) => h.data as { kind: string; version?: number; from?: number });
    expect(toWindow.filter((m) => m.kind === 'views')).toHaveLength(1);
    expect(toWindow.filter((m) => m.kind === 'patch')).toHaveLength(1);
    const whole = toWindow.find((m) => m.kind === 'views');
    const patch = toWindow.find((m) => m.kind === 'patch');
    expect(patch?.from).toBe(whole?.version);
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(whole).length / 5);
    // What the window shows after the patch is what the host would send it whole.
    expect(JSON.parse(JSON.stringify(t2.last()))).toEqual(JSON.parse(JSON.stringify([host.viewFor({ kind: 'table', roles: ['police-chief', 'comms'] }, 'police-chief'), host.viewFor({ kind: 'table', roles: ['police-chief', 'comms'] }, 'comms')])));
  });

  it('makes each audience\'s view once however many windows show it', () => {
    const { host } = hosted();
    const chief = host.viewFor({ kind: 'table', roles: ['police-chief'] });
    expect(host.viewFor({ kind: 'table', roles: ['comms', 'police-chief'] }, 'police-chief')).toBe(chief);
    expect(host.viewFor({ kind: 'evaluator' }).view).toBe(host.viewFor({ kind: 'trainer' }).view);
    expect(host.viewFor({ kind: 'projector' })).toBe(host.viewFor({ kind: 'projector' }));
    host.submit({ kind: 'trainer' }, { type: 'advance', actor: { kind: 'trainer' } });
    expect(host.viewFor({ kind: 'table', roles: ['police-chief'] })).not.toBe(chief);
  });

  it('lets a window that missed a patch ask for its views whole, and go on from there', async () => {
    let dropped = 0;
    // The first patch to the table window is lost.
    const { channels } = bus((name, data) => name.endsWith(':client:w1') && (data as { kind: string }).kind === 'patch' && dropped++ === 0);
    const { host } = hosted();
    serveOverBroadcast(host, 's1', channels);
    const t1 = client(channels, 'w1', { kind: 'table', table: 't1' });
    await settle();
    const mayorView = () => JSON.parse(JSON.stringify(host.viewFor({ kind: 'table', roles: ['mayor'] }))) as unknown;
    host.submit({ kind: 'trainer' }, { type: 'advance', actor: { kind: 'trainer' } });
    await settle();
    expect(dropped).toBe(1);
    // The window still shows round 1: it has not heard of the change.
    expect(roundOf(t1.last()[0])).toBe(1);
    host.submit({ kind: 'trainer' }, { type: 'advance', actor: { kind: 'trainer' } });
    for (let i = 0; i < 5; i++) await settle();
    expect(JSON.parse(JSON.stringify(t1.last()[0]))).toEqual(mayorView());
    expect(roundOf(t1.last()[0])).toBe(3);
    host.submit({ kind: 'trainer' }, { type: 'advance', actor: { kind: 'trainer' } });
    await settle();
    expect(JSON.parse(JSON.stringify(t1.last()[0]))).toEqual(mayorView());
  });

  it('ignores malformed messages instead of failing', async () => {
    const { channels } = bus();
    const { host } = hosted();
    serveOverBroadcast(host, 's1', channels);
    const rogue = channels('crisistafel:s1:host');
    for (const junk of [null, 42, { kind: 'hello' }, { kind: 'command', from: 'x', id: 1, command: { type: 'advance' } }]) rogue.postMessage(junk);
    await settle();
    expect(host.state.round).toBe(1);
  });
});

describe('the feedback link over BroadcastChannel', () => {
  it('sees what the projector sees, hands in a form the host enters as come through the link, and may do nothing else', async () => {
    const { channels } = bus();
    const { host } = hosted();
    serveOverBroadcast(host, 's1', channels);
    host.submit({ kind: 'trainer' }, { type: 'end', actor: { kind: 'trainer' } });
    const phone = client(channels, 'p1', { kind: 'feedback' });
    await settle();
    expect(phone.last().map((v) => v.for)).toEqual(['projector']);
    // Whatever actor it claims, the form is entered by the host, anonymously.
    const sent = await phone.c.send({ type: 'feedback', ratings: { realism: 4 }, comments: { other: 'Prima' }, actor: { kind: 'role', role: 'mayor' } });
    expect(sent).toEqual({ ok: true });
    const entered = host.state.log.at(-1)?.command;
    expect(entered).toMatchObject({ type: 'feedback', via: 'link', actor: { kind: 'trainer' }, ratings: { realism: 4 }, comments: { other: 'Prima' } });
    const other = await phone.c.send({ type: 'hotwash', kind: 'strength', text: 'x', actor: { kind: 'trainer' } });
    expect(other).toEqual({ ok: false, refusal: { code: 'feedback-link-only', params: {} } });
    const bad = await phone.c.send({ type: 'feedback', ratings: { realism: 'vier' }, actor: { kind: 'trainer' } } as never);
    expect(bad).toEqual({ ok: false, refusal: { code: 'feedback-link-only', params: {} } });
  });
});
