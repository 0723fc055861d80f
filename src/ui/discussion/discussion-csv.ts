// The discussion record as a spreadsheet: every table's answer, every observation (with its rating and
// what it is about), every hotwash point and every feedback form (one row per rating or comment, forms
// numbered in the order they came in — anonymous, so nothing says whose). One file, a "record" column to
// filter on.
import { feedbackSummary } from '../../engine/views/discussion.js';
import { debriefView } from '../../engine/views/debrief-view.js';
import type { Scenario } from '../../engine/scenario/schema.js';
import type { ExerciseState } from '../../engine/session/types.js';
import { t, type Language } from '../../i18n/index.js';
import { clockText } from '../debrief/format.js';
import { KEEP_NAMES, type NameSwap } from '../exports/anonymise.js';
import { toCsv, type CsvOptions, type CsvValue } from '../exports/csv.js';
import { inert } from '../exports/decision-log.js';
import { localise } from '../text.js';
import { feedbackItemText } from './feedback-fields.js';
import { moduleTitle, tagText } from './names.js';
import { tableLabel } from './report.js';

export function discussionRows(scenario: Scenario, state: ExerciseState, lang: Language, swap: NameSwap = KEEP_NAMES): CsvValue[][] {
  const view = debriefView(scenario, state, 'trainer');
  const d = view.discussion;
  const rows: CsvValue[][] = [];
  for (const q of d.questions) {
    for (const a of q.answers) {
      rows.push([t(lang, 'discussion.csv.answer'), moduleTitle(d, q.module, lang), localise(q.text, lang), swap.text(tableLabel(view, a.table, lang)), '', swap.text(a.text), clockText(a.minute)]);
    }
  }
  for (const ob of view.observations ?? []) {
    const module = ob.tag && 'question' in ob.tag ? d.questions.find((q) => ob.tag && 'question' in ob.tag && q.id === ob.tag.question)?.module : undefined;
    const taskModule = ob.tag && 'criticalTask' in ob.tag ? d.modules.find((m) => m.evaluatorGuide?.criticalTasks.some((c) => ob.tag && 'criticalTask' in ob.tag && c.id === ob.tag.criticalTask))?.id : undefined;
    rows.push([
      t(lang, 'discussion.csv.observation'),
      moduleTitle(d, module ?? taskModule ?? null, lang),
      ob.tag ? tagText(d, ob.tag, lang) : '',
      swap.text(ob.by),
      ob.rating ?? '',
      swap.text(ob.text),
      clockText(ob.minute),
    ]);
  }
  for (const n of d.hotwash) {
    rows.push([t(lang, n.kind === 'strength' ? 'discussion.csv.strength' : 'discussion.csv.improvement'), '', '', swap.text(tableLabel(view, n.table, lang)), '', swap.text(n.text), '']);
  }
  let form = 0;
  for (const e of state.events) {
    if (e.kind !== 'feedbackGiven') continue;
    form += 1;
    const label = t(lang, 'discussion.csv.form', { number: form });
    // A form given per module during play says which module it was about.
    const about = typeof e.data.module === 'string' ? moduleTitle(d, e.data.module, lang) : '';
    for (const [item, value] of Object.entries(e.data.ratings as Record<string, number>)) rows.push([t(lang, 'discussion.csv.feedback'), about, feedbackItemText(item, lang), label, value, '', '']);
    for (const [kind, text] of Object.entries(e.data.comments as Record<string, string>)) {
      rows.push([t(lang, 'discussion.csv.feedback'), about, t(lang, `discussion.feedback.comment.${kind as 'other'}`), label, '', swap.text(text), '']);
    }
  }
  return rows.map((r) => r.map((v) => (typeof v === 'string' ? inert(v) : v)));
}

/** Whether the run recorded anything this file would hold. */
export function hasDiscussionRecord(scenario: Scenario, state: ExerciseState): boolean {
  return scenario.modules.length > 0 || state.events.some((e) => e.kind === 'hotwashNote' || e.kind === 'feedbackGiven' || e.kind === 'observation') || feedbackSummary(state).responses > 0;
}

export function discussionCsv(scenario: Scenario, state: ExerciseState, lang: Language, options: CsvOptions, swap: NameSwap = KEEP_NAMES): string {
  const header: CsvValue[] = [
    t(lang, 'discussion.csv.record'),
    t(lang, 'discussion.csv.module'),
    t(lang, 'discussion.csv.about'),
    t(lang, 'discussion.csv.who'),
    t(lang, 'discussion.csv.rating'),
    t(lang, 'discussion.csv.text'),
    t(lang, 'discussion.csv.clock'),
  ];
  return toCsv([header, ...discussionRows(scenario, state, lang, swap)], options);
}
