// How a role comes to know something. Every route teaches at an engine event (the event is the
// evidence: "known since event #n") and only ever appends: a role never unlearns, and learning twice
// keeps the first time.
//  - an inject delivered to it (the inject, and what the inject reveals; a projector inject reaches all),
//  - an event it can see: a rumour it hears, a decision it takes or sees announced, a structure change,
//  - a fact it makes true itself (an option or board action of its own that confirms a fact),
//  - a public message (its facts become everyone's),
//  - information shared with it (shareInformation) and the teams it sits in, which pool what their
//    members know at the end of every round.
import type { Inject, Role, Scenario, StructureActionT, VisibilityT } from '../scenario/schema.js';
import { summaryOf } from '../session/summary.js';
import type { Step } from '../session/step.js';
import type { EngineEvent } from '../session/types.js';
import type { Team } from '../scenario/vocabulary.js';
import { decisionKey, factKey, injectKey, rumourKey, structureKey } from './keys.js';
import { revealPlan, revealsOf } from './reveals.js';
import { keysLearntSince, knownCount } from './store.js';

const allRoles = new WeakMap<Scenario, readonly string[]>();

function rolesOf(scenario: Scenario): readonly string[] {
  let ids = allRoles.get(scenario);
  if (!ids) allRoles.set(scenario, (ids = scenario.roles.map((r) => r.id)));
  return ids;
}

/** The roles a visibility reaches: everyone for public (the projector is the room's), nobody for the trainer only. */
export function rolesReached(scenario: Scenario, visibility: VisibilityT): readonly string[] {
  if (visibility === 'public') return rolesOf(scenario);
  if (visibility === 'trainer') return [];
  return visibility.roles;
}

export function teach(step: Step, roles: readonly string[], keys: readonly string[], event: EngineEvent, keysDistinct = false): void {
  step.learnAll(roles, keys, event, keysDistinct);
}

/** The inject's audience learns the inject and what it reveals; the first notification also teaches what nothing else reveals. */
export function learnFromInject(step: Step, inject: Inject, variant: number | null, event: EngineEvent): void {
  const audience = rolesReached(step.scenario, event.visibility);
  teach(step, audience, [injectKey(inject.id), ...revealsOf(step.scenario, inject, variant)], event);
  if (inject.firstNotification) {
    for (const r of revealPlan(step.scenario).atNotification) teach(step, r.roles === 'all' ? rolesOf(step.scenario) : r.roles, [r.key], event);
  }
}

/** Free text from exercise control: whoever receives it learns that inject. */
export function learnFromFreeInject(step: Step, id: string, event: EngineEvent): void {
  teach(step, rolesReached(step.scenario, event.visibility), [injectKey(id)], event);
}

export function learnRumour(step: Step, rumour: string, event: EngineEvent): void {
  teach(step, rolesReached(step.scenario, event.visibility), [rumourKey(rumour)], event);
}

export function learnDecision(step: Step, decision: string, event: EngineEvent): void {
  teach(step, rolesReached(step.scenario, event.visibility), [decisionKey(decision)], event);
}

export function learnStructureChange(step: Step, action: StructureActionT, event: EngineEvent): void {
  teach(step, rolesReached(step.scenario, event.visibility), [structureKey(action)], event);
}

/** Whoever made a fact true (an option or board action of its own) knows it from then. */
export function learnOwnFact(step: Step, role: string, block: string, event: EngineEvent): void {
  step.learn(role, factKey(block), event);
}

/** A public message makes its facts public knowledge. */
export function learnFromMessage(step: Step, blocks: readonly string[], event: EngineEvent): void {
  const facts = blocks.filter((b) => step.idx.blocks.get(b)?.kind === 'fact').map(factKey);
  teach(step, rolesOf(step.scenario), facts, event);
}

// ---------------------------------------------------------------- sharing and teams

/** Offices that sit in a team besides its own members and its chair (DOMAIN.md §2–§3). */
const ALSO_SITTING: Readonly<Partial<Record<Team, readonly string[]>>> = {
  driehoek: ['mayor', 'policeChief', 'chiefPublicProsecutor'],
  RBT: ['mayor', 'chairSafetyRegion'],
  GBT: ['mayor', 'municipalCommunication'],
  NCC: ['nccHead', 'nctv'],
  ICCb: ['nctv', 'nccHead'],
  MCCb: ['ministerJenV', 'ministerPresident', 'ministerIenW'],
  NKC: ['nkcDirector'],
};

export function sitsIn(role: Role, team: string, chair: string | null): boolean {
  return role.team === team || role.office === chair || (ALSO_SITTING[team as Team] ?? []).includes(role.office);
}

export const SHARE_TEAMS: Readonly<Record<Extract<StructureActionT, { action: 'shareInformation' }>['with'], readonly Team[]>> = {
  NCC: ['NCC', 'ICCb', 'MCCb', 'NKC', 'IAO', 'LOCC', 'DCC'],
  regions: ['CoPI', 'ROT', 'GBT', 'RBT', 'SGBO', 'driehoek'],
  vitalSectors: ['external'],
  driehoek: ['driehoek'],
};

const receiversByScenario = new WeakMap<Scenario, Map<string, readonly string[]>>();

