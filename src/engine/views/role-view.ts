// What one role sees: its card and briefing, its inbox, its decisions, the public picture — and
// nothing of another role's private injects, briefings or decisions, trainer notes, hidden variables,
// non-public rolls or injects still to come.
import { blocksOffered, ownWordsCard, type OwnWordsCard } from './own-words-card.js';
import { authorityOf, publishVoice } from '../machines/authority.js';
import { scalingModelOf } from '../machines/scaling-model.js';
import type { Decision, Inject, Scenario, TextT } from '../scenario/schema.js';
import type { StructureActionKind } from '../scenario/schema.js';
import { confirmedFactIds } from '../session/facts.js';
import { neutralOrder, offeredBlocks } from '../knowledge/offer.js';
import { tableOf } from '../session/commands/actors.js';
import type { ExerciseState } from '../session/types.js';
import { eventsOfKind } from '../session/event-index.js';
import { teamSitting, type TeamSitting } from '../session/team-decisions.js';
import { commonView, type CommonView } from './common.js';
import { canSee } from './visibility.js';
import { directMessagesFor, directRecipients, type DirectMessageView, type DirectRecipients } from './direct-messages.js';

export interface InboxItem {
  readonly id: string;
  readonly seq: number;
  readonly minute: number;
  readonly round: number;
  readonly channel: string;
  readonly from: TextT;
  readonly title: TextT | null;
  readonly text: TextT;
}

export interface DecisionCard {
  readonly id: string;
  readonly prompt: TextT;
  readonly options: readonly { readonly id: string; readonly label: TextT }[];
  readonly openedRound: number;
  readonly deadlineRound: number;
  readonly taken: { readonly option: string; readonly byDefault: boolean; readonly rationale?: string; readonly confidence?: number } | null;
  /** After the round it was taken in, when the trainer chose feedback per round. */
  readonly feedback: readonly { readonly criterion: string; readonly rating: string; readonly text: TextT }[];
  /**
   * A policy team's decision: the team, whether it sits (now, or when the decision was taken) and the members
   * present whom its chair hears first; null for a decision of one office.
   */
  readonly team: { readonly team: string; readonly sitting: boolean; readonly present: readonly { readonly id: string; readonly name: TextT }[] } | null;
}

/**
 * A building block as a participant sees it. In the neutral presentation (the default) every block looks
 * the same — no kind, no "confirmed" mark, in an order that does not follow the author's — because telling
 * a trap or an unconfirmed fact from a sound block is the exercise. Guided mode adds the hints.
 */
export interface BlockCard {
  readonly id: string;
  readonly text: TextT;
  /** Guided mode only: the block's kind ("trap" for a trap); null in the neutral presentation. */
  readonly kind: string | null;
  /** Guided mode only: for a fact, whether it is confirmed now (it may be published either way); else null. */
  readonly confirmed: boolean | null;
}

export interface RoleView extends CommonView {
  readonly role: {
    readonly id: string;
    readonly name: TextT;
    readonly team: string;
    readonly office: string;
    readonly briefing: TextT;
    readonly authority: readonly StructureActionKind[];
  };
  readonly roles: readonly { readonly id: string; readonly name: TextT; readonly team: string; readonly office: string }[];
  readonly table: { readonly id: string; readonly name: string } | null;
  readonly myTurn: boolean;
  readonly inbox: readonly InboxItem[];
  readonly decisions: readonly DecisionCard[];
  readonly publicDecisions: readonly { readonly id: string; readonly owner: string; readonly prompt: TextT; readonly option: TextT }[];
  readonly voice: string | null;
  readonly blocks: readonly BlockCard[];
  /** The composer for messages in own words; null where this role has no voice or the mode is blocks only. */
  readonly ownWords: OwnWordsCard | null;
  /** The action advice an NL-Alert can carry: the advice blocks this role knows enough to send. */
  readonly alertAdvice: readonly { readonly id: string; readonly text: TextT }[];
  readonly boardActions: readonly { readonly id: string; readonly label: TextT; readonly taken: boolean }[];
  readonly feedback: 'perRound' | 'debrief';
  /** Messages this table sent to or received from other tables, exercise control and the SimCell. */
  readonly directMessages: readonly DirectMessageView[];
  /** Whom this table may write to; null for a role no table plays. */
  readonly directTo: DirectRecipients | null;
}

export function injectText(inject: Inject, variant: number | null): TextT {
  const v = variant === null ? undefined : inject.variants[variant];
  return v?.text ?? inject.text;
}

