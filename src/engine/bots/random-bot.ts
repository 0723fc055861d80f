// The random bot: a fuzzer with manners. Each turn it takes up to three commands, each drawn uniformly
// from what availableCommands offers the role at that moment, then passes. It finds the states that
// scripted play never reaches.
import { availableCommands } from '../session/available.js';
import type { Command } from '../session/types.js';
import type { Policy } from './policy.js';

const MAX_ACTIONS_PER_TURN = 3;

export const playRandomly: Policy = () => (turn) => {
  const count = Math.floor(turn.rng() * (MAX_ACTIONS_PER_TURN + 1));
  if (count === 0) return;
  // availableCommands trial-applies every candidate, so it is asked once per turn; a later pick that
  // an earlier one made impossible is simply refused and skipped.
  const choices: Command[] = availableCommands(turn.scenario, turn.state(), turn.actor).filter((c) => c.type !== 'endTurn');
  for (let i = 0; i < count && choices.length > 0; i++) {
    const [picked] = choices.splice(Math.floor(turn.rng() * choices.length), 1);
    if (picked) turn.act(picked);
  }
};
