// The anonymous feedback form on a phone, opened from the printed QR link: the same HSEEP form as on a
// table's screen (ratings 1–5 of the exercise and of each objective's relevance, open comments), with no
// name, no seat and nothing else of the exercise. Where it sends to is the caller's: the classroom host over
// a websocket, or the trainer's browser over BroadcastChannel. After a form is sent the page thanks the
// sender and offers an empty form for the next participant sharing the device.
import '../../styles/discussion.css';
import type { Refusal } from '../../engine/index.js';
import { feedbackInfo, type FeedbackFormInfo } from '../../host/feedback-link.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import { refusalText } from '../session/refusal-text.js';
import { localise } from '../text.js';
import { clearFeedback, feedbackFields, readFeedback } from './feedback-fields.js';

export type { FeedbackFormInfo };

export type FeedbackPageState =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'badLink' }
  | { readonly kind: 'form'; readonly info: FeedbackFormInfo };

export type FeedbackResult = { readonly ok: true } | { readonly ok: false; readonly refusal: Refusal };

export interface FeedbackPageOptions {
  readonly lang: Language;
  readonly send: (form: ReturnType<typeof readFeedback>) => Promise<FeedbackResult>;
  /** Ask the host again whether the form is open (the classroom page; the hot-seat page hears it by itself). */
  readonly recheck?: () => void;
}

export interface FeedbackPage {
  show(state: FeedbackPageState): void;
  setLanguage(lang: Language): void;
  destroy(): void;
}

/** The form's facts from what the projector sees (the hot-seat link joins with the projector's view). */
export const feedbackInfoFromView = feedbackInfo;

export function renderFeedbackPage(root: HTMLElement, options: FeedbackPageOptions): FeedbackPage {
  let lang = options.lang;
  let state: FeedbackPageState = { kind: 'connecting' };
  /** After a form was accepted: the thanks, until the next participant asks for an empty form. */
  let sent = false;
  let sending = false;
  let problem: string | null = null;
  /** The form on screen: kept across updates of the exercise, so what is being filled in is never lost. */
  let form: HTMLFormElement | null = null;
  let formKey = '';
  const page = el('div', { className: 'feedback-page' });
  root.replaceChildren(page);

  function buildForm(info: FeedbackFormInfo): HTMLFormElement {
    const button = el('button', { className: 'button button--primary', text: t(lang, 'discussion.feedback.submit'), attrs: { type: 'submit' } });
    const f = el('form', { className: 'feedback', attrs: { 'aria-label': t(lang, 'discussion.feedback.title') } }, [...feedbackFields(info.items, lang), button]);
    f.addEventListener('submit', (event) => {
      event.preventDefault();
      if (sending) return;
      sending = true;
      button.setAttribute('aria-disabled', 'true');
      void options.send(readFeedback(f)).then((result) => {
        sending = false;
        button.removeAttribute('aria-disabled');
        if (result.ok) {
          clearFeedback(f);
          sent = true;
          problem = null;
        } else {
          problem = t(lang, 'feedback.page.refused', { reason: refusalText(lang, result.refusal) });
        }
        draw();
        page.querySelector<HTMLElement>('[data-focus-after]')?.focus();
      });
    });
    return f;
  }

  function draw(): void {
    const heading = (text: string) => el('h1', { text, attrs: { tabindex: '-1' } });
    switch (state.kind) {
      case 'connecting':
        page.replaceChildren(heading(t(lang, 'feedback.page.title')), el('p', { attrs: { role: 'status' }, text: t(lang, 'feedback.page.connecting') }));
        return;
      case 'unreachable':
      case 'badLink':
        page.replaceChildren(heading(t(lang, 'feedback.page.title')), el('p', { className: 'refusal', attrs: { role: 'alert' }, text: t(lang, state.kind === 'badLink' ? 'feedback.page.badLink' : 'feedback.page.unreachable') }));
        return;
      case 'form':
        break;
    }
    const info = state.info;
    const top: Node[] = [heading(t(lang, 'feedback.page.title')), el('p', { text: t(lang, 'feedback.page.of', { scenario: localise(info.title, lang) }) })];
    if (sent) {
      const another = el('button', { className: 'button', text: t(lang, 'feedback.page.another'), attrs: { type: 'button' } });
      another.addEventListener('click', () => {
        sent = false;
        draw();
        page.querySelector<HTMLElement>('form input')?.focus();
      });
      page.replaceChildren(...top, el('p', { className: 'feedback-page__sent', attrs: { role: 'status', tabindex: '-1', 'data-focus-after': '' }, text: t(lang, 'feedback.page.sent') }), another);
      return;
    }
    if (!info.open) {
      const parts: Node[] = [...top, el('p', { attrs: { role: 'status' }, text: t(lang, 'feedback.page.notOpen') })];
      if (options.recheck) {
        const again = el('button', { className: 'button', text: t(lang, 'feedback.page.check'), attrs: { type: 'button' } });
        again.addEventListener('click', () => options.recheck?.());
        parts.push(again);
      }
      page.replaceChildren(...parts);
      return;
    }
    // The same form stays on screen while its items and language stay the same.
    const key = `${lang}|${info.items.join(',')}`;
    if (!form || key !== formKey) {
      form = buildForm(info);
      formKey = key;
    }
    page.replaceChildren(
      ...top,
      ...(info.module ? [el('p', { className: 'discussion__time', text: t(lang, 'feedback.aboutModule', { module: localise(info.module, lang) }) })] : []),
      el('p', { text: t(lang, 'discussion.feedback.anonymous') }),
      ...(problem ? [el('p', { className: 'refusal', attrs: { role: 'alert', tabindex: '-1', 'data-focus-after': '' }, text: problem })] : []),
      form,
    );
  }

  draw();
  return {
    show(next) {
      state = next;
      draw();
    },
    setLanguage(next) {
      lang = next;
      draw();
    },
    destroy() {
      page.remove();
    },
  };
}
