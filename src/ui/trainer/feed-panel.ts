// The trainer's hand on the news and social feed: the volume of the room's media and an item on the spot
// ("a journalist asks whether the mosque was warned"). The feed itself reacts to what tables publish.
import { FEED_VOLUMES, TRAINER_FEED_KINDS } from '../../engine/communication/feed.js';
import { FEED_TEXT_MAX } from '../../engine/session/commands/feed.js';
import { t } from '../../i18n/index.js';
import { renderFeed } from '../components/news-feed.js';
import { el } from '../dom.js';
import { field, note, panel, type ConsoleContext } from './context.js';

export function renderFeedPanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const children: Node[] = [note(t(lang, 'feed.console.lead'))];
  if (ctx.mode === 'trainer') {
    const volume = el(
      'select',
      { className: 'trainer-input', attrs: { name: 'volume' } },
      FEED_VOLUMES.map((v) => {
        const option = el('option', { text: t(lang, `feed.volume.${v}`), attrs: { value: v } });
        if (v === view.feed.volume) option.setAttribute('selected', '');
        return option;
      }),
    );
    const volumeTitle = ctx.id('feed-volume-title');
    children.push(
      el('form', { className: 'trainer-form', attrs: { 'data-form': 'feed-volume', 'aria-labelledby': volumeTitle } }, [
        el('h3', { className: 'trainer-subtitle', text: t(lang, 'feed.console.setVolume'), attrs: { id: volumeTitle } }),
        field(ctx, 'feed-volume', t(lang, 'feed.console.volume'), volume),
        el('button', { className: 'button', text: t(lang, 'feed.console.setVolume'), attrs: { type: 'submit', id: ctx.id('feed-volume-submit') } }),
      ]),
    );
    const kind = el('select', { className: 'trainer-input', attrs: { name: 'kind' } }, TRAINER_FEED_KINDS.map((k) => el('option', { text: t(lang, `feed.kind.${k}`), attrs: { value: k } })));
    const text = el('textarea', { className: 'trainer-input trainer-textarea', attrs: { name: 'text', rows: '2', maxlength: String(FEED_TEXT_MAX), required: '' } });
    const source = el('input', { className: 'trainer-input', attrs: { name: 'source', type: 'text', maxlength: '80' } });
    const reach = el('input', { className: 'trainer-input trainer-input--short', attrs: { name: 'reach', type: 'number', min: '0', step: '1', inputmode: 'numeric' } });
    const addTitle = ctx.id('feed-add-title');
    children.push(
      el('form', { className: 'trainer-form', attrs: { 'data-form': 'feed-item', 'aria-labelledby': addTitle } }, [
        el('h3', { className: 'trainer-subtitle', text: t(lang, 'feed.console.add'), attrs: { id: addTitle } }),
        field(ctx, 'feed-kind', t(lang, 'feed.console.kind'), kind),
        field(ctx, 'feed-text', t(lang, 'feed.console.text'), text),
        field(ctx, 'feed-source', t(lang, 'feed.console.source'), source),
        field(ctx, 'feed-reach', t(lang, 'feed.console.reach'), reach),
        el('button', { className: 'button button--primary', text: t(lang, 'feed.console.add'), attrs: { type: 'submit', id: ctx.id('feed-add-submit') } }),
      ]),
    );
  }
  children.push(renderFeed(view.feed, lang, { headingLevel: 3, showVolume: true }));
  return panel(ctx, 'feed', t(lang, 'feed.console.title'), children);
}
