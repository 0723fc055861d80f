// The discussion part of the debrief and of the after-action report: per module the questions with each
// table's answer, the evaluators' observations and ratings against the module's critical tasks and
// questions (labelled observed, not measured), then the hotwash and the feedback summary. Controller
// material a participant must not see before the debrief (key points, script) stays out: this part is
// shown to the room as well, which gets no observations (its view holds none).
import '../../styles/discussion.css';
import type { DebriefView } from '../../engine/views/debrief-view.js';
import { t, type Language } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { headingTag } from '../debrief/context.js';
import { el } from '../dom.js';
import { KEEP_NAMES, type NameSwap } from '../exports/anonymise.js';
import { localise } from '../text.js';
import { feedbackItemText } from './feedback-fields.js';
import { criterionName, moduleTitle, objectiveName, tagText } from './names.js';

export interface DiscussionReportOptions {
  readonly view: DebriefView;
  readonly lang: Language;
  readonly level: number;
  readonly id: string;
  readonly swap?: NameSwap;
  readonly className?: string;
}

type Observation = NonNullable<DebriefView['observations']>[number];

/** Whether the run has anything for this part: modules, hotwash points or feedback forms. */
export function hasDiscussionReport(view: DebriefView): boolean {
  const d = view.discussion;
  return d.modules.length > 0 || d.hotwash.length > 0 || (d.feedback?.responses ?? 0) > 0;
}

export function tableLabel(view: DebriefView, id: string | null, lang: Language): string {
  if (id === null) return t(lang, 'discussion.hotwash.room');
  return view.discussion.tables.find((tb) => tb.id === id)?.name ?? id;
}

function observationItem(o: DiscussionReportOptions, ob: Observation): HTMLElement {
  const { lang, view } = o;
  const swap = o.swap ?? KEEP_NAMES;
  const meta = [clockLabel(ob.minute), t(lang, 'debrief.observations.by', { by: ob.by })];
  if (ob.rating) meta.push(t(lang, 'discussion.report.observedRating', { rating: ob.rating }));
  if (ob.tag) meta.push(tagText(view.discussion, ob.tag, lang));
  return el('li', { className: 'discussion-report__observation' }, [el('p', { className: 'discussion-report__meta', text: meta.join(' · ') }), el('p', { text: swap.text(ob.text) })]);
}

function moduleSection(o: DiscussionReportOptions, index: number): HTMLElement {
  const { lang, view, level } = o;
  const swap = o.swap ?? KEEP_NAMES;
  const module = view.discussion.modules[index]!;
  const observations = view.observations ?? [];
  const tasks = new Set((module.evaluatorGuide?.criticalTasks ?? []).map((c) => c.id));
  const questions = view.discussion.questions.filter((q) => q.module === module.id);
  const mine = new Set(questions.map((q) => q.id));
  const about = observations.filter((ob) => ob.tag && (('criticalTask' in ob.tag && tasks.has(ob.tag.criticalTask)) || ('question' in ob.tag && mine.has(ob.tag.question))));
  const children: Node[] = [el(headingTag(level + 1), { text: localise(module.title, lang) })];
  const facts = [module.timeLabel ? localise(module.timeLabel, lang) : clockLabel(module.startsAt)];
  if (!module.started) facts.push(t(lang, 'discussion.report.notOpened'));
  children.push(el('p', { className: 'discussion-report__meta', text: facts.join(' · ') }));
  if (module.objectives.length > 0) children.push(el('p', { text: t(lang, 'discussion.presenter.objectives', { objectives: module.objectives.map((x) => objectiveName(x, lang)).join('; ') }) }));
  if (module.evaluatorGuide?.capabilityTarget) children.push(el('p', { text: `${t(lang, 'discussion.guide.target')}: ${localise(module.evaluatorGuide.capabilityTarget, lang)}` }));
  for (const q of questions) {
    const answers = q.answers;
    children.push(
      el('div', { className: 'discussion-report__question', attrs: { 'data-question': q.id } }, [
        el(headingTag(level + 2), { text: localise(q.text, lang) }),
        ...(q.criteria.length > 0 ? [el('p', { className: 'discussion-report__meta', text: q.criteria.map((c) => criterionName(c, lang)).join('; ') })] : []),
        answers.length === 0
          ? el('p', { text: t(lang, 'discussion.report.noAnswers') })
          : el(
              'dl',
              { className: 'discussion-report__answers' },
              answers.flatMap((a) => [el('dt', { text: `${swap.text(tableLabel(view, a.table, lang))} (${clockLabel(a.minute)})` }), el('dd', { text: swap.text(a.text) })]),
            ),
      ]),
    );
  }
  if (view.observations !== null) {
    children.push(
      el(headingTag(level + 2), { text: t(lang, 'discussion.report.observed') }),
      el('p', { className: 'discussion-report__note', text: t(lang, 'discussion.report.observedNote') }),
      about.length === 0 ? el('p', { text: t(lang, 'discussion.report.noObservations') }) : el('ul', {}, about.map((ob) => observationItem(o, ob))),
    );
  }
  return el('section', { className: 'discussion-report__module', attrs: { 'aria-label': localise(module.title, lang) } }, children);
}

