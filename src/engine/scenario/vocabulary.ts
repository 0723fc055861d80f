// The closed lists the product defines. Scenarios pick from these; they cannot invent offices,
// teams or principles, because the crisis-structure rules and the scoring are written against them.

/** Offices: the real positions whose legal powers the crisis-structure guards encode (DOMAIN.md §2–§4). */
export const OFFICES = [
  'mayor', // burgemeester: public order, GRIP 3, GBT chair, NL-Alert for the municipality, IAC
  'chairSafetyRegion', // voorzitter veiligheidsregio: GRIP 4, RBT chair
  'operationalLeader', // operationeel leider: ROT, GRIP 2
  'copiLeader', // leider CoPI: GRIP 1
  'policeChief', // politiechef of the unit: SGBO, driehoek; executes protection measures
  'chiefPublicProsecutor', // hoofdofficier van justitie (OM): driehoek, leads the criminal investigation, DSI request
  'chairCollegePg', // voorzitter College van procureurs-generaal: approves the DSI plan where the chair decides on the request
  'dsiHead', // hoofd Dienst Speciale Interventies: draws up the DSI operational plan (Regeling DSI art. 7(1))
  'nctv', // Nationaal Coördinator Terrorismebestrijding en Veiligheid: threat level, ICCb chair, IAO, NKC
  'ministerJenV', // Minister van Justitie en Veiligheid: MCCb chair, DSI approval
  'ministerPresident', // Minister-President: may take the MCCb chair
  'ministerIenW', // Minister van Infrastructuur en Waterstaat: civil aviation measures with JenV
  'nkcDirector', // head of the Nationaal Kernteam Crisiscommunicatie: national messages
  'nccHead', // head of the Nationaal CrisisCentrum: runs the national structure, alerts partners
  'ghor', // directeur publieke gezondheid (GHOR): casualty care, hospital distribution, victim registration
  'fireService', // commandant brandweer
  'kmar', // Koninklijke Marechaussee commander at an airport: supervision, security measures
  'airportOperator', // the aerodrome operator: runs the vital process, may restrict or close its own aerodrome
  'airTrafficControl', // Luchtverkeersleiding Nederland (LVNL, under IenW): stops and resumes air traffic for flight safety
  'municipalCommunication', // municipal crisis communication adviser: local public messages
  'regionalCommunication', // safety region communication adviser: regional public messages
  'policeCommunication', // police communication: appeals for witnesses, suspect at large
  'atkm', // Autoriteit online Terroristisch en Kinderpornografisch Materiaal: removal orders (TCO)
  'municipalSecretary', // gemeentesecretaris: aftercare coordination, IAC
  'vitalPartner', // a vital or vulnerable company (ATb partner): takes measures on advice
] as const;
export type Office = (typeof OFFICES)[number];

/** Teams of the regional and national crisis structure (DOMAIN.md §2–§3). */
export const TEAMS = [
  'CoPI',
  'ROT',
  'GBT',
  'RBT',
  'driehoek',
  'SGBO',
  'NCC',
  'beleidsteamDsi',
  'Veiligheidsberaad',
  'IAO',
  'ICCb',
  'MCCb',
  'NKC',
  'LOCC',
  'DCC',
  'external',
] as const;
export type Team = (typeof TEAMS)[number];

/**
 * Teams a command may convene or stand down; the regional teams follow the GRIP level instead, and the
 * NCC and the LOCC are permanent 24/7 centres (DOMAIN.md §2), so nobody convenes them.
 */
export const CONVENABLE_TEAMS = ['driehoek', 'SGBO', 'beleidsteamDsi', 'Veiligheidsberaad', 'IAO', 'ICCb', 'MCCb', 'NKC', 'DCC'] as const;
export type ConvenableTeam = (typeof CONVENABLE_TEAMS)[number];

/**
 * Teams that can take a decision as a body (DOMAIN.md §3: policy teams are decision bodies, not labels):
 * every team of the structure except the permanent centres (NCC, LOCC) and "external".
 */
export const DECIDING_TEAMS = ['CoPI', 'ROT', 'GBT', 'RBT', 'driehoek', 'SGBO', 'beleidsteamDsi', 'Veiligheidsberaad', 'IAO', 'ICCb', 'MCCb', 'NKC', 'DCC'] as const;
export type DecidingTeam = (typeof DECIDING_TEAMS)[number];

