// The choices a structure action takes, listed from the schema's own types so a value the schema adds or
// drops fails to compile here. Which choice is allowed for whom is never decided here: the engine answers.
import type { StructureActionKind, StructureActionT } from '../../engine/scenario/schema.js';

type Param<K extends StructureActionKind, F extends keyof Extract<StructureActionT, { action: K }>> = Extract<StructureActionT, { action: K }>[F];

function every<T extends string | number>(record: Record<T, true>): T[] {
  return Object.keys(record) as T[];
}

export const CONVENABLE: readonly Param<'convene', 'team'>[] = every<Param<'convene', 'team'>>({
  driehoek: true,
  SGBO: true,
  beleidsteamDsi: true,
  Veiligheidsberaad: true,
  IAO: true,
  ICCb: true,
  MCCb: true,
  NKC: true,
  DCC: true,
});

export const SECTORS: readonly Param<'alertPartners', 'sector'>[] = every<Param<'alertPartners', 'sector'>>({
  aviation: true,
  transport: true,
  energy: true,
  health: true,
  events: true,
  worship: true,
  all: true,
});

export const SHARE_WITH: readonly Param<'shareInformation', 'with'>[] = every<Param<'shareInformation', 'with'>>({
  NCC: true,
  regions: true,
  vitalSectors: true,
  driehoek: true,
});

export const AIRPORT_MEASURES: readonly Param<'airportMeasure', 'level'>[] = every<Param<'airportMeasure', 'level'>>({
  continue: true,
  restrict: true,
  close: true,
});

export const AIR_TRAFFIC: readonly Param<'airTraffic', 'level'>[] = every<Param<'airTraffic', 'level'>>({ stop: true, resume: true });

export const AIRSPACE_LEVELS: readonly Param<'restrictAirspace', 'level'>[] = every<Param<'restrictAirspace', 'level'>>({
  restrict: true,
  close: true,
  lift: true,
});

/** A regional NL-Alert (the mayor, or the chair under GRIP 4/5) or a national one (the Minister of JenV). */
export const ALERT_SCOPES = ['regional', 'national'] as const;
/** Bijstand through the LOCC, or military assistance (Politiewet art. 57-58). */
export const ASSISTANCE_KINDS = ['bijstand', 'military'] as const;

export const THREAT_SCOPES: readonly Param<'setThreatLevel', 'scope'>[] = every<Param<'setThreatLevel', 'scope'>>({ national: true, region: true });

export const SCALING_LEVELS = [0, 1, 2, 3, 4, 5] as const;
export const THREAT_LEVELS = [1, 2, 3, 4, 5] as const;
