// The exercise as plain, serialisable data: commands in, events out, state in between.
// Anything that cannot be written to a session bundle does not belong here.
import type { StructureActionT, VisibilityT } from '../scenario/schema.js';
import type { StructureSnapshots } from '../machines/structure.js';
import type { PublishedMessage } from '../communication/message.js';
import type { Finding } from '../communication/checks.js';
import type { FlowValue } from '../machines/flow.js';
import type { OwnDraft, MessageMode } from '../communication/own-words.js';
import type { Principle } from '../scenario/vocabulary.js';
import type { DirectRecipient } from './commands/direct-messages.js';
import type { FeedVolume, TRAINER_FEED_KINDS } from '../communication/feed.js';

/** An evaluator's judgement of a message against one principle (HSEEP-style: meets, partly, misses). */
export type MessageRating = 'meets' | 'partly' | 'misses';

export interface MessageRatingEntry {
  readonly rating: MessageRating;
  readonly note: string;
  /** Who rated: the evaluator's name, or "trainer". */
  readonly by: string;
  /** Log position of the rating command: the evidence link. */
  readonly seq: number;
  readonly minute: number;
}
import type { AppendList } from './append-list.js';
import type { TeamSitting } from './team-decisions.js';

/** Who issues a command. The SimCell is the trainer acting for a role nobody plays; it is logged as such. */
export type Actor =
  | { readonly kind: 'role'; readonly role: string }
  | { readonly kind: 'simcell'; readonly role: string }
  | { readonly kind: 'trainer' }
  | { readonly kind: 'evaluator'; readonly name?: string };

export type Rating = 'P' | 'S' | 'M' | 'U';
export type CriterionResult = 'met' | 'partly' | 'notMet' | 'notApplicable';

/** Every input to an exercise. `stamp` is wall-clock milliseconds, used only to report decision time. */
export type Command = { readonly actor: Actor; readonly stamp?: number } & CommandBody;

export type CommandBody =
  // trainer: running the room
  | { readonly type: 'start' }
  | { readonly type: 'beginRounds' }
  /** Pause the clock; `message` is the trainer's line for the room (projector and tables) while paused. */
  | { readonly type: 'pause'; readonly message?: string }
  | { readonly type: 'resume' }
  | { readonly type: 'advance' }
  | { readonly type: 'jump'; readonly minutes: number }
  | { readonly type: 'fireInject'; readonly inject: string }
  /** Hold a coming inject back (it is not delivered when due) or let it go again; the trainer's run sheet. */
  | { readonly type: 'holdInject'; readonly inject: string; readonly hold: boolean }
  | { readonly type: 'freeInject'; readonly text: string; readonly to: 'all' | readonly string[]; readonly projector?: boolean }
  | { readonly type: 'undo' }
  | { readonly type: 'end' }
  | { readonly type: 'openDebrief' }
  | { readonly type: 'close' }
  // trainer and evaluators: evidence for the debrief
  | {
      readonly type: 'observe';
      readonly text: string;
      readonly event?: number;
      /** An evaluator's HSEEP rating of what was observed: evidence labelled "observed", never "measured". */
      readonly rating?: Rating;
      /** What the observation is about, from the module's Exercise Evaluation Guide. */
      readonly tag?: ObservationTag;
    }
  | {
      readonly type: 'override';
      readonly target: { readonly criterion: string } | { readonly objective: string };
      readonly rating: Rating | CriterionResult;
      readonly reason: string;
    }
  // participants (or the SimCell for them)
  | {
      readonly type: 'decide';
      readonly decision: string;
      readonly option: string;
      readonly rationale?: string;
      readonly confidence?: number;
    }
  | { readonly type: 'publish'; readonly blocks: readonly string[] }
  // a message in own words, with its structured parts (communication/own-words.ts)
  | ({ readonly type: 'publishText' } & OwnDraft)
  // evaluators (and the trainer): a rating of one message in own words against one principle
  | {
      readonly type: 'rateMessage';
      readonly message: string;
      readonly principle: Principle;
      readonly rating: MessageRating;
      readonly note?: string;
    }
  | { readonly type: 'structure'; readonly action: StructureActionT }
  | { readonly type: 'boardAction'; readonly id: string }
  // a message to another table, exercise control or the SimCell (never public); inReplyTo: the event it answers
  | { readonly type: 'directMessage'; readonly to: DirectRecipient; readonly text: string; readonly inReplyTo?: number }
  // the trainer's hand on the simulated news and social feed (communication/feed.ts)
  | { readonly type: 'feedItem'; readonly text: string; readonly kind: (typeof TRAINER_FEED_KINDS)[number]; readonly source?: string; readonly reach?: number }
  | { readonly type: 'feedVolume'; readonly volume: FeedVolume }
  | { readonly type: 'endTurn' }
  // discussion-based exercises (modules, questions, hotwash, feedback)
  | { readonly type: 'startModule'; readonly module: string }
  | { readonly type: 'showQuestion'; readonly question: string | null }
  /** A table's answer to a discussion question, typed by its scribe (the trainer may type it for a table). */
  | { readonly type: 'answer'; readonly question: string; readonly text: string; readonly table?: string }
  | { readonly type: 'hotwash'; readonly kind: 'strength' | 'improvement'; readonly text: string; readonly table?: string }
  | {
      readonly type: 'feedback';
      readonly ratings: Readonly<Record<string, number>>;
      readonly comments?: Readonly<Record<string, string>>;
      /** "link": a form sent from a phone through the printed QR link, entered by the host (anonymous, no seat). */
      readonly via?: 'link';
    };

