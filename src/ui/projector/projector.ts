// The projector: the common operational picture for the whole room, readable from the back of a
// classroom. Only what a PublicView holds (public data and public random outcomes): the clock, the
// crisis structure, the public indicators with their course, the latest public messages and
// announcements, every public dice roll with its probability, and a place for the board. At the
// hotwash and debrief it is given the room's DebriefView and shows the objectives' ratings only.
import '../../styles/projector.css';
import type { DebriefView, PublicView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { clockLabel, renderClock } from '../components/clock.js';
import { named, renderStructureStatus } from '../components/structure-status.js';
import { el, uniqueId } from '../dom.js';
import { localise } from '../text.js';
import { channelName } from '../trainer/action-text.js';
import { rollPurpose } from '../trainer/event-names.js';
import { FOREIGN_CONTENT, FOREIGN_SLOT, morph } from '../trainer/morph.js';
import { renderFeed } from '../components/news-feed.js';
import { createRoundTimer } from '../session/round-timer.js';
import { indicatorName, numberText } from '../trainer/names.js';
import { renderObjectiveRatings } from '../trainer/objective-ratings.js';
import { trendText, valueText } from '../trainer/variables-panel.js';
import { renderDiscussionStage, showsDiscussion } from './discussion-stage.js';
import { renderSparkline } from './sparkline.js';

export type ProjectorView = PublicView | DebriefView;

export interface ProjectorProps {
  readonly view: ProjectorView;
  readonly lang: Language;
  /** Wall-clock milliseconds for the round timer (a reminder on this screen, never a rule); Date.now by default. */
  readonly now?: () => number;
}

export interface Projector {
  update(view: ProjectorView, lang: Language): void;
  destroy(): void;
}

/** How many of the latest messages and announcements the room sees; older ones have been read. */
const LATEST = 4;
/** Points of an indicator's course shown as text; the line shows them all. */
const TREND_POINTS = 6;

export function isDebrief(view: ProjectorView): view is DebriefView {
  return 'score' in view;
}

type Ctx = { readonly view: PublicView; readonly lang: Language; readonly id: (name: string) => string };

function section(ctx: Ctx, name: string, title: string, children: readonly Node[]): HTMLElement {
  const titleId = ctx.id(`${name}-title`);
  return el('section', { className: `projector-panel projector-panel--${name}`, attrs: { 'aria-labelledby': titleId, id: ctx.id(name) } }, [
    el('h2', { className: 'projector-panel__title', text: title, attrs: { id: titleId } }),
    ...children,
  ]);
}

function empty(text: string): HTMLElement {
  return el('p', { className: 'projector-empty', text });
}

function indicators(ctx: Ctx): HTMLElement {
  const { view, lang } = ctx;
  const items = view.indicators.map((i) => {
    const spark = renderSparkline(i.history, i.min, i.max);
    const recent = i.history.slice(-TREND_POINTS);
    return el('li', { className: 'projector-indicator', attrs: { 'data-key': `indicator-${i.id}` } }, [
      el('span', { className: 'projector-indicator__name', text: localise(i.name, lang) }),
      el('span', { className: 'projector-indicator__value', text: valueText(i, lang) }),
      ...(spark ? [spark] : []),
      el('span', { className: 'projector-indicator__trend', text: `${t(lang, 'projector.trend')}: ${trendText(recent, lang, i)}` }),
    ]);
  });
  return section(ctx, 'indicators', t(lang, 'projector.indicators'), items.length > 0 ? [el('ul', { className: 'projector-indicators' }, items)] : [empty(t(lang, 'projector.noIndicators'))]);
}

function announcements(ctx: Ctx): HTMLElement {
  const { view, lang } = ctx;
  const latest = view.announcements.slice(-LATEST).reverse();
  const list = el(
    'ol',
    { className: 'projector-feed', attrs: { 'aria-live': 'polite' } },
    latest.map((a) =>
      el('li', { className: 'projector-feed__item', attrs: { 'data-key': `announcement-${a.id}-${a.minute}` } }, [
        el('p', { className: 'projector-feed__meta', text: `${clockLabel(a.minute)} · ${localise(a.from, lang)} · ${channelName(a.channel, lang)}` }),
        el('p', { className: 'projector-feed__text', text: localise(a.text, lang) }),
      ]),
    ),
  );
  return section(ctx, 'announcements', t(lang, 'projector.announcements'), latest.length > 0 ? [list] : [empty(t(lang, 'projector.noAnnouncements'))]);
}

function messages(ctx: Ctx): HTMLElement {
  const { view, lang } = ctx;
  const latest = view.messages.slice(-LATEST).reverse();
  const sender = (role: string) => {
    const r = view.roles.find((x) => x.id === role);
    return r ? localise(r.name, lang) : role;
  };
  const list = el(
    'ol',
    { className: 'projector-feed', attrs: { 'aria-live': 'polite' } },
    latest.map((m) =>
      el('li', { className: `projector-feed__item projector-feed__item--${m.channel}`, attrs: { 'data-key': `message-${m.id}` } }, [
        el('p', {
          className: 'projector-feed__meta',
          text: `${clockLabel(m.minute)} · ${sender(m.role)} (${named('communication.voice', m.voice, lang)}) · ${channelName(m.channel, lang)}`,
        }),
        ...m.parts.map((p) => el('p', { className: 'projector-feed__text', text: localise(p, lang) })),
      ]),
    ),
  );
  return section(ctx, 'messages', t(lang, 'projector.messages'), latest.length > 0 ? [list] : [empty(t(lang, 'projector.noMessages'))]);
}

/** "kans 40 % — worp 0,27 → ja": the probability, the number drawn and what it meant. */
export function rollText(roll: PublicView['rolls'][number], lang: Language): string {
  const drawn = numberText(roll.roll, lang, 2);
  if (roll.probability === null) return t(lang, 'projector.roll.drawn', { roll: drawn });
  return t(lang, 'projector.roll.chance', {
    probability: numberText(roll.probability * 100, lang, 1),
    roll: drawn,
    outcome: t(lang, roll.success ? 'projector.roll.yes' : 'projector.roll.no'),
  });
}

function rolls(ctx: Ctx): HTMLElement {
  const { view, lang } = ctx;
  const items = [...view.rolls].reverse().map((r) => {
    const subject = view.indicators.some((i) => i.id === r.id) ? `${rollPurpose(r.purpose, lang)}: ${indicatorName(view, r.id, lang)}` : rollPurpose(r.purpose, lang);
    return el('li', { className: `projector-roll${r.success === null ? '' : r.success ? ' projector-roll--yes' : ' projector-roll--no'}`, attrs: { 'data-key': `roll-${r.seq}` } }, [
      el('span', { className: 'projector-roll__meta', text: `${clockLabel(r.minute)} · ${subject}` }),
      el('span', { className: 'projector-roll__text', text: rollText(r, lang) }),
    ]);
  });
  return section(ctx, 'rolls', t(lang, 'projector.rolls'), items.length > 0 ? [el('ol', { className: 'projector-rolls' }, items)] : [empty(t(lang, 'projector.noRolls'))]);
}

function board(ctx: Ctx): HTMLElement {
  // The board draws into this element itself; re-renders never touch its children (morph.ts).
  return section(ctx, 'board', t(ctx.lang, 'projector.board'), [el('div', { className: 'projector-board', attrs: { [FOREIGN_CONTENT]: '', id: ctx.id('board-mount') } })]);
}

/** While the trainer has paused the exercise: said across the picture, large, so the room knows the clock stands still. */
function paused(ctx: Ctx): HTMLElement[] {
  if (ctx.view.phase !== 'paused') return [];
  return [
    el('div', { className: 'projector__paused', attrs: { role: 'status', 'data-key': 'paused' } }, [
      el('p', { className: 'projector__paused-title', text: t(ctx.lang, 'room.paused.title') }),
      // The trainer's own line for the room, large; typed text, so set as text and never parsed as markup.
      ...(ctx.view.pauseMessage !== null ? [el('p', { className: 'projector__paused-message', text: ctx.view.pauseMessage, attrs: { 'data-pause-message': '' } })] : []),
      el('p', { className: 'projector__paused-text', text: t(ctx.lang, 'room.paused.text') }),
    ]),
  ];
}

function picture(ctx: Ctx): HTMLElement {
  const { view } = ctx;
  return el('div', { className: `projector projector--picture${view.phase === 'paused' ? ' projector--paused' : ''}` }, [
    ...paused(ctx),
    el('div', { className: 'projector__header' }, [
      el('h1', { className: 'projector__title', text: localise(view.scenario.title, ctx.lang) }),
      renderClock(view, ctx.lang, { id: ctx.id('clock'), large: true }),
      // The round timer (session/round-timer.ts) counts down in here by itself; re-renders leave it alone.
      el('div', { className: 'projector__timer', attrs: { [FOREIGN_SLOT]: '', 'data-slot': 'timer' } }),
    ]),
    ...(showsDiscussion(view) ? [renderDiscussionStage(view, ctx.lang, ctx.id)] : []),
    // Three columns on a 16:9 screen (projector.css): the board; the crisis structure; the indicators and what
    // the room is told — announcements, public messages, the news feed's slot, the latest dice rolls.
    el('div', { className: 'projector__grid' }, [
      board(ctx),
      el('div', { className: 'projector__side' }, [renderStructureStatus(view.structure, ctx.lang, { id: ctx.id('structure'), areas: view.board.areas, large: true, compact: true })]),
      el('div', { className: 'projector__feed' }, [
        indicators(ctx),
        announcements(ctx),
        messages(ctx),
        // The news feed draws itself here (its own module); re-renders never touch what it put in.
        el('div', { className: 'projector__news', attrs: { [FOREIGN_SLOT]: '', 'data-slot': 'news' } }),
        rolls(ctx),
      ]),
    ]),
  ]);
}

function debrief(view: DebriefView, language: Language, id: (name: string) => string): HTMLElement {
  return el('div', { className: 'projector projector--debrief' }, [
    el('div', { className: 'projector__header' }, [
      el('h1', { className: 'projector__title', text: localise(view.scenario.title, language) }),
      el('p', { className: 'projector__phase', text: t(language, 'projector.debrief') }),
    ]),
    renderObjectiveRatings(view.score, language, { id: id('ratings'), large: true, title: t(language, 'projector.ratings'), guided: view.guided }),
  ]);
}

/** Steps a column of the room display takes, one at a time, until what it holds fits its height (projector.css). */
export const FIT_STEPS = 6;

/**
 * On a 16:9 screen each column has the window's height and nothing scrolls; what does not fit would be cut
 * off at the column's edge. A column that overflows takes the next step of projector.css's [data-fit] rules —
 * first the least needed lines go (chairs, dice rolls, older items), then teams go by their short names, then
 * the type gets smaller, and on a small screen at last the news feed and the empty panels' lines give way —
 * so the room never reads half a panel.
 */
export function fitColumns(stage: HTMLElement): void {
  for (const column of stage.querySelectorAll<HTMLElement>('.projector__side, .projector__feed')) {
    column.dataset.fit = '0';
    for (let step = 1; step <= FIT_STEPS && column.scrollHeight > column.clientHeight + 1; step++) column.dataset.fit = String(step);
  }
}

export function renderProjector(root: HTMLElement, props: ProjectorProps): Projector {
  let view = props.view;
  let language = props.lang;
  const base = uniqueId('projector');
  const id = (name: string): string => `${base}-${name}`;
  const stage = el('div', { className: 'projector-stage' });
  root.replaceChildren(stage);
  const timer = createRoundTimer(isDebrief(view) ? { round: 0, phase: 'debrief', roundTimerSeconds: null } : view, language, props.now ?? Date.now);

  function paint(): void {
    stage.setAttribute('lang', language);
    const fresh = isDebrief(view) ? debrief(view, language, id) : picture({ view, lang: language, id });
    morph(stage, el('div', { className: 'projector-stage', attrs: { lang: language } }, [fresh]));
    // The news and social feed fills its slot (components/news-feed.ts): the room sees what trends.
    const news = stage.querySelector('[data-slot="news"]');
    if (news && !isDebrief(view)) news.replaceChildren(renderFeed(view.feed, language));
    // The room's timer: time left in this round when the setup set one, standing still while paused.
    if (!isDebrief(view)) {
      timer.update(view, language);
      const slot = stage.querySelector('[data-slot="timer"]');
      if (slot && timer.element.parentElement !== slot) slot.replaceChildren(timer.element);
    }
  }

  /** On a 16:9 screen the picture fills the window below where it starts and never scrolls (projector.css). */
  function fitToWindow(): void {
    const top = stage.getBoundingClientRect().top + window.scrollY;
    stage.style.setProperty('--projector-top', `${Math.max(0, Math.round(top))}px`);
    fitColumns(stage);
  }
  const onResize = () => fitToWindow();
  window.addEventListener('resize', onResize);

  paint();
  fitToWindow();
  // The window's own layout may settle after the first paint (the app's bar, a connection notice above).
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(fitToWindow);
  return {
    update(next: ProjectorView, nextLang: Language): void {
      view = next;
      language = nextLang;
      paint();
      fitToWindow();
    },
    destroy(): void {
      timer.destroy();
      window.removeEventListener('resize', onResize);
      root.replaceChildren();
    },
  };
}
