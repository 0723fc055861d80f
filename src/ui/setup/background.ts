// The room's one-page scenario background, printed before play (a paper CTEP's situation page): where
// and when the exercise is set, the threat level and scaling model at the start, how time runs, who sits
// at which table, and the content warnings. It holds only what every participant may know before T+0 —
// never the scenario's summary or the trainer's introduction, which tell how the crisis unfolds.
import type { Scenario } from '../../engine/scenario/schema.js';
import type { SessionSettings } from '../../engine/session/types.js';
import { t, type Language } from '../../i18n/index.js';
import { scenarioTime } from '../components/clock.js';
import { named, threatName } from '../components/structure-status.js';
import { el } from '../dom.js';
import { localise } from '../text.js';

export interface BackgroundOptions {
  readonly scenario: Scenario;
  readonly settings: SessionSettings;
  readonly lang: Language;
  /** Heading level of the page title (the setup screen's h1 sits above it). */
  readonly level: 2 | 3;
  readonly id: string;
}

function fact(term: string, value: string | Node): HTMLElement {
  return el('div', { className: 'facts__item' }, [el('dt', { text: term }), el('dd', {}, [typeof value === 'string' ? document.createTextNode(value) : value])]);
}

export function renderBackground(o: BackgroundOptions): HTMLElement {
  const { scenario: s, settings, lang } = o;
  const h = (offset: number) => `h${o.level + offset}` as 'h2' | 'h3' | 'h4';
  const start = scenarioTime(s.setting.startsAt, 0, lang);
  const rounds = Math.ceil(s.clock.endsAt / s.clock.minutesPerRound);
  const threat = s.setting.threatLevel;
  const threatText =
    threat.region === undefined || threat.region === threat.national
      ? threatName(threat.national, lang)
      : t(lang, 'setup.background.threatRegion', { national: threatName(threat.national, lang), region: threatName(threat.region, lang) });
  const roleLine = (id: string) => {
    const role = s.roles.find((r) => r.id === id);
    return role ? t(lang, 'setup.background.roleLine', { role: localise(role.name, lang), office: named('office', role.office, lang) }) : id;
  };
  const tables = el(
    'ul',
    { className: 'background__tables' },
    settings.tables.map((table) => el('li', {}, [el('strong', { text: table.name }), document.createTextNode(`: ${table.roles.map(roleLine).join('; ')}`)])),
  );
  const trainerPlays = settings.simcell.map(roleLine);

  const children: Node[] = [
    el(h(0), { className: 'background__title', text: t(lang, 'setup.background.title', { scenario: localise(s.title, lang) }), attrs: { id: `${o.id}-title`, tabindex: '-1' } }),
    el('p', { className: 'background__fictional', text: t(lang, 'setup.background.fictional') }),
    el('dl', { className: 'facts' }, [
      fact(t(lang, 'setup.background.region'), localise(s.setting.region, lang)),
      fact(t(lang, 'setup.background.municipalities'), s.setting.municipalities.map((m) => localise(m.name, lang)).join(', ')),
      fact(t(lang, 'setup.background.start'), start ? t(lang, 'setup.background.startAt', { date: start.date, time: start.time }) : s.setting.startsAt),
      fact(t(lang, 'setup.background.threat'), threatText),
      fact(
        t(lang, 'setup.background.scaling'),
        s.setting.scaling.model === 'grip' ? t(lang, 'setup.background.scalingGrip') : t(lang, 'setup.background.scalingCustom'),
      ),
      fact(
        t(lang, 'setup.background.time'),
        t(lang, 'setup.background.timeText', { minutes: s.clock.minutesPerRound, rounds, end: s.clock.endsAt, duration: s.durationMinutes }),
      ),
    ]),
    el(h(1), { text: t(lang, 'setup.background.howTitle') }),
    el('p', { text: t(lang, settings.mode === 'hotseat' ? 'setup.background.howHotseat' : 'setup.background.howWindows', { minutes: s.clock.minutesPerRound }) }),
    el(h(1), { text: t(lang, 'setup.background.tablesTitle') }),
    tables,
  ];
  if (trainerPlays.length > 0) children.push(el('p', { text: t(lang, 'setup.background.trainerPlays', { roles: trainerPlays.join('; ') }) }));
  children.push(el(h(1), { text: t(lang, 'setup.background.warningsTitle') }));
  children.push(
    s.contentWarnings.length === 0
      ? el('p', { text: t(lang, 'setup.warningsNone') })
      : el('ul', { className: 'background__warnings' }, s.contentWarnings.map((w) => el('li', { text: localise(w, lang) }))),
  );
  children.push(el('p', { className: 'role-card__footer', text: t(lang, 'setup.background.footer') }));
  return el('article', { className: 'print-doc background', attrs: { id: o.id, 'aria-labelledby': `${o.id}-title` } }, children);
}
