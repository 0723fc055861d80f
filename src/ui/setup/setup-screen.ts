// Setting up an exercise (issue item 1): the scenario, the seed (random, always shown, editable), the
// tables and who plays which role, the windows, feedback timing, an optional round timer, and the
// content warnings acknowledged before anything starts. Start creates the session in this window,
// which becomes the trainer console and hosts it.
import '../../zod-setup.js';
import '../../styles/setup.css';
// The handouts are the debrief's printable documents (role cards) and share their styles and print sheet.
import '../../styles/debrief.css';
import '../../styles/print.css';
import { createSession, scenarioHash } from '../../engine/index.js';
import { playOffer } from '../../engine/session/play-choices.js';
import type { Scenario } from '../../engine/scenario/schema.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { redrawKeepingFocus } from '../app/focus.js';
import { routeHash } from '../app/routes.js';
import type { Screen, ScreenContext } from '../app/screen.js';
import { checkbox, labelledField as field, radios } from '../components/choices.js';
import { renderPlayBasics, renderScenarioChoices } from '../components/play-choices.js';
import { createFileOpener, type FileOpener } from '../components/file-opener.js';
import { renderScenarioCard } from '../components/scenario-card.js';
import { named } from '../components/structure-status.js';
import { el, uniqueId } from '../dom.js';
import { hostSession } from '../session/runtime.js';
import { rememberWindows, windowHash, windowName, windowsFor } from '../session/windows.js';
import { localise } from '../text.js';
import { randomSeed } from './seed.js';
import { KEEP_NAMES } from '../exports/anonymise.js';
import { renderRoleCards } from '../exports/role-cards.js';
import { renderBackground } from './background.js';
import { hasPrintables, PRINTABLE_KINDS, renderPrintable, type PrintableKind } from '../discussion/printables.js';
import {
  addTable,
  applyLayout,
  defaultDraft,
  layoutTables,
  MAX_MODULE_MINUTES,
  removeTable,
  rolesAt,
  TABLE_LAYOUTS,
  toSettings,
  validate,
  type RoleSeat,
  type SetupDraft,
  type SetupProblem,
  type TableLayout,
} from './setup-model.js';

export interface SetupOptions {
  /** The seed a new draft starts with; random unless a test fixes it. */
  readonly seed?: () => string;
}

const SIMCELL = 'simcell';
/** The printable documents setup offers: role cards and background for every scenario, the HSEEP documents for one in modules. */
type Handout = 'cards' | 'background' | PrintableKind;
const DEFAULTS = 'defaults';

