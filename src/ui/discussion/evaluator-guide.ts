// The evaluator's guide (HSEEP Exercise Evaluation Guide), generated from the scenario's modules: per module
// the capability target, the objectives, the critical tasks with their criteria, the observation prompts,
// and the questions with what a good answer covers. Evaluators record what they see against it: a note
// tagged to a critical task, a question or a criterion, with a rating P/S/M/U. Those ratings are evidence
// "observed", never "measured" (see the debrief), and they count only where nothing was measured.
import type { ObservationTag, Rating } from '../../engine/session/types.js';
import type { TrainerView } from '../../engine/views/index.js';
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { field, panel, type ConsoleContext } from '../trainer/context.js';
import { criterionName, objectiveName, tagText } from './names.js';

type Observation = TrainerView['observations'][number];

/** HSEEP's four ratings, best first. */
export const OBSERVED_RATINGS: readonly Rating[] = ['P', 'S', 'M', 'U'];

/** The tag an option value names: "task:ct-x", "question:q-x", "criterion:C01". */
export function tagFromValue(value: string): ObservationTag | null {
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (!id) return null;
  if (kind === 'task') return { criticalTask: id };
  if (kind === 'question') return { question: id };
  if (kind === 'criterion') return { criterion: id };
  return null;
}

function sameTag(a: ObservationTag | null | undefined, b: ObservationTag): boolean {
  return a != null && JSON.stringify(a) === JSON.stringify(b);
}

function ratedAgainst(observations: readonly Observation[], tag: ObservationTag): Observation[] {
  return observations.filter((o) => sameTag(o.tag, tag));
}

function observedLine(ctx: ConsoleContext, list: readonly Observation[]): HTMLElement | null {
  if (list.length === 0) return null;
  const { lang } = ctx;
  return el(
    'ul',
    { className: 'guide__observed' },
    list.map((o) => el('li', { text: `${clockLabel(o.minute)} · ${o.rating ?? t(lang, 'discussion.guide.noRating')} · ${o.text}` })),
  );
}

function moduleGuide(ctx: ConsoleContext, index: number): HTMLElement {
  const { lang, view } = ctx;
  const module = view.discussion.modules[index]!;
  const guide = module.evaluatorGuide;
  const children: Node[] = [el('h3', { className: 'trainer-subtitle', text: localise(module.title, lang) })];
  if (guide?.capabilityTarget) children.push(el('p', {}, [el('strong', { text: `${t(lang, 'discussion.guide.target')}: ` }), el('span', { text: localise(guide.capabilityTarget, lang) })]));
  if (module.objectives.length > 0) children.push(el('p', { className: 'trainer-note', text: t(lang, 'discussion.presenter.objectives', { objectives: module.objectives.map((o) => objectiveName(o, lang)).join('; ') }) }));
  const tasks = guide?.criticalTasks ?? [];
  if (tasks.length > 0) {
    children.push(
      el('h4', { className: 'trainer-subtitle', text: t(lang, 'discussion.guide.tasks') }),
      el(
        'ul',
        { className: 'guide__tasks' },
        tasks.map((task) => {
          const observed = observedLine(ctx, ratedAgainst(view.observations, { criticalTask: task.id }));
          return el('li', { attrs: { 'data-key': `task-${task.id}` } }, [
            el('p', { text: localise(task.text, lang) }),
            ...(task.criteria.length > 0 ? [el('p', { className: 'trainer-note', text: task.criteria.map((c) => criterionName(c, lang)).join('; ') })] : []),
            ...(observed ? [observed] : []),
          ]);
        }),
      ),
    );
  }
  const prompts = guide?.observationPrompts ?? [];
  if (prompts.length > 0) children.push(el('h4', { className: 'trainer-subtitle', text: t(lang, 'discussion.guide.prompts') }), el('ul', {}, prompts.map((p) => el('li', { text: localise(p, lang) }))));
  const questions = view.discussion.questions.filter((q) => q.module === module.id);
  if (questions.length > 0) {
    children.push(
      el('h4', { className: 'trainer-subtitle', text: t(lang, 'discussion.guide.questions') }),
      el(
        'ul',
        {},
        questions.map((q) => {
          const observed = observedLine(ctx, ratedAgainst(view.observations, { question: q.id }));
          return el('li', { attrs: { 'data-key': `guide-question-${q.id}` } }, [
            el('p', { text: localise(q.text, lang) }),
            ...(q.criteria.length > 0 ? [el('p', { className: 'trainer-note', text: q.criteria.map((c) => criterionName(c, lang)).join('; ') })] : []),
            ...((q.keyPoints ?? []).length > 0 ? [el('ul', { className: 'presenter-question__points' }, (q.keyPoints ?? []).map((k) => el('li', { text: localise(k, lang) })))] : []),
            ...(observed ? [observed] : []),
          ]);
        }),
      ),
    );
  }
  return el('div', { className: `guide__module${module.started ? '' : ' guide__module--waiting'}`, attrs: { 'data-key': `guide-${module.id}` } }, children);
}

