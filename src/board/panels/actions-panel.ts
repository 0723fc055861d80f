// The role's board actions, offered as buttons. The board never acts by itself: a button sends the
// same command the participant screen sends ({ type: 'boardAction', id }), and the engine decides.
import type { CommandBody } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { el, heading } from '../dom.js';
import type { BoardModel } from '../view-model.js';

export type BoardActionCommand = Extract<CommandBody, { type: 'boardAction' }>;

export function renderActions(container: HTMLElement, model: BoardModel, level: number, onAction: (command: BoardActionCommand) => void): void {
  const lang = model.lang;
  const actions = model.actions ?? [];
  // A re-render after the click must not drop the keyboard user's focus on the floor.
  const focused = container.contains(document.activeElement) ? (document.activeElement as HTMLElement | null)?.dataset.action : undefined;
  const open = actions.filter((a) => !a.taken);
  const taken = actions.filter((a) => a.taken);
  const list = el('ul', { className: 'board-actions__list', attrs: { tabindex: '-1' } }, [
    ...open.map((a) => {
      const button = el('button', { className: 'button board-actions__button', text: a.label, attrs: { type: 'button', 'data-action': a.ref } });
      button.addEventListener('click', () => onAction({ type: 'boardAction', id: a.ref }));
      return el('li', {}, [button]);
    }),
    ...taken.map((a) => el('li', { className: 'board-actions__taken', text: t(lang, 'board.actions.taken', { label: a.label }), attrs: { 'data-action-taken': a.ref } })),
  ]);
  container.replaceChildren(heading(level, t(lang, 'board.actions.title'), 'board-panel__title'), actions.length > 0 ? list : el('p', { text: t(lang, 'board.actions.none') }));
  if (focused !== undefined) ([...container.querySelectorAll<HTMLElement>('[data-action]')].find((b) => b.dataset.action === focused) ?? list).focus();
}
