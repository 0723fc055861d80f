// availableCommands: the single source of what an actor may do now. Buttons, bots and fuzzers all use
// it, so it only lists commands applyCommand would accept (each candidate is checked by the reducer itself).
import { mayTake } from '../machines/authority.js';
import { situationOf } from '../machines/structure.js';
import { STRUCTURE_ACTION_KINDS, type Block, type Role, type Scenario, type StructureActionT } from '../scenario/schema.js';
import { CONVENABLE_TEAMS } from '../scenario/vocabulary.js';
import { AIR_TRAFFIC_LEVELS, AIRPORT_ACTIONS, AIRPORT_LEVELS, AIRSPACE_LEVELS, ALERT_SECTORS, hasAirport, SHARE_TARGETS } from '../scenario/action-keys.js';
import { accepts } from './apply.js';
import { flowStep } from '../machines/flow.js';
import { undoTarget } from './rebuild.js';
import type { Actor, Command, CommandBody, ExerciseState } from './types.js';
import { indexOf } from './lookup.js';
import { currentModuleIndex, nextModule } from '../discussion/modules.js';
import { blockOffered, knownThreats } from '../knowledge/offer.js';
import { knownCount } from '../knowledge/store.js';
import { publishVoice } from '../machines/authority.js';


/**
 * Every concrete structure action the scenario makes possible (areas, advice blocks, places at risk), and
 * only where the scenario makes it relevant: no airport measure without an airport, no protection without
 * a place at risk, no Veiligheidsberaad or GRIP 5 in a crisis of one region.
 */
export function structureCandidates(scenario: Scenario): StructureActionT[] {
  const advice = scenario.communication.blocks.filter((b) => b.kind === 'actionAdvice');
  const airport = hasAirport(scenario);
  const out: StructureActionT[] = [];
  for (const kind of STRUCTURE_ACTION_KINDS) {
    if (!airport && AIRPORT_ACTIONS.includes(kind)) continue;
    switch (kind) {
      case 'scale':
        for (let level = 0; level <= 5; level++) out.push({ action: 'scale', level });
        break;
      case 'convene':
      case 'standDown':
        for (const team of CONVENABLE_TEAMS) out.push({ action: kind, team });
        break;
      case 'setThreatLevel':
        for (let level = 1; level <= 5; level++) for (const scope of ['national', 'region'] as const) out.push({ action: kind, level, scope });
        break;
      case 'sendNlAlert':
        for (const b of advice) {
          const area = b.where ?? scenario.setting.map.areas[0]?.id ?? '';
          out.push({ action: kind, area, advice: b.id }, { action: kind, area, advice: b.id, national: true });
        }
        break;
      case 'requestAssistance':
        out.push({ action: kind }, { action: kind, military: true });
        break;
      case 'protect':
        for (const t of scenario.picture.atRisk) out.push({ action: kind, target: t.id });
        break;
      case 'alertPartners':
        for (const sector of ALERT_SECTORS) out.push({ action: kind, sector });
        break;
      case 'shareInformation':
        for (const w of SHARE_TARGETS) out.push({ action: kind, with: w });
        break;
      case 'airportMeasure':
        for (const level of AIRPORT_LEVELS) out.push({ action: kind, level });
        break;
      case 'airTraffic':
        for (const level of AIR_TRAFFIC_LEVELS) out.push({ action: kind, level });
        break;
      case 'restrictAirspace':
        for (const level of AIRSPACE_LEVELS) out.push({ action: kind, level });
        break;
      default:
        out.push({ action: kind } as StructureActionT);
    }
  }
  return out;
}

const candidateCache = new WeakMap<Scenario, StructureActionT[]>();

// What a role may take depends on the scenario, the role, and of the structure only on the scaling model,
// the GRIP level and whether a national NL-Alert is in force (situationOf): these change a few times an
// exercise, while the bots and the buttons ask after every command.
const allowedCache = new WeakMap<Scenario, WeakMap<object, Map<string, readonly StructureActionT[]>>>();

// The answer is also kept with the structure object itself (a state's structure is a new object only when a
// structure action or the first report changes it), so the situation is not read again on every ask.
const allowedByStructure = new WeakMap<Scenario, WeakMap<object, Map<string, readonly StructureActionT[]>>>();

function allowedActions(scenario: Scenario, state: ExerciseState, role: Role): readonly StructureActionT[] {
  let byStructure = allowedByStructure.get(scenario);
  if (!byStructure) allowedByStructure.set(scenario, (byStructure = new WeakMap()));
  let byRole = byStructure.get(state.structure);
  if (!byRole) byStructure.set(state.structure, (byRole = new Map()));
  let allowed = byRole.get(role.id);
  if (!allowed) byRole.set(role.id, (allowed = allowedInSituation(scenario, state, role)));
  return allowed;
}

