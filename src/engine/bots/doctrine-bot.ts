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
import { doctrineCandidates, newsToShare, warrantKnown } from './playbook.js';
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

const allowedKept = new WeakMap<readonly StructureActionT[], ReadonlySet<string>>();

/**
 * The structure actions this role may take now, by key: the authority table's answer, the structure part of
 * availableCommands' candidates (read once per turn, without the decisions and blocks the bot does not need here;
 * the list is shared while what it is read from stays the same, and so is its set of keys).
 */
function allowedKeys(turn: RoleTurn): ReadonlySet<string> {
  const actions = candidateStructureActions(turn.scenario, turn.state(), turn.actor);
  let keys = allowedKept.get(actions);
  if (!keys) allowedKept.set(actions, (keys = new Set(actions.map(actionKey))));
  return keys;
}

/**
 * Doctrine's measures (playbook.ts doctrineMeasures) that are not yet done, each taken through the first of its
 * actions the role may take. Whether the role knows a measure's warrant holds is read on the state the turn's
 * measures were read on, and only for a measure not yet done: the same measures as filtering them all first.
 */
function takeMeasures(turn: RoleTurn): void {
  const allowed = allowedKeys(turn);
  const start = turn.state();
  for (const measure of doctrineCandidates(turn.scenario, start, turn.role.id)) {
    if (measure.some((a) => done(turn.scenario, turn.state(), turn.role.id, a))) continue;
    if (!warrantKnown(turn.scenario, start, turn.role.id, measure)) continue;
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
