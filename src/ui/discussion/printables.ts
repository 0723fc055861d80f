// The printed documents of a discussion-based exercise, generated from the scenario as HSEEP templates lay
// them out: the situation manual (SitMan) for the participants, the facilitator/evaluator handbook for
// exercise control, and an Exercise Evaluation Guide (EEG) per module. They are made from the scenario (and
// the tables and budgets chosen at setup), so they can be printed before anyone has played.
//
// The SitMan is what the room may read: the setting, the modules' situations and questions. It never holds
// the key points, the facilitator's notes, the critical tasks or the observation prompts — that is controller
// material, and only the handbook and the EEG carry it. Scenario text is untrusted: all of it goes in as text.
import '../../styles/discussion.css';
import { moduleBudgetMinutes } from '../../engine/discussion/modules.js';
import type { ModuleT, QuestionT, Scenario } from '../../engine/scenario/schema.js';
import type { SessionSettings } from '../../engine/session/types.js';
import { objectiveById } from '../../engine/strategy/index.js';
import { OBJECTIVES, type ObjectiveId } from '../../engine/scenario/vocabulary.js';
import { t, type Language } from '../../i18n/index.js';
import { clockLabel, scenarioTime } from '../components/clock.js';
import { threatName } from '../components/structure-status.js';
import { headingTag } from '../debrief/context.js';
import { el } from '../dom.js';
import { paragraphs } from '../participant/context.js';
import { localise } from '../text.js';
import { criterionName, objectiveName } from './names.js';

export type PrintableKind = 'sitman' | 'handbook' | 'eeg';
export const PRINTABLE_KINDS: readonly PrintableKind[] = ['sitman', 'handbook', 'eeg'];

export interface PrintableOptions {
  readonly scenario: Scenario;
  /** The session's settings, where there is one: its per-module time budgets. */
  readonly settings?: SessionSettings;
  readonly lang: Language;
  /** Heading level of the document's title. */
  readonly level: number;
  readonly id: string;
}

/** Whether a scenario has what these documents are made of: modules. */
export function hasPrintables(scenario: Scenario): boolean {
  return scenario.modules.length > 0;
}

const h = (o: PrintableOptions, offset: number) => headingTag(o.level + offset);

function budgetOf(o: PrintableOptions, module: ModuleT): number {
  return o.settings ? moduleBudgetMinutes(module, o.settings) : module.budgetMinutes;
}

function fact(term: string, value: string): HTMLElement {
  return el('div', { className: 'facts__item' }, [el('dt', { text: term }), el('dd', { text: value })]);
}

/** "Saturday 14:10" (the module's own label) or the scenario clock at its start. */
function whenText(o: PrintableOptions, module: ModuleT): string {
  if (module.timeLabel) return localise(module.timeLabel, o.lang);
  const at = scenarioTime(o.scenario.setting.startsAt, module.startsAt, o.lang);
  return at ? `${at.date}, ${at.time} (${clockLabel(module.startsAt)})` : clockLabel(module.startsAt);
}

function roleNames(o: PrintableOptions, ids: readonly string[]): string {
  return ids.map((id) => {
    const role = o.scenario.roles.find((r) => r.id === id);
    return role ? localise(role.name, o.lang) : id;
  }).join(', ');
}

function audienceText(o: PrintableOptions, question: QuestionT): string {
  return question.audience === 'all' ? t(o.lang, 'print.questionForAll') : t(o.lang, 'print.questionFor', { roles: roleNames(o, question.audience) });
}

function usedObjectives(scenario: Scenario): ObjectiveId[] {
  const used = new Set<string>(scenario.modules.flatMap((m) => m.objectives));
  return OBJECTIVES.filter((id) => used.has(id));
}

function documentShell(o: PrintableOptions, kind: PrintableKind, title: string, notice: string, children: readonly Node[]): HTMLElement {
  const titleId = `${o.id}-title`;
  return el('article', { className: `print-doc handbook handbook--${kind}`, attrs: { id: o.id, 'aria-labelledby': titleId, 'data-printable': kind } }, [
    el(h(o, 0), { className: 'handbook__title', text: title, attrs: { id: titleId, tabindex: '-1' } }),
    el('p', { className: 'handbook__notice', text: notice }),
    el('p', { className: 'background__fictional', text: t(o.lang, 'setup.background.fictional') }),
    ...children,
    el('p', { className: 'role-card__footer', text: t(o.lang, 'print.footer') }),
  ]);
}

