// The discussion part of every view (modules, questions, answers, hotwash, feedback), projected for one
// audience. Key points, the facilitator script and the evaluator guide are controller material: only the
// trainer's view carries them. A table sees its own answers; the projector the question the facilitator shows.
import { FEEDBACK_COMMENTS, FEEDBACK_ITEMS, objectiveItem } from '../discussion/feedback-form.js';
import { currentModuleIndex, feedbackOpen, moduleBudgetMinutes, questionIsFor } from '../discussion/modules.js';
import type { ModuleT, QuestionT, Scenario, TextT } from '../scenario/schema.js';
import { eventsOfKind } from '../session/event-index.js';
import type { EngineEvent, ExerciseState, Table } from '../session/types.js';
import { OBJECTIVES } from '../scenario/vocabulary.js';
import type { Audience } from './visibility.js';

export interface AnswerView {
  readonly table: string;
  readonly text: string;
  readonly minute: number;
  readonly seq: number;
}

export interface QuestionView {
  readonly id: string;
  readonly module: string;
  readonly text: TextT;
  /** For the trainer: which tables the question is put to. */
  readonly tables: readonly string[];
  /** The latest answer of each table that may see it (its own for a role; every table's for the trainer). */
  readonly answers: readonly AnswerView[];
  /** Controller material: present only in the trainer's view. */
  readonly keyPoints?: readonly TextT[];
  readonly criteria: readonly string[];
}

export interface ModuleView {
  readonly id: string;
  readonly index: number;
  readonly title: TextT;
  readonly situation: TextT;
  readonly timeLabel: TextT | null;
  readonly startsAt: number;
  readonly started: boolean;
  readonly budgetMinutes: number;
  readonly objectives: readonly string[];
  /** Controller material, trainer's view only. */
  readonly script?: TextT | null;
  readonly evaluatorGuide?: {
    readonly capabilityTarget: TextT | null;
    readonly criticalTasks: ModuleT['criticalTasks'];
    readonly observationPrompts: readonly TextT[];
  };
}

export interface FeedbackSummary {
  readonly responses: number;
  /** Per item: how many rated it and the mean rating (1–5). */
  readonly ratings: readonly { readonly item: string; readonly count: number; readonly mean: number }[];
  readonly comments: readonly { readonly kind: string; readonly text: string }[];
  /** Forms given per module during play (feedback per module): each module's own summary. Absent when there were none. */
  readonly perModule?: readonly ({ readonly module: string } & Omit<FeedbackSummary, 'perModule'>)[];
}

export interface DiscussionView {
  readonly kind: Scenario['exerciseKind'];
  readonly modules: readonly ModuleView[];
  readonly current: string | null;
  readonly question: { readonly id: string; readonly text: TextT; readonly module: string } | null;
  readonly questions: readonly QuestionView[];
  readonly hotwash: readonly { readonly seq: number; readonly kind: 'strength' | 'improvement'; readonly text: string; readonly table: string | null }[];
  /** The trainer's and the report's summary of the feedback forms; null for every other audience. */
  readonly feedback: FeedbackSummary | null;
  /** Whether the room may hand in feedback forms now: after play, or while a module is open where the trainer chose feedback per module. */
  readonly feedbackOpen: boolean;
  /** The form's items (exercise items, then one relevance item per objective the scenario exercises). */
  readonly feedbackItems: readonly string[];
  /** The tables' names, so answers and hotwash points can say whose they are (the room knows its tables). */
  readonly tables: readonly { readonly id: string; readonly name: string }[];
}

function tablesFor(question: QuestionT, tables: readonly Table[]): string[] {
  return tables.filter((t) => questionIsFor(question, t)).map((t) => t.id);
}

/** The objectives the scenario exercises, for the form's relevance questions. */
function exercisedObjectives(scenario: Scenario): string[] {
  const used = new Set<string>(scenario.modules.flatMap((m) => m.objectives));
  for (const c of scenario.scoring.criteria) if (c.objective) used.add(c.objective);
  return OBJECTIVES.filter((o) => used.size === 0 || used.has(o));
}

