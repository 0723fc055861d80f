// The validator's own chunk: Zod, the schema and the loader are loaded after the first screen has
// painted, not with it. Zod must be switched to jitless mode before any schema is built (CSP: no eval),
// so the setup import comes first.
import '../zod-setup.js';

export { loadScenario } from '../engine/scenario/loader.js';
