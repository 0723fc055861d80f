// The one table of powers: who may take which crisis-structure action, as Dutch law and the national
// crisis structure have it (DOMAIN.md §2–§4). Every row names its legal source; docs/criteria.md
// ("Powers per office") is generated from these rows, so the documentation cannot drift from the rules.
// The machines' guards call checkAuthority, so every rule lives here once. A scenario may narrow an
// office's powers (a role's "authority" list), never widen them.
import type { StructureActionKind, StructureActionT } from '../scenario/schema.js';
import { OFFICES, type ConvenableTeam, type Office, type Voice } from '../scenario/vocabulary.js';
import { refuse, type Refusal, type RefusalCode } from './refusal.js';
import { GRIP_MODEL, levelOf, scalingAuthorisers, scalingLeaders, type ScalingModel } from './scaling-model.js';

/** The Bewaken en Beveiligen domain a place at risk belongs to (DOMAIN.md §4). */
export type ProtectionDomain = 'rijk' | 'publicOrder' | 'criminalLaw';
/** Who decides on a request for the DSI, and so approves its operational plan (Regeling DSI art. 7(3)). */
export type DsiApprover = 'ministerJenV' | 'chairCollegePg';

/** What the rules need to know about the scenario and the moment. Everything is optional: the defaults are the plain case. */
export type AuthoritySituation = {
  /** The regional scaling model (GRIP by default). */
  readonly scaling?: ScalingModel;
  /** The current regional level (0 by default). */
  readonly grip?: number;
  /** More than one safety region involved: GRIP 5 and the Veiligheidsberaad become possible. */
  readonly crossRegional?: boolean;
  /** Who decides on a DSI request in this scenario (the Minister of JenV by default). */
  readonly dsiApproval?: DsiApprover;
  /** The domain of each place at risk, by id ("publicOrder" when not listed). */
  readonly protection?: Readonly<Record<string, ProtectionDomain>>;
  /** A national NL-Alert is the one in force (its advice is withdrawn nationally). */
  readonly nationalAlert?: boolean;
};

/**
 * When a holder holds the power:
 * - "mayor": while the mayor has the public-order and emergency powers, i.e. below the level the chair leads;
 * - "art39": while the chair of the safety region leads (GRIP 4/5): art. 39 Wet veiligheidsregio's moves those powers to the chair;
 * - "crossRegional": only in a crisis involving more than one safety region;
 * - "dsiRoute": only the office that decides on the DSI request in this scenario.
 */
export type Circumstance = 'mayor' | 'art39' | 'crossRegional' | 'dsiRoute';
export type Holder = { readonly office: Office; readonly only?: Circumstance };

export type Power = {
  /** The row id: the action kind, or kind:variant where one kind has several rows. */
  readonly id: string;
  readonly action: StructureActionKind;
  /** Which concrete actions this row covers; the first matching row of a kind decides. */
  readonly covers?: (action: StructureActionT, situation: AuthoritySituation) => boolean;
  readonly holders: readonly Holder[];
  /** What the power is, in a trainer's words. */
  readonly what: string;
  /** The legal (or handbook) source of the rule. */
  readonly source: string;
  /** Where the law is unclear or the model simplifies: said out loud, with the source. */
  readonly note?: string;
  /** The refusal for an office that holds another row of the same kind but not this one. */
  readonly otherRow?: RefusalCode;
};

const o = (...offices: Office[]): Holder[] => offices.map((office) => ({ office }));
/** Public-order and emergency powers: the mayor's, moving to the chair under GRIP 4/5 (art. 39 Wvr). */
const PUBLIC_ORDER: readonly Holder[] = [
  { office: 'mayor', only: 'mayor' },
  { office: 'chairSafetyRegion', only: 'art39' },
];
const ART39 = 'Wet veiligheidsregio\'s art. 39 (the chair takes over the mayor\'s powers in a crisis of more than local significance, GRIP 4/5)';

/** Offices in the structure that hold information worth sharing; a vital partner receives, it does not distribute. */
const STRUCTURE_OFFICES: readonly Office[] = OFFICES.filter((x) => x !== 'vitalPartner');

