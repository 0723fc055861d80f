// The simulated news and social feed (issue 16, item 6): what the media and the public do with what the
// authorities publish, or fail to publish. A pure function of the state: reactions follow from the published
// messages and their findings, the rumours and the clock; their reach is a keyed draw from the session seed,
// so the same play gives the same feed, and replay, undo and fork need nothing of their own. The trainer adds
// items and sets the volume with logged commands (events "feedItem" and "feedVolume").
//   - a named perpetrator trends after an official message names him;
//   - a contradiction between national and local lines becomes a headline;
//   - silence past the first-message target draws "authorities silent" stories;
//   - an unrebutted rumour spreads (its reach is the scenario's indicator); a rebuttal is picked up;
//   - a clear advice that fits the danger is shared widely.
// Beside the reactions, the items the scenario's author seeds (communication.feed) appear at their time or
// trigger (session/deliver.ts records each as a "feedSeeded" event), with their reach spread by the seed.
import type { Scenario, TextT } from '../scenario/schema.js';
import type { KeyOf } from '../session/append-list.js';
import type { Finding } from './checks.js';
import { eventsOfKind } from '../session/event-index.js';
import { keyedUniform } from '../session/random.js';
import type { ExerciseState, PublishedMessage } from '../session/types.js';
import { canSee, type Audience } from '../views/visibility.js';

export const FEED_VOLUMES = ['quiet', 'normal', 'intense'] as const;
export type FeedVolume = (typeof FEED_VOLUMES)[number];

/** What an item looks like in the feed; trainer items choose one of the first four. */
export const FEED_KINDS = ['news', 'post', 'question', 'video', 'trend', 'headline'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];
export const TRAINER_FEED_KINDS = ['news', 'post', 'question', 'video'] as const;

export type FeedReaction =
  | 'perpetrator-trending'
  | 'contradiction-headline'
  | 'authorities-silent'
  | 'rumour-spreading'
  | 'rumour-rebutted'
  | 'advice-shared'
  | 'authored'
  | 'trainer';

export interface FeedItem {
  readonly id: string;
  readonly minute: number;
  readonly kind: FeedKind;
  /** Why the item is there; its wording is the dictionary's "feed.<reaction>" with these params. */
  readonly reaction: FeedReaction;
  readonly params: Readonly<Record<string, string | number>>;
  /** Text shown as written: a trainer's item, a rumour's text. */
  readonly text: TextT | null;
  /** Shares and views: how far it has spread (seeded; scaled by the volume). */
  readonly reach: number;
  /** The public message it reacts to, if any. */
  readonly message: string | null;
  /** For an item the author seeded: who published it, and the map area it is about. */
  readonly source?: TextT;
  readonly place?: TextT;
}

export interface Feed {
  readonly volume: FeedVolume;
  /** Newest first; at most as many as the volume allows. */
  readonly items: readonly FeedItem[];
}

/** How loud the room's media are: a multiplier on reach and how many items the feed holds. */
export const VOLUME: Readonly<Record<FeedVolume, { readonly factor: number; readonly shown: number }>> = {
  quiet: { factor: 0.5, shown: 6 },
  normal: { factor: 1, shown: 14 },
  intense: { factor: 2, shown: 30 },
};

/** Typical reach of each reaction before the seeded spread and the volume (shares and views). */
const BASE_REACH: Readonly<Record<Exclude<FeedReaction, 'trainer' | 'authored'>, number>> = {
  'perpetrator-trending': 60_000,
  'contradiction-headline': 35_000,
  'authorities-silent': 20_000,
  'rumour-spreading': 800,
  'rumour-rebutted': 10_000,
  'advice-shared': 25_000,
};

const TIMING_CODES = new Set(['contradicts-other-voice', 'timing-ahead-of-local', 'timing-against-local']);

export function feedVolume(state: ExerciseState): FeedVolume {
  const last = eventsOfKind(state, 'feedVolume').at(-1);
  const v = last?.data.volume;
  return typeof v === 'string' && (FEED_VOLUMES as readonly string[]).includes(v) ? (v as FeedVolume) : 'normal';
}

// Each item's draw, per session seed. The feed is made again for every view after every command and its items
// stay the same from one state to the next, while a keyed draw seeds a generator each time it is asked: late in a
// long exercise that was most of the trainer's view. Bounded, so many sessions in one host do not grow it forever.
const drawn = new Map<string, Map<string, number>>();

function itemDraw(seed: string, id: string): number {
  let bySeed = drawn.get(seed);
  if (!bySeed) {
    if (drawn.size >= 64) drawn.clear();
    drawn.set(seed, (bySeed = new Map()));
  }
  let u = bySeed.get(id);
  if (u === undefined) {
    if (bySeed.size >= 100_000) bySeed.clear();
    bySeed.set(id, (u = keyedUniform(seed, 'feed', id, 0)));
  }
  return u;
}

