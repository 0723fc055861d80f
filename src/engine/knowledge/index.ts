// What each role knows and since when (DESIGN.md "Knowledge"): the queries views, bots and scoring use.
export { knownSince, knows, knowledgeOf, whoKnows, type KnownSince, type KnowledgeEntry } from './store.js';
export { factKey, threatKey, rumourKey, variableKey, decisionKey, injectKey, structureKey, splitKey, type KnowledgeKey } from './keys.js';
export { revealPlan, revealsOf, isInformationVariable, type InjectReveals, type RevealPlan } from './reveals.js';
export { blockOffered, offeredBlocks, knownThreats, neutralOrder } from './offer.js';
export { knowsConfirmed } from './confirmation.js';
