// The one table of who may do what in the crisis structure, as the Dutch structure has it
// (DOMAIN.md §2–§4). The machines' guards call checkAuthority, so every rule lives here once.
// A scenario may narrow an office's powers (a role's "authority" list), never widen them.
import type { StructureActionKind, StructureActionT } from '../scenario/schema.js';
import { OFFICES, type ConvenableTeam, type Office, type Voice } from '../scenario/vocabulary.js';
import { refuse, type Refusal } from './refusal.js';
import { GRIP_MODEL, levelOf, scalingAuthorisers, scalingLeaders, type ScalingModel } from './scaling-model.js';

type TeamKind = 'convene' | 'standDown';
type LevelledKind = 'scale';
type PlainKind = Exclude<StructureActionKind, TeamKind | LevelledKind>;

/** Offices in the structure that hold information worth sharing; a vital partner receives, it does not distribute. */
const STRUCTURE_OFFICES: readonly Office[] = OFFICES.filter((o) => o !== 'vitalPartner');

const OFFICES_BY_KIND: Readonly<Record<PlainKind, readonly Office[]>> = {
  // The NCTV sets the threat level in the DTN (§4); nobody else, not even a minister.
  setThreatLevel: ['nctv'],
  // Whether this is a (possible) terrorist attack is judged by the driehoek partners (§3) and the NCTV,
  // which reads the national intelligence picture (§2, §4).
  confirmIncident: ['policeChief', 'chiefPublicProsecutor', 'nctv', 'mayor'],
  // The end of the acute threat (e.g. the arrest) is a police and criminal-law finding (§3, Utrecht 2019).
  declareContained: ['policeChief', 'chiefPublicProsecutor'],
  // Recovery is an administrative phase under the mayor, or the chair of the safety region in GRIP 4–5 (§3, §4 aftercare).
  startRecovery: ['mayor', 'chairSafetyRegion'],
  // The DSI is requested by the police and the public prosecutor of the driehoek (§3, §4).
  requestDsi: ['policeChief', 'chiefPublicProsecutor'],
  // The operational plan comes from the same police/prosecution line that asked for the DSI (§4).
  planDsi: ['policeChief', 'chiefPublicProsecutor'],
  // The plan is approved by the Minister of JenV or the chair of the College van procureurs-generaal (§4).
  approveDsi: ['ministerJenV', 'chairCollegePg'],
  // Once approved, deployment and its end are commanded in the police/prosecution line (§4).
  deployDsi: ['policeChief', 'chiefPublicProsecutor'],
  completeDsi: ['policeChief', 'chiefPublicProsecutor'],
  // NL-Alert warns people in a defined area; the mayor (public order), or the chair in GRIP 4–5, sends it (§4).
  sendNlAlert: ['mayor', 'chairSafetyRegion'],
  withdrawAdvice: ['mayor', 'chairSafetyRegion'],
  // The municipality runs the IAC and reaches out to the affected (§4 aftercare); the municipal
  // secretary coordinates municipal crisis work on the mayor's behalf.
  openIac: ['mayor', 'municipalSecretary'],
  outreach: ['mayor', 'municipalSecretary'],
  // Victim registration comes from the GHOR (§4 aftercare).
  registerVictims: ['ghor'],
  // Each service looks after its own people; the operational leader and the mayor may arrange it for all.
  responderAftercare: ['fireService', 'policeChief', 'ghor', 'operationalLeader', 'mayor'],
  // Spreading casualties over hospitals is medical coordination: the GHOR (§1 "snelle hulpverlening").
  distributeCasualties: ['ghor'],
  // Bewaken en Beveiligen: the NCTV for the rijksdomein, locally the mayor (public order) and the public
  // prosecutor (criminal law); the police chief executes and may take the immediate measure (§4).
  protect: ['mayor', 'chiefPublicProsecutor', 'policeChief', 'nctv'],
  // Alerting vital partners runs through the crisis structure (NCTV, NCC) and locally through the driehoek;
  // KMar alerts at the airport (§4 ATb, civil aviation). Sectors are narrowed per office below.
  alertPartners: ['nctv', 'nccHead', 'mayor', 'policeChief', 'kmar'],
  // Information sharing within the law is everyone's duty in the structure (§1 cross-cutting).
  shareInformation: STRUCTURE_OFFICES,
  // Removal orders under EU Regulation 2021/784 are issued by the ATKM (§4 online).
  removalOrder: ['atkm'],
  // The voluntary EU Crisis Protocol is asked for by the national CT authorities (§4 online).
  euCrisisProtocol: ['nctv', 'atkm'],
  // National assistance (bijstand) through the LOCC is asked for by the regional and police command (§2 LOCC).
  requestAssistance: ['mayor', 'chairSafetyRegion', 'operationalLeader', 'policeChief'],
  // Civil aviation: industry executes, KMar supervises, JenV sets the standard and the NCTV can impose
  // measures (§4); levels are narrowed per office below.
  restrictAirspace: ['airportOperator', 'kmar', 'ministerIenW', 'ministerJenV', 'nctv'],
};

