// Expected actions in one cell, "role:action[/parameters]:minutes[:criterion]", both ways.
import { describe, expect, it } from 'vitest';
import { formatExpected, parseExpected } from '../../../src/engine/msel/index.js';
import type { ExpectedActionT } from '../../../src/engine/scenario/schema.js';
import { BUNDLED, bundled } from '../lint/support.js';

describe('expected actions in a cell', () => {
  it('writes parameters in the schema order, numbers as numbers', () => {
    const actions: ExpectedActionT[] = [
      { role: 'mayor', do: { action: 'scale', level: 3 }, withinMinutes: 15, criterion: 'C06' },
      { role: 'nctv', do: { action: 'setThreatLevel', level: 5, scope: 'region' }, withinMinutes: 30 },
      { role: 'mayor', do: { action: 'sendNlAlert', area: 'centre', advice: 'stay-inside' }, withinMinutes: 20 },
      { role: 'comms', do: { action: 'publish' }, withinMinutes: 30 },
      { role: 'mayor', do: { action: 'decide', decision: 'evacuate' }, withinMinutes: 10 },
      { role: 'police', do: { action: 'declareContained' }, withinMinutes: 60 },
    ];
    const cell = formatExpected(actions);
    expect(cell).toBe('mayor:scale/3:15:C06, nctv:setThreatLevel/5/region:30, mayor:sendNlAlert/centre/stay-inside:20, comms:publish:30, mayor:decide/evacuate:10, police:declareContained:60');
    expect(parseExpected(cell)).toEqual({ ok: true, actions });
  });

  it.each(BUNDLED)('reads back every expected action of %s', (file) => {
    const { scenario } = bundled(file);
    for (const inject of scenario.injects) {
      expect(parseExpected(formatExpected(inject.expectedActions))).toEqual({ ok: true, actions: inject.expectedActions });
    }
  });

  it('explains a cell it cannot read', () => {
    expect(parseExpected('mayor:scale:10')).toEqual({ ok: false, message: expect.stringContaining('needs the parameters level') });
    expect(parseExpected('mayor:dance:10')).toEqual({ ok: false, message: expect.stringContaining('"dance" in "mayor:dance:10" is not an action') });
    expect(parseExpected('mayor:scale/three:10')).toEqual({ ok: false, message: expect.stringContaining('must be a whole number (level)') });
    expect(parseExpected('mayor:scale/3:soon')).toEqual({ ok: false, message: expect.stringContaining('"soon"') });
    expect(parseExpected('mayor')).toEqual({ ok: false, message: expect.stringContaining('role:action:minutes') });
    expect(parseExpected('  ')).toEqual({ ok: true, actions: [] });
  });
});
