// The trainer (and evaluator) console sees everything: every inbox with trainer notes and expected
// actions, the injects still to come, all decisions, hidden variables, refused attempts, the score.
import type { Scenario, TextT, VisibilityT } from '../scenario/schema.js';
import type { ScoreReport } from '../scoring/score.js';
import { eventsOfKind } from '../session/event-index.js';
import { undoTarget } from '../session/rebuild.js';
import { roundEndsAt } from '../session/rounds.js';
import { scheduledAt } from '../session/deliver.js';
import type { Attempt, ExerciseState, LogEntry, ObservationTag, Rating, SessionSettings } from '../session/types.js';
import { commonView, scoreOf, type CommonView } from './common.js';
import { injectText } from './role-view.js';
import { directMessagesFor, type DirectMessageView } from './direct-messages.js';
import { factKey, rumourKey, threatKey, variableKey } from '../knowledge/keys.js';
import { isInformationVariable } from '../knowledge/reveals.js';

/** One thing roles can know, with who knows it and since when: the trainer sees who is in the dark. */
export interface KnowledgeRow {
  readonly key: string;
  readonly kind: 'fact' | 'threat' | 'rumour' | 'variable';
  readonly id: string;
  /** The fact's text, the rumour's text, the place's reason or the variable's name. */
  readonly text: TextT;
  readonly knownBy: readonly { readonly role: string; readonly minute: number; readonly event: number }[];
}

function knowledgeRows(scenario: Scenario, state: ExerciseState): KnowledgeRow[] {
  const byKey = new Map<string, { role: string; minute: number; event: number }[]>();
  for (const e of state.knowledge) {
    const list = byKey.get(e.key);
    const entry = { role: e.role, minute: e.minute, event: e.event };
    if (list) list.push(entry);
    else byKey.set(e.key, [entry]);
  }
  const row = (kind: KnowledgeRow['kind'], id: string, key: string, text: TextT): KnowledgeRow => ({ key, kind, id, text, knownBy: byKey.get(key) ?? [] });
  return [
    ...scenario.communication.blocks.filter((b) => b.kind === 'fact').map((b) => row('fact', b.id, factKey(b.id), b.text)),
    ...scenario.picture.atRisk.map((a) => row('threat', a.id, threatKey(a.id), a.reason)),
    ...scenario.rumours.map((r) => row('rumour', r.id, rumourKey(r.id), r.text)),
    ...scenario.variables.filter(isInformationVariable).map((v) => row('variable', v.id, variableKey(v.id), v.name)),
  ];
}

export interface TrainerInject {
  readonly id: string;
  readonly at: number | null;
  readonly optional: boolean;
  readonly from: TextT;
  readonly to: 'all' | readonly string[];
  readonly projector: boolean;
  readonly channel: string;
  readonly title: TextT | null;
  readonly text: TextT;
  readonly trainerNote: TextT | null;
  readonly expectedActions: Scenario['injects'][number]['expectedActions'];
  readonly delivered: { readonly minute: number; readonly round: number; readonly variant: number | null } | null;
  /** When it is due, if known: its time (with its seeded variant's delay) or the time an effect scheduled it for. */
  readonly dueAt: number | null;
  /** Held back by the trainer on the run sheet: not delivered when due until released. */
  readonly held: boolean;
}

export interface TrainerDecision {
  readonly id: string;
  readonly owner: string;
  readonly prompt: TextT;
  readonly options: Scenario['decisions'][number]['options'];
  readonly default: string;
  readonly trainerNote: TextT | null;
  readonly state: ExerciseState['decisions'][string] | null;
}

/** An evaluator's note as the trainer and the debrief read it. */
export interface ObservationView {
  readonly seq: number;
  readonly minute: number;
  readonly text: string;
  readonly event: number | null;
  readonly by: string;
  /** Observed, not measured: an evaluator's HSEEP rating and what it is about (the module's evaluation guide). */
  readonly rating: Rating | null;
  readonly tag: ObservationTag | null;
}

export function observationsOf(state: ExerciseState): ObservationView[] {
  return eventsOfKind(state, 'observation').map((e) => ({
      seq: e.seq,
      minute: e.minute,
      text: e.data.text as string,
      event: (e.data.event as number | null) ?? null,
      by: e.data.by as string,
      rating: (e.data.rating as Rating | undefined) ?? null,
      tag: (e.data.tag as ObservationTag | undefined) ?? null,
    }));
}

