// The exports of a debrief, for the trainer: the session bundle (importable again), the decision log
// for a spreadsheet, printable role cards and the after-action report — every one with the option to
// replace participant names by role names — and a session file to compare this session with.
import type { Scenario } from '../../engine/scenario/schema.js';
import type { RatedGroup } from '../../engine/scoring/score.js';
import type { ExerciseState } from '../../engine/session/types.js';
import { themeById, type ThemeId } from '../../engine/strategy/index.js';
import { debriefView } from '../../engine/views/debrief-view.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { headingTag } from '../debrief/context.js';
import { percent } from '../debrief/format.js';
import { OBJECTIVE_ORDER } from '../debrief/objectives.js';
import { el } from '../dom.js';
import { KEEP_NAMES, nameSwap, type NameSwap } from './anonymise.js';
import { bundleJson, editedPlaces, exportFileName, readBundleText, sessionBundle } from './bundle-file.js';
import { renderBundleImport, refusalText, type ImportOutcome } from './bundle-import.js';
import { EXCEL_NL, PLAIN_CSV } from './csv.js';
import { decisionLogCsv, decisionRows } from './decision-log.js';
import { discussionCsv, hasDiscussionRecord } from '../discussion/discussion-csv.js';

export type PrintDocument = 'aar' | 'roleCards';

export interface ExportPrefs {
  anonymise: boolean;
  csv: 'excel' | 'comma';
  imported: { readonly outcome: ImportOutcome; readonly fileName: string } | null;
}

export const defaultExportPrefs = (): ExportPrefs => ({ anonymise: false, csv: 'excel', imported: null });

export interface ExportsPanelOptions {
  readonly scenario: Scenario;
  /** The latest state: exports cover the whole session, whatever step the scrubber shows. */
  readonly state: ExerciseState;
  readonly lang: Language;
  readonly level: number;
  readonly id: string;
  readonly prefs: ExportPrefs;
  /** Called after a preference changed, to draw the panel again. */
  changed(): void;
  openDocument(which: PrintDocument): void;
  announce(text: string): void;
  download(fileName: string, text: string, mime: string): void;
}

export function swapFor(scenario: Scenario, state: ExerciseState, lang: Language, prefs: ExportPrefs): NameSwap {
  return prefs.anonymise ? nameSwap(scenario, state.settings, lang) : KEEP_NAMES;
}

function ratingCell(group: RatedGroup | undefined, lang: Language): HTMLElement {
  if (!group) return el('td', { text: '–' });
  const letter = group.rating === 'notExercised' ? '–' : group.rating;
  return el('td', {}, [
    el('span', { className: `rating-chip rating-chip--${group.rating}`, text: letter, attrs: { 'aria-hidden': 'true' } }),
    el('span', { text: ` ${tDynamic(lang, `rating.${group.rating}`)} (${percent(group.score, lang)})` }),
  ]);
}

function comparison(o: ExportsPanelOptions, other: ExerciseState): HTMLElement {
  const { lang, scenario } = o;
  const mine = debriefView(scenario, o.state, 'trainer').score;
  const theirs = debriefView(scenario, other, 'trainer').score;
  const rows: HTMLElement[] = [];
  for (const id of OBJECTIVE_ORDER) {
    if (!mine.objectives[id] && !theirs.objectives[id]) continue;
    rows.push(el('tr', {}, [el('th', { text: id, attrs: { scope: 'row' } }), ratingCell(mine.objectives[id], lang), ratingCell(theirs.objectives[id], lang)]));
  }
  const themes = new Set([...Object.keys(mine.themes), ...Object.keys(theirs.themes)] as ThemeId[]);
  for (const id of themes) {
    rows.push(el('tr', {}, [el('th', { text: themeById(id).name[lang], attrs: { scope: 'row' } }), ratingCell(mine.themes[id], lang), ratingCell(theirs.themes[id], lang)]));
  }
  return el('table', { className: 'data-table comparison' }, [
    el('caption', { text: t(lang, 'export.compare.caption') }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: t(lang, 'export.compare.what'), attrs: { scope: 'col' } }),
        el('th', { text: t(lang, 'export.compare.this', { seed: o.state.seed, commands: o.state.log.length }), attrs: { scope: 'col' } }),
        el('th', { text: t(lang, 'export.compare.other', { seed: other.seed, commands: other.log.length }), attrs: { scope: 'col' } }),
      ]),
    ]),
    el('tbody', {}, rows),
  ]);
}

