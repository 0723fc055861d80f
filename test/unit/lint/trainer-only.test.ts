// Bots never fire an inject: what only the trainer brings into play (an optional inject no effect schedules,
// and what waits on one) is not "unreached" in the linter's runs, while what bots could reach still is.
import { describe, expect, it } from 'vitest';
import { lintScenario } from '../../../src/engine/lint/index.js';
import { variant } from './support.js';

const call = { id: 'call', optional: true, from: 'X', to: { roles: ['mayor'] }, channel: 'phone', text: { nl: 'Een telefoontje.', en: 'A phone call.' } };

function notReached(when: unknown): string[] {
  const scenario = variant((d) => {
    d.injects.push(call);
    d.decisions.push({ ...(d.decisions[0] as Record<string, unknown>), id: 'after-call', when });
  });
  return lintScenario(scenario)
    .filter((f) => f.code === 'decision-not-reached')
    .map((f) => f.message);
}

describe('decision-not-reached and the trainer', () => {
  it('does not report a card that opens only after an inject only the trainer fires', () => {
    expect(notReached({ delivered: 'call' })).toEqual([]);
    expect(notReached({ all: [{ delivered: 'call' }, { round: '>=', value: 2 }] })).toEqual([]);
  });

  it('still reports a card bots could open another way and did not', () => {
    expect(notReached({ any: [{ delivered: 'call' }, { grip: '>=', value: 4 }] })).toEqual([expect.stringContaining('"after-call"')]);
  });
});
