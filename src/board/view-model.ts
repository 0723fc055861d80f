// What the board draws, and the only thing its scenes and DOM panels read: a role view or the public
// view turned into items with stable ids, localised labels and positions. Pure (no Phaser, no DOM), so
// it is tested in node. The view is already filtered for its audience; this function adds nothing that
// is not in it — it only names, places and orders what is there.
import type { CommonView, RoleView } from '../engine/index.js';
import { centroid as engineCentroid } from '../engine/communication/areas.js';
import type { Office, Team } from '../engine/scenario/vocabulary.js';
import { t, type Language } from '../i18n/index.js';
import { areaKind, markerKind, poiKind, ringOf, unitKind, type AreaKind, type MarkerKind, type PoiKind, type Ring, type UnitKind } from './kinds.js';
import { localised } from './label.js';

export type Point = readonly [number, number];
export type Polygon = readonly Point[];

/** Where an item is shown: on the map (in map metres), or in one of the panels beside it. */
export type Position =
  | { readonly on: 'map'; readonly at: Point }
  | { readonly on: 'panel'; readonly panel: 'structure' | 'indicators' | 'actions'; readonly order: number };

interface ItemBase<K extends string> {
  /** Stable across views: `kind:ref`, so the scene and the mirror can tell an item moved from a new one. */
  readonly id: string;
  readonly kind: K;
  /** The id of the datum in the view this item shows. */
  readonly ref: string;
  readonly label: string;
  /** What the details panel, the tooltip and the DOM mirror say about it, localised, in order. */
  readonly details: readonly string[];
  readonly position: Position;
  /** The view's version this item was built from. */
  readonly version: number;
}

type OnMap = { readonly position: { readonly on: 'map'; readonly at: Point } };

export type AreaItem = ItemBase<'area'> & OnMap & { readonly areaKind: AreaKind; readonly polygon: Polygon };
export type PoiItem = ItemBase<'poi'> & OnMap & { readonly poiKind: PoiKind };
export type IncidentItem = ItemBase<'incident'> & OnMap;
export type MarkerItem = ItemBase<'marker'> & OnMap & { readonly markerKind: MarkerKind };
export type ZoneItem = ItemBase<'zone'> & OnMap & { readonly ring: Ring; readonly polygon: Polygon; readonly active: boolean };
export type UnitItem = ItemBase<'unit'> & OnMap & { readonly unitKind: UnitKind };
export type HospitalItem = ItemBase<'hospital'> & OnMap & { readonly poi: string; readonly load: number; readonly capacity: number };
export type AtRiskItem = ItemBase<'atRisk'> & OnMap & { readonly poi: string; readonly reason: string; readonly protected: boolean };
export type AffectedItem = ItemBase<'affected'> & OnMap & { readonly area: string; readonly polygon: Polygon };
export type AlertAreaItem = ItemBase<'alertArea'> & OnMap & { readonly area: string; readonly polygon: Polygon };

export type MapItem = AreaItem | PoiItem | IncidentItem | MarkerItem | ZoneItem | UnitItem | HospitalItem | AtRiskItem | AffectedItem | AlertAreaItem;

export type Tier = 'regional' | 'national' | 'other';
export type TeamItem = ItemBase<'team'> & {
  readonly team: Team;
  readonly short: string;
  readonly tier: Tier;
  readonly active: boolean;
  readonly chairOffice: Office | null;
  readonly chair: string | null;
};
export type StatusKind = 'scaling' | 'threatNational' | 'threatRegion' | 'incidentStage' | 'dsi' | 'nlAlert' | 'aftercare';
export type StatusItem = ItemBase<'status'> & { readonly status: StatusKind; readonly value: string | number | boolean; readonly valueLabel: string };
export type Trend = 'up' | 'down' | 'steady';
export type IndicatorItem = ItemBase<'indicator'> & {
  readonly variableKind: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly valueLabel: string;
  readonly trend: Trend;
  readonly history: readonly number[];
};
export type ActionItem = ItemBase<'action'> & { readonly taken: boolean };

export type PanelItem = TeamItem | StatusItem | IndicatorItem | ActionItem;
export type BoardItem = MapItem | PanelItem;