function allowedInSituation(scenario: Scenario, state: ExerciseState, role: Role): readonly StructureActionT[] {
  const situation = situationOf(scenario, state.structure);
  let byModel = allowedCache.get(scenario);
  if (!byModel) allowedCache.set(scenario, (byModel = new WeakMap()));
  const model = (situation.scaling ?? scenario) as object;
  let byKey = byModel.get(model);
  if (!byKey) byModel.set(model, (byKey = new Map()));
  const key = `${role.id}\u0000${String(situation.grip)}\u0000${String(situation.nationalAlert)}`;
  let allowed = byKey.get(key);
  if (!allowed) {
    let structure = candidateCache.get(scenario);
    if (!structure) candidateCache.set(scenario, (structure = structureCandidates(scenario)));
    allowed = structure.filter((a) => mayTake(role.office, a, role.authority, situation));
    byKey.set(key, allowed);
  }
  return allowed;
}

/** Answers read from a role's knowledge alone, per knowledge storage, by role and how many entries of it it holds. */
class ByKnowledge<T> {
  private readonly memo = new WeakMap<object, Map<string, T>>();

  get(state: ExerciseState, roleId: string, make: () => T, extra = ''): T {
    let byRole = this.memo.get(state.knowledge.storage);
    if (!byRole) this.memo.set(state.knowledge.storage, (byRole = new Map()));
    const key = `${roleId}\u0000${String(knownCount(state, roleId))}${extra}`;
    let out = byRole.get(key);
    if (out === undefined) byRole.set(key, (out = make()));
    return out;
  }
}

// What the role could take knowingly depends, besides the allowed actions, only on what the role knows (the
// threats that reached it, the advice its composer offers), so it is kept per allowed list and knowledge.
const knowingCache = new WeakMap<readonly StructureActionT[], ByKnowledge<readonly StructureActionT[]>>();

/** The structure actions a role may take now and could take knowingly (roleCandidates' structure commands). */
function knowingStructureActions(scenario: Scenario, state: ExerciseState, r: Role): readonly StructureActionT[] {
  const allowed = allowedActions(scenario, state, r);
  let memo = knowingCache.get(allowed);
  if (!memo) knowingCache.set(allowed, (memo = new ByKnowledge()));
  return memo.get(state, r.id, () => {
    const idx = indexOf(scenario);
    const threats = new Set(knownThreats(scenario, state, r.id).map((a) => a.id));
    const offered = (id: string) => {
      const b = idx.blocks.get(id);
      return b !== undefined && blockOffered(scenario, state, r.id, b);
    };
    const out: StructureActionT[] = [];
    for (const a of allowed) {
      if (a.action === 'protect' && !threats.has(a.target)) continue;
      if (a.action === 'sendNlAlert' && !offered(a.advice)) continue;
      out.push(a);
    }
    return out;
  });
}

/**
 * The structure actions among candidateCommands for this actor now, without building the rest of its
 * candidates (decisions, publishable blocks, board actions): the doctrine bot asks this once per turn.
 */
export function candidateStructureActions(scenario: Scenario, state: ExerciseState, actor: Actor): readonly StructureActionT[] {
  if (actor.kind === 'trainer' || actor.kind === 'evaluator' || state.phase !== 'decide') return [];
  const r = indexOf(scenario).roles.get(actor.role);
  return r ? knowingStructureActions(scenario, state, r) : [];
}

// The bodies of a role's candidates are built once and shared: what changes between two asks is which of
// them are listed, read from records that are copied only when written (the decisions) or from the role's
// knowledge (see ByKnowledge), so each part of the list is kept with what it was read from.
const structureBodies = new WeakMap<StructureActionT, CommandBody>();
const decisionBodies = new WeakMap<ExerciseState['decisions'], Map<string, readonly CommandBody[]>>();
const publishBodies = new WeakMap<Scenario, ByKnowledge<readonly CommandBody[]>>();
const boardBodies = new WeakMap<Scenario, Map<string, readonly CommandBody[]>>();
const END_TURN: CommandBody = { type: 'endTurn' };

function structureBody(a: StructureActionT): CommandBody {
  let body = structureBodies.get(a);
  if (!body) structureBodies.set(a, (body = { type: 'structure', action: a }));
  return body;
}

/** The role's open decisions' options, in the order of the state's decisions record. */
function decisionCandidates(scenario: Scenario, state: ExerciseState, role: string): readonly CommandBody[] {
  let byRole = decisionBodies.get(state.decisions);
  if (!byRole) decisionBodies.set(state.decisions, (byRole = new Map()));
  let out = byRole.get(role);
  if (!out) {
    const idx = indexOf(scenario);
    const list: CommandBody[] = [];
    for (const [id, st] of Object.entries(state.decisions)) {
      const d = idx.decisions.get(id);
      if (!d || st.taken || d.owner !== role) continue;
      for (const o of d.options) list.push({ type: 'decide', decision: id, option: o.id });
    }
    byRole.set(role, (out = list));
  }
  return out;
}

/** One single-block message per block the role's composer offers now, in the scenario's order. */
function publishCandidates(scenario: Scenario, state: ExerciseState, r: Role): readonly CommandBody[] {
  const voice = publishVoice(r.office);
  if (voice === null) return [];
  let memo = publishBodies.get(scenario);
  if (!memo) publishBodies.set(scenario, (memo = new ByKnowledge()));
  return memo.get(state, r.id, () => {
    const out: CommandBody[] = [];
    for (const b of scenario.communication.blocks) if (b.voices.includes(voice) && blockOffered(scenario, state, r.id, b)) out.push(publishBody(b));
    return out;
  });
}

