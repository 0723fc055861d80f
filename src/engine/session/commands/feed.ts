// The trainer's hand on the news and social feed (communication/feed.ts): an item on the spot ("a journalist
// asks whether the mosque was warned") and the volume of the room's media. Both are logged events, so the
// feed replays and forks with the session.
import { FEED_VOLUMES, TRAINER_FEED_KINDS } from '../../communication/feed.js';
import { refuse, type Step } from '../step.js';
import type { Command } from '../types.js';
import { requireTrainer } from './actors.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** Longest feed item: a post or a news lead, not an article. */
export const FEED_TEXT_MAX = 600;
const MAX_REACH = 100_000_000;

const OPEN = new Set(['briefing', 'deliver', 'decide', 'resolve', 'paused']);

export function feedItem(step: Step, c: Of<'feedItem'>): void {
  requireTrainer(c.actor);
  if (!OPEN.has(step.s.phase)) refuse('not-in-phase', { phase: step.s.phase, event: 'feedItem' });
  const text = typeof c.text === 'string' ? c.text.trim() : '';
  if (text.length === 0) refuse('empty-text');
  if (text.length > FEED_TEXT_MAX) refuse('text-too-long', { max: FEED_TEXT_MAX });
  if (!(TRAINER_FEED_KINDS as readonly string[]).includes(c.kind)) refuse('feed-kind-unknown', { kind: String(c.kind) });
  if (c.reach !== undefined && !(Number.isInteger(c.reach) && c.reach >= 0 && c.reach <= MAX_REACH)) refuse('feed-reach-invalid', { max: MAX_REACH });
  const source = typeof c.source === 'string' ? c.source.trim().slice(0, 80) : '';
  step.emit('feedItem', 'public', { text, kind: c.kind, ...(source ? { source } : {}), ...(c.reach !== undefined ? { reach: c.reach } : {}) });
}

export function feedVolume(step: Step, c: Of<'feedVolume'>): void {
  requireTrainer(c.actor);
  if (!(FEED_VOLUMES as readonly string[]).includes(c.volume)) refuse('feed-volume-unknown', { volume: String(c.volume) });
  step.emit('feedVolume', 'trainer', { volume: c.volume });
}