export interface BoardModel {
  readonly version: number;
  readonly lang: Language;
  readonly region: string;
  readonly bounds: { readonly width: number; readonly height: number };
  readonly map: {
    readonly areas: readonly AreaItem[];
    readonly affected: readonly AffectedItem[];
    readonly alertArea: AlertAreaItem | null;
    readonly zones: readonly ZoneItem[];
    readonly pois: readonly PoiItem[];
    readonly hospitals: readonly HospitalItem[];
    readonly atRisk: readonly AtRiskItem[];
    readonly units: readonly UnitItem[];
    readonly markers: readonly MarkerItem[];
    readonly incident: IncidentItem | null;
  };
  readonly structure: {
    readonly scaling: StatusItem;
    readonly threat: readonly StatusItem[];
    readonly statuses: readonly StatusItem[];
    readonly teams: readonly TeamItem[];
  };
  readonly indicators: readonly IndicatorItem[];
  /** The role's board actions; null for a view that has none (the projector, the trainer). */
  readonly actions: readonly ActionItem[] | null;
}

/** What the board reads of a view: any view with the common picture, and a role's board actions if it has them. */
export type BoardInput = Pick<CommonView, 'version' | 'scenario' | 'board' | 'structure' | 'indicators'> & {
  readonly boardActions?: RoleView['boardActions'];
};

/** The org chart's columns. Teams the view names outside these lists still appear, under "other". */
export const REGIONAL_TEAMS: readonly Team[] = ['CoPI', 'ROT', 'GBT', 'RBT', 'driehoek', 'SGBO'];
export const NATIONAL_TEAMS: readonly Team[] = ['NCC', 'IAO', 'ICCb', 'MCCb', 'NKC', 'LOCC', 'DCC', 'beleidsteamDsi', 'Veiligheidsberaad'];

export function centroid(polygon: Polygon): Point {
  // One centroid for the board and the engine's advice-area checks.
  const [x, y] = engineCentroid(polygon);
  return [x, y];
}

function numberFormat(lang: Language): Intl.NumberFormat {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
}

function trendOf(history: readonly number[]): Trend {
  const last = history.at(-1);
  const before = history.at(-2);
  if (last === undefined || before === undefined || last === before) return 'steady';
  return last > before ? 'up' : 'down';
}

function teamShort(team: Team, lang: Language): string {
  if (team === 'driehoek') return t(lang, 'board.teamShort.driehoek');
  if (team === 'external') return t(lang, 'board.teamShort.external');
  if (team === 'beleidsteamDsi') return t(lang, 'board.teamShort.beleidsteamDsi');
  if (team === 'Veiligheidsberaad') return t(lang, 'board.teamShort.Veiligheidsberaad');
  return team;
}

