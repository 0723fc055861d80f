// The budgets of ../shared/DESIGN.md "Budgets", as data the table checks each figure against.
// Each says what it protects for the people in the room; docs/performance.md repeats that in prose.

export interface Budget {
  readonly id: string;
  /** As the table shows it, e.g. "≤ 0.5 ms". */
  readonly text: string;
  readonly limit: number;
  /** Whether a figure must stay at or below the limit (times, sizes) or reach it (rates). */
  readonly kind: 'atMost' | 'atLeast';
  readonly protects: string;
}

const budget = (id: string, text: string, limit: number, kind: Budget['kind'], protects: string): Budget => ({ id, text, limit, kind, protects });

export const BUDGETS = {
  firstScreenJs: budget('firstScreenJs', '≤ 60 KB', 60, 'atMost', 'the first screen opens at once on a classroom laptop, even on a slow school network'),
  phaserOutsideFirstScreen: budget('phaserOutsideFirstScreen', '= 0 KB', 0, 'atMost', 'Phaser (≈ 360 KB gzip) is only fetched when a board is shown'),
  applyCommandP99: budget('applyCommandP99', '≤ 0.5 ms', 0.5, 'atMost', 'a click reacts within a frame, even the slowest one in a hundred'),
  replay1000: budget('replay1000', '≤ 50 ms', 50, 'atMost', 'resuming, scrubbing the debrief and forking feel instant'),
  load1MB: budget('load1MB', '≤ 50 ms', 50, 'atMost', 'opening even a very large scenario file shows its result at once'),
  hostile1MB: budget('hostile1MB', '≤ 200 ms', 200, 'atMost', 'a broken or hostile file of 1 MB is answered with its problems at once'),
  hostile10MB: budget('hostile10MB', '≤ 2 s', 2000, 'atMost', 'even a 10 MB hostile file is answered with its problems in seconds, never a frozen tab'),
  playthroughs: budget('playthroughs', '≥ 200 /s', 200, 'atLeast', 'authors can playtest thousands of seeded runs while they wait'),
  boardFrame500: budget('boardFrame500', '≤ 8 ms', 8, 'atMost', 'the board stays smooth on the projector with a busy picture and leaves the rest of the frame to the page'),
} as const satisfies Record<string, Budget>;

export type BudgetId = keyof typeof BUDGETS;

export function within(b: Budget, value: number): boolean {
  return b.kind === 'atMost' ? value <= b.limit : value >= b.limit;
}

export function budgetStatus(id: BudgetId, value: number): 'within' | 'over' {
  return within(BUDGETS[id], value) ? 'within' : 'over';
}
