// Where the crisis structure stands, in the words the room uses: the scaling level, which teams sit and
// who chairs them, the threat level (national and for the region), whether an NL-Alert is in force, the
// DSI stage for those who may know it, and which parts of aftercare run. Every state is written out,
// so nothing depends on colour.
import '../../styles/structure-status.css';
import type { TextT } from '../../engine/scenario/schema.js';
import type { CommonView } from '../../engine/views/index.js';
import { hasKey, t, tDynamic, type Language } from '../../i18n/index.js';
import { el, uniqueId } from '../dom.js';
import { localise } from '../text.js';
import type { HeadingLevel } from './scenario-card.js';

export type StructureData = CommonView['structure'];

export interface StructureStatusOptions {
  readonly headingLevel?: HeadingLevel;
  readonly id?: string;
  /** The map's areas, so an NL-Alert names its area rather than its id. */
  readonly areas?: readonly { readonly id: string; readonly name: TextT }[];
  readonly large?: boolean;
  /**
   * For the room display, where every line must earn its place: one threat line when region and nation
   * agree, the chair on a line of its own (the projector may leave it out when space runs short), and of
   * aftercare only what runs.
   */
  readonly compact?: boolean;
}

/** A closed-list name (office, team, stage) in words, or the id itself when the dictionary has none. */
export function named(prefix: string, id: string, lang: Language): string {
  const key = `${prefix}.${id}`;
  return hasKey(lang, key) ? tDynamic(lang, key) : id;
}

export function scalingLevelName(structure: { readonly grip: number; readonly scalingModel: StructureData['scalingModel'] }, lang: Language): string {
  // A scenario's own regional model numbers its levels but does not follow the GRIP meanings.
  return structure.scalingModel === 'grip' ? named('grip', String(structure.grip), lang) : t(lang, 'status.customLevel', { level: structure.grip });
}

/** A team as the room says it: its abbreviation, or a short word where the team has none. */
export function teamShort(team: string, lang: Language): string {
  return hasKey(lang, `board.teamShort.${team}`) ? tDynamic(lang, `board.teamShort.${team}`) : team;
}

export function threatName(level: number, lang: Language): string {
  return t(lang, 'status.threatLevel', { level, name: named('threat', String(level), lang) });
}

export function renderStructureStatus(structure: StructureData, lang: Language, options: StructureStatusOptions = {}): HTMLElement {
  const id = options.id ?? uniqueId('structure');
  const level = options.headingLevel ?? 2;
  const yesNo = (on: boolean) => t(lang, on ? 'status.on' : 'status.off');

  const compact = options.compact === true;
  const chairText = (chair: string | null) => `${t(lang, 'status.chair')}: ${chair ? named('office', chair, lang) : t(lang, 'status.noChair')}`;
  const teams = el(
    'ul',
    { className: 'structure-status__teams' },
    structure.activeTeams.map(({ team, chair }) =>
      el('li', { attrs: { 'data-key': `team-${team}` } }, [
        el('span', { className: 'structure-status__team', text: named('team', team, lang) }),
        // The short name the room says (NCC, CoPI, Driehoek): the projector shows it when space runs short.
        ...(compact ? [el('span', { className: 'structure-status__team-short', text: teamShort(team, lang) })] : []),
        compact
          ? el('span', { className: 'structure-status__chair structure-status__chair--line', text: chairText(chair) })
          : el('span', { className: 'structure-status__chair', text: ` — ${chairText(chair)}` }),
      ]),
    ),
  );
  const noTeams = structure.activeTeams.length === 0 ? [el('p', { className: 'structure-status__none', text: t(lang, 'status.noTeams') })] : [];

  const areaName = (areaId: string | undefined): string => {
    const area = options.areas?.find((a) => a.id === areaId);
    return area ? localise(area.name, lang) : (areaId ?? '');
  };
  const alert = structure.nlAlert.inForce
    ? t(lang, 'status.nlAlertInForce', { area: areaName(structure.nlAlert.area) })
    : t(lang, 'status.nlAlertNone');

  const parts = [
    aftercareItem('iac', t(lang, 'aftercare.iac'), structure.aftercare.iacOpen, yesNo),
    aftercareItem('registration', t(lang, 'aftercare.registration'), structure.aftercare.victimRegistration, yesNo),
    aftercareItem('outreach', t(lang, 'aftercare.outreach'), structure.aftercare.outreach, yesNo),
    aftercareItem('responders', t(lang, 'aftercare.responders'), structure.aftercare.responderAftercare, yesNo),
  ];
  const running = parts.filter((p) => p.classList.contains('structure-status__care--on'));
  const aftercare =
    compact && running.length === 0
      ? el('p', { className: 'structure-status__none', text: t(lang, 'status.aftercareNone') })
      : el('ul', { className: 'structure-status__aftercare' }, compact ? running : parts);
  const { national, region } = structure.threatLevel;
  const threat =
    compact && national === region
      ? el('span', { text: t(lang, 'status.threatBoth', { level: threatName(national, lang) }) })
      : el('ul', { className: 'structure-status__threat' }, [
          el('li', { text: `${t(lang, 'threatScope.national')}: ${threatName(national, lang)}` }),
          el('li', { text: `${t(lang, 'threatScope.region')}: ${threatName(region, lang)}` }),
        ]);

  const facts = el('dl', { className: 'structure-status__facts' }, [
    fact('incident', t(lang, 'status.incident'), [el('span', { text: named('incident', structure.incident, lang) })]),
    fact('scaling', t(lang, 'status.scaling'), [el('span', { className: 'structure-status__level', text: scalingLevelName(structure, lang) })]),
    fact('threat', t(lang, 'status.threat'), [threat]),
    fact('nl-alert', t(lang, 'status.nlAlert'), [
      el('span', { className: `structure-status__alert${structure.nlAlert.inForce ? ' structure-status__alert--on' : ''}`, text: alert }),
    ]),
    ...(structure.dsi === null ? [] : [fact('dsi', t(lang, 'status.dsi'), [el('span', { text: named('dsi', structure.dsi, lang) })])]),
    fact('teams', t(lang, 'status.teams'), compact && noTeams.length > 0 ? noTeams : [teams]),
    fact('aftercare', t(lang, 'status.aftercare'), [aftercare]),
  ]);

  return el(
    'section',
    { className: `structure-status${options.large ? ' structure-status--large' : ''}${compact ? ' structure-status--compact' : ''}`, attrs: { 'aria-labelledby': `${id}-title`, 'data-key': id } },
    [
      el(`h${level}`, { className: 'structure-status__title', text: t(lang, 'status.title'), attrs: { id: `${id}-title` } }),
      facts,
    ],
  );
}

function fact(name: string, term: string, value: readonly Node[]): HTMLElement {
  return el('div', { className: `structure-status__fact structure-status__fact--${name}` }, [el('dt', { text: term }), el('dd', {}, value)]);
}

function aftercareItem(name: string, label: string, on: boolean, yesNo: (on: boolean) => string): HTMLElement {
  return el('li', { className: `structure-status__care${on ? ' structure-status__care--on' : ''}`, attrs: { 'data-key': `care-${name}` } }, [
    el('span', { className: 'structure-status__mark', text: on ? '✓' : '–', attrs: { 'aria-hidden': 'true' } }),
    el('span', { text: ` ${label}: ` }),
    el('strong', { text: yesNo(on) }),
  ]);
}
