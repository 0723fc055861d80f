// Policy teams as decision bodies (DOMAIN.md §2–§3): a decision card may belong to a team (the GBT, the
// RBT, the driehoek, the MCCb, …). Its chair takes it after the members present have had their say, and
// the members present are recorded with it, so the debrief can show who sat at the table and C07 can judge
// whether the body that decided held the power at that moment.
import { DECIDING_TEAMS, type DecidingTeam, type Office, type Team } from '../scenario/vocabulary.js';
import { TEAM_POWERS } from './authority.js';
import { REGIONAL_TEAM_CHAIRS } from './scaling-model.js';

export { DECIDING_TEAMS, type DecidingTeam };

export type TeamComposition = {
  /** Offices that sit in the team by doctrine, besides the roles the scenario seats in it (role.team). */
  readonly offices: readonly Office[];
  readonly source: string;
  readonly note?: string;
};

/** Who sits in each team by doctrine. The chair is listed first where the team has one among the offices. */
export const TEAM_COMPOSITION: Readonly<Record<DecidingTeam, TeamComposition>> = {
  CoPI: { offices: ['copiLeader', 'fireService', 'ghor'], source: 'GRIP 1 in the regional crisis plans (brandweer.nl, safety-region sites); DOMAIN.md §3' },
  ROT: { offices: ['operationalLeader', 'fireService', 'ghor', 'regionalCommunication'], source: 'GRIP 2 in the regional crisis plans; DOMAIN.md §3' },
  GBT: {
    offices: ['mayor', 'municipalSecretary', 'municipalCommunication'],
    source: 'the GBT is the mayor with the municipal crisis staff (regional crisis plans, GRIP 3); DOMAIN.md §3',
  },
  RBT: {
    offices: ['chairSafetyRegion', 'mayor', 'operationalLeader', 'chiefPublicProsecutor', 'kmar'],
    source: 'Wet veiligheidsregio\'s art. 39 (the chair with the mayors of the affected municipalities); the regional crisis plans (operational leader, hoofdofficier van justitie, "rijksheren" as needed); DOMAIN.md §3',
    note: 'The rijksheren (Defence, Rijkswaterstaat, water board, KMar) sit as needed; of them only KMar is an office here.',
  },
  driehoek: {
    offices: ['mayor', 'chiefPublicProsecutor', 'policeChief'],
    source: 'Politiewet 2012 art. 13 (the mayor, the public prosecutor and the police chief); DOMAIN.md §3',
  },
  SGBO: { offices: ['policeChief', 'policeCommunication'], source: 'the police\'s own large-scale staff; DOMAIN.md §3' },
  beleidsteamDsi: {
    offices: ['nctv', 'policeChief', 'chairCollegePg'],
    source: 'Instellingsregeling Beleidsteam DSI (2009): the NCTV chairs, with the korpschef and the chair of the College van PG; DOMAIN.md §4',
    note: 'The korpschef (head of the national police) is played by the police chief office here. The Beleidsteam DSI advises; the decision on the DSI stays with the competent authority and the approver.',
  },
  Veiligheidsberaad: {
    offices: ['chairSafetyRegion'],
    source: 'Wet veiligheidsregio\'s (the 25 chairs of the safety regions); DOMAIN.md §3',
  },
  IAO: { offices: ['nctv', 'nccHead'], source: 'Nationaal Handboek Crisisbeheersing (2022): officials per situation; DOMAIN.md §2' },
  ICCb: { offices: ['nctv', 'nccHead'], source: 'Nationaal Handboek Crisisbeheersing (2022): directors-general, chaired by the NCTV; DOMAIN.md §2' },
  MCCb: {
    offices: ['ministerJenV', 'ministerPresident', 'ministerIenW'],
    source: 'Instellingsbesluit MCCb (Staatscourant 2022): the Minister-President, the Minister of JenV and other ministers as needed; it decides by majority; DOMAIN.md §2',
  },
  NKC: { offices: ['nkcDirector', 'nctv'], source: 'Nationaal Handboek Crisisbeheersing (2022): communication directors and NCTV staff; DOMAIN.md §2' },
  DCC: { offices: ['ministerJenV', 'ministerIenW'], source: 'each ministry runs its own DCC; DOMAIN.md §2' },
};

export function isDecidingTeam(team: string): team is DecidingTeam {
  return (DECIDING_TEAMS as readonly string[]).includes(team);
}

/** A role as far as team membership reads it. */
export type Member = { readonly id: string; readonly team: Team; readonly office: Office };

/** Whether the role sits in the team: seated there by the scenario, or by its office's place in the team. */
export function sitsInTeam(role: Member, team: DecidingTeam): boolean {
  return role.team === team || TEAM_COMPOSITION[team].offices.includes(role.office);
}

/**
 * The offices that can chair the team: the regional teams' leaders (DOMAIN.md §3), the national teams'
 * chairs from the table of powers (a team chaired by whoever convened it: any convener); a team with no
 * chair among the offices (the Veiligheidsberaad) is led by any member.
 */
export function possibleChairs(team: DecidingTeam): readonly Office[] {
  const regional = REGIONAL_TEAM_CHAIRS[team];
  if (regional) return [regional];
  const power = TEAM_POWERS.find((t) => t.team === team);
  if (!power) return TEAM_COMPOSITION[team].offices;
  if (power.chair === 'convener') return power.conveners.map((h) => h.office);
  if (power.chair === null) return TEAM_COMPOSITION[team].offices;
  // The MCCb: the Minister-President may take the chair (DOMAIN.md §2) — covered by "convener" above.
  return [power.chair];
}
