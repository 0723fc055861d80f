// Open a scenario file by picking it or dropping it, and show the loader's verdict in place: the
// problems with their positions, or the scenario's card. Reused by the home, setup and author screens.
// It never throws, whatever the file (binary, empty, huge, unreadable): a problem is always shown.
import '../../styles/file-opener.css';
import type { LoadResult, ScenarioError } from '../../engine/scenario/errors.js';
import { MAX_SCENARIO_CHARS, tooLargeError } from '../../engine/scenario/limits.js';
import { loadScenarioInWorker, type LoadStage } from '../load-scenario.js';
import type { Scenario } from '../../engine/scenario/schema.js';
import { t, type Language } from '../../i18n/first-screen.js';
import { el, uniqueId } from '../dom.js';
import { renderPageProblem, renderProblemList } from './problem-list.js';
import { heading, renderScenarioCard, type HeadingLevel } from './scenario-card.js';

/** The loader's own cap. Checking the size first spares reading a huge file at all; a file has at
 *  least as many bytes as characters, so nothing the loader would accept is refused here. */
export const MAX_SCENARIO_BYTES = MAX_SCENARIO_CHARS;

export interface FileOpenerOptions {
  readonly lang: Language;
  readonly onScenario?: (scenario: Scenario, text: string, fileName: string) => void;
  readonly onErrors?: (errors: readonly ScenarioError[], fileName: string) => void;
  /** Level of the result's heading, so the opener fits the outline of the screen that hosts it. */
  readonly headingLevel?: HeadingLevel;
  /** How a file is checked; by default in a worker, off the main thread. Told each step for the progress line. */
  readonly load?: ScenarioLoad;
}

export type ScenarioLoad = (text: string, fileName: string, onStage?: (stage: LoadStage) => void) => LoadResult | Promise<LoadResult>;

/** From this size on, the status line tells each step of the check: it may take a noticeable moment. */
export const PROGRESS_FROM_BYTES = 512 * 1024;

export interface FileOpener {
  readonly element: HTMLElement;
  setLanguage(lang: Language): void;
  /** Open a file as if the user had picked it. Resolves once its result is on screen. */
  open(file: File): Promise<void>;
}

type Outcome =
  | { readonly kind: 'loaded'; readonly fileName: string; readonly text: string; readonly result: LoadResult }
  | { readonly kind: 'too-large'; readonly fileName: string; readonly size: number }
  | { readonly kind: 'unreadable'; readonly fileName: string };

