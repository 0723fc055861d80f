// The doctrine bot plays by the book, from what its role knows: the playbook's rules (playbook.ts) for the
// crisis structure, decisions weighed by what each option does, board actions that help, and public messages
// built from the blocks its composer offers — confirmed facts it knows, rebuttals of rumours it has heard,
// a complete action advice, never a pitfall (DOMAIN.md §5). It reads neither the scoring criteria nor the
// author's assessments nor the actions injects expect. With it an author checks that good play scores well.
import { publishVoice } from '../machines/authority.js';
import { actionKey } from '../scenario/action-keys.js';
import type { Scenario, StructureActionT } from '../scenario/schema.js';
import { candidateStructureActions } from '../session/available.js';
import { summaryOf } from '../session/summary.js';
import type { ExerciseState } from '../session/types.js';
import { doctrineMessage } from './messages.js';
import { doctrineOption, helps } from './options.js';
import { doctrineMeasures, newsToShare } from './playbook.js';
import type { Policy, RoleTurn } from './policy.js';
import { decideOpenDecisions, speaksInPublic } from './turns.js';

function done(scenario: Scenario, state: ExerciseState, role: string, action: StructureActionT): boolean {
  const summary = summaryOf(state);
  // Once the picture is shared, news is passed on as it comes in (playbook.ts newsToShare).
  if (action.action === 'shareInformation' && actionKey(action) in state.actionsTaken) return !newsToShare(scenario, state, role, action.with);
  if (action.action === 'scale') return summary.grip >= action.level;
  if (action.action === 'convene' && summary.activeTeams.some((t) => t.team === action.team)) return true;
  return actionKey(action) in state.actionsTaken;
}

/**
 * The structure actions this role may take now, by key: the authority table's answer, the structure part of
 * availableCommands' candidates (read once per turn, without the decisions and blocks the bot does not need here).
 */
function allowedKeys(turn: RoleTurn): Set<string> {
  const keys = new Set<string>();
  for (const a of candidateStructureActions(turn.scenario, turn.state(), turn.actor)) keys.add(actionKey(a));
  return keys;
}

function takeMeasures(turn: RoleTurn): void {
  const allowed = allowedKeys(turn);
  for (const measure of doctrineMeasures(turn.scenario, turn.state(), turn.role.id)) {
    if (measure.some((a) => done(turn.scenario, turn.state(), turn.role.id, a))) continue;
    for (const action of measure) {
      if (allowed.has(actionKey(action)) && turn.act({ type: 'structure', action })) break;
    }
  }
}

function takeBoardActions(turn: RoleTurn): void {
  const state = turn.state();
  if (state.notifiedAt === null) return;
  for (const a of turn.scenario.picture.boardActions) {
    if (!a.roles.includes(turn.role.id) || state.board.actionsTaken.includes(a.id) || !helps(turn.scenario, a.effects)) continue;
    turn.act({ type: 'boardAction', id: a.id });
  }
}

function publish(turn: RoleTurn): void {
  const voice = publishVoice(turn.role.office);
  const state = turn.state();
  if (voice === null || state.notifiedAt === null || !speaksInPublic(turn.scenario, turn.role)) return;
  const blocks = doctrineMessage(turn.scenario, state, turn.role.id, voice);
  if (blocks.length > 0) turn.act({ type: 'publish', blocks });
}

export const playByDoctrine: Policy = () => (turn) => {
  decideOpenDecisions(turn, (d) => doctrineOption(turn.scenario, d, { role: turn.role.id, office: turn.role.office, state: turn.state() }));
  takeMeasures(turn);
  takeBoardActions(turn);
  publish(turn);
};