function importResult(o: ExportsPanelOptions): HTMLElement[] {
  const imported = o.prefs.imported;
  if (imported === null) return [];
  const { outcome, fileName } = imported;
  const { lang } = o;
  if (!outcome.ok) {
    const text = 'editedText' in outcome ? outcome.editedText : undefined;
    const useAnyway: HTMLElement[] = [];
    if (text !== undefined) {
      // A trainer may edit a file on purpose (a what-if); then it is used only after saying so, and shown as edited.
      const use = el('button', { className: 'button', text: t(lang, 'export.import.useEdited'), attrs: { type: 'button', id: `${o.id}-use-edited` } });
      use.addEventListener('click', () => {
        const accepted = readBundleText(text, o.scenario, { acceptEdited: true });
        if (o.prefs.imported) o.prefs.imported = { outcome: accepted, fileName };
        o.changed();
        o.announce(accepted.ok ? t(lang, 'export.import.editedAccepted', { file: fileName, places: editedPlaces(accepted.edited, lang) }) : refusalText(accepted, o.scenario, lang));
      });
      useAnyway.push(el('p', { text: t(lang, 'export.import.editedWarning') }), use);
    }
    return [
      el('div', { className: 'import-result import-result--refused' }, [
        el('p', { className: 'import-result__title', text: t(lang, 'export.import.refused', { file: fileName }) }),
        el('p', { text: refusalText(outcome, o.scenario, lang) }),
        ...useAnyway,
      ]),
    ];
  }
  const parent = outcome.bundle.parent;
  const edited = outcome.edited.length > 0 ? [el('p', { className: 'import-result__edited', text: t(lang, 'export.import.editedAccepted', { file: fileName, places: editedPlaces(outcome.edited, lang) }), attrs: { role: 'note' } })] : [];
  return [
    el('div', { className: 'import-result import-result--ok' }, [
      el('p', {
        className: 'import-result__title',
        text: t(lang, 'export.import.read', { file: fileName, seed: outcome.state.seed, commands: outcome.state.log.length, phase: t(lang, `debrief.phase.${outcome.state.phase}`) }),
      }),
      ...(parent ? [el('p', { text: t(lang, 'export.import.fork', { step: parent.step, seed: parent.seed, length: parent.logLength }) })] : []),
      ...edited,
    ]),
    comparison(o, outcome.state),
  ];
}

