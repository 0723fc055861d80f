// The communication checks per public message: what was published, by whom and in which voice, and
// what each principle (DOMAIN.md §5) found in it. The verdict is written out, never only coloured.
import { t, tDynamic } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { named } from '../components/structure-status.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { channelName } from './action-text.js';
import { panel, type ConsoleContext } from './context.js';
import { roleName } from './names.js';
import { highlightedText, ratingForm, ratingList } from '../components/message-rating.js';
import type { Finding } from '../../engine/index.js';

export function renderFindingsPanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const title = t(lang, 'trainer.findings.title');
  if (view.messages.length === 0) return panel(ctx, 'findings', title, [el('p', { className: 'trainer-note', text: t(lang, 'trainer.findings.none') })]);
  const findings = view.timeline.filter((e) => e.kind === 'communicationFinding');
  const items = [...view.messages].reverse().map((m) => {
    const headingId = ctx.id(`finding-${m.id}`);
    const mine = findings.filter((f) => f.data.message === m.id);
    const heading = t(lang, 'trainer.findings.message', {
      id: m.id,
      clock: clockLabel(m.minute),
      role: roleName(view, m.role, lang),
      voice: named('communication.voice', m.voice, lang),
      channel: channelName(m.channel, lang),
    });
    // A message in own words: the matched words highlighted, and the evaluator rates it here during play
    // (the same form and command as in the debrief); the automatic findings below stay as suggestions.
    const own = m.own
      ? [
          el('blockquote', { className: 'trainer-message__text', attrs: { lang: m.own.lang } }, [
            highlightedText(localise(m.parts[0] ?? '', lang), mine.map((f) => f.data as unknown as Finding), lang),
          ]),
          ratingList(lang, view.ratings, m.id),
          ratingForm(lang, ctx.id(`rate-${m.id}`), { 'data-form': 'rate-message', 'data-message': m.id }),
        ]
      : [el('blockquote', { className: 'trainer-message__text' }, m.parts.map((p) => el('p', { text: localise(p, lang) })))];
    return el('article', { className: 'trainer-message', attrs: { 'aria-labelledby': headingId, 'data-key': `message-${m.id}` } }, [
      el('h3', { className: 'trainer-minor-title', text: heading, attrs: { id: headingId } }),
      ...own,
      ...(m.own ? [el('h4', { className: 'trainer-subtitle', text: t(lang, 'rating.suggestions') })] : []),
      mine.length === 0
        ? el('p', { className: 'trainer-note', text: t(lang, 'trainer.findings.nothing') })
        : el(
            'ul',
            { className: 'trainer-findings' },
            mine.map((f) => {
              const verdict = String(f.data.verdict);
              return el('li', { className: `trainer-finding trainer-finding--${verdict}`, attrs: { 'data-key': `f-${f.seq}` } }, [
                el('strong', { className: 'trainer-finding__verdict', text: `${named('communication.verdict', verdict, lang)} — ${named('principle', String(f.data.principle), lang)}: ` }),
                document.createTextNode(tDynamic(lang, `finding.${String(f.data.code)}`, (f.data.params ?? {}) as Record<string, string | number>)),
              ]);
            }),
          ),
    ]);
  });
  return panel(ctx, 'findings', title, items);
}
