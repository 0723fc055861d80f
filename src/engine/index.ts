// The engine's public surface: everything the UI, the board, the host and the CLIs may call.
export { loadScenario, MAX_SCENARIO_CHARS } from './scenario/loader.js';
export { scenarioHash } from './scenario/hash.js';
export type { ScenarioError, LoadResult } from './scenario/errors.js';
export type { Scenario, TextT, StructureActionT } from './scenario/schema.js';
export { createSession } from './session/create.js';
export { applyCommand } from './session/apply.js';
export { availableCommands } from './session/available.js';
export { replay, replaySteps, ReplayError, type SessionRecord } from './session/replay.js';
export { canonicalJson } from './session/canonical.js';
export type * from './session/types.js';
export { scoreExercise, type ScoreReport, type CriterionScore } from './scoring/score.js';
export * from './views/index.js';
export { knownSince, knows, knowledgeOf, whoKnows, type KnownSince } from './knowledge/index.js';
export { scenarioDateTime, OWN_TEXT_MAX, setupModes } from './communication/own-words.js';
export { OWN_CHANNELS, AUDIENCES, type OwnChannel, type MessageAudience, type OwnWords } from './communication/message.js';
export type { OwnWordsCard } from './views/own-words-card.js';
export type { Finding } from './communication/checks.js';
export type { TextMatch } from './communication/text/terms.js';