function reachOf(state: ExerciseState, id: string, base: number, factor: number): number {
  // Between 0.6 and 1.6 times the base: the same for this item in every replay of the session.
  const spread = 0.6 + itemDraw(state.seed, id);
  return Math.max(1, Math.round(base * spread * factor));
}

/** The first identifier the scenario gives for its perpetrator, for a trap block that names him. */
function perpetratorName(scenario: Scenario): string {
  const p = scenario.communication.perpetrators[0];
  return p?.initials[0] ?? p?.names[0] ?? p?.aliases[0] ?? '';
}

/** A reaction to one published message, before its reach is drawn. */
type Reaction = Omit<FeedItem, 'reach'> & { readonly base: number };

const messageOf: KeyOf<{ readonly message: string }> = (f) => f.message;

/** The findings recorded on one message, in order, through an index kept with the findings' storage (the feed and C03 share it). */
export function findingsOn(state: Pick<ExerciseState, 'findings'>, message: string): { readonly message: string; readonly finding: Finding }[] {
  return state.findings.where(messageOf, message);
}

// A message's findings are recorded in the step that publishes it (session/publish.ts) and never change, so the
// reactions to it are read once per message and kept with it; its ids are unique in a log (m1, m2, …).
const reactionsKept = new WeakMap<Scenario, WeakMap<PublishedMessage, readonly Reaction[]>>();

/**
 * The reactions to one message: a named perpetrator trends, a contradiction between national and local lines
 * becomes a headline (each from the first finding that says so), a clear advice is shared — one that fits the
 * danger (or, without dangers in the scenario, is complete) and breaks nothing of its principle.
 */
function reactionsTo(scenario: Scenario, state: ExerciseState, m: PublishedMessage): readonly Reaction[] {
  let byMessage = reactionsKept.get(scenario);
  if (!byMessage) reactionsKept.set(scenario, (byMessage = new WeakMap()));
  const kept = byMessage.get(m);
  if (kept) return kept;
  const out: Reaction[] = [];
  const findings = findingsOn(state, m.id).map((f) => f.finding);
  const trend = findings.find((f) => f.code === 'perpetrator-name' && f.verdict === 'breach');
  if (trend) {
    const name = trend.matches?.[0]?.text ?? perpetratorName(scenario);
    out.push({ id: `trend-${m.id}`, minute: m.minute, kind: 'trend', reaction: 'perpetrator-trending', params: { name, message: m.id }, text: null, message: m.id, base: BASE_REACH['perpetrator-trending'] });
  }
  if (findings.some((f) => TIMING_CODES.has(f.code) && f.verdict === 'breach')) {
    out.push({ id: `headline-${m.id}`, minute: m.minute, kind: 'headline', reaction: 'contradiction-headline', params: { message: m.id }, text: null, message: m.id, base: BASE_REACH['contradiction-headline'] });
  }
  const advice = findings.filter((f) => f.principle === 'actionPerspective');
  const fits = scenario.communication.dangers.length > 0 ? 'advice-fits' : 'advice-complete';
  if (advice.length > 0 && advice.every((f) => f.verdict === 'ok') && advice.some((f) => f.code === fits)) {
    out.push({ id: `advice-${m.id}`, minute: m.minute, kind: 'post', reaction: 'advice-shared', params: { message: m.id }, text: null, message: m.id, base: BASE_REACH['advice-shared'] });
  }
  byMessage.set(m, out);
  return out;
}

/** Per message storage: the first position whose message is earlier than the one before it (Infinity: none yet). */
const descents = new WeakMap<object, { upTo: number; at: number }>();

/** Whether the messages' minutes never go back (they follow the clock): then the newest messages are the latest. */
function messagesInTimeOrder(state: ExerciseState): boolean {
  const messages = state.messages;
  let d = descents.get(messages.storage);
  if (!d) descents.set(messages.storage, (d = { upTo: 1, at: Infinity }));
  for (; d.upTo < messages.length && d.at === Infinity; d.upTo++) {
    if ((messages.at(d.upTo) as PublishedMessage).minute < (messages.at(d.upTo - 1) as PublishedMessage).minute) d.at = d.upTo;
  }
  return d.at >= messages.length;
}

/**
 * The reactions to messages that can be among the `shown` items of the feed. Items are ordered newest first
 * and a message's reactions carry its minute, so when the messages follow the clock only the latest messages
 * are read: back from the newest until `shown` reactions are found, and on through the messages of that same
 * minute (which may outrank them by reach). Every reaction left out is older than `shown` reactions kept.
 */
