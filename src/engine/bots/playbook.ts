// The doctrine bot's playbook: Dutch doctrine for a terrorist attack (DOMAIN.md §2–§5) written as rules over
// what the role knows at that moment (src/engine/knowledge). It never reads the scoring criteria, the
// author's assessments of options or the actions injects expect: it acts on its knowledge and on doctrine,
// so "doctrine scores well" is a finding about the scenario, not an echo of its answer key. Who may take
// an action is the authority table's business (machines/authority.ts): the playbook proposes, the
// candidates the role may take (session/available.ts) and the reducer decide. Proportionality (DOMAIN.md §7)
// is judged over knowledge too: an escalating measure waits until the role knows its warrant holds (the
// scenario's stated warrant or the law's default, scoring/warrants.ts warrantKnownTo) — a warrant resting on
// an inject that has not reached the role does not hold for it yet. Documented in docs/authoring.md.
import { byField } from '../session/event-index.js';
import { summaryOf } from '../session/summary.js';
import type { Scenario, StructureActionT } from '../scenario/schema.js';
import { warrantKnownTo } from '../scoring/warrants.js';
import type { EngineEvent, ExerciseState } from '../session/types.js';
import { isInformationVariable } from '../knowledge/reveals.js';
import { knownCount, knows, learntAfter } from '../knowledge/store.js';
import { SHARE_TEAMS, sitsIn } from '../knowledge/learn.js';
import { blockOffered, knownThreats } from '../knowledge/offer.js';
import { injectKey, structureKey, variableKey } from '../knowledge/keys.js';

type Sector = Extract<StructureActionT, { action: 'alertPartners' }>['sector'];
type ShareTarget = Extract<StructureActionT, { action: 'shareInformation' }>['with'];

/** The parts of the structure that hear news as it comes in: the national crisis structure and the regional one (with the driehoek). */
export const NEWS_TARGETS: readonly ShareTarget[] = ['NCC', 'regions'];

/**
 * Where a role passes its news on: to the other half of the structure (a regional table up to the NCC, a
 * national one down to the regions); its own half hears it in the teams it sits in. A role in neither, to both.
 */
function passesNewsTo(scenario: Scenario, roleId: string): readonly ShareTarget[] {
  let byRole = newsTargetsKept.get(scenario);
  if (!byRole) newsTargetsKept.set(scenario, (byRole = new Map()));
  let targets = byRole.get(roleId);
  if (!targets) {
    const role = scenario.roles.find((r) => r.id === roleId);
    targets = role ? NEWS_TARGETS.filter((t) => !SHARE_TEAMS[t].some((team) => sitsIn(role, team, null))) : [];
    byRole.set(roleId, targets);
  }
  return targets;
}

/** passesNewsTo per scenario and role: the roles' seats never change. */
const newsTargetsKept = new WeakMap<Scenario, Map<string, readonly ShareTarget[]>>();

/**
 * Whether the role has news for this part of the structure: something reached it first-hand (an inject
 * delivered to it taught it something) since it last shared its picture there, or ever if it never did.
 * Doctrine keeps one picture (LCMS): what reaches one table is passed on, not kept until someone asks.
 */
export function newsToShare(scenario: Scenario, state: ExerciseState, roleId: string, target: ShareTarget): boolean {
  if (!passesNewsTo(scenario, roleId).includes(target)) return false;
  // This role's structure changes through the events' index by role, newest first; then its knowledge from the newest
  // entry back to that share (neither list copied: this is asked for every share measure of every doctrine turn).
  const mine = state.events.positionsWhere(byField('structureChanged', 'role'), roleId);
  let since = -1;
  for (let i = mine.length - 1; i >= 0 && since < 0; i--) {
    const e = state.events.at(mine[i] as number) as EngineEvent;
    const a = e.data.action as StructureActionT;
    if (a.action === 'shareInformation' && a.with === target) since = e.seq;
  }
  return learntAfter(state, roleId, since, (entry) => state.events.at(entry.event)?.kind === 'injectDelivered');
}

/** One rule: when it applies to what the role knows, the measures it calls for (first the role may take wins). */
export interface Rule {
  readonly id: string;
  readonly applies: (s: Situation) => boolean;
  readonly measures: (s: Situation) => readonly (readonly StructureActionT[])[];
}

/** What the role knows now, in the terms the rules use. */
export interface Situation {
  readonly scenario: Scenario;
  readonly state: ExerciseState;
  readonly role: string;
  /** The role has been told of the incident (any inject reached it after the first notification). */
  readonly knowsIncident: boolean;
  /** The role knows casualty or injured figures. */
  readonly knowsCasualties: boolean;
  /** Municipalities the role knows to be affected: the incident's and those of areas marked affected. */
  readonly municipalities: number;
  readonly knowsStructure: (action: StructureActionT) => boolean;
}

/** What situationOf reads of the scenario alone, read once per scenario. */
interface ScenarioFacts {
  readonly first: Scenario['injects'][number] | undefined;
  readonly info: readonly Scenario['variables'][number][];
  readonly municipalityOf: ReadonlyMap<string, string | undefined>;
  readonly home: string | undefined;
}
const factsKept = new WeakMap<Scenario, ScenarioFacts>();

