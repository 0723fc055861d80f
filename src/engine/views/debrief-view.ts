// The debrief from evidence: ratings per objective and theme, each criterion with the events that prove
// it and the strategy wording behind it. The room's version carries no trainer notes or controller material.
import type { Scenario } from '../scenario/schema.js';
import type { ScoreReport } from '../scoring/score.js';
import type { ExerciseState } from '../session/types.js';
import { CRITERION_CATALOGUE, OBJECTIVE_CATALOGUE } from '../strategy/index.js';
import { commonView, scoreOf, type CommonView } from './common.js';
import { observationsOf, type ObservationView } from './trainer-view.js';

export interface DebriefView extends CommonView {
  readonly score: ScoreReport;
  readonly catalogue: { readonly objectives: typeof OBJECTIVE_CATALOGUE; readonly criteria: typeof CRITERION_CATALOGUE };
  /** Plain data: a view crosses BroadcastChannel and websockets, where the engine's shared list would lose its methods. */
  readonly findings: ReturnType<ExerciseState['findings']['toArray']>;
  /** Evaluators' ratings of messages in own words (the trainer's debrief only; null for the room). */
  readonly ratings: NonNullable<ExerciseState['ratings']> | null;
  readonly attempts: ExerciseState['attempts'] | null;
  readonly observations:
    | readonly ObservationView[]
    | null;
}

export function debriefView(scenario: Scenario, state: ExerciseState, audience: 'trainer' | 'room'): DebriefView {
  const common = commonView(scenario, state, { kind: audience });
  const score = scoreOf(scenario, state);
  const room = audience === 'room';
  const inTimeline = room ? new Set(common.timeline.map((t) => t.seq)) : undefined;
  return {
    ...common,
    // The room's evidence links point only into the room's own (public) timeline.
    score: room
      ? {
          ...score,
          // Evaluators' observations are controller material: the room hears how many ratings there were (the
          // explanation), never their text or who wrote them.
          criteria: score.criteria.map((c) => ({ ...c, evidence: c.evidence.filter((seq) => inTimeline?.has(seq) === true), observed: [] })),
        }
      : score,
    catalogue: { objectives: OBJECTIVE_CATALOGUE, criteria: CRITERION_CATALOGUE },
    findings: state.findings.toArray(),
    ratings: room ? null : (state.ratings ?? {}),
    attempts: room ? null : state.attempts,
    observations: room
      ? null
      : observationsOf(state),
  };
}