function messageReactions(scenario: Scenario, state: ExerciseState, shown: number): Reaction[] {
  const out: Reaction[] = [];
  const messages = state.messages;
  if (!messagesInTimeOrder(state)) {
    for (const m of messages) out.push(...reactionsTo(scenario, state, m));
    return out;
  }
  let stopAt: number | undefined;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages.at(i) as PublishedMessage;
    if (stopAt !== undefined && m.minute < stopAt) break;
    out.push(...reactionsTo(scenario, state, m));
    if (stopAt === undefined && out.length >= shown) stopAt = m.minute;
  }
  return out;
}

export function feedFor(scenario: Scenario, state: ExerciseState, audience: Audience): Feed {
  const volume = feedVolume(state);
  const { factor, shown } = VOLUME[volume];
  const items: FeedItem[] = [];
  const reacted = new Set<string>();
  const push = (item: Omit<FeedItem, 'reach'> & { readonly base: number }) => {
    if (reacted.has(item.id)) return;
    reacted.add(item.id);
    const { base, ...rest } = item;
    items.push({ ...rest, reach: reachOf(state, item.id, base, factor) });
  };

  for (const reaction of messageReactions(scenario, state, shown)) push(reaction);

  // Silence: no message by the first-message target after the first notification.
  if (state.notifiedAt !== null) {
    const due = state.notifiedAt + scenario.communication.firstMessageTargetMinutes;
    const first = state.messages.at(0);
    if (state.minute >= due && (first === undefined || first.minute > due)) {
      push({ id: 'silent', minute: due, kind: 'news', reaction: 'authorities-silent', params: { minutes: due - state.notifiedAt }, text: null, message: null, base: BASE_REACH['authorities-silent'] });
    }
  }

  for (const rumour of scenario.rumours) {
    const st = state.rumours[rumour.id];
    if (!st || !canSee(rumour.visibility, audience)) continue;
    // The rumour's own reach indicator says how far it has spread; the feed shows it in shares.
    const index = Math.max(0, state.variables[rumour.reach] ?? 0);
    push({ id: `rumour-${rumour.id}`, minute: st.startedAt, kind: 'post', reaction: 'rumour-spreading', params: { rumour: rumour.id, index }, text: rumour.text, message: null, base: BASE_REACH['rumour-spreading'] * (1 + index) });
    if (st.rebuttedAt !== undefined) {
      // The message that rebutted it (rebuttedBy is the block; the engine stops a rumour only on a confirmed one).
      const by = eventsOfKind(state, 'rumourRebutted').find((e) => e.data.rumour === rumour.id);
      const message = typeof by?.data.message === 'string' ? by.data.message : null;
      push({ id: `rebutted-${rumour.id}`, minute: st.rebuttedAt, kind: 'news', reaction: 'rumour-rebutted', params: { rumour: rumour.id }, text: rumour.text, message, base: BASE_REACH['rumour-rebutted'] });
    }
  }

  // The author's items, from when they appeared; their reach is the author's, spread by the seed and the volume.
  for (const e of eventsOfKind(state, 'feedSeeded')) {
    const seed = scenario.communication.feed.find((f) => f.id === e.data.item);
    if (!seed) continue;
    const place = seed.area === undefined ? undefined : scenario.setting.map.areas.find((a) => a.id === seed.area)?.name;
    push({
      id: `authored-${seed.id}`,
      minute: e.minute,
      kind: seed.kind,
      reaction: 'authored',
      params: {},
      text: seed.text,
      message: null,
      ...(seed.source === undefined ? {} : { source: seed.source }),
      ...(place === undefined ? {} : { place }),
      base: seed.reach,
    });
  }

  for (const e of eventsOfKind(state, 'feedItem')) {
    if (!canSee(e.visibility, audience)) continue;
    const kind = (TRAINER_FEED_KINDS as readonly string[]).includes(e.data.kind as string) ? (e.data.kind as FeedKind) : 'news';
    const reach = typeof e.data.reach === 'number' ? e.data.reach : null;
    const item: FeedItem = { id: `trainer-${e.seq}`, minute: e.minute, kind, reaction: 'trainer', params: { source: String(e.data.source ?? '') }, text: e.data.text as string, reach: 0, message: null };
    items.push({ ...item, reach: reach ?? reachOf(state, item.id, 15_000, factor) });
  }

  // Newest first; on one minute the trainer's own items first (put there for the room to see now: the projector's
  // 16:9 picture may show only the top item), then the loudest.
  const byTrainer = (i: FeedItem) => (i.reaction === 'trainer' ? 0 : 1);
  items.sort((a, b) => b.minute - a.minute || byTrainer(a) - byTrainer(b) || b.reach - a.reach || a.id.localeCompare(b.id));
  return { volume, items: items.slice(0, shown) };
}