const domainOf = (a: StructureActionT, s: AuthoritySituation): ProtectionDomain =>
  a.action === 'protect' ? (s.protection?.[a.target] ?? 'publicOrder') : 'publicOrder';
const levelIs = (...levels: string[]) => (a: StructureActionT) => 'level' in a && levels.includes(String(a.level));

/** The table of powers, one row per rule. Scaling and teams follow below (they depend on the regional model). */
export const POWERS: readonly Power[] = [
  {
    id: 'setThreatLevel',
    action: 'setThreatLevel',
    holders: o('nctv'),
    what: 'Set the threat level (DTN), nationally or for part of the country.',
    source: 'NCTV, Dreigingsbeeld Terrorisme Nederland (nctv.nl); DOMAIN.md §4',
    otherRow: 'threat-level-nctv-only',
  },
  {
    id: 'confirmIncident',
    action: 'confirmIncident',
    holders: o('policeChief', 'chiefPublicProsecutor', 'nctv', 'mayor'),
    what: 'Judge the incident a (possible) terrorist attack.',
    source: 'the driehoek (Politiewet 2012 art. 13) and the NCTV\'s intelligence picture; COT "Een stad in stilte" (2019); DOMAIN.md §3',
  },
  {
    id: 'declareContained',
    action: 'declareContained',
    holders: o('policeChief', 'chiefPublicProsecutor'),
    what: 'Declare the acute threat over (e.g. the arrest).',
    source: 'a police and criminal-law finding (COT 2019, Utrecht: back to level 4 after the arrest); DOMAIN.md §3–§4',
  },
  {
    id: 'startRecovery',
    action: 'startRecovery',
    holders: PUBLIC_ORDER,
    what: 'Move the incident to the recovery phase.',
    source: `Gemeentewet art. 172 (the mayor's public-order duty); ${ART39}; DOMAIN.md §4`,
  },
  {
    id: 'leadInvestigation',
    action: 'leadInvestigation',
    holders: o('chiefPublicProsecutor'),
    what: 'Lead the criminal investigation and speak publicly about the suspect and the investigation.',
    source: 'Wetboek van Strafvordering art. 148 (the officier van justitie leads the investigation); for terrorism the Landelijk Parket; DOMAIN.md §4',
  },
  {
    id: 'requestDsi',
    action: 'requestDsi',
    holders: [{ office: 'chiefPublicProsecutor' }, ...PUBLIC_ORDER],
    what: 'Request the DSI: the competent authority, the public prosecutor for criminal-law enforcement, the mayor for public order.',
    source: `Regeling Dienst speciale interventies (in force 1-1-2023); ${ART39}; DOMAIN.md §4`,
    note: 'Issue 15 of this project says the mayor cannot request the DSI for public order; DOMAIN.md §4 (corrected) says the mayor requests it for public order. The model follows DOMAIN.md; the public-order request passes to the chair under GRIP 4/5 like the mayor\'s other public-order powers (art. 39 Wvr), which the Regeling does not say in so many words.',
  },
  {
    id: 'planDsi',
    action: 'planDsi',
    holders: o('dsiHead'),
    what: 'Draw up the DSI operational plan.',
    source: 'Regeling Dienst speciale interventies art. 7(1) (the head of the DSI draws up the plan)',
  },
  {
    id: 'approveDsi',
    action: 'approveDsi',
    holders: [
      { office: 'ministerJenV', only: 'dsiRoute' },
      { office: 'chairCollegePg', only: 'dsiRoute' },
    ],
    what: 'Approve the DSI operational plan: the Minister of JenV, or the chair of the College van PG where that chair decides on the request (scenario setting dsiApproval).',
    source: 'Regeling Dienst speciale interventies art. 7(3) (route-dependent, not either/or); emergency approval by phone takes minutes; DOMAIN.md §4',
    note: 'Which requests the chair of the College van PG decides on is not in DOMAIN.md\'s sources; the author sets the route per scenario (setting.dsiApproval), the Minister by default.',
    otherRow: 'dsi-approval-route',
  },
  {
    id: 'deployDsi',
    action: 'deployDsi',
    holders: o('dsiHead', 'policeChief', 'chiefPublicProsecutor'),
    what: 'Deploy the DSI once the plan is approved.',
    source: 'Regeling Dienst speciale interventies; DOMAIN.md §4',
    note: 'UNVERIFIED who gives the final go once the plan is approved: the model lets the head of the DSI, the police command and the public prosecutor (the competent authority) do it.',
  },
  {
    id: 'completeDsi',
    action: 'completeDsi',
    holders: o('dsiHead', 'policeChief', 'chiefPublicProsecutor'),
    what: 'Report the DSI deployment done.',
    source: 'Regeling Dienst speciale interventies; DOMAIN.md §4',
    note: 'As for the deployment: UNVERIFIED, the same three offices.',
  },
  {
    id: 'sendNlAlert:national',
    action: 'sendNlAlert',
    covers: (a) => a.action === 'sendNlAlert' && a.national === true,
    holders: o('ministerJenV'),
    what: 'Decide a national NL-Alert; the NCTV/NCC sends it.',
    source: 'rijksoverheid.nl (2024, national NL-Alert); DOMAIN.md §4',
    otherRow: 'nl-alert-national-jenv',
  },
  {
    id: 'sendNlAlert',
    action: 'sendNlAlert',
    holders: PUBLIC_ORDER,
    what: 'Decide a regional NL-Alert (life-threatening situations, a defined area); the meldkamer sends it.',
    source: `${ART39}; DOMAIN.md §4`,
    otherRow: 'nl-alert-regional',
  },
  {
    id: 'withdrawAdvice:national',
    action: 'withdrawAdvice',
    covers: (_a, s) => s.nationalAlert === true,
    holders: o('ministerJenV'),
    what: 'Withdraw the advice of a national NL-Alert.',
    source: 'rijksoverheid.nl (2024, national NL-Alert): whoever decided the alert withdraws its advice; DOMAIN.md §4',
    otherRow: 'nl-alert-national-jenv',
  },
  {
    id: 'withdrawAdvice',
    action: 'withdrawAdvice',
    holders: PUBLIC_ORDER,
    what: 'Withdraw the action advice of a regional NL-Alert.',
    source: `${ART39}; DOMAIN.md §4`,
    otherRow: 'nl-alert-regional',
  },
  {
    id: 'openIac',
    action: 'openIac',
    holders: o('mayor', 'municipalSecretary'),
    what: 'Open the municipal information and advice centre (IAC).',
    source: 'Inspectie JenV (2019), "De voorbereiding op hulpverlening na een terroristische aanslag"; DOMAIN.md §4 aftercare',
    note: 'Aftercare stays a municipal task under GRIP 4/5; art. 39 Wvr moves the public-order and emergency powers, not the care the municipality runs.',
  },
  {
    id: 'outreach',
    action: 'outreach',
    holders: o('mayor', 'municipalSecretary'),
    what: 'Reach out actively to the affected.',
    source: 'Inspectie JenV (2019); DOMAIN.md §4 aftercare',
  },
  {
    id: 'registerVictims',
    action: 'registerVictims',
    holders: o('ghor'),
    what: 'Register victims (feeding the IAC).',
    source: 'GHOR task in the regional crisis plan (Wet veiligheidsregio\'s); DOMAIN.md §4 aftercare',
  },
  {
    id: 'distributeCasualties',
    action: 'distributeCasualties',
    holders: o('ghor'),
    what: 'Spread casualties over the hospitals.',
    source: 'GHOR medical coordination (Wet veiligheidsregio\'s); DOMAIN.md §1 "snelle hulpverlening"',
  },
  {
    id: 'responderAftercare',
    action: 'responderAftercare',
    holders: o('fireService', 'policeChief', 'ghor', 'operationalLeader', 'mayor'),
    what: 'Arrange aftercare for responders: each service for its own people, the operational leader and the mayor for all.',
    source: 'employer\'s duty of care of each service; DOMAIN.md §4 aftercare',
  },
  {
    id: 'protect:rijk',
    action: 'protect',
    covers: (a, s) => domainOf(a, s) === 'rijk',
    holders: o('nctv'),
    what: 'Protect a person, object or service of the rijksdomein.',
    source: 'Bewaken en Beveiligen (nctv.nl): the NCTV is responsible for the system and the rijksdomein; Commissie Bos (2021); DOMAIN.md §4',
    otherRow: 'protect-other-domain',
  },
  {
    id: 'protect:criminalLaw',
    action: 'protect',
    covers: (a, s) => domainOf(a, s) === 'criminalLaw',
    holders: o('chiefPublicProsecutor'),
    what: 'Protect a place of the decentraal domein on criminal-law grounds; the police execute.',
    source: 'Bewaken en Beveiligen (nctv.nl): decentraal domein, the public prosecutor for criminal law; DOMAIN.md §4',
    otherRow: 'protect-other-domain',
  },
  {
    id: 'protect:publicOrder',
    action: 'protect',
    holders: PUBLIC_ORDER,
    what: 'Protect a place of the decentraal domein for public order; the police execute.',
    source: `Bewaken en Beveiligen (nctv.nl): decentraal domein, the mayor for public order; ${ART39}; DOMAIN.md §4`,
    note: 'The police chief executes protection measures but decides none: the immediate measure on the street is police work outside this table.',
    otherRow: 'protect-other-domain',
  },
  {
    id: 'alertPartners:all',
    action: 'alertPartners',
    covers: (a) => a.action === 'alertPartners' && a.sector === 'all',
    holders: o('nctv', 'nccHead'),
    what: 'Alert every vital sector nationwide.',
    source: 'ATb alerting through the crisis structure since 2018 (nctv.nl); DOMAIN.md §4',
    otherRow: 'sector-not-yours',
  },
  {
    id: 'alertPartners:aviation',
    action: 'alertPartners',
    covers: (a) => a.action === 'alertPartners' && a.sector === 'aviation',
    holders: o('nctv', 'nccHead', 'mayor', 'policeChief', 'kmar'),
    what: 'Alert the aviation partners; KMar alerts at the airport.',
    source: 'ATb (nctv.nl); civil aviation security: KMar supervises, the NCTV can alert airports; DOMAIN.md §4',
    otherRow: 'sector-not-yours',
  },
  {
    id: 'alertPartners',
    action: 'alertPartners',
    holders: o('nctv', 'nccHead', 'mayor', 'policeChief'),
    what: 'Alert the vital partners of one sector, with measures advice (the driehoek in its own area).',
    source: 'ATb through the driehoek and the crisis structure, measures advice from Bewaken en Beveiligen (nctv.nl); DOMAIN.md §4',
    otherRow: 'sector-not-yours',
  },
  {
    id: 'shareInformation',
    action: 'shareInformation',
    holders: o(...STRUCTURE_OFFICES),
    what: 'Share the current picture within the structure.',
    source: 'Nationale Contraterrorismestrategie 2022-2026: timely, reliable information sharing within the law; DOMAIN.md §1',
  },
  {
    id: 'removalOrder',
    action: 'removalOrder',
    holders: o('atkm'),
    what: 'Issue a removal order to a hosting provider; the provider must remove the content within one hour of receiving it.',
    source: 'EU Regulation 2021/784 (TCO) art. 3(3); atkm.nl; DOMAIN.md §4',
    note: 'The one-hour rule binds the hosting provider after receiving the order; how fast the ATKM issues one is a scenario target, not a legal hour.',
  },
  {
    id: 'euCrisisProtocol',
    action: 'euCrisisProtocol',
    holders: o('nctv', 'atkm'),
    what: 'Ask for the voluntary EU Crisis Protocol for viral attack content.',
    source: 'EU Crisis Protocol (voluntary); DOMAIN.md §4',
  },
  {
    id: 'requestAssistance:military',
    action: 'requestAssistance',
    covers: (a) => a.action === 'requestAssistance' && a.military === true,
    holders: [{ office: 'chiefPublicProsecutor' }, ...PUBLIC_ORDER],
    what: 'Request military assistance: the competent authority, the mayor for public order or the public prosecutor for criminal law.',
    source: `Politiewet 2012 art. 57-58; ${ART39}; DOMAIN.md §4`,
    otherRow: 'not-your-office',
  },
  {
    id: 'requestAssistance',
    action: 'requestAssistance',
    holders: o('mayor', 'chairSafetyRegion', 'operationalLeader', 'policeChief'),
    what: 'Request bijstand through the LOCC, which is permanent (24/7) and is not convened.',
    source: 'LOCC (nctv.nl); Wet veiligheidsregio\'s (bijstand); DOMAIN.md §2, §4',
  },
  {
    id: 'grantMilitaryAssistance',
    action: 'grantMilitaryAssistance',
    holders: o('ministerJenV'),
    what: 'Make military assistance available, in agreement with the Minister of Defence.',
    source: 'Politiewet 2012 art. 57-58; DOMAIN.md §4',
  },
  {
    id: 'airportMeasure:close',
    action: 'airportMeasure',
    covers: levelIs('close', 'continue'),
    holders: o('airportOperator'),
    what: 'Close the aerodrome, or keep it running: the operator\'s own measure.',
    source: 'DOMAIN.md §4 airports (the aerodrome operator can close its own aerodrome)',
    note: 'Whether a minister can order an aerodrome closed is not in DOMAIN.md\'s sources; the model gives ministers the airspace (restrictAirspace), not the aerodrome.',
    otherRow: 'airport-level-not-yours',
  },
  {
    id: 'airportMeasure:restrict',
    action: 'airportMeasure',
    holders: o('airportOperator', 'kmar', 'nctv'),
    what: 'Restrict operations at the aerodrome: the operator, KMar (border and security at the airport) or the NCTV (can impose civil-aviation security measures).',
    source: 'civil aviation security (nctv.nl): JenV sets the standard, industry executes, KMar supervises, the NCTV can impose measures; DOMAIN.md §4',
    otherRow: 'airport-level-not-yours',
  },
  {
    id: 'airTraffic',
    action: 'airTraffic',
    holders: o('airTrafficControl'),
    what: 'Stop or resume air traffic for flight safety.',
    source: 'Luchtverkeersleiding Nederland (LVNL, under IenW); DOMAIN.md §4 airports',
  },
  {
    id: 'restrictAirspace',
    action: 'restrictAirspace',
    holders: o('ministerIenW'),
    what: 'Restrict or close the airspace, in agreement with Defence; a separate measure from the airport\'s own.',
    source: 'DOMAIN.md §4 airports (airspace restrictions are IenW, with Defence)',
  },
];

