// The communication analysis: every public message as the public read it, and what the checks found
// in it against the principles of communication after an attack (principle, verdict, finding).
import { t } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { headingTag, type DebriefContext } from './context.js';
import { evidenceLink } from './evidence.js';
import { named, roleName } from './event-text.js';
import { clockWithTime } from './format.js';
import { highlightedText, renderRatingForm, renderRatings } from './message-review.js';
import { findingList } from '../components/message-rating.js';


export function renderCommunication(ctx: DebriefContext, level: number): HTMLElement {
  const { lang, view, scenario } = ctx;
  const titleId = ctx.ids.section('communication-title');
  const articles = view.messages.map((m) => {
    const headingId = `${ctx.ids.section('message')}-${m.id}`;
    const published = view.timeline.find((e) => e.kind === 'messagePublished' && e.data.message === m.id);
    const findings = view.findings.filter((f) => f.message === m.id);
    const meta = t(lang, 'debrief.communication.meta', {
      time: clockWithTime(view.scenario.startsAt, m.minute),
      role: roleName(scenario, m.role, lang),
      voice: named('debrief.voice', m.voice, lang),
      channel: named('debrief.channel', m.channel, lang),
    });
    const list = findingList(lang, findings.map((f) => f.finding), t(lang, 'debrief.communication.noFindings'));
    return el('article', { className: 'message', attrs: { 'aria-labelledby': headingId } }, [
      el(headingTag(level + 1), { className: 'message__title', text: t(lang, 'debrief.communication.message', { id: m.id }), attrs: { id: headingId } }),
      el('p', { className: 'message__meta' }, [el('span', { text: meta }), ...(published ? [el('span', { text: ' · ' }), evidenceLink(ctx, published.seq)] : [])]),
      m.own
        ? el('blockquote', { className: 'message__text', attrs: { lang: m.own.lang } }, [highlightedText(localise(m.parts[0] ?? '', lang), findings.map((f) => f.finding), lang)])
        : el('blockquote', { className: 'message__text' }, m.parts.map((p) => el('p', { text: localise(p, lang) }))),
      ...(m.own ? [renderRatings(ctx, m.id), renderRatingForm(ctx, m.id)].filter((x): x is HTMLElement => x !== null) : []),
      el(headingTag(level + 2), { className: 'message__findings-title', text: t(lang, m.own ? 'rating.suggestions' : 'debrief.communication.findings') }),
      list,
    ]);
  });
  return el('section', { className: 'debrief__section debrief__communication', attrs: { 'aria-labelledby': titleId, id: ctx.ids.section('communication') } }, [
    el(headingTag(level), { text: t(lang, 'debrief.communication.title'), attrs: { id: titleId } }),
    ...(articles.length > 0 ? articles : [el('p', { text: t(lang, 'debrief.communication.none') })]),
  ]);
}
