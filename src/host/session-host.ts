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
import { makeBundle, type SessionBundle } from '../engine/session/bundle.js';
import { mayActAs, type ClientRole } from './clients.js';
import { checkFocus, roomFocus, type DebriefFocus, type RoomFocus } from './room-focus.js';
import { roomNames, type DebriefNames } from './room-names.js';

export type ClientView =
  | { readonly for: 'trainer'; readonly view: ReturnType<typeof trainerView> }
  | { readonly for: 'evaluator'; readonly view: ReturnType<typeof trainerView> }
  | { readonly for: 'projector'; readonly view: ReturnType<typeof publicView> }
  | { readonly for: 'role'; readonly role: string; readonly view: ReturnType<typeof roleView> }
  /**
   * The room's debrief, with the names its ids stand for (the room's windows hold no scenario), and what the
   * trainer has put in front of the room (room-focus.ts): null while the room sees the debrief as a whole.
   */
  | { readonly for: 'room'; readonly view: ReturnType<typeof debriefView>; readonly names: DebriefNames; readonly focus?: RoomFocus | null }
  /**
   * The whole session (scenario, seed, settings, log) for a trainer's console that does not host it (the
   * classroom page): its debrief replays the log, as the hosting window's does. Trainer only.
   */
  | { readonly for: 'session'; readonly view: SessionBundle };

/** The phases in which play is over: the trainer may open the debrief. */
export const DEBRIEF_PHASES: readonly ExerciseState['phase'][] = ['hotwash', 'debrief', 'ended'];

/**
 * The phases in which the room sees the scored debrief: once the trainer has opened it. In the hotwash the
 * room talks first, from prompts, without ratings that would close the conversation before it starts.
 */
export const ROOM_DEBRIEF_PHASES: readonly ExerciseState['phase'][] = ['debrief', 'ended'];

/** Persistence behind an interface, so the host does not know IndexedDB from a journal on disk. */
export interface SessionStore {
  /** Called after every accepted command with the new state; must not throw. */
  save(state: ExerciseState): Promise<void> | void;
}

export type SubmitResult = { readonly ok: true; readonly state: ExerciseState } | { readonly ok: false; readonly refusal: Refusal };

type Listener = (state: ExerciseState) => void;

export type FocusResult = { readonly ok: true } | { readonly ok: false; readonly refusal: Refusal };

export class SessionHost {
  private listeners = new Set<Listener>();
  /** The views of the current state, one per audience: every device of an audience shares its view. */
  private views = new Map<string, unknown>();
  private changes = 0;
  /** Told when only what the room is shown changed (the trainer's debrief focus), not the state. */
  private roomListeners = new Set<() => void>();
  private focus: DebriefFocus | null = null;
  private focusChanges = 0;

  constructor(
    readonly scenario: Scenario,
    private current: ExerciseState,
    private readonly store?: SessionStore,
  ) {}

  get state(): ExerciseState {
    return this.current;
  }

  /** Counts the changes of state this host has seen: the version of every view it gives out. */
  get version(): number {
    return this.changes;
  }

  /** How often the room's focus changed: the classroom host counts these into its view version. */
  get roomFocusChanges(): number {
    return this.focusChanges;
  }

  private set(state: ExerciseState): void {
    if (state !== this.current) this.views.clear();
    this.current = state;
    this.changes += 1;
    // Play no longer over (a new state loaded, an undo past the debrief): nothing is in front of the room.
    if (!ROOM_DEBRIEF_PHASES.includes(state.phase)) this.focus = null;
  }

  /** A view of the current state, made once per audience however many clients ask for it. */
  private once<V>(audience: string, make: () => V): V {
    let v = this.views.get(audience) as V | undefined;
    if (v === undefined) {
      v = make();
      this.views.set(audience, v);
    }
    return v;
  }

