import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { nationalMachine, NATIONAL_TEAMS, type NationalEvent } from '../../../src/engine/machines/national.js';
import { teamConveners } from '../../../src/engine/machines/authority.js';
import { declaredLeaves, reachedLeaves } from './support.js';

const start = () => initialTransition(nationalMachine)[0];
type Snap = ReturnType<typeof start>;
const send = (s: Snap, e: NationalEvent) => transition(nationalMachine, s, e)[0];

describe('national machine', () => {
  it('starts with every national team inactive', () => {
    expect(start().value).toEqual({
      beleidsteamDsi: 'inactive',
      Veiligheidsberaad: 'inactive',
      IAO: 'inactive',
      ICCb: 'inactive',
      MCCb: 'inactive',
      NKC: 'inactive',
      DCC: 'inactive',
    });
  });

  it('convenes the ICCb only through the NCTV, who chairs it', () => {
    expect(send(start(), { type: 'CONVENE', team: 'ICCb', office: 'ministerJenV', minute: 1 }).value).toMatchObject({ ICCb: 'inactive' });
    const s = send(start(), { type: 'CONVENE', team: 'ICCb', office: 'nctv', minute: 9 });
    expect(s.value).toMatchObject({ ICCb: 'active' });
    expect(s.context.teams.ICCb).toEqual({ chair: 'nctv', since: 9 });
  });

  it('the MCCb is chaired by the Minister of JenV, or by the Minister-President when they convene it', () => {
    const jenv = send(start(), { type: 'CONVENE', team: 'MCCb', office: 'ministerJenV', minute: 10 });
    expect(jenv.context.teams.MCCb.chair).toBe('ministerJenV');
    const mp = send(start(), { type: 'CONVENE', team: 'MCCb', office: 'ministerPresident', minute: 10 });
    expect(mp.context.teams.MCCb.chair).toBe('ministerPresident');
  });

  it('lets the Minister-President take over the chair of a sitting MCCb, and keeps it there', () => {
    let s = send(start(), { type: 'CONVENE', team: 'MCCb', office: 'ministerJenV', minute: 10 });
    s = send(s, { type: 'CONVENE', team: 'MCCb', office: 'ministerPresident', minute: 20 });
    expect(s.value).toMatchObject({ MCCb: 'active' });
    expect(s.context.teams.MCCb).toEqual({ chair: 'ministerPresident', since: 10 });
    expect(s.can({ type: 'CONVENE', team: 'MCCb', office: 'ministerJenV', minute: 30 })).toBe(false);
    expect(s.can({ type: 'CONVENE', team: 'MCCb', office: 'ministerPresident', minute: 30 })).toBe(false);
  });

  it('has the NKC chaired by its director, whoever activates it', () => {
    const s = send(start(), { type: 'CONVENE', team: 'NKC', office: 'ministerJenV', minute: 4 });
    expect(s.context.teams.NKC.chair).toBe('nkcDirector');
  });

  it('records the convening minister as the chair of a DCC', () => {
    const s = send(start(), { type: 'CONVENE', team: 'DCC', office: 'ministerIenW', minute: 5 });
    expect(s.value).toMatchObject({ DCC: 'active' });
    expect(s.context.teams.DCC.chair).toBe('ministerIenW');
  });

  it('convenes the Beleidsteam DSI through the NCTV, who chairs it (Instellingsregeling Beleidsteam DSI 2009)', () => {
    expect(start().can({ type: 'CONVENE', team: 'beleidsteamDsi', office: 'policeChief', minute: 1 })).toBe(false);
    const s = send(start(), { type: 'CONVENE', team: 'beleidsteamDsi', office: 'nctv', minute: 3 });
    expect(s.context.teams.beleidsteamDsi).toEqual({ chair: 'nctv', since: 3 });
  });

  it('convenes the Veiligheidsberaad only in a crisis of more than one safety region (DOMAIN.md §3)', () => {
    const ask = { type: 'CONVENE' as const, team: 'Veiligheidsberaad' as const, office: 'chairSafetyRegion' as const, minute: 3 };
    expect(start().can(ask)).toBe(false);
    expect(start().can({ ...ask, situation: { crossRegional: true } })).toBe(true);
  });

  it('stands a team down only by an office that may convene it', () => {
    let s = send(start(), { type: 'CONVENE', team: 'IAO', office: 'nccHead', minute: 1 });
    expect(s.can({ type: 'STAND_DOWN', team: 'IAO', office: 'mayor', minute: 2 })).toBe(false);
    s = send(s, { type: 'STAND_DOWN', team: 'IAO', office: 'nctv', minute: 2 });
    expect(s.value).toMatchObject({ IAO: 'inactive' });
  });

  it('reaches every state of every team (path coverage)', () => {
    const events: NationalEvent[] = NATIONAL_TEAMS.flatMap((team) => {
      const office = teamConveners(team)[0]!;
      // The Veiligheidsberaad sits only when the crisis crosses regions.
      const situation = { crossRegional: true };
      return [
        { type: 'CONVENE' as const, team, office, minute: 1, situation },
        { type: 'STAND_DOWN' as const, team, office, minute: 2, situation },
      ];
    });
    expect([...reachedLeaves(nationalMachine, events)].sort()).toEqual(declaredLeaves(nationalMachine));
  });
});
