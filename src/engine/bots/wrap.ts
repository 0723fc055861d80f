// The adversarial policies are doctrine play with one habit changed (DOMAIN.md §7: "a score is valid only
// if a team cannot game it"). Each wraps the doctrine player's turn and filters or rewrites the commands
// it sends, so they follow whatever the doctrine bot does and need no copy of its playbook.
import type { CommandBody } from '../session/types.js';
import { playByDoctrine } from './doctrine-bot.js';
import type { Policy, RoleTurn } from './policy.js';

/** What a habit does with one command doctrine wants to send: send it (maybe changed), or drop it (null). */
export type Habit = (turn: RoleTurn, body: CommandBody) => CommandBody | null;

/** Doctrine play through a habit; `before` and `after` add commands of the habit's own around the doctrine turn. */
export function doctrineWith(habit: Habit, extra?: { before?: (turn: RoleTurn) => void; after?: (turn: RoleTurn) => void }): Policy {
  return (scenario) => {
    const doctrine = playByDoctrine(scenario);
    return (turn) => {
      extra?.before?.(turn);
      doctrine({
        ...turn,
        state: turn.state,
        act: (body) => {
          const changed = habit(turn, body);
          return changed === null ? false : turn.act(changed);
        },
      });
      extra?.after?.(turn);
    };
  };
}
