// What the scenario's injects expect of each role (expectedActions), indexed once per scenario:
// the bots read it every turn and must not scan every inject to find their own.
import type { ExpectedActionT, Scenario } from '../scenario/schema.js';
import type { ExerciseState } from '../session/types.js';

export type ExpectedDo = ExpectedActionT['do'];

interface Expectation {
  readonly inject: string;
  readonly do: ExpectedDo;
}

const indexes = new WeakMap<Scenario, ReadonlyMap<string | null, readonly Expectation[]>>();

function indexOf(scenario: Scenario): ReadonlyMap<string | null, readonly Expectation[]> {
  let index = indexes.get(scenario);
  if (!index) {
    const map = new Map<string | null, Expectation[]>([[null, []]]);
    for (const inject of scenario.injects) {
      for (const e of inject.expectedActions) {
        const item = { inject: inject.id, do: e.do };
        map.get(null)?.push(item);
        map.set(e.role, [...(map.get(e.role) ?? []), item]);
      }
    }
    indexes.set(scenario, (index = map));
  }
  return index;
}

/** The actions expected of a role (or of anyone, for null) by the injects delivered so far. */
export function expectedNow(scenario: Scenario, state: ExerciseState, role: string | null): ExpectedDo[] {
  return (indexOf(scenario).get(role) ?? []).filter((e) => e.inject in state.delivered).map((e) => e.do);
}
