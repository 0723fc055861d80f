// Every role's inbox as the trainer sees it: what each role has received (with the trainer's note and
// what the role is expected to do about it) and what is still to come at a set time. Each role is a
// disclosure the trainer opens as needed; the summary line says how much is in it.
import { criterionById } from '../../engine/strategy/index.js';
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { named } from '../components/structure-status.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { channelName, expectedActionText } from './action-text.js';
import { panel, type ConsoleContext } from './context.js';
import { roleName, short, tableName } from './names.js';

type Inject = ConsoleContext['view']['injects'][number];
type Role = ConsoleContext['view']['roles'][number];

function addressedTo(inject: Inject, role: string): boolean {
  return inject.to === 'all' || inject.to.includes(role);
}

function seat(ctx: ConsoleContext, role: Role): string {
  const { lang, view } = ctx;
  if (role.simcell) return t(lang, 'trainer.inbox.simcell');
  if (role.table !== null) return t(lang, 'trainer.inbox.atTable', { table: tableName(view, role.table, lang) });
  return t(lang, 'trainer.inbox.unplayed');
}

function deliveredItem(ctx: ConsoleContext, inject: Inject, role: string): HTMLElement {
  const { lang, view } = ctx;
  const delivered = inject.delivered;
  const meta = `${delivered ? clockLabel(delivered.minute) : ''} · ${channelName(inject.channel, lang)} · ${t(lang, 'trainer.inbox.from', { from: localise(inject.from, lang) })}`;
  const body: Node[] = [el('p', { className: 'trainer-inject__meta', text: meta })];
  if (inject.title !== null) body.push(el('p', { className: 'trainer-inject__title', text: localise(inject.title, lang) }));
  body.push(el('p', { className: 'trainer-inject__text', text: localise(inject.text, lang) }));
  if (inject.projector) body.push(el('p', { className: 'trainer-tag', text: t(lang, 'trainer.inbox.onProjector') }));
  if (inject.trainerNote !== null) {
    body.push(el('p', { className: 'trainer-inject__note' }, [el('strong', { text: `${t(lang, 'trainer.inbox.note')}: ` }), document.createTextNode(localise(inject.trainerNote, lang))]));
  }
  const expected = inject.expectedActions.filter((a) => a.role === role);
  if (expected.length > 0) {
    body.push(
      el('p', { className: 'trainer-inject__expected-title', text: t(lang, 'trainer.inbox.expected') }),
      el(
        'ul',
        { className: 'trainer-inject__expected' },
        expected.map((a) => {
          const within = t(lang, 'trainer.inbox.within', { minutes: a.withinMinutes, deadline: clockLabel((delivered?.minute ?? 0) + a.withinMinutes) });
          const criterion = a.criterion ? ` (${a.criterion} ${criterionById(a.criterion).title[lang]})` : '';
          return el('li', { text: `${expectedActionText(a.do, view, lang)} — ${within}${criterion}` });
        }),
      ),
    );
  }
  return el('li', { className: 'trainer-inject', attrs: { 'data-key': `in-${inject.id}` } }, body);
}

function roleInbox(ctx: ConsoleContext, role: Role): HTMLElement {
  const { lang, view } = ctx;
  const mine = view.injects.filter((i) => addressedTo(i, role.id));
  const delivered = mine
    .filter((i) => i.delivered !== null)
    .sort((a, b) => (a.delivered?.minute ?? 0) - (b.delivered?.minute ?? 0) || a.id.localeCompare(b.id));
  const upcoming = mine.filter((i) => i.delivered === null && i.at !== null && i.at >= view.minute).sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || a.id.localeCompare(b.id));

  const summary = el('summary', { className: 'trainer-inbox__summary' }, [
    el('span', { className: 'trainer-inbox__name', text: localise(role.name, lang) }),
    el('span', {
      className: 'trainer-inbox__counts',
      text: ` — ${named('office', role.office, lang)}; ${seat(ctx, role)}; ${t(lang, 'trainer.inbox.counts', { delivered: delivered.length, upcoming: upcoming.length })}`,
    }),
  ]);
  const receivedId = ctx.id(`inbox-${role.id}-received`);
  const upcomingId = ctx.id(`inbox-${role.id}-upcoming`);
  return el('details', { className: 'trainer-inbox', attrs: { 'data-key': `inbox-${role.id}` } }, [
    summary,
    el('h3', { className: 'trainer-minor-title', text: t(lang, 'trainer.inbox.received', { role: roleName(view, role.id, lang) }), attrs: { id: receivedId } }),
    delivered.length > 0
      ? el('ol', { className: 'trainer-inbox__list', attrs: { 'aria-labelledby': receivedId } }, delivered.map((i) => deliveredItem(ctx, i, role.id)))
      : el('p', { className: 'trainer-note', text: t(lang, 'trainer.inbox.nothingYet') }),
    el('h3', { className: 'trainer-minor-title', text: t(lang, 'trainer.inbox.upcoming', { role: roleName(view, role.id, lang) }), attrs: { id: upcomingId } }),
    upcoming.length > 0
      ? el(
          'ol',
          { className: 'trainer-inbox__list trainer-inbox__list--upcoming', attrs: { 'aria-labelledby': upcomingId } },
          upcoming.map((i) =>
            el('li', { attrs: { 'data-key': `up-${i.id}` } }, [
              el('span', { className: 'trainer-inbox__at', text: clockLabel(i.at ?? 0) }),
              document.createTextNode(` ${short(localise(i.title ?? i.text, lang), 100)} (${channelName(i.channel, lang)})`),
            ]),
          ),
        )
      : el('p', { className: 'trainer-note', text: t(lang, 'trainer.inbox.nothingTimed') }),
  ]);
}

export function renderInboxes(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const free = view.timeline.filter((e) => e.kind === 'injectDelivered' && e.data.free === true);
  const children: Node[] = [el('p', { className: 'trainer-note', text: t(lang, 'trainer.inbox.intro') }), ...view.roles.map((r) => roleInbox(ctx, r))];
  if (free.length > 0) {
    const freeId = ctx.id('inbox-free');
    children.push(
      el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.inbox.free'), attrs: { id: freeId } }),
      el(
        'ol',
        { className: 'trainer-inbox__list', attrs: { 'aria-labelledby': freeId } },
        free.map((e) => el('li', { text: `${clockLabel(e.minute)} · ${String(e.data.text ?? '')}`, attrs: { 'data-key': `free-${e.seq}` } })),
      ),
    );
  }
  return panel(ctx, 'inboxes', t(lang, 'trainer.inbox.title'), children);
}
