// The dry run's report as an author reads it: how each bot policy rated per objective and fared per
// criterion, how much of the scenario the bots reached, and what no run reached, linked to its place in
// the file. Ratings are counted in words and letters, never shown by colour alone.
import type { BotPolicy } from '../../engine/bots/index.js';
import type { CoverageRow, PlaytestReport } from '../../engine/playtest/index.js';
import type { Path } from '../../engine/scenario/paths.js';
import type { Scenario } from '../../engine/scenario/schema.js';
import { criterionById, objectiveById, type CriterionResult, type Rating } from '../../engine/strategy/index.js';
import { t, tDynamic, type Language, type MessageKey } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';

export interface DryRunViewOptions {
  readonly lang: Language;
  readonly fileName: string;
  readonly place: (path: Path) => { readonly line: number; readonly column: number; readonly id: string } | null;
  readonly reveal: (line: number, column: number) => void;
}

const RATING_ORDER: readonly Rating[] = ['P', 'S', 'M', 'U', 'notExercised'];
const RESULT_ORDER: readonly CriterionResult[] = ['met', 'partly', 'notMet', 'notApplicable'];

export function botName(policy: BotPolicy, lang: Language): string {
  return t(lang, `author.bot.${policy}` as MessageKey);
}

function table(caption: string, corner: string, policies: readonly BotPolicy[], rows: readonly { head: Node[]; cells: readonly Node[][] }[], lang: Language): HTMLTableElement {
  return el('table', { className: 'author-table' }, [
    el('caption', { text: caption }),
    el('thead', {}, [el('tr', {}, [el('th', { text: corner, attrs: { scope: 'col' } }), ...policies.map((p) => el('th', { text: botName(p, lang), attrs: { scope: 'col' } }))])]),
    el('tbody', {}, rows.map((row) => el('tr', {}, [el('th', { attrs: { scope: 'row' } }, row.head), ...row.cells.map((cell) => el('td', {}, cell))]))),
  ]);
}

function counted<K extends string>(counts: Readonly<Record<K, number>> | undefined, order: readonly K[], word: (key: K) => string): Node[] {
  const parts = order.filter((key) => (counts?.[key] ?? 0) > 0).map((key) => el('li', { text: `${word(key)}: ${counts?.[key] ?? 0}` }));
  return parts.length === 0 ? [document.createTextNode('—')] : [el('ul', { className: 'author-counts' }, parts)];
}

function ratingWord(rating: Rating, lang: Language): string {
  return rating === 'notExercised' ? t(lang, 'author.dryRun.notExercised') : rating;
}

function objectivesTable(report: PlaytestReport, lang: Language): HTMLElement {
  if (report.objectives.length === 0) return el('p', { text: t(lang, 'author.dryRun.noObjectives') });
  return table(
    t(lang, 'author.dryRun.objectives'),
    t(lang, 'author.dryRun.objective'),
    report.policies,
    report.objectives.map((row) => ({
      head: [el('span', { className: 'author-table__id', text: `${row.objective} ` }), document.createTextNode(objectiveById(row.objective).name[lang])],
      cells: report.policies.map((p) => counted(row.byPolicy[p], RATING_ORDER, (r) => ratingWord(r, lang))),
    })),
    lang,
  );
}

function criteriaTable(report: PlaytestReport, options: DryRunViewOptions): HTMLElement {
  const { lang } = options;
  return table(
    t(lang, 'author.dryRun.criteria'),
    t(lang, 'author.dryRun.criterion'),
    report.policies,
    report.criteria.map((row) => ({
      head: [
        el('span', { className: 'author-table__id', text: `${row.criterion} ` }),
        document.createTextNode(`${criterionById(row.criterion as Parameters<typeof criterionById>[0]).title[lang]} `),
        // A criterion may be scored more than once (with other targets): the path tells the uses apart.
        linkedId(`scoring.criteria[${row.index}]`, ['scoring', 'criteria', row.index], options),
      ],
      cells: report.policies.map((p) => counted(row.byPolicy[p], RESULT_ORDER, (r) => tDynamic(lang, `result.${r}`))),
    })),
    lang,
  );
}