/** A team that may be convened: who may convene it (and stand it down), who chairs it, and on what basis. */
export type TeamPower = {
  readonly team: ConvenableTeam;
  readonly conveners: readonly Holder[];
  /** The chair once convened: an office, "convener" (whoever convened it) or null (none of our offices). */
  readonly chair: Office | 'convener' | null;
  readonly source: string;
  readonly note?: string;
};

export const TEAM_POWERS: readonly TeamPower[] = [
  {
    team: 'driehoek',
    conveners: o('mayor', 'chiefPublicProsecutor', 'policeChief'),
    chair: 'mayor',
    source: 'Politiewet 2012 art. 13 (the driehoek of mayor, public prosecutor and police chief); COT 2019; DOMAIN.md §3',
  },
  { team: 'SGBO', conveners: o('policeChief'), chair: 'policeChief', source: 'the police\'s own large-scale staff; DOMAIN.md §3' },
  {
    team: 'beleidsteamDsi',
    conveners: o('nctv'),
    chair: 'nctv',
    source: 'Instellingsregeling Beleidsteam DSI (2009): chaired by the NCTV, with the korpschef and the chair of the College van PG; it advises; DOMAIN.md §4',
  },
  {
    team: 'Veiligheidsberaad',
    conveners: [{ office: 'chairSafetyRegion', only: 'crossRegional' }],
    chair: null,
    source: 'Wet veiligheidsregio\'s (the Veiligheidsberaad of the 25 chairs) and the Nationaal Handboek Crisisbeheersing (2022); DOMAIN.md §3',
    note: 'Only in a crisis that crosses regions (setting.scaling.crossRegional). Its own chair is not one of the offices, so no chair is recorded.',
  },
  { team: 'IAO', conveners: o('nctv', 'nccHead'), chair: 'convener', source: 'Nationaal Handboek Crisisbeheersing (2022); DOMAIN.md §2', note: 'The IAO\'s chair is UNVERIFIED (DOMAIN.md §2): the convener chairs.' },
  { team: 'ICCb', conveners: o('nctv'), chair: 'nctv', source: 'Nationaal Handboek Crisisbeheersing (2022): chaired by the NCTV; DOMAIN.md §2' },
  {
    team: 'MCCb',
    conveners: o('ministerJenV', 'ministerPresident'),
    chair: 'convener',
    source: 'Instellingsbesluit MCCb art. 3 (Staatscourant 2022): any minister may ask; JenV decides in agreement with the Minister-President and chairs unless the MP takes it; DOMAIN.md §2',
    note: 'Another minister asks the Minister of JenV (refusal "mccb-ask-jenv"); the MP convening a sitting MCCb takes the chair.',
  },
  {
    team: 'NKC',
    conveners: o('nctv', 'nkcDirector', 'ministerJenV'),
    chair: 'nkcDirector',
    source: 'Nationaal Handboek Crisisbeheersing (2022): can be activated while authority is still local; DOMAIN.md §2',
  },
  { team: 'DCC', conveners: o('ministerJenV', 'ministerIenW', 'ministerPresident'), chair: 'convener', source: 'each ministry runs its own DCC; DOMAIN.md §2' },
];

