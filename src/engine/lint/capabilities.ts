// What the scenario's roles can do at all: the structure actions some role's office allows (at some
// reachable GRIP level, and for the DSI chain and teams only where the machines can get there), and the
// building blocks some role may publish (its voice must be among the block's voices).
import { mayTake, publishVoice } from '../machines/authority.js';
import { scalingModelOf } from '../machines/scaling-model.js';
import type { Scenario, StructureActionT } from '../scenario/schema.js';
import type { DsiStage } from '../scenario/vocabulary.js';
import { structureCandidates } from '../session/available.js';
import { actionKey } from '../scenario/action-keys.js';
import type { StructureReach } from './structure-reach.js';

export interface Capabilities {
  /** Action kinds and keys ("convene", "convene:ICCb", "scale:3") some role can take. */
  readonly actions: ReadonlySet<string>;
  /** Block ids some role can publish (in a message, or as the advice of an NL-Alert). */
  readonly publishable: ReadonlySet<string>;
  /** The voices (local, regional, national) that can speak in public. */
  readonly voices: ReadonlySet<string>;
}

const DSI_RESULT: Readonly<Partial<Record<StructureActionT['action'], DsiStage>>> = {
  requestDsi: 'requested',
  planDsi: 'planned',
  approveDsi: 'approved',
  deployDsi: 'deployed',
  completeDsi: 'done',
};

/** Whether the machines can get to where this action has an effect. */
function structurallyPossible(action: StructureActionT, reach: StructureReach): boolean {
  const stage = DSI_RESULT[action.action];
  if (stage !== undefined) return reach.dsi.has(stage);
  if (action.action === 'convene') return reach.teamsSometimes.has(action.team);
  if (action.action === 'scale') return reach.grips.has(action.level);
  return true;
}

export function capabilities(scenario: Scenario, reach: StructureReach): Capabilities {
  const model = scalingModelOf(scenario.setting.scaling);
  const grips = [...reach.grips];
  const actions = new Set<string>();
  const publishable = new Set<string>();
  const voices = new Set<string>();
  for (const action of structureCandidates(scenario)) {
    if (!structurallyPossible(action, reach)) continue;
    const someone = scenario.roles.some((r) => grips.some((grip) => mayTake(r.office, action, r.authority, { scaling: model, grip })));
    if (!someone) continue;
    actions.add(action.action);
    actions.add(actionKey(action));
  }
  for (const role of scenario.roles) {
    const voice = publishVoice(role.office);
    if (voice !== null) voices.add(voice);
  }
  for (const block of scenario.communication.blocks) {
    if (block.voices.some((v) => voices.has(v))) publishable.add(block.id);
    else if (block.kind === 'actionAdvice' && actions.has('sendNlAlert')) {
      // An NL-Alert speaks with the sender's voice, or the regional one for an office without a public voice.
      const senders = scenario.roles.filter((r) => grips.some((grip) => mayTake(r.office, { action: 'sendNlAlert', area: block.where ?? '', advice: block.id }, r.authority, { scaling: model, grip })));
      if (senders.some((r) => block.voices.includes(publishVoice(r.office) ?? 'regional'))) publishable.add(block.id);
    }
  }
  return { actions, publishable, voices };
}