export type ObservationTag =
  | { readonly criticalTask: string }
  | { readonly criterion: string }
  | { readonly question: string };

export type CommandType = CommandBody['type'];

export interface Refusal {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Who may see a datum or an event. Roles listed may see it; the trainer and evaluators see everything. */
export type Visibility = VisibilityT;

/** A fact that happened. Derived from commands; shown in timelines; the evidence scoring cites. */
export interface EngineEvent {
  readonly seq: number;
  readonly minute: number;
  readonly round: number;
  /** Sequence number of the command that caused it (index in the log), or -1 for session creation. */
  readonly cause: number;
  readonly visibility: Visibility;
  readonly kind: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface LogEntry {
  /** Position in the accepted log. */
  readonly seq: number;
  readonly command: Command;
  /** Scenario time and round at which it was accepted. */
  readonly minute: number;
  readonly round: number;
}

export interface Attempt {
  readonly command: Command;
  readonly refusal: Refusal;
  readonly minute: number;
  readonly round: number;
  /** How many accepted commands preceded it: where it sits in the timeline. */
  readonly afterSeq: number;
}

export interface Table {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly participants?: readonly string[];
}

export interface SessionSettings {
  // Hot-seat: tables take turns at one device. In several windows (multiwindow) tables act at the same time.
  readonly mode: 'hotseat' | 'multiwindow';
  readonly tables: readonly Table[];
  /** Roles nobody plays that the trainer acts for (SimCell). Roles in neither list fall back to defaults. */
  readonly simcell: readonly string[];
  readonly feedback: 'perRound' | 'debrief';
  /** Run a scenario that has modules as a discussion: the facilitator moves the room by module, not by round. */
  readonly runByModule?: boolean;
  /** Optional wall-clock timer per round, in seconds; shown by the UI only, never used by the rules. */
  readonly roundTimerSeconds?: number;
  /**
   * Real minutes the trainer planned per module at setup (module id → minutes), in place of the scenario's
   * budget; the facilitator script counts down from it. Wall-clock planning only, never used by the rules.
   */
  readonly moduleMinutes?: Readonly<Record<string, number>>;
  /**
   * Participants may fill in the feedback form at the end of each module (while the module is open), not only
   * after play; each form says which module it was about.
   */
  readonly moduleFeedback?: boolean;
  /**
   * Guided mode for novice groups: participants' screens show hints (the kind of each building block,
   * "not yet confirmed" marks and a warning before publishing). Recorded so the debrief can say a score
   * was reached with hints.
   */
  readonly guided?: boolean;
  /** How tables write messages, where the scenario allows a choice; the scenario's mode when absent. */
  readonly messages?: MessageMode;
}

/** One thing one role came to know: the first time only (src/engine/knowledge). */
export interface KnowledgeEntry {
  readonly role: string;
  /** "<kind>:<id>", e.g. "fact:fact-one-suspect" (src/engine/knowledge/keys.ts). */
  readonly key: string;
  readonly minute: number;
  /** Sequence number of the engine event that taught it. */
  readonly event: number;
}

export interface DecisionState {
  readonly openedAt: number;
  readonly openedRound: number;
  readonly deadlineRound: number;
  readonly taken?: {
    readonly option: string;
    readonly byDefault: boolean;
    readonly actor: Actor | null;
    readonly rationale?: string;
    readonly confidence?: number;
    readonly minute: number;
    readonly round: number;
    readonly stamp?: number;
    /** Settled by a role's structure action rather than on the card (session/cards.ts): who, and the event. */
    readonly settledBy?: { readonly role: string; readonly event: number };
    /** A policy team's decision: whether the team sat, its chair then and the members present (session/team-decisions.ts). */
    readonly team?: TeamSitting;
  };
}

export interface RumourState {
  readonly startedAt: number;
  readonly rebuttedAt?: number;
  readonly rebuttedBy?: string;
}

export interface Marker {
  readonly id: string;
  readonly kind: string;
  readonly label: unknown;
  readonly at: readonly [number, number];
  readonly visibility: Visibility;
}

export interface BoardState {
  readonly markers: readonly Marker[];
  readonly activeZones: readonly string[];
  readonly units: Readonly<Record<string, { readonly at: readonly [number, number]; readonly deployed: boolean }>>;
  readonly hospitalLoad: Readonly<Record<string, number>>;
  readonly affectedAreas: readonly string[];
  readonly actionsTaken: readonly string[];
  readonly protectedTargets: readonly string[];
  readonly incidentShown: boolean;
}


export interface ExerciseState {
  readonly format: 'crisistafel-state';
  readonly version: 1;
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly seed: string;
  readonly settings: SessionSettings;
  /** Where the exercise flow machine rests (machines/flow.ts). */
  readonly phase: FlowValue;
  readonly minute: number;
  readonly round: number;
  // Hot-seat: index into settings.tables whose turn it is. With several windows: the tables that ended their turn.
  readonly turn: { readonly table: number; readonly done: readonly string[] };
  readonly structure: StructureSnapshots;
  readonly communication: { readonly value: string; readonly context: Readonly<Record<string, unknown>> };
  readonly messages: AppendList<PublishedMessage>;
  readonly findings: AppendList<{ readonly message: string; readonly finding: Finding }>;
  /** Evaluators' ratings of messages in own words, per message and principle; the latest rating counts. Absent in older states. */
  readonly ratings?: Readonly<Record<string, Readonly<Partial<Record<Principle, MessageRatingEntry>>>>>;
  readonly variables: Readonly<Record<string, number>>;
  readonly delivered: Readonly<Record<string, { readonly minute: number; readonly round: number; readonly variant: number | null }>>;
  /** Injects the trainer holds back: not delivered when due until released. Absent in older states and until first used. */
  readonly held?: readonly string[];
  /** Injects scheduled by effects or variants, not yet delivered. */
  readonly scheduled: readonly { readonly inject: string; readonly at: number }[];
  readonly decisions: Readonly<Record<string, DecisionState>>;
  readonly rumours: Readonly<Record<string, RumourState>>;
  readonly facts: Readonly<Record<string, number>>;
  readonly board: BoardState;
  /** Structure action kinds taken so far, with the minute of the first time (conditions and scoring read it). */
  readonly actionsTaken: Readonly<Record<string, number>>;
  /** How many draws each (purpose, id) key has made: the position of the keyed generators. */
  readonly draws: Readonly<Record<string, number>>;
  readonly notifiedAt: number | null;
  /** What each role knows and since when: append-only, one entry per (role, key) (src/engine/knowledge). */
  readonly knowledge: AppendList<KnowledgeEntry>;
  /** Append-only, sharing storage with the states before it (session/append-list.ts); JSON writes an array. */
  readonly events: AppendList<EngineEvent>;
  readonly log: AppendList<LogEntry>;
  readonly attempts: readonly Attempt[];
  readonly ending: string | null;
  /** What the facilitator has put before the room: the current module and the question on the projector. */
  readonly room: { readonly module: string | null; readonly question: string | null };
}

export type ApplyResult =
  | { readonly ok: true; readonly state: ExerciseState; readonly events: readonly EngineEvent[] }
  | { readonly ok: false; readonly refusal: Refusal; readonly state: ExerciseState };

export type { PublishedMessage };