export function mountSetup(ctx: ScreenContext, options: SetupOptions = {}): Screen {
  const { main, services } = ctx;
  const newSeed = options.seed ?? (() => randomSeed());
  let lang = ctx.lang;
  let scenario: Scenario | null = ctx.chosen?.scenario ?? null;
  let fileName = ctx.chosen?.fileName ?? '';
  let draft: SetupDraft | null = scenario ? fresh(scenario) : null;
  let showProblems = false;
  let summaryFocus = false;
  /** A handout shown for printing in place of the form, or null. */
  let handout: Handout | null = null;
  /** What the last one-click action did, said to screen-reader users and shown beside the buttons. */
  let layoutNote = '';

  const opener: FileOpener = createFileOpener({
    lang,
    headingLevel: 4,
    onScenario: (opened, _text, name) => {
      scenario = opened;
      fileName = name;
      draft = fresh(opened);
      showProblems = false;
      ctx.choose({ scenario: opened, fileName: name });
      redraw();
    },
  });
  const page = el('div', { className: 'setup' });
  main.replaceChildren(page);

  function fresh(s: Scenario): SetupDraft {
    return defaultDraft(s, newSeed(), (role) => localise(role.name, lang));
  }

  function redraw(): void {
    redrawKeepingFocus(page, draw);
    if (summaryFocus) {
      summaryFocus = false;
      page.querySelector<HTMLElement>('.setup__problems h2')?.focus();
    }
  }

  function draw(): void {
    opener.setLanguage(lang);
    const title = el('h1', { text: t(lang, 'setup.title') });
    if (!scenario || !draft) {
      page.replaceChildren(
        title,
        el('p', { text: t(lang, 'setup.noScenario') }),
        el('p', {}, [el('a', { text: t(lang, 'setup.backHome'), attrs: { href: routeHash({ name: 'home' }) } })]),
        part('open', t(lang, 'setup.open'), [opener.element]),
      );
      return;
    }
    const s = scenario;
    const d = draft;
    if (handout !== null) {
      page.replaceChildren(...renderHandout(handout, d, s));
      return;
    }
    const problems = showProblems ? validate(d, s) : [];
    page.replaceChildren(
      title,
      el('p', { className: 'setup__lead', text: t(lang, 'setup.lead') }),
      ...(problems.length > 0 ? [renderProblems(problems, s, d)] : []),
      part('scenario', t(lang, 'setup.scenario'), [
        renderScenarioCard(s, lang, { headingLevel: 3, ...(fileName ? { fileName } : {}) }),
        el('details', { className: 'setup__other' }, [el('summary', { text: t(lang, 'setup.openOther') }), opener.element]),
      ]),
      part('seed', t(lang, 'setup.seed'), renderSeed(d)),
      part('tables', t(lang, 'setup.tables'), [renderLayouts(d, s), ...renderTables(d, s), ...renderSeats(d, s)]),
      part('handouts', t(lang, 'setup.handouts'), renderHandoutButtons(s)),
      part('play', t(lang, 'setup.play'), [...renderPlay(d), ...renderScenarioChoices(d, playOffer(s), { lang, keyPrefix: '', redraw })]),
      part('warnings', t(lang, 'setup.warnings'), renderWarnings(d, s)),
      renderStart(d, s),
    );
  }

  function part(name: string, title: string, children: readonly Node[]): HTMLElement {
    const id = uniqueId(`setup-${name}`);
    return el('section', { className: `setup__part setup__part--${name}`, attrs: { 'aria-labelledby': id } }, [el('h2', { text: title, attrs: { id } }), ...children]);
  }

  function renderSeed(d: SetupDraft): Node[] {
    const input = el('input', { className: 'setup__seed', attrs: { type: 'text', 'data-key': 'seed', autocomplete: 'off', spellcheck: 'false', id: 'setup-seed' } });
    input.value = d.seed;
    input.addEventListener('input', () => (d.seed = input.value));
    const again = el('button', { className: 'button', text: t(lang, 'setup.seedNew'), attrs: { type: 'button', 'data-key': 'seed-new' } });
    again.addEventListener('click', () => {
      d.seed = newSeed();
      redraw();
    });
    return [field(t(lang, 'setup.seedLabel'), input, t(lang, 'setup.seedHint')), again];
  }

  function layoutTableName(s: Scenario, group: string): string {
    const role = s.roles.find((r) => r.id === group);
    return role ? localise(role.name, lang) : t(lang, `setup.layout.table.${group}` as MessageKey);
  }

  /** The layouts a trainer can choose in one click, each saying which tables it makes for this scenario. */
  function renderLayouts(d: SetupDraft, s: Scenario): HTMLElement {
    const id = uniqueId('setup-layouts');
    const seen = new Set<string>();
    const buttons: HTMLElement[] = [];
    for (const layout of TABLE_LAYOUTS) {
      const tables = layoutTables(d, s, layout);
      // Two layouts that make the same tables (a scenario without a national role) are offered once.
      const signature = JSON.stringify(tables.map((tb) => tb.roles));
      // A grouped layout that makes one table is "one table for all roles", offered on its own.
      const grouped = layout === 'groups' || layout === 'local-national';
      if (tables.length === 0 || (grouped && tables.length < 2) || seen.has(signature)) continue;
      seen.add(signature);
      const button = el('button', { className: 'button', text: layoutLabel(s, layout, tables), attrs: { type: 'button', 'data-key': `layout:${layout}` } });
      button.addEventListener('click', () => chooseLayout(d, s, layout));
      buttons.push(button);
    }
    return el('div', { className: 'setup__layouts', attrs: { role: 'group', 'aria-labelledby': id } }, [
      el('h3', { text: t(lang, 'setup.layout.title'), attrs: { id } }),
      el('p', { className: 'field__hint', text: t(lang, 'setup.layout.hint') }),
      el('div', { className: 'setup__layout-buttons' }, buttons),
      el('p', { className: 'setup__layout-note', text: layoutNote, attrs: { role: 'status' } }),
    ]);
  }

  function layoutLabel(s: Scenario, layout: TableLayout, tables: readonly { group: string }[]): string {
    const count = tables.length;
    const word = count <= 3 ? t(lang, `setup.layout.count.${count}` as MessageKey) : String(count);
    const names = tables.map((tb) => layoutTableName(s, tb.group)).join(' / ');
    return t(lang, `setup.layout.${layout}`, { count: layout === 'per-role' ? count : word, tables: names });
  }

  function chooseLayout(d: SetupDraft, s: Scenario, layout: TableLayout): void {
    applyLayout(d, s, layout, (group) => layoutTableName(s, group));
    layoutNote = t(lang, 'setup.layout.applied', { count: d.tables.length, tables: d.tables.map((tb) => tb.name).join(', ') });
    redraw();
  }

  function renderHandoutButtons(s: Scenario): Node[] {
    const open = (which: Handout, label: string) => {
      const button = el('button', { className: 'button', text: label, attrs: { type: 'button', 'data-key': `handout:${which}` } });
      button.addEventListener('click', () => {
        handout = which;
        draw();
        page.querySelector<HTMLElement>('.print-doc [tabindex="-1"]')?.focus();
      });
      return button;
    };
    return [
      el('p', { className: 'field__hint', text: t(lang, 'setup.handoutsLead') }),
      el('div', { className: 'setup__layout-buttons' }, [open('cards', t(lang, 'setup.handouts.cards')), open('background', t(lang, 'setup.handouts.background'))]),
      // A scenario in modules also gets the HSEEP documents: situation manual, handbook, evaluation guides.
      ...(hasPrintables(s)
        ? [
            el('p', { className: 'field__hint', text: t(lang, 'print.lead') }),
            el('div', { className: 'setup__layout-buttons' }, PRINTABLE_KINDS.map((kind) => open(kind, t(lang, `print.open.${kind}`)))),
          ]
        : []),
    ];
  }

  /** A handout on its own, with Back and Print: the print style sheet prints only the document. */
  function renderHandout(which: Handout, d: SetupDraft, s: Scenario): Node[] {
    const settings = toSettings(d, s);
    const back = el('button', { className: 'button', text: t(lang, 'setup.handouts.back'), attrs: { type: 'button', 'data-key': 'handout-back' } });
    back.addEventListener('click', () => {
      handout = null;
      draw();
      page.querySelector<HTMLElement>(`[data-key="handout:${which}"]`)?.focus();
    });
    const print = el('button', { className: 'button button--primary', text: t(lang, 'setup.handouts.print'), attrs: { type: 'button', 'data-key': 'handout-print' } });
    print.addEventListener('click', () => window.print());
    const id = 'setup-handout';
    const doc =
      which === 'cards'
        ? renderRoleCards({ scenario: s, state: createSession(s, d.seed.trim() || 'handout', settings, scenarioHash(s)), lang, swap: KEEP_NAMES, level: 2, id })
        : which === 'background'
          ? renderBackground({ scenario: s, settings, lang, level: 2, id })
          : renderPrintable(which, { scenario: s, settings, lang, level: 2, id });
    return [
      el('h1', { className: 'no-print', text: t(lang, 'setup.handouts') }),
      el('div', { className: 'document-toolbar no-print' }, [back, print, el('p', { className: 'document-toolbar__hint', text: t(lang, 'setup.handouts.printHint') })]),
      doc,
    ];
  }

  function renderTables(d: SetupDraft, s: Scenario): Node[] {
    const items = d.tables.map((table, index) => {
      const name = el('input', { attrs: { type: 'text', 'data-key': `table:${table.id}:name`, id: `setup-${table.id}-name` } });
      name.value = table.name;
      // Renaming updates the name where it shows in place: a redraw here would pull the next field
      // from under the user's click.
      name.addEventListener('input', () => {
        table.name = name.value;
        showTableName(d, table.id);
      });
      const people = el('textarea', { attrs: { rows: '2', 'data-key': `table:${table.id}:participants`, id: `setup-${table.id}-participants` } });
      people.value = table.participants;
      people.addEventListener('input', () => (table.participants = people.value));
      const roles = rolesAt(d, s, table.id).map((id) => roleName(s, id));
      const children: Node[] = [
        el('legend', { text: legendText(index, table.name), attrs: { 'data-table-legend': table.id } }),
        field(t(lang, 'setup.tableName'), name),
        field(t(lang, 'setup.participants'), people, t(lang, 'setup.participantsHint')),
        el('p', { className: 'setup__roles-at', text: roles.length === 0 ? t(lang, 'setup.tableNoRoles') : t(lang, 'setup.tableRoles', { roles: roles.join(', ') }) }),
      ];
      if (d.tables.length > 1) {
        const remove = el('button', {
          className: 'button button--small',
          text: removeText(index, table.name),
          attrs: { type: 'button', 'data-key': `table:${table.id}:remove`, 'data-table-remove': table.id },
        });
        remove.addEventListener('click', () => {
          removeTable(d, table.id);
          redraw();
          page.querySelector<HTMLElement>('[data-key="table-add"]')?.focus();
        });
        children.push(remove);
      }
      return el('li', {}, [el('fieldset', { className: 'setup__table' }, children)]);
    });
    const add = el('button', { className: 'button', text: t(lang, 'setup.tableAdd'), attrs: { type: 'button', 'data-key': 'table-add' } });
    add.addEventListener('click', () => {
      const table = addTable(d, t(lang, 'setup.tableDefaultName', { number: d.tables.length + 1 }));
      redraw();
      page.querySelector<HTMLElement>(`#setup-${table.id}-name`)?.focus();
    });
    return [el('h3', { text: t(lang, 'setup.tableList') }), el('ol', { className: 'setup__table-list' }, items), add];
  }

  const legendText = (index: number, name: string) => t(lang, 'setup.tableLegend', { number: index + 1, name: name.trim() || '…' });
  const removeText = (index: number, name: string) => t(lang, 'setup.tableRemove', { name: name.trim() || String(index + 1) });
  const seatText = (index: number, name: string) => t(lang, 'setup.seatTable', { name: name.trim() || String(index + 1) });

  function showTableName(d: SetupDraft, id: string): void {
    const index = d.tables.findIndex((tb) => tb.id === id);
    const name = d.tables[index]?.name ?? '';
    for (const legend of page.querySelectorAll<HTMLElement>('[data-table-legend]')) if (legend.dataset.tableLegend === id) legend.textContent = legendText(index, name);
    for (const button of page.querySelectorAll<HTMLElement>('[data-table-remove]')) if (button.dataset.tableRemove === id) button.textContent = removeText(index, name);
    for (const option of page.querySelectorAll<HTMLOptionElement>('select option')) if (option.value === id) option.textContent = seatText(index, name);
  }

  function seatValue(seat: RoleSeat | undefined): string {
    if (!seat || seat.kind === 'defaults') return DEFAULTS;
    return seat.kind === 'simcell' ? SIMCELL : seat.table;
  }

  function renderSeats(d: SetupDraft, s: Scenario): Node[] {
    const rows = s.roles.map((role) => {
      const select = el('select', { attrs: { 'data-key': `seat:${role.id}`, id: `setup-seat-${role.id}` } }, [
        ...d.tables.map((table, i) => el('option', { text: seatText(i, table.name), attrs: { value: table.id } })),
        el('option', { text: t(lang, 'setup.seatSimcell'), attrs: { value: SIMCELL } }),
        ...(role.required ? [] : [el('option', { text: t(lang, 'setup.seatDefaults'), attrs: { value: DEFAULTS } })]),
      ]);
      select.value = seatValue(d.seats[role.id]);
      select.addEventListener('change', () => {
        const v = select.value;
        d.seats[role.id] = v === SIMCELL ? { kind: 'simcell' } : v === DEFAULTS ? { kind: 'defaults' } : { kind: 'table', table: v };
        redraw();
      });
      const label = t(lang, 'setup.seatLabel', { role: localise(role.name, lang), office: named('office', role.office, lang) });
      return el('li', {}, [field(label, select, role.required ? t(lang, 'setup.seatRequired') : t(lang, 'setup.seatOptional'))]);
    });
    return [el('h3', { text: t(lang, 'setup.seats') }), el('p', { className: 'field__hint', text: t(lang, 'setup.seatsHint') }), el('ul', { className: 'setup__seats' }, rows)];
  }

  function renderPlay(d: SetupDraft): Node[] {
    const mode = radios(
      t(lang, 'setup.mode'),
      'mode',
      d.mode,
      [
        { value: 'hotseat', label: t(lang, 'setup.modeHotseat'), hint: t(lang, 'setup.modeHotseatHint') },
        { value: 'multiwindow', label: t(lang, 'setup.modeMultiwindow'), hint: t(lang, 'setup.modeMultiwindowHint') },
      ],
      (v) => {
        d.mode = v;
        d.windows.station = v === 'hotseat';
        d.windows.tables = v === 'multiwindow';
        redraw();
      },
    );
    const windows = el('fieldset', { className: 'setup__choices' }, [
      el('legend', { text: t(lang, 'setup.windows') }),
      checkbox(t(lang, 'setup.windowConsole'), 'window:console', true, () => undefined, true),
      checkbox(t(lang, 'setup.windowStation'), 'window:station', d.windows.station, (c) => (d.windows.station = c)),
      checkbox(t(lang, 'setup.windowTables'), 'window:tables', d.windows.tables, (c) => (d.windows.tables = c)),
      checkbox(t(lang, 'setup.windowProjector'), 'window:projector', d.windows.projector, (c) => (d.windows.projector = c)),
      checkbox(t(lang, 'setup.windowEvaluator'), 'window:evaluator', d.windows.evaluator, (c) => (d.windows.evaluator = c)),
      el('p', { className: 'field__hint', text: t(lang, 'setup.windowsHint') }),
    ]);
    return [mode, windows, ...renderPlayBasics(d, { lang, keyPrefix: '', redraw })];
  }

  function renderWarnings(d: SetupDraft, s: Scenario): Node[] {
    if (s.contentWarnings.length === 0) return [el('p', { text: t(lang, 'setup.warningsNone') })];
    return [
      el('p', { text: t(lang, 'setup.warningsLead') }),
      el('ul', { className: 'setup__warnings' }, s.contentWarnings.map((w) => el('li', { text: localise(w, lang) }))),
      checkbox(t(lang, 'setup.acknowledge'), 'acknowledge', d.acknowledged, (c) => {
        d.acknowledged = c;
        if (showProblems) redraw();
      }),
    ];
  }

  function problemText(p: SetupProblem, s: Scenario, d: SetupDraft): string {
    const tableName = (id: string) => {
      const i = d.tables.findIndex((tb) => tb.id === id);
      return d.tables[i]?.name.trim() || String(i + 1);
    };
    switch (p.code) {
      case 'table-empty':
      case 'table-unnamed':
      case 'table-name-twice':
        return t(lang, `setup.problem.${p.code}`, { table: tableName(p.table) });
      case 'required-role-unplayed':
        return t(lang, 'setup.problem.required-role-unplayed', { role: roleName(s, p.role) });
      case 'module-minutes-invalid': {
        const module = s.modules.find((m) => m.id === p.module);
        return t(lang, 'setup.problem.module-minutes-invalid', { module: module ? localise(module.title, lang) : p.module, max: MAX_MODULE_MINUTES });
      }
      default:
        return t(lang, `setup.problem.${p.code}` as MessageKey);
    }
  }

  /** Where a problem is fixed, so the summary can take the user there. */
  function problemTarget(p: SetupProblem): string {
    switch (p.code) {
      case 'seed-empty':
        return 'seed';
      case 'table-empty':
      case 'table-unnamed':
      case 'table-name-twice':
        return `table:${p.table}:name`;
      case 'required-role-unplayed':
        return `seat:${p.role}`;
      case 'timer-invalid':
        return 'timer:minutes';
      case 'module-minutes-invalid':
        return `module-minutes:${p.module}`;
      case 'no-windows':
        return 'window:station';
      case 'warnings-not-acknowledged':
        return 'acknowledge';
      case 'no-tables':
        return 'table-add';
    }
  }

  function renderProblems(problems: readonly SetupProblem[], s: Scenario, d: SetupDraft): HTMLElement {
    const id = uniqueId('setup-problems');
    return el('section', { className: 'setup__problems', attrs: { 'aria-labelledby': id, role: 'alert' } }, [
      el('h2', { text: t(lang, 'setup.problems'), attrs: { id, tabindex: '-1' } }),
      el(
        'ul',
        {},
        problems.map((p) => {
          const go = el('button', { className: 'link-button', text: problemText(p, s, d), attrs: { type: 'button' } });
          go.addEventListener('click', () => [...page.querySelectorAll<HTMLElement>('[data-key]')].find((n) => n.dataset.key === problemTarget(p))?.focus());
          return el('li', {}, [go]);
        }),
      ),
    ]);
  }

  function renderStart(d: SetupDraft, s: Scenario): HTMLElement {
    const start = el('button', { className: 'button button--primary button--large', text: t(lang, 'setup.start'), attrs: { type: 'button', 'data-key': 'start' } });
    start.addEventListener('click', () => begin(d, s));
    return el('div', { className: 'setup__start' }, [el('p', { className: 'field__hint', text: t(lang, 'setup.startHint') }), start]);
  }

  function begin(d: SetupDraft, s: Scenario): void {
    if (validate(d, s).length > 0) {
      showProblems = true;
      summaryFocus = true;
      redraw();
      return;
    }
    const id = services.randomId();
    const settings = toSettings(d, s);
    const state = createSession(s, d.seed.trim(), settings, scenarioHash(s));
    const windows = windowsFor(d.windows, settings);
    rememberWindows(services.windowStorage, id, windows);
    hostSession(services, id, s, state, localise(s.title, lang));
    void services.holdHostLock(id);
    // Browsers let one click open one window; the trainer opens the others from the console.
    const first = windows[0];
    if (first) services.openWindow(windowHash(id, first), windowName(id, first));
    ctx.navigate(routeHash({ name: 'trainer', session: id }));
  }

  function roleName(s: Scenario, id: string): string {
    const role = s.roles.find((r) => r.id === id);
    return role ? localise(role.name, lang) : id;
  }

  draw();
  ctx.setTitle(t(lang, 'setup.title'));
  return {
    setLanguage(next) {
      lang = next;
      ctx.setTitle(t(lang, 'setup.title'));
      redraw();
    },
    destroy: () => undefined,
  };
}
