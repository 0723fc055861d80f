// What every panel of the console is drawn from: the view, the language, the mode, the few choices the
// trainer is in the middle of (never game state), and stable ids so a re-render keeps its labels.
import type { TrainerView } from '../../engine/views/index.js';
import type { Language } from '../../i18n/index.js';
import { t } from '../../i18n/index.js';
import { el } from '../dom.js';

export type ConsoleMode = 'trainer' | 'evaluator';

/** Choices in progress on this screen only; the exercise itself lives in the view. */
export interface ConsoleState {
  /** The timeline event an observation being written is pinned to. */
  pinned: number | null;
  simcellRole: string | null;
  structureKind: string | null;
  confirmingEnd: boolean;
  /** The minutes of a jump that would close the round, waiting for the trainer's yes. */
  confirmingJump: number | null;
  freeTo: 'all' | 'chosen';
  /** The module whose facilitator script is on show, when the trainer leafed away from the open one. */
  scriptModule: number | null;
  /** The message between tables the trainer is answering (its event number), or null. */
  directReply: number | null;
  /** Which events the timeline lists: the working set (no random draws), everything, or one group. */
  timelineFilter: string;
  /** The inject whose edited version waits in the free-inject form (its title), while the original is held. */
  editing: string | null;
}

export interface ConsoleContext {
  readonly view: TrainerView;
  readonly lang: Language;
  readonly mode: ConsoleMode;
  readonly ui: ConsoleState;
  /** A document-unique, render-stable id for a name within this console. */
  readonly id: (name: string) => string;
}

/** A titled region of the console: a landmark a screen-reader user can jump to, with its h2. */
export function panel(ctx: ConsoleContext, name: string, title: string, children: readonly Node[], className = ''): HTMLElement {
  const titleId = ctx.id(`${name}-title`);
  return el('section', { className: `trainer-panel trainer-panel--${name} ${className}`.trim(), attrs: { 'aria-labelledby': titleId, id: ctx.id(name) } }, [
    el('h2', { className: 'trainer-panel__title', text: title, attrs: { id: titleId } }),
    ...children,
  ]);
}

/** A label above its control, tied by id. */
export function field(ctx: ConsoleContext, name: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  const controlId = ctx.id(name);
  control.id = controlId;
  const children: Node[] = [el('label', { className: 'trainer-field__label', text: label, attrs: { for: controlId } })];
  if (hint !== undefined) {
    const hintId = ctx.id(`${name}-hint`);
    control.setAttribute('aria-describedby', hintId);
    children.push(el('p', { className: 'trainer-field__hint', text: hint, attrs: { id: hintId } }));
  }
  children.push(control);
  return el('div', { className: 'trainer-field' }, children);
}

export function note(text: string): HTMLElement {
  return el('p', { className: 'trainer-note', text });
}

/** A wide table in a region that scrolls sideways and can be scrolled from the keyboard. */
export function scrollingTable(ctx: ConsoleContext, name: string, caption: string, head: readonly string[], rows: readonly HTMLTableRowElement[]): HTMLElement {
  const table = el('table', { className: 'trainer-table' }, [
    el('caption', { className: 'visually-hidden', text: caption }),
    el('thead', {}, [el('tr', {}, head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
    el('tbody', {}, rows),
  ]);
  return el('div', { className: 'trainer-table-wrap', attrs: { role: 'region', tabindex: '0', 'aria-label': t(ctx.lang, 'trainer.table', { caption }), id: ctx.id(`${name}-table`) } }, [table]);
}
