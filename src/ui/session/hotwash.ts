// The hotwash in the room's windows: play has stopped and the room talks before the trainer opens the
// scored debrief. Every table and the projector show the same prompts and the points gathered so far —
// never ratings, which would close the conversation before it starts. A table adds its own strengths
// and areas for improvement here; the host records each as a public `hotwash` command.
import '../../styles/room.css';
import type { Command, CommonView, RoleView } from '../../engine/index.js';
import type { SendResult } from '../../host/broadcast.js';
import { t, type Language, type MessageKey } from '../../i18n/index.js';
import { redrawKeepingFocus } from '../app/focus.js';
import { el, uniqueId } from '../dom.js';
import { refusalText } from './refusal-text.js';

/** What the room discusses in the hotwash, in this order (after the CTEP and HSEEP hotwash). */
export const HOTWASH_PROMPTS: readonly MessageKey[] = ['room.hotwash.prompt.well', 'room.hotwash.prompt.better', 'room.hotwash.prompt.surprise', 'room.hotwash.prompt.takeHome'];

type HotwashView = Pick<CommonView, 'phase' | 'discussion'> & { readonly role?: RoleView['role'] };

export interface HotwashOptions {
  readonly headingLevel: 1 | 2;
  /** A table's window sends its points; the projector only shows them. */
  readonly send?: (command: Command) => Promise<SendResult> | unknown;
  readonly large?: boolean;
}

export interface HotwashSlot {
  /** Show the hotwash while the view's phase is the hotwash; hidden otherwise. */
  update(view: HotwashView | null, lang: Language): void;
  destroy(): void;
}

type Kind = 'strength' | 'improvement';

/** The points gathered so far, strengths and improvements apart. */
function notes(view: HotwashView, lang: Language, level: number): HTMLElement {
  const list = (kind: Kind, title: MessageKey) => {
    const items = view.discussion.hotwash.filter((n) => n.kind === kind);
    return el('div', { className: `hotwash__notes hotwash__notes--${kind}` }, [
      el(`h${Math.min(6, level + 1)}` as 'h3', { text: t(lang, title) }),
      items.length === 0
        ? el('p', { className: 'hotwash__empty', text: t(lang, 'room.hotwash.none') })
        : el(
            'ul',
            {},
            items.map((n) => el('li', { text: n.text, attrs: { 'data-key': `hotwash-${n.seq}` } })),
          ),
    ]);
  };
  return el('div', { className: 'hotwash__gathered' }, [list('strength', 'room.hotwash.strengths'), list('improvement', 'room.hotwash.improvements')]);
}

export function createHotwashSlot(container: HTMLElement, options: HotwashOptions): HotwashSlot {
  const level = options.headingLevel;
  const ids = { title: uniqueId('hotwash-title'), text: uniqueId('hotwash-text'), kind: uniqueId('hotwash-kind') };
  let lang: Language = 'nl';
  let view: HotwashView | null = null;
  let draft = '';
  let kind: Kind = 'strength';
  let outcome: { readonly text: string; readonly ok: boolean } | null = null;
  let busy = false;

  function form(role: NonNullable<HotwashView['role']>, send: NonNullable<HotwashOptions['send']>): HTMLElement {
    const textarea = el('textarea', { className: 'hotwash__text', attrs: { id: ids.text, rows: '3', maxlength: '2000', 'data-key': 'hotwash-text' } });
    textarea.value = draft;
    textarea.addEventListener('input', () => (draft = textarea.value));
    const choice = (value: Kind, label: MessageKey) => {
      const id = `${ids.kind}-${value}`;
      const input = el('input', { attrs: { type: 'radio', name: ids.kind, id, value, 'data-key': `hotwash-kind-${value}` } });
      input.checked = kind === value;
      input.addEventListener('change', () => (kind = value));
      return el('span', { className: 'hotwash__choice' }, [input, el('label', { text: t(lang, label), attrs: { for: id } })]);
    };
    const submit = el('button', { className: 'button button--primary', text: t(lang, 'room.hotwash.add'), attrs: { type: 'submit', 'data-key': 'hotwash-add' } });
    submit.disabled = busy;
    const node = el('form', { className: 'hotwash__form', attrs: { novalidate: '' } }, [
      el('fieldset', { className: 'hotwash__kind' }, [el('legend', { text: t(lang, 'room.hotwash.kind') }),
        choice('strength', 'room.hotwash.strength'), choice('improvement', 'room.hotwash.improvement')]),
      el('label', { className: 'field__label', text: t(lang, 'room.hotwash.text'), attrs: { for: ids.text } }),
      textarea,
      submit,
      ...(outcome ? [el('p', { className: outcome.ok ? 'hotwash__done' : 'refusal', text: outcome.text, attrs: { role: outcome.ok ? 'status' : 'alert' } })] : []),
    ]);
    node.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = draft.trim();
      if (text === '') {
        outcome = { text: t(lang, 'room.hotwash.empty'), ok: false };
        return draw();
      }
      busy = true;
      draw();
      void Promise.resolve(send({ type: 'hotwash', kind, text, actor: { kind: 'role', role: role.id } } as Command)).then((result) => {
        busy = false;
        const refused = typeof result === 'object' && result !== null && (result as SendResult).ok === false ? (result as Extract<SendResult, { ok: false }>).refusal : null;
        if (refused) outcome = { text: refusalText(lang, refused), ok: false };
        else {
          outcome = { text: t(lang, 'room.hotwash.added'), ok: true };
          draft = '';
        }
        draw();
      });
    });
    return node;
  }

  function draw(): void {
    redrawKeepingFocus(container, paint);
  }

  function paint(): void {
    if (view === null || view.phase !== 'hotwash') {
      container.hidden = true;
      container.replaceChildren();
      return;
    }
    container.hidden = false;
    const heading = el(`h${level}` as 'h2', { className: 'hotwash__title', text: t(lang, 'room.hotwash.title'), attrs: { id: ids.title } });
    container.replaceChildren(
      el('section', { className: `hotwash${options.large ? ' hotwash--large' : ''}`, attrs: { 'aria-labelledby': ids.title, lang } }, [
        heading,
        el('p', { className: 'hotwash__intro', text: t(lang, 'room.hotwash.intro') }),
        el(
          'ol',
          { className: 'hotwash__prompts' },
          HOTWASH_PROMPTS.map((key) => el('li', { text: t(lang, key) })),
        ),
        notes(view, lang, level),
        ...(options.send && view.role ? [form(view.role, options.send)] : []),
      ]),
    );
  }

  container.hidden = true;
  return {
    update(next, nextLang) {
      const entered = view?.phase !== 'hotwash' && next?.phase === 'hotwash';
      if (entered) outcome = null;
      view = next;
      lang = nextLang;
      draw();
    },
    destroy() {
      view = null;
      container.replaceChildren();
    },
  };
}
