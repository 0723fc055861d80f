// The decision log as a spreadsheet: one row per decision taken, in the order it was taken, with who
// took it (a player, the trainer as SimCell, or nobody: the default when the deadline passed).
import type { Scenario } from '../../engine/scenario/schema.js';
import type { ExerciseState } from '../../engine/session/types.js';
import { t, type Language } from '../../i18n/index.js';
import { clockText } from '../debrief/format.js';
import { localise } from '../text.js';
import { KEEP_NAMES, type NameSwap } from './anonymise.js';
import { toCsv, type CsvOptions, type CsvValue } from './csv.js';

export interface DecisionRow {
  readonly round: number;
  readonly minute: number;
  readonly role: string;
  readonly decision: string;
  readonly option: string;
  readonly byDefault: boolean;
  readonly rationale: string;
  readonly confidence: number | null;
  readonly actor: string;
}

/** Excel runs a cell that starts like a formula; text people or authors typed must stay text (CSV injection). */
export function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function decisionRows(scenario: Scenario, state: ExerciseState, lang: Language, swap: NameSwap = KEEP_NAMES): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (const e of state.events) {
    if (e.kind !== 'decisionTaken') continue;
    const id = e.data.decision as string;
    const taken = state.decisions[id]?.taken;
    const decision = scenario.decisions.find((d) => d.id === id);
    if (!taken || !decision) continue;
    const owner = scenario.roles.find((r) => r.id === decision.owner);
    const option = decision.options.find((o) => o.id === taken.option);
    const table = taken.actor && taken.actor.kind !== 'trainer' && taken.actor.kind !== 'evaluator'
      ? state.settings.tables.find((tb) => tb.roles.includes(decision.owner))
      : undefined;
    const people = table ? swap.people(table) : [];
    const who = taken.byDefault || taken.actor === null
      ? t(lang, 'export.csv.actorDefault')
      : taken.actor.kind === 'simcell'
        ? t(lang, 'export.csv.actorSimcell')
        : t(lang, 'export.csv.actorPlayer');
    rows.push({
      round: taken.round,
      minute: taken.minute,
      role: owner ? localise(owner.name, lang) : decision.owner,
      decision: localise(decision.prompt, lang),
      option: option ? localise(option.label, lang) : taken.option,
      byDefault: taken.byDefault,
      rationale: swap.text(taken.rationale ?? ''),
      confidence: taken.confidence ?? null,
      actor: people.length > 0 && taken.actor?.kind === 'role' ? `${who} (${people.join(', ')})` : who,
    });
  }
  return rows;
}

export function decisionLogCsv(rows: readonly DecisionRow[], lang: Language, options: CsvOptions): string {
  const header: CsvValue[] = [
    t(lang, 'export.csv.round'),
    t(lang, 'export.csv.clock'),
    t(lang, 'export.csv.role'),
    t(lang, 'export.csv.decision'),
    t(lang, 'export.csv.option'),
    t(lang, 'export.csv.byDefault'),
    t(lang, 'export.csv.rationale'),
    t(lang, 'export.csv.confidence'),
    t(lang, 'export.csv.actor'),
  ];
  const body = rows.map((r): CsvValue[] => [
    r.round,
    clockText(r.minute),
    inert(r.role),
    inert(r.decision),
    inert(r.option),
    t(lang, r.byDefault ? 'export.csv.yes' : 'export.csv.no'),
    inert(r.rationale),
    r.confidence,
    inert(r.actor),
  ]);
  return toCsv([header, ...body], options);
}
