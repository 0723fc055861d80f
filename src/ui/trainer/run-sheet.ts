// The console's dashboard parts: the run sheet (the injects still to come, in order, with when, who gets
// them, what the roles are expected to do and the trainer's talking points; deliver now, hold or edit
// before it goes out) and the open decisions with their deadlines, the SimCell's highlighted.
import { criterionById, isCriterionId } from '../../engine/strategy/index.js';
import { t, type Language } from '../../i18n/index.js';
import { clockLabel, scenarioTime } from '../components/clock.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { channelName, expectedActionText } from './action-text.js';
import { note, panel, type ConsoleContext } from './context.js';
import { roleName, short } from './names.js';
import { playOpen } from './run-controls.js';

type Inject = ConsoleContext['view']['injects'][number];

/** How many coming injects the run sheet lists before "later"; the rest stay one click away. */
const SHOWN = 5;

/** The coming injects in the order the trainer meets them: by due time, then those waiting on a condition, then on demand. */
export function comingInjects(view: ConsoleContext['view']): Inject[] {
  const rank = (i: Inject) => (i.dueAt !== null ? 0 : i.optional ? 2 : 1);
  return view.injects
    .filter((i) => i.delivered === null)
    .sort((a, b) => rank(a) - rank(b) || (a.dueAt ?? 0) - (b.dueAt ?? 0) || a.id.localeCompare(b.id));
}

function when(ctx: ConsoleContext, i: Inject): string {
  const { lang, view } = ctx;
  if (i.dueAt === null) return t(lang, i.optional ? 'trainer.runsheet.onDemand' : 'trainer.runsheet.onCondition');
  const time = scenarioTime(view.scenario.startsAt, i.dueAt, lang)?.time ?? '';
  const at = t(lang, 'trainer.runsheet.at', { clock: clockLabel(i.dueAt), time });
  const wait = i.dueAt - view.minute;
  const rel =
    wait <= 0
      ? t(lang, 'trainer.runsheet.due')
      : i.dueAt < view.roundEndsAt
        ? t(lang, 'trainer.runsheet.thisRound')
        : wait === 1
          ? t(lang, 'trainer.runsheet.inMinute')
          : t(lang, 'trainer.runsheet.inMinutes', { minutes: wait });
  return `${at} · ${rel}`;
}

function audience(ctx: ConsoleContext, i: Inject): string {
  const { lang, view } = ctx;
  const to = i.to === 'all' ? t(lang, 'trainer.inject.toAll') : i.to.map((r) => roleName(view, r, lang)).join(', ');
  return t(lang, 'trainer.runsheet.to', { to: i.projector ? t(lang, 'trainer.runsheet.toProjector', { to }) : to });
}

function details(ctx: ConsoleContext, i: Inject): HTMLElement {
  const { lang, view } = ctx;
  const expected = i.expectedActions.map((a) => {
    const criterion = a.criterion && isCriterionId(a.criterion) ? ` — ${criterionById(a.criterion).title[lang]}` : '';
    return el('li', { text: `${t(lang, 'trainer.runsheet.expectedLine', { role: roleName(view, a.role, lang), action: expectedActionText(a.do, view, lang), minutes: a.withinMinutes })}${criterion}` });
  });
  return el('details', { className: 'trainer-runsheet__details' }, [
    el('summary', { text: t(lang, 'trainer.runsheet.details') }),
    el('h3', { className: 'trainer-minor-title', text: t(lang, 'trainer.runsheet.text') }),
    el('p', { className: 'trainer-inject__text', text: localise(i.text, lang) }),
    el('h3', { className: 'trainer-minor-title', text: t(lang, 'trainer.runsheet.expected') }),
    expected.length > 0 ? el('ul', { className: 'trainer-inject__expected' }, expected) : note(t(lang, 'trainer.runsheet.noExpected')),
    el('h3', { className: 'trainer-minor-title', text: t(lang, 'trainer.runsheet.talking') }),
    i.trainerNote ? el('p', { className: 'trainer-inject__note', text: localise(i.trainerNote, lang) }) : note(t(lang, 'trainer.runsheet.noTalking')),
  ]);
}

function injectButton(ctx: ConsoleContext, i: Inject, action: 'deliver' | 'hold' | 'release' | 'edit', enabled: boolean): HTMLElement {
  const { lang } = ctx;
  const label = t(lang, `trainer.runsheet.${action}`);
  return el('button', {
    className: `button button--small${action === 'deliver' ? ' button--primary' : ''}`,
    text: label,
    attrs: {
      type: 'button',
      'data-action': `sheet-${action}`,
      'data-inject': i.id,
      'aria-disabled': String(!enabled),
      // The visible word starts the accessible name, which adds the inject it is about (WCAG 2.5.3).
      'aria-label': t(lang, 'trainer.runsheet.forInject', { action: label, title: injectTitle(i, lang) }),
      id: ctx.id(`sheet-${action}-${i.id}`),
    },
  });
}

