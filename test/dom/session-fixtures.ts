// A real exercise for the screens to draw: a bundled scenario, a session made by the engine, the
// SessionHost that applies commands, and the in-memory stand-ins for the browser services.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import '../../src/zod-setup.js';
import { createSession, loadScenario, scenarioHash, type Command, type RoleView, type Scenario, type SessionSettings } from '../../src/engine/index.js';
import type { Channel, ChannelFactory, SendResult } from '../../src/host/broadcast.js';
import type { ClientRole } from '../../src/host/clients.js';
import { SessionHost } from '../../src/host/session-host.js';
import { memoryStore, type AutosaveStore } from '../../src/storage/autosave.js';
import type { Services } from '../../src/ui/session/services.js';

export function bundledScenario(name = 'intro-market-square.json'): Scenario {
  const text = readFileSync(resolve(process.cwd(), 'scenarios', name), 'utf8');
  const result = loadScenario(text, name);
  if (!result.ok) throw new Error(`${name} does not load: ${result.errors[0]?.message}`);
  return result.scenario;
}

export const MULTIWINDOW: SessionSettings = {
  mode: 'multiwindow',
  tables: [
    { id: 't-mayor', name: 'Tafel Burgemeester', roles: ['mayor'] },
    { id: 't-police', name: 'Tafel Politie', roles: ['police-chief'] },
    { id: 't-comms', name: 'Tafel Communicatie', roles: ['comms'] },
  ],
  simcell: ['prosecutor'],
  feedback: 'perRound',
};

export const HOTSEAT: SessionSettings = {
  mode: 'hotseat',
  tables: [
    { id: 't-gemeente', name: 'Tafel Gemeente', roles: ['mayor', 'comms'] },
    { id: 't-politie', name: 'Tafel Politie', roles: ['police-chief'] },
  ],
  simcell: [],
  feedback: 'perRound',
};

export interface Exercise {
  readonly scenario: Scenario;
  readonly host: SessionHost;
  trainer(type: 'start' | 'beginRounds' | 'advance' | 'pause' | 'resume'): void;
  views(roles: readonly string[]): RoleView[];
  /** Commands a table sends, applied by the host with that table's roles, like a window's would be. */
  sendFor(roles: readonly string[]): (command: Command) => Promise<SendResult>;
  readonly sent: Command[];
}

export function exercise(settings: SessionSettings, seed = 'dom-test', scenarioFile = 'intro-market-square.json'): Exercise {
  const scenario = bundledScenario(scenarioFile);
  const host = new SessionHost(scenario, createSession(scenario, seed, settings, scenarioHash(scenario)));
  const sent: Command[] = [];
  const views = (roles: readonly string[]) =>
    roles.map((role) => {
      const v = host.viewFor({ kind: 'table', roles }, role);
      if (v.for !== 'role') throw new Error('not a role view');
      return v.view;
    });
  return {
    scenario,
    host,
    sent,
    trainer(type) {
      const r = host.submit({ kind: 'trainer' }, { type, actor: { kind: 'trainer' } });
      if (!r.ok) throw new Error(`${type} refused: ${r.refusal.code}`);
    },
    views,
    sendFor(roles) {
      const client: ClientRole = { kind: 'table', roles };
      return async (command) => {
        sent.push(command);
        const r = host.submit(client, command);
        return r.ok ? { ok: true } : { ok: false, refusal: r.refusal };
      };
    },
  };
}

/** BroadcastChannel semantics in memory: a message reaches every other channel of the same name, later. */
export function memoryChannels(): ChannelFactory {
  const byName = new Map<string, Set<Channel>>();
  return (name) => {
    const peers = byName.get(name) ?? new Set<Channel>();
    byName.set(name, peers);
    const channel: Channel = {
      onmessage: null,
      postMessage(message) {
        const data = structuredClone(message);
        for (const peer of peers) {
          if (peer !== channel) queueMicrotask(() => peer.onmessage?.({ data } as MessageEvent));
        }
      },
      close() {
        peers.delete(channel);
      },
    };
    peers.add(channel);
    return channel;
  };
}

export interface FakeServices extends Services {
  readonly opened: { hash: string; name: string }[];
  readonly downloads: { fileName: string; text: string }[];
}

export function fakeServices(overrides: { autosave?: AutosaveStore; channels?: ChannelFactory; ids?: string[] } = {}): FakeServices {
  const opened: { hash: string; name: string }[] = [];
  const downloads: { fileName: string; text: string }[] = [];
  const ids = [...(overrides.ids ?? [])];
  let counter = 0;
  return {
    autosave: overrides.autosave ?? memoryStore(),
    channels: overrides.channels ?? memoryChannels(),
    openWindow(hash, name) {
      opened.push({ hash, name });
      return true;
    },
    randomId: () => ids.shift() ?? `id-${(counter += 1)}`,
    now: () => Date.UTC(2026, 4, 16, 10, 0),
    holdHostLock: async () => true,
    windowStorage: window.sessionStorage,
    download(fileName, text) {
      downloads.push({ fileName, text });
    },
    opened,
    downloads,
  };
}