function summarise(forms: readonly EngineEvent[]): Omit<FeedbackSummary, 'perModule'> {
  const sums = new Map<string, { count: number; total: number }>();
  const comments: { kind: string; text: string }[] = [];
  for (const e of forms) {
    for (const [item, value] of Object.entries(e.data.ratings as Record<string, number>)) {
      const s = sums.get(item) ?? { count: 0, total: 0 };
      sums.set(item, { count: s.count + 1, total: s.total + value });
    }
    for (const kind of FEEDBACK_COMMENTS) {
      const text = (e.data.comments as Record<string, string>)[kind];
      if (text) comments.push({ kind, text });
    }
  }
  const ratings = [...sums].map(([item, s]) => ({ item, count: s.count, mean: Math.round((s.total / s.count) * 10) / 10 }));
  return { responses: forms.length, ratings, comments };
}

/** Every form together, and — where the room gave feedback per module — each module's forms on their own. */
export function feedbackSummary(state: ExerciseState): FeedbackSummary {
  const forms = eventsOfKind(state, 'feedbackGiven');
  const whole = summarise(forms);
  const modules = [...new Set(forms.map((e) => e.data.module).filter((m): m is string => typeof m === 'string'))];
  if (modules.length === 0) return whole;
  return { ...whole, perModule: modules.map((module) => ({ module, ...summarise(forms.filter((e) => e.data.module === module)) })) };
}

export function discussionView(scenario: Scenario, state: ExerciseState, audience: Audience): DiscussionView {
  const trainer = audience.kind === 'trainer';
  const tables = state.settings.tables;
  const myTable = audience.kind === 'role' ? tables.find((t) => t.roles.includes(audience.role)) : undefined;
  const current = currentModuleIndex(scenario, state);
  // The room at the debrief hears every table's answers; during play a table sees only its own.
  const seesAllAnswers = trainer || audience.kind === 'room';

  const latest = new Map<string, AnswerView>();
  for (const e of eventsOfKind(state, 'answerGiven')) {
    const table = e.data.table as string;
    if (!seesAllAnswers && table !== myTable?.id) continue;
    latest.set(`${e.data.question as string}|${table}`, { table, text: e.data.text as string, minute: e.minute, seq: e.seq });
  }

  const modules: ModuleView[] = scenario.modules.map((m, index) => ({
    id: m.id,
    index,
    title: m.title,
    // A module's situation is news to the room only once the facilitator opens it.
    situation: trainer || index <= current ? m.situation : '',
    timeLabel: m.timeLabel ?? null,
    startsAt: m.startsAt,
    started: index <= current,
    budgetMinutes: moduleBudgetMinutes(m, state.settings),
    objectives: m.objectives,
    ...(trainer
      ? {
          script: m.script ?? null,
          evaluatorGuide: { capabilityTarget: m.capabilityTarget ?? null, criticalTasks: m.criticalTasks, observationPrompts: m.observationPrompts },
        }
      : {}),
  }));
  const visibleModules = trainer ? modules : modules.filter((m) => m.started);

  const questions: QuestionView[] = [];
  scenario.modules.forEach((m, index) => {
    if (!trainer && index > current) return;
    for (const q of m.questions) {
      const put = tablesFor(q, tables);
      if (audience.kind === 'role' && (!myTable || !put.includes(myTable.id))) continue;
      questions.push({
        id: q.id,
        module: m.id,
        text: q.text,
        tables: put,
        answers: put.flatMap((t) => latest.get(`${q.id}|${t}`) ?? []),
        criteria: q.criteria,
        ...(trainer ? { keyPoints: q.keyPoints } : {}),
      });
    }
  });

  const shown = state.room.question;
  const shownQuestion = shown === null ? null : scenario.modules.flatMap((m) => m.questions.map((q) => ({ q, m }))).find((x) => x.q.id === shown);
  const hotwash = eventsOfKind(state, 'hotwashNote').map((e) => ({ seq: e.seq, kind: e.data.kind as 'strength' | 'improvement', text: e.data.text as string, table: (e.data.table as string | null) ?? null }));

  return {
    kind: scenario.exerciseKind,
    modules: visibleModules,
    current: state.room.module,
    question: shownQuestion ? { id: shownQuestion.q.id, text: shownQuestion.q.text, module: shownQuestion.m.id } : null,
    questions,
    hotwash,
    feedback: trainer || audience.kind === 'room' ? feedbackSummary(state) : null,
    feedbackOpen: feedbackOpen(scenario, state),
    feedbackItems: [...FEEDBACK_ITEMS, ...exercisedObjectives(scenario).map(objectiveItem)],
    tables: tables.map((t) => ({ id: t.id, name: t.name })),
  };
}