function settingFacts(o: PrintableOptions): HTMLElement {
  const { scenario: s, lang } = o;
  const start = scenarioTime(s.setting.startsAt, 0, lang);
  const threat = s.setting.threatLevel;
  const threatText =
    threat.region === undefined || threat.region === threat.national
      ? threatName(threat.national, lang)
      : t(lang, 'setup.background.threatRegion', { national: threatName(threat.national, lang), region: threatName(threat.region, lang) });
  return el('dl', { className: 'facts' }, [
    fact(t(lang, 'setup.background.region'), localise(s.setting.region, lang)),
    fact(t(lang, 'setup.background.municipalities'), s.setting.municipalities.map((m) => localise(m.name, lang)).join(', ')),
    fact(t(lang, 'setup.background.start'), start ? t(lang, 'setup.background.startAt', { date: start.date, time: start.time }) : s.setting.startsAt),
    fact(t(lang, 'setup.background.threat'), threatText),
    fact(t(lang, 'print.sitman.duration'), t(lang, 'print.sitman.durationValue', { minutes: s.durationMinutes, count: s.modules.length })),
  ]);
}

function objectivesList(o: PrintableOptions, ids: readonly string[]): HTMLElement {
  return ids.length === 0 ? el('p', { text: t(o.lang, 'print.noObjectives') }) : el('ul', {}, ids.map((id) => el('li', { text: objectiveName(id, o.lang) })));
}

// ---------------------------------------------------------------- situation manual

function sitmanModule(o: PrintableOptions, module: ModuleT): HTMLElement {
  const { lang } = o;
  return el('section', { className: 'handbook__module', attrs: { 'data-module': module.id } }, [
    el(h(o, 2), { text: localise(module.title, lang) }),
    el('p', { className: 'handbook__when', text: whenText(o, module) }),
    ...paragraphs(localise(module.situation, lang)),
    ...(module.questions.length > 0
      ? [
          el(h(o, 3), { text: t(lang, 'print.questions') }),
          el(
            'ol',
            { className: 'handbook__questions' },
            module.questions.map((q) => el('li', { attrs: { 'data-question': q.id } }, [el('p', { text: localise(q.text, lang) }), el('p', { className: 'handbook__meta', text: audienceText(o, q) })])),
          ),
        ]
      : []),
  ]);
}

/** The situation manual: what every participant may read. No key points, notes, tasks or prompts. */
export function renderSituationManual(o: PrintableOptions): HTMLElement {
  const { scenario: s, lang } = o;
  return documentShell(o, 'sitman', t(lang, 'print.sitman.title', { scenario: localise(s.title, lang) }), t(lang, 'print.participants'), [
    el(h(o, 1), { text: t(lang, 'print.sitman.overview') }),
    settingFacts(o),
    el(h(o, 2), { text: t(lang, 'print.objectives') }),
    objectivesList(o, usedObjectives(s)),
    el(h(o, 1), { text: t(lang, 'print.sitman.how') }),
    el('p', { text: t(lang, 'print.sitman.howText') }),
    el(h(o, 1), { text: t(lang, 'setup.background.warningsTitle') }),
    s.contentWarnings.length === 0 ? el('p', { text: t(lang, 'setup.warningsNone') }) : el('ul', {}, s.contentWarnings.map((w) => el('li', { text: localise(w, lang) }))),
    el(h(o, 1), { text: t(lang, 'print.sitman.modules') }),
    ...s.modules.map((m) => sitmanModule(o, m)),
  ]);
}

// ---------------------------------------------------------------- facilitator / evaluator handbook

function budgetTable(o: PrintableOptions): HTMLElement {
  const { scenario: s, lang } = o;
  const total = s.modules.reduce((sum, m) => sum + budgetOf(o, m), 0);
  return el('table', { className: 'data-table handbook__budget' }, [
    el('caption', { text: t(lang, 'print.handbook.budgetCaption') }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: t(lang, 'print.handbook.module'), attrs: { scope: 'col' } }),
        el('th', { text: t(lang, 'print.handbook.scenarioTime'), attrs: { scope: 'col' } }),
        el('th', { text: t(lang, 'print.handbook.minutes'), attrs: { scope: 'col' } }),
      ]),
    ]),
    el('tbody', {}, [
      ...s.modules.map((m) => el('tr', {}, [el('th', { text: localise(m.title, lang), attrs: { scope: 'row' } }), el('td', { text: whenText(o, m) }), el('td', { text: String(budgetOf(o, m)) })])),
      el('tr', {}, [el('th', { text: t(lang, 'print.handbook.total'), attrs: { scope: 'row' } }), el('td', { text: '' }), el('td', { text: String(total) })]),
    ]),
  ]);
}

function criteriaLine(o: PrintableOptions, criteria: readonly string[]): HTMLElement[] {
  return criteria.length === 0 ? [] : [el('p', { className: 'handbook__meta', text: t(o.lang, 'print.handbook.criteria', { criteria: criteria.map((c) => criterionName(c, o.lang)).join('; ') }) })];
}

