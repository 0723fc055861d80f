// Why a condition can never hold (or always holds), in words: the impossible tests inside it, each with
// what the scenario makes possible instead. When every test is possible alone, the tests contradict each other.
import type { Condition } from '../scenario/schema.js';
import { describeDomain, points, span } from './domains.js';
import type { StaticFacts } from './reachability.js';

function leaves(c: Condition): Condition[] {
  if ('all' in c) return c.all.flatMap(leaves);
  if ('any' in c) return c.any.flatMap(leaves);
  if ('not' in c) return leaves(c.not);
  return [c];
}

function describeLeaf(c: Condition, facts: StaticFacts, endsAt: number): string {
  if ('variable' in c) {
    return `"${c.variable}" ${c.op} ${c.value}, but "${c.variable}" can only be ${describeDomain(facts.domains.get(c.variable) ?? points([0]))}`;
  }
  if ('grip' in c) return `GRIP ${c.grip} ${c.value}, but this scenario's roles can only bring about GRIP ${describeDomain(points(facts.reach.grips))}`;
  if ('threatLevel' in c) {
    const levels = c.region ? facts.reach.threatRegion : facts.reach.threatNational;
    return `the ${c.region ? 'regional' : 'national'} threat level ${c.threatLevel} ${c.value}, but it can only be ${describeDomain(points(levels))}`;
  }
  if ('time' in c) return `the clock ${c.time} T+${c.value}, but the exercise runs ${describeDomain(span(0, endsAt, true))}`;
  if ('round' in c) return `round ${c.round} ${c.value}, but rounds only run ${describeDomain(span(0, facts.maxRound, true))}`;
  if ('decided' in c) return c.option === undefined ? `decision "${c.decided}" taken, but it never opens` : `decision "${c.decided}" taken with option "${c.option}", but the decision never opens`;
  if ('delivered' in c) return `inject "${c.delivered}" delivered, but it never is`;
  if ('published' in c) return `block "${c.published}" published, but no role in this scenario may publish it`;
  if ('rumourActive' in c) return `rumour "${c.rumourActive}" spreading, but it never starts`;
  if ('rumourRebutted' in c) return `rumour "${c.rumourRebutted}" rebutted, but it never starts or no role may publish a block that rebuts it`;
  if ('teamActive' in c) return `the ${c.teamActive} active, but no role in this scenario may convene or activate it`;
  if ('dsi' in c) return `the DSI at stage "${c.dsi}", but this scenario's roles cannot bring it there`;
  if ('structureAction' in c) return `"${c.structureAction}" taken, but no role in this scenario may take it`;
  if ('boardAction' in c) return `board action "${c.boardAction}" taken`;
  return `"always" is ${'always' in c ? String(c.always) : '?'}`;
}

/** A hint for a condition that can never hold. */
export function whyNever(c: Condition, facts: StaticFacts, endsAt: number): string {
  const impossible = leaves(c).filter((leaf) => !('always' in leaf) && facts.judge(leaf) === 'never');
  if (impossible.length === 0) {
    const timing = leaves(c).flatMap((leaf) => {
      const at = 'delivered' in leaf || 'decided' in leaf ? facts.earliest(leaf) : null;
      if (at === null) return [];
      return ['delivered' in leaf ? `inject "${leaf.delivered}" arrives at T+${at} at the earliest` : `decision "${(leaf as { decided: string }).decided}" opens at T+${at} at the earliest`];
    });
    const note = timing.length > 0 ? ` Note that ${timing.join(', and ')}.` : '';
    return `Each test in it can hold on its own, but not together: check the combination (for example two bounds on one value that do not overlap).${note}`;
  }
  return `It needs ${impossible.map((leaf) => describeLeaf(leaf, facts, endsAt)).join('; and ')}.`;
}

/** A hint for a condition that always holds. */
export function whyAlways(c: Condition, facts: StaticFacts, endsAt: number): string {
  const certain = leaves(c).filter((leaf) => !('always' in leaf) && facts.judge(leaf) === 'always');
  const shown = certain.slice(0, 3).map((leaf) => describeAlways(leaf, facts, endsAt));
  return certain.length > 0
    ? `It holds whatever happens: ${shown.join('; ')}. Tighten it, or leave it out if it is meant to be unconditional.`
    : 'It holds whatever happens. Tighten it, or leave it out if it is meant to be unconditional.';
}

function describeAlways(c: Condition, facts: StaticFacts, endsAt: number): string {
  if ('variable' in c) return `"${c.variable}" ${c.op} ${c.value} for every value it can take (${describeDomain(facts.domains.get(c.variable) ?? points([0]))})`;
  if ('time' in c) return `the clock is always ${c.time} T+${c.value} (the exercise runs T+0…T+${endsAt})`;
  if ('round' in c) return `the round is always ${c.round} ${c.value}`;
  if ('grip' in c) return `GRIP is always ${c.grip} ${c.value} (${describeDomain(points(facts.reach.grips))} reachable)`;
  if ('threatLevel' in c) return `the threat level is always ${c.threatLevel} ${c.value}`;
  if ('teamActive' in c) return `the ${c.teamActive} is always active`;
  return 'a test that always holds';
}
