// The file opener checks a file in a Web Worker, off the page's thread, and for a large file tells each step
// on its status line. jsdom has no workers: a stand-in Worker runs the real loader and answers the way the
// worker script does (src/ui/validation-worker.ts), one message at a time.
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/loader.js';
import { createFileOpener, PROGRESS_FROM_BYTES } from '../../src/ui/components/file-opener.js';
import type { ValidationReply, ValidationRequest } from '../../src/ui/validation-messages.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Vitest runs from the repository root; jsdom's URL cannot turn import.meta.url into a path.
const minimal = readFileSync(resolve(process.cwd(), 'test/fixtures/scenarios/valid/minimal.json'), 'utf8');

const started: string[] = [];
const requests: ValidationRequest[] = [];

class StandInWorker {
  onmessage: ((event: MessageEvent<ValidationReply>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(url: URL | string, options?: WorkerOptions) {
    started.push(`${String(url)} ${options?.type ?? ''}`);
  }
  postMessage(request: ValidationRequest): void {
    requests.push(request);
    const replies: ValidationReply[] = [];
    const result = loadScenario(request.text, request.fileName, { onStage: (stage) => replies.push({ id: request.id, kind: 'stage', stage }) });
    replies.push({ id: request.id, kind: 'result', result });
    // Each reply in its own task, as messages from a worker arrive.
    replies.forEach((data, i) => setTimeout(() => this.onmessage?.({ data } as MessageEvent<ValidationReply>), 5 * (i + 1)));
  }
  terminate(): void {}
}

vi.stubGlobal('Worker', StandInWorker);
afterAll(() => vi.unstubAllGlobals());

describe('file opener with a validation worker', () => {
  it('checks the picked file in the worker and shows each step for a large file, then its problems', async () => {
    const opener = createFileOpener({ lang: 'en' });
    document.body.replaceChildren(opener.element);
    const status = screen.getByRole('status');
    const seen: string[] = [];
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });

    const keys = Array.from({ length: 60_000 }, (_, i) => `"x${i}": 0`).join(',\n');
    const text = minimal.replace(/\}\s*$/, `,${keys}}`);
    expect(text.length).toBeGreaterThan(PROGRESS_FROM_BYTES);
    await userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText('Choose a scenario file'), new File([text], 'big.json'));

    await waitFor(() => expect(status.textContent).toBe('201 problems found in big.json.'));
    expect(started).toHaveLength(1);
    expect(started[0]).toMatch(/validation-worker.* module$/);
    expect(requests.map((r) => r.fileName)).toEqual(['big.json']);
    const size = (text.length / 1024 / 1024).toFixed(1);
    expect(seen).toContain(`Checking big.json (${size} MB): reading the JSON…`);
    expect(seen).toContain(`Checking big.json (${size} MB): comparing with the scenario format…`);
    expect(seen).toContain(`Checking big.json (${size} MB): explaining the problems and finding them in the text…`);
    expect(screen.getByText('Unknown key "x0".')).toBeTruthy();
  });

  it('says only "Reading" for a small file, and reuses the worker', async () => {
    const opener = createFileOpener({ lang: 'en' });
    document.body.replaceChildren(opener.element);
    const status = screen.getByRole('status');
    const seen: string[] = [];
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    await userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText('Choose a scenario file'), new File([minimal], 'small.json'));
    await waitFor(() => expect(status.textContent).toBe('small.json is valid.'));
    expect(seen.filter((s) => s.startsWith('Checking'))).toEqual([]);
    expect(seen).toContain('Reading small.json…');
    expect(started).toHaveLength(1);
    expect(requests.map((r) => r.fileName)).toEqual(['big.json', 'small.json']);
  });
});
