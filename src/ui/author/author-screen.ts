// The author view (issue "Scenario author toolkit", item 4): open a scenario file or drop it, and see
// at once whether it loads, with every error linked to its line in the file's text; once it loads, the
// linter's findings (the same rules as `npm run scenario:lint`), the inject timeline per role and a dry
// run with seeded bots; then play it in the normal exercise screens. Saving the file in the editor is
// enough to have it checked again where the browser allows; a reload opens the same file again.
import '../../styles/author.css';
import schemaUrl from '../../../scenarios/scenario.schema.json?url';
import type { BotPolicy } from '../../engine/bots/index.js';
import type { ScenarioError } from '../../engine/scenario/errors.js';
import type { Path } from '../../engine/scenario/paths.js';
import type { Scenario } from '../../engine/scenario/schema.js';
import { t } from '../../i18n/index.js';
import { redrawKeepingFocus } from '../app/focus.js';
import { routeHash } from '../app/routes.js';
import type { Screen, ScreenContext } from '../app/screen.js';
import { createFileOpener, type FileOpener } from '../components/file-opener.js';
import { el, uniqueId } from '../dom.js';
import { loadScenarioInWorker } from '../load-scenario.js';
import type * as AnalysisModule from './analysis.js';
import type { PlaytestReport, RunSummary, StaticFacts } from './analysis.js';
import { browserSlicer, startDryRun, type DryRunHandle, type Slicer } from './dry-run.js';
import { renderDryRunReport } from './dry-run-view.js';
import { filePicker, handleFromDrop, mayRead, pickFile, watchFile, type FileWatch, type WatchOptions } from './file-access.js';
import { renderFileStatus, type Follow, type RecheckNote } from './file-status.js';
import { fromLoadErrors, type Finding } from './finding.js';
import { renderFindings } from './findings-view.js';
import { browserKeptFileStore, type KeptFileStore } from './kept-file.js';
import { createSourceView } from './source-view.js';
import { buildTimeline } from './timeline-model.js';
import { renderTimeline } from './timeline-view.js';

export interface AuthorOptions {
  /** Where the open file is kept across a reload (IndexedDB, else localStorage). */
  readonly store?: KeptFileStore;
  /** The system file picker with handles (showOpenFilePicker); null where the browser has none. */
  readonly picker?: ReturnType<typeof filePicker>;
  readonly watch?: WatchOptions;
  readonly slicer?: Slicer;
  /** The dry run's first setting: seeded runs per bot policy. */
  readonly runsPerPolicy?: number;
}

export interface AuthorScreen extends Screen {
  /** Settles when nothing is being read, checked or played any more (for tests). */
  idle(): Promise<void>;
}

type Analysis = typeof AnalysisModule;

const POLICIES: readonly BotPolicy[] = ['random', 'doctrine', 'poor'];
const DEFAULT_RUNS = 10;
export const MAX_RUNS = 200;
const DEFAULT_SEED = 'author';

interface OpenFile {
  readonly name: string;
  /** Null when the file could not be read at all (too large, unreadable). */
  readonly text: string | null;
  readonly scenario: Scenario | null;
  readonly errors: readonly Finding[];
}

type Lint =
  | { readonly kind: 'pending' }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'done'; readonly facts: StaticFacts; readonly findings: readonly Finding[]; readonly withRuns: number | null };

type DryRun =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number; readonly handle: DryRunHandle }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'done'; readonly report: PlaytestReport };

