// The reference behaviours a valid score must separate (DOMAIN.md §7, "A score is valid only if a team
// cannot game it"): each is doctrine play with one habit changed. scenario:playtest runs them all and
// checks the validity rules (playtest/validity.ts); `simulate --bots NAME` plays one.
import type { Block, Scenario, StructureActionT } from '../scenario/schema.js';
import type { Voice } from '../scenario/vocabulary.js';
import { triggerTime } from '../scoring/evidence.js';
import { candidateCommands, structureCandidates } from '../session/available.js';
import { actionKey } from '../scenario/action-keys.js';
import { blockOffered } from '../knowledge/offer.js';
import { summaryOf } from '../session/summary.js';
import type { CommandBody, ExerciseState } from '../session/types.js';
import { publishVoice } from '../machines/authority.js';
import type { Policy, RoleTurn } from './policy.js';
import { doctrineWith } from './wrap.js';

/** `silent`: good play in the structure and the decisions, but never a public message. */
export const playSilently: Policy = doctrineWith((_turn, body) => (body.type === 'publish' ? null : body));

/** `cards`: only answers the decision cards, with the best option; no action of its own, no message. */
export const playCardsOnly: Policy = doctrineWith((_turn, body) => (body.type === 'decide' ? body : null));

const NAMING_TRAPS = new Set(['perpetratorName', 'perpetratorPhoto', 'manifesto']);

function namingBlock(scenario: Scenario, voice: Voice | null): Block | undefined {
  return scenario.communication.blocks.find((b) => b.trap !== undefined && NAMING_TRAPS.has(b.trap) && (voice === null || b.voices.includes(voice)));
}

/**
 * `naming`: good play, but every public message also names the perpetrator (the trap block of the scenario),
 * once the role's composer offers it: a team cannot name a perpetrator it has not heard of.
 */
export const playNaming: Policy = doctrineWith((turn, body) => {
  if (body.type !== 'publish') return body;
  const naming = namingBlock(turn.scenario, publishVoice(turn.role.office));
  if (!naming || body.blocks.includes(naming.id) || !blockOffered(turn.scenario, turn.state(), turn.role.id, naming)) return body;
  return { ...body, blocks: [...body.blocks, naming.id] };
});

/** The minute from which a late team does what doctrine does: one round past the target, inside the partly-met span. */
function lateFrom(scenario: Scenario, state: ExerciseState, criterion: string, fallbackTarget: number): number | null {
  const use = scenario.scoring.criteria.find((c) => c.criterion === criterion);
  const since = criterion === 'C01' ? state.notifiedAt : triggerTime(state, scenario, use?.trigger);
  if (since === null) return null;
  const target = use?.targetMinutes ?? fallbackTarget;
  return since + target + 1;
}

function delayed(turn: RoleTurn, body: CommandBody): boolean {
  const { scenario } = turn;
  const state = turn.state();
  const wait = (criterion: string, target: number) => {
    const from = lateFrom(scenario, state, criterion, target);
    return from === null || state.minute < from;
  };
  if (body.type === 'publish') return state.messages.length === 0 && wait('C01', scenario.communication.firstMessageTargetMinutes);
  // A decision card whose option scales up or protects is the same measure taken through the card.
  const actions =
    body.type === 'structure'
      ? [body.action]
      : body.type === 'decide'
        ? (scenario.decisions.find((d) => d.id === body.decision)?.options.find((o) => o.id === body.option)?.effects ?? []).flatMap((e) => (e.kind === 'structure' ? [e.do] : []))
        : [];
  return actions.some(
    (a) => ((a.action === 'scale' || (a.action === 'convene' && a.team === 'driehoek')) && wait('C06', 30)) || (a.action === 'protect' && wait('C13', 30)),
  );
}

/** `late`: good play, but scaling (with the driehoek), the first message and protection only after their targets. */
export const playLate: Policy = doctrineWith((turn, body) => (delayed(turn, body) ? null : body));

/** The escalating measures, most severe first within each kind (DOMAIN.md §7: warrants). */
function escalations(scenario: Scenario): StructureActionT[] {
  const all = structureCandidates(scenario);
  const pick = (test: (a: StructureActionT) => boolean) => all.filter(test);
  return [
    ...pick((a) => a.action === 'setThreatLevel' && a.level === 5),
    ...[5, 4, 3, 2, 1].flatMap((level) => pick((a) => a.action === 'scale' && a.level === level)),
    ...pick((a) => a.action === 'convene' && ['MCCb', 'ICCb', 'LOCC', 'NKC', 'driehoek', 'SGBO', 'IAO', 'DCC'].includes(a.team)),
    ...pick((a) => a.action === 'restrictAirspace' && a.level === 'close'),
    ...pick((a) => ['requestDsi', 'planDsi', 'approveDsi', 'deployDsi'].includes(a.action)),
    ...pick((a) => a.action === 'alertPartners'),
    ...pick((a) => a.action === 'protect'),
    ...pick((a) => a.action === 'sendNlAlert'),
    ...pick((a) => a.action === 'removalOrder' || a.action === 'requestAssistance'),
  ];
}

const escalationCache = new WeakMap<Scenario, readonly StructureActionT[]>();

/**
 * Every escalating measure this role may take now, each tried once per playthrough; the highest scaling level
 * only. "May take" is availableCommands' answer: the authority table and what the role knows (it protects no
 * place whose threat has not reached it, sends no NL-Alert whose advice its composer does not offer yet).
 */
function escalateEverything(turn: RoleTurn, tried: Set<string>): void {
  let list = escalationCache.get(turn.scenario);
  if (!list) escalationCache.set(turn.scenario, (list = escalations(turn.scenario)));
  const allowedNow = () => new Set(candidateCommands(turn.scenario, turn.state(), turn.actor).flatMap((c) => (c.type === 'structure' ? [actionKey(c.action)] : [])));
  // Asked again after each measure taken: scaling up moves powers (art. 39 Wvr).
  let allowed = allowedNow();
  for (const action of list) {
    const key = JSON.stringify(action);
    if (tried.has(`${turn.role.id} ${key}`)) continue;
    if (action.action === 'scale' && summaryOf(turn.state()).grip >= action.level) continue;
    if (!allowed.has(actionKey(action))) continue;
    if (!turn.act({ type: 'structure', action })) continue;
    tried.add(`${turn.role.id} ${key}`);
    allowed = allowedNow();
  }
}

/** `eager`: every escalating measure the role may take, as early as possible, then good play and good messages. */
export const playEagerly: Policy = (scenario) => {
  const tried = new Set<string>();
  return doctrineWith((_turn, body) => body, { before: (turn) => escalateEverything(turn, tried) })(scenario);
};

/** `idle`: nobody acts; every decision falls to its default. The floor the late team must stay above. */
export const playIdle: Policy = () => () => {};
