// The facilitator script (presenter mode on the console) for a scenario in modules: for the module on show,
// what to read aloud, what to do, the questions with the key points to listen for and which tables have
// answered, and the module's time budget counting down. "Open module" moves the room (with its time jump)
// and "Show on the projector" puts a question before the room: both are commands, logged like any other.
// "Previous"/"next" only leaf through the script: the room never goes back in time.
import '../../styles/discussion.css';
import type { LogEntry } from '../../engine/session/types.js';
import type { TrainerView } from '../../engine/views/index.js';
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { field, panel, type ConsoleContext } from '../trainer/context.js';
import { tableName } from '../trainer/names.js';
import { mmss, objectiveName } from './names.js';

type ModuleView = TrainerView['discussion']['modules'][number];
type QuestionView = TrainerView['discussion']['questions'][number];

/** The module the script shows: the one the trainer leafed to, else the open one, else the first. */
export function shownModuleIndex(ctx: ConsoleContext): number {
  const { modules, current } = ctx.view.discussion;
  const chosen = ctx.ui.scriptModule;
  if (chosen !== null && chosen >= 0 && chosen < modules.length) return chosen;
  const open = modules.findIndex((m) => m.id === current);
  return open >= 0 ? open : 0;
}

/** When the open module was opened, in wall-clock ms (the command's stamp), if the log says. */
function openedAt(log: readonly LogEntry[], module: string): number | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const c = log[i]?.command;
    if (c?.type === 'startModule' && c.module === module) return c.stamp ?? null;
  }
  return null;
}

/** The open module's budget against the real time since it was opened: a reminder only, never a rule. */
export function countdownText(view: TrainerView, now: number, lang: ConsoleContext['lang']): string | null {
  const id = view.discussion.current;
  const module = view.discussion.modules.find((m) => m.id === id);
  if (!module || !id || !['decide', 'paused'].includes(view.phase)) return null;
  const since = openedAt(view.log, id);
  if (since === null) return t(lang, 'discussion.presenter.budget', { minutes: module.budgetMinutes });
  const left = module.budgetMinutes * 60 - (now - since) / 1000;
  return left >= 0 ? t(lang, 'discussion.presenter.left', { time: mmss(left), minutes: module.budgetMinutes }) : t(lang, 'discussion.presenter.over', { time: mmss(-left) });
}

function statusOf(view: TrainerView, module: ModuleView): 'open' | 'done' | 'waiting' {
  if (module.id === view.discussion.current) return 'open';
  return module.started ? 'done' : 'waiting';
}

function questionItem(ctx: ConsoleContext, q: QuestionView, started: boolean): HTMLElement {
  const { lang, view } = ctx;
  const shown = view.discussion.question?.id === q.id;
  const answered = new Set(q.answers.map((a) => a.table));
  const waiting = q.tables.filter((id) => !answered.has(id));
  const children: Node[] = [
    el('p', { className: 'presenter-question__text', text: localise(q.text, lang) }),
    el('p', { className: 'trainer-note', text: t(lang, 'discussion.presenter.putTo', { tables: q.tables.map((id) => tableName(view, id, lang)).join(', ') || '—' }) }),
  ];
  if ((q.keyPoints ?? []).length > 0) {
    children.push(
      el('p', { className: 'presenter-question__label', text: t(lang, 'discussion.presenter.keyPoints') }),
      el('ul', { className: 'presenter-question__points' }, (q.keyPoints ?? []).map((k) => el('li', { text: localise(k, lang) }))),
    );
  }
  if (started) {
    children.push(
      el('p', {
        className: `presenter-question__answers${waiting.length === 0 && q.tables.length > 0 ? ' presenter-question__answers--all' : ''}`,
        text:
          answered.size === 0
            ? t(lang, 'discussion.presenter.noAnswers')
            : t(lang, 'discussion.presenter.answered', {
                answered: [...answered].map((id) => tableName(view, id, lang)).join(', '),
                waiting: waiting.length === 0 ? t(lang, 'discussion.presenter.nobody') : waiting.map((id) => tableName(view, id, lang)).join(', '),
              }),
      }),
    );
    for (const a of q.answers) {
      children.push(el('p', { className: 'presenter-question__answer' }, [el('strong', { text: `${tableName(view, a.table, lang)} (${clockLabel(a.minute)}): ` }), el('span', { text: a.text })]));
    }
  }
  const button = shown
    ? el('button', { className: 'button button--small', text: t(lang, 'discussion.presenter.hide'), attrs: { type: 'button', 'data-action': 'hide-question', id: ctx.id(`question-${q.id}`) } })
    : el('button', {
        className: 'button button--small',
        text: t(lang, 'discussion.presenter.show'),
        attrs: { type: 'button', 'data-action': 'show-question', 'data-question': q.id, 'aria-disabled': String(!started), id: ctx.id(`question-${q.id}`) },
      });
  children.push(button);
  if (shown) children.push(el('p', { className: 'presenter-question__shown', text: t(lang, 'discussion.presenter.onProjector') }));
  return el('li', { className: `presenter-question${shown ? ' presenter-question--shown' : ''}`, attrs: { 'data-key': `question-${q.id}` } }, children);
}