function scenarioFacts(scenario: Scenario): ScenarioFacts {
  let facts = factsKept.get(scenario);
  if (!facts) {
    const incident = scenario.picture.incidentAt;
    facts = {
      first: scenario.injects.find((i) => i.firstNotification),
      info: scenario.variables.filter((v) => isInformationVariable(v)),
      municipalityOf: new Map(scenario.setting.map.areas.map((a) => [a.id, a.municipality])),
      home: incident ? scenario.setting.map.pointsOfInterest.find((p) => p.at[0] === incident[0] && p.at[1] === incident[1])?.municipality : undefined,
    };
    factsKept.set(scenario, facts);
  }
  return facts;
}

function situationOf(scenario: Scenario, state: ExerciseState, role: string): Situation {
  const { first, info, municipalityOf, home } = scenarioFacts(scenario);
  const knowsIncident = state.notifiedAt !== null && (learntAfter(state, role, Number.NEGATIVE_INFINITY, (e) => e.key.startsWith('inject:')) || (first !== undefined && knows(state, role, injectKey(first.id))));
  const knowsCasualties = info.some((v) => knows(state, role, variableKey(v.id)));
  // The affected areas are public on the board; the incident's place is in the first notification.
  const affected = new Set(state.board.affectedAreas.map((a) => municipalityOf.get(a)).filter((m) => m !== undefined));
  if (home !== undefined) affected.add(home);
  return { scenario, state, role, knowsIncident, knowsCasualties, municipalities: affected.size, knowsStructure: (a) => knows(state, role, structureKey(a)) };
}

const one = (a: StructureActionT): readonly StructureActionT[] => [a];

/** The GRIP level doctrine calls for on what the role knows: 3, or 4 once the incident reaches beyond one municipality. */
export function doctrineGrip(scenario: Scenario, state: ExerciseState, role: string): number {
  return situationOf(scenario, state, role).municipalities > 1 ? 4 : 3;
}

/** Sectors to alert for what is threatened: the incident's kind of place and the places known at risk. */
const SECTOR_OF_PLACE: Readonly<Partial<Record<string, Sector>>> = {
  station: 'transport',
  airport: 'aviation',
  port: 'transport',
  festivalGround: 'events',
  stadium: 'events',
  placeOfWorship: 'worship',
  hospital: 'health',
  powerPlant: 'energy',
};

function sectorsAtRisk(s: Situation): Sector[] {
  const pois = new Map(s.scenario.setting.map.pointsOfInterest.map((p) => [p.id, p]));
  const incident = s.scenario.picture.incidentAt;
  const kinds = s.scenario.setting.map.pointsOfInterest.filter((p) => incident && p.at[0] === incident[0] && p.at[1] === incident[1]).map((p) => p.kind as string);
  for (const place of knownThreats(s.scenario, s.state, s.role)) {
    const kind = pois.get(place.poi)?.kind;
    if (kind) kinds.push(kind);
  }
  const sectors = new Set<Sector>();
  for (const k of kinds) {
    const sector = SECTOR_OF_PLACE[k];
    if (sector) sectors.add(sector);
  }
  return [...sectors];
}

/**
 * The rules, in the order doctrine takes them. Each is the book's answer to what the role knows, never to
 * what the scenario scores.
 */
