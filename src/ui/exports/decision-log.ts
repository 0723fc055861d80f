// The decision log as a spreadsheet: one row per decision taken, in the order it was taken, with who
// took it (a player, the trainer as SimCell, or nobody: the default when the deadline passed), and for a policy
// team's decision the team, whether it sat, its chair and the members present, as recorded when it was taken.
import type { Scenario } from '../../engine/scenario/schema.js';
import type { TeamSitting } from '../../engine/session/team-decisions.js';
import type { ExerciseState } from '../../engine/session/types.js';
import { t, type Language } from '../../i18n/index.js';
import { named } from '../debrief/event-text.js';
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
  /** The deciding team's name; empty for a decision of one office. */
  readonly team: string;
  /** Whether the team sat when the decision was taken; null when not recorded (one office's decision, or the default). */
  readonly teamSat: boolean | null;
  /** The team's chair then, as an office name; empty when it did not sit or nothing was recorded. */
  readonly chair: string;
  /** The member roles present, by role name, in scenario order. */
  readonly present: readonly string[];
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
      ...teamColumns(scenario, decision.team, taken.team, lang),
    });
  }
  return rows;
}

type TeamColumns = Pick<DecisionRow, 'team' | 'teamSat' | 'chair' | 'present'>;

/**
 * The team columns in words a trainer reads: the team's and the chair's office names from the dictionary, the members
 * by their role names. A default taken when the deadline passed recorded no sitting: only the team's name is known.
 */
function teamColumns(scenario: Scenario, team: string | undefined, sitting: TeamSitting | undefined, lang: Language): TeamColumns {
  const id = sitting?.team ?? team;
  if (id === undefined) return { team: '', teamSat: null, chair: '', present: [] };
  return {
    team: named('team', id, lang),
    teamSat: sitting ? sitting.sitting : null,
    chair: sitting?.chair ? named('office', sitting.chair, lang) : '',
    present: (sitting?.present ?? []).map((roleId) => {
      const role = scenario.roles.find((r) => r.id === roleId);
      return role ? localise(role.name, lang) : roleId;
    }),
  };
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
    t(lang, 'export.csv.team'),
    t(lang, 'export.csv.teamSat'),
    t(lang, 'export.csv.chair'),
    t(lang, 'export.csv.present'),
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
    inert(r.team),
    r.teamSat === null ? null : t(lang, r.teamSat ? 'export.csv.yes' : 'export.csv.no'),
    inert(r.chair),
    // Role names are scenario text: the whole list stays text, whatever the first name starts with.
    inert(r.present.join(', ')),
  ]);
  return toCsv([header, ...body], options);
}
