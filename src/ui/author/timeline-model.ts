// The inject timeline an author reads before playing: per role, what reaches it in which round, and which
// decisions open for it. Rounds follow the engine's clock (round r begins at minute (r−1) × minutesPerRound,
// the last one at the end time), and a timed inject arrives in the first round that begins at or after its
// time, as deliverDue delivers it. Injects and decisions that wait for a condition, or for the trainer or an
// effect, have no fixed round: they get columns of their own.
import type { Path } from '../../engine/scenario/paths.js';
import type { Decision, Inject, Role, Scenario, TextT } from '../../engine/scenario/schema.js';

export type ColumnKind = 'round' | 'condition' | 'trainer';

export interface TimelineColumn {
  readonly key: string;
  readonly kind: ColumnKind;
  /** For a round column: its number and the minute it begins. */
  readonly round?: number;
  readonly minute?: number;
}

export interface TimelineItem {
  readonly kind: 'inject' | 'decision';
  readonly id: string;
  /** The inject's title (or its text when it has none), or the decision's prompt. */
  readonly label: TextT;
  /** Where it stands in the file, for a link to its line. */
  readonly path: Path;
  /** The scenario minute it is due (an inject's "at", a decision's "opensAt"), when it has one. */
  readonly at?: number;
  /** Seeded variants may deliver a timed inject later, by up to this many minutes. */
  readonly laterBy?: number;
  /** Decisions: rounds the owner has before the default applies. */
  readonly deadlineRounds?: number;
  /** Decisions with a time and a condition: they open from that time, once the condition holds. */
  readonly alsoWhen?: boolean;
  /** Injects: also shown on the projector. */
  readonly projector?: boolean;
}

export interface TimelineRow {
  /** A role of the scenario, or null for the projector (what the whole room sees). */
  readonly role: Role | null;
  readonly cells: ReadonlyMap<string, readonly TimelineItem[]>;
}

export interface Timeline {
  readonly columns: readonly TimelineColumn[];
  readonly rows: readonly TimelineRow[];
}

/** The minute each round begins, capped at the end time the way the engine caps the clock. */
export function roundStarts(scenario: Scenario): number[] {
  const { minutesPerRound: per, endsAt } = scenario.clock;
  const count = Math.ceil(endsAt / per) + 1;
  return Array.from({ length: count }, (_, i) => Math.min(i * per, endsAt));
}

/** The round in which something due at `minute` happens: the first that begins at or after it. */
export function roundAt(starts: readonly number[], minute: number): number | null {
  const index = starts.findIndex((start) => start >= minute);
  return index < 0 ? null : index + 1;
}

function injectColumn(inject: Inject, starts: readonly number[]): string {
  if (!inject.optional && inject.at !== undefined) {
    const round = roundAt(starts, inject.at);
    return round === null ? 'trainer' : `round-${round}`;
  }
  if (!inject.optional && inject.when !== undefined) return 'condition';
  return 'trainer';
}

/** A decision with both a time and a condition opens at the earliest in the round of its time: shown there. */
function decisionColumn(decision: Decision, starts: readonly number[]): string {
  if (decision.when !== undefined && decision.opensAt === undefined) return 'condition';
  const round = roundAt(starts, decision.opensAt ?? 0);
  return round === null ? 'condition' : `round-${round}`;
}

function injectItem(inject: Inject, index: number): TimelineItem {
  const delays = inject.variants.map((v) => v.delayMinutes);
  const laterBy = delays.length === 0 ? 0 : Math.max(...delays);
  return {
    kind: 'inject',
    id: inject.id,
    label: inject.title ?? inject.text,
    path: ['injects', index],
    ...(inject.at === undefined ? {} : { at: inject.at }),
    ...(laterBy > 0 ? { laterBy } : {}),
    ...(inject.to.projector ? { projector: true } : {}),
  };
}

function decisionItem(decision: Decision, index: number): TimelineItem {
  return {
    kind: 'decision',
    id: decision.id,
    label: decision.prompt,
    path: ['decisions', index],
    ...(decision.opensAt === undefined ? {} : { at: decision.opensAt }),
    ...(decision.opensAt !== undefined && decision.when !== undefined ? { alsoWhen: true } : {}),
    deadlineRounds: decision.deadlineRounds,
  };
}

export function buildTimeline(scenario: Scenario): Timeline {
  const starts = roundStarts(scenario);
  const columns: TimelineColumn[] = [
    ...starts.map((minute, i): TimelineColumn => ({ key: `round-${i + 1}`, kind: 'round', round: i + 1, minute })),
    { key: 'condition', kind: 'condition' },
    { key: 'trainer', kind: 'trainer' },
  ];
  const cells = new Map<string | null, Map<string, TimelineItem[]>>();
  const add = (role: string | null, column: string, item: TimelineItem) => {
    let row = cells.get(role);
    if (!row) cells.set(role, (row = new Map()));
    row.set(column, [...(row.get(column) ?? []), item]);
  };
  scenario.injects.forEach((inject, index) => {
    const column = injectColumn(inject, starts);
    const item = injectItem(inject, index);
    const roles = inject.to.roles === 'all' ? scenario.roles.map((r) => r.id) : inject.to.roles;
    for (const role of roles) add(role, column, item);
    if (inject.to.projector) add(null, column, item);
  });
  scenario.decisions.forEach((decision, index) => add(decision.owner, decisionColumn(decision, starts), decisionItem(decision, index)));

  const byTime = (a: TimelineItem, b: TimelineItem) => (a.at ?? 0) - (b.at ?? 0);
  const rowOf = (key: string | null): ReadonlyMap<string, readonly TimelineItem[]> =>
    new Map([...(cells.get(key) ?? new Map<string, TimelineItem[]>())].map(([column, items]) => [column, [...items].sort(byTime)]));
  const rows: TimelineRow[] = scenario.roles.map((role) => ({ role, cells: rowOf(role.id) }));
  if (cells.has(null)) rows.push({ role: null, cells: rowOf(null) });
  // Columns nobody uses (no conditional or trainer-fired items) would only widen the table.
  const used = new Set(rows.flatMap((row) => [...row.cells.keys()]));
  return { columns: columns.filter((c) => c.kind === 'round' || used.has(c.key)), rows };
}