/** The next question of the open module after the one on the projector (the first when none is shown). */
export function nextQuestion(view: TrainerView): QuestionView | undefined {
  const { current, questions, question } = view.discussion;
  const mine = questions.filter((q) => q.module === current);
  const at = question === null ? -1 : mine.findIndex((q) => q.id === question.id);
  return mine[at + 1];
}

function moduleBlock(ctx: ConsoleContext, module: ModuleView, index: number): HTMLElement {
  const { lang, view } = ctx;
  const status = statusOf(view, module);
  const questions = view.discussion.questions.filter((q) => q.module === module.id);
  const facts = [
    t(lang, `discussion.presenter.status.${status}`),
    module.timeLabel ? localise(module.timeLabel, lang) : clockLabel(module.startsAt),
    t(lang, 'discussion.presenter.budget', { minutes: module.budgetMinutes }),
  ];
  const children: Node[] = [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'discussion.presenter.module', { index: index + 1, count: view.discussion.modules.length, title: localise(module.title, lang) }) }),
    el('p', { className: 'trainer-note', text: facts.join(' · ') }),
    el('p', { className: 'presenter-module__label', text: t(lang, 'discussion.presenter.readAloud') }),
    el('blockquote', { className: 'presenter-module__situation', text: localise(module.situation, lang) }),
  ];
  if (module.script) children.push(el('p', { className: 'presenter-module__label', text: t(lang, 'discussion.presenter.script') }), el('p', { className: 'presenter-module__script', text: localise(module.script, lang) }));
  if (module.objectives.length > 0) children.push(el('p', { className: 'trainer-note', text: t(lang, 'discussion.presenter.objectives', { objectives: module.objectives.map((o) => objectiveName(o, lang)).join('; ') }) }));
  children.push(
    el('h4', { className: 'trainer-subtitle', text: t(lang, 'discussion.presenter.questions', { count: questions.length }) }),
    el('ol', { className: 'presenter-questions' }, questions.map((q) => questionItem(ctx, q, module.started))),
  );
  return el('div', { className: `presenter-module presenter-module--${status}`, attrs: { 'data-key': `module-${module.id}` } }, children);
}

/** The trainer types a table's answer (a table that answers aloud, or a paper answer sheet). */
function answerForTable(ctx: ConsoleContext): HTMLElement | null {
  const { lang, view } = ctx;
  const open = view.discussion.questions.filter((q) => view.discussion.modules.find((m) => m.id === q.module)?.started && q.tables.length > 0);
  if (open.length === 0 || !['decide', 'paused', 'hotwash'].includes(view.phase)) return null;
  const question = el(
    'select',
    { className: 'trainer-input', attrs: { name: 'question' } },
    open.map((q) => el('option', { text: localise(q.text, lang), attrs: { value: q.id, ...(q.id === view.discussion.question?.id ? { selected: '' } : {}) } })),
  );
  const table = el('select', { className: 'trainer-input', attrs: { name: 'table' } }, view.settings.tables.map((tb) => el('option', { text: tb.name, attrs: { value: tb.id } })));
  const text = el('textarea', { className: 'trainer-input trainer-textarea', attrs: { name: 'text', rows: '3', maxlength: '4000', required: '' } });
  return el('form', { className: 'trainer-form', attrs: { 'data-form': 'answer-for-table', 'aria-labelledby': ctx.id('answer-for-title') } }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'discussion.presenter.answerFor'), attrs: { id: ctx.id('answer-for-title') } }),
    field(ctx, 'answer-for-question', t(lang, 'discussion.presenter.answerQuestion'), question),
    field(ctx, 'answer-for-table', t(lang, 'discussion.presenter.answerTable'), table),
    field(ctx, 'answer-for-text', t(lang, 'discussion.presenter.answerText'), text),
    el('button', { className: 'button', text: t(lang, 'discussion.presenter.answerSubmit'), attrs: { type: 'submit', id: ctx.id('answer-for-submit') } }),
  ]);
}

