// The regional scaling model: which teams each level adds and which offices may declare it.
// GRIP is in all 25 regional crisis plans, but with regional variation, and some regions moved to
// information-driven plans (DOMAIN.md §3), so the scenario may replace the standard levels.
import type { Scenario } from '../scenario/schema.js';
import type { Office, Team } from '../scenario/vocabulary.js';

export const GRIP_LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type GripLevel = (typeof GRIP_LEVELS)[number];

export type ScalingLevelModel = {
  readonly level: GripLevel;
  /** Offices that lead at this level and so may declare it. */
  readonly leaders: readonly Office[];
  /** Regional teams active at this level. */
  readonly teams: readonly Team[];
};

/** Plain JSON, so it can live in the scaling machine's context and in a session bundle. */
export type ScalingModel = { readonly kind: 'grip' | 'custom'; readonly levels: readonly ScalingLevelModel[] };

/** Standard GRIP (DOMAIN.md §3). Levels may be skipped; each adds a team and a leading office. */
export const GRIP_MODEL: ScalingModel = {
  kind: 'grip',
  levels: [
    // GRIP 0: routine, the services coordinate in a "motorkapoverleg"; no office declares it upward.
    { level: 0, leaders: [], teams: [] },
    // GRIP 1: the CoPI at the scene; the CoPI leader declares it, the operational leader may too,
    // because the CoPI works under the ROT's operational command.
    { level: 1, leaders: ['copiLeader', 'operationalLeader'], teams: ['CoPI'] },
    // GRIP 2: effects beyond the source area, the ROT under the operational leader.
    { level: 2, leaders: ['operationalLeader'], teams: ['CoPI', 'ROT'] },
    // GRIP 3: administrative decisions in one municipality, the GBT under the mayor.
    { level: 3, leaders: ['mayor'], teams: ['CoPI', 'ROT', 'GBT'] },
    // GRIP 4: more than one municipality, the RBT under the chair of the safety region.
    { level: 4, leaders: ['chairSafetyRegion'], teams: ['CoPI', 'ROT', 'GBT', 'RBT'] },
    // GRIP 5: more than one safety region; the chairs involved act jointly, so our region's chair declares it.
    { level: 5, leaders: ['chairSafetyRegion'], teams: ['CoPI', 'ROT', 'GBT', 'RBT'] },
  ],
};

/** Who chairs each regional team (DOMAIN.md §3, "led by"). */
export const REGIONAL_TEAM_CHAIRS: Readonly<Partial<Record<Team, Office>>> = {
  CoPI: 'copiLeader',
  ROT: 'operationalLeader',
  GBT: 'mayor',
  RBT: 'chairSafetyRegion',
};

/**
 * The scenario's model. A "custom" model without levels falls back to GRIP rather than leaving no
 * levels at all; one without a level 0 gets the routine level, so every region can stand down again.
 */
export function scalingModelOf(scaling: Pick<Scenario['setting']['scaling'], 'model' | 'levels'>): ScalingModel {
  if (scaling.model !== 'custom' || !scaling.levels || scaling.levels.length === 0) return GRIP_MODEL;
  const levels: ScalingLevelModel[] = [...scaling.levels]
    .sort((a, b) => a.level - b.level)
    .map((l) => ({ level: l.level as GripLevel, leaders: [l.led], teams: [...l.teams] }));
  if (levels[0]?.level !== 0) levels.unshift({ level: 0, leaders: [], teams: [] });
  return { kind: 'custom', levels };
}

export function levelOf(model: ScalingModel, level: number): ScalingLevelModel | undefined {
  return model.levels.find((l) => l.level === level);
}

/**
 * Who may move the region from `current` to `target` (nobody, to a level the model lacks). Up: the leaders of the target level. Down (or
 * staying put): whoever leads the current level or any level above it, because the one who carries
 * the responsibility now, or the administrator above them, decides that it is no longer needed.
 */
export function scalingAuthorisers(model: ScalingModel, current: number, target: number): readonly Office[] {
  if (!levelOf(model, target)) return [];
  if (target > current) return levelOf(model, target)?.leaders ?? [];
  const offices = new Set<Office>();
  for (const l of model.levels) if (l.level >= current) for (const o of l.leaders) offices.add(o);
  return [...offices];
}

/** Every office that leads some level of the model. */
export function scalingLeaders(model: ScalingModel): readonly Office[] {
  return [...new Set(model.levels.flatMap((l) => l.leaders))];
}
