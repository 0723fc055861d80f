// The exercise clock as every screen shows it: elapsed scenario time (T+mm), the time of day it stands
// for in the scenario (start + minutes), the round and the phase. The time of day is computed in UTC
// on the scenario's own wall-clock fields, so the viewer's time zone can never shift it.
import '../../styles/clock.css';
import type { CommonView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { el, uniqueId } from '../dom.js';
import type { HeadingLevel } from './scenario-card.js';

export type ClockData = Pick<CommonView, 'minute' | 'round' | 'phase'> & {
  readonly scenario: Pick<CommonView['scenario'], 'startsAt' | 'endsAt'>;
};

export interface ClockOptions {
  readonly headingLevel?: HeadingLevel;
  /** A stable id base, so re-rendering the same clock keeps the same ids. */
  readonly id?: string;
  /** Large type for the projector. */
  readonly large?: boolean;
  /** One line (no date, no end time): the participant's header, where the turn's own content needs the room. */
  readonly compact?: boolean;
}

/** "T+05", "T+120": minutes since T+0, at least two digits, the way exercise staff write it. */
export function clockLabel(minute: number): string {
  return `T+${String(minute).padStart(2, '0')}`;
}

const START = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The scenario's wall-clock moment at a minute, or null when the start is not in the scenario format. */
export function scenarioMoment(startsAt: string, minute: number): Date | null {
  const m = START.exec(startsAt);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi) + minute * 60_000);
}

/** "08:20" in the scenario's time, and the date it falls on. */
export function scenarioTime(startsAt: string, minute: number, lang: Language): { readonly time: string; readonly date: string; readonly iso: string } | null {
  const at = scenarioMoment(startsAt, minute);
  if (!at) return null;
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const time = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  const date = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  return { time, date, iso: at.toISOString().slice(0, 16) };
}

export function phaseName(phase: CommonView['phase'], lang: Language): string {
  return t(lang, `phase.${phase}` as const);
}

export function renderClock(data: ClockData, lang: Language, options: ClockOptions = {}): HTMLElement {
  const id = options.id ?? uniqueId('clock');
  const level = options.headingLevel ?? 2;
  const when = scenarioTime(data.scenario.startsAt, data.minute, lang);
  const facts = el('dl', { className: 'clock__facts' }, [
    fact('elapsed', t(lang, 'clock.elapsed'), [el('span', { className: 'clock__value clock__value--main', text: clockLabel(data.minute) })]),
    fact(
      'time',
      t(lang, 'clock.time'),
      when
        ? [
            el('time', { className: 'clock__value', text: when.time, attrs: { datetime: when.iso } }),
            el('span', { className: 'clock__date', text: when.date }),
          ]
        : [el('span', { className: 'clock__value', text: data.scenario.startsAt })],
    ),
    fact('round', t(lang, 'clock.round'), [el('span', { className: 'clock__value', text: data.round > 0 ? String(data.round) : t(lang, 'clock.noRound') })]),
    fact('phase', t(lang, 'clock.phase'), [
      el('span', { className: `clock__value clock__phase clock__phase--${data.phase}`, text: phaseName(data.phase, lang) }),
    ]),
    fact('ends', t(lang, 'clock.ends'), [el('span', { className: 'clock__value clock__value--minor', text: clockLabel(data.scenario.endsAt) })]),
  ]);
  return el('section', { className: `clock${options.large ? ' clock--large' : ''}${options.compact ? ' clock--compact' : ''}`, attrs: { 'aria-labelledby': `${id}-title`, 'data-key': id } }, [
    el(`h${level}`, { className: 'visually-hidden', text: t(lang, 'clock.title'), attrs: { id: `${id}-title` } }),
    facts,
  ]);
}

function fact(name: string, term: string, value: readonly Node[]): HTMLElement {
  return el('div', { className: `clock__fact clock__fact--${name}` }, [el('dt', { text: term }), el('dd', {}, value)]);
}