const TEAM_BY_ID = new Map(TEAM_POWERS.map((t) => [t.team, t]));
function teamPower(team: ConvenableTeam): TeamPower {
  const t = TEAM_BY_ID.get(team);
  if (!t) throw new Error(`no team power for ${team}`); // every convenable team has a row (tested)
  return t;
}

// ---------------------------------------------------------------- circumstances

/** Art. 39 Wvr applies while the current level is one the chair of the safety region leads (GRIP 4/5). */
export function chairHoldsPowers(situation: AuthoritySituation): boolean {
  return levelOf(situation.scaling ?? GRIP_MODEL, situation.grip ?? 0)?.leaders.includes('chairSafetyRegion') ?? false;
}

function holds(holder: Holder, situation: AuthoritySituation): boolean {
  switch (holder.only) {
    case undefined:
      return true;
    case 'mayor':
      return !chairHoldsPowers(situation);
    case 'art39':
      return chairHoldsPowers(situation);
    case 'crossRegional':
      return situation.crossRegional === true;
    case 'dsiRoute':
      return holder.office === (situation.dsiApproval ?? 'ministerJenV');
  }
}

const ROWS_BY_KIND = new Map<StructureActionKind, Power[]>();
for (const p of POWERS) ROWS_BY_KIND.set(p.action, [...(ROWS_BY_KIND.get(p.action) ?? []), p]);
const rowsOf = (kind: StructureActionKind): readonly Power[] => ROWS_BY_KIND.get(kind) ?? [];

