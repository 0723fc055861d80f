// C07's "right chair" (DOMAIN.md §2–§4, §7): a decision counts as taken in the right chair when the body or
// office that took it held the power at that moment — per the table of powers (machines/authority.ts) and the
// GRIP level then in force (art. 39 Wvr moves the mayor's public-order powers to the chair under GRIP 4/5) —
// and, for a policy team's decision, when the team sat and its chair decided. Before this, the chair was read
// from whoever convened a team, so the rule could not fail.
//
// Only what can go wrong is counted: a decision in the right chair is the expected baseline and never lifts
// C07 (answering cards must not raise a rating); each decision in the wrong chair is an item not met.
import { checkAuthority, officesFor, powerFor } from '../../machines/authority.js';
import { situationOf } from '../../machines/structure.js';
import type { Role, Scenario, StructureActionT } from '../../scenario/schema.js';
import { eventsOfKind } from '../../session/event-index.js';
import type { EngineEvent, ExerciseState } from '../../session/types.js';
import { ascendingUnique, decisionRecords, structureChangesOf, type Explanation, type ScoringContext, type Verdict } from '../evidence.js';

export interface ChairJudgement {
  /** Decisions judged: a policy team's decisions and those whose chosen option takes a structure action. */
  readonly judged: number;
  /** The decisions taken in the wrong chair, each with the event that proves it. */
  readonly wrong: readonly { readonly decision: string; readonly event: number }[];
  readonly explanations: readonly Explanation[];
}

/** The GRIP level in force just before event `seq`, read back from the scaling events. */
function gripAt(state: ExerciseState, seq: number): number {
  const changes = structureChangesOf(state, 'grip');
  const before = changes.filter((e) => e.seq < seq).at(-1);
  if (before) return (before.data.change as { to: number }).to;
  const first = changes[0];
  return first ? (first.data.change as { from: number }).from : state.structure.scaling.context.level;
}

/** Whether a national NL-Alert was the one in force just before event `seq`. */
function nationalAlertAt(state: ExerciseState, seq: number): boolean {
  const before = (kind: string) => structureChangesOf(state, kind).filter((e) => e.seq < seq).at(-1);
  const alert = before('nlAlert');
  const withdrawn = before('adviceWithdrawn');
  const last = alert === undefined ? withdrawn : withdrawn === undefined || alert.seq > withdrawn.seq ? alert : withdrawn;
  const change = last?.data.change as { kind?: string; national?: boolean } | undefined;
  return change?.kind === 'nlAlert' && change.national === true;
}

function situationAt(scenario: Scenario, state: ExerciseState, seq: number) {
  return { ...situationOf(scenario, state.structure), grip: gripAt(state, seq), nationalAlert: nationalAlertAt(state, seq) };
}

/** A structure action the decider's option tried and the table of powers refused it at that moment. */
function powerLacked(scenario: Scenario, state: ExerciseState, decider: Role, taken: EngineEvent): Explanation | null {
  const skipped = eventsOfKind(state, 'structureEffectSkipped').filter((e) => e.cause === taken.cause && e.seq > taken.seq && e.data.role === decider.id);
  for (const e of skipped) {
    const action = e.data.action as StructureActionT;
    const situation = situationAt(scenario, state, e.seq);
    if (!checkAuthority(decider.office, action, decider.authority, situation)) continue;
    const row = powerFor(action, situation);
    return {
      code: 'teams.wrong-power',
      params: {
        decision: String(taken.data.decision),
        office: decider.office,
        power: row?.id ?? action.action,
        holders: officesFor(action, situation).join(', ') || '-',
        source: row?.source ?? '-',
        event: e.seq,
      },
    };
  }
  return null;
}

/** C07's right-chair part: every decision a player took (or settled by an action), judged at its moment. */
export function judgeChairs(scenario: Scenario, state: ExerciseState): ChairJudgement {
  const roles = new Map(scenario.roles.map((r) => [r.id, r]));
  const wrong: { decision: string; event: number }[] = [];
  const explanations: Explanation[] = [];
  let judged = 0;
  for (const d of scenario.decisions) {
    const taken = state.decisions[d.id]?.taken;
    if (!taken || taken.byDefault) continue;
    const event = decisionRecords(state, d.id)
      .filter((e) => e.data.byDefault !== true)
      .at(-1);
    const decider = roles.get(taken.settledBy?.role ?? d.owner);
    const option = d.options.find((o) => o.id === taken.option);
    if (!event || !decider || !option) continue;
    const bearsPower = option.effects.some((e) => e.kind === 'structure' && (e.by === undefined || e.by === decider.id));
    if (!taken.team && !bearsPower) continue;
    judged++;
    let why: Explanation | null = null;
    if (taken.team && !taken.team.sitting) {
      why = { code: 'teams.outside-team', params: { decision: d.id, team: taken.team.team, office: decider.office } };
    } else if (taken.team && taken.team.chair !== null && taken.team.chair !== decider.office) {
      why = { code: 'teams.not-the-chair', params: { decision: d.id, team: taken.team.team, office: decider.office, chair: taken.team.chair } };
    } else if (bearsPower && taken.settledBy === undefined) {
      why = powerLacked(scenario, state, decider, event);
    }
    if (why) {
      wrong.push({ decision: d.id, event: event.seq });
      explanations.push(why);
    }
  }
  if (judged > 0) explanations.unshift({ code: 'teams.right-chair', params: { judged, right: judged - wrong.length } });
  return { judged, wrong, explanations };
}

const STEP_DOWN = { met: 'partly', partly: 'notMet', notMet: 'notMet', notApplicable: 'notMet' } as const;

/**
 * C07 with its right-chair part: each decision taken in the wrong chair lowers the teams' result one step
 * (met → partly → not met); with no team judged yet, one such decision is enough for not met. Decisions in
 * the right chair leave the result as it is.
 */
export function withRightChair(ctx: ScoringContext, teams: Verdict): Verdict {
  const chairs = judgeChairs(ctx.scenario, ctx.state);
  if (chairs.judged === 0) return teams;
  let result = teams.result;
  for (let i = 0; i < chairs.wrong.length; i++) result = STEP_DOWN[result];
  return {
    result,
    evidence: ascendingUnique(teams.evidence, chairs.wrong.map((w) => w.event)),
    explanations: [...teams.explanations, ...chairs.explanations],
  };
}
