// The MSEL (master scenario events list) columns exercise planners work with. The words on the header row
// and the few tokens in cells ("when", "optional", "projector") come from the caller's dictionary, so a
// Dutch planner gets a Dutch sheet; an import accepts the words of every language it is given.
export const MSEL_COLUMNS = [
  'number',
  'id',
  'time',
  'fromNl',
  'fromEn',
  'to',
  'channel',
  'textNl',
  'textEn',
  'expected',
  'noteNl',
  'noteEn',
  'objective',
] as const;
export type MselColumn = (typeof MSEL_COLUMNS)[number];

export interface MselLabels {
  readonly headers: Readonly<Record<MselColumn, string>>;
  /** In the time column: delivered when its condition holds (the condition stays in the scenario file). */
  readonly when: string;
  /** In the time column: delivered only when the trainer fires it or an effect schedules it. */
  readonly optional: string;
  /** In the "to" column: every role. */
  readonly all: string;
  /** In the "to" column: also shown on the projector. */
  readonly projector: string;
}

export const normalise = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Spreadsheets run a cell that starts with =, +, - or @ as a formula; a leading apostrophe keeps it text. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function protectCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unprotectCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}
