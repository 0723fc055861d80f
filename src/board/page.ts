// board.html: the operational picture of a bundled scenario on its own, to look at the map, try it on a
// projector and test it end to end before the exercise screens embed it. It runs a real session in the
// page (multi-window, every role its own table) and sends every click through applyCommand, exactly as
// a screen would. `?stress=500` adds that many extra markers to the picture, for measuring frame times.
import '../zod-setup.js';
import '../styles/base.css';
import '../styles/board.css';
import { applyCommand, availableCommands, createSession, loadScenario, publicView, roleView, scenarioHash } from '../engine/index.js';
import type { Actor, Command, CommandBody, ExerciseState, Scenario } from '../engine/index.js';
import { LANGUAGES, t, tDynamic, type Language } from '../i18n/index.js';
import { initialLanguage, isLanguage, storeLanguage } from '../i18n/language.js';
import { el } from './dom.js';
import { localised } from './label.js';
import type { Board } from './mount.js';
import type { BoardInput } from './view-model.js';

const urls = import.meta.glob<string>(['/scenarios/*.json', '!/scenarios/scenario.schema.json'], { query: '?url&no-inline', import: 'default', eager: true });
const files = Object.entries(urls)
  .map(([path, url]) => ({ name: path.slice(path.lastIndexOf('/') + 1), url }))
  .sort((a, b) => a.name.localeCompare(b.name));

const params = new URLSearchParams(location.search);
const stress = Math.max(0, Math.min(5000, Number(params.get('stress') ?? 0) || 0));
const TRAINER: Actor = { kind: 'trainer' };
const PUBLIC = '';

/** localStorage when the browser allows it (reading the property throws when storage is blocked). */
function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// ?lang= first (a link to the page in a language), else the language chosen in the app, else the browser's.
const asked = params.get('lang');
let lang: Language = isLanguage(asked) ? asked : initialLanguage(browserStorage(), navigator.languages ?? []);
let scenario: Scenario | null = null;
let state: ExerciseState | null = null;
let board: Board | null = null;
let mounting: Promise<void> | null = null;

const heading = el('h1');
const intro = el('p');
const scenarioLabel = el('label', { attrs: { for: 'board-page-scenario' } });
const scenarioSelect = el('select', { attrs: { id: 'board-page-scenario' } }, files.map((f) => el('option', { text: f.name, attrs: { value: f.url } })));
const audienceLabel = el('label', { attrs: { for: 'board-page-audience' } });
const audienceSelect = el('select', { attrs: { id: 'board-page-audience' } });
const projectorBox = el('input', { attrs: { id: 'board-page-projector', type: 'checkbox' } });
const projectorLabel = el('label', { attrs: { for: 'board-page-projector' } });
const languageButtons = LANGUAGES.map((l) => el('button', { className: 'button', text: t(l, `lang.${l}`), attrs: { type: 'button', lang: l, 'data-lang': l } }));
const showButton = el('button', { className: 'button button--primary', attrs: { type: 'button' } });
const advanceButton = el('button', { className: 'button', attrs: { type: 'button' } });
const clock = el('p', { className: 'board-page__clock', attrs: { role: 'status' } });
const refusal = el('p', { className: 'board-page__refusal', attrs: { role: 'alert' } });
const structureTitle = el('h2');
const structureList = el('ul', { className: 'board-page__actions' });
const mount = el('div', { className: 'board-page__board', attrs: { 'data-board-mount': '' } });

document.body.replaceChildren(
  el('main', { className: 'board-page' }, [
    heading,
    intro,
    el('div', { className: 'board-page__controls' }, [
      el('p', {}, [scenarioLabel, scenarioSelect]),
      el('p', {}, [audienceLabel, audienceSelect]),
      el('p', {}, [projectorBox, projectorLabel]),
      el('p', { className: 'board-page__languages' }, languageButtons),
      el('p', {}, [showButton, advanceButton]),
    ]),
    clock,
    refusal,
    el('section', { className: 'board-page__structure' }, [structureTitle, structureList]),
    mount,
  ]),
);

function audience(): string {
  return audienceSelect.value;
}

function viewNow(): BoardInput | null {
  if (!scenario || !state) return null;
  const view = audience() === PUBLIC ? publicView(scenario, state) : roleView(scenario, state, audience());
  return stress > 0 ? withStressMarkers(view, stress) : view;
}

/** Extra markers spread over the map, the same on every load (a small LCG, not the exercise's randomness). */
function withStressMarkers(view: BoardInput, n: number): BoardInput {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const kinds = ['incident', 'suspect', 'casualties', 'drone', 'crowd', 'vehicle', 'other'];
  const { width, height } = view.board.bounds;
  const extra = Array.from({ length: n }, (_, i) => ({ id: `stress-${i}`, kind: kinds[i % kinds.length] as string, label: `#${i}`, at: [next() * width, next() * height] as const }));
  return { ...view, board: { ...view.board, markers: [...view.board.markers, ...extra] } };
}

