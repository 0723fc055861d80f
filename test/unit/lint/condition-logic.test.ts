// The condition reasoning on its own, against a hand-made picture of what is possible.
import { describe, expect, it } from 'vitest';
import { judge, type Atom, type ConditionFacts, type Quantity } from '../../../src/engine/lint/condition-logic.js';
import { points, satisfiable, span } from '../../../src/engine/lint/domains.js';
import type { Condition } from '../../../src/engine/scenario/schema.js';

const facts = (over: Partial<ConditionFacts> = {}): ConditionFacts => ({
  domain: (q: Quantity) => (q === 'time' ? span(0, 60, true) : q === 'grip' ? points([0, 1, 3]) : q === 'variable:unrest' ? span(0, 40) : span(0, 100)),
  canBeTrue: (a: Atom) => !('delivered' in a && a.delivered === 'never'),
  canBeFalse: (a: Atom) => !('teamActive' in a && a.teamActive === 'NCC'),
  ...over,
});

const v = (op: '<' | '<=' | '==' | '!=' | '>=' | '>', value: number, variable = 'unrest'): Condition => ({ variable, op, value });

describe('judge', () => {
  it('finds bounds on one value that do not overlap: all[x < 5, x > 10]', () => {
    expect(judge({ all: [v('<', 5, 'x'), v('>', 10, 'x')] }, facts())).toBe('never');
    expect(judge({ all: [v('<', 15, 'x'), v('>', 10, 'x')] }, facts())).toBe('maybe');
  });

  it('uses the values a variable can take: unrest stays within 0…40 here', () => {
    expect(judge(v('>', 50), facts())).toBe('never');
    expect(judge(v('<=', 40), facts())).toBe('always');
    expect(judge(v('>=', 40), facts())).toBe('maybe');
  });

  it('tells a real-valued gap from a whole-number one', () => {
    // Between 10 and 11 there is no whole minute, but there is a real value.
    expect(judge({ all: [{ time: '>', value: 10 }, { time: '<', value: 11 }] }, facts())).toBe('never');
    expect(judge({ all: [v('>', 10, 'x'), v('<', 11, 'x')] }, facts())).toBe('maybe');
    expect(judge({ all: [v('>=', 10, 'x'), v('<=', 10, 'x'), v('!=', 10, 'x')] }, facts())).toBe('never');
  });

  it('knows the reachable GRIP levels', () => {
    expect(judge({ grip: '==', value: 2 }, facts())).toBe('never');
    expect(judge({ grip: '>=', value: 3 }, facts())).toBe('maybe');
    expect(judge({ grip: '<=', value: 3 }, facts())).toBe('always');
  });

  it('negates through not, any and all (De Morgan)', () => {
    expect(judge({ not: { any: [v('<', 0), v('>', 40)] } }, facts())).toBe('always');
    expect(judge({ not: { all: [v('>=', 0), v('<=', 40)] } }, facts())).toBe('never');
    expect(judge({ any: [{ delivered: 'never' }, v('>', 60)] }, facts())).toBe('never');
  });

  it('reads atoms as the scenario allows them', () => {
    expect(judge({ delivered: 'never' }, facts())).toBe('never');
    expect(judge({ delivered: 'first' }, facts())).toBe('maybe');
    expect(judge({ teamActive: 'NCC' }, facts())).toBe('always');
    expect(judge({ all: [{ delivered: 'first' }, { not: { delivered: 'first' } }] }, facts())).toBe('never');
  });

  it('knows one decision takes one option, the DSI is at one stage, and an active rumour is not rebutted', () => {
    expect(judge({ all: [{ decided: 'd', option: 'a' }, { decided: 'd', option: 'b' }] }, facts())).toBe('never');
    expect(judge({ all: [{ decided: 'd', option: 'a' }, { not: { decided: 'd' } }] }, facts())).toBe('never');
    expect(judge({ all: [{ decided: 'd', option: 'a' }, { decided: 'e', option: 'b' }] }, facts())).toBe('maybe');
    expect(judge({ all: [{ dsi: 'requested' }, { dsi: 'approved' }] }, facts())).toBe('never');
    expect(judge({ all: [{ rumourActive: 'r' }, { rumourRebutted: 'r' }] }, facts())).toBe('never');
  });

  it('takes constants at their word', () => {
    expect(judge({ always: true }, facts())).toBe('always');
    expect(judge({ always: false }, facts())).toBe('never');
    expect(judge({ all: [{ always: true }, v('>', 10)] }, facts())).toBe('maybe');
  });

  it('says "maybe" rather than guess when the rewrite grows too large', () => {
    // 2^12 conjunctions: beyond the limit, so no claim is made even though this can never hold.
    const parts: Condition[] = Array.from({ length: 12 }, (_, i) => ({ any: [v('>', 100 + i), v('<', -1 - i)] }));
    expect(judge({ all: parts }, facts())).toBe('maybe');
  });
});

describe('satisfiable', () => {
  it('tests whole-number domains at the integers around each constant', () => {
    expect(satisfiable(span(0, 10, true), [{ op: '>', value: 3.5 }, { op: '<', value: 4.5 }])).toBe(true);
    expect(satisfiable(span(0, 10, true), [{ op: '>', value: 3.2 }, { op: '<', value: 3.8 }])).toBe(false);
  });

  it('tests every interval of a domain with holes', () => {
    const domain = { intervals: [{ lo: 0, hi: 1 }, { lo: 5, hi: 6 }], integer: false };
    expect(satisfiable(domain, [{ op: '>', value: 2 }, { op: '<', value: 4 }])).toBe(false);
    expect(satisfiable(domain, [{ op: '>', value: 5.5 }])).toBe(true);
  });

  it('has nothing to offer an empty domain', () => {
    expect(satisfiable(span(3, 1), [])).toBe(false);
  });
});
