// Police scaling in parallel to the regional structure (DOMAIN.md §3): the driehoek (mayor, chief
// public prosecutor, police chief) and the police's own SGBO staff. Utrecht 2019 showed the driehoek
// must scale up fast, alongside GRIP 3, so these regions are independent of the GRIP level.
import { assign, setup } from 'xstate';
import { authorised } from './acting.js';
import { chairOf } from './authority.js';
import { noTeams, teamRegion, type TeamEvent, type TeamsContext, type TeamsValue } from './teams.js';

export const POLICE_TEAMS = ['driehoek', 'SGBO'] as const;
export type PoliceTeam = (typeof POLICE_TEAMS)[number];
export type PoliceContext = TeamsContext<PoliceTeam>;
export type PoliceEvent = TeamEvent<PoliceTeam>;
export type PoliceValue = TeamsValue<PoliceTeam>;

type TeamParam = { team: PoliceTeam };

export const policeMachine = setup({
  types: { context: {} as PoliceContext, events: {} as PoliceEvent },
  guards: {
    mayConvene: ({ event }, { team }: TeamParam) =>
      event.type === 'CONVENE' && event.team === team && authorised(event, { action: 'convene', team }),
    mayStandDown: ({ event }, { team }: TeamParam) =>
      event.type === 'STAND_DOWN' && event.team === team && authorised(event, { action: 'standDown', team }),
  },
  actions: {
    recordConvened: assign(({ context, event }, { team }: TeamParam) => ({
      teams: { ...context.teams, [team]: { chair: chairOf(team, event.office), since: event.minute } },
    })),
    recordStoodDown: assign(({ context }, { team }: TeamParam) => ({
      teams: { ...context.teams, [team]: { chair: null, since: null } },
    })),
  },
}).createMachine({
  id: 'police',
  type: 'parallel',
  context: noTeams(POLICE_TEAMS),
  states: {
    driehoek: teamRegion('driehoek'),
    SGBO: teamRegion('SGBO'),
  },
});