/** The roles a share reaches: those sitting in the target's teams, the sharer excepted (per scenario, sharer and target). */
function receiversOf(scenario: Scenario, from: Role, target: keyof typeof SHARE_TEAMS): readonly string[] {
  let byShare = receiversByScenario.get(scenario);
  if (!byShare) receiversByScenario.set(scenario, (byShare = new Map()));
  const name = `${from.id}\u0000${target}`;
  let receivers = byShare.get(name);
  if (!receivers) {
    const teams = SHARE_TEAMS[target];
    receivers = scenario.roles.filter((r) => r.id !== from.id && teams.some((t) => sitsIn(r, t, null))).map((r) => r.id);
    byShare.set(name, receivers);
  }
  return receivers;
}

/**
 * How much of a role's knowledge another role is known to have received: per knowledge storage, sharer and
 * receiver, the number of the sharer's first keys the receiver knows, and the knowledge list's length when that was
 * read. Any later list on the same storage holds those same entries, so a share needs to look only at the keys the
 * sharer learnt since. Sharing the picture looked up every key the sharer knew for every receiver, every time: as an
 * exercise delivers more injects, a share cost more.
 */
const sharedSoFar = new WeakMap<object, Map<string, { readonly keys: number; readonly atLength: number }>>();

/** shareInformation: the receiving part of the structure learns what the sharing role knows. */
export function learnFromSharing(step: Step, from: Role, target: keyof typeof SHARE_TEAMS, event: EngineEvent): void {
  // Everything `from` knows now passes on (the inbox texts themselves stay in its inbox). Receivers never include
  // the sharer, so what it knows does not change during the share: read from the list as it was.
  const sharer = { knowledge: step.s.knowledge };
  const count = knownCount(sharer, from.id);
  // Receiver by receiver, in order: the entries appended are the same, in the same order, as teaching them all at once.
  for (const receiver of receiversOf(step.scenario, from, target)) {
    const before = step.s.knowledge;
    let memo = sharedSoFar.get(before.storage);
    if (!memo) sharedSoFar.set(before.storage, (memo = new Map()));
    const pair = `${from.id}\u0000${receiver}`;
    const known = memo.get(pair);
    const skip = known !== undefined && known.atLength <= before.length ? Math.min(known.keys, count) : 0;
    // Only the keys learnt since the receiver was last known to have them all: not the whole picture again.
    if (skip < count) teach(step, [receiver], keysLearntSince(sharer, from.id, skip), event, true);
    // Now the receiver knows every key the sharer knows: remember it with the list that holds it.
    const after = step.s.knowledge;
    let afterMemo = sharedSoFar.get(after.storage);
    if (!afterMemo) sharedSoFar.set(after.storage, (afterMemo = new Map()));
    afterMemo.set(pair, { keys: count, atLength: after.length });
  }
}

/**
 * What a team's last pooling left behind, per knowledge storage and member list: how many keys each member knew when
 * the team pooled (its first keys then: every member knows all of them since), and the list's length once the team's
 * lesson was appended. A later list on the same storage at least that long holds that lesson.
 */
const pooledSoFar = new WeakMap<object, Map<string, { readonly counts: readonly number[]; readonly atLength: number }>>();

/**
 * Every active team pools what its members know: called once a round, at the round's end. Each member learns, in
 * order, the keys any member knows that it does not (the members' keys in the order they learnt them, member by
 * member), as the knowledge stood when pooling began.
 *
 * A member's keys up to the team's last pooling were all pooled then, so every member knows them and they teach
 * nothing; only the keys learnt since are read (through the index by role). Walking the whole knowledge list at every
 * round's end made the turn that closes a round cost the length of the exercise. The entries appended are the same,
 * in the same order: a key nobody has to learn is not an entry, and a key some member must learn is not among any
 * member's pooled keys, so its first mention among the keys learnt since is its first mention among all keys.
 */
export function poolTeams(step: Step, event: EngineEvent): void {
  const { activeTeams } = summaryOf(step.s);
  const teams = activeTeams
    .map(({ team, chair }) => step.scenario.roles.filter((r) => sitsIn(r, team, chair)).map((r) => r.id))
    .filter((members) => members.length >= 2);
  if (teams.length === 0) return;
  // Every team's keys as the knowledge stands before any team is taught (as one pass over the list read it).
  const base = { knowledge: step.s.knowledge };
  let memo = pooledSoFar.get(base.knowledge.storage);
  if (!memo) pooledSoFar.set(base.knowledge.storage, (memo = new Map()));
  const lessons = teams.map((members) => {
    const name = members.join('\u0000');
    const last = memo.get(name);
    const pooled = last !== undefined && last.atLength <= base.knowledge.length ? last.counts : undefined;
    const keys: string[] = [];
    for (const [i, m] of members.entries()) keys.push(...keysLearntSince(base, m, pooled?.[i] ?? 0));
    return { members, name, keys, counts: members.map((m) => knownCount(base, m)) };
  });
  for (const { members, name, keys, counts } of lessons) {
    teach(step, members, keys, event);
    const after = step.s.knowledge;
    let afterMemo = pooledSoFar.get(after.storage);
    if (!afterMemo) pooledSoFar.set(after.storage, (afterMemo = new Map()));
    afterMemo.set(name, { counts, atLength: after.length });
  }
}