function send(body: CommandBody, actor: Actor): void {
  if (!scenario || !state) return;
  const result = applyCommand(scenario, state, { ...body, actor } as Command);
  if (!result.ok) {
    refusal.textContent = t(lang, 'board.page.refused', { reason: tDynamic(lang, `refusal.${result.refusal.code}`, result.refusal.params) });
    return;
  }
  refusal.textContent = '';
  state = result.state;
  refresh();
}

function actionLabel(action: Record<string, unknown> & { action: string }): string {
  const name = tDynamic(lang, `action.${action.action}`);
  if (action.action === 'scale') return t(lang, 'board.page.scaleTo', { action: name, level: String(action.level) });
  const rest = Object.entries(action)
    .filter(([k]) => k !== 'action')
    .map(([, v]) => String(v));
  return rest.length > 0 ? `${name}: ${rest.join(', ')}` : name;
}

function renderStructureButtons(): void {
  const role = audience();
  structureTitle.textContent = t(lang, 'board.page.structure');
  if (!scenario || !state || role === PUBLIC) {
    structureList.replaceChildren();
    return;
  }
  const actor: Actor = { kind: 'role', role };
  const commands = availableCommands(scenario, state, actor).filter((c) => c.type === 'structure');
  structureList.replaceChildren(
    ...(commands.length === 0
      ? [el('li', { text: t(lang, 'board.page.structureNone') })]
      : commands.map((c) => {
          const body = c as Extract<CommandBody, { type: 'structure' }>;
          const button = el('button', { className: 'button', text: actionLabel(body.action as never), attrs: { type: 'button' } });
          button.addEventListener('click', () => send({ type: 'structure', action: body.action }, actor));
          return el('li', {}, [button]);
        })),
  );
}

function refresh(): void {
  if (state) clock.textContent = t(lang, 'board.page.round', { round: state.round, minute: state.minute });
  renderStructureButtons();
  const view = viewNow();
  if (board && view) board.update(view);
}

function renderStatic(): void {
  document.documentElement.lang = lang;
  document.title = t(lang, 'board.page.title');
  heading.textContent = t(lang, 'board.page.title');
  intro.textContent = t(lang, 'board.page.intro');
  scenarioLabel.textContent = t(lang, 'board.page.scenario');
  audienceLabel.textContent = t(lang, 'board.page.audience');
  projectorLabel.textContent = t(lang, 'board.page.projectorMode');
  showButton.textContent = t(lang, 'board.page.show');
  advanceButton.textContent = t(lang, 'board.page.advance');
  for (const b of languageButtons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  const current = audienceSelect.value;
  audienceSelect.replaceChildren(
    el('option', { text: t(lang, 'board.page.projector'), attrs: { value: PUBLIC } }),
    ...(scenario?.roles ?? []).map((r) => el('option', { text: localised(r.name, lang), attrs: { value: r.id } })),
  );
  audienceSelect.value = current;
}

async function loadSelected(): Promise<void> {
  clock.textContent = t(lang, 'board.page.loading');
  const response = await fetch(scenarioSelect.value);
  const result = loadScenario(await response.text(), scenarioSelect.selectedOptions[0]?.text ?? 'scenario.json');
  if (!result.ok) {
    refusal.textContent = result.errors.map((e) => e.message).join(' ');
    return;
  }
  scenario = result.scenario;
  const s = scenario;
  const settings = { mode: 'multiwindow' as const, tables: s.roles.map((r) => ({ id: r.id, name: localised(r.name, lang), roles: [r.id] })), simcell: [], feedback: 'debrief' as const };
  state = createSession(s, params.get('seed') ?? 'board-page', settings, scenarioHash(s));
  renderStatic();
  refresh();
}

async function showBoard(): Promise<void> {
  board?.destroy();
  board = null;
  const { mountBoard } = await import('./mount.js');
  board = await mountBoard(mount, {
    lang,
    projector: projectorBox.checked,
    onAction: (command) => {
      const role = audience();
      if (role !== PUBLIC) send(command, { kind: 'role', role });
    },
  });
  refresh();
}

showButton.addEventListener('click', () => {
  mounting = showBoard();
});
advanceButton.addEventListener('click', () => {
  if (!scenario || !state) return;
  // The first click starts the exercise and opens round 1; every later one closes the round.
  const phase = state.phase;
  if (phase === 'setup') send({ type: 'start' }, TRAINER);
  if (state.phase === 'briefing') send({ type: 'beginRounds' }, TRAINER);
  else if (phase !== 'setup') send({ type: 'advance' }, TRAINER);
});
scenarioSelect.addEventListener('change', () => void loadSelected());
audienceSelect.addEventListener('change', refresh);
projectorBox.addEventListener('change', () => {
  if (board || mounting) mounting = showBoard();
});
for (const b of languageButtons) {
  b.addEventListener('click', () => {
    lang = b.dataset.lang === 'en' ? 'en' : 'nl';
    storeLanguage(browserStorage(), lang);
    renderStatic();
    board?.setLanguage(lang);
    refresh();
  });
}

renderStatic();
void loadSelected();