export const CHANNELS = [
  'phone',
  'radio',
  'briefing',
  'email',
  'meeting',
  'news',
  'socialMedia',
  'nlAlert',
  'pressConference',
  'intelligence',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const POI_KINDS = [
  'station',
  'hospital',
  'townHall',
  'placeOfWorship',
  'airport',
  'school',
  'policeStation',
  'fireStation',
  'stadium',
  'festivalGround',
  'shoppingCentre',
  'port',
  'powerPlant',
  'commandPost',
  'reception',
  'other',
] as const;
export type PoiKind = (typeof POI_KINDS)[number];

export const AREA_KINDS = ['municipality', 'district', 'zone', 'water', 'park', 'industrial', 'airside', 'other'] as const;

export const UNIT_KINDS = ['police', 'ambulance', 'fire', 'dsi', 'kmar', 'defence', 'municipal', 'counterDrone', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The ring model (ringenmodel) trainers know: the source, the inner cordon around it, the outer cordon. */
export const RINGS = ['source', 'inner', 'outer', 'effect'] as const;
export type Ring = (typeof RINGS)[number];

/** Communication principles after an attack (DOMAIN.md §5). */
export const PRINCIPLES = [
  'perpetratorAttention',
  'factual',
  'timely',
  'actionPerspective',
  'deEscalation',
  'responseResilience',
  'oneVoice',
  'rumourControl',
  'victimRespect',
  'proportionateTone',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** Kinds of public-message building blocks a communication role composes from. */
export const BLOCK_KINDS = ['fact', 'unknown', 'actionAdvice', 'responders', 'resilience', 'calm', 'rebuttal', 'trap'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Deliberate traps an author may plant, each breaking a principle unless its condition allows it. */
export const TRAP_KINDS = [
  'perpetratorName',
  'perpetratorPhoto',
  'manifesto',
  'motiveSpeculation',
  'stigmatising',
  'victimIdentity',
  'unconfirmedClaim',
  'fearAmplifying',
  'glorifying',
] as const;
export type TrapKind = (typeof TRAP_KINDS)[number];

/**
 * The escalating measures whose proportionality is judged (DOMAIN.md §7, "Over-reaction is a failure too"):
 * each taken while its warrant does not hold is an over-reaction. A level-n scaling or threat measure
 * covers taking that level or a higher one.
 */
export const ESCALATING_MEASURES = [
  'grip-3',
  'grip-4',
  'grip-5',
  'threat-national-4',
  'threat-national-5',
  'threat-region-4',
  'threat-region-5',
  'nl-alert',
  'airport-restrict',
  'airport-close',
  'dsi-request',
  'dsi-deploy',
  'convene-ICCb',
  'convene-MCCb',
  'protect',
  'alert-partners',
  'removal-order',
] as const;
export type EscalatingMeasure = (typeof ESCALATING_MEASURES)[number];

/** Which voice a message speaks with: the one-voice check compares national and local messages. */
export const VOICES = ['local', 'regional', 'national'] as const;
export type Voice = (typeof VOICES)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The Voorbereiden objectives (DOMAIN.md §1). */
export const OBJECTIVES = ['VB1', 'VB2'] as const;
export type ObjectiveId = (typeof OBJECTIVES)[number];

/** The criteria of the catalogue (DOMAIN.md §7), C01–C18. */
export const CRITERIA = [
  'C01',
  'C02',
  'C03',
  'C04',
  'C05',
  'C06',
  'C07',
  'C08',
  'C09',
  'C10',
  'C11',
  'C12',
  'C13',
  'C14',
  'C15',
  'C16',
  'C17',
  'C18',
] as const;
export type CriterionId = (typeof CRITERIA)[number];

/** DSI deployment stages: request → operational plan → approval → deployment → done (DOMAIN.md §4). */
export const DSI_STAGES = ['none', 'requested', 'planned', 'approved', 'deployed', 'done'] as const;
export type DsiStage = (typeof DSI_STAGES)[number];

export const INCIDENT_STAGES = ['quiet', 'notified', 'confirmed', 'contained', 'recovery', 'closed'] as const;
export type IncidentStage = (typeof INCIDENT_STAGES)[number];

export const COMMUNICATION_STAGES = ['silent', 'firstMessage', 'updates', 'actionAdvice', 'withdrawn'] as const;
export type CommunicationStage = (typeof COMMUNICATION_STAGES)[number];
