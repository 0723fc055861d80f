// The closed lists a scenario picks from, with a short gloss per value for authors. The values come from
// vocabulary.ts and the schema; the glosses are typed by those values, so a value added to a list without
// a gloss is a compile error here rather than a silent gap in the reference.
import { CRITERION_CATALOGUE, CRITERION_PARAMETERS, OBJECTIVE_CATALOGUE, themeById } from '../strategy/index.js';
import { anchorOf } from './format-model.js';
import { STRUCTURE_ACTION_KINDS } from './schema.js';
import {
  AREA_KINDS,
  BLOCK_KINDS,
  CHANNELS,
  CONVENABLE_TEAMS,
  DSI_STAGES,
  LANGUAGES,
  OFFICES,
  POI_KINDS,
  PRINCIPLES,
  RINGS,
  TEAMS,
  TRAP_KINDS,
  UNIT_KINDS,
  VOICES,
  type BlockKind,
  type Office,
  type Principle,
  type Team,
  type TrapKind,
} from './vocabulary.js';

export interface ListEntry {
  readonly value: string;
  readonly gloss?: string;
}

export interface ClosedListDoc {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly values: readonly string[];
  readonly entries: readonly ListEntry[];
}

const OFFICE_GLOSS: Readonly<Record<Office, string>> = {
  mayor: 'Burgemeester: public order, GRIP 3, chairs the GBT, NL-Alert for the municipality, the IAC.',
  chairSafetyRegion: 'Voorzitter veiligheidsregio: GRIP 4, chairs the RBT.',
  operationalLeader: 'Operationeel leider: leads the ROT at GRIP 2.',
  copiLeader: 'Leider CoPI: leads the on-scene command team at GRIP 1.',
  policeChief: 'Politiechef of the unit: the SGBO, the driehoek; executes protection measures.',
  chiefPublicProsecutor: 'Hoofdofficier van justitie (Openbaar Ministerie): the driehoek, leads the criminal investigation and speaks about it, DSI request for criminal law.',
  chairCollegePg: 'Voorzitter College van procureurs-generaal: approves the DSI plan where the chair decides on the request.',
  dsiHead: 'Hoofd Dienst Speciale Interventies: draws up the DSI operational plan (Regeling DSI art. 7(1)).',
  nctv: 'Nationaal Coördinator Terrorismebestrijding en Veiligheid: threat level, chairs the ICCb, the IAO, the NKC.',
  ministerJenV: 'Minister van Justitie en Veiligheid: chairs the MCCb, approves the DSI plan (by default), decides a national NL-Alert, military assistance with Defence.',
  ministerPresident: 'Minister-President: may take the MCCb chair.',
  ministerIenW: 'Minister van Infrastructuur en Waterstaat: airspace restrictions, with Defence.',
  nkcDirector: 'Head of the Nationaal Kernteam Crisiscommunicatie: national messages.',
  nccHead: 'Head of the Nationaal CrisisCentrum: runs the national structure, alerts partners.',
  ghor: 'GHOR (geneeskundige hulpverlening bij ongevallen en rampen): casualty care, hospital distribution, victim registration.',
  fireService: 'Commandant brandweer.',
  kmar: 'Koninklijke Marechaussee commander at an airport: supervision, security measures.',
  airportOperator: 'The aerodrome operator: runs the vital process; restricts or closes its own aerodrome.',
  airTrafficControl: 'Luchtverkeersleiding Nederland (LVNL, under IenW): stops and resumes air traffic for flight safety.',
  municipalCommunication: 'Municipal crisis communication adviser: local public messages.',
  regionalCommunication: 'Safety-region communication adviser: regional public messages.',
  policeCommunication: 'Police communication: appeals for witnesses, a suspect at large.',
  atkm: 'Autoriteit online Terroristisch en Kinderpornografisch Materiaal: removal orders (TCO).',
  municipalSecretary: 'Gemeentesecretaris: aftercare coordination, the IAC.',
  vitalPartner: 'A vital or vulnerable company (ATb partner): takes measures on advice.',
};

