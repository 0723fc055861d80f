// The poor bot plays what evaluations warn against: options the author assessed as missing, a late
// first message that names the perpetrator and states rumours as fact, no action advice, no scaling,
// no teams, rumours left alone. Authors use it to check that weak play scores weak.
import { publishVoice } from '../machines/authority.js';
import { poorMessage } from './messages.js';
import { worstOption } from './options.js';
import type { Policy, RoleTurn } from './policy.js';
import { decideOpenDecisions, isMainPublisher } from './turns.js';

function publishLate(turn: RoleTurn): void {
  const state = turn.state();
  const voice = publishVoice(turn.role.office);
  if (voice === null || state.notifiedAt === null || state.messages.length > 0 || !isMainPublisher(turn.scenario, turn.role)) return;
  const { firstMessageTargetMinutes } = turn.scenario.communication;
  const { minutesPerRound, endsAt } = turn.scenario.clock;
  const late = state.minute - state.notifiedAt > 2 * firstMessageTargetMinutes;
  const lastRound = state.minute + minutesPerRound >= endsAt;
  if (!late && !lastRound) return;
  const blocks = poorMessage(turn.scenario, state, voice);
  if (blocks.length > 0) turn.act({ type: 'publish', blocks });
}

export const playPoorly: Policy = () => (turn) => {
  decideOpenDecisions(turn, worstOption);
  publishLate(turn);
};
