// What a discussion-based exercise's ids are called on screen: modules, questions, critical tasks,
// criteria and objectives, and what an observation is about. Anything unknown stays its id.
import { criterionById, isCriterionId, objectiveById } from '../../engine/strategy/index.js';
import { OBJECTIVES, type ObjectiveId } from '../../engine/scenario/vocabulary.js';
import type { ObservationTag } from '../../engine/session/types.js';
import type { DiscussionView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { localise } from '../text.js';

export type Discussion = DiscussionView;

export function criterionName(id: string, lang: Language): string {
  return isCriterionId(id) ? `${id} ${criterionById(id).title[lang]}` : id;
}

export function objectiveName(id: string, lang: Language): string {
  return (OBJECTIVES as readonly string[]).includes(id) ? `${id} ${objectiveById(id as ObjectiveId).name[lang]}` : id;
}

export function moduleTitle(discussion: Discussion, id: string | null, lang: Language): string {
  const module = discussion.modules.find((m) => m.id === id);
  return module ? localise(module.title, lang) : (id ?? '');
}

export function questionText(discussion: Discussion, id: string, lang: Language): string {
  const question = discussion.questions.find((q) => q.id === id);
  return question ? localise(question.text, lang) : id;
}

export function criticalTaskText(discussion: Discussion, id: string, lang: Language): string {
  for (const m of discussion.modules) {
    const task = m.evaluatorGuide?.criticalTasks.find((c) => c.id === id);
    if (task) return localise(task.text, lang);
  }
  return id;
}

/** "Critical task: …", "Question: …", "Criterion: C01 …": what an evaluator's observation is about. */
export function tagText(discussion: Discussion, tag: ObservationTag, lang: Language): string {
  if ('criticalTask' in tag) return t(lang, 'discussion.tag.criticalTask', { text: criticalTaskText(discussion, tag.criticalTask, lang) });
  if ('question' in tag) return t(lang, 'discussion.tag.question', { text: questionText(discussion, tag.question, lang) });
  return t(lang, 'discussion.tag.criterion', { text: criterionName(tag.criterion, lang) });
}

/** "mm:ss" for a countdown; never negative. */
export function mmss(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