const TEAM_GLOSS: Readonly<Record<Team, string>> = {
  CoPI: 'Commando Plaats Incident: the on-scene command team (GRIP 1 and up).',
  ROT: 'Regionaal Operationeel Team (GRIP 2 and up).',
  GBT: 'Gemeentelijk Beleidsteam, chaired by the mayor (GRIP 3).',
  RBT: 'Regionaal Beleidsteam, chaired by the chair of the safety region (GRIP 4).',
  driehoek: 'Mayor, chief public prosecutor and police chief.',
  SGBO: 'Staf Grootschalig en Bijzonder Optreden: the police staff for a large or special operation.',
  NCC: 'Nationaal CrisisCentrum: always on; the single point of contact of the national structure.',
  beleidsteamDsi: 'Beleidsteam DSI: chaired by the NCTV, with the korpschef and the chair of the College van PG; advises on a DSI deployment.',
  Veiligheidsberaad: 'Veiligheidsberaad: the 25 chairs of the safety regions; plays a part in crises that cross regions.',
  IAO: 'Interdepartementaal Afstemmingsoverleg: officials; shared picture, prepares ICCb and MCCb.',
  ICCb: 'Interdepartementale Commissie Crisisbeheersing: directors-general, chaired by the NCTV.',
  MCCb: 'Ministeriële Commissie Crisisbeheersing: ministers, chaired by JenV unless the Minister-President takes it.',
  NKC: 'Nationaal Kernteam Crisiscommunicatie: national communication strategy and key messages.',
  LOCC: 'Landelijk Operationeel Coördinatiecentrum: permanent (24/7); national operational picture; bijstand is requested through it.',
  DCC: 'Departementaal Coördinatiecentrum: measures within one ministry.',
  external: 'Outside the crisis structure (a company, an airport operator, a partner).',
};

const PRINCIPLE_GLOSS: Readonly<Record<Principle, string>> = {
  perpetratorAttention:
    'Minimal perpetrator attention: no name, photo, manifesto or glorifying detail; naming only while a suspect is at large and the police ask for it.',
  factual: 'Transparent, traceable facts: every claim tied to a confirmed fact; unknowns said to be unknown; no speculation on motive.',
  timely: 'Timely: a first public message soon after the notification (the scenario sets the target).',
  actionPerspective: 'Action perspective: every protective instruction says what, where and until when.',
  deEscalation: 'De-escalation: no language that stigmatises a group; calls for calm; reprisal risks addressed.',
  responseResilience: "Show response and resilience: the responders' work and society's resilience made visible.",
  oneVoice: 'One voice: national (NKC) and local messages do not contradict each other in timing or content.',
  rumourControl: 'Rumour control: rumours rebutted with facts, quickly.',
  victimRespect: 'Respect for victims and families: no victim identities before families are informed.',
  proportionateTone: 'Proportionate tone: no over-reaction that amplifies fear.',
};

const BLOCK_GLOSS: Readonly<Record<BlockKind, string>> = {
  fact: 'A fact; it may be published once confirmed (at `confirmedAt` or by a `confirmFact` effect).',
  unknown: 'Says plainly what is not yet known.',
  actionAdvice: 'A protective instruction: `what`, `where` (a map area) and `until`.',
  responders: "Makes the responders' work visible.",
  resilience: "Makes society's resilience visible.",
  calm: 'Calls for calm.',
  rebuttal: 'Rebuts a rumour (name it in `rebuts`).',
  trap: 'A tempting block that breaks a principle (`trap` says which kind) unless `allowedWhen` holds.',
};

const TRAP_GLOSS: Readonly<Record<TrapKind, string>> = {
  perpetratorName: "The perpetrator's name.",
  perpetratorPhoto: "The perpetrator's photo.",
  manifesto: 'Quotes from or a link to a manifesto.',
  motiveSpeculation: 'Speculation on the motive.',
  stigmatising: 'Wording that stigmatises a group.',
  victimIdentity: 'Victim identities before families are informed.',
  unconfirmedClaim: 'A claim not (yet) confirmed.',
  fearAmplifying: 'Wording that amplifies fear.',
  glorifying: 'Wording that glorifies the attack or the perpetrator.',
};

const entries = (values: readonly string[], gloss?: Readonly<Record<string, string>>): ListEntry[] =>
  values.map((value) => (gloss?.[value] !== undefined ? { value, gloss: gloss[value] } : { value }));

