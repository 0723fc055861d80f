// The simulated news and social feed (engine: communication/feed.ts) as the room reads it: newest first,
// each item with its kind, what happened in words, any quoted text as text only, and how far it spread.
// One component for the participant's Messages tab, the projector and the trainer console.
import type { Feed, FeedItem } from '../../engine/communication/feed.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { el, uniqueId } from '../dom.js';
import { localise } from '../text.js';
import { clockLabel } from './clock.js';

export interface FeedOptions {
  readonly headingLevel?: 2 | 3;
  /** Show the volume the trainer set (the console and the projector do; a table need not know). */
  readonly showVolume?: boolean;
}

function numberText(n: number, lang: Language): string {
  return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
}

/** What the item says, in the reader's language: the reaction's sentence, then any quoted text. */
export function feedItemText(item: FeedItem, lang: Language): { readonly lead: string; readonly quote: string | null } {
  const quote = item.text === null ? null : localise(item.text, lang);
  if (item.reaction === 'trainer') return { lead: typeof item.params.source === 'string' ? item.params.source : '', quote };
  // The author's item: who published it and where it is about, then its text (all the scenario's text, as text).
  if (item.reaction === 'authored') return { lead: [item.source, item.place].flatMap((x) => (x === undefined ? [] : [localise(x, lang)])).join(' · '), quote };
  const key = item.reaction === 'perpetrator-trending' && !item.params.name ? 'feed.perpetrator-trending-unnamed' : `feed.${item.reaction}`;
  return { lead: tDynamic(lang, key, item.params as Record<string, string | number>), quote };
}

export function renderFeed(feed: Feed, lang: Language, options: FeedOptions = {}): HTMLElement {
  const titleId = uniqueId('feed-title');
  const heading = el(options.headingLevel === 3 ? 'h3' : 'h2', { className: 'play-panel__title', text: t(lang, 'feed.title'), attrs: { id: titleId } });
  const children: Node[] = [heading, el('p', { className: 'field__hint', text: t(lang, 'feed.lead') })];
  if (options.showVolume) children.push(el('p', { className: 'news-feed__volume', text: t(lang, 'feed.volumeNow', { volume: t(lang, `feed.volume.${feed.volume}`) }) }));
  if (feed.items.length === 0) {
    children.push(el('p', { text: t(lang, 'feed.none') }));
  } else {
    children.push(
      el(
        'ol',
        { className: 'news-feed__items' },
        feed.items.map((item) => {
          const { lead, quote } = feedItemText(item, lang);
          return el('li', { className: `news-feed__item news-feed__item--${item.kind}`, attrs: { 'data-feed': item.id, 'data-reaction': item.reaction } }, [
            el('p', { className: 'news-feed__meta' }, [
              el('span', { className: 'badge', text: t(lang, `feed.kind.${item.kind}`) }),
              document.createTextNode(` ${clockLabel(item.minute)} · ${t(lang, 'feed.reach', { reach: numberText(item.reach, lang) })}`),
            ]),
            ...(lead ? [el('p', { className: 'news-feed__lead', text: lead })] : []),
            ...(quote ? [el('blockquote', { className: 'news-feed__quote' }, [el('p', { text: quote })])] : []),
          ]);
        }),
      ),
    );
  }
  return el('section', { className: 'play-panel play-panel--feed news-feed', attrs: { 'aria-labelledby': titleId } }, children);
}