function hotwashSection(o: DiscussionReportOptions): HTMLElement {
  const { lang, view, level } = o;
  const swap = o.swap ?? KEEP_NAMES;
  const part = (kind: 'strength' | 'improvement') => {
    const notes = view.discussion.hotwash.filter((n) => n.kind === kind);
    return [
      el(headingTag(level + 2), { text: t(lang, `discussion.hotwash.${kind}s`, { count: notes.length }) }),
      notes.length === 0
        ? el('p', { text: t(lang, 'discussion.hotwash.none') })
        : el('ul', {}, notes.map((n) => el('li', { text: `${swap.text(tableLabel(view, n.table, lang))}: ${swap.text(n.text)}` }))),
    ];
  };
  return el('section', { className: 'discussion-report__hotwash', attrs: { 'aria-label': t(lang, 'discussion.hotwash.title') } }, [
    el(headingTag(level + 1), { text: t(lang, 'discussion.hotwash.title') }),
    ...part('strength'),
    ...part('improvement'),
  ]);
}

function feedbackSection(o: DiscussionReportOptions): HTMLElement | null {
  const { lang, view, level } = o;
  const summary = view.discussion.feedback;
  if (summary === null) return null;
  const swap = o.swap ?? KEEP_NAMES;
  const children: Node[] = [el(headingTag(level + 1), { text: t(lang, 'discussion.feedback.title') }), el('p', { text: t(lang, 'discussion.feedback.responses', { count: summary.responses }) })];
  if (summary.ratings.length > 0) {
    children.push(
      el('table', { className: 'data-table' }, [
        el('caption', { text: t(lang, 'discussion.report.feedbackCaption') }),
        el('thead', {}, [
          el('tr', {}, [
            el('th', { text: t(lang, 'discussion.report.item'), attrs: { scope: 'col' } }),
            el('th', { text: t(lang, 'discussion.report.mean'), attrs: { scope: 'col' } }),
            el('th', { text: t(lang, 'discussion.report.count'), attrs: { scope: 'col' } }),
          ]),
        ]),
        el(
          'tbody',
          {},
          summary.ratings.map((r) => el('tr', {}, [el('th', { text: feedbackItemText(r.item, lang), attrs: { scope: 'row' } }), el('td', { text: String(r.mean) }), el('td', { text: String(r.count) })])),
        ),
      ]),
    );
  }
  for (const kind of ['strengths', 'improvements', 'other'] as const) {
    const comments = summary.comments.filter((c) => c.kind === kind);
    if (comments.length === 0) continue;
    children.push(el(headingTag(level + 2), { text: t(lang, `discussion.feedback.comment.${kind}`) }), el('ul', {}, comments.map((c) => el('li', { text: swap.text(c.text) }))));
  }
  // Feedback per module (chosen at setup): what the room said about each module while it was open.
  for (const part of summary.perModule ?? []) {
    const title = moduleTitle(view.discussion, part.module, lang);
    children.push(
      el('div', { className: 'discussion-report__module-feedback', attrs: { 'data-module': part.module } }, [
        el(headingTag(level + 2), { text: t(lang, 'print.feedback.module', { module: title, count: part.responses }) }),
        ...(part.ratings.length > 0
          ? [el('ul', {}, part.ratings.map((r) => el('li', { text: t(lang, 'discussion.feedback.mean', { item: feedbackItemText(r.item, lang), mean: r.mean, count: r.count }) })))]
          : []),
        ...(part.comments.length > 0 ? [el('ul', {}, part.comments.map((c) => el('li', { text: `${t(lang, `discussion.feedback.comment.${c.kind as 'other'}`)}: ${swap.text(c.text)}` })))] : []),
      ]),
    );
  }
  return el('section', { className: 'discussion-report__feedback', attrs: { 'aria-label': t(lang, 'discussion.feedback.title') } }, children);
}

export function renderDiscussionReport(o: DiscussionReportOptions): HTMLElement {
  const { lang, view, level } = o;
  const titleId = `${o.id}-title`;
  return el('section', { className: `discussion-report ${o.className ?? ''}`.trim(), attrs: { 'aria-labelledby': titleId, id: o.id } }, [
    el(headingTag(level), { text: t(lang, 'discussion.report.title'), attrs: { id: titleId } }),
    ...view.discussion.modules.map((_m, i) => moduleSection(o, i)),
    hotwashSection(o),
    ...[feedbackSection(o)].filter((x): x is HTMLElement => x !== null),
  ]);
}
