// The timeline of what happened — injects, decisions, structure changes, messages and (for the trainer)
// refused attempts — filtered by kind. Evidence links land here: the entry they point at is focused
// and marked, in words as well as by its outline.
import type { Attempt } from '../../engine/session/types.js';
import type { TimelineEntry } from '../../engine/views/common.js';
import { t, tDynamic } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { commandText } from './command-text.js';
import { headingTag, roomButton, type DebriefContext } from './context.js';
import { describeEntry, groupOf, kindName, TIMELINE_GROUPS, type TimelineGroup } from './event-text.js';
import { clockWithTime } from './format.js';

export interface TimelineState {
  readonly shown: ReadonlySet<TimelineGroup>;
  readonly highlighted: number | null;
  toggle(group: TimelineGroup, on: boolean): void;
}

type Row = { readonly kind: 'event'; readonly entry: TimelineEntry } | { readonly kind: 'attempt'; readonly attempt: Attempt; readonly index: number };

/** Events in order, each refused attempt placed after the events of the commands accepted before it. */
function rows(entries: readonly TimelineEntry[], attempts: readonly Attempt[], causeOf: (seq: number) => number): Row[] {
  const out: Row[] = [];
  let next = 0;
  for (const entry of entries) {
    const cause = causeOf(entry.seq);
    while (next < attempts.length && (attempts[next] as Attempt).afterSeq <= cause) {
      out.push({ kind: 'attempt', attempt: attempts[next] as Attempt, index: next });
      next += 1;
    }
    out.push({ kind: 'event', entry });
  }
  for (; next < attempts.length; next++) out.push({ kind: 'attempt', attempt: attempts[next] as Attempt, index: next });
  return out;
}

function trainerNote(ctx: DebriefContext, entry: TimelineEntry): HTMLElement | null {
  if (ctx.audience !== 'trainer') return null;
  let note;
  if (entry.kind === 'injectDelivered') note = ctx.scenario.injects.find((i) => i.id === entry.data.inject)?.trainerNote;
  if (entry.kind === 'decisionTaken' || entry.kind === 'decisionOpened') note = ctx.scenario.decisions.find((d) => d.id === entry.data.decision)?.trainerNote;
  if (note === undefined) return null;
  return el('p', { className: 'timeline__note' }, [el('strong', { text: `${t(ctx.lang, 'debrief.timeline.trainerNote')}: ` }), el('span', { text: localise(note, ctx.lang) })]);
}

function eventItem(ctx: DebriefContext, entry: TimelineEntry, state: TimelineState): HTMLElement {
  const { lang } = ctx;
  const highlighted = state.highlighted === entry.seq;
  const children: Node[] = [
    el('p', { className: 'timeline__head' }, [
      el('span', { className: 'timeline__time', text: `${clockWithTime(ctx.view.scenario.startsAt, entry.minute)} · ${t(lang, 'debrief.timeline.round', { round: entry.round })}` }),
      el('span', { className: 'timeline__kind', text: kindName(entry.kind, lang) }),
      el('span', { className: 'timeline__seq', text: `#${entry.seq}` }),
      ...(highlighted ? [el('span', { className: 'timeline__marker', text: t(lang, 'debrief.timeline.highlighted') })] : []),
    ]),
    el('p', { className: 'timeline__text', text: describeEntry(ctx.scenario, entry, lang, ctx.view) }),
  ];
  const note = trainerNote(ctx, entry);
  if (note) children.push(note);
  if (ctx.room) {
    children.push(
      roomButton(ctx.room, { kind: 'event', seq: entry.seq }, `${ctx.ids.event(entry.seq)}-room`, {
        show: t(lang, 'debrief.room.showEvent', { seq: entry.seq }),
        shown: t(lang, 'debrief.room.shownEvent', { seq: entry.seq }),
      }),
    );
  }
  const about = (ctx.view.observations ?? []).filter((o) => o.event === entry.seq);
  if (about.length > 0) {
    children.push(el('ul', { className: 'timeline__observations' }, about.map((o) => el('li', { text: t(lang, 'debrief.timeline.observation', { by: o.by, text: o.text }) }))));
  }
  const group = groupOf(entry.kind);
  return el(
    'li',
    {
      className: `timeline__entry timeline__entry--${group}${highlighted ? ' timeline__entry--highlighted' : ''}`,
      attrs: { id: ctx.ids.event(entry.seq), tabindex: '-1', 'data-group': group, ...(highlighted ? { 'aria-current': 'true' } : {}) },
    },
    children,
  );
}

function attemptItem(ctx: DebriefContext, attempt: Attempt, index: number): HTMLElement {
  const { lang } = ctx;
  return el('li', { className: 'timeline__entry timeline__entry--attempts', attrs: { id: ctx.ids.attempt(index), 'data-group': 'attempts' } }, [
    el('p', { className: 'timeline__head' }, [
      el('span', { className: 'timeline__time', text: `${clockWithTime(ctx.view.scenario.startsAt, attempt.minute)} · ${t(lang, 'debrief.timeline.round', { round: attempt.round })}` }),
      el('span', { className: 'timeline__kind', text: t(lang, 'debrief.kind.attempt') }),
    ]),
    el('p', { className: 'timeline__text', text: t(lang, 'debrief.timeline.refused', { command: commandText(ctx.scenario, attempt.command, lang) }) }),
    el('p', { className: 'timeline__refusal', text: tDynamic(lang, `refusal.${attempt.refusal.code}`, attempt.refusal.params) }),
  ]);
}

export function renderTimeline(ctx: DebriefContext, level: number, state: TimelineState, causeOf: (seq: number) => number): HTMLElement {
  const { lang, view } = ctx;
  const titleId = ctx.ids.section('timeline-title');
  const attempts = ctx.audience === 'trainer' ? (view.attempts ?? []) : [];
  const all = rows(view.timeline, attempts, causeOf);
  const groups = TIMELINE_GROUPS.filter((g) => g !== 'attempts' || ctx.audience === 'trainer');
  const count = (g: TimelineGroup) => all.filter((r) => (r.kind === 'attempt' ? 'attempts' : groupOf(r.entry.kind)) === g).length;
  const filters = el('fieldset', { className: 'timeline__filters no-print' }, [
    el('legend', { text: t(lang, 'debrief.timeline.filter') }),
    ...groups.map((g) => {
      const id = `${ctx.ids.section('filter')}-${g}`;
      const box = el('input', { attrs: { type: 'checkbox', id, ...(state.shown.has(g) ? { checked: '' } : {}) } });
      box.checked = state.shown.has(g);
      box.addEventListener('change', () => state.toggle(g, box.checked));
      return el('div', { className: 'check' }, [box, el('label', { text: t(lang, `debrief.group.${g}`, { count: count(g) }), attrs: { for: id } })]);
    }),
  ]);
  const visible = all.filter((r) => state.shown.has(r.kind === 'attempt' ? 'attempts' : groupOf(r.entry.kind)));
  const list =
    visible.length === 0
      ? el('p', { className: 'timeline__empty', text: t(lang, 'debrief.timeline.empty') })
      : el('ol', { className: 'timeline' }, visible.map((r) => (r.kind === 'attempt' ? attemptItem(ctx, r.attempt, r.index) : eventItem(ctx, r.entry, state))));
  return el('section', { className: 'debrief__section debrief__timeline', attrs: { 'aria-labelledby': titleId, id: ctx.ids.section('timeline') } }, [
    el(headingTag(level), { text: t(lang, 'debrief.timeline.title'), attrs: { id: titleId } }),
    filters,
    list,
  ]);
}