export function roleView(scenario: Scenario, state: ExerciseState, roleId: string): RoleView {
  const role = scenario.roles.find((r) => r.id === roleId);
  if (!role) throw new RangeError(`No role "${roleId}" in scenario ${scenario.id}`);
  const audience = { kind: 'role', role: roleId } as const;
  const common = commonView(scenario, state, audience);
  const injects = new Map(scenario.injects.map((i) => [i.id, i]));

  const inbox: InboxItem[] = [];
  for (const e of eventsOfKind(state, 'injectDelivered')) {
    if (!canSee(e.visibility, audience)) continue;
    if (e.data.free === true) {
      inbox.push({ id: e.data.inject as string, seq: e.seq, minute: e.minute, round: e.round, channel: 'other', from: { nl: 'Oefenleiding', en: 'Exercise control' }, title: null, text: e.data.text as string });
      continue;
    }
    const inj = injects.get(e.data.inject as string);
    if (!inj) continue;
    inbox.push({ id: inj.id, seq: e.seq, minute: e.minute, round: e.round, channel: inj.channel, from: inj.from, title: inj.title ?? null, text: injectText(inj, e.data.variant as number | null) });
  }

  const showFeedback = state.settings.feedback === 'perRound';
  const playOver = state.phase === 'hotwash' || state.phase === 'debrief' || state.phase === 'ended';
  const decisions: DecisionCard[] = [];
  for (const d of scenario.decisions) {
    const st = state.decisions[d.id];
    if (!st || d.owner !== roleId) continue;
    const taken = st.taken;
    const option = taken ? d.options.find((o) => o.id === taken.option) : undefined;
    // After the round it was taken in — and once play is over, for the last round's decisions too.
    const feedbackDue = showFeedback && taken !== undefined && (taken.round < state.round || playOver);
    decisions.push({
      id: d.id,
      prompt: d.prompt,
      options: d.options.map((o) => ({ id: o.id, label: o.label })),
      openedRound: st.openedRound,
      deadlineRound: st.deadlineRound,
      taken: taken
        ? { option: taken.option, byDefault: taken.byDefault, ...(taken.rationale ? { rationale: taken.rationale } : {}), ...(taken.confidence ? { confidence: taken.confidence } : {}) }
        : null,
      feedback: feedbackDue && option ? option.assessments.map((a) => ({ criterion: a.criterion, rating: a.rating, text: a.feedback })) : [],
      team: teamCard(scenario, state, d, taken?.team),
    });
  }

  const publicDecisions = scenario.decisions
    .filter((d) => d.public && state.decisions[d.id]?.taken)
    .map((d) => {
      const chosen = state.decisions[d.id]?.taken?.option;
      return { id: d.id, owner: d.owner, prompt: d.prompt, option: d.options.find((o) => o.id === chosen)?.label ?? '' };
    });

  const voice = publishVoice(role.office);
  const guided = state.settings.guided === true;
  const confirmed = guided ? confirmedFactIds(scenario, state) : null;
  const offered = voice === null ? [] : offeredBlocks(scenario, state, roleId, voice);
  const blocks: BlockCard[] = (guided ? offered : neutralOrder(state.seed, offered)).map((b) => ({
    id: b.id,
    text: b.text,
    kind: guided ? b.kind : null,
    confirmed: confirmed !== null && b.kind === 'fact' ? confirmed.has(b.id) : null,
  }));

  const t = tableOf(state.settings.tables, roleId);
  const table = state.settings.tables[t];
  const own = authorityOf(role.office, scalingModelOf(scenario.setting.scaling));
  return {
    ...common,
    role: {
      id: role.id,
      name: role.name,
      team: role.team,
      office: role.office,
      briefing: role.briefing,
      authority: role.authority ? own.filter((k) => role.authority?.includes(k)) : own,
    },
    roles: scenario.roles.map((r) => ({ id: r.id, name: r.name, team: r.team, office: r.office })),
    table: table ? { id: table.id, name: table.name } : null,
    myTurn: state.phase === 'decide' && table !== undefined && (state.settings.mode === 'multiwindow' ? !state.turn.done.includes(table.id) : state.turn.table === t),
    inbox,
    decisions,
    publicDecisions,
    voice,
    blocks: blocksOffered(scenario, state) ? blocks : [],
    ownWords: ownWordsCard(scenario, state, role, voice),
    alertAdvice: neutralOrder(
      state.seed,
      offeredBlocks(scenario, state, roleId, publishVoice(role.office) ?? 'regional').filter((b) => b.kind === 'actionAdvice'),
    ).map((b) => ({ id: b.id, text: b.text })),
    boardActions: scenario.picture.boardActions.filter((a) => a.roles.includes(roleId)).map((a) => ({ id: a.id, label: a.label, taken: state.board.actionsTaken.includes(a.id) })),
    feedback: state.settings.feedback,
    directMessages: directMessagesFor(state, audience),
    directTo: table ? directRecipients(state, scenario.roles.map((r) => r.id), table.id) : null,
  };
}

/** The team part of a card: recorded once taken by a player, as it sits now while open (or taken by default). */
function teamCard(scenario: Scenario, state: ExerciseState, d: Decision, recorded: TeamSitting | undefined): DecisionCard['team'] {
  const sitting = recorded ?? teamSitting(scenario, state, d);
  if (!sitting) return null;
  const names = new Map(scenario.roles.map((r) => [r.id, r.name]));
  return { team: sitting.team, sitting: sitting.sitting, present: sitting.present.map((id) => ({ id, name: names.get(id) ?? id })) };
}
