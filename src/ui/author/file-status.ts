// What the author view says about the open file: which file, how it follows the author's saves (a handle
// read again on every save, a snapshot to pick again, or a copy restored from this browser), whether a
// reload will find it again, and the actions on it: check again, close, play it.
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';

export type Follow =
  /** A handle to the file on disk, read again whenever it changes. */
  | { readonly kind: 'watching'; readonly handle: FileSystemFileHandle }
  /** A handle kept from before a reload: the browser wants the author's consent to read it again. */
  | { readonly kind: 'needsPermission'; readonly handle: FileSystemFileHandle }
  /** The handle stopped working (moved, deleted, permission withdrawn). */
  | { readonly kind: 'lost' }
  /** A file from the file input or a drop without a handle: what the browser read when it was opened. */
  | { readonly kind: 'snapshot'; readonly file: File }
  /** The text kept in this browser, opened again after a reload. */
  | { readonly kind: 'kept' };

export type RecheckNote = 'unchanged' | 'unreadable' | 'rechecked' | null;

export interface FileStatusState {
  readonly fileName: string;
  readonly follow: Follow;
  /** Whether this browser keeps the file for a reload; null while that is not known yet. */
  readonly kept: boolean | null;
  readonly note: RecheckNote;
  /** The open file is a valid scenario, so it can be played. */
  readonly playable: boolean;
}

export interface FileStatusActions {
  checkAgain(): void;
  resumeWatching(): void;
  close(): void;
  play(): void;
}

function button(text: string, key: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = el('button', { className: primary ? 'button button--primary' : 'button', text, attrs: { type: 'button', 'data-key': key } });
  b.addEventListener('click', onClick);
  return b;
}

function followText(follow: Follow, fileName: string, lang: Language): string {
  switch (follow.kind) {
    case 'watching':
      return t(lang, 'author.follow.watching', { file: fileName });
    case 'needsPermission':
      return t(lang, 'author.follow.needsPermission', { file: fileName });
    case 'lost':
      return t(lang, 'author.follow.lost', { file: fileName });
    case 'snapshot':
      return t(lang, 'author.follow.snapshot', { file: fileName });
    case 'kept':
      return t(lang, 'author.follow.kept', { file: fileName });
  }
}

function noteText(note: Exclude<RecheckNote, null>, fileName: string, lang: Language): string {
  if (note === 'unchanged') return t(lang, 'author.recheck.unchanged', { file: fileName });
  if (note === 'unreadable') return t(lang, 'author.recheck.unreadable', { file: fileName });
  return t(lang, 'author.recheck.done', { file: fileName });
}

export function renderFileStatus(state: FileStatusState, lang: Language, actions: FileStatusActions): HTMLElement[] {
  const { follow, fileName } = state;
  const actionsRow: HTMLElement[] = [];
  if (follow.kind === 'snapshot') actionsRow.push(button(t(lang, 'author.recheck.button'), 'check-again', actions.checkAgain));
  if (follow.kind === 'needsPermission') actionsRow.push(button(t(lang, 'author.follow.resume', { file: fileName }), 'resume-watching', actions.resumeWatching));
  if (state.playable) actionsRow.push(button(t(lang, 'author.play'), 'play', actions.play, true));
  actionsRow.push(button(t(lang, 'author.close'), 'close', actions.close));

  const parts: HTMLElement[] = [
    el('p', { className: 'author-file__open' }, [document.createTextNode(`${t(lang, 'author.file.open')} `), el('span', { className: 'file-name', text: fileName })]),
    el('p', { className: `author-file__follow author-file__follow--${follow.kind}`, text: followText(follow, fileName, lang) }),
  ];
  if (state.note !== null) parts.push(el('p', { className: `author-file__note author-file__note--${state.note}`, text: noteText(state.note, fileName, lang) }));
  if (state.kept !== null) parts.push(el('p', { className: 'author-file__kept', text: t(lang, state.kept ? 'author.file.kept' : 'author.file.notKept') }));
  parts.push(el('div', { className: 'author-file__actions' }, actionsRow));
  return parts;
}