export interface TrainerView extends Omit<CommonView, 'indicators'> {
  /** Every variable, with who may see it, so the console can mark the hidden ones. */
  readonly indicators: readonly (CommonView['indicators'][number] & { readonly visibility: VisibilityT })[];
  /** The communication building blocks, for publishing on behalf of a SimCell role. */
  readonly blocks: readonly { readonly id: string; readonly kind: string; readonly text: TextT; readonly voices: readonly string[]; readonly trap: string | null }[];
  /** The scenario's board actions by their label, so the console names them in words, never by id. */
  readonly boardActions: readonly { readonly id: string; readonly label: TextT }[];
  readonly settings: SessionSettings;
  readonly roles: readonly (Scenario['roles'][number] & { readonly table: string | null; readonly simcell: boolean })[];
  readonly injects: readonly TrainerInject[];
  readonly decisions: readonly TrainerDecision[];
  readonly rumours: readonly { readonly id: string; readonly text: TextT; readonly startedAt: number | null; readonly rebuttedAt: number | null }[];
  readonly attempts: readonly Attempt[];
  readonly observations: readonly ObservationView[];
  readonly score: ScoreReport;
  readonly canUndo: boolean;
  /** The scenario minute at which the current round ends: a jump that reaches it ends the round. */
  readonly roundEndsAt: number;
  readonly turnTable: string | null;
  /** The tables that have ended their turn in this round (hot-seat and one screen per table alike). */
  readonly turnsEnded: readonly string[];
  readonly log: readonly LogEntry[];
  /** Every message between tables, to exercise control and to the SimCell. */
  readonly directMessages: readonly DirectMessageView[];
  /** Facts, threats, rumours and information figures, each with the roles that know it and since when. */
  readonly knowledge: readonly KnowledgeRow[];
  /** Evaluators' ratings of messages in own words, per message and principle (rated from this console too). */
  readonly ratings: NonNullable<ExerciseState['ratings']>;
}

export function trainerView(scenario: Scenario, state: ExerciseState): TrainerView {
  const common = commonView(scenario, state, { kind: 'trainer' });
  const tableOfRole = new Map(state.settings.tables.flatMap((t) => t.roles.map((r) => [r, t.id] as const)));
  const visibilityOf = new Map(scenario.variables.map((v) => [v.id, v.visibility]));
  return {
    ...common,
    indicators: common.indicators.map((i) => ({ ...i, visibility: visibilityOf.get(i.id) ?? 'trainer' })),
    blocks: scenario.communication.blocks.map((b) => ({ id: b.id, kind: b.kind, text: b.text, voices: b.voices, trap: b.trap ?? null })),
    boardActions: scenario.picture.boardActions.map((a) => ({ id: a.id, label: a.label })),
    settings: state.settings,
    roles: scenario.roles.map((r) => ({ ...r, table: tableOfRole.get(r.id) ?? null, simcell: state.settings.simcell.includes(r.id) })),
    injects: scenario.injects.map((i) => {
      const d = state.delivered[i.id];
      return {
        id: i.id,
        at: i.at ?? null,
        optional: i.optional,
        from: i.from,
        to: i.to.roles,
        projector: i.to.projector,
        channel: i.channel,
        title: i.title ?? null,
        text: injectText(i, d?.variant ?? null),
        trainerNote: i.trainerNote ?? null,
        expectedActions: i.expectedActions,
        delivered: d ?? null,
        dueAt: state.scheduled.find((x) => x.inject === i.id)?.at ?? (i.at === undefined ? null : scheduledAt(state.seed, i, i.at)),
        held: state.held?.includes(i.id) ?? false,
      };
    }),
    decisions: scenario.decisions.map((d) => ({
      id: d.id,
      owner: d.owner,
      prompt: d.prompt,
      options: d.options,
      default: d.default,
      trainerNote: d.trainerNote ?? null,
      state: state.decisions[d.id] ?? null,
    })),
    rumours: scenario.rumours.map((r) => ({ id: r.id, text: r.text, startedAt: state.rumours[r.id]?.startedAt ?? null, rebuttedAt: state.rumours[r.id]?.rebuttedAt ?? null })),
    attempts: state.attempts,
    observations: observationsOf(state),
    score: scoreOf(scenario, state),
    canUndo: undoTarget(state) !== null,
    roundEndsAt: roundEndsAt(scenario, state),
    turnTable: state.phase === 'decide' && state.settings.mode === 'hotseat' ? (state.settings.tables[state.turn.table]?.id ?? null) : null,
    turnsEnded: state.phase === 'decide' || state.phase === 'paused' ? state.turn.done : [],
    log: state.log.toArray(),
    directMessages: directMessagesFor(state, { kind: 'trainer' }),
    knowledge: knowledgeRows(scenario, state),
    ratings: state.ratings ?? {},
  };
}
