// The authority for one session: validate → apply → persist → send each client its view. The same host
// runs in the trainer's browser (BroadcastChannel windows) and in the classroom server (websockets):
// one engine, several transports.
import {
  applyCommand,
  debriefView,
  publicView,
  roleView,
  trainerView,
  type Command,
  type ExerciseState,
  type Refusal,
  type Scenario,
} from '../engine/index.js';
import { mayActAs, type ClientRole } from './clients.js';
import { roomNames, type DebriefNames } from './room-names.js';

export type ClientView =
  | { readonly for: 'trainer'; readonly view: ReturnType<typeof trainerView> }
  | { readonly for: 'evaluator'; readonly view: ReturnType<typeof trainerView> }
  | { readonly for: 'projector'; readonly view: ReturnType<typeof publicView> }
  | { readonly for: 'role'; readonly role: string; readonly view: ReturnType<typeof roleView> }
  /** The room's debrief, with the names its ids stand for (the room's windows hold no scenario). */
  | { readonly for: 'room'; readonly view: ReturnType<typeof debriefView>; readonly names: DebriefNames };

/** The phases in which play is over and the room's debrief is shown. */
export const DEBRIEF_PHASES: readonly ExerciseState['phase'][] = ['hotwash', 'debrief', 'ended'];

/** Persistence behind an interface, so the host does not know IndexedDB from a journal on disk. */
export interface SessionStore {
  /** Called after every accepted command with the new state; must not throw. */
  save(state: ExerciseState): Promise<void> | void;
}

export type SubmitResult = { readonly ok: true; readonly state: ExerciseState } | { readonly ok: false; readonly refusal: Refusal };

type Listener = (state: ExerciseState) => void;

export class SessionHost {
  private listeners = new Set<Listener>();

  constructor(
    readonly scenario: Scenario,
    private current: ExerciseState,
    private readonly store?: SessionStore,
  ) {}

  get state(): ExerciseState {
    return this.current;
  }

  /** Apply a command from a client. A client acting for someone it may not speak for is refused before the engine sees it. */
  submit(client: ClientRole, command: Command): SubmitResult {
    if (!mayActAs(client, command.actor)) {
      return { ok: false, refusal: { code: 'client-may-not-act-as', params: { actor: command.actor.kind } } };
    }
    const r = applyCommand(this.scenario, this.current, command);
    this.current = r.state;
    void this.store?.save(this.current);
    for (const l of this.listeners) l(this.current);
    return r.ok ? { ok: true, state: r.state } : { ok: false, refusal: r.refusal };
  }

  /** Replace the state wholesale (resume from a save); every client gets its new view. */
  reset(state: ExerciseState): void {
    this.current = state;
    for (const l of this.listeners) l(this.current);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Once play is over: the room's debrief, for the projector and for every table. */
  roomView(): Extract<ClientView, { for: 'room' }> | null {
    if (!DEBRIEF_PHASES.includes(this.current.phase)) return null;
    const view = debriefView(this.scenario, this.current, 'room');
    return { for: 'room', view, names: roomNames(this.scenario, view) };
  }

  /** The one place a client's view is chosen: what it is allowed to see and nothing else. */
  viewFor(client: ClientRole, role?: string): ClientView {
    switch (client.kind) {
      case 'trainer':
        return { for: 'trainer', view: trainerView(this.scenario, this.current) };
      case 'evaluator':
        return { for: 'evaluator', view: trainerView(this.scenario, this.current) };
      case 'projector':
        return this.roomView() ?? { for: 'projector', view: publicView(this.scenario, this.current) };
      case 'table': {
        const r = role !== undefined && client.roles.includes(role) ? role : client.roles[0];
        if (r === undefined) return { for: 'projector', view: publicView(this.scenario, this.current) };
        return { for: 'role', role: r, view: roleView(this.scenario, this.current, r) };
      }
    }
  }
}
