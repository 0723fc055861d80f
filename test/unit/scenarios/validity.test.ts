// The validity rules of DOMAIN.md §7 ("a score is valid only if a team cannot game it") over seeds 1–10 of every
// bundled scenario (issue 14, point 8): doctrine P, eager never P and M or U where C17 is held, silent M or U on
// VB1, cards never P, naming C02 not met and VB1 at most M, late between doctrine and idle on C06, random at
// most M. `npm run scenario:playtest -- FILE --runs 10 --seed 1 --bots …` prints the same rules as a table.
import { describe, expect, it } from 'vitest';
import type { BotPolicy } from '../../../src/engine/bots/index.js';
import { scenarioHash } from '../../../src/engine/index.js';
import { checkValidity, summarizePlaythrough, VALIDITY_RULES, type RunSummary, type ValidityRuleId } from '../../../src/engine/playtest/index.js';
import { BUNDLED } from '../engine/support.js';

const SEEDS = Array.from({ length: 10 }, (_, i) => String(i + 1));

// Cost (npm test runs on two shared cores): one station-attack seed for all eight policies takes over a second on
// a loaded machine, so not every policy runs every seed. doctrine, eager and naming carry the rules a team would
// game (P for good play, never P for escalating everything or for naming the perpetrator) and run seeds 1–10.
// silent, cards, late, idle and random run seeds 1–3: silent, cards, late and idle play a fixed policy that the
// seed reaches only through the scenario's own draws, and random is played over 20 more seeds in library.test.ts
// (to an ending). `npm run scenario:playtest -- FILE --runs 10 --seed 1 --bots …` runs every policy on all ten.
const EVERY_SEED: readonly BotPolicy[] = ['doctrine', 'eager', 'naming'];
const FIRST_SEEDS: readonly BotPolicy[] = ['silent', 'cards', 'late', 'idle', 'random'];
const FEWER = SEEDS.slice(0, 3);

/** The rules every bundled scenario must let run: late-between only where C06 is scored, the rest everywhere. */
function expectedRules(scores: (criterion: string) => boolean): ValidityRuleId[] {
  return VALIDITY_RULES.filter((rule) => (rule === 'late-between' ? scores('C06') : rule === 'naming-c02' ? scores('C02') : rule === 'eager-proportionality' ? scores('C17') : true));
}

describe('the validity rules on seeds 1–10 of every bundled scenario', () => {
  it('covers the five bundled scenarios', () => {
    expect(BUNDLED.map((b) => b.name.replace('scenarios/', '')).sort()).toEqual(['airport-drones.json', 'festival-livestream.json', 'intro-market-square.json', 'ramming-tabletop.json', 'station-attack.json']);
  });

  for (const { name, scenario } of BUNDLED) {
    // A fixed amount of work, not a speed check: on a loaded 2-core machine it can take much longer than 5 s.
    it(`${name}: no breach, and every rule the scenario allows was checked`, { timeout: 180_000 }, () => {
      const hash = scenarioHash(scenario);
      const runs: RunSummary[] = [
        ...SEEDS.flatMap((seed) => EVERY_SEED.map((policy) => summarizePlaythrough(scenario, policy, seed, hash))),
        ...FEWER.flatMap((seed) => FIRST_SEEDS.map((policy) => summarizePlaythrough(scenario, policy, seed, hash))),
      ];
      const { checked, breaches } = checkValidity(scenario, runs);
      expect(breaches).toEqual([]);
      const scores = (c: string) => scenario.scoring.criteria.some((u) => u.criterion === c);
      expect([...checked].sort()).toEqual(expectedRules(scores).sort());
    });
  }
});
