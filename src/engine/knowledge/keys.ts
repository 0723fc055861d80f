// The names of what a role can know. One string per thing, "<kind>:<id>", so knowledge is a flat,
// serialisable list and the scenario format's `reveals` and `needs` lists use exactly the same names.
import type { KnowledgeKind, StructureActionT } from '../scenario/schema.js';
import { actionKey } from '../scenario/action-keys.js';

export type KnowledgeKey = `${KnowledgeKind}:${string}`;

export const factKey = (block: string): KnowledgeKey => `fact:${block}`;
export const threatKey = (atRisk: string): KnowledgeKey => `threat:${atRisk}`;
export const rumourKey = (rumour: string): KnowledgeKey => `rumour:${rumour}`;
export const variableKey = (variable: string): KnowledgeKey => `variable:${variable}`;
export const decisionKey = (decision: string): KnowledgeKey => `decision:${decision}`;
export const injectKey = (inject: string): KnowledgeKey => `inject:${inject}`;
/** A structure change, named by its action key ("convene:ICCb", "scale:3", "protect:mosque"). */
export const structureKey = (action: StructureActionT): KnowledgeKey => `structure:${actionKey(action)}`;

/** The kind and id of a key: "fact:fact-one-suspect" → ["fact", "fact-one-suspect"]. */
export function splitKey(key: string): readonly [kind: string, id: string] {
  const at = key.indexOf(':');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}
