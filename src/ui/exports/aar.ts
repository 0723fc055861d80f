// The after-action report and improvement plan (AAR/IP) in the HSEEP shape trainers know: an overview,
// the objectives with their ratings, strengths and areas for improvement each with their evidence, and
// an improvement plan whose corrective action, owner and due date the trainer fills in before printing.
import type { Scenario } from '../../engine/scenario/schema.js';
import type { CriterionScore } from '../../engine/scoring/score.js';
import type { EditedPart } from '../../engine/session/bundle.js';
import type { ExerciseState } from '../../engine/session/types.js';
import { debriefView, type DebriefView } from '../../engine/views/debrief-view.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { explanationText } from '../debrief/criterion.js';
import { headingTag } from '../debrief/context.js';
import { describeEntry, ratingWord } from '../debrief/event-text.js';
import { clockWithTime, percent, scenarioDate } from '../debrief/format.js';
import { OBJECTIVE_ORDER } from '../debrief/objectives.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import type { NameSwap } from './anonymise.js';
import { editedPlaces } from './bundle-file.js';
import { hasDiscussionReport, renderDiscussionReport } from '../discussion/report.js';

export interface PlanEntry {
  action: string;
  owner: string;
  due: string;
}

/** The trainer's improvement plan, kept while the debrief is open so going back and forth loses nothing. */
export type ImprovementPlan = Map<string, PlanEntry>;

export interface AarOptions {
  readonly scenario: Scenario;
  readonly state: ExerciseState;
  readonly lang: Language;
  readonly swap: NameSwap;
  readonly plan: ImprovementPlan;
  readonly level: number;
  readonly id: string;
  /** The date the report is written on (the wall clock belongs to the UI, never to the engine). */
  readonly today: Date;
  /** A session file the trainer compared this one with, when it was edited after export and used anyway. */
  readonly comparedWith?: { readonly file: string; readonly edited: readonly EditedPart[] } | null;
}

interface Finding {
  readonly key: string;
  readonly score: CriterionScore;
  readonly result: string;
}

const effective = (c: CriterionScore): string => c.override?.rating ?? c.result;

function section(id: string, level: number, title: string, children: readonly Node[]): HTMLElement {
  return el('section', { className: 'aar__section', attrs: { 'aria-labelledby': `${id}-title` } }, [
    el(headingTag(level), { text: title, attrs: { id: `${id}-title` } }),
    ...children,
  ]);
}

function fact(term: string, value: string | Node): HTMLElement {
  return el('div', { className: 'facts__item' }, [el('dt', { text: term }), typeof value === 'string' ? el('dd', { text: value }) : el('dd', {}, [value])]);
}

/** A report is read on paper: the first events of the evidence, and how many more the debrief holds. */
const EVIDENCE_SHOWN = 8;

function evidenceList(o: AarOptions, view: DebriefView, seqs: readonly number[]): HTMLElement {
  const entries = seqs.map((seq) => view.timeline.find((e) => e.seq === seq)).filter((e) => e !== undefined);
  if (entries.length === 0) return el('p', { className: 'aar__evidence', text: `${t(o.lang, 'debrief.evidence.title')}: ${t(o.lang, 'debrief.evidence.none')}` });
  const items = entries
    .slice(0, EVIDENCE_SHOWN)
    .map((e) => el('li', { text: `#${e.seq} ${clockWithTime(view.scenario.startsAt, e.minute)} — ${o.swap.text(describeEntry(o.scenario, e, o.lang, view))}` }));
  if (entries.length > EVIDENCE_SHOWN) items.push(el('li', { text: t(o.lang, 'export.aar.moreEvidence', { count: entries.length - EVIDENCE_SHOWN }) }));
  return el('div', { className: 'aar__evidence' }, [el('p', { text: `${t(o.lang, 'debrief.evidence.title')}:` }), el('ul', {}, items)]);
}

function criterionTitle(view: DebriefView, c: CriterionScore, lang: Language): string {
  const info = view.catalogue.criteria.find((x) => x.id === c.criterion);
  return info ? `${c.criterion} — ${info.title[lang]}` : c.criterion;
}

function findingItem(o: AarOptions, view: DebriefView, f: Finding, level: number): HTMLElement {
  const { lang } = o;
  const c = f.score;
  const feedback = c.assessments.flatMap((a) => {
    const text = a.feedback;
    return typeof text === 'string' || (typeof text === 'object' && text !== null) ? [localise(text as Parameters<typeof localise>[0], lang)] : [];
  });
  return el('li', { className: 'aar__finding' }, [
    el(headingTag(level), { text: criterionTitle(view, c, lang) }),
    el('p', {}, [
      el('strong', { text: `${t(lang, 'debrief.criterion.result')}: ${ratingWord(f.result, lang)}` }),
      el('span', { text: ` · ${c.objective}` }),
      ...(c.override ? [el('span', { text: ` · ${t(lang, 'export.aar.overridden', { computed: ratingWord(c.result, lang), reason: o.swap.text(c.override.reason) })}` })] : []),
    ]),
    el('ul', { className: 'aar__explanations' }, c.explanations.map((x) => el('li', { text: explanationText(x.code, x.params, lang) }))),
    ...(feedback.length > 0
      ? [el('p', { className: 'aar__label', text: `${t(lang, 'debrief.assessment.title')}:` }), el('ul', {}, feedback.map((text) => el('li', { text })))]
      : []),
    evidenceList(o, view, c.evidence),
  ]);
}