function handbookQuestion(o: PrintableOptions, q: QuestionT): HTMLElement {
  const { lang } = o;
  return el('li', { className: 'handbook__question', attrs: { 'data-question': q.id } }, [
    el('p', { className: 'handbook__question-text', text: localise(q.text, lang) }),
    el('p', { className: 'handbook__meta', text: audienceText(o, q) }),
    ...criteriaLine(o, q.criteria),
    ...(q.keyPoints.length > 0
      ? [el('p', { className: 'handbook__label', text: t(lang, 'print.handbook.keyPoints') }), el('ul', { className: 'handbook__key-points' }, q.keyPoints.map((k) => el('li', { text: localise(k, lang) })))]
      : []),
  ]);
}

function handbookModule(o: PrintableOptions, module: ModuleT): HTMLElement {
  const { scenario: s, lang } = o;
  const injects = module.injects.map((id) => s.injects.find((i) => i.id === id)).filter((i): i is Scenario['injects'][number] => i !== undefined);
  const decisions = module.decisions.map((id) => s.decisions.find((d) => d.id === id)).filter((d): d is Scenario['decisions'][number] => d !== undefined);
  const children: Node[] = [
    el(h(o, 2), { text: localise(module.title, lang) }),
    el('dl', { className: 'facts' }, [
      fact(t(lang, 'print.module.time'), whenText(o, module)),
      fact(t(lang, 'print.module.budget'), t(lang, 'print.module.budgetValue', { minutes: budgetOf(o, module) })),
      fact(t(lang, 'print.objectives'), module.objectives.map((id) => objectiveName(id, lang)).join('; ') || '—'),
    ]),
    el(h(o, 3), { text: t(lang, 'print.handbook.readAloud') }),
    el('div', { className: 'handbook__read-aloud' }, paragraphs(localise(module.situation, lang))),
  ];
  if (module.script) children.push(el(h(o, 3), { text: t(lang, 'print.handbook.script') }), ...paragraphs(localise(module.script, lang)));
  if (injects.length > 0) {
    children.push(
      el(h(o, 3), { text: t(lang, 'print.handbook.injects') }),
      el('ul', {}, injects.map((i) => el('li', { text: `${localise(i.from, lang)}: ${localise(i.title ?? i.text, lang)}` }))),
    );
  }
  if (decisions.length > 0) children.push(el(h(o, 3), { text: t(lang, 'print.handbook.decisions') }), el('ul', {}, decisions.map((d) => el('li', { text: `${roleNames(o, [d.owner])}: ${localise(d.prompt, lang)}` }))));
  if (module.questions.length > 0) children.push(el(h(o, 3), { text: t(lang, 'print.handbook.questions') }), el('ol', { className: 'handbook__questions' }, module.questions.map((q) => handbookQuestion(o, q))));
  if (module.capabilityTarget) children.push(el(h(o, 3), { text: t(lang, 'print.eeg.target') }), el('p', { text: localise(module.capabilityTarget, lang) }));
  if (module.criticalTasks.length > 0) {
    children.push(
      el(h(o, 3), { text: t(lang, 'discussion.guide.tasks') }),
      el('ul', { className: 'handbook__tasks' }, module.criticalTasks.map((task) => el('li', { attrs: { 'data-task': task.id } }, [el('p', { text: localise(task.text, lang) }), ...criteriaLine(o, task.criteria)]))),
    );
  }
  if (module.observationPrompts.length > 0) children.push(el(h(o, 3), { text: t(lang, 'print.eeg.prompts') }), el('ul', {}, module.observationPrompts.map((p) => el('li', { text: localise(p, lang) }))));
  return el('section', { className: 'handbook__module', attrs: { 'data-module': module.id } }, children);
}

/** The facilitator and evaluator handbook: what to read aloud, the questions with their key points, the time plan and the critical tasks. */
export function renderHandbook(o: PrintableOptions): HTMLElement {
  const { scenario: s, lang } = o;
  const children: Node[] = [el(h(o, 1), { text: t(lang, 'print.handbook.summary') }), ...paragraphs(localise(s.summary, lang)), settingFacts(o)];
  if (s.trainerIntro) children.push(el(h(o, 1), { text: t(lang, 'print.handbook.intro') }), ...paragraphs(localise(s.trainerIntro, lang)));
  children.push(el(h(o, 1), { text: t(lang, 'print.handbook.budget') }), budgetTable(o), el(h(o, 1), { text: t(lang, 'print.sitman.modules') }), ...s.modules.map((m) => handbookModule(o, m)));
  return documentShell(o, 'handbook', t(lang, 'print.handbook.title', { scenario: localise(s.title, lang) }), t(lang, 'print.controller'), children);
}

// ---------------------------------------------------------------- exercise evaluation guides

/** Boxes to tick by hand: HSEEP's four ratings. */
function ratingCell(lang: Language): HTMLElement {
  return el('td', { className: 'eeg__rating', text: t(lang, 'print.rating.box') });
}

