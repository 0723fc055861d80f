// The threat level (dreigingsniveau, DTN): 1 Minimaal … 5 Kritiek, set by the NCTV alone (DOMAIN.md §4).
// Level 5 can apply to part of the country (Utrecht, 18 March 2019), so the region may stand above the
// national level; it never stands below it, because the region is part of the country.
import { assign, setup } from 'xstate';
import { authorised, type Acting } from './acting.js';

export type ThreatLevel = 1 | 2 | 3 | 4 | 5;
export type ThreatScope = 'national' | 'region';

export type ThreatContext = {
  readonly national: ThreatLevel;
  /** The region's own level while it stands above the national one; null while it follows the national level. */
  readonly regionOverride: ThreatLevel | null;
};
export type ThreatEvent = { readonly type: 'SET'; readonly scope: ThreatScope; readonly level: ThreatLevel } & Acting;
export type ThreatInput = { readonly national: ThreatLevel; readonly region?: ThreatLevel };
export type ThreatValue = 'standing';

export function regionLevel(c: ThreatContext): ThreatLevel {
  return c.regionOverride ?? c.national;
}

/** The levels after setting `level` for `scope`; null when that would put the region below the country. */
export function nextThreat(c: ThreatContext, scope: ThreatScope, level: ThreatLevel): ThreatContext | null {
  if (scope === 'national') {
    // Raising the country to (or past) the region's own level makes the region follow the country again.
    const override = c.regionOverride !== null && c.regionOverride > level ? c.regionOverride : null;
    return { national: level, regionOverride: override };
  }
  if (level < c.national) return null;
  return { national: c.national, regionOverride: level === c.national ? null : level };
}

function changes(c: ThreatContext, scope: ThreatScope, level: ThreatLevel): boolean {
  const next = nextThreat(c, scope, level);
  return next !== null && (next.national !== c.national || next.regionOverride !== c.regionOverride);
}

export const threatMachine = setup({
  types: { context: {} as ThreatContext, events: {} as ThreatEvent, input: {} as ThreatInput },
  guards: {
    maySet: ({ context, event }) =>
      authorised(event, { action: 'setThreatLevel', level: event.level, scope: event.scope }) && changes(context, event.scope, event.level),
  },
  actions: {
    set: assign(({ context, event }) => nextThreat(context, event.scope, event.level) ?? context),
  },
}).createMachine({
  id: 'threat',
  initial: 'standing',
  context: ({ input }) => ({
    national: input.national,
    regionOverride: input.region !== undefined && input.region > input.national ? input.region : null,
  }),
  states: {
    standing: { on: { SET: { guard: 'maySet', actions: 'set' } } },
  },
});
