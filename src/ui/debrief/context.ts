// What every part of the debrief reads while it renders: the view at the step shown, the language,
// who is watching, and the few actions a part may take (send a command, focus a timeline entry).
import type { DebriefNames } from '../../host/room-names.js';
import type { DebriefFocus } from '../../host/room-focus.js';
import type { Command } from '../../engine/session/types.js';
import type { DebriefView } from '../../engine/views/debrief-view.js';
import type { Language } from '../../i18n/index.js';
import { el } from '../dom.js';

export type Audience = 'trainer' | 'room';

export interface DebriefContext {
  /** The scenario's names for the ids the view holds: the whole scenario for the trainer, the room's names for the room. */
  readonly scenario: DebriefNames;
  readonly view: DebriefView;
  readonly lang: Language;
  readonly audience: Audience;
  /** True when the step shown is the latest: only then can ratings be overridden or observations added. */
  readonly latest: boolean;
  /** Stable ids for this screen, so links, labels and focus survive re-rendering. */
  readonly ids: Ids;
  /** Send a command; announce `done` when it is accepted (then run onAccepted) or the refusal when not. */
  submit(command: Command, done: string, onAccepted?: () => void): void;
  /** The trainer's debrief of a session with a room: what the room is shown, and how to show it something. */
  readonly room?: RoomControl;
}

export interface RoomControl {
  readonly focus: DebriefFocus | null;
  /** Put this in front of the room (null: the debrief as a whole). */
  show(focus: DebriefFocus | null): void;
}

/** A "show in the room" toggle: pressed while the room sees it; pressing it again gives the room the whole debrief. */
export function roomButton(room: RoomControl, focus: DebriefFocus, id: string, label: { readonly show: string; readonly shown: string }): HTMLButtonElement {
  const pressed = room.focus !== null && JSON.stringify(room.focus) === JSON.stringify(focus);
  const button = el('button', {
    className: `button button--small room-toggle no-print${pressed ? ' room-toggle--on' : ''}`,
    text: pressed ? label.shown : label.show,
    attrs: { type: 'button', id, 'aria-pressed': String(pressed) },
  });
  button.addEventListener('click', () => room.show(pressed ? null : focus));
  return button;
}

export interface Ids {
  readonly base: string;
  event(seq: number): string;
  attempt(index: number): string;
  criterion(index: number): string;
  objective(id: string): string;
  section(name: string): string;
}

export function idsFor(base: string): Ids {
  return {
    base,
    event: (seq) => `${base}-event-${seq}`,
    attempt: (index) => `${base}-attempt-${index}`,
    criterion: (index) => `${base}-criterion-${index}`,
    objective: (id) => `${base}-objective-${id}`,
    section: (name) => `${base}-${name}`,
  };
}

export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export function headingTag(level: number): HeadingTag {
  return `h${Math.min(6, Math.max(1, level))}` as HeadingTag;
}
