// What the trainer fills in before an exercise, and how it becomes the engine's SessionSettings. Plain
// data and pure functions: the setup screen draws a draft and edits it; nothing here touches the DOM.
import type { Scenario } from '../../engine/scenario/schema.js';
import type { SessionSettings, Table } from '../../engine/session/types.js';
import { playChoiceProblems, playSettings, type PlayChoices } from '../../engine/session/play-choices.js';
import type { PlayDraft } from '../components/play-choices.js';

/** Where a role sits: at a table, played by the trainer (SimCell), or left to the scenario's defaults. */
export type RoleSeat = { readonly kind: 'table'; readonly table: string } | { readonly kind: 'simcell' } | { readonly kind: 'defaults' };

export interface TableDraft {
  readonly id: string;
  name: string;
  /** One participant per line, as typed. */
  participants: string;
}

export interface WindowDraft {
  projector: boolean;
  station: boolean;
  tables: boolean;
  evaluator: boolean;
}

/** The exercise's set-up; how it plays (feedback, timer, guided mode, messages, modules) is the shared PlayDraft. */
export interface SetupDraft extends PlayDraft {
  seed: string;
  tables: TableDraft[];
  seats: Record<string, RoleSeat>;
  mode: SessionSettings['mode'];
  windows: WindowDraft;
  acknowledged: boolean;
  /** For the next table's id: ids stay unique even after tables are removed. */
  nextTable: number;
}

export type SetupProblem =
  | { readonly code: 'seed-empty' }
  | { readonly code: 'no-tables' }
  | { readonly code: 'table-empty'; readonly table: string }
  | { readonly code: 'table-unnamed'; readonly table: string }
  | { readonly code: 'table-name-twice'; readonly table: string }
  | { readonly code: 'required-role-unplayed'; readonly role: string }
  | { readonly code: 'timer-invalid' }
  | { readonly code: 'module-minutes-invalid'; readonly module: string }
  | { readonly code: 'no-windows' }
  | { readonly code: 'warnings-not-acknowledged' };

// The rules of the play choices are the engine's (session/play-choices.ts), shared with the classroom host.
export { MAX_MODULE_MINUTES } from '../../engine/session/play-choices.js';

/** One table per role the exercise needs, named after the role; optional roles are left to their defaults. */
export function defaultDraft(scenario: Scenario, seed: string, roleName: (role: Scenario['roles'][number]) => string): SetupDraft {
  const required = scenario.roles.filter((r) => r.required);
  const tables = required.map((role, i) => ({ id: `table-${i + 1}`, name: roleName(role), participants: '' }));
  const seats: Record<string, RoleSeat> = {};
  required.forEach((role, i) => (seats[role.id] = { kind: 'table', table: `table-${i + 1}` }));
  for (const role of scenario.roles) seats[role.id] ??= { kind: 'defaults' };
  return {
    seed,
    tables,
    seats,
    mode: 'hotseat',
    windows: { projector: true, station: true, tables: false, evaluator: false },
    feedback: 'perRound',
    timer: { on: false, minutes: '10' },
    messages: scenario.communication.mode,
    runByModule: false,
    guided: false,
    moduleMinutes: Object.fromEntries(scenario.modules.map((m) => [m.id, String(m.budgetMinutes)])),
    moduleFeedback: false,
    acknowledged: false,
    nextTable: tables.length + 1,
  };
}

export function addTable(draft: SetupDraft, name: string): TableDraft {
  const table = { id: `table-${draft.nextTable}`, name, participants: '' };
  draft.nextTable += 1;
  draft.tables.push(table);
  return table;
}

/** Remove a table; its roles go to the first remaining table, so no role silently stops being played. */
export function removeTable(draft: SetupDraft, id: string): void {
  draft.tables = draft.tables.filter((t) => t.id !== id);
  const fallback = draft.tables[0];
  for (const [role, seat] of Object.entries(draft.seats)) {
    if (seat.kind === 'table' && seat.table === id) draft.seats[role] = fallback ? { kind: 'table', table: fallback.id } : { kind: 'simcell' };
  }
}

