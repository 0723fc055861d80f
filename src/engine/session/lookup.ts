// Id → item maps for a scenario, built once per scenario object: the reducer looks things up on
// every command and must not scan lists.
import type { Block, Decision, Inject, Role, Rumour, Scenario, Variable } from '../scenario/schema.js';

export interface ScenarioIndex {
  readonly roles: ReadonlyMap<string, Role>;
  readonly injects: ReadonlyMap<string, Inject>;
  readonly decisions: ReadonlyMap<string, Decision>;
  readonly blocks: ReadonlyMap<string, Block>;
  readonly rumours: ReadonlyMap<string, Rumour>;
  readonly variables: ReadonlyMap<string, Variable>;
  readonly areas: ReadonlySet<string>;
  readonly atRisk: ReadonlySet<string>;
  /** Timed, non-optional injects in delivery order (time, then id). */
  readonly timed: readonly Inject[];
  /** Condition-triggered, non-optional injects. */
  readonly triggered: readonly Inject[];
  readonly firstNotification: Inject | undefined;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));

export function indexOf(scenario: Scenario): ScenarioIndex {
  let idx = cache.get(scenario);
  if (idx) return idx;
  const timed = scenario.injects
    .filter((i) => !i.optional && i.at !== undefined)
    .sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  idx = {
    roles: byId(scenario.roles),
    injects: byId(scenario.injects),
    decisions: byId(scenario.decisions),
    blocks: byId(scenario.communication.blocks),
    rumours: byId(scenario.rumours),
    variables: byId(scenario.variables),
    areas: new Set(scenario.setting.map.areas.map((a) => a.id)),
    atRisk: new Set(scenario.picture.atRisk.map((a) => a.id)),
    timed,
    triggered: scenario.injects.filter((i) => !i.optional && i.at === undefined && i.when !== undefined),
    firstNotification: scenario.injects.find((i) => i.firstNotification),
  };
  cache.set(scenario, idx);
  return idx;
}