export const DOCTRINE_RULES: readonly Rule[] = [
  {
    // COT on Utrecht 2019: a terrorist attack calls for GRIP 3 and the driehoek in parallel, at once;
    // GRIP 4 when it reaches beyond one municipality.
    id: 'scale-and-driehoek',
    applies: (s) => s.knowsIncident,
    measures: (s) => {
      const level = s.municipalities > 1 ? 4 : 3;
      return summaryOf(s.state).grip >= level ? [one({ action: 'convene', team: 'driehoek' })] : [one({ action: 'scale', level }), one({ action: 'convene', team: 'driehoek' })];
    },
  },
  {
    // The police lead the search in their own staff; nationally the NCTV convenes the ICCb and the NKC
    // carries the national communication line; the MCCb once the ICCb is sitting.
    id: 'staffs',
    applies: (s) => s.knowsIncident,
    measures: (s) => [
      one({ action: 'convene', team: 'SGBO' }),
      one({ action: 'convene', team: 'ICCb' }),
      one({ action: 'convene', team: 'NKC' }),
      ...(s.knowsStructure({ action: 'convene', team: 'ICCb' }) ? [one({ action: 'convene', team: 'MCCb' })] : []),
    ],
  },
  {
    // One picture for the whole structure: share it up, down and across once the incident is known; after that
    // each table passes on its news to the other half (newsToShare: the NCTV's assessment down to the regions,
    // the RBT's agenda up to the NCC).
    id: 'share-picture',
    applies: (s) => s.knowsIncident,
    measures: () => [one({ action: 'shareInformation', with: 'NCC' }), one({ action: 'shareInformation', with: 'regions' }), one({ action: 'shareInformation', with: 'driehoek' })],
  },
  {
    // Bewaken en beveiligen: protect every place whose threat has reached the role.
    id: 'protect-known-threats',
    applies: (s) => knownThreats(s.scenario, s.state, s.role).length > 0,
    measures: (s) => knownThreats(s.scenario, s.state, s.role).map((a) => one({ action: 'protect', target: a.id })),
  },
  {
    // Vital and vulnerable partners of the sectors at risk get advice on measures, and the picture, through the structure.
    id: 'alert-partners',
    applies: (s) => s.knowsIncident,
    measures: (s) => {
      const sectors = sectorsAtRisk(s);
      return [...sectors.map((sector) => one({ action: 'alertPartners', sector })), ...(sectors.length > 0 ? [one({ action: 'shareInformation', with: 'vitalSectors' })] : [])];
    },
  },
  {
    // With casualties: spread them over the hospitals and start aftercare at once (IAC, registration,
    // outreach, the responders' own aftercare).
    id: 'casualties-and-aftercare',
    applies: (s) => s.knowsCasualties,
    measures: () => [
      one({ action: 'distributeCasualties' }),
      one({ action: 'openIac' }),
      one({ action: 'registerVictims' }),
      one({ action: 'outreach' }),
      one({ action: 'responderAftercare' }),
    ],
  },
  {
    // A DSI deployment, once requested, is carried through: plan, approval, deployment.
    id: 'dsi-through',
    applies: (s) => s.knowsStructure({ action: 'requestDsi' }),
    measures: (s) => [
      one({ action: 'planDsi' }),
      ...(s.knowsStructure({ action: 'planDsi' }) ? [one({ action: 'approveDsi' })] : []),
      ...(s.knowsStructure({ action: 'approveDsi' }) ? [one({ action: 'deployDsi' })] : []),
    ],
  },
  {
    // An action perspective where people must act: an NL-Alert to the area a complete advice names, once
    // the role knows enough to be offered that advice.
    id: 'nl-alert',
    applies: (s) => s.knowsIncident,
    measures: (s) =>
      s.scenario.communication.blocks
        .filter((b) => b.kind === 'actionAdvice' && b.what !== undefined && b.where !== undefined && b.until !== undefined && b.needs.length > 0)
        .filter((b) => blockOffered(s.scenario, s.state, s.role, b))
        .map((b) => one({ action: 'sendNlAlert', area: b.where ?? '', advice: b.id })),
  },
  {
    // Attack content online: a removal order within the hour, and the EU Crisis Protocol for viral content.
    id: 'online-content',
    applies: (s) => s.knowsIncident,
    measures: () => [one({ action: 'removalOrder' }), one({ action: 'euCrisisProtocol' })],
  },
];

/** Every measure doctrine would have this role take now, in rule order. */
export function doctrineMeasures(scenario: Scenario, state: ExerciseState, role: string): (readonly StructureActionT[])[] {
  // Proportionate play (DOMAIN.md §7): an escalating measure waits until the role knows its warrant holds.
  return doctrineCandidates(scenario, state, role).filter((m) => warrantKnown(scenario, state, role, m));
}

/** Whether the role knows the warrant of one of the measure's actions holds now: doctrineMeasures' filter. */
export function warrantKnown(scenario: Scenario, state: ExerciseState, role: string, measure: readonly StructureActionT[]): boolean {
  return measure.some((a) => warrantKnownTo(scenario, state, role, a));
}

// The rules read the role's knowledge, the first notification's minute, the areas marked affected and the GRIP
// level, and nothing else of the state. Each role's last answer is kept per knowledge storage with what it was
// read from (see session/available.ts ByKnowledge for why a storage and a role's entry count name what the role
// knows): a role's next turn often finds none of it changed.
interface KeptMeasures {
  readonly count: number;
  readonly notifiedAt: number;
  readonly grip: number;
  readonly affected: readonly string[];
  readonly measures: readonly (readonly StructureActionT[])[];
}
const candidatesKept = new WeakMap<object, Map<string, KeptMeasures>>();

const sameList = (a: readonly string[], b: readonly string[]): boolean => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * The measures doctrine's rules call for now, in rule order, before proportionality (doctrineMeasures without
 * its warrant filter; shared arrays: never change them). The doctrine bot asks the warrant only of the measures
 * it has not yet taken.
 */
export function doctrineCandidates(scenario: Scenario, state: ExerciseState, role: string): readonly (readonly StructureActionT[])[] {
  const notifiedAt = state.notifiedAt;
  if (notifiedAt === null) return [];
  let kept = candidatesKept.get(state.knowledge.storage);
  if (!kept) candidatesKept.set(state.knowledge.storage, (kept = new Map()));
  const count = knownCount(state, role);
  const grip = summaryOf(state).grip;
  const affected = state.board.affectedAreas;
  const last = kept.get(role);
  if (last && last.count === count && last.notifiedAt === notifiedAt && last.grip === grip && sameList(last.affected, affected)) return last.measures;
  const s = situationOf(scenario, state, role);
  const measures = DOCTRINE_RULES.filter((r) => r.applies(s)).flatMap((r) => [...r.measures(s)]);
  kept.set(role, { count, notifiedAt, grip, affected, measures });
  return measures;
}
