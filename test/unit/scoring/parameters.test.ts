// Every parameter the catalogue documents for a criterion is one its rule reads (issue 14, point 5): a scenario
// author who sets it must change the result. Each rule runs over the end of doctrine play of every bundled
// scenario with every documented parameter set, through a proxy that records which ones it asked for.
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import type { CriterionUseT } from '../../../src/engine/scenario/schema.js';
import { RULES } from '../../../src/engine/scoring/score.js';
import { CRITERION_CATALOGUE } from '../../../src/engine/strategy/index.js';
import { BUNDLED } from '../engine/support.js';

const plays = BUNDLED.map(({ scenario }) => ({ scenario, state: playExercise(scenario, '1', 'doctrine').state }));

/** A value for each documented parameter, of the shape the scenario format gives it. */
function valueOf(parameter: string, variable: string): unknown {
  switch (parameter) {
    case 'trigger':
      return { always: true };
    case 'teams':
      return ['driehoek'];
    case 'variable':
      return variable;
    case 'level':
      return 3;
    case 'threshold':
      return 50;
    default:
      return parameter === 'partlyMinutes' ? 60 : 30;
  }
}

describe('criterion parameters', { timeout: 60_000 }, () => {
  for (const criterion of CRITERION_CATALOGUE) {
    const documented = Object.keys(criterion.parameters);
    it(`${criterion.id} reads every parameter it documents (${documented.join(', ') || 'none'})`, () => {
      const read = new Set<string>();
      for (const { scenario, state } of plays) {
        const variable = scenario.variables[0]?.id ?? 'unrest';
        const use = Object.fromEntries([['criterion', criterion.id], ['weight', 1], ...documented.map((p) => [p, valueOf(p, variable)])]) as CriterionUseT;
        const watched = new Proxy(use, {
          get(target, key, receiver) {
            if (typeof key === 'string') read.add(key);
            return Reflect.get(target, key, receiver) as unknown;
          },
        });
        RULES[criterion.id]({ scenario, state, use: watched });
      }
      expect(documented.filter((p) => !read.has(p)), `${criterion.id} documents parameters its rule never reads`).toEqual([]);
    });
  }
});