/** Who may convene (and stand down) each team (§2, §3). */
const CONVENERS: Readonly<Record<ConvenableTeam, readonly Office[]>> = {
  // The driehoek is the mayor, the chief public prosecutor and the police chief; any of them may call it (§3).
  driehoek: ['mayor', 'chiefPublicProsecutor', 'policeChief'],
  // The SGBO is the police's own large-scale staff (§3).
  SGBO: ['policeChief'],
  // The IAO is set up per situation by the NCC, which runs the national structure (§2).
  IAO: ['nctv', 'nccHead'],
  // The ICCb is chaired by the NCTV (§2).
  ICCb: ['nctv'],
  // The MCCb is chaired by JenV unless the Minister-President takes it; other ministers ask JenV (§2).
  MCCb: ['ministerJenV', 'ministerPresident'],
  // The NKC can be activated even while authority is still local (§2).
  NKC: ['nctv', 'nkcDirector', 'ministerJenV'],
  // The LOCC works on request of the regional and police command (§2).
  LOCC: ['policeChief', 'operationalLeader', 'chairSafetyRegion', 'mayor'],
  // Each ministry runs its own DCC (§2).
  DCC: ['ministerJenV', 'ministerIenW', 'ministerPresident'],
};

export function teamConveners(team: ConvenableTeam): readonly Office[] {
  return CONVENERS[team];
}

/** The chair of a team once convened, given who convened it (§2, §3). */
export function chairOf(team: ConvenableTeam, convener: Office): Office | null {
  switch (team) {
    case 'driehoek':
      return 'mayor'; // the mayor chairs the driehoek, whoever called it
    case 'SGBO':
      return 'policeChief'; // the SGBO works under the police chief's command
    case 'ICCb':
      return 'nctv';
    case 'NKC':
      return 'nkcDirector';
    case 'LOCC':
      return null; // a coordination centre, not a decision team: none of our offices chairs it
    case 'MCCb': // JenV, or the Minister-President who takes it
    case 'DCC': // the minister whose ministry it is
    case 'IAO': // the convener (chair UNVERIFIED in DOMAIN.md §2)
      return convener;
  }
}

const ALL_SECTORS = ['aviation', 'transport', 'energy', 'health', 'events', 'worship', 'all'] as const;
type Sector = (typeof ALL_SECTORS)[number];

/** Which sectors an office may alert. */
function sectorsOf(office: Office): readonly Sector[] {
  switch (office) {
    case 'nctv':
    case 'nccHead':
      return ALL_SECTORS;
    case 'mayor':
    case 'policeChief':
      // The driehoek alerts the partners in its own area; a nationwide "all sectors" alert is the NCTV's.
      return ALL_SECTORS.filter((s) => s !== 'all');
    case 'kmar':
      return ['aviation']; // KMar's remit is the airport
    default:
      return [];
  }
}

type AirspaceLevel = Extract<StructureActionT, { action: 'restrictAirspace' }>['level'];
/** Continuing or restricting is the operator's call; KMar may restrict; closing is for the ministers (§4). */
const AIRSPACE: Readonly<Record<AirspaceLevel, readonly Office[]>> = {
  continue: ['airportOperator', 'ministerIenW', 'ministerJenV'],
  restrict: ['airportOperator', 'kmar', 'ministerIenW', 'ministerJenV', 'nctv'],
  close: ['ministerIenW', 'ministerJenV'],
};

/** What the rules need to know about the moment: the regional model and its current level. */
export type AuthoritySituation = { readonly scaling?: ScalingModel; readonly grip?: number };

