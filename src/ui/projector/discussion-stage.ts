// The projector's part for a scenario in modules: the module the facilitator opened, with its time ("Two
// days later, 09:00") and situation, and the discussion question on show, large enough for the back row.
// Only what the public view holds: never key points, script or evaluator guide.
import '../../styles/discussion.css';
import type { PublicView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';

/** The projector shows the discussion part in a discussion-based exercise, and in any other while a question is on show. */
export function showsDiscussion(view: PublicView): boolean {
  return view.discussion.modules.length > 0 && (view.discussion.kind === 'discussion' || view.discussion.question !== null || view.discussion.current !== null);
}

export function renderDiscussionStage(view: PublicView, lang: Language, id: (name: string) => string): HTMLElement {
  const { discussion } = view;
  const module = discussion.modules.find((m) => m.id === discussion.current);
  const titleId = id('discussion-title');
  const children: Node[] = [
    el('h2', { className: 'projector-panel__title', text: module ? localise(module.title, lang) : t(lang, 'discussion.projector.waiting'), attrs: { id: titleId } }),
  ];
  if (module?.timeLabel) children.push(el('p', { className: 'projector-discussion__time', text: localise(module.timeLabel, lang) }));
  if (discussion.question) {
    children.push(
      el('p', { className: 'projector-discussion__label', text: t(lang, 'discussion.projector.question') }),
      el('p', { className: 'projector-discussion__question', text: localise(discussion.question.text, lang), attrs: { 'aria-live': 'polite' } }),
    );
  } else if (module) {
    children.push(el('p', { className: 'projector-discussion__situation', text: localise(module.situation, lang) }));
  }
  return el('section', { className: 'projector-panel projector-discussion', attrs: { 'aria-labelledby': titleId, id: id('discussion') } }, children);
}