export function renderPresenterPanel(ctx: ConsoleContext, now: number): HTMLElement {
  const { lang, view } = ctx;
  const { modules, current } = view.discussion;
  const shownIndex = shownModuleIndex(ctx);
  const shown = modules[shownIndex];
  const openIndex = modules.findIndex((m) => m.id === current);
  const next = modules[openIndex + 1];
  const canOpen = view.phase === 'briefing' || view.phase === 'decide';

  const controls: Node[] = [
    el('p', {
      className: 'presenter__now',
      text: openIndex < 0 ? t(lang, 'discussion.presenter.noneOpen') : t(lang, 'discussion.presenter.open', { index: openIndex + 1, count: modules.length, title: localise(modules[openIndex]!.title, lang) }),
    }),
  ];
  const countdown = countdownText(view, now, lang);
  if (countdown !== null) controls.push(el('p', { className: 'presenter__countdown', text: countdown, attrs: { id: ctx.id('module-countdown'), 'aria-live': 'off' } }));
  const room: HTMLElement[] = [];
  if (next) {
    const label = t(lang, 'discussion.presenter.openNext', { index: openIndex + 2, title: localise(next.title, lang) }) + (next.timeLabel ? ` — ${localise(next.timeLabel, lang)}` : '');
    room.push(el('button', { className: 'button button--primary', text: label, attrs: { type: 'button', 'data-action': 'start-module', 'data-module': next.id, 'aria-disabled': String(!canOpen), id: ctx.id('start-module') } }));
  } else if (openIndex >= 0) {
    room.push(el('p', { className: 'trainer-note', text: t(lang, 'discussion.presenter.lastModule') }));
  }
  const following = nextQuestion(view);
  if (following) {
    room.push(el('button', { className: 'button', text: t(lang, 'discussion.presenter.nextQuestion'), attrs: { type: 'button', 'data-action': 'show-question', 'data-question': following.id, id: ctx.id('next-question') } }));
  }
  if (view.discussion.question !== null) room.push(el('button', { className: 'button', text: t(lang, 'discussion.presenter.hideShown'), attrs: { type: 'button', 'data-action': 'hide-question', id: ctx.id('hide-question') } }));
  controls.push(el('div', { className: 'presenter__room', attrs: { role: 'group', 'aria-label': t(lang, 'discussion.presenter.roomGroup') } }, room));

  const leaf = el('div', { className: 'presenter__leaf', attrs: { role: 'group', 'aria-label': t(lang, 'discussion.presenter.leafGroup') } }, [
    el('button', { className: 'button button--small', text: t(lang, 'discussion.presenter.previous'), attrs: { type: 'button', 'data-action': 'script-previous', 'aria-disabled': String(shownIndex <= 0), id: ctx.id('script-previous') } }),
    el('button', {
      className: 'button button--small',
      text: t(lang, 'discussion.presenter.next'),
      attrs: { type: 'button', 'data-action': 'script-next', 'aria-disabled': String(shownIndex >= modules.length - 1), id: ctx.id('script-next') },
    }),
  ]);
  const body: Node[] = [...controls, leaf];
  if (shown) body.push(moduleBlock(ctx, shown, shownIndex));
  const typed = answerForTable(ctx);
  if (typed) body.push(typed);
  return panel(ctx, 'discussion', t(lang, 'discussion.presenter.title'), body);
}