export function createFileOpener(options: FileOpenerOptions): FileOpener {
  const load = options.load ?? loadScenarioInWorker;
  const level = options.headingLevel ?? 3;
  let lang = options.lang;
  let shown: Outcome | undefined;
  let reading: { readonly fileName: string; readonly size: number; stage?: LoadStage } | undefined;
  // Only the most recently opened file may write its result: an older, slower read is dropped.
  let generation = 0;

  const inputId = uniqueId('scenario-file');
  const limitId = uniqueId('scenario-file-limit');
  const input = el('input', {
    className: 'visually-hidden',
    attrs: { type: 'file', id: inputId, accept: '.json,application/json', 'aria-describedby': limitId },
  });
  const dropTitle = el('p', { className: 'drop-zone__title' });
  const or = el('p', { className: 'drop-zone__or' });
  const label = el('label', { className: 'button drop-zone__button', attrs: { for: inputId } });
  const limit = el('p', { className: 'drop-zone__limit', attrs: { id: limitId } });
  const dropZone = el('div', { className: 'drop-zone' }, [dropTitle, or, input, label, limit]);
  const status = el('p', { className: 'file-opener__status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const result = el('div', { className: 'file-opener__result' });
  const element = el('div', { className: 'file-opener' }, [dropZone, status, result]);

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void open(file);
    // Cleared so that picking the same file again, after fixing it, opens it again.
    input.value = '';
  });

  dropZone.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    dropZone.classList.add('drop-zone--active');
  });
  dropZone.addEventListener('dragleave', (event) => {
    if (!(event.relatedTarget instanceof Node && dropZone.contains(event.relatedTarget))) dropZone.classList.remove('drop-zone--active');
  });
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('drop-zone--active');
    const file = event.dataTransfer?.files[0];
    if (file) void open(file);
  });

  async function open(file: File): Promise<void> {
    generation += 1;
    const mine = generation;
    const fileName = file.name || 'scenario.json';
    reading = { fileName, size: file.size };
    renderStatus();

    const outcome = await readAndLoad(file, fileName, load, (stage) => {
      if (mine !== generation || !reading || reading.size < PROGRESS_FROM_BYTES) return;
      reading.stage = stage;
      renderStatus();
    });
    if (mine !== generation) return;
    reading = undefined;
    shown = outcome;
    renderStatus();
    renderResult();
    notify(outcome);
  }

  function notify(outcome: Outcome): void {
    if (outcome.kind === 'loaded') {
      if (outcome.result.ok) options.onScenario?.(outcome.result.scenario, outcome.text, outcome.fileName);
      else options.onErrors?.(outcome.result.errors, outcome.fileName);
      return;
    }
    options.onErrors?.([refusalError(outcome)], outcome.fileName);
  }

  function renderStatus(): void {
    status.classList.remove('file-opener__status--valid', 'file-opener__status--invalid');
    if (reading !== undefined) {
      status.textContent =
        reading.stage === undefined
          ? t(lang, 'opener.reading', { file: reading.fileName })
          : t(lang, 'opener.progress', { file: reading.fileName, size: megabytes(reading.size, lang), stage: t(lang, STAGE_KEYS[reading.stage]) });
      return;
    }
    if (!shown) {
      status.textContent = '';
      return;
    }
    const count = problemCount(shown);
    status.classList.add(count === 0 ? 'file-opener__status--valid' : 'file-opener__status--invalid');
    status.textContent =
      count === 0
        ? t(lang, 'opener.valid', { file: shown.fileName })
        : t(lang, count === 1 ? 'opener.problems.one' : 'opener.problems.other', { count, file: shown.fileName });
  }

  function renderResult(): void {
    if (!shown) {
      result.replaceChildren();
      return;
    }
    const title = heading(level, t(lang, 'opener.errorsTitle', { file: shown.fileName }), 'file-opener__errors-title');
    if (shown.kind !== 'loaded') {
      result.replaceChildren(title, renderPageProblem({ file: shown.fileName, message: refusalMessage(shown, lang) }));
    } else if (shown.result.ok) {
      result.replaceChildren(renderScenarioCard(shown.result.scenario, lang, { headingLevel: level, fileName: shown.fileName }));
    } else {
      result.replaceChildren(title, renderProblemList(shown.result.errors, lang));
    }
  }

  function setLanguage(next: Language): void {
    lang = next;
    dropTitle.textContent = t(lang, 'opener.dropTitle');
    or.textContent = t(lang, 'opener.or');
    label.textContent = t(lang, 'opener.choose');
    limit.textContent = t(lang, 'opener.limit');
    renderStatus();
    renderResult();
  }

  setLanguage(lang);
  return { element, setLanguage, open };
}

const STAGE_KEYS = {
  parse: 'opener.stage.parse',
  format: 'opener.stage.format',
  problems: 'opener.stage.problems',
  references: 'opener.stage.references',
} as const satisfies Record<LoadStage, string>;

function megabytes(bytes: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
}

async function readAndLoad(file: File, fileName: string, load: ScenarioLoad, onStage: (stage: LoadStage) => void): Promise<Outcome> {
  if (file.size > MAX_SCENARIO_BYTES) return { kind: 'too-large', fileName, size: file.size };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'unreadable', fileName };
  }
  try {
    return { kind: 'loaded', fileName, text, result: await load(text, fileName, onStage) };
  } catch {
    return { kind: 'unreadable', fileName };
  }
}

function problemCount(outcome: Outcome): number {
  if (outcome.kind !== 'loaded') return 1;
  return outcome.result.ok ? 0 : Math.max(1, outcome.result.errors.length);
}

function refusalMessage(outcome: Exclude<Outcome, { kind: 'loaded' }>, lang: Language): string {
  if (outcome.kind === 'unreadable') return t(lang, 'opener.unreadable');
  return t(lang, 'opener.tooLarge', { size: megabytes(outcome.size, lang) });
}

function refusalError(outcome: Exclude<Outcome, { kind: 'loaded' }>): ScenarioError {
  if (outcome.kind === 'too-large') return tooLargeError(outcome.fileName, outcome.size);
  return { code: 'unreadable', file: outcome.fileName, line: 1, column: 1, path: '', message: 'The file could not be read.' };
}