export function injectTitle(i: Inject, lang: Language): string {
  return short(localise(i.title ?? i.text, lang), 80);
}

function item(ctx: ConsoleContext, i: Inject): HTMLElement {
  const { lang, view } = ctx;
  const open = playOpen(view);
  const over = view.phase === 'hotwash' || view.phase === 'debrief' || view.phase === 'ended';
  const head: Node[] = [el('span', { className: 'trainer-runsheet__when', text: when(ctx, i) })];
  if (i.held) head.push(el('span', { className: 'trainer-tag trainer-tag--held', text: t(lang, 'trainer.runsheet.held') }));
  return el('li', { className: `trainer-runsheet__item${i.held ? ' is-held' : ''}`, attrs: { 'data-key': `sheet-${i.id}` } }, [
    el('p', { className: 'trainer-runsheet__head' }, head),
    el('p', { className: 'trainer-runsheet__title' }, [el('strong', { text: injectTitle(i, lang) }), document.createTextNode(` — ${channelName(i.channel, lang)}`)]),
    el('p', { className: 'trainer-runsheet__to', text: audience(ctx, i) }),
    details(ctx, i),
    el('div', { className: 'trainer-runsheet__buttons' }, [
      injectButton(ctx, i, 'deliver', open),
      injectButton(ctx, i, i.held ? 'release' : 'hold', !over),
      injectButton(ctx, i, 'edit', open),
    ]),
  ]);
}

export function renderRunSheet(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const coming = comingInjects(view);
  const children: Node[] = [];
  if (coming.length === 0) children.push(note(t(lang, 'trainer.runsheet.none')));
  else {
    if (!playOpen(view)) children.push(note(t(lang, 'trainer.runsheet.onlyInRound')));
    children.push(el('ol', { className: 'trainer-runsheet' }, coming.slice(0, SHOWN).map((i) => item(ctx, i))));
    const later = coming.slice(SHOWN);
    if (later.length > 0) {
      children.push(
        el('details', { className: 'trainer-runsheet__later' }, [
          el('summary', { text: t(lang, 'trainer.runsheet.more', { count: later.length }) }),
          el('ol', { className: 'trainer-runsheet', attrs: { start: String(SHOWN + 1) } }, later.map((i) => item(ctx, i))),
        ]),
      );
    }
  }
  return panel(ctx, 'runsheet', t(lang, 'trainer.runsheet.title'), children);
}

/** The decisions open now, soonest deadline first: who decides, by when, and what applies if nobody does. */
export function renderOpenDecisions(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const open = view.decisions
    .filter((d) => d.state !== null && d.state.taken === undefined)
    .sort((a, b) => (a.state?.deadlineRound ?? 0) - (b.state?.deadlineRound ?? 0) || a.id.localeCompare(b.id));
  if (open.length === 0) return panel(ctx, 'open', t(lang, 'trainer.open.title'), [note(t(lang, 'trainer.open.none'))]);
  const items = open.map((d) => {
    const deadline = d.state?.deadlineRound ?? 0;
    const simcell = view.roles.find((r) => r.id === d.owner)?.simcell === true;
    const fallback = d.options.find((o) => o.id === d.default);
    const lines: Node[] = [
      el('p', { className: 'trainer-open__prompt' }, [el('strong', { text: short(localise(d.prompt, lang), 140) })]),
      el('p', {
        className: 'trainer-open__meta',
        text: [
          roleName(view, d.owner, lang),
          deadline <= view.round ? t(lang, 'trainer.open.deadlineNow', { round: deadline }) : t(lang, 'trainer.open.deadline', { round: deadline }),
          t(lang, 'trainer.open.default', { option: fallback ? localise(fallback.label, lang) : d.default }),
        ].join(' · '),
      }),
    ];
    if (simcell) {
      lines.push(
        el('p', { className: 'trainer-open__simcell' }, [
          el('span', { className: 'trainer-tag trainer-tag--simcell', text: t(lang, 'trainer.open.simcell') }),
          el('a', { text: t(lang, 'trainer.open.simcellLink'), attrs: { href: `#${ctx.id('simcell')}` } }),
        ]),
      );
    }
    const urgent = deadline <= view.round;
    return el('li', { className: `trainer-open${simcell ? ' trainer-open--simcell' : ''}${urgent ? ' trainer-open--due' : ''}`, attrs: { 'data-key': `open-${d.id}` } }, lines);
  });
  return panel(ctx, 'open', t(lang, 'trainer.open.title'), [el('ul', { className: 'trainer-open__list' }, items)]);
}
