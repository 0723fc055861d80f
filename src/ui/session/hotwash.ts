// The hotwash in the room's windows: play has stopped and the room talks before the trainer opens the
// scored debrief. Every table and the projector show the same prompts and the points gathered so far —
// never ratings, which would close the conversation before it starts. A table adds its own strengths
// and areas for improvement in its Discussion tab (participant/discussion.ts).
import '../../styles/room.css';
import type { CommonView, RoleView } from '../../engine/index.js';
import { t, type Language, type MessageKey } from '../../i18n/index.js';
import { redrawKeepingFocus } from '../app/focus.js';
import { el, uniqueId } from '../dom.js';

/** What the room discusses in the hotwash, in this order (after the CTEP and HSEEP hotwash). */
export const HOTWASH_PROMPTS: readonly MessageKey[] = ['room.hotwash.prompt.well', 'room.hotwash.prompt.better', 'room.hotwash.prompt.surprise', 'room.hotwash.prompt.takeHome'];

type HotwashView = Pick<CommonView, 'phase' | 'discussion'> & { readonly role?: RoleView['role'] };

export interface HotwashOptions {
  readonly headingLevel: 1 | 2;
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
  const ids = { title: uniqueId('hotwash-title') };
  let lang: Language = 'nl';
  let view: HotwashView | null = null;

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
    const heading = el(`h${level}` as 'h2', { className: 'hotwash__title', text: t(lang, view.role ? 'room.hotwash.tableTitle' : 'room.hotwash.title'), attrs: { id: ids.title } });
    container.replaceChildren(
      el('section', { className: `hotwash${options.large ? ' hotwash--large' : ''}`, attrs: { 'aria-labelledby': ids.title, lang } }, [
        heading,
        el('p', { className: 'hotwash__intro', text: t(lang, 'room.hotwash.intro') }),
        el(
          'ol',
          { className: 'hotwash__prompts' },
          HOTWASH_PROMPTS.map((key) => el('li', { text: t(lang, key) })),
        ),
        // A table adds and reads the points in its Discussion tab, which the screen opens in the hotwash; the projector lists them for the room.
        view.role ? el('p', { className: 'hotwash__hint', text: t(lang, 'room.hotwash.addHint') }) : notes(view, lang, level),
      ]),
    );
  }

  container.hidden = true;
  return {
    update(next, nextLang) {
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
