// Crisis-structure actions: authority and timing are decided by the machines' guards
// (machines/authority.ts); this file checks the scenario's own references and records the outcome.
import { applyStructureAction } from '../machines/structure.js';
import type { Role, StructureActionT } from '../scenario/schema.js';
import { publishVoice } from '../machines/authority.js';
import { validateComposition } from '../communication/message.js';
import { actionKey, AIRPORT_ACTIONS, hasAirport } from '../scenario/action-keys.js';
import type { Voice } from '../scenario/vocabulary.js';
import { moveCommunication, publishMessage } from './publish.js';
import { refuse, type Step } from './step.js';
import type { Actor, EngineEvent, Refusal } from './types.js';
import type { OwnWords } from '../communication/message.js';
import { learnFromSharing, learnStructureChange } from '../knowledge/learn.js';
import { settleCardsByAction } from './cards.js';
import { militaryGrantRefusal } from './military.js';

/** Scenario references an action needs (the area of an NL-Alert, the place to protect) must exist. */
function checkReferences(step: Step, role: Role, action: StructureActionT, own: OwnWords | undefined): Refusal | null {
  if (action.action === 'sendNlAlert') {
    if (!step.idx.areas.has(action.area)) return { code: 'unknown-area', params: { area: action.area } };
    // An alert in own words carries its advice in its own text and parts (checked by buildOwnWords), not in a block.
    if (own) return null;
    const block = step.idx.blocks.get(action.advice);
    if (!block || block.kind !== 'actionAdvice') return { code: 'not-action-advice', params: { block: action.advice } };
    const voice = nlAlertVoice(role);
    return validateComposition(step.scenario, { blocks: [action.advice], voice }, voice);
  }
  // No airport measure without an airport (DOMAIN.md §4): the scenario must make it relevant.
  if (AIRPORT_ACTIONS.includes(action.action) && !hasAirport(step.scenario)) return { code: 'no-airport', params: { action: action.action } };
  if (action.action === 'protect' && !step.idx.atRisk.has(action.target)) {
    return { code: 'unknown-target', params: { target: action.target } };
  }
  // Military assistance only after the competent authority's request (session/military.ts).
  return militaryGrantRefusal(step, action);
}

/**
 * Take a structure action for a role. With `strict`, a refusal abandons the command; otherwise
 * (an option's follow-on effect) the skipped action is recorded for the trainer and play goes on.
 * `own` is the text of an NL-Alert written in the participant's own words: the alert is then in force
 * exactly as one decided from a block (structure, warrants, cards), and the published message is that text.
 */
export function takeStructureAction(step: Step, role: Role, action: StructureActionT, actor: Actor | null, strict: boolean, own?: OwnWords): boolean {
  let changed: EngineEvent | null = null;
  const refusal =
    checkReferences(step, role, action, own) ??
    (() => {
      const r = applyStructureAction(step.scenario, step.s.structure, action, { office: role.office, narrowed: role.authority }, step.s.minute);
      if (!r.ok) return r.refusal;
      step.s.structure = r.snapshots;
      const visibility = 'public' as const;
      for (const change of r.changes) {
        changed = step.emit('structureChanged', visibility, { role: role.id, office: role.office, action, change, actor });
        learnStructureChange(step, action, changed);
      }
      return null;
    })();
  if (refusal) {
    if (strict) refuse(refusal.code, refusal.params);
    step.emit('structureEffectSkipped', 'trainer', { role: role.id, action, refusal });
    return false;
  }
  if (action.action === 'shareInformation' && changed !== null) learnFromSharing(step, role, action.with, changed);
  // A role's own action settles the decision cards whose option it carries out (session/cards.ts).
  if (strict && actor !== null && changed !== null) settleCardsByAction(step, role, action, actor, changed);
  if (!(action.action in step.s.actionsTaken)) step.own('actionsTaken')[action.action] = step.s.minute;
  const key = actionKey(action);
  if (key !== action.action && !(key in step.s.actionsTaken)) step.own('actionsTaken')[key] = step.s.minute;
  if (action.action === 'protect' && !step.s.board.protectedTargets.includes(action.target)) {
    step.own('board').protectedTargets = [...step.s.board.protectedTargets, action.target];
  }
  // An NL-Alert is a public message too: its action advice is checked like any other message.
  if (action.action === 'sendNlAlert') publishMessage(step, role, own ? [] : [action.advice], nlAlertVoice(role), 'nlAlert', own);
  if (action.action === 'withdrawAdvice') moveCommunication(step, { type: 'WITHDRAW_ADVICE', minute: step.s.minute });
  return true;
}

/** The mayor alerts as the local authority, the chair of the safety region as the regional one. */
function nlAlertVoice(role: Role): Voice {
  return publishVoice(role.office) ?? 'regional';
}

export { actionKey };
