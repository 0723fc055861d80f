// Which crisis-structure states this scenario's roles can bring about at all. Each machine is explored
// on its own with xstate/graph, fed only the events the scenario's offices can send (the guards decide
// authority, including a role's narrowed powers), so "GRIP 4" or "the MCCb active" is known to be
// impossible when no role in the scenario may declare or convene it.
import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import type { Acting } from '../machines/acting.js';
import { dsiMachine, type DsiEvent } from '../machines/dsi.js';
import { NATIONAL_TEAMS, nationalMachine, type NationalEvent } from '../machines/national.js';
import { POLICE_TEAMS, policeMachine, type PoliceEvent } from '../machines/police.js';
import { GRIP_LEVELS, levelOf, scalingModelOf, type GripLevel } from '../machines/scaling-model.js';
import { scalingMachine, type ScalingContext, type ScalingEvent } from '../machines/scaling.js';
import { regionLevel, threatMachine, type ThreatContext, type ThreatEvent, type ThreatLevel } from '../machines/threat.js';
import type { Scenario } from '../scenario/schema.js';
import type { DsiStage, Team } from '../scenario/vocabulary.js';

export interface StructureReach {
  readonly grips: ReadonlySet<number>;
  readonly threatNational: ReadonlySet<number>;
  readonly threatRegion: ReadonlySet<number>;
  readonly dsi: ReadonlySet<DsiStage>;
  /** Teams active in some reachable state. */
  readonly teamsSometimes: ReadonlySet<Team>;
  /** Teams active in every reachable state (the NCC, which is always on). */
  readonly teamsAlways: ReadonlySet<Team>;
}

const THREAT_LEVELS: readonly ThreatLevel[] = [1, 2, 3, 4, 5];
const DSI_EVENT_TYPES = ['REQUEST', 'PLAN', 'APPROVE', 'DEPLOY', 'COMPLETE'] as const;

/** Every reachable snapshot of one machine under exactly these events. */
function reachable(machine: AnyStateMachine, events: readonly EventObject[], input?: unknown): AnyMachineSnapshot[] {
  const map = getAdjacencyMap(machine, { events: [...events], ...(input === undefined ? {} : { input }) });
  return Object.values(map).map((v) => v.state as AnyMachineSnapshot);
}

/**
 * Each role as an actor, in the scenario's fixed situation (one or more regions, its DSI route). The GRIP level
 * is left to each machine: the scaling machine reads its own, and the others are explored at GRIP 0 and under
 * GRIP 4 (art. 39 Wvr moves the mayor's powers to the chair), so powers that move are found either way.
 */
function actors(scenario: Scenario): Acting[] {
  const fixed = { crossRegional: scenario.setting.scaling.crossRegional, dsiApproval: scenario.setting.dsiApproval };
  return scenario.roles.flatMap((r) =>
    [0, 4].map((grip) => ({ office: r.office, minute: 0, situation: { ...fixed, grip }, ...(r.authority ? { narrowed: r.authority } : {}) })),
  );
}

export function structureReach(scenario: Scenario): StructureReach {
  const who = actors(scenario);
  const model = scalingModelOf(scenario.setting.scaling);

  const scaleEvents: ScalingEvent[] = who.flatMap((a) => GRIP_LEVELS.map((level) => ({ type: 'SCALE' as const, level, ...a })));
  const grips = new Set(reachable(scalingMachine, scaleEvents, { model }).map((s) => (s.context as ScalingContext).level as number));

  const { national, region } = scenario.setting.threatLevel;
  const threatEvents: ThreatEvent[] = who.flatMap((a) =>
    THREAT_LEVELS.flatMap((level) => (['national', 'region'] as const).map((scope) => ({ type: 'SET' as const, scope, level, ...a }))),
  );
  const threats = reachable(threatMachine, threatEvents, { national, ...(region === undefined ? {} : { region }) }).map((s) => s.context as ThreatContext);

  const dsiEvents: DsiEvent[] = who.flatMap((a) => DSI_EVENT_TYPES.map((type) => ({ type, ...a })));
  const dsi = new Set(reachable(dsiMachine, dsiEvents).map((s) => s.value as DsiStage));

  const teamStates = <T extends Team>(machine: AnyStateMachine, teams: readonly T[], events: readonly EventObject[]) => {
    const values = reachable(machine, events).map((s) => s.value as Record<string, unknown>);
    // The MCCb nests its own chair handover inside "active", so a value is "inactive" or an object.
    const isActive = (v: unknown) => v !== 'inactive';
    return {
      sometimes: teams.filter((t) => values.some((v) => isActive(v[t]))),
      always: teams.filter((t) => values.every((v) => isActive(v[t]))),
    };
  };
  const policeEvents: PoliceEvent[] = who.flatMap((a) => POLICE_TEAMS.flatMap((team) => (['CONVENE', 'STAND_DOWN'] as const).map((type) => ({ type, team, ...a }))));
  const nationalEvents: NationalEvent[] = who.flatMap((a) => NATIONAL_TEAMS.flatMap((team) => (['CONVENE', 'STAND_DOWN'] as const).map((type) => ({ type, team, ...a }))));
  const police = teamStates(policeMachine, POLICE_TEAMS, policeEvents);
  const nationalTeams = teamStates(nationalMachine, NATIONAL_TEAMS, nationalEvents);

  const regionalAt = (level: number) => levelOf(model, level)?.teams ?? [];
  const gripList = [...grips];
  const regionalSometimes = gripList.flatMap(regionalAt);
  const regionalAlways = regionalSometimes.filter((t) => gripList.every((g) => regionalAt(g).includes(t)));

  return {
    grips,
    threatNational: new Set(threats.map((t) => t.national)),
    threatRegion: new Set(threats.map((t) => regionLevel(t))),
    dsi,
    teamsSometimes: new Set<Team>(['NCC', ...regionalSometimes, ...police.sometimes, ...nationalTeams.sometimes]),
    teamsAlways: new Set<Team>(['NCC', ...regionalAlways, ...police.always, ...nationalTeams.always]),
  };
}

export type { GripLevel };