  /** Apply a command from a client. A client acting for someone it may not speak for is refused before the engine sees it. */
  submit(client: ClientRole, command: Command): SubmitResult {
    if (!mayActAs(client, command.actor)) {
      return { ok: false, refusal: { code: 'client-may-not-act-as', params: { actor: command.actor.kind } } };
    }
    const r = applyCommand(this.scenario, this.current, command);
    this.set(r.state);
    void this.store?.save(this.current);
    for (const l of this.listeners) l(this.current);
    return r.ok ? { ok: true, state: r.state } : { ok: false, refusal: r.refusal };
  }

  /** Replace the state wholesale (resume from a save); every client gets its new view. */
  reset(state: ExerciseState): void {
    this.focus = null;
    this.set(state);
    for (const l of this.listeners) l(this.current);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called when the room's focus changes (the state does not): the transports send the room's new view. */
  subscribeRoom(listener: () => void): () => void {
    this.roomListeners.add(listener);
    return () => this.roomListeners.delete(listener);
  }

  /** What the trainer has put in front of the room, as the trainer asked it (null: the debrief as a whole). */
  get debriefFocus(): DebriefFocus | null {
    return this.focus;
  }

  /**
   * The trainer puts a criterion, an event or a moment of the replay in front of the room (null: the whole
   * debrief again). Only the trainer, only once the room has the debrief, and only something this session has.
   */
  setFocus(client: ClientRole, focus: DebriefFocus | null): FocusResult {
    if (client.kind !== 'trainer') return { ok: false, refusal: { code: 'client-may-not-act-as', params: { actor: 'trainer' } } };
    if (!ROOM_DEBRIEF_PHASES.includes(this.current.phase)) return { ok: false, refusal: { code: 'focus-not-in-debrief', params: {} } };
    if (focus !== null) {
      const room = this.roomView();
      const check = checkFocus(focus, this.current, room?.view.score.criteria.length ?? 0);
      if (!check.ok) return { ok: false, refusal: { code: check.code, params: check.params } };
    }
    if (JSON.stringify(focus) === JSON.stringify(this.focus)) return { ok: true };
    this.focus = focus;
    this.focusChanges += 1;
    this.changes += 1;
    this.views.delete('room');
    for (const l of this.roomListeners) l();
    return { ok: true };
  }

  /** Once the trainer has opened the debrief: the room's debrief, for the projector and for every table. */
  roomView(): Extract<ClientView, { for: 'room' }> | null {
    if (!ROOM_DEBRIEF_PHASES.includes(this.current.phase)) return null;
    // The debrief itself is made once per state; the focus only changes what goes with it.
    const base = this.once('room-debrief', () => {
      const view = debriefView(this.scenario, this.current, 'room');
      return { view, names: roomNames(this.scenario, view) };
    });
    return this.once('room', () => {
      const focus = this.focus === null ? null : roomFocus(this.scenario, this.current, base.view, this.focus);
      return { for: 'room', view: base.view, names: base.names, focus } as const;
    });
  }

  /** Once play is over, the whole session for a trainer's console elsewhere (see ClientView 'session'). */
  sessionView(): Extract<ClientView, { for: 'session' }> | null {
    if (!DEBRIEF_PHASES.includes(this.current.phase)) return null;
    return this.once('session', () => ({ for: 'session', view: makeBundle(this.scenario, this.current) }) as const);
  }

  private trainer(): ReturnType<typeof trainerView> {
    return this.once('trainer', () => trainerView(this.scenario, this.current));
  }

  private projector(): Extract<ClientView, { for: 'projector' }> {
    return this.once('projector', () => ({ for: 'projector', view: publicView(this.scenario, this.current) }) as const);
  }

  /** The one place a client's view is chosen: what it is allowed to see and nothing else. */
  viewFor(client: ClientRole, role?: string): ClientView {
    switch (client.kind) {
      case 'trainer':
        return { for: 'trainer', view: this.trainer() };
      case 'evaluator':
        return { for: 'evaluator', view: this.trainer() };
      case 'projector':
        return this.roomView() ?? this.projector();
      case 'table': {
        const r = role !== undefined && client.roles.includes(role) ? role : client.roles[0];
        if (r === undefined) return this.projector();
        return this.once(`role:${r}`, () => ({ for: 'role', role: r, view: roleView(this.scenario, this.current, r) }) as const);
      }
    }
  }
}