/** The row that decides this concrete action now. */
export function powerFor(action: StructureActionT, situation: AuthoritySituation = {}): Power | undefined {
  return rowsOf(action.action).find((p) => !p.covers || p.covers(action, situation));
}

// ---------------------------------------------------------------- queries

export function teamConveners(team: ConvenableTeam): readonly Office[] {
  return teamPower(team).conveners.map((h) => h.office);
}

/** The chair of a team once convened, given who convened it (§2, §3). */
export function chairOf(team: ConvenableTeam, convener: Office): Office | null {
  const chair = teamPower(team).chair;
  return chair === 'convener' ? convener : chair;
}

const CONVENERS_ANY: readonly Office[] = [...new Set(TEAM_POWERS.flatMap((t) => t.conveners.map((h) => h.office)))];
const HOLDERS_BY_KIND = new Map<StructureActionKind, readonly Office[]>(
  [...ROWS_BY_KIND].map(([kind, rows]) => [kind, [...new Set(rows.flatMap((p) => p.holders.map((h) => h.office)))]]),
);

/** Every office that may take this kind of action in some form and some situation (in the given regional model). */
export function officesForKind(kind: StructureActionKind, model: ScalingModel = GRIP_MODEL): readonly Office[] {
  if (kind === 'scale') return scalingLeaders(model);
  if (kind === 'convene' || kind === 'standDown') return CONVENERS_ANY;
  return HOLDERS_BY_KIND.get(kind) ?? [];
}

