// The national crisis structure (DOMAIN.md §2): each team a parallel region, inactive or active, with
// its chair recorded. The NCC and the LOCC are permanent (24/7), so they have no region: the summary
// always lists them. The Beleidsteam DSI (§4) and the Veiligheidsberaad (§3, cross-regional crises) sit here too.
import { assign, setup } from 'xstate';
import { authorised } from './acting.js';
import { chairOf } from './authority.js';
import { noTeams, teamRegion, type TeamEvent, type TeamsContext, type TeamsValue } from './teams.js';

export const NATIONAL_TEAMS = ['beleidsteamDsi', 'Veiligheidsberaad', 'IAO', 'ICCb', 'MCCb', 'NKC', 'DCC'] as const;
export type NationalTeam = (typeof NATIONAL_TEAMS)[number];
export type NationalContext = TeamsContext<NationalTeam>;
export type NationalEvent = TeamEvent<NationalTeam>;
export type NationalValue = TeamsValue<NationalTeam>;

type TeamParam = { team: NationalTeam };

export const nationalMachine = setup({
  types: { context: {} as NationalContext, events: {} as NationalEvent },
  guards: {
    mayConvene: ({ event }, { team }: TeamParam) =>
      event.type === 'CONVENE' && event.team === team && authorised(event, { action: 'convene', team }),
    mayStandDown: ({ event }, { team }: TeamParam) =>
      event.type === 'STAND_DOWN' && event.team === team && authorised(event, { action: 'standDown', team }),
    // The MCCb is chaired by JenV "unless the MP takes it" (§2): the Minister-President convening an
    // MCCb that is already sitting takes over the chair; nobody takes it back from the MP.
    primeMinisterTakesChair: ({ context, event }) =>
      event.type === 'CONVENE' &&
      event.team === 'MCCb' &&
      event.office === 'ministerPresident' &&
      context.teams.MCCb.chair !== 'ministerPresident' &&
      authorised(event, { action: 'convene', team: 'MCCb' }),
  },
  actions: {
    recordConvened: assign(({ context, event }, { team }: TeamParam) => ({
      teams: { ...context.teams, [team]: { chair: chairOf(team, event.office), since: event.minute } },
    })),
    recordStoodDown: assign(({ context }, { team }: TeamParam) => ({
      teams: { ...context.teams, [team]: { chair: null, since: null } },
    })),
    takeMccbChair: assign(({ context }) => ({
      teams: { ...context.teams, MCCb: { ...context.teams.MCCb, chair: 'ministerPresident' as const } },
    })),
  },
}).createMachine({
  id: 'national',
  type: 'parallel',
  context: noTeams(NATIONAL_TEAMS),
  states: {
    beleidsteamDsi: teamRegion('beleidsteamDsi'),
    Veiligheidsberaad: teamRegion('Veiligheidsberaad'),
    IAO: teamRegion('IAO'),
    ICCb: teamRegion('ICCb'),
    MCCb: {
      initial: 'inactive',
      states: {
        inactive: teamRegion('MCCb').states.inactive,
        active: {
          on: {
            STAND_DOWN: teamRegion('MCCb').states.active.on.STAND_DOWN,
            CONVENE: { guard: 'primeMinisterTakesChair', actions: 'takeMccbChair' },
          },
        },
      },
    },
    NKC: teamRegion('NKC'),
    DCC: teamRegion('DCC'),
  },
});