function eegSheet(o: PrintableOptions, module: ModuleT): HTMLElement {
  const { scenario: s, lang } = o;
  const title = localise(module.title, lang);
  const head = (cells: readonly string[]) => el('thead', {}, [el('tr', {}, cells.map((c) => el('th', { text: c, attrs: { scope: 'col' } })))]);
  const children: Node[] = [
    el(h(o, 2), { text: t(lang, 'print.eeg.sheet', { module: title }) }),
    el('dl', { className: 'facts' }, [
      fact(t(lang, 'print.eeg.exercise'), localise(s.title, lang)),
      fact(t(lang, 'print.eeg.module'), `${title} — ${whenText(o, module)}`),
      fact(t(lang, 'print.eeg.target'), module.capabilityTarget ? localise(module.capabilityTarget, lang) : t(lang, 'print.eeg.noTarget')),
    ]),
    el(h(o, 3), { text: t(lang, 'print.objectives') }),
    module.objectives.length === 0
      ? el('p', { text: t(lang, 'print.noObjectives') })
      : el('ul', {}, module.objectives.map((id) => el('li', {}, [el('strong', { text: objectiveName(id, lang) }), el('span', { text: ` — ${objectiveById(id).description[lang]}` })]))),
    el(h(o, 3), { text: t(lang, 'discussion.guide.tasks') }),
  ];
  children.push(
    module.criticalTasks.length === 0
      ? el('p', { text: t(lang, 'print.eeg.noTasks') })
      : el('table', { className: 'data-table eeg__tasks' }, [
          el('caption', { text: t(lang, 'print.eeg.tasksCaption', { module: title }) }),
          head([t(lang, 'print.eeg.task'), t(lang, 'print.eeg.criteria'), t(lang, 'print.eeg.notes'), t(lang, 'print.eeg.rating')]),
          el(
            'tbody',
            {},
            module.criticalTasks.map((task) =>
              el('tr', { attrs: { 'data-task': task.id } }, [
                el('th', { text: localise(task.text, lang), attrs: { scope: 'row' } }),
                el('td', { text: task.criteria.map((c) => criterionName(c, lang)).join('; ') }),
                el('td', { className: 'eeg__notes', text: '' }),
                ratingCell(lang),
              ]),
            ),
          ),
        ]),
  );
  if (module.observationPrompts.length > 0) children.push(el(h(o, 3), { text: t(lang, 'print.eeg.prompts') }), el('ul', {}, module.observationPrompts.map((p) => el('li', { text: localise(p, lang) }))));
  if (module.questions.length > 0) {
    children.push(
      el(h(o, 3), { text: t(lang, 'print.eeg.questions') }),
      el('ol', {}, module.questions.map((q) => el('li', { attrs: { 'data-question': q.id } }, [el('p', { text: localise(q.text, lang) }), ...criteriaLine(o, q.criteria)]))),
    );
  }
  if (module.objectives.length > 0) {
    children.push(
      el('table', { className: 'data-table eeg__objectives' }, [
        el('caption', { text: t(lang, 'print.eeg.objectivesCaption', { module: title }) }),
        head([t(lang, 'print.eeg.objective'), t(lang, 'print.eeg.rating'), t(lang, 'print.eeg.why')]),
        el('tbody', {}, module.objectives.map((id) => el('tr', {}, [el('th', { text: objectiveName(id, lang), attrs: { scope: 'row' } }), ratingCell(lang), el('td', { className: 'eeg__notes', text: '' })]))),
      ]),
    );
  }
  children.push(el('dl', { className: 'facts eeg__sign' }, [fact(t(lang, 'print.eeg.evaluator'), ''), fact(t(lang, 'print.eeg.date'), '')]));
  return el('section', { className: 'handbook__module eeg__sheet', attrs: { 'data-module': module.id } }, children);
}

/** One Exercise Evaluation Guide per module: capability target, objectives, critical tasks with a rating column and room for notes. */
export function renderEvaluationGuides(o: PrintableOptions): HTMLElement {
  const { scenario: s, lang } = o;
  return documentShell(o, 'eeg', t(lang, 'print.eeg.title', { scenario: localise(s.title, lang) }), t(lang, 'print.controller'), [
    el('p', { text: t(lang, 'print.eeg.intro') }),
    el('p', { className: 'handbook__meta', text: `${t(lang, 'print.eeg.ratings')}: ${t(lang, 'discussion.guide.ratingHint')}` }),
    ...s.modules.map((m) => eegSheet(o, m)),
  ]);
}

export function renderPrintable(kind: PrintableKind, o: PrintableOptions): HTMLElement {
  if (kind === 'sitman') return renderSituationManual(o);
  if (kind === 'handbook') return renderHandbook(o);
  return renderEvaluationGuides(o);
}
