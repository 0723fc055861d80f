// How the debrief and its exports write times and scores. The time of day is computed on the
// scenario's own wall-clock fields in UTC, so the viewer's time zone never shifts it.
import type { Language } from '../../i18n/index.js';

/** "T+05", "T+120": minutes since T+0, the way exercise staff write it. */
export function clockText(minute: number): string {
  return `T+${String(minute).padStart(2, '0')}`;
}

const START = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "10:50" in the scenario's own time, or null when the start is not in the scenario format. */
export function timeOfDay(startsAt: string, minute: number): string | null {
  const m = START.exec(startsAt);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi) + minute * 60_000);
  return `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
}

/** "T+20 (10:50)". */
export function clockWithTime(startsAt: string, minute: number): string {
  const time = timeOfDay(startsAt, minute);
  return time === null ? clockText(minute) : `${clockText(minute)} (${time})`;
}

/** The scenario's start date, written out in the language. */
export function scenarioDate(startsAt: string, lang: Language): string {
  const m = START.exec(startsAt);
  if (!m) return startsAt;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, mo - 1, d)));
}

/** A roll-up score (0–1) as a whole percentage, or an en dash when nothing applied. */
export function percent(score: number | null, lang: Language): string {
  if (score === null) return '–';
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(score);
}
