// The message composer: a public message is built only from the building blocks this role knows enough to
// use, for its voice, chosen and put in order. The preview shows exactly what the public will read — each
// block's text in order. Every block looks the same: judging which are sound and which are confirmed is the
// exercise. Only guided mode (for novice groups) labels each block's kind, marks unconfirmed facts and warns
// before an unconfirmed fact goes out.
import type { BlockCard } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { named } from '../components/structure-status.js';
import { el, uniqueId } from '../dom.js';
import { localise } from '../text.js';
import { describeRefusal, section, type PanelContext } from './context.js';

export function renderComposer(ctx: PanelContext): HTMLElement | null {
  const { view, lang, ui } = ctx;
  if (view.voice === null || view.blocks.length === 0) return null;
  const role = view.role.id;
  const byId = new Map(view.blocks.map((b) => [b.id, b]));
  // Blocks the view no longer offers drop out of a draft, so the draft never names what cannot be sent.
  const chosen = (ui.message.get(role) ?? []).filter((id) => byId.has(id));
  ui.message.set(role, chosen);
  const key = `publish:${role}`;

  const choices = el('fieldset', { className: 'composer__blocks' }, [
    el('legend', { text: t(lang, 'play.composer.blocks') }),
    el('ul', {}, view.blocks.map((block) => el('li', {}, [blockChoice(ctx, block, chosen)]))),
  ]);

  const order =
    chosen.length === 0
      ? el('p', { className: 'composer__empty', text: t(lang, 'play.composer.empty') })
      : el('ol', { className: 'composer__order' }, chosen.map((id, index) => orderItem(ctx, byId.get(id), index, chosen)));

  const preview = el('blockquote', { className: 'composer__preview' }, [
    el('p', { text: chosen.map((id) => localise(byId.get(id)?.text ?? '', lang)).join(' ') }),
  ]);
  const unconfirmed = chosen.map((id) => byId.get(id)).filter((b): b is BlockCard => b?.confirmed === false);

  const publish = el('button', { className: 'button button--primary', text: t(lang, 'play.composer.publish'), attrs: { type: 'button', 'data-key': `${key}:go` } });
  publish.addEventListener('click', () => {
    const blocks = [...(ui.message.get(role) ?? [])];
    ctx.act(key, { type: 'publish', blocks }, () => ui.message.set(role, []));
  });
  const refusal = describeRefusal(ctx, key, publish);

  return section('composer', t(lang, 'play.composer.title', { voice: named('communication.voice', view.voice, lang) }), [
    choices,
    el('h3', { text: t(lang, 'play.composer.order') }),
    order,
    el('h3', { text: t(lang, 'play.composer.preview') }),
    chosen.length === 0 ? el('p', { className: 'composer__empty', text: t(lang, 'play.composer.previewEmpty') }) : preview,
    ...(unconfirmed.length > 0 ? [el('p', { className: 'composer__warning', text: t(lang, 'play.composer.unconfirmed', { count: unconfirmed.length }) })] : []),
    publish,
    ...(refusal ? [refusal] : []),
  ]);
}

function blockChoice(ctx: PanelContext, block: BlockCard, chosen: string[]): HTMLElement {
  const { lang, ui, view } = ctx;
  const id = uniqueId('block');
  const input = el('input', { attrs: { type: 'checkbox', id, 'data-key': `compose:${block.id}` } });
  input.checked = chosen.includes(block.id);
  input.addEventListener('change', () => {
    const now = ui.message.get(view.role.id) ?? [];
    ui.message.set(view.role.id, input.checked ? [...now.filter((b) => b !== block.id), block.id] : now.filter((b) => b !== block.id));
    ctx.redraw();
  });
  // The view carries a kind only in guided mode; in the neutral presentation there is nothing to label.
  const hint: Node[] =
    block.kind === null
      ? []
      : [
          el('span', {
            className: `block-kind block-kind--${block.kind}`,
            text: block.kind === 'trap' ? t(lang, 'play.composer.trap') : named('communication.blockKind', block.kind, lang),
          }),
          document.createTextNode(' '),
        ];
  const flags = block.confirmed === false ? [document.createTextNode(' '), el('span', { className: 'badge badge--warning', text: t(lang, 'play.composer.notConfirmed') })] : [];
  return el('div', { className: 'choice composer__choice' }, [
    input,
    el('label', { attrs: { for: id } }, [...hint, el('span', { text: localise(block.text, lang) }), ...flags]),
  ]);
}

function orderItem(ctx: PanelContext, block: BlockCard | undefined, index: number, chosen: readonly string[]): HTMLElement {
  const { lang, ui, view } = ctx;
  const text = block ? localise(block.text, lang) : '';
  const move = (to: number, label: string, name: string) => {
    const button = el('button', {
      className: 'button button--small',
      text: label,
      attrs: { type: 'button', 'aria-label': `${label}: ${text}`, 'data-key': `compose:${block?.id}:${name}` },
    });
    button.disabled = to < 0 || to >= chosen.length;
    button.addEventListener('click', () => {
      const next = [...chosen];
      const [moved] = next.splice(index, 1);
      if (moved === undefined) return;
      next.splice(to, 0, moved);
      ui.message.set(view.role.id, next);
      ctx.redraw(`compose:${block?.id}:${name}`);
    });
    return button;
  };
  const remove = el('button', {
    className: 'button button--small',
    text: t(lang, 'play.composer.remove'),
    attrs: { type: 'button', 'aria-label': `${t(lang, 'play.composer.remove')}: ${text}`, 'data-key': `compose:${block?.id}:remove` },
  });
  remove.addEventListener('click', () => {
    ui.message.set(view.role.id, chosen.filter((id) => id !== block?.id));
    ctx.redraw(`compose:${block?.id}`);
  });
  return el('li', { className: 'composer__part' }, [
    el('span', { className: 'composer__part-text', text }),
    el('span', { className: 'composer__part-actions' }, [move(index - 1, t(lang, 'play.composer.up'), 'up'), move(index + 1, t(lang, 'play.composer.down'), 'down'), remove]),
  ]);
}
