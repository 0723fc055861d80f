// Every parameter the catalogue documents for a criterion is one its rule reads (issue 14, point 5): a scenario
// author who sets it must change the result. Each rule runs over the end of doctrine play of every bundled
// scenario with every documented parameter set, through a proxy that records which ones it asked for.
import { describe, expect, it } from 'vitest';
import { botSettings, playExercise } from '../../../src/engine/bots/index.js';
import { scoreExercise } from '../../../src/engine/index.js';
import type { CriterionUseT, Scenario } from '../../../src/engine/scenario/schema.js';
import { RULES } from '../../../src/engine/scoring/score.js';
import { CRITERION_CATALOGUE } from '../../../src/engine/strategy/index.js';
import { BUNDLED, inRounds, must, role, scenarioNamed, TRAINER } from '../engine/support.js';

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

// C03's threshold (issue 14, point 5): met from the scenario's threshold (every claim when left out), partly from
// half of the claims (the catalogue's rule, docs/criteria.md), and the explanation states both next to the share.
describe('C03 threshold', () => {
  const intro = scenarioNamed('intro-market-square.json');
  const withThreshold = (threshold: number | undefined): Scenario => {
    const s = structuredClone(intro) as { -readonly [K in keyof Scenario]: Scenario[K] };
    s.scoring = { ...s.scoring, criteria: s.scoring.criteria.map((c) => (c.criterion === 'C03' ? { ...c, threshold } : c)) };
    return s as Scenario;
  };
  /** One message at T+10, when the incident and the arrest are confirmed, with a motive speculated on. */
  const c03 = (scenario: Scenario, blocks: string[]) => {
    let s = inRounds(scenario, '1', { ...botSettings(scenario), mode: 'multiwindow' });
    s = must(scenario, s, { type: 'jump', minutes: 10, actor: TRAINER });
    s = must(scenario, s, { type: 'publish', blocks, actor: role('comms') });
    return scoreExercise(scenario, s).criteria.find((c) => c.criterion === 'C03');
  };

  it('rates two confirmed claims of three partly against every claim, met against a threshold of 0.6, and says so', () => {
    const strict = c03(withThreshold(undefined), ['fact-incident', 'fact-arrest', 'trap-motive']);
    expect(strict?.result).toBe('partly');
    expect(strict?.explanations).toContainEqual({ code: 'factual.share', params: { confirmed: 2, claims: 3, percent: 67, threshold: 100, partly: 50 } });
    const lenient = c03(withThreshold(0.6), ['fact-incident', 'fact-arrest', 'trap-motive']);
    expect(lenient?.result).toBe('met');
    expect(lenient?.explanations).toContainEqual({ code: 'factual.share', params: { confirmed: 2, claims: 3, percent: 67, threshold: 60, partly: 50 } });
  });

  it('counts exactly half partly, and less than half not met', () => {
    expect(c03(intro, ['fact-incident', 'trap-motive'])?.result).toBe('partly');
    expect(c03(intro, ['trap-motive'])?.result).toBe('notMet');
  });
});
