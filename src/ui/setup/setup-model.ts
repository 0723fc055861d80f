// What the trainer fills in before an exercise, and how it becomes the engine's SessionSettings. Plain
// data and pure functions: the setup screen draws a draft and edits it; nothing here touches the DOM.
import type { Scenario } from '../../engine/scenario/schema.js';
import type { SessionSettings, Table } from '../../engine/session/types.js';

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

export interface SetupDraft {
  seed: string;
  tables: TableDraft[];
  seats: Record<string, RoleSeat>;
  mode: SessionSettings['mode'];
  windows: WindowDraft;
  feedback: SessionSettings['feedback'];
  timer: { on: boolean; minutes: string };
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
  | { readonly code: 'no-windows' }
  | { readonly code: 'warnings-not-acknowledged' };

export const MAX_TIMER_MINUTES = 240;

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
  if (draft.timer.on) {
    const minutes = Number(draft.timer.minutes);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TIMER_MINUTES) problems.push({ code: 'timer-invalid' });
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
    feedback: draft.feedback,
    ...(draft.timer.on ? { roundTimerSeconds: Number(draft.timer.minutes) * 60 } : {}),
  };
}