/** Every critical task, question and criterion of the scenario's modules, grouped, as what an observation can be about. */
function tagSelect(ctx: ConsoleContext): HTMLSelectElement {
  const { lang, view } = ctx;
  const { modules, questions } = view.discussion;
  const criteria = new Set<string>();
  for (const m of modules) for (const task of m.evaluatorGuide?.criticalTasks ?? []) for (const c of task.criteria) criteria.add(c);
  for (const q of questions) for (const c of q.criteria) criteria.add(c);
  const groups: HTMLElement[] = [el('option', { text: t(lang, 'discussion.guide.aboutNothing'), attrs: { value: '' } })];
  for (const m of modules) {
    const options = [
      ...(m.evaluatorGuide?.criticalTasks ?? []).map((task) => el('option', { text: t(lang, 'discussion.tag.criticalTask', { text: localise(task.text, lang) }), attrs: { value: `task:${task.id}` } })),
      ...questions.filter((q) => q.module === m.id).map((q) => el('option', { text: t(lang, 'discussion.tag.question', { text: localise(q.text, lang) }), attrs: { value: `question:${q.id}` } })),
    ];
    if (options.length > 0) groups.push(el('optgroup', { attrs: { label: localise(m.title, lang) } }, options));
  }
  if (criteria.size > 0) {
    groups.push(
      el(
        'optgroup',
        { attrs: { label: t(lang, 'discussion.guide.criteria') } },
        [...criteria].sort().map((c) => el('option', { text: t(lang, 'discussion.tag.criterion', { text: criterionName(c, lang) }), attrs: { value: `criterion:${c}` } })),
      ),
    );
  }
  return el('select', { className: 'trainer-input', attrs: { name: 'tag' } }, groups);
}

function observeForm(ctx: ConsoleContext): HTMLElement {
  const { lang } = ctx;
  const rating = el('select', { className: 'trainer-input', attrs: { name: 'rating' } }, [
    el('option', { text: t(lang, 'discussion.guide.noRating'), attrs: { value: '' } }),
    ...OBSERVED_RATINGS.map((r) => el('option', { text: t(lang, `rating.${r}` as const), attrs: { value: r } })),
  ]);
  const text = el('textarea', { className: 'trainer-input trainer-textarea', attrs: { name: 'text', rows: '3', maxlength: '4000', required: '' } });
  return el('form', { className: 'trainer-form guide__form', attrs: { 'data-form': 'guide-observe', 'aria-labelledby': ctx.id('guide-form-title') } }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'discussion.guide.new'), attrs: { id: ctx.id('guide-form-title') } }),
    field(ctx, 'guide-tag', t(lang, 'discussion.guide.about'), tagSelect(ctx)),
    field(ctx, 'guide-rating', t(lang, 'discussion.guide.rating'), rating, t(lang, 'discussion.guide.ratingHint')),
    field(ctx, 'guide-text', t(lang, 'discussion.guide.note'), text),
    el('button', { className: 'button button--primary', text: t(lang, 'discussion.guide.submit'), attrs: { type: 'submit', id: ctx.id('guide-submit') } }),
  ]);
}

export function renderEvaluatorGuide(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const rated = view.observations.filter((o) => o.rating != null || o.tag != null);
  const list =
    rated.length === 0
      ? el('p', { className: 'trainer-note', text: t(lang, 'discussion.guide.none') })
      : el(
          'ul',
          { className: 'trainer-observations' },
          [...rated].reverse().map((o) =>
            el('li', { className: 'trainer-observation', attrs: { 'data-key': `rated-${o.seq}` } }, [
              el('p', {
                className: 'trainer-observation__meta',
                text: [clockLabel(o.minute), o.rating ? t(lang, 'discussion.guide.ratedAs', { rating: o.rating }) : t(lang, 'discussion.guide.noRating'), o.tag ? tagText(view.discussion, o.tag, lang) : ''].filter(Boolean).join(' · '),
              }),
              el('p', { className: 'trainer-observation__text', text: o.text }),
            ]),
          ),
        );
  return panel(ctx, 'guide', t(lang, 'discussion.guide.title'), [
    el('p', { className: 'trainer-note', text: t(lang, 'discussion.guide.intro') }),
    observeForm(ctx),
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'discussion.guide.recorded', { count: rated.length }) }),
    list,
    ...view.discussion.modules.map((_m, i) => moduleGuide(ctx, i)),
  ]);
}