function ratingLegend(lang: Language): HTMLElement {
  return el(
    'ul',
    { className: 'author-legend' },
    RATING_ORDER.map((r) => el('li', { text: tDynamic(lang, `rating.${r}`) })),
  );
}

function linkedId(id: string, path: Path, options: DryRunViewOptions): HTMLElement {
  const place = options.place(path);
  if (place === null) return el('code', { text: id });
  const link = el('a', { attrs: { href: `#${place.id}`, 'aria-label': t(options.lang, 'author.timeline.idLink', { id, line: place.line }) } }, [el('code', { text: id })]);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    options.reveal(place.line, place.column);
  });
  return link;
}

function coverage(report: PlaytestReport, scenario: Scenario, options: DryRunViewOptions): HTMLElement[] {
  const { lang } = options;
  const trainerOnly = report.injects.filter((i) => i.trainerOnly && i.runs === 0).length;
  const injectsReached = report.injects.filter((i) => i.runs > 0).length;
  const decisionsReached = report.decisions.filter((d) => d.runs > 0).length;
  const facts = el('ul', { className: 'author-coverage' }, [
    el('li', { text: t(lang, 'author.dryRun.injectsReached', { reached: injectsReached, total: report.injects.length, trainerOnly }) }),
    el('li', { text: t(lang, 'author.dryRun.decisionsReached', { reached: decisionsReached, total: report.decisions.length }) }),
    ...report.endings.map((e) => {
      const ending = scenario.endings.find((x) => x.id === e.id);
      return el('li', { text: t(lang, 'author.dryRun.ending', { title: ending ? localise(ending.title, lang) : e.id, runs: e.runs, total: report.totalRuns }) });
    }),
  ]);

  // What no run reached, linked to its place in the file; what only the trainer brings into play says so.
  const never: HTMLElement[] = [];
  const unreached = (rows: readonly (CoverageRow & { readonly trainerOnly: boolean })[], list: 'injects' | 'decisions', kind: MessageKey, trainerNote: MessageKey) =>
    rows.forEach((row, index) => {
      if (row.runs > 0) return;
      never.push(
        el('li', {}, [
          el('span', { className: 'author-item__kind', text: t(lang, kind) }),
          document.createTextNode(' '),
          linkedId(row.id, [list, index], options),
          ...(row.trainerOnly ? [el('span', { className: 'author-item__notes', text: t(lang, trainerNote) })] : []),
        ]),
      );
    });
  unreached(report.injects, 'injects', 'author.timeline.inject', 'author.dryRun.trainerOnly');
  unreached(report.decisions, 'decisions', 'author.timeline.decision', 'author.dryRun.trainerOnlyDecision');
  return [
    el('h3', { text: t(lang, 'author.dryRun.coverage') }),
    facts,
    el('h3', { text: t(lang, 'author.dryRun.never') }),
    never.length === 0 ? el('p', { text: t(lang, 'author.dryRun.allReached') }) : el('ul', { className: 'author-never' }, never),
  ];
}

export function renderDryRunReport(report: PlaytestReport, scenario: Scenario, options: DryRunViewOptions): HTMLElement {
  const { lang } = options;
  const first = `${report.seed}-1`;
  const last = `${report.seed}-${report.runsPerPolicy}`;
  return el('div', { className: 'author-dry-run__report' }, [
    el('p', {
      className: 'author-dry-run__summary',
      text: t(lang, 'author.dryRun.summary', {
        total: report.totalRuns,
        runs: report.runsPerPolicy,
        bots: report.policies.map((p) => botName(p, lang)).join(', '),
        seeds: report.runsPerPolicy === 1 ? first : `${first} … ${last}`,
      }),
    }),
    el('h3', { text: t(lang, 'author.dryRun.objectivesTitle') }),
    objectivesTable(report, lang),
    ratingLegend(lang),
    el('h3', { text: t(lang, 'author.dryRun.criteriaTitle') }),
    criteriaTable(report, options),
    ...coverage(report, scenario, options),
    el('p', { className: 'author-dry-run__replay' }, [
      document.createTextNode(`${t(lang, 'author.dryRun.replay')} `),
      el('code', { text: `npm run simulate -- ${options.fileName} --seed ${first} --bots ${report.policies[0] ?? 'random'}` }),
    ]),
  ]);
}
