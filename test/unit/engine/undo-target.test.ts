// Undo's target read from the end of the log must be the one the forward reading (the commands that still
// count) gives, for any mix of commands and undos, including undos that find nothing left to cancel.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveEntries, lastEffective } from '../../../src/engine/session/rebuild.js';
import type { LogEntry } from '../../../src/engine/session/types.js';

const entry = (seq: number, undo: boolean): LogEntry => ({
  seq,
  minute: 0,
  round: 1,
  command: undo ? { type: 'undo', actor: { kind: 'trainer' } } : { type: 'advance', actor: { kind: 'trainer' } },
});

describe('the last command that still counts', () => {
  it('is the same read from the end as from the start, for any sequence of commands and undos', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 40 }), (undos) => {
        const log = undos.map((undo, i) => entry(i, undo));
        expect(lastEffective(log)).toBe(effectiveEntries(log).at(-1));
      }),
      { numRuns: 300 },
    );
  });

  it('skips undone commands and undos that found nothing to cancel', () => {
    const log = [true, false, false, true, true, true, false].map((undo, i) => entry(i, undo));
    expect(lastEffective(log)?.seq).toBe(6);
    expect(lastEffective(log.slice(0, 6))).toBeUndefined();
    expect(lastEffective(log.slice(0, 4))?.seq).toBe(1);
  });
});
