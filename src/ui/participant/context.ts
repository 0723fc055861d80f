// What every participant panel draws from: the role's view, the language, and the window's own state
// (drafts, chosen blocks, unread items, the last refusal per control). Panels never change the exercise;
// they call `act`, which sends a command for the role and keeps the engine's answer beside the control.
import type { CommandBody, Refusal, RoleView } from '../../engine/index.js';
import { t, type Language, type MessageKey } from '../../i18n/index.js';
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
  /** What the engine accepted, said beside the control that sent it until the next action or phase. */
  readonly confirmations: Map<string, MessageKey>;
  readonly busy: Set<string>;
  /** The part of the screen on show (see tabs in participant-screen.ts); each new turn opens on 'turn'. */
  tab: string;
  /** The phase and round the refusals and confirmations belong to: a new phase or round clears them. */
  moment: string;
  /** Per role: the inbox items new in this turn (shown on "This turn", and marked read there). */
  readonly fresh: Map<string, { readonly moment: string; readonly seqs: Set<number> }>;
  /** Discussion answers being typed, per question; hotwash notes and the feedback form being filled in. */
  readonly discussion: Map<string, string>;
}

export function emptyUi(role: string): ParticipantUi {
  return {
    role,
    channel: new Map(),
    drafts: new Map(),
    message: new Map(),
    params: new Map(),
    refusals: new Map(),
    confirmations: new Map(),
    busy: new Set(),
    tab: 'turn',
    moment: '',
    fresh: new Map(),
    discussion: new Map(),
  };
}

/** The moment a turn belongs to: feedback and refusals from the briefing must not follow a table into round 1. */
export function momentOf(view: RoleView): string {
  return `${view.phase}@${view.round}`;
}

/** Why this role cannot act now, in words; null when it can (the view's myTurn is the engine's own rule). */
export function whyNot(view: RoleView, lang: Language): string | null {
  if (view.myTurn) return null;
  switch (view.phase) {
    case 'decide':
      return t(lang, 'play.why.notYourTurn');
    case 'setup':
    case 'briefing':
      return t(lang, 'play.why.notStarted');
    case 'paused':
      return t(lang, 'play.why.paused');
    default:
      return t(lang, 'play.why.over');
  }
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
  const note = refusalNote(ctx, key) ?? confirmationNote(ctx, key);
  if (note) describeBy(control, note.id);
  return note;
}

/** The engine accepted what this control sent: said beside it, so a click never goes unanswered. */
function confirmationNote(ctx: PanelContext, key: string): HTMLElement | null {
  const said = ctx.ui.confirmations.get(key);
  if (!said) return null;
  return el('p', { className: 'confirmation', text: t(ctx.lang, said), attrs: { id: uniqueId('confirmation') } });
}

export function describeBy(control: HTMLElement, id: string): void {
  const before = control.getAttribute('aria-describedby');
  control.setAttribute('aria-describedby', before ? `${before} ${id}` : id);
}

/**
 * A control this role cannot use now is disabled and says why before a click: the note's id is returned
 * for the caller to place once per panel (null when the role can act).
 */
export function disableUnlessMyTurn(ctx: PanelContext, control: HTMLButtonElement, whyId: string | null): void {
  if (whyId === null) return;
  control.disabled = true;
  describeBy(control, whyId);
}

/** The note that says why a panel's controls are disabled, or null when the role can act now. */
export function whyNote(ctx: PanelContext): HTMLElement | null {
  const why = whyNot(ctx.view, ctx.lang);
  return why === null ? null : el('p', { className: 'participant__why', text: why, attrs: { id: uniqueId('why') } });
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