export function rolesAt(draft: SetupDraft, scenario: Scenario, table: string): string[] {
  return scenario.roles.filter((r) => {
    const seat = draft.seats[r.id];
    return seat?.kind === 'table' && seat.table === table;
  }).map((r) => r.id);
}

export function participantsOf(table: TableDraft): string[] {
  return table.participants
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function validate(draft: SetupDraft, scenario: Scenario): SetupProblem[] {
  const problems: SetupProblem[] = [];
  if (draft.seed.trim() === '') problems.push({ code: 'seed-empty' });
  if (draft.tables.length === 0) problems.push({ code: 'no-tables' });
  const names = new Set<string>();
  for (const table of draft.tables) {
    const name = table.name.trim();
    if (name === '') problems.push({ code: 'table-unnamed', table: table.id });
    else if (names.has(name.toLowerCase())) problems.push({ code: 'table-name-twice', table: table.id });
    names.add(name.toLowerCase());
    if (rolesAt(draft, scenario, table.id).length === 0) problems.push({ code: 'table-empty', table: table.id });
  }
  for (const role of scenario.roles) {
    if (role.required && (draft.seats[role.id]?.kind ?? 'defaults') === 'defaults') problems.push({ code: 'required-role-unplayed', role: role.id });
  }
  for (const p of playChoiceProblems(scenario, choicesOf(draft, scenario))) {
    if (p.code === 'timer-invalid') problems.push({ code: 'timer-invalid' });
    else problems.push({ code: 'module-minutes-invalid', module: p.module });
  }
  if (draft.mode === 'multiwindow' && !draft.windows.tables && !draft.windows.station) problems.push({ code: 'no-windows' });
  if (draft.mode === 'hotseat' && !draft.windows.station && !draft.windows.tables) problems.push({ code: 'no-windows' });
  if (scenario.contentWarnings.length > 0 && !draft.acknowledged) problems.push({ code: 'warnings-not-acknowledged' });
  return problems;
}

/** The engine's settings for a draft that validated. Tables keep the draft's order: hot-seat turns follow it. */
export function toSettings(draft: SetupDraft, scenario: Scenario): SessionSettings {
  const tables: Table[] = draft.tables.map((t) => {
    const participants = participantsOf(t);
    return { id: t.id, name: t.name.trim(), roles: rolesAt(draft, scenario, t.id), ...(participants.length > 0 ? { participants } : {}) };
  });
  return {
    mode: draft.mode,
    tables,
    simcell: scenario.roles.filter((r) => draft.seats[r.id]?.kind === 'simcell').map((r) => r.id),
    ...playSettings(scenario, choicesOf(draft, scenario)),
  };
}

/** The draft's play choices as numbers (an empty or mistyped field stays NaN, which the rules refuse). */
function choicesOf(draft: SetupDraft, scenario: Scenario): PlayChoices {
  return {
    feedback: draft.feedback,
    timerMinutes: draft.timer.on ? Number(draft.timer.minutes) : null,
    guided: draft.guided,
    messages: draft.messages,
    runByModule: draft.runByModule,
    moduleMinutes: Object.fromEntries(scenario.modules.map((m) => [m.id, Number(draft.moduleMinutes[m.id] ?? m.budgetMinutes)])),
    moduleFeedback: draft.moduleFeedback,
  };
}

/**
 * Table layouts a trainer picks in one click. "groups" seats every role the exercise needs at the table
 * of its part of the crisis structure (DOMAIN.md §2–§3): the policy teams (GBT, RBT), the driehoek with
 * the operational teams (CoPI, ROT, SGBO and the local partners), and the national crisis structure
 * (NCTV, ICCb, MCCb, NKC, DSI). "local-national" makes two tables of the same; "per-role" is one table
 * per required role (the default); "one" puts every required role at one table.
 */
export type TableLayout = 'groups' | 'local-national' | 'per-role' | 'one';
export const TABLE_LAYOUTS: readonly TableLayout[] = ['groups', 'local-national', 'per-role', 'one'];

export type LayoutGroup = 'policy' | 'operational' | 'national';
export const LAYOUT_GROUPS: readonly LayoutGroup[] = ['policy', 'operational', 'national'];

const POLICY_TEAMS: ReadonlySet<string> = new Set(['GBT', 'RBT', 'Veiligheidsberaad']);
const NATIONAL_TEAMS: ReadonlySet<string> = new Set(['NCC', 'beleidsteamDsi', 'IAO', 'ICCb', 'MCCb', 'NKC', 'LOCC', 'DCC']);
/** External parties that act nationally (the DSI, the online-content authority, the ministers); other external parties work on scene. */
const NATIONAL_OFFICES: ReadonlySet<string> = new Set(['nctv', 'ministerJenV', 'ministerPresident', 'ministerIenW', 'nkcDirector', 'nccHead', 'dsiHead', 'chairCollegePg', 'atkm', 'airTrafficControl']);

/** Which part of the crisis structure a role belongs to, from its team and office. */
export function layoutGroupOf(role: Scenario['roles'][number]): LayoutGroup {
  if (POLICY_TEAMS.has(role.team)) return 'policy';
  if (NATIONAL_TEAMS.has(role.team) || NATIONAL_OFFICES.has(role.office)) return 'national';
  return 'operational';
}

/** The roles a layout seats: every role the exercise needs and every role a table plays now. */
function seatedRoles(draft: SetupDraft, scenario: Scenario): Scenario['roles'] {
  return scenario.roles.filter((r) => r.required || draft.seats[r.id]?.kind === 'table');
}

/** The tables a layout would make for this scenario: a name key and its roles, empty groups left out. */
export function layoutTables(draft: SetupDraft, scenario: Scenario, layout: TableLayout): { readonly group: LayoutGroup | 'all' | 'local' | string; readonly roles: readonly string[] }[] {
  const roles = seatedRoles(draft, scenario);
  switch (layout) {
    case 'per-role':
      return roles.map((r) => ({ group: r.id, roles: [r.id] }));
    case 'one':
      return roles.length === 0 ? [] : [{ group: 'all', roles: roles.map((r) => r.id) }];
    case 'groups':
      return LAYOUT_GROUPS.map((group) => ({ group, roles: roles.filter((r) => layoutGroupOf(r) === group).map((r) => r.id) })).filter((g) => g.roles.length > 0);
    case 'local-national':
      return [
        { group: 'local', roles: roles.filter((r) => layoutGroupOf(r) !== 'national').map((r) => r.id) },
        { group: 'national', roles: roles.filter((r) => layoutGroupOf(r) === 'national').map((r) => r.id) },
      ].filter((g) => g.roles.length > 0);
  }
}

/**
 * Replace the tables with a layout's. Participants typed for a table stay with the first new table that
 * seats one of its roles, so a trainer who named people before choosing a layout does not lose them.
 */
export function applyLayout(draft: SetupDraft, scenario: Scenario, layout: TableLayout, tableName: (group: string) => string): void {
  const planned = layoutTables(draft, scenario, layout);
  const people = new Map<string, string>();
  for (const table of draft.tables) for (const role of rolesAt(draft, scenario, table.id)) if (table.participants.trim() !== '' && !people.has(role)) people.set(role, table.participants);
  const used = new Set<string>();
  draft.tables = planned.map((p, i) => {
    const id = `table-${draft.nextTable + i}`;
    for (const role of p.roles) draft.seats[role] = { kind: 'table', table: id };
    const carried = p.roles.map((r) => people.get(r)).find((v): v is string => v !== undefined && !used.has(v));
    if (carried !== undefined) used.add(carried);
    return { id, name: tableName(p.group), participants: carried ?? '' };
  });
  draft.nextTable += planned.length;
}
