// The random bot: a fuzzer with manners. Each turn it takes up to three commands, each drawn uniformly
// from what availableCommands would offer the role at that moment, then passes. It finds the states
// that scripted play never reaches.
import { roleMoveCandidates } from '../session/available.js';
import type { CommandBody } from '../session/types.js';
import type { Policy } from './policy.js';

const MAX_ACTIONS_PER_TURN = 3;

export const playRandomly: Policy = () => (turn) => {
  const count = Math.floor(turn.rng() * (MAX_ACTIONS_PER_TURN + 1));
  for (let i = 0; i < count; i++) {
    // Drawing candidates in random order and taking the first the reducer accepts is a uniform pick
    // from availableCommands, without trial-applying every candidate first. The candidates are
    // candidateCommands' own (their bodies, shared, in the same order) without ending the turn.
    const choices: CommandBody[] = roleMoveCandidates(turn.scenario, turn.state(), turn.actor);
    while (choices.length > 0) {
      const [picked] = choices.splice(Math.floor(turn.rng() * choices.length), 1);
      if (picked && turn.act(picked)) break;
    }
  }
};