const blockBodies = new WeakMap<Block, CommandBody>();

function publishBody(b: Block): CommandBody {
  let body = blockBodies.get(b);
  if (!body) blockBodies.set(b, (body = { type: 'publish', blocks: [b.id] }));
  return body;
}

function boardCandidates(scenario: Scenario, role: string): readonly CommandBody[] {
  let byRole = boardBodies.get(scenario);
  if (!byRole) boardBodies.set(scenario, (byRole = new Map()));
  let out = byRole.get(role);
  if (!out) byRole.set(role, (out = scenario.picture.boardActions.filter((a) => a.roles.includes(role)).map((a) => ({ type: 'boardAction', id: a.id }))));
  return out;
}

/**
 * The bodies of roleCandidates (shared objects: never change them), in its order: decisions, structure actions,
 * messages, board actions, and ending the turn when `endTurn` is set.
 */
function roleCandidateBodies(scenario: Scenario, state: ExerciseState, role: string, endTurn: boolean): CommandBody[] {
  const r = indexOf(scenario).roles.get(role);
  if (!r) return [];
  const out: CommandBody[] = [...decisionCandidates(scenario, state, role)];
  // Only what the role could do knowingly: protect a place whose threat reached it, send or publish a block
  // its composer offers. (The reducer accepts more — a trainer's script may — but no screen or bot offers it.)
  for (const a of knowingStructureActions(scenario, state, r)) out.push(structureBody(a));
  for (const b of publishCandidates(scenario, state, r)) out.push(b);
  for (const b of boardCandidates(scenario, role)) out.push(b);
  if (endTurn) out.push(END_TURN);
  return out;
}

function roleCandidates(scenario: Scenario, state: ExerciseState, role: string): CommandBody[] {
  return roleCandidateBodies(scenario, state, role, true);
}

/**
 * What a role could send now besides ending its turn: candidateCommands' bodies for the role, in the same order,
 * without the actor (applying one adds it) and without copying: the bodies are shared, never change them.
 * The random bot draws from these.
 */
export function roleMoveCandidates(scenario: Scenario, state: ExerciseState, actor: Actor): CommandBody[] {
  if (actor.kind !== 'role' && actor.kind !== 'simcell') return [];
  if (state.phase !== 'decide') return [];
  return roleCandidateBodies(scenario, state, actor.role, false);
}

function trainerCandidates(scenario: Scenario, state: ExerciseState): CommandBody[] {
  const out: CommandBody[] = [];
  const flow: [CommandBody, Parameters<typeof flowStep>[1]][] = [
    [{ type: 'start' }, 'START'],
    [{ type: 'beginRounds' }, 'BEGIN'],
    [{ type: 'pause' }, 'PAUSE'],
    [{ type: 'resume' }, 'RESUME'],
    [{ type: 'advance' }, 'ADVANCE'],
    [{ type: 'end' }, 'END'],
    [{ type: 'openDebrief' }, 'DEBRIEF'],
    [{ type: 'close' }, 'CLOSE'],
  ];
  for (const [c, e] of flow) if (flowStep(state.phase, e) !== null) out.push(c);
  const next = nextModule(scenario, state);
  if (next) out.push({ type: 'startModule', module: next.id });
  const current = currentModuleIndex(scenario, state);
  for (const m of scenario.modules.slice(0, current + 1)) for (const q of m.questions) if (q.id !== state.room.question) out.push({ type: 'showQuestion', question: q.id });
  if (state.room.question !== null) out.push({ type: 'showQuestion', question: null });
  if (state.phase === 'decide') {
    out.push({ type: 'jump', minutes: scenario.clock.minutesPerRound * 2 });
    for (const i of scenario.injects) if (i.optional && !(i.id in state.delivered)) out.push({ type: 'fireInject', inject: i.id });
  }
  if (undoTarget(state) !== null) out.push({ type: 'undo' });
  return out;
}

/**
 * The commands worth trying for this actor now, before the reducer has checked them: authority is
 * already filtered, timing and references are not. A fuzzer that only needs one accepted command can
 * shuffle these and stop at the first the reducer accepts, instead of checking them all.
 */
export function candidateCommands(scenario: Scenario, state: ExerciseState, actor: Actor): Command[] {
  let bodies: CommandBody[];
  if (actor.kind === 'trainer') bodies = trainerCandidates(scenario, state);
  else if (actor.kind === 'evaluator' || state.phase !== 'decide') bodies = [];
  else bodies = roleCandidates(scenario, state, actor.role);
  return bodies.map((body) => ({ ...body, actor }) as Command);
}

export function availableCommands(scenario: Scenario, state: ExerciseState, actor: Actor): Command[] {
  return candidateCommands(scenario, state, actor).filter((command) => accepts(scenario, state, command));
}