export function renderExportsPanel(o: ExportsPanelOptions): HTMLElement {
  const { lang, scenario, state, prefs } = o;
  const titleId = `${o.id}-title`;

  const anonymise = el('input', { attrs: { type: 'checkbox', id: `${o.id}-anonymise`, 'aria-describedby': `${o.id}-anonymise-hint` } });
  anonymise.checked = prefs.anonymise;
  anonymise.addEventListener('change', () => {
    prefs.anonymise = anonymise.checked;
    o.changed();
  });

  const bundleButton = el('button', { className: 'button', text: t(lang, 'export.bundle.download'), attrs: { type: 'button', id: `${o.id}-bundle` } });
  bundleButton.addEventListener('click', () => {
    const bundle = sessionBundle(scenario, state, prefs.anonymise ? nameSwap(scenario, state.settings, lang) : null);
    const name = exportFileName(scenario, state, 'session', 'json');
    o.download(name, bundleJson(bundle), 'application/json');
    o.announce(t(lang, 'export.downloaded', { file: name }));
  });

  const format = el('select', { attrs: { id: `${o.id}-csv-format` } }, [
    el('option', { text: t(lang, 'export.csv.excel'), attrs: { value: 'excel' } }),
    el('option', { text: t(lang, 'export.csv.comma'), attrs: { value: 'comma' } }),
  ]);
  format.value = prefs.csv;
  format.addEventListener('change', () => {
    prefs.csv = format.value === 'comma' ? 'comma' : 'excel';
  });
  const csvButton = el('button', { className: 'button', text: t(lang, 'export.csv.download'), attrs: { type: 'button', id: `${o.id}-csv` } });
  csvButton.addEventListener('click', () => {
    const rows = decisionRows(scenario, state, lang, swapFor(scenario, state, lang, prefs));
    const name = exportFileName(scenario, state, 'decisions', 'csv');
    o.download(name, decisionLogCsv(rows, lang, prefs.csv === 'comma' ? PLAIN_CSV : EXCEL_NL), 'text/csv;charset=utf-8');
    o.announce(t(lang, 'export.downloaded', { file: name }));
  });

  const discussionButton = el('button', { className: 'button', text: t(lang, 'discussion.csv.download'), attrs: { type: 'button', id: `${o.id}-discussion-csv` } });
  discussionButton.addEventListener('click', () => {
    const name = exportFileName(scenario, state, 'discussion', 'csv');
    o.download(name, discussionCsv(scenario, state, lang, prefs.csv === 'comma' ? PLAIN_CSV : EXCEL_NL, swapFor(scenario, state, lang, prefs)), 'text/csv;charset=utf-8');
    o.announce(t(lang, 'export.downloaded', { file: name }));
  });

  const aarButton = el('button', { className: 'button', text: t(lang, 'export.aar.open'), attrs: { type: 'button', id: `${o.id}-aar` } });
  aarButton.addEventListener('click', () => o.openDocument('aar'));
  const cardsButton = el('button', { className: 'button', text: t(lang, 'export.cards.open'), attrs: { type: 'button', id: `${o.id}-cards` } });
  cardsButton.addEventListener('click', () => o.openDocument('roleCards'));

  const importControl = renderBundleImport({
    lang,
    scenario,
    id: `${o.id}-import`,
    label: t(lang, 'export.import.choose'),
    onOutcome(outcome, fileName) {
      prefs.imported = { outcome, fileName };
      o.changed();
      // The result box is drawn anew with the panel, so the announcement goes through the screen's live region.
      o.announce(outcome.ok ? t(lang, 'export.import.readShort', { file: fileName }) : `${t(lang, 'export.import.refused', { file: fileName })} ${refusalText(outcome, scenario, lang)}`);
    },
  });

  const sub = (name: string, title: string, children: readonly Node[]) =>
    el('div', { className: `exports__group exports__group--${name}` }, [el(headingTag(o.level + 1), { text: title }), ...children]);

  return el('section', { className: 'debrief__section exports no-print', attrs: { 'aria-labelledby': titleId, id: o.id } }, [
    el(headingTag(o.level), { text: t(lang, 'export.title'), attrs: { id: titleId } }),
    el('p', { className: 'exports__intro', text: t(lang, 'export.intro') }),
    el('div', { className: 'check' }, [anonymise, el('label', { text: t(lang, 'export.anonymise'), attrs: { for: anonymise.id } })]),
    el('p', { className: 'field__hint', text: t(lang, 'export.anonymiseHint'), attrs: { id: `${o.id}-anonymise-hint` } }),
    sub('bundle', t(lang, 'export.bundle.title'), [el('p', { text: t(lang, 'export.bundle.intro') }), bundleButton]),
    sub('csv', t(lang, 'export.csv.title'), [
      el('div', { className: 'field' }, [el('label', { text: t(lang, 'export.csv.format'), attrs: { for: format.id } }), format]),
      csvButton,
      ...(hasDiscussionRecord(scenario, state) ? [el('p', { text: t(lang, 'discussion.csv.intro') }), discussionButton] : []),
    ]),
    sub('print', t(lang, 'export.print.title'), [el('p', { text: t(lang, 'export.print.intro') }), el('div', { className: 'button-row' }, [aarButton, cardsButton])]),
    sub('import', t(lang, 'export.import.title'), [el('p', { text: t(lang, 'export.import.intro') }), importControl, ...importResult(o)]),
  ]);
}
