// The table's discussion screen in a scenario in modules: the module the facilitator opened (its time and
// the situation as read aloud), the questions put to this table with the answer the scribe types, and the
// one on the projector marked. After play: the table's hotwash points and the anonymous feedback form,
// which every participant at this device can fill in in turn. What is being typed lives in the window's
// state, so a redraw (another table's answer, a new module) never loses it.
import '../../styles/discussion.css';
import type { RoleView } from '../../engine/index.js';
import { MAX_ANSWER_CHARS } from '../../engine/discussion/feedback-form.js';
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el, uniqueId } from '../dom.js';
import { feedbackFields, readFeedback } from '../discussion/feedback-fields.js';
import { localise } from '../text.js';
import { describeRefusal, paragraphs, section, type PanelContext } from './context.js';

const ANSWER_PHASES: readonly string[] = ['decide', 'paused', 'hotwash'];
const AFTER_PLAY: readonly string[] = ['hotwash', 'debrief', 'ended'];

/** Whether this table's screen has a discussion part: a scenario in modules, or the hotwash and feedback after play. */
export function hasDiscussion(view: RoleView): boolean {
  return view.discussion.modules.length > 0 || AFTER_PLAY.includes(view.phase);
}

function draftArea(ctx: PanelContext, key: string, label: string, rows = 4): HTMLElement[] {
  const id = uniqueId('discussion-text');
  const area = el('textarea', { className: 'discussion__text', attrs: { id, rows: String(rows), maxlength: String(MAX_ANSWER_CHARS), 'data-key': `${key}:text` } });
  area.value = ctx.ui.discussion.get(key) ?? '';
  area.addEventListener('input', () => ctx.ui.discussion.set(key, area.value));
  return [el('label', { className: 'discussion__label', text: label, attrs: { for: id } }), area];
}

function moduleNow(ctx: PanelContext): HTMLElement | null {
  const { view, lang } = ctx;
  const module = view.discussion.modules.find((m) => m.id === view.discussion.current);
  if (!module) {
    return view.discussion.modules.length > 0 && !AFTER_PLAY.includes(view.phase) ? section('module', t(lang, 'discussion.play.waiting'), [el('p', { text: t(lang, 'discussion.play.waitingText') })]) : null;
  }
  return section('module', localise(module.title, lang), [
    ...(module.timeLabel ? [el('p', { className: 'discussion__time', text: localise(module.timeLabel, lang) })] : []),
    ...paragraphs(localise(module.situation, lang)),
  ]);
}

function questionCard(ctx: PanelContext, q: RoleView['discussion']['questions'][number]): HTMLElement {
  const { view, lang } = ctx;
  const key = `answer:${q.id}`;
  const mine = q.answers[q.answers.length - 1];
  const onProjector = view.discussion.question?.id === q.id;
  const titleId = uniqueId('question-title');
  const children: Node[] = [el('h3', { className: 'discussion__question', text: localise(q.text, lang), attrs: { id: titleId } })];
  if (onProjector) children.push(el('p', { className: 'discussion__shown', text: t(lang, 'discussion.play.onProjector') }));
  if (mine) children.push(el('p', { className: 'discussion__answer' }, [el('strong', { text: t(lang, 'discussion.play.yourAnswer', { time: clockLabel(mine.minute) }) }), el('span', { text: ` ${mine.text}` })]));
  if (ANSWER_PHASES.includes(view.phase)) {
    const button = el('button', { className: 'button button--primary', text: t(lang, mine ? 'discussion.play.replace' : 'discussion.play.send'), attrs: { type: 'submit', 'data-key': key } });
    const form = el('form', { className: 'discussion__form', attrs: { 'aria-labelledby': titleId } }, [
      ...draftArea(ctx, key, t(lang, 'discussion.play.answerLabel')),
      el('p', { className: 'participant__note', text: t(lang, 'discussion.play.scribe') }),
      button,
    ]);
    const note = describeRefusal(ctx, key, button);
    if (note) form.append(note);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = ctx.ui.discussion.get(key) ?? '';
      ctx.act(key, { type: 'answer', question: q.id, text }, () => ctx.ui.discussion.delete(key));
    });
    children.push(form);
  }
  return el('article', { className: `discussion__card${onProjector ? ' discussion__card--shown' : ''}`, attrs: { 'aria-labelledby': titleId } }, children);
}

function questions(ctx: PanelContext): HTMLElement | null {
  const { view, lang } = ctx;
  if (view.discussion.modules.length === 0) return null;
  const list = [...view.discussion.questions].reverse();
  return section('questions', t(lang, 'discussion.play.questions'), list.length === 0 ? [el('p', { text: t(lang, 'discussion.play.noQuestions') })] : list.map((q) => questionCard(ctx, q)));
}

