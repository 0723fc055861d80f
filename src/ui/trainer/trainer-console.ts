// The trainer console (and the evaluator's view of it): everything the exercise's trainer view holds,
// the controls to run the room, and observations for the debrief. It renders a TrainerView and emits
// commands through `send`; it never changes the exercise itself, and the engine decides every command.
// Updates patch the page in place (morph.ts), so focus, scroll and half-typed text survive them.
import type { FeedVolume, TRAINER_FEED_KINDS } from '../../engine/communication/feed.js';
import '../../styles/trainer.css';
import type { StructureActionKind } from '../../engine/scenario/schema.js';
import type { Actor, Command, CommandBody, Refusal } from '../../engine/session/types.js';
import type { TrainerView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { renderClock } from '../components/clock.js';
import { renderStructureStatus } from '../components/structure-status.js';
import { el, uniqueId } from '../dom.js';
import { localise } from '../text.js';
import { renderAttemptsPanel } from './attempts-panel.js';
import type { ConsoleContext, ConsoleMode, ConsoleState } from './context.js';
import { renderDecisionsPanel } from './decisions-panel.js';
import { AS_CONTROL, renderDirectPanel } from './direct-panel.js';
import { renderFeedPanel } from './feed-panel.js';
import { renderFindingsPanel } from './findings-panel.js';
import { renderKnowledgePanel } from './knowledge-panel.js';
import { renderInboxes } from './inboxes.js';
import { renderInjectPanel } from './inject-panel.js';
import { morph } from './morph.js';
import { renderObjectiveRatings } from './objective-ratings.js';
import { renderObservationsPanel } from './observations-panel.js';
import { injectTitle, renderOpenDecisions, renderRunSheet } from './run-sheet.js';
import { refusalText } from './refusal-text.js';
import { jumpClosesRound, renderRunControls, type RunAction } from './run-controls.js';
import { actionFromForm, currentSimcellRole, currentStructureKind, renderSimcellPanel } from './simcell-panel.js';
import { simcellAbilities } from './simcell-abilities.js';
import { renderTimelinePanel } from './timeline-panel.js';
import { renderVariablesPanel } from './variables-panel.js';
import { short } from './names.js';
import { renderEvaluatorGuide, tagFromValue } from '../discussion/evaluator-guide.js';
import { readRating } from '../components/message-rating.js';
import { clearFeedback, readFeedback } from '../discussion/feedback-fields.js';
import { renderHotwashPanel } from '../discussion/hotwash-panel.js';
import { countdownText, renderPresenterPanel, shownModuleIndex } from '../discussion/presenter.js';
import type { Rating } from '../../engine/session/types.js';

export interface TrainerConsoleProps {
  readonly view: TrainerView;
  readonly lang: Language;
  readonly send: (command: Command) => void;
  readonly mode: ConsoleMode;
  /** Wall-clock milliseconds, for the module's countdown (a reminder on this screen, never a rule). */
  readonly now?: () => number;
}

export interface TrainerConsole {
  update(view: TrainerView, lang: Language): void;
  destroy(): void;
}

const RUN_ACTIONS: readonly RunAction[] = ['start', 'beginRounds', 'pause', 'resume', 'advance', 'undo', 'openDebrief'];

type Section = 'discussion' | 'run' | 'runsheet' | 'open' | 'hotwash' | 'inject' | 'simcell' | 'inboxes' | 'decisions' | 'variables' | 'knowledge' | 'findings' | 'attempts' | 'guide' | 'observations' | 'timeline';

const SECTIONS: Readonly<Record<ConsoleMode, readonly Section[]>> = {
  trainer: ['discussion', 'run', 'runsheet', 'open', 'timeline', 'hotwash', 'inject', 'simcell', 'inboxes', 'decisions', 'variables', 'knowledge', 'findings', 'attempts', 'guide', 'observations'],
  evaluator: ['guide', 'open', 'timeline', 'inboxes', 'decisions', 'variables', 'knowledge', 'findings', 'attempts', 'observations'],
};

/** The facilitator script and the evaluator guide exist only for a scenario in modules. */
const MODULE_SECTIONS: readonly Section[] = ['discussion', 'guide'];

export function renderTrainerConsole(root: HTMLElement, props: TrainerConsoleProps): TrainerConsole {
  const { send, mode } = props;
  let view = props.view;
  let lang = props.lang;
  let notice: Refusal | null = null;
  const base = uniqueId('trainer');
  const id = (name: string): string => `${base}-${name}`;
  const ui: ConsoleState = {
    pinned: null,
    simcellRole: null,
    structureKind: null,
    confirmingEnd: false,
    confirmingJump: null,
    freeTo: 'all',
    scriptModule: null,
    directReply: null,
    timelineFilter: 'main',
    editing: null,
  };
  const now = props.now ?? (() => Date.now());
  const actor: Actor = mode === 'trainer' ? { kind: 'trainer' } : { kind: 'evaluator' };

  const header = el('div', { className: 'trainer__header' });
  const noticeBox = el('div', { className: 'trainer-notice', attrs: { role: 'alert', id: id('notice') } });
  const status = el('div', { className: 'visually-hidden', attrs: { role: 'status', id: id('status') } });
  const body = el('div', { className: 'trainer__body' });
  const wrapper = el('div', { className: `trainer trainer--${mode}` }, [header, noticeBox, status, body]);
  root.replaceChildren(wrapper);

  const context = (): ConsoleContext => ({ view, lang, mode, ui, id });

  function renderHeader(ctx: ConsoleContext): HTMLElement {
    const sections = SECTIONS[mode].filter((s) => view.discussion.modules.length > 0 || !MODULE_SECTIONS.includes(s));
    const nav = el('nav', { className: 'trainer__nav', attrs: { 'aria-label': t(lang, 'trainer.nav') } }, [
      el(
        'ul',
        {},
        sections.map((s) => el('li', { attrs: { 'data-key': `nav-${s}` } }, [el('a', { text: t(lang, `trainer.nav.${s}` as const), attrs: { href: `#${id(s)}` } })])),
      ),
    ]);
    return el('div', { className: 'trainer__header' }, [
      el('h1', { className: 'trainer__title', text: localise(view.scenario.title, lang) }),
      el('p', { className: 'trainer__subtitle', text: t(lang, mode === 'trainer' ? 'trainer.subtitle.trainer' : 'trainer.subtitle.evaluator', { seed: view.seed }) }),
      ...(view.guided ? [el('p', { className: 'badge badge--warning trainer__guided', attrs: { 'data-key': 'guided' }, text: t(lang, 'trainer.guided') })] : []),
      nav,
      el('div', { className: 'trainer__overview' }, [renderClock(view, lang, { id: ctx.id('clock'), compact: true })]),
    ]);
  }

  /** Where the room stands: the crisis structure and the live score, beside the work rather than above it. */
  function renderStanding(ctx: ConsoleContext): HTMLElement {
    return el('div', { className: 'trainer__standing' }, [
      renderStructureStatus(view.structure, lang, { id: ctx.id('structure'), areas: view.board.areas }),
      renderObjectiveRatings(view.score, lang, { id: ctx.id('score'), playing: !['hotwash', 'debrief', 'ended'].includes(view.phase), guided: view.guided }),
    ]);
  }

  function renderBody(ctx: ConsoleContext): HTMLElement {
    const main: HTMLElement[] = [];
    const modules = view.discussion.modules.length > 0;
    if (mode === 'trainer' && modules) main.push(renderPresenterPanel(ctx, now()));
    if (mode === 'evaluator' && modules) main.push(renderEvaluatorGuide(ctx));
    // The dashboard first: what to do next (run controls, run sheet), then what waits on the tables.
    if (mode === 'trainer') main.push(renderRunControls(ctx), renderRunSheet(ctx));
    main.push(renderOpenDecisions(ctx));
    if (mode === 'trainer') main.push(renderHotwashPanel(ctx), renderInjectPanel(ctx), renderSimcellPanel(ctx));
    main.push(renderInboxes(ctx), renderDecisionsPanel(ctx), renderVariablesPanel(ctx), renderKnowledgePanel(ctx), renderFindingsPanel(ctx), renderAttemptsPanel(ctx));
    if (mode === 'trainer' && modules) main.push(renderEvaluatorGuide(ctx));
    return el('div', { className: 'trainer__body' }, [
      el('div', { className: 'trainer__column trainer__column--main' }, main),
      el('div', { className: 'trainer__column trainer__column--side' }, [renderTimelinePanel(ctx), renderDirectPanel(ctx), renderFeedPanel(ctx), renderStanding(ctx), renderObservationsPanel(ctx)]),
    ]);
  }

  function paint(): void {
    const ctx = context();
    wrapper.setAttribute('lang', lang);
    morph(header, renderHeader(ctx));
    morph(body, renderBody(ctx));
    const noticeText = notice === null ? '' : t(lang, 'trainer.notice.refused', { reason: refusalText(notice, lang, view) });
    if (noticeBox.textContent !== noticeText) noticeBox.textContent = noticeText;
  }

  function focus(name: string): void {
    const target = wrapper.querySelector<HTMLElement>(`[id="${id(name)}"]`);
    target?.focus();
  }

  /** The status line's words, made again in the current language when the trainer switches language. */
  let said: (() => string) | null = null;
  function say(words: () => string): void {
    said = words;
    status.textContent = words();
  }

  function issue(body: CommandBody, as: Actor = actor): void {
    const result: unknown = send({ actor: as, ...body } as Command);
    // A host that answers (the BroadcastChannel client does) may refuse before the engine sees the
    // command (host gone, seat not allowed); such a refusal never reaches the view's attempts.
    if (result instanceof Promise) void result.then(showHostAnswer, () => undefined);
  }

  function showHostAnswer(answer: unknown): void {
    if (typeof answer !== 'object' || answer === null || !('ok' in answer) || answer.ok !== false || !('refusal' in answer)) return;
    notice = answer.refusal as Refusal;
    paint();
  }

  /** What is new in a view, told to screen-reader users; a refusal of this console's own command is shown too. */
  function noteNews(previous: TrainerView, next: TrainerView): void {
    const mine = (a: Actor) => (mode === 'trainer' ? a.kind === 'trainer' || a.kind === 'simcell' : a.kind === 'evaluator');
    const refused = next.attempts.slice(previous.attempts.length).filter((a) => mine(a.command.actor));
    const last = refused[refused.length - 1];
    if (last) notice = last.refusal;
    else if (next.log.length !== previous.log.length) notice = null;
    const lastSeq = previous.timeline[previous.timeline.length - 1]?.seq ?? -1;
    const injects = next.timeline.filter((e) => e.seq > lastSeq && e.kind === 'injectDelivered');
    if (injects.length > 0) {
      // Made from the injects themselves (not kept as text), so a language switch says it again in the other language.
      say(() => {
        const titles = injects.map((e) => {
          if (e.data.free === true) return short(String(e.data.text ?? ''), 60);
          const inject = next.injects.find((i) => i.id === e.data.inject);
          return inject ? short(localise(inject.title ?? inject.text, lang), 60) : String(e.data.inject);
        });
        return t(lang, 'trainer.status.injects', { count: injects.length, titles: titles.join('; ') });
      });
    }
  }

  function onClick(event: Event): void {
    const target = (event.target as Element | null)?.closest<HTMLElement>('[data-action]');
    if (!target || !wrapper.contains(target)) return;
    if (target.getAttribute('aria-disabled') === 'true') return;
    const action = target.getAttribute('data-action') ?? '';
    if (action === 'pause') {
      issue(pauseCommand());
      return;
    }
    if ((RUN_ACTIONS as readonly string[]).includes(action)) {
      issue({ type: action as RunAction });
      return;
    }
    switch (action) {
      case 'end':
        ui.confirmingEnd = true;
        paint();
        focus('end-confirm');
        return;
      case 'end-confirm':
        ui.confirmingEnd = false;
        issue({ type: 'end' });
        paint();
        focus('run-end');
        return;
      case 'jump-confirm': {
        const minutes = ui.confirmingJump;
        ui.confirmingJump = null;
        if (minutes !== null) issue({ type: 'jump', minutes });
        paint();
        focus('jump-submit');
        return;
      }
      case 'jump-cancel':
        ui.confirmingJump = null;
        paint();
        focus('jump-submit');
        return;
      case 'end-cancel':
        ui.confirmingEnd = false;
        paint();
        focus('run-end');
        return;
      case 'sheet-deliver':
        issue({ type: 'fireInject', inject: target.getAttribute('data-inject') ?? '' });
        return;
      case 'sheet-hold':
      case 'sheet-release':
        issue({ type: 'holdInject', inject: target.getAttribute('data-inject') ?? '', hold: action === 'sheet-hold' });
        return;
      case 'sheet-edit':
        editBeforeItGoesOut(target.getAttribute('data-inject') ?? '');
        return;
      case 'observe':
        ui.pinned = Number(target.getAttribute('data-event'));
        paint();
        focus('observe-text');
        return;
      case 'unpin':
        ui.pinned = null;
        paint();
        focus('observe-text');
        return;
      case 'start-module':
        // Opening a module moves the room (and its clock); the script follows the open module again.
        ui.scriptModule = null;
        issue({ type: 'startModule', module: target.getAttribute('data-module') ?? '' });
        return;
      case 'show-question':
        issue({ type: 'showQuestion', question: target.getAttribute('data-question') ?? '' });
        return;
      case 'hide-question':
        issue({ type: 'showQuestion', question: null });
        return;
      case 'script-previous':
      case 'script-next':
        ui.scriptModule = Math.max(0, shownModuleIndex(context()) + (action === 'script-next' ? 1 : -1));
        paint();
        focus(action === 'script-next' ? 'script-next' : 'script-previous');
        return;
      case 'direct-reply':
        ui.directReply = Number(target.getAttribute('data-event'));
        paint();
        focus('direct-text');
        return;
      case 'direct-unreply':
        ui.directReply = null;
        paint();
        focus('direct-text');
        return;
    }
  }

  /**
   * Edit before it goes out: the original is held back and its text and recipients wait in the free-inject
   * form, where the trainer changes them and sends. The edited text is the trainer's own message: it does
   * not carry the original's effects in the scenario, which the note says.
   */
  function editBeforeItGoesOut(injectId: string): void {
    const inject = view.injects.find((i) => i.id === injectId);
    if (!inject) return;
    if (!inject.held) issue({ type: 'holdInject', inject: inject.id, hold: true });
    ui.freeTo = inject.to === 'all' ? 'all' : 'chosen';
    ui.editing = injectTitle(inject, lang);
    paint();
    const form = wrapper.querySelector<HTMLFormElement>('form[data-form="free-inject"]');
    if (!form) return;
    const text = form.elements.namedItem('text');
    if (text instanceof HTMLTextAreaElement) text.value = localise(inject.text, lang);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="role"]')) box.checked = inject.to !== 'all' && inject.to.includes(box.value);
    const projector = form.elements.namedItem('projector');
    if (projector instanceof HTMLInputElement) projector.checked = inject.projector;
    focus('free-text');
  }

  function onChange(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    switch (target.getAttribute('data-change')) {
      case 'simcell-role':
        ui.simcellRole = target.value;
        ui.structureKind = null;
        break;
      case 'structure-kind':
        ui.structureKind = target.value;
        break;
      case 'free-to':
        ui.freeTo = target.value === 'chosen' ? 'chosen' : 'all';
        break;
      case 'timeline-filter':
        ui.timelineFilter = target.value;
        break;
      default:
        return;
    }
    paint();
  }

  /** Pause with the trainer's message for the room, if one was typed; the field empties for the next pause. */
  function pauseCommand(): CommandBody {
    const input = wrapper.querySelector<HTMLInputElement>('input[data-pause-message]');
    const message = input?.value.trim() ?? '';
    if (input) input.value = '';
    return message ? { type: 'pause', message } : { type: 'pause' };
  }

  function textOf(form: HTMLFormElement, name: string): string {
    const control = form.elements.namedItem(name);
    return control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement || control instanceof HTMLSelectElement ? control.value : '';
  }

  function clearText(form: HTMLFormElement, name: string): void {
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLTextAreaElement) control.value = '';
  }

  function checked(form: HTMLFormElement, name: string): string[] {
    return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  }

  function onSubmit(event: Event): void {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !wrapper.contains(form)) return;
    event.preventDefault();
    if (form.querySelector('[type="submit"][aria-disabled="true"]')) return;
    if (!form.checkValidity()) {
      form.reportValidity();
      return;
    }
    const simcell = (): Actor | null => {
      const role = currentSimcellRole(context());
      return role === null ? null : { kind: 'simcell', role };
    };
    switch (form.getAttribute('data-form')) {
      case 'jump': {
        const minutes = Number(textOf(form, 'minutes'));
        // A jump that reaches the end of the round closes it (turns skipped, defaults applied): ask first.
        if (jumpClosesRound(view, minutes)) {
          ui.confirmingJump = minutes;
          paint();
          focus('jump-confirm');
          return;
        }
        issue({ type: 'jump', minutes });
        return;
      }
      case 'fire-inject':
        issue({ type: 'fireInject', inject: textOf(form, 'inject') });
        return;
      case 'free-inject': {
        const to = ui.freeTo === 'all' ? 'all' : checked(form, 'role');
        const projector = (form.elements.namedItem('projector') as HTMLInputElement | null)?.checked ?? false;
        issue({ type: 'freeInject', text: textOf(form, 'text'), to, projector });
        clearText(form, 'text');
        ui.editing = null;
        paint();
        return;
      }
      case 'observe': {
        const text = textOf(form, 'text');
        issue(ui.pinned === null ? { type: 'observe', text } : { type: 'observe', text, event: ui.pinned });
        clearText(form, 'text');
        ui.pinned = null;
        paint();
        return;
      }
      case 'guide-observe': {
        const tag = tagFromValue(textOf(form, 'tag'));
        const rating = textOf(form, 'rating');
        issue({ type: 'observe', text: textOf(form, 'text'), ...(rating === '' ? {} : { rating: rating as Rating }), ...(tag === null ? {} : { tag }) });
        clearText(form, 'text');
        return;
      }
      case 'answer-for-table':
        issue({ type: 'answer', question: textOf(form, 'question'), table: textOf(form, 'table'), text: textOf(form, 'text') });
        clearText(form, 'text');
        return;
      case 'hotwash': {
        const table = textOf(form, 'table');
        issue({ type: 'hotwash', kind: textOf(form, 'kind') === 'improvement' ? 'improvement' : 'strength', text: textOf(form, 'text'), ...(table === '' ? {} : { table }) });
        clearText(form, 'text');
        return;
      }
      case 'feedback':
        issue({ type: 'feedback', ...readFeedback(form) });
        clearFeedback(form);
        return;
      case 'rate-message': {
        // The same command as the debrief's rating form; from the evaluator's console it is the evaluator's.
        issue(readRating(form, form.getAttribute('data-message') ?? ''));
        const note = form.elements.namedItem('note');
        if (note instanceof HTMLTextAreaElement) note.value = '';
        return;
      }
      case 'feed-volume':
        issue({ type: 'feedVolume', volume: textOf(form, 'volume') as FeedVolume });
        return;
      case 'feed-item': {
        const source = textOf(form, 'source').trim();
        const reach = textOf(form, 'reach').trim();
        issue({
          type: 'feedItem',
          kind: textOf(form, 'kind') as (typeof TRAINER_FEED_KINDS)[number],
          text: textOf(form, 'text'),
          ...(source === '' ? {} : { source }),
          ...(reach === '' ? {} : { reach: Number(reach) }),
        });
        clearText(form, 'text');
        return;
      }
      case 'direct': {
        const as = textOf(form, 'as');
        const sender: Actor = as.startsWith('role:') ? { kind: 'simcell', role: as.slice(5) } : actor;
        const reply = ui.directReply;
        issue({ type: 'directMessage', to: { table: textOf(form, 'to') }, text: textOf(form, 'text'), ...(reply === null ? {} : { inReplyTo: reply }) }, as === AS_CONTROL ? actor : sender);
        clearText(form, 'text');
        ui.directReply = null;
        paint();
        return;
      }
      case 'simcell-decide': {
        const as = simcell();
        if (!as) return;
        const rationale = textOf(form, 'rationale').trim();
        const confidence = textOf(form, 'confidence');
        issue(
          {
            type: 'decide',
            decision: form.getAttribute('data-decision') ?? '',
            option: checked(form, 'option')[0] ?? '',
            ...(rationale === '' ? {} : { rationale }),
            ...(confidence === '' ? {} : { confidence: Number(confidence) }),
          },
          as,
        );
        return;
      }
      case 'simcell-structure': {
        const as = simcell();
        const abilities = as && as.kind === 'simcell' ? simcellAbilities(view, as.role) : null;
        const kind = abilities ? currentStructureKind(context(), abilities) : null;
        if (!as || kind === null) return;
        issue({ type: 'structure', action: actionFromForm(kind as StructureActionKind, form) }, as);
        return;
      }
      case 'simcell-publish': {
        const as = simcell();
        if (!as) return;
        issue({ type: 'publish', blocks: checked(form, 'block') }, as);
        for (const box of form.querySelectorAll<HTMLInputElement>('input[name="block"]')) box.checked = false;
        return;
      }
    }
  }

  wrapper.addEventListener('click', onClick);
  wrapper.addEventListener('change', onChange);
  wrapper.addEventListener('submit', onSubmit);
  paint();
  // The module's countdown ticks on this screen only; the rest of the console redraws when the view changes.
  const ticking = setInterval(() => {
    const box = wrapper.querySelector<HTMLElement>(`[id="${id('module-countdown')}"]`);
    const text = box ? countdownText(view, now(), lang) : null;
    if (box && text !== null && box.textContent !== text) box.textContent = text;
  }, 1000);

  return {
    update(next: TrainerView, nextLang: Language): void {
      const previous = view;
      const switched = nextLang !== lang;
      view = next;
      lang = nextLang;
      if (switched && said) status.textContent = said();
      noteNews(previous, next);
      paint();
    },
    destroy(): void {
      clearInterval(ticking);
      wrapper.removeEventListener('click', onClick);
      wrapper.removeEventListener('change', onChange);
      wrapper.removeEventListener('submit', onSubmit);
      root.replaceChildren();
    },
  };
}