function planRow(o: AarOptions, view: DebriefView, f: Finding): HTMLElement {
  const entry = o.plan.get(f.key) ?? { action: '', owner: '', due: '' };
  const title = criterionTitle(view, f.score, o.lang);
  const bind = <E extends HTMLInputElement | HTMLTextAreaElement>(field: E, name: keyof PlanEntry): E => {
    field.value = entry[name];
    field.addEventListener('input', () => {
      const current = o.plan.get(f.key) ?? { action: '', owner: '', due: '' };
      o.plan.set(f.key, { ...current, [name]: field.value });
    });
    return field;
  };
  const base = `${o.id}-plan-${f.key}`;
  const action = bind(el('textarea', { attrs: { id: `${base}-action`, rows: '2', 'aria-label': t(o.lang, 'export.aar.actionFor', { finding: title }) } }), 'action');
  const owner = bind(el('input', { attrs: { id: `${base}-owner`, type: 'text', 'aria-label': t(o.lang, 'export.aar.ownerFor', { finding: title }) } }), 'owner');
  const due = bind(el('input', { attrs: { id: `${base}-due`, type: 'date', 'aria-label': t(o.lang, 'export.aar.dueFor', { finding: title }) } }), 'due');
  return el('tr', {}, [
    el('th', { attrs: { scope: 'row' } }, [el('span', { text: title }), el('span', { className: 'aar__result', text: ` (${ratingWord(f.result, o.lang)})` })]),
    el('td', { text: f.score.objective }),
    el('td', {}, [action]),
    el('td', {}, [owner]),
    el('td', {}, [due]),
  ]);
}

