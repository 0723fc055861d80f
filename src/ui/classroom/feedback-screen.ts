// The classroom feedback link on a phone: #/feedback/<session>/<code>, as printed beside the QR code. The phone
// does not join the room and gets no token: it asks the host what the group's form holds and whether it is
// open, and sends the anonymous form with the room's code; the host enters it in the group's session. While
// the form is not open yet the page asks again now and then, so it opens by itself after the last module.
import { AwaitedReplies } from '../../host/awaited-replies.js';
import { readServerMessage, PROTOCOL_VERSION, type FeedbackFormMessage } from '../../host/protocol.js';
import { classroomUrl } from '../../host/websocket-client.js';
import type { Screen, ScreenContext } from '../app/screen.js';
import { renderFeedbackPage, type FeedbackResult } from '../discussion/feedback-page.js';
import { t } from '../../i18n/index.js';

/** The part of a WebSocket this page uses, so a test can stand in for the host. */
export interface FeedbackSocket {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface FeedbackLinkHandlers {
  onForm(form: FeedbackFormMessage): void;
  /** The host cannot be reached (or went away before it answered). */
  onUnreachable(): void;
  /** The host does not know this code or this group. */
  onBadLink(): void;
}

export interface FeedbackLink {
  ask(): void;
  send(form: { ratings: Record<string, number>; comments: Record<string, string> }): Promise<FeedbackResult>;
  close(): void;
}

const OPEN = 1;
const BAD_LINK: readonly string[] = ['bad-code', 'unknown-session'];
/** A form not answered within this long counts as not sent: the phone says so and the participant may send again. */
const ANSWER_WITHIN_MS = 15_000;

export function connectFeedback(url: string, code: string, session: string, handlers: FeedbackLinkHandlers, socket: (url: string) => FeedbackSocket): FeedbackLink {
  let ws: FeedbackSocket | null = null;
  let nextId = 0;
  let closed = false;
  const waiting = new AwaitedReplies<FeedbackResult>();
  const offline: FeedbackResult = { ok: false, refusal: { code: 'classroom-offline', params: {} } };
  const asks = new Set<number>();
  const queue: string[] = [];

  function open(): FeedbackSocket {
    if (ws && (ws.readyState === OPEN || ws.readyState === 0)) return ws;
    const s = socket(url);
    ws = s;
    s.onopen = () => {
      for (const data of queue.splice(0)) s.send(data);
    };
    s.onmessage = (event) => {
      const message = readServerMessage(event.data);
      if (!message) return;
      if (message.type === 'feedbackForm' && asks.delete(message.id)) return handlers.onForm(message.form);
      if (message.type === 'result') {
        if (asks.delete(message.id)) {
          if (!message.ok && BAD_LINK.includes(message.refusal.code)) handlers.onBadLink();
          else if (!message.ok) handlers.onUnreachable();
          return;
        }
        waiting.settle(message.id, message.ok ? { ok: true } : { ok: false, refusal: message.refusal });
      }
    };
    const lost = () => {
      if (ws !== s) return;
      ws = null;
      if (asks.size > 0 && !closed) {
        asks.clear();
        handlers.onUnreachable();
      }
      waiting.settleAll(offline);
    };
    s.onclose = lost;
    s.onerror = lost;
    return s;
  }

  function post(body: Record<string, unknown>): number {
    nextId += 1;
    const data = JSON.stringify({ ...body, id: nextId });
    const s = open();
    if (s.readyState === OPEN) s.send(data);
    else queue.push(data);
    return nextId;
  }

  return {
    ask() {
      asks.add(post({ type: 'feedbackForm', v: PROTOCOL_VERSION, code, session }));
    },
    send(form) {
      const id = post({ type: 'feedback', v: PROTOCOL_VERSION, code, session, ratings: form.ratings, comments: form.comments });
      return waiting.waitFor(id, ANSWER_WITHIN_MS, offline);
    },
    close() {
      closed = true;
      waiting.settleAll(offline);
      ws?.close();
      ws = null;
    },
  };
}

/** How often a page whose form is not open yet asks again. */
const RECHECK_MS = 15_000;

export interface ClassroomFeedbackOptions {
  readonly socket?: (url: string) => FeedbackSocket;
  readonly url?: string;
}

export function mountClassroomFeedback(ctx: ScreenContext, session: string, code: string, options: ClassroomFeedbackOptions = {}): Screen {
  let lang = ctx.lang;
  const page = renderFeedbackPage(ctx.main, { lang, send: (form) => link.send(form), recheck: () => link.ask() });
  let timer: ReturnType<typeof setInterval> | null = null;
  const link = connectFeedback(
    options.url ?? classroomUrl(location),
    code,
    session,
    {
      onForm(form) {
        page.show({ kind: 'form', info: form });
        // Not open yet: ask again now and then, so the form opens by itself when the trainer opens it.
        if (!form.open && timer === null) timer = setInterval(() => link.ask(), RECHECK_MS);
        if (form.open && timer !== null) {
          clearInterval(timer);
          timer = null;
        }
      },
      onUnreachable: () => page.show({ kind: 'unreachable' }),
      onBadLink: () => page.show({ kind: 'badLink' }),
    },
    options.socket ?? ((url) => new WebSocket(url) as unknown as FeedbackSocket),
  );
  link.ask();
  ctx.setTitle(t(lang, 'feedback.page.title'));
  return {
    setLanguage(next) {
      lang = next;
      page.setLanguage(next);
      ctx.setTitle(t(lang, 'feedback.page.title'));
    },
    destroy() {
      if (timer !== null) clearInterval(timer);
      link.close();
      page.destroy();
    },
  };
}
