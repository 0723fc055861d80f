// The doctrine bot plays by the book the scenario author wrote down: the options assessed as meeting
// the criteria, the actions each inject expects, the measures the scored criteria look for, and public
// messages built on confirmed facts (DOMAIN.md §5). With it an author checks that good play scores well.
import { mayTake } from '../machines/authority.js';
import { publishVoice } from '../machines/authority.js';
import type { Role, Scenario, StructureActionT } from '../scenario/schema.js';
import { situationOf } from '../machines/structure.js';
import { actionKey } from '../scenario/action-keys.js';
import { summaryOf } from '../session/summary.js';
import type { ExerciseState } from '../session/types.js';
import { doctrineMessage } from './messages.js';
import { bestOption } from './options.js';
import { Playbook } from './playbook.js';
import { expectedNow } from './expectations.js';
import type { Policy, RoleTurn } from './policy.js';
import { decideOpenDecisions, isMainPublisher } from './turns.js';

function done(state: ExerciseState, action: StructureActionT): boolean {
  const summary = summaryOf(state);
  if (action.action === 'scale') return summary.grip >= action.level;
  if (action.action === 'convene' && summary.activeTeams.some((t) => t.team === action.team)) return true;
  return actionKey(action) in state.actionsTaken;
}

function mayTakeNow(scenario: Scenario, role: Role, state: ExerciseState, action: StructureActionT): boolean {
  return mayTake(role.office, action, role.authority, situationOf(scenario, state.structure));
}

function takeMeasures(turn: RoleTurn, playbook: Playbook): void {
  for (const measure of playbook.measures(turn.state(), turn.role.id)) {
    if (measure.some((a) => done(turn.state(), a))) {
      playbook.settle(measure);
      continue;
    }
    for (const action of measure) {
      if (mayTakeNow(turn.scenario, turn.role, turn.state(), action) && turn.act({ type: 'structure', action })) break;
    }
  }
}

function takeBoardActions(turn: RoleTurn): void {
  for (const d of expectedNow(turn.scenario, turn.state(), turn.role.id)) {
    if (d.action === 'boardAction' && !turn.state().board.actionsTaken.includes(d.id)) turn.act({ type: 'boardAction', id: d.id });
  }
}

function publish(turn: RoleTurn): void {
  const voice = publishVoice(turn.role.office);
  const state = turn.state();
  if (voice === null || state.notifiedAt === null) return;
  const expected = expectedNow(turn.scenario, state, turn.role.id).flatMap((d) => (d.action === 'publish' ? [d.block] : []));
  if (expected.length === 0 && !isMainPublisher(turn.scenario, turn.role)) return;
  const said = new Set(state.messages.flatMap((m) => m.blocks));
  const owed = expected.find((b) => b !== undefined && !said.has(b));
  const owesMessage = expected.length > 0 && state.messages.every((m) => m.role !== turn.role.id);
  if (!isMainPublisher(turn.scenario, turn.role) && owed === undefined && !owesMessage) return;
  const blocks = doctrineMessage(turn.scenario, state, voice, owed);
  if (blocks.length > 0) turn.act({ type: 'publish', blocks });
}

export const playByDoctrine: Policy = (scenario) => {
  const playbook = new Playbook(scenario);
  return (turn) => {
    decideOpenDecisions(turn, bestOption);
    takeMeasures(turn, playbook);
    takeBoardActions(turn);
    publish(turn);
  };
};