export function renderAar(o: AarOptions): HTMLElement {
  const { lang, scenario, state } = o;
  const view = debriefView(scenario, state, 'trainer');
  const level = o.level;
  const findings: Finding[] = view.score.criteria.map((c, index) => ({ key: `${index}-${c.criterion}`, score: c, result: effective(c) }));
  const strengths = findings.filter((f) => f.result === 'met');
  const improvements = findings.filter((f) => f.result === 'partly' || f.result === 'notMet');

  const participants = state.settings.tables.map((table) => {
    const people = o.swap.people(table);
    const roles = table.roles.map((r) => localise(scenario.roles.find((x) => x.id === r)?.name ?? r, lang)).join(', ');
    const name = o.swap.text(table.name);
    // A table named after its roles (the default) is written once.
    const where = name === roles ? roles : `${name} — ${roles}`;
    return el('li', { text: people.length > 0 ? `${where}: ${people.join(', ')}` : where });
  });
  const ending = view.ending;
  const overview = section(`${o.id}-overview`, level + 1, t(lang, 'export.aar.overview'), [
    el('dl', { className: 'facts' }, [
      fact(t(lang, 'export.aar.scenario'), `${localise(scenario.title, lang)} (${scenario.id} ${scenario.version})`),
      fact(t(lang, 'export.aar.summary'), localise(scenario.summary, lang)),
      fact(t(lang, 'export.aar.region'), localise(scenario.setting.region, lang)),
      fact(t(lang, 'export.aar.scenarioDate'), scenarioDate(scenario.setting.startsAt, lang)),
      fact(t(lang, 'export.aar.played'), t(lang, 'export.aar.playedValue', { clock: clockWithTime(scenario.setting.startsAt, state.minute), rounds: state.round })),
      fact(t(lang, 'export.aar.ending'), ending ? `${localise(ending.title, lang)} — ${localise(ending.debrief, lang)}` : t(lang, 'export.aar.noEnding')),
      fact(t(lang, 'export.aar.seed'), state.seed),
      fact(t(lang, 'export.aar.mode'), t(lang, state.settings.mode === 'hotseat' ? 'export.aar.hotseat' : 'export.aar.multiwindow')),
      fact(t(lang, 'export.aar.participants'), participants.length > 0 ? el('ul', {}, participants) : '–'),
      ...(o.comparedWith && o.comparedWith.edited.length > 0
        ? [fact(t(lang, 'export.aar.compared'), t(lang, 'export.aar.comparedEdited', { file: o.comparedWith.file, places: editedPlaces(o.comparedWith.edited, lang) }))]
        : []),
      fact(
        t(lang, 'export.aar.reportDate'),
        new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(o.today),
      ),
    ]),
  ]);

  const objectives = section(
    `${o.id}-objectives`,
    level + 1,
    t(lang, 'export.aar.objectives'),
    OBJECTIVE_ORDER.flatMap((id) => {
      const g = view.score.objectives[id];
      if (!g) return [];
      const info = view.catalogue.objectives.find((x) => x.id === id);
      const rows = view.score.criteria
        .filter((c) => c.objective === id)
        .map((c) =>
          el('tr', {}, [
            el('th', { text: criterionTitle(view, c, lang), attrs: { scope: 'row' } }),
            el('td', { text: ratingWord(effective(c), lang) }),
            el('td', { text: c.explanations.map((x) => explanationText(x.code, x.params, lang)).join(' ') }),
          ]),
        );
      return [
        el('div', { className: 'aar__objective' }, [
          el(headingTag(level + 2), { text: info ? `${id} — ${info.name[lang]}` : id }),
          el('p', { className: `aar__rating aar__rating--${g.rating}` }, [
            el('strong', { text: `${t(lang, 'debrief.rating.label')}: ${tDynamic(lang, `rating.${g.rating}`)}` }),
            el('span', { text: ` · ${t(lang, 'debrief.rating.score', { score: percent(g.score, lang) })}` }),
            ...(view.guided ? [el('span', { className: 'aar__guided', text: ` · ${t(lang, 'report.guidedShort')}` })] : []),
          ]),
          ...(g.override
            ? [el('p', { text: t(lang, 'export.aar.objectiveOverride', { rating: ratingWord(g.override.rating, lang), reason: o.swap.text(g.override.reason) }) })]
            : []),
          el('table', { className: 'data-table' }, [
            el('caption', { text: t(lang, 'export.aar.criteriaOf', { objective: id }) }),
            el('thead', {}, [
              el('tr', {}, [
                el('th', { text: t(lang, 'export.aar.criterion'), attrs: { scope: 'col' } }),
                el('th', { text: t(lang, 'debrief.criterion.result'), attrs: { scope: 'col' } }),
                el('th', { text: t(lang, 'export.aar.explanation'), attrs: { scope: 'col' } }),
              ]),
            ]),
            el('tbody', {}, rows),
          ]),
        ]),
      ];
    }),
  );

  const list = (items: readonly Finding[], none: string) =>
    items.length === 0 ? [el('p', { text: none })] : [el('ul', { className: 'aar__findings' }, items.map((f) => findingItem(o, view, f, level + 2)))];
  const strengthsSection = section(`${o.id}-strengths`, level + 1, t(lang, 'export.aar.strengths'), list(strengths, t(lang, 'export.aar.noStrengths')));
  const improvementsSection = section(`${o.id}-improvements`, level + 1, t(lang, 'export.aar.improvements'), list(improvements, t(lang, 'export.aar.noImprovements')));

  const plan = section(`${o.id}-plan`, level + 1, t(lang, 'export.aar.plan'), [
    el('p', { className: 'aar__hint no-print', text: t(lang, 'export.aar.planHint') }),
    improvements.length === 0
      ? el('p', { text: t(lang, 'export.aar.noImprovements') })
      : el('table', { className: 'data-table aar__plan' }, [
          el('caption', { className: 'visually-hidden', text: t(lang, 'export.aar.plan') }),
          el('thead', {}, [
            el('tr', {}, [
              el('th', { text: t(lang, 'export.aar.area'), attrs: { scope: 'col' } }),
              el('th', { text: t(lang, 'export.aar.objective'), attrs: { scope: 'col' } }),
              el('th', { text: t(lang, 'export.aar.action'), attrs: { scope: 'col' } }),
              el('th', { text: t(lang, 'export.aar.owner'), attrs: { scope: 'col' } }),
              el('th', { text: t(lang, 'export.aar.due'), attrs: { scope: 'col' } }),
            ]),
          ]),
          el('tbody', {}, improvements.map((f) => planRow(o, view, f))),
        ]),
  ]);

  const observations = view.observations ?? [];
  const observationSection = section(
    `${o.id}-observations`,
    level + 1,
    t(lang, 'debrief.observations.title'),
    observations.length === 0
      ? [el('p', { text: t(lang, 'debrief.observations.none') })]
      : [el('ul', {}, observations.map((ob) => el('li', { text: `${t(lang, 'debrief.observations.by', { by: ob.by })} ${o.swap.text(ob.text)}${ob.event === null ? '' : ` (#${ob.event})`}` })))],
  );

  return el('article', { className: 'print-doc aar', attrs: { 'aria-labelledby': `${o.id}-title`, id: o.id } }, [
    el('header', { className: 'aar__header' }, [
      el(headingTag(level), { text: t(lang, 'export.aar.title'), attrs: { id: `${o.id}-title`, tabindex: '-1' } }),
      el('p', { className: 'aar__subtitle', text: localise(scenario.title, lang) }),
      el('p', { className: 'aar__fictional', text: t(lang, 'export.aar.fictional') }),
    ]),
    overview,
    objectives,
    strengthsSection,
    improvementsSection,
    plan,
    observationSection,
    // A discussion-based run (or any run with a hotwash or feedback forms): per module the questions, each
    // table's answers and the evaluators' observations, then the hotwash and the feedback summary.
    ...(hasDiscussionReport(view) ? [renderDiscussionReport({ view, lang, level: level + 1, id: `${o.id}-discussion`, swap: o.swap, className: 'aar__section' })] : []),
  ]);
}