export function boardViewModel(view: BoardInput, lang: Language): BoardModel {
  const version = view.version;
  const b = view.board;
  const name = (text: Parameters<typeof localised>[0]) => localised(text, lang);
  const onMap = (at: Point) => ({ on: 'map', at }) as const;
  const centre: Point = [b.bounds.width / 2, b.bounds.height / 2];
  const pois = new Map(b.pointsOfInterest.map((p) => [p.id, p]));
  const areas = new Map(b.areas.map((a) => [a.id, a]));
  const poiAt = (id: string): Point => pois.get(id)?.at ?? centre;
  const poiName = (id: string) => {
    const poi = pois.get(id);
    return poi ? name(poi.name) : id;
  };

  const areaItems: AreaItem[] = b.areas.map((a) => {
    const kind = areaKind(a.kind);
    return { id: `area:${a.id}`, kind: 'area', ref: a.id, label: name(a.name), details: [t(lang, `board.area.${kind}`)], position: onMap(centroid(a.polygon)), version, areaKind: kind, polygon: a.polygon };
  });

  const areaShape = (id: string) => {
    const area = areas.get(id);
    return { label: area ? name(area.name) : id, polygon: area?.polygon ?? [], at: area ? centroid(area.polygon) : centre };
  };
  const affected: AffectedItem[] = b.affectedAreas.map((id) => {
    const { label, polygon, at } = areaShape(id);
    return { id: `affected:${id}`, kind: 'affected', ref: id, label, details: [t(lang, 'board.affected')], position: onMap(at), version, area: id, polygon };
  });

  const nl = view.structure.nlAlert;
  let alertArea: AlertAreaItem | null = null;
  if (nl.inForce && nl.area) {
    const { label, polygon, at } = areaShape(nl.area);
    alertArea = { id: `alertArea:${nl.area}`, kind: 'alertArea', ref: nl.area, label, details: [t(lang, 'board.nlAlertArea')], position: onMap(at), version, area: nl.area, polygon };
  }

  const zones: ZoneItem[] = b.zones.map((z) => {
    const ring = ringOf(z.ring);
    return {
      id: `zone:${z.id}`,
      kind: 'zone',
      ref: z.id,
      label: name(z.name),
      details: [t(lang, `board.ring.${ring}`), t(lang, z.active ? 'board.zone.active' : 'board.zone.inactive')],
      position: onMap(centroid(z.polygon)),
      version,
      ring,
      polygon: z.polygon,
      active: z.active,
    };
  });

  const poiItems: PoiItem[] = b.pointsOfInterest.map((p) => {
    const kind = poiKind(p.kind);
    return { id: `poi:${p.id}`, kind: 'poi', ref: p.id, label: name(p.name), details: [t(lang, `board.poi.${kind}`)], position: onMap(p.at), version, poiKind: kind };
  });

  const hospitals: HospitalItem[] = b.hospitals.map((h) => {
    const percent = h.capacity > 0 ? Math.round((h.load / h.capacity) * 100) : 0;
    const details = [t(lang, 'board.hospital.load', { load: h.load, capacity: h.capacity, percent })];
    if (h.load > h.capacity) details.push(t(lang, 'board.hospital.full'));
    return { id: `hospital:${h.id}`, kind: 'hospital', ref: h.id, label: poiName(h.poi), details, position: onMap(poiAt(h.poi)), version, poi: h.poi, load: h.load, capacity: h.capacity };
  });

  const atRisk: AtRiskItem[] = b.atRisk.map((a) => {
    const reason = name(a.reason);
    return {
      id: `atRisk:${a.id}`,
      kind: 'atRisk',
      ref: a.id,
      label: poiName(a.poi),
      details: [reason, t(lang, a.protected ? 'board.atRisk.protected' : 'board.atRisk.unprotected')],
      position: onMap(poiAt(a.poi)),
      version,
      poi: a.poi,
      reason,
      protected: a.protected,
    };
  });

  const units: UnitItem[] = b.units.map((u) => {
    const kind = unitKind(u.kind);
    return { id: `unit:${u.id}`, kind: 'unit', ref: u.id, label: name(u.name), details: [t(lang, `board.unit.${kind}`)], position: onMap(u.at), version, unitKind: kind };
  });

  const markers: MarkerItem[] = b.markers.map((m) => {
    const kind = markerKind(m.kind);
    return { id: `marker:${m.id}`, kind: 'marker', ref: m.id, label: name(m.label), details: [t(lang, `board.marker.${kind}`)], position: onMap(m.at), version, markerKind: kind };
  });

  const incident: IncidentItem | null = b.incidentAt
    ? { id: 'incident', kind: 'incident', ref: 'incident', label: t(lang, 'board.incident'), details: [], position: onMap(b.incidentAt), version }
    : null;

  // ---------------------------------------------------------------- structure
  const s = view.structure;
  let order = 0;
  const panel = (p: 'structure' | 'indicators' | 'actions') => ({ on: 'panel', panel: p, order: order++ }) as const;
  const status = (kind: StatusKind, label: string, value: string | number | boolean, valueLabel: string): StatusItem => ({
    id: `status:${kind}`,
    kind: 'status',
    ref: kind,
    label,
    details: [valueLabel],
    position: panel('structure'),
    version,
    status: kind,
    value,
    valueLabel,
  });

  const scalingLabel = s.scalingModel === 'grip' ? t(lang, `grip.${s.grip}`) : t(lang, 'board.structure.level', { level: s.grip });
  const scaling = status('scaling', t(lang, 'board.structure.scaling'), s.grip, scalingLabel);
  const threatLabel = (scope: 'national' | 'region', level: 1 | 2 | 3 | 4 | 5) =>
    t(lang, 'board.structure.threatValue', { scope: t(lang, `threatScope.${scope}`), level, name: t(lang, `threat.${level}`) });
  const threat = [
    status('threatNational', t(lang, 'board.structure.threat'), s.threatLevel.national, threatLabel('national', s.threatLevel.national)),
    status('threatRegion', t(lang, 'board.structure.threat'), s.threatLevel.region, threatLabel('region', s.threatLevel.region)),
  ];

  const statuses: StatusItem[] = [status('incidentStage', t(lang, 'board.structure.incident'), s.incident, t(lang, `incident.${s.incident}`))];
  if (s.dsi !== null) statuses.push(status('dsi', t(lang, 'board.structure.dsi'), s.dsi, t(lang, `dsi.${s.dsi}`)));
  const alertLabel = nl.inForce ? t(lang, 'board.structure.nlAlertArea', { area: nl.area ? areaShape(nl.area).label : '' }) : t(lang, 'nlAlert.none');
  statuses.push(status('nlAlert', t(lang, 'board.structure.nlAlert'), nl.inForce, alertLabel));
  const care = s.aftercare;
  const measures = [
    care.iacOpen ? t(lang, 'aftercare.iac') : null,
    care.victimRegistration ? t(lang, 'aftercare.registration') : null,
    care.outreach ? t(lang, 'aftercare.outreach') : null,
    care.responderAftercare ? t(lang, 'aftercare.responders') : null,
  ].filter((m): m is string => m !== null);
  statuses.push(status('aftercare', t(lang, 'board.structure.aftercare'), measures.length, measures.length > 0 ? measures.join(', ') : t(lang, 'board.structure.aftercareNone')));

  const active = new Map(s.activeTeams.map((a) => [a.team, a.chair]));
  const listed = [...REGIONAL_TEAMS, ...NATIONAL_TEAMS];
  const others = s.activeTeams.map((a) => a.team).filter((team) => !listed.includes(team));
  const team = (teamId: Team, tier: Tier): TeamItem => {
    const isActive = active.has(teamId);
    const chairOffice = active.get(teamId) ?? null;
    const chair = chairOffice ? t(lang, `office.${chairOffice}`) : null;
    const details = [t(lang, isActive ? 'board.structure.active' : 'board.structure.inactive')];
    if (isActive && chair) details.push(t(lang, 'board.structure.chair', { office: chair }));
    return { id: `team:${teamId}`, kind: 'team', ref: teamId, label: t(lang, `team.${teamId}`), details, position: panel('structure'), version, team: teamId, short: teamShort(teamId, lang), tier, active: isActive, chairOffice, chair };
  };
  const teams = [
    ...REGIONAL_TEAMS.map((x) => team(x, 'regional')),
    ...NATIONAL_TEAMS.map((x) => team(x, 'national')),
    ...others.map((x) => team(x, 'other')),
  ];

  // ---------------------------------------------------------------- indicators and actions
  const format = numberFormat(lang);
  order = 0;
  const indicators: IndicatorItem[] = view.indicators.map((v) => {
    const unit = v.unit ? name(v.unit) : '';
    const valueLabel = unit ? `${format.format(v.value)} ${unit}` : format.format(v.value);
    const trend = trendOf(v.history);
    return {
      id: `indicator:${v.id}`,
      kind: 'indicator',
      ref: v.id,
      label: name(v.name),
      details: [valueLabel, t(lang, `board.trend.${trend}`), t(lang, 'board.indicators.range', { min: format.format(v.min), max: format.format(v.max) })],
      position: panel('indicators'),
      version,
      variableKind: v.kind,
      value: v.value,
      min: v.min,
      max: v.max,
      unit,
      valueLabel,
      trend,
      history: v.history,
    };
  });

  order = 0;
  const actions: ActionItem[] | null = view.boardActions
    ? view.boardActions.map((a) => {
        const label = name(a.label);
        return { id: `action:${a.id}`, kind: 'action', ref: a.id, label, details: a.taken ? [t(lang, 'board.actions.taken', { label })] : [], position: panel('actions'), version, taken: a.taken };
      })
    : null;

  return {
    version,
    lang,
    region: name(view.scenario.region),
    bounds: b.bounds,
    map: { areas: areaItems, affected, alertArea, zones, pois: poiItems, hospitals, atRisk, units, markers, incident },
    structure: { scaling, threat, statuses, teams },
    indicators,
    actions,
  };
}

/** Map items from the bottom layer to the top: the order the scene draws them and the mirror lists them in reverse. */
export function mapItems(model: BoardModel): MapItem[] {
  const m = model.map;
  return [
    ...m.areas,
    ...m.affected,
    ...(m.alertArea ? [m.alertArea] : []),
    ...m.zones,
    ...m.pois,
    ...m.hospitals,
    ...m.atRisk,
    ...m.units,
    ...m.markers,
    ...(m.incident ? [m.incident] : []),
  ];
}

export function panelItems(model: BoardModel): PanelItem[] {
  const s = model.structure;
  return [s.scaling, ...s.threat, ...s.statuses, ...s.teams, ...model.indicators, ...(model.actions ?? [])];
}

export function allItems(model: BoardModel): BoardItem[] {
  return [...mapItems(model), ...panelItems(model)];
}
