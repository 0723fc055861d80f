// The validator in a Web Worker: checking a scenario file of megabytes (explaining its problems, placing
// them in the text) takes long enough to freeze a tab, so the file opener sends the text here and keeps the
// page responsive, showing each step as it starts. Zod must be in jitless mode before any schema is built
// (the page's CSP forbids eval, and so does a worker served under it), so the setup import comes first.
import '../zod-setup.js';
import { loadScenario } from '../engine/scenario/loader.js';
import type { ValidationReply, ValidationRequest } from './validation-messages.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ValidationRequest>) => void) | null;
  postMessage(message: ValidationReply): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, text, fileName } = event.data;
  const result = loadScenario(text, fileName, { onStage: (stage) => scope.postMessage({ id, kind: 'stage', stage }) });
  scope.postMessage({ id, kind: 'result', result });
};
