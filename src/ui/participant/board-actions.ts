// Actions on the map this role may take (placing a cordon, …). The board itself is drawn by src/board
// into the mount point the participant screen keeps; these buttons work without it.
import { t } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { describeRefusal, disableUnlessMyTurn, section, whyNote, type PanelContext } from './context.js';

export function renderBoardActions(ctx: PanelContext): HTMLElement | null {
  const { view, lang } = ctx;
  if (view.boardActions.length === 0) return null;
  const why = whyNote(ctx);
  return section('board-actions', t(lang, 'play.board.actions'), [
    ...(why ? [why] : []),
    el(
      'ul',
      { className: 'actions' },
      view.boardActions.map((action) => {
        const key = `board:${action.id}`;
        const label = localise(action.label, lang);
        const button = el('button', { className: 'button', text: label, attrs: { type: 'button', 'data-key': key } });
        const children: Node[] = [button];
        if (action.taken) {
          button.disabled = true;
          children.push(el('span', { className: 'badge badge--done', text: t(lang, 'play.board.taken') }));
        } else {
          disableUnlessMyTurn(ctx, button, why?.id ?? null);
          button.addEventListener('click', () => ctx.act(key, { type: 'boardAction', id: action.id }));
        }
        const refusal = describeRefusal(ctx, key, button);
        if (refusal) children.push(refusal);
        return el('li', {}, children);
      }),
    ),
  ]);
}
