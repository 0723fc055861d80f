// Feedback forms sent from a phone through the printed QR link. The phone holds no seat and no token: the
// host (the classroom host, or the trainer's browser over BroadcastChannel) enters the form in the session
// as a `feedback` command in the trainer's name, marked `via: "link"`, so the log says how it came in. What
// the phone sent is untrusted: only the ratings and comments are taken, by shape; the engine checks the rest
// (known items, 1–5, lengths, whether the form is open now) exactly as for a form typed on a table's screen.
import type { Command } from '../engine/index.js';
import type { TextT } from '../engine/scenario/schema.js';
import type { CommonView } from '../engine/views/common.js';

/** What a phone needs to draw the form: the exercise's title, the form's items, whether it is open, and the module it is about. */
export interface FeedbackFormInfo {
  readonly title: TextT;
  readonly items: readonly string[];
  readonly open: boolean;
  /** The open module, when the form is given per module during play. */
  readonly module: TextT | null;
}

const PLAY_PHASES: readonly string[] = ['decide', 'paused'];

/** The form's facts from what the projector sees: nothing of the exercise a participant may not know. */
export function feedbackInfo(view: CommonView): FeedbackFormInfo {
  const d = view.discussion;
  const module = PLAY_PHASES.includes(view.phase) && d.feedbackOpen ? d.modules.find((m) => m.id === d.current) : undefined;
  return { title: view.scenario.title, items: [...d.feedbackItems], open: d.feedbackOpen, module: module?.title ?? null };
}

export interface LinkFeedback {
  readonly ratings: Readonly<Record<string, number>>;
  readonly comments: Readonly<Record<string, string>>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ratings and comments by shape (numbers and strings under plain keys), or null. */
export function readLinkFeedback(data: unknown): LinkFeedback | null {
  if (!isRecord(data) || !isRecord(data.ratings)) return null;
  const comments = data.comments === undefined ? {} : data.comments;
  if (!isRecord(comments)) return null;
  const ratings: Record<string, number> = {};
  for (const [key, value] of Object.entries(data.ratings)) {
    if (typeof value !== 'number' || key.length > 60 || key === '__proto__') return null;
    ratings[key] = value;
  }
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(comments)) {
    if (typeof value !== 'string' || key.length > 60 || key === '__proto__') return null;
    texts[key] = value;
  }
  if (Object.keys(ratings).length > 50 || Object.keys(texts).length > 10) return null;
  return { ratings, comments: texts };
}

export function linkFeedbackCommand(form: LinkFeedback, stamp?: number): Command {
  return { type: 'feedback', actor: { kind: 'trainer' }, via: 'link', ratings: form.ratings, comments: form.comments, ...(stamp === undefined ? {} : { stamp }) };
}