function list(id: string, title: string, intro: string, values: readonly string[], gloss?: Readonly<Record<string, string>>): ClosedListDoc {
  return { id, title, intro, values, entries: entries(values, gloss) };
}

function criteriaList(): ClosedListDoc {
  const values = CRITERION_CATALOGUE.map((c) => c.id);
  const gloss = Object.fromEntries(
    CRITERION_CATALOGUE.map((c) => {
      const reads = CRITERION_PARAMETERS.filter((p) => c.parameters[p] !== undefined).map((p) => `\`${p}\``);
      const objective = c.objectiveFromScenario ? `${c.objective} by default (\`objective\` may say otherwise)` : c.objective;
      const parameters = reads.length > 0 ? `Reads ${reads.join(', ')}.` : 'Reads no parameters besides `weight`.';
      return [c.id, `**${c.title.en}** (${c.title.nl}). ${objective}; theme ${themeById(c.theme).name.en.toLowerCase()}. ${parameters}`];
    }),
  );
  return list(
    'criteria',
    'Criteria',
    'The criteria catalogue; `scoring.criteria` picks from it and sets the parameters each one reads. ' +
      '[criteria.md](criteria.md) says how each is measured and what its parameters mean.',
    values,
    gloss,
  );
}

function objectivesList(): ClosedListDoc {
  const values = OBJECTIVE_CATALOGUE.map((o) => o.id);
  const gloss = Object.fromEntries(OBJECTIVE_CATALOGUE.map((o) => [o.id, `${o.name.en} (${o.name.nl}).`]));
  return list('objectives', 'Objectives', 'The Voorbereiden objectives of the strategy this product trains.', values, gloss);
}

/** Every closed list of the format, in the order the reference shows them. */
export function closedLists(): ClosedListDoc[] {
  return [
    list('offices', 'Offices', "A role's office decides which crisis-structure actions it may take.", OFFICES, OFFICE_GLOSS),
    list('teams', 'Teams', 'Teams of the regional and national crisis structure; a role sits in one.', TEAMS, TEAM_GLOSS),
    list(
      'convenable-teams',
      'Convenable teams',
      'Teams a `convene` or `standDown` action names; the regional teams (CoPI, ROT, GBT, RBT) follow the GRIP level instead.',
      CONVENABLE_TEAMS,
      TEAM_GLOSS,
    ),
    list('channels', 'Channels', 'How an inject reaches its receivers.', CHANNELS),
    list('poi-kinds', 'Point-of-interest kinds', 'What sort of place a point of interest is; the board draws its icon.', POI_KINDS),
    list('area-kinds', 'Area kinds', 'What sort of area a map area is.', AREA_KINDS),
    list('unit-kinds', 'Unit kinds', 'What sort of unit stands on the board.', UNIT_KINDS),
    list('rings', 'Rings', 'The ring model: the source, the inner cordon, the outer cordon, the effect area.', RINGS),
    list('principles', 'Principles', 'Communication principles after an attack (DOMAIN.md §5); blocks serve or break them.', PRINCIPLES, PRINCIPLE_GLOSS),
    list('block-kinds', 'Block kinds', 'Kinds of public-message building blocks.', BLOCK_KINDS, BLOCK_GLOSS),
    list('trap-kinds', 'Trap kinds', 'Deliberate traps an author may plant in a `trap` block.', TRAP_KINDS, TRAP_GLOSS),
    list('voices', 'Voices', 'Which voice a message speaks with; the one-voice check compares national and local messages.', VOICES),
    list('languages', 'Languages', 'Languages a scenario is written in.', LANGUAGES),
    list('dsi-stages', 'DSI stages', 'Stages of a DSI deployment: request, operational plan, approval, deployment, done.', DSI_STAGES),
    list(
      'structure-action-kinds',
      'Structure action kinds',
      'The crisis-structure actions; `roles[].authority` and the `structureAction` condition name them.',
      STRUCTURE_ACTION_KINDS,
      Object.fromEntries(STRUCTURE_ACTION_KINDS.map((kind) => [kind, `See [\`${kind}\`](#${anchorOf(`StructureAction(${kind})`)}).`])),
    ),
    objectivesList(),
    criteriaList(),
  ];
}
