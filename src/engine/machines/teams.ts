// Shared shape of the team machines (police.ts, national.ts): each team a parallel region that is
// inactive or active, the context recording who chairs it and since when.
import type { ConvenableTeam, Office } from '../scenario/vocabulary.js';
import type { Acting } from './acting.js';

export type TeamRecord = { readonly chair: Office | null; readonly since: number | null };
export type TeamsContext<T extends ConvenableTeam> = { readonly teams: Readonly<Record<T, TeamRecord>> };
export type TeamEvent<T extends ConvenableTeam> =
  | ({ readonly type: 'CONVENE'; readonly team: T } & Acting)
  | ({ readonly type: 'STAND_DOWN'; readonly team: T } & Acting);
export type TeamsValue<T extends ConvenableTeam> = { readonly [K in T]: 'inactive' | 'active' };

export function noTeams<T extends ConvenableTeam>(teams: readonly T[]): TeamsContext<T> {
  const out = {} as Record<T, TeamRecord>;
  for (const t of teams) out[t] = { chair: null, since: null };
  return { teams: out };
}

/** One team's region: convened while inactive, stood down while active. */
export function teamRegion<T extends ConvenableTeam>(team: T) {
  return {
    initial: 'inactive' as const,
    states: {
      inactive: {
        on: {
          CONVENE: { guard: { type: 'mayConvene' as const, params: { team } }, target: 'active' as const, actions: { type: 'recordConvened' as const, params: { team } } },
        },
      },
      active: {
        on: {
          STAND_DOWN: { guard: { type: 'mayStandDown' as const, params: { team } }, target: 'inactive' as const, actions: { type: 'recordStoodDown' as const, params: { team } } },
        },
      },
    },
  };
}
