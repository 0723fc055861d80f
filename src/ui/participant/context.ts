// What every participant panel draws from: the role's view, the language, and the window's own state
// (drafts, chosen blocks, unread items, the last refusal per control). Panels never change the exercise;
// they call `act`, which sends a command for the role and keeps the engine's answer beside the control.
import type { CommandBody, Refusal, RoleView } from '../../engine/index.js';
import type { Language } from '../../i18n/index.js';
import { el, uniqueId } from '../dom.js';
import { refusalText } from '../session/refusal-text.js';
import type { ReadState } from './read-state.js';

export interface DecisionDraft {
  option?: string;
  rationale: string;
  confidence?: number;
  /** The form was submitted without an option: said in place, no command sent. */
  missingOption?: boolean;
}

/** Per-window state that survives every redraw and every language switch. */
export interface ParticipantUi {
  role: string;
  readonly channel: Map<string, string>;
  readonly drafts: Map<string, DecisionDraft>;
  readonly message: Map<string, string[]>;
  readonly params: Map<string, Record<string, string>>;
  readonly refusals: Map<string, Refusal>;
  readonly busy: Set<string>;
}

export function emptyUi(role: string): ParticipantUi {
  return { role, channel: new Map(), drafts: new Map(), message: new Map(), params: new Map(), refusals: new Map(), busy: new Set() };
}

export interface PanelContext {
  readonly view: RoleView;
  readonly lang: Language;
  readonly ui: ParticipantUi;
  readonly read: ReadState;
  /** Send a command for this role; `key` names the control, so a refusal shows beside it. */
  act(key: string, body: CommandBody, onAccepted?: () => void): void;
  /** Draw again from the same view; `focusKey` moves focus to that control (its old one may be gone). */
  redraw(focusKey?: string): void;
}

/** The refusal last returned for a control, in place, or null; the control points at it with aria-describedby. */
export function refusalNote(ctx: PanelContext, key: string): HTMLElement | null {
  const refusal = ctx.ui.refusals.get(key);
  if (!refusal) return null;
  return el('p', { className: 'refusal', text: refusalText(ctx.lang, refusal), attrs: { id: uniqueId('refusal') } });
}

/** Point a control at its refusal note (if any) and return the note to place after it. */
export function describeRefusal(ctx: PanelContext, key: string, control: HTMLElement): HTMLElement | null {
  const note = refusalNote(ctx, key);
  if (note) {
    const before = control.getAttribute('aria-describedby');
    control.setAttribute('aria-describedby', before ? `${before} ${note.id}` : note.id);
  }
  return note;
}

export function section(name: string, title: string, children: readonly Node[]): HTMLElement {
  const id = uniqueId(`${name}-title`);
  return el('section', { className: `play-panel play-panel--${name}`, attrs: { 'aria-labelledby': id } }, [
    el('h2', { className: 'play-panel__title', text: title, attrs: { id } }),
    ...children,
  ]);
}

/** Scenario texts may hold blank lines between paragraphs; each becomes its own <p>, as text. */
export function paragraphs(text: string, className?: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => el('p', { text: p, ...(className ? { className } : {}) }));
}