function hotwash(ctx: PanelContext): HTMLElement | null {
  const { view, lang } = ctx;
  if (view.phase !== 'hotwash' && view.phase !== 'debrief') return null;
  const key = 'hotwash';
  const kindId = uniqueId('hotwash-kind');
  const kind = el('select', { attrs: { id: kindId, 'data-key': 'hotwash:kind' } }, [
    el('option', { text: t(lang, 'discussion.hotwash.strength'), attrs: { value: 'strength' } }),
    el('option', { text: t(lang, 'discussion.hotwash.improvement'), attrs: { value: 'improvement' } }),
  ]);
  kind.value = ctx.ui.discussion.get('hotwash:kind') ?? 'strength';
  kind.addEventListener('change', () => ctx.ui.discussion.set('hotwash:kind', kind.value));
  const button = el('button', { className: 'button', text: t(lang, 'discussion.hotwash.submit'), attrs: { type: 'submit', 'data-key': key } });
  const form = el('form', { className: 'discussion__form', attrs: { 'aria-label': t(lang, 'discussion.hotwash.new') } }, [
    el('label', { className: 'discussion__label', text: t(lang, 'discussion.hotwash.kind'), attrs: { for: kindId } }),
    kind,
    ...draftArea(ctx, key, t(lang, 'discussion.hotwash.text'), 2),
    button,
  ]);
  const note = describeRefusal(ctx, key, button);
  if (note) form.append(note);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.act(key, { type: 'hotwash', kind: kind.value === 'improvement' ? 'improvement' : 'strength', text: ctx.ui.discussion.get(key) ?? '' }, () => ctx.ui.discussion.delete(key));
  });
  const notes = view.discussion.hotwash;
  return section('hotwash', t(lang, 'discussion.hotwash.title'), [
    el('p', { text: t(lang, 'discussion.play.hotwashIntro') }),
    form,
    ...(notes.length > 0
      ? [el('ul', { className: 'discussion__hotwash' }, notes.map((n) => el('li', { text: `${t(lang, `discussion.hotwash.${n.kind}`)}: ${n.text}` })))]
      : []),
  ]);
}

function feedback(ctx: PanelContext): HTMLElement | null {
  const { view, lang } = ctx;
  // After play, or during play where the trainer chose feedback per module (the form is then about the open module).
  if (!AFTER_PLAY.includes(view.phase) && !view.discussion.feedbackOpen) return null;
  const module = AFTER_PLAY.includes(view.phase) ? undefined : view.discussion.modules.find((m) => m.id === view.discussion.current);
  const key = 'feedback';
  const button = el('button', { className: 'button button--primary', text: t(lang, 'discussion.feedback.submit'), attrs: { type: 'submit', 'data-key': key } });
  const form = el('form', { className: 'feedback', attrs: { 'aria-label': t(lang, 'discussion.feedback.title') } }, [...feedbackFields(view.discussion.feedbackItems, lang), button]);
  // The form's choices live in the window's state, so a redraw puts them back.
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    input.checked = ctx.ui.discussion.get(`feedback:${input.name}`) === input.value;
    input.addEventListener('change', () => ctx.ui.discussion.set(`feedback:${input.name}`, input.value));
  }
  for (const area of form.querySelectorAll<HTMLTextAreaElement>('textarea')) {
    area.value = ctx.ui.discussion.get(`feedback:${area.name}`) ?? '';
    area.addEventListener('input', () => ctx.ui.discussion.set(`feedback:${area.name}`, area.value));
  }
  const note = describeRefusal(ctx, key, button);
  if (note) form.append(note);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.act(key, { type: 'feedback', ...readFeedback(form) }, () => {
      for (const k of [...ctx.ui.discussion.keys()]) if (k.startsWith('feedback:')) ctx.ui.discussion.delete(k);
    });
  });
  return section('feedback', t(lang, 'discussion.feedback.title'), [
    ...(module ? [el('p', { className: 'discussion__time', text: t(lang, 'feedback.aboutModule', { module: localise(module.title, lang) }) })] : []),
    el('p', { text: t(lang, 'discussion.feedback.anonymous') }),
    form,
  ]);
}

export function renderDiscussion(ctx: PanelContext): HTMLElement {
  const parts = [moduleNow(ctx), questions(ctx), hotwash(ctx), feedback(ctx)].filter((p): p is HTMLElement => p !== null);
  return el('div', { className: 'participant__turn discussion' }, parts);
}
