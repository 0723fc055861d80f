// A decision of a policy team (scenario decision "team"): recorded with whether the team sat at that moment,
// who chaired it and which members were present (DOMAIN.md §3: policy teams are decision bodies). A member is
// present when someone plays the role: a table holds it or the SimCell speaks for it.
import { sitsInTeam } from '../machines/policy-teams.js';
import { summaryOf } from './summary.js';
import type { Decision, Scenario } from '../scenario/schema.js';
import type { DecidingTeam, Office } from '../scenario/vocabulary.js';
import type { ExerciseState } from './types.js';

export interface TeamSitting {
  readonly team: DecidingTeam;
  /** Whether the team was active (convened, or part of the current GRIP level) when the decision was taken. */
  readonly sitting: boolean;
  /** Its chair at that moment (null when it did not sit, or has no chair among the offices). */
  readonly chair: Office | null;
  /** The member roles present, in scenario order (the deciding role included). */
  readonly present: readonly string[];
}

/** Who was at the table for a team decision taken now; undefined for a decision of one office. */
export function teamSitting(scenario: Scenario, state: ExerciseState, decision: Decision): TeamSitting | undefined {
  const team = decision.team;
  if (team === undefined) return undefined;
  const active = summaryOf(state).activeTeams.find((t) => t.team === team);
  const played = new Set<string>([...state.settings.simcell, ...state.settings.tables.flatMap((t) => t.roles)]);
  const present = scenario.roles.filter((r) => sitsInTeam(r, team) && (played.has(r.id) || r.id === decision.owner)).map((r) => r.id);
  return { team, sitting: active !== undefined, chair: active?.chair ?? null, present };
}
