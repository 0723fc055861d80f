import type { Team } from '../../engine/scenario/vocabulary.js';
import { defineStrings } from '../define.js';

// Team names, apart from the rest of the structure strings because the home page's scenario cards
// show them: this small group belongs to the first screen.

type Part<P extends string, K extends string> = Record<`${P}.${K}`, string>;

const teamsNl: Part<'team', Team> = {
  'team.CoPI': 'Commando Plaats Incident (CoPI)',
  'team.ROT': 'Regionaal Operationeel Team (ROT)',
  'team.GBT': 'Gemeentelijk Beleidsteam (GBT)',
  'team.RBT': 'Regionaal Beleidsteam (RBT)',
  'team.driehoek': 'Driehoek (burgemeester, hoofdofficier van justitie, politiechef)',
  'team.SGBO': 'Staf Grootschalig en Bijzonder Optreden (SGBO)',
  'team.NCC': 'Nationaal CrisisCentrum (NCC)',
  'team.beleidsteamDsi': 'Beleidsteam DSI (voorzitter NCTV)',
  'team.Veiligheidsberaad': 'Veiligheidsberaad (de voorzitters van de veiligheidsregio\'s)',
  'team.IAO': 'Interdepartementaal Afstemmingsoverleg (IAO)',
  'team.ICCb': 'Interdepartementale Commissie Crisisbeheersing (ICCb)',
  'team.MCCb': 'Ministeriële Commissie Crisisbeheersing (MCCb)',
  'team.NKC': 'Nationaal Kernteam Crisiscommunicatie (NKC)',
  'team.LOCC': 'Landelijk Operationeel Coördinatiecentrum (LOCC)',
  'team.DCC': 'Departementaal Coördinatiecentrum (DCC)',
  'team.external': 'Externe partij',
};
const teamsEn: Part<'team', Team> = {
  'team.CoPI': 'On-scene command team (CoPI)',
  'team.ROT': 'Regional operational team (ROT)',
  'team.GBT': 'Municipal policy team (GBT)',
  'team.RBT': 'Regional policy team (RBT)',
  'team.driehoek': 'Triangle (mayor, chief public prosecutor, police chief)',
  'team.SGBO': 'Police large-scale operations staff (SGBO)',
  'team.NCC': 'National Crisis Centre (NCC)',
  'team.beleidsteamDsi': 'DSI policy team (chaired by the NCTV)',
  'team.Veiligheidsberaad': 'Security Council of the safety regions (Veiligheidsberaad)',
  'team.IAO': 'Interdepartmental coordination meeting (IAO)',
  'team.ICCb': 'Interdepartmental Crisis Management Committee (ICCb)',
  'team.MCCb': 'Ministerial Crisis Management Committee (MCCb)',
  'team.NKC': 'National Core Team for Crisis Communication (NKC)',
  'team.LOCC': 'National Operational Coordination Centre (LOCC)',
  'team.DCC': 'Departmental Coordination Centre (DCC)',
  'team.external': 'External party',
};

export const teams = defineStrings({ nl: teamsNl, en: teamsEn });