/** The offices that may take exactly this action now. */
export function officesFor(action: StructureActionT, situation: AuthoritySituation = {}): readonly Office[] {
  switch (action.action) {
    case 'scale':
      // GRIP 5 needs more than one safety region (§3): with one region involved nobody declares it.
      if (action.level === 5 && (situation.scaling ?? GRIP_MODEL).kind === 'grip' && situation.crossRegional !== true) return [];
      return scalingAuthorisers(situation.scaling ?? GRIP_MODEL, situation.grip ?? 0, action.level);
    case 'convene':
    case 'standDown':
      return teamPower(action.team).conveners.filter((h) => holds(h, situation)).map((h) => h.office);
    default:
      return (powerFor(action, situation)?.holders ?? []).filter((h) => holds(h, situation)).map((h) => h.office);
  }
}

const kindsCache = new Map<ScalingModel, Map<Office, readonly StructureActionKind[]>>();
const ALL_KINDS = [...new Set(POWERS.map((p) => p.action)), 'scale', 'convene', 'standDown'] as StructureActionKind[];

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
  situation: AuthoritySituation = {},
): boolean {
  // The same answer as checkAuthority, without building the refusal: listing what a role may do asks this often.
  return officesFor(action, situation).includes(office) && (!narrowed || narrowed.includes(action.action));
}