/** Every office that may take this kind of action at all (in the given regional model). */
export function officesForKind(kind: StructureActionKind, model: ScalingModel = GRIP_MODEL): readonly Office[] {
  if (kind === 'scale') return scalingLeaders(model);
  if (kind === 'convene' || kind === 'standDown') return [...new Set(Object.values(CONVENERS).flat())];
  return OFFICES_BY_KIND[kind];
}

/** The offices that may take exactly this action now. */
export function officesFor(action: StructureActionT, situation: AuthoritySituation = {}): readonly Office[] {
  switch (action.action) {
    case 'scale':
      return scalingAuthorisers(situation.scaling ?? GRIP_MODEL, situation.grip ?? 0, action.level);
    case 'convene':
    case 'standDown':
      return CONVENERS[action.team];
    case 'alertPartners':
      return OFFICES_BY_KIND.alertPartners.filter((o) => sectorsOf(o).includes(action.sector));
    case 'restrictAirspace':
      return AIRSPACE[action.level];
    default:
      return OFFICES_BY_KIND[action.action];
  }
}

const kindsCache = new Map<ScalingModel, Map<Office, readonly StructureActionKind[]>>();
const ALL_KINDS = [...Object.keys(OFFICES_BY_KIND), 'scale', 'convene', 'standDown'] as StructureActionKind[];

/** The action kinds an office may take at all (before any scenario narrowing). */
export function authorityOf(office: Office, model: ScalingModel = GRIP_MODEL): readonly StructureActionKind[] {
  let byOffice = kindsCache.get(model);
  if (!byOffice) kindsCache.set(model, (byOffice = new Map()));
  let kinds = byOffice.get(office);
  if (!kinds) byOffice.set(office, (kinds = ALL_KINDS.filter((k) => officesForKind(k, model).includes(office))));
  return kinds;
}

/**
 * Null when the office may take the action; otherwise the refusal. The office's own powers come
 * first: a narrowing list that names an action the office does not hold grants nothing.
 */
export function checkAuthority(
  office: Office,
  action: StructureActionT,
  narrowed?: readonly StructureActionKind[],
  situation: AuthoritySituation = {},
): Refusal | null {
  const offices = officesFor(action, situation);
  if (!offices.includes(office)) return refusalFor(office, action, offices, situation);
  if (narrowed && !narrowed.includes(action.action)) return refuse('narrowed-by-scenario', { office, action: action.action });
  return null;
}

export function mayTake(
  office: Office,
  action: StructureActionT,
  narrowed?: readonly StructureActionKind[],
  situation?: AuthoritySituation,
): boolean {
  return checkAuthority(office, action, narrowed, situation) === null;
}

function refusalFor(office: Office, action: StructureActionT, offices: readonly Office[], situation: AuthoritySituation): Refusal {
  const list = offices.join(', ');
  switch (action.action) {
    case 'scale':
      if (!levelOf(situation.scaling ?? GRIP_MODEL, action.level)) return refuse('level-not-in-model', { level: action.level });
      return refuse('level-not-yours', { level: action.level, offices: list });
    case 'setThreatLevel':
      return refuse('threat-level-nctv-only', { office });
    case 'approveDsi':
      return refuse('dsi-approval-minister-or-pg', { office });
    case 'convene':
    case 'standDown':
      return refuse('team-convened-by', { team: action.team, offices: list });
    case 'restrictAirspace':
      if (OFFICES_BY_KIND.restrictAirspace.includes(office)) return refuse('airspace-level-not-yours', { level: action.level, offices: list });
      break;
    case 'alertPartners':
      if (OFFICES_BY_KIND.alertPartners.includes(office)) return refuse('sector-not-yours', { sector: action.sector, offices: list });
      break;
  }
  return refuse('not-your-office', { office, action: action.action });
}

/**
 * Who may publish public messages, and with which voice: the one-voice check (DOMAIN.md §5) compares
 * national (NKC) and local messages. Municipal and police communication and the mayor speak locally;
 * the safety region regionally; the NKC, NCTV and ministers nationally.
 */
export function publishVoice(office: Office): Voice | null {
  switch (office) {
    case 'municipalCommunication':
    case 'mayor':
    case 'policeCommunication':
      return 'local';
    case 'regionalCommunication':
    case 'chairSafetyRegion':
      return 'regional';
    case 'nkcDirector':
    case 'nctv':
    case 'ministerJenV':
    case 'ministerPresident':
      return 'national';
    default:
      return null;
  }
}
