// The sessions this window hosts. The trainer console window is the authority: it keeps the SessionHost,
// autosaves after every command and serves the other windows over BroadcastChannel. Hosting outlives the
// console screen (going back to setup and forward again finds the same host) until the page goes away.
import '../../zod-setup.js';
import type { ExerciseState, Scenario } from '../../engine/index.js';
import { serveOverBroadcast, type Serving } from '../../host/broadcast.js';
import { SessionHost } from '../../host/session-host.js';
import { autosaver, type Autosaver } from './autosave.js';
import type { Services } from './services.js';

export interface HostedSession {
  readonly id: string;
  readonly title: string;
  readonly scenario: Scenario;
  readonly host: SessionHost;
  readonly saver: Autosaver;
  readonly serving: Serving;
}

const hosted = new Map<string, HostedSession>();

export function hostedSession(id: string): HostedSession | undefined {
  return hosted.get(id);
}

export function hostSession(services: Services, id: string, scenario: Scenario, state: ExerciseState, title: string): HostedSession {
  const saver = autosaver(services.autosave, { id, title, scenario }, services.now);
  const host = new SessionHost(scenario, state, saver);
  void saver.save(state);
  const serving = serveOverBroadcast(host, id, services.channels);
  const session = { id, title, scenario, host, saver, serving };
  hosted.set(id, session);
  if (typeof window !== 'undefined') window.addEventListener('pagehide', () => stopHosting(id), { once: true });
  return session;
}

/** Tell the other windows the host is going; they wait for it to come back. */
export function stopHosting(id: string): void {
  hosted.get(id)?.serving.close();
  hosted.delete(id);
}