/** Why the office may not: the most specific reason the table knows. */
function refusalFor(office: Office, action: StructureActionT, offices: readonly Office[], situation: AuthoritySituation): Refusal {
  const list = offices.join(', ');
  switch (action.action) {
    case 'scale':
      if (!levelOf(situation.scaling ?? GRIP_MODEL, action.level)) return refuse('level-not-in-model', { level: action.level });
      if (action.level === 5 && offices.length === 0 && (situation.scaling ?? GRIP_MODEL).kind === 'grip') return refuse('grip5-needs-regions', { level: 5 });
      return refuse('level-not-yours', { level: action.level, offices: list });
    case 'convene':
    case 'standDown': {
      const own = teamPower(action.team).conveners.find((h) => h.office === office);
      if (own?.only === 'crossRegional') return refuse('needs-cross-regional', { team: action.team });
      if (action.team === 'MCCb' && (office === 'ministerIenW' || office === 'nctv')) return refuse('mccb-ask-jenv', { office });
      return refuse('team-convened-by', { team: action.team, offices: list });
    }
  }
  const row = powerFor(action, situation);
  const own = row?.holders.find((h) => h.office === office);
  if (own?.only === 'mayor') return refuse('power-passed-to-chair', { office, action: action.action });
  if (own?.only === 'art39') return refuse('power-with-mayor', { office, action: action.action });
  if (own?.only === 'dsiRoute') return refuse('dsi-approval-route', { office, approver: situation.dsiApproval ?? 'ministerJenV' });
  if (row?.otherRow && officesForKind(action.action, situation.scaling).includes(office)) {
    return refuse(row.otherRow, { office, action: action.action, offices: list, ...variantParams(action, situation) });
  }
  if (action.action === 'setThreatLevel') return refuse('threat-level-nctv-only', { office });
  return refuse('not-your-office', { office, action: action.action });
}

function variantParams(action: StructureActionT, situation: AuthoritySituation): Record<string, string> {
  switch (action.action) {
    case 'protect':
      return { target: action.target, domain: domainOf(action, situation) };
    case 'alertPartners':
      return { sector: action.sector };
    case 'airportMeasure':
      return { level: action.level };
    default:
      return {};
  }
}

/**
 * Who may publish public messages, and with which voice: the one-voice check (DOMAIN.md §5) compares
 * national (NKC) and regional/local messages. Municipal and police communication and the mayor speak
 * locally, and so does the Openbaar Ministerie about the suspect and the investigation (§4); the
 * safety region regionally; the NKC, NCTV and ministers nationally.
 */
export function publishVoice(office: Office): Voice | null {
  switch (office) {
    case 'municipalCommunication':
    case 'mayor':
    case 'policeCommunication':
    case 'chiefPublicProsecutor':
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