export function mountAuthor(ctx: ScreenContext, options: AuthorOptions = {}): AuthorScreen {
  const store = options.store ?? browserKeptFileStore();
  const picker = options.picker === undefined ? filePicker() : options.picker;
  const slicer = options.slicer ?? browserSlicer;
  let lang = ctx.lang;
  let file: OpenFile | null = null;
  let follow: Follow | null = null;
  let kept: boolean | null = null;
  let note: RecheckNote = null;
  let lint: Lint = { kind: 'pending' };
  let dry: DryRun = { kind: 'idle' };
  let plan = { seed: DEFAULT_SEED, runsPerPolicy: options.runsPerPolicy ?? DEFAULT_RUNS };
  let place: ((path: Path) => { line: number; column: number; id: string } | null) | null = null;
  let watcher: FileWatch | null = null;
  let watched: FileSystemFileHandle | null = null;
  // How the file being opened right now came in; taken over by `follow` once the opener has read it.
  let incoming: Follow = { kind: 'kept' };
  let noteAfterOpen: RecheckNote = null;
  // Each opened file (or re-read) is a generation; work for an older one is dropped when it finishes.
  let generation = 0;
  let destroyed = false;
  const work = new Set<Promise<unknown>>();
  const texts = new WeakMap<readonly ScenarioError[], string>();
  let analysis: Promise<Analysis> | null = null;
  const loadAnalysis = () => (analysis ??= import('./analysis.js'));

  const track = <T>(p: Promise<T>): Promise<T> => {
    work.add(p);
    void p.finally(() => work.delete(p)).catch(() => undefined);
    return p;
  };

  // ---- the page's fixed parts: built once, filled in by draw() ----
  const title = el('h1');
  const lead = el('p', { className: 'author__lead' });
  const schemaLink = el('a', { className: 'button', attrs: { href: schemaUrl, download: 'scenario.schema.json', 'data-key': 'schema' } });
  const schemaNote = el('p', { className: 'author__schema-note' });
  const fileTitleId = uniqueId('author-file-title');
  const fileTitle = el('h2', { attrs: { id: fileTitleId, tabindex: '-1' } });
  const pickerButton = el('button', { className: 'button button--primary', attrs: { type: 'button', 'data-key': 'pick' } });
  const pickerHint = el('p', { className: 'field__hint' });
  const pickerPart = el('div', { className: 'author__picker' }, [pickerButton, pickerHint]);
  pickerPart.hidden = picker === null;
  const openerSlot = el('div', { className: 'author__opener' });
  const fileStatus = el('div', { className: 'author-file' });
  const announcer = el('p', { className: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' } });
  const fileSection = el('section', { className: 'author__part author__part--file', attrs: { 'aria-labelledby': fileTitleId } }, [fileTitle, pickerPart, openerSlot, fileStatus]);

  const findingsTitleId = uniqueId('author-findings-title');
  const findingsSection = el('section', { className: 'author__part author__part--findings', attrs: { 'aria-labelledby': findingsTitleId } });
  const source = createSourceView(lang);
  const workspace = el('div', { className: 'author__workspace' }, [findingsSection, source.element]);

  const timelineTitleId = uniqueId('author-timeline-title');
  const timelineSection = el('section', { className: 'author__part author__part--timeline', attrs: { 'aria-labelledby': timelineTitleId } });
  const dryTitleId = uniqueId('author-dry-title');
  const drySection = el('section', { className: 'author__part author__part--dry-run', attrs: { 'aria-labelledby': dryTitleId } });

  const page = el('div', { className: 'author' }, [
    title,
    lead,
    el('p', { className: 'author__schema' }, [schemaLink]),
    schemaNote,
    announcer,
    fileSection,
    workspace,
    timelineSection,
    drySection,
  ]);
  ctx.main.replaceChildren(page);

  let opener = makeOpener();

  function makeOpener(): FileOpener {
    const made = createFileOpener({
      lang,
      headingLevel: 3,
      load: async (text, name, onStage) => {
        const result = await loadScenarioInWorker(text, name, onStage);
        if (!result.ok) texts.set(result.errors, text);
        return result;
      },
      onScenario: (scenario, text, name) => opened({ name, text, scenario, errors: [] }),
      onErrors: (errors, name) => {
        const text = texts.get(errors) ?? null;
        opened({ name, text, scenario: null, errors: fromLoadErrors(errors, text !== null) });
      },
    });
    // The opener reads the file; the author view also needs to know where it came from, to follow it.
    // Capturing listeners see the file before the opener's own handlers clear the input.
    made.element.addEventListener(
      'change',
      (event) => {
        const picked = event.target instanceof HTMLInputElement ? event.target.files?.[0] : undefined;
        if (picked) arriving({ kind: 'snapshot', file: picked });
      },
      true,
    );
    made.element.addEventListener(
      'drop',
      (event) => {
        const dropped = event.dataTransfer?.files[0];
        if (dropped) droppedFile(dropped, handleFromDrop(event));
      },
      true,
    );
    openerSlot.replaceChildren(made.element);
    return made;
  }

  // ---- opening and following the file ----

  /** A file the author opens anew (not a re-read of the one open). */
  function arriving(from: Follow): void {
    incoming = from;
    noteAfterOpen = null;
  }

  /** A dropped file is a snapshot, unless the browser hands over its handle too: then it is followed. */
  function droppedFile(dropped: File, handle: Promise<FileSystemFileHandle | null> | null): void {
    arriving({ kind: 'snapshot', file: dropped });
    if (!handle) return;
    void track(
      handle.then((h) => {
        if (!h || destroyed) return;
        // Not read yet: it will be followed from the start. Read already: it is followed from now on.
        if (incoming.kind === 'snapshot' && incoming.file === dropped) incoming = { kind: 'watching', handle: h };
        else if (follow?.kind === 'snapshot' && follow.file === dropped) {
          follow = { kind: 'watching', handle: h };
          followChanged();
        }
      }),
    );
  }

  function opened(next: OpenFile): void {
    if (destroyed) return;
    generation += 1;
    const mine = generation;
    follow = incoming;
    incoming = { kind: 'kept' };
    note = noteAfterOpen;
    noteAfterOpen = null;
    if (dry.kind === 'running') dry.handle.cancel();
    file = next;
    lint = { kind: 'pending' };
    dry = { kind: 'idle' };
    place = null;
    kept = null;
    followChanged();
    source.show(next.text, next.name);
    draw();
    announce(next.scenario ? t(lang, 'author.announce.valid', { file: next.name }) : t(lang, 'author.announce.errors', { file: next.name, count: next.errors.length }));
    if (next.scenario && next.text !== null) void track(analyse(next.scenario, next.text, mine));
  }

  /** Start or stop looking at the file on disk to match `follow`, and keep the file (and handle) for a reload. */
  function followChanged(): void {
    const handle = follow?.kind === 'watching' ? follow.handle : null;
    if (handle !== watched) {
      watcher?.stop();
      watcher = null;
      watched = handle;
      // The first look reads the file; an unchanged text is recognised and changes nothing.
      if (handle) watcher = watchFile(handle, Number.NaN, (changed) => void track(reread(changed)), lost, options.watch);
    }
    drawFile();
    if (file) void track(keep(file, generation));
  }

  function lost(): void {
    watcher = null;
    watched = null;
    follow = { kind: 'lost' };
    drawFile();
  }

  async function keep(open: OpenFile, mine: number): Promise<void> {
    if (open.text === null) {
      await store.clear();
      return;
    }
    const handle = follow?.kind === 'watching' || follow?.kind === 'needsPermission' ? follow.handle : undefined;
    const ok = await store.write(handle ? { name: open.name, text: open.text, handle } : { name: open.name, text: open.text });
    if (mine !== generation || destroyed) return;
    kept = ok;
    drawFile();
  }

  /** Open new text of the same file, from the same source, noting that it was checked again. */
  async function reopen(text: string, from: Follow): Promise<void> {
    incoming = from;
    noteAfterOpen = 'rechecked';
    await opener.open(new File([text], file?.name ?? 'scenario.json', { type: 'application/json' }));
  }

  /** A new version of the followed file: opened like any file when its text changed. */
  async function reread(changed: File): Promise<void> {
    let text: string;
    try {
      text = await changed.text();
    } catch {
      lost();
      return;
    }
    if (!file || text === file.text || follow?.kind !== 'watching') return;
    await reopen(text, follow);
  }

  async function checkAgain(): Promise<void> {
    if (follow?.kind !== 'snapshot' || !file) return;
    const snapshot = follow;
    let text: string;
    try {
      text = await snapshot.file.text();
    } catch {
      // Chromium refuses to read a picked file again once it changed on disk: it must be picked again.
      note = 'unreadable';
      drawFile();
      return;
    }
    if (text === file.text) {
      note = 'unchanged';
      drawFile();
      return;
    }
    await reopen(text, snapshot);
  }

  async function pick(): Promise<void> {
    if (!picker) return;
    const handle = await pickFile(picker, t(lang, 'author.picker.types')).catch(() => null);
    if (!handle || destroyed) return;
    let picked: File;
    try {
      picked = await handle.getFile();
    } catch {
      return;
    }
    arriving({ kind: 'watching', handle });
    await opener.open(picked);
  }

  async function resumeWatching(): Promise<void> {
    if (follow?.kind !== 'needsPermission') return;
    const { handle } = follow;
    if (!(await mayRead(handle, true)) || follow.handle !== handle) return;
    follow = { kind: 'watching', handle };
    followChanged();
    await watcher?.check();
  }

  async function close(): Promise<void> {
    generation += 1;
    if (dry.kind === 'running') dry.handle.cancel();
    file = null;
    follow = null;
    incoming = { kind: 'kept' };
    note = null;
    kept = null;
    lint = { kind: 'pending' };
    dry = { kind: 'idle' };
    place = null;
    followChanged();
    source.show(null, '');
    opener = makeOpener();
    await track(store.clear());
    draw();
    announce(t(lang, 'author.announce.closed'));
    fileTitle.focus();
  }

  function play(): void {
    if (!file?.scenario) return;
    ctx.choose({ scenario: file.scenario, fileName: file.name });
    ctx.navigate(routeHash({ name: 'setup' }));
  }

  // ---- checking ----

  async function analyse(scenario: Scenario, text: string, mine: number): Promise<void> {
    let a: Analysis;
    try {
      a = await loadAnalysis();
    } catch (error) {
      if (mine !== generation) return;
      lint = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
      drawChecks();
      return;
    }
    if (mine !== generation || destroyed) return;
    const position = a.locate(text);
    place = (path) => {
      const { line, column } = position(path);
      return { line, column, id: source.lineId(line) };
    };
    drawTimeline();
    // The static pass takes a moment on a large scenario: let the page paint the timeline first.
    await slicer.pause();
    if (mine !== generation || destroyed) return;
    const statically = a.lintStatically(scenario, text);
    lint = { kind: 'done', facts: statically.facts, findings: a.placeFindings(text, statically.findings), withRuns: null };
    drawChecks();
    announceLint();
    await runDry(scenario, text, mine);
  }

  async function runDry(scenario: Scenario, text: string, mine: number): Promise<void> {
    const a = await loadAnalysis();
    if (mine !== generation || destroyed) return;
    if (dry.kind === 'running') dry.handle.cancel();
    const { seed, runsPerPolicy } = plan;
    const engine = { jobs: a.playtestJobs, play: a.playRun };
    // Progress may be reported before startDryRun returns; only this run's own progress is shown.
    let handle: DryRunHandle | null = null;
    const onProgress = (done: number, total: number) => {
      if (handle === null || mine !== generation || dry.kind !== 'running' || dry.handle !== handle) return;
      dry = { kind: 'running', done, total, handle };
      drawProgress();
    };
    handle = startDryRun(scenario, { seed, runsPerPolicy, policies: POLICIES }, engine, onProgress, slicer);
    dry = { kind: 'running', done: 0, total: runsPerPolicy * POLICIES.length, handle };
    drawDryRun();
    announce(t(lang, 'author.announce.dryRunStarted', { total: runsPerPolicy * POLICIES.length }));
    const runs = await track(handle.done);
    if (mine !== generation || destroyed || dry.kind !== 'running' || dry.handle !== handle) return;
    if (runs === null) return;
    finishDry(a, scenario, text, runs, { seed, runsPerPolicy });
  }

  function finishDry(a: Analysis, scenario: Scenario, text: string, runs: readonly RunSummary[], used: { seed: string; runsPerPolicy: number }): void {
    dry = { kind: 'done', report: a.dryRunReport(scenario, runs, { seed: used.seed, policies: POLICIES, runsPerPolicy: used.runsPerPolicy }) };
    if (lint.kind === 'done') lint = { ...lint, findings: a.placeFindings(text, a.lintWithRuns(scenario, text, lint.facts, runs)), withRuns: runs.length };
    drawChecks();
    drawDryRun();
    announce(t(lang, 'author.announce.dryRunDone', { total: runs.length }));
  }

  function restartDry(): void {
    if (!file?.scenario || file.text === null) return;
    void track(runDry(file.scenario, file.text, generation));
  }

  function stopDry(): void {
    if (dry.kind !== 'running') return;
    dry.handle.cancel();
    dry = { kind: 'stopped' };
    drawDryRun();
    announce(t(lang, 'author.announce.dryRunStopped'));
  }

  // ---- drawing ----

  function announce(text: string): void {
    // Cleared first, so the same sentence twice is announced twice.
    announcer.textContent = '';
    announcer.textContent = text;
  }

  function announceLint(): void {
    if (lint.kind !== 'done') return;
    const { errors, warnings } = countBySeverity(lint.findings);
    announce(t(lang, 'author.announce.lint', { errors, warnings }));
  }

  const reveal = (line: number, column: number) => {
    source.reveal(line, column);
  };
  const lineIdFor = (line: number) => (file?.text === null || file === null ? null : source.lineId(line));
  const placeOf = (path: Path) => (place ? place(path) : null);

  function drawFile(): void {
    redrawKeepingFocus(fileStatus, () => {
      if (!file || !follow) {
        fileStatus.replaceChildren();
        return;
      }
      fileStatus.replaceChildren(
        ...renderFileStatus({ fileName: file.name, follow, kept, note, playable: file.scenario !== null }, lang, {
          checkAgain: () => void track(checkAgain()),
          resumeWatching: () => void track(resumeWatching()),
          close: () => void close(),
          play,
        }),
      );
    });
  }

  function drawChecks(): void {
    findingsSection.hidden = file === null;
    if (!file) {
      findingsSection.replaceChildren();
      return;
    }
    const heading = el('h2', { attrs: { id: findingsTitleId } });
    const options = { lang, fileName: file.name, lineId: lineIdFor, reveal };
    if (!file.scenario) {
      heading.textContent = t(lang, 'author.errors.title');
      findingsSection.replaceChildren(heading, el('p', { className: 'author__intro', text: t(lang, 'author.errors.intro', { count: file.errors.length }) }), renderFindings(file.errors, options));
      return;
    }
    heading.textContent = t(lang, 'author.lint.title');
    const parts: HTMLElement[] = [heading];
    if (lint.kind === 'pending') parts.push(el('p', { className: 'author__pending', text: t(lang, 'author.lint.pending') }));
    else if (lint.kind === 'failed') parts.push(el('p', { className: 'refusal', text: t(lang, 'author.lint.failed', { reason: lint.reason }) }));
    else {
      const { errors, warnings } = countBySeverity(lint.findings);
      parts.push(el('p', { className: 'author__summary', text: lint.findings.length === 0 ? t(lang, 'author.lint.clean') : t(lang, 'author.lint.summary', { errors, warnings }) }));
      parts.push(el('p', { className: 'field__hint', text: lint.withRuns === null ? t(lang, 'author.lint.staticOnly') : t(lang, 'author.lint.withRuns', { runs: lint.withRuns }) }));
      if (lint.findings.length > 0) parts.push(renderFindings(lint.findings, options));
    }
    findingsSection.replaceChildren(...parts);
  }

  function drawTimeline(): void {
    const scenario = file?.scenario;
    timelineSection.hidden = !scenario;
    if (!scenario) {
      timelineSection.replaceChildren();
      return;
    }
    const captionId = uniqueId('author-timeline-caption');
    const table = renderTimeline(buildTimeline(scenario), scenario, captionId, { lang, place: placeOf, reveal });
    timelineSection.replaceChildren(
      el('h2', { text: t(lang, 'author.timeline.title'), attrs: { id: timelineTitleId } }),
      el('p', { className: 'field__hint', text: t(lang, 'author.timeline.intro', { minutes: scenario.clock.minutesPerRound }), attrs: { id: captionId } }),
      // Wide scenarios scroll sideways; the region can take focus so the keyboard can scroll it too.
      el('div', { className: 'author-timeline', attrs: { tabindex: '0', role: 'group', 'aria-label': t(lang, 'author.timeline.scroll') } }, [table]),
    );
  }

  const progress = el('progress', { className: 'author-dry-run__bar' });
  const progressText = el('p', { className: 'author-dry-run__progress' });

  function drawProgress(): void {
    if (dry.kind !== 'running') return;
    progress.max = dry.total;
    progress.value = dry.done;
    progress.setAttribute('aria-label', t(lang, 'author.dryRun.progressLabel'));
    progressText.textContent = t(lang, 'author.dryRun.progress', { done: dry.done, total: dry.total });
  }

  function drawDryRun(): void {
    const scenario = file?.scenario;
    drySection.hidden = !scenario;
    if (!scenario || !file) {
      drySection.replaceChildren();
      return;
    }
    const fileName = file.name;
    redrawKeepingFocus(drySection, () => {
      const runsId = uniqueId('author-runs');
      const seedId = uniqueId('author-seed');
      const runsInput = el('input', { attrs: { type: 'number', id: runsId, min: '1', max: String(MAX_RUNS), step: '1', value: String(plan.runsPerPolicy), 'data-key': 'runs', inputmode: 'numeric' } });
      const seedInput = el('input', { attrs: { type: 'text', id: seedId, value: plan.seed, 'data-key': 'seed', spellcheck: 'false', autocomplete: 'off' } });
      const readPlan = () => {
        const runs = Math.round(Number(runsInput.value));
        plan = { seed: seedInput.value.trim() || DEFAULT_SEED, runsPerPolicy: Number.isFinite(runs) ? Math.min(MAX_RUNS, Math.max(1, runs)) : DEFAULT_RUNS };
      };
      const start = el('button', { className: 'button button--primary', text: t(lang, dry.kind === 'idle' ? 'author.dryRun.start' : 'author.dryRun.again'), attrs: { type: 'submit', 'data-key': 'start' } });
      const form = el('form', { className: 'author-dry-run__form' }, [
        el('div', { className: 'field' }, [el('label', { className: 'field__label', text: t(lang, 'author.dryRun.runs'), attrs: { for: runsId } }), runsInput]),
        el('div', { className: 'field' }, [el('label', { className: 'field__label', text: t(lang, 'author.dryRun.seed'), attrs: { for: seedId } }), seedInput]),
        el('div', { className: 'author-dry-run__buttons' }, [start]),
      ]);
      runsInput.addEventListener('change', readPlan);
      seedInput.addEventListener('change', readPlan);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        readPlan();
        restartDry();
      });
      const body: HTMLElement[] = [];
      if (dry.kind === 'running') {
        const stop = el('button', { className: 'button', text: t(lang, 'author.dryRun.stop'), attrs: { type: 'button', 'data-key': 'stop' } });
        stop.addEventListener('click', stopDry);
        form.querySelector('.author-dry-run__buttons')?.append(stop);
        drawProgress();
        body.push(el('div', { className: 'author-dry-run__running' }, [progress, progressText]));
      } else if (dry.kind === 'stopped') {
        body.push(el('p', { text: t(lang, 'author.dryRun.stopped') }));
      } else if (dry.kind === 'done') {
        body.push(renderDryRunReport(dry.report, scenario, { lang, fileName, place: placeOf, reveal }));
      }
      drySection.replaceChildren(
        el('h2', { text: t(lang, 'author.dryRun.title'), attrs: { id: dryTitleId } }),
        el('p', { className: 'field__hint', text: t(lang, 'author.dryRun.intro') }),
        form,
        ...body,
      );
    });
  }

  function draw(): void {
    ctx.setTitle(t(lang, 'author.title'));
    title.textContent = t(lang, 'author.title');
    lead.textContent = t(lang, 'author.lead');
    schemaLink.textContent = t(lang, 'author.schema.download');
    schemaNote.textContent = t(lang, 'author.schema.note');
    fileTitle.textContent = t(lang, 'author.file.title');
    pickerButton.textContent = t(lang, 'author.picker.button');
    pickerHint.textContent = t(lang, 'author.picker.hint');
    source.setLanguage(lang);
    drawFile();
    drawChecks();
    drawTimeline();
    drawDryRun();
  }

  pickerButton.addEventListener('click', () => void track(pick()));

  draw();

  // A reload opens the file that was open, from this browser's copy; a kept handle follows the file again
  // at once where the browser still allows reading it, else after the author says so.
  void track(
    store.read().then(async (saved) => {
      if (!saved || destroyed || file !== null) return;
      const { handle } = saved;
      incoming = handle ? { kind: 'needsPermission', handle } : { kind: 'kept' };
      await opener.open(new File([saved.text], saved.name, { type: 'application/json' }));
      if (handle && (await mayRead(handle, false)) && follow?.kind === 'needsPermission' && follow.handle === handle) {
        follow = { kind: 'watching', handle };
        followChanged();
        await watcher?.check();
      }
    }),
  );

  return {
    setLanguage(next) {
      lang = next;
      opener.setLanguage(next);
      draw();
    },
    destroy() {
      destroyed = true;
      generation += 1;
      watcher?.stop();
      if (dry.kind === 'running') dry.handle.cancel();
    },
    async idle() {
      while (work.size > 0) await Promise.allSettled([...work]);
    },
  };
}

function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
