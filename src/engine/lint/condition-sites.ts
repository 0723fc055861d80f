// Every condition in a scenario, with what it controls: the rules judge each one and word their finding
// after the thing it would block (an inject, a decision, an ending, a rumour, a trap, a criterion, a feed item).
import type { Path } from '../scenario/paths.js';
import type { Condition, Scenario } from '../scenario/schema.js';

export type Host = 'inject' | 'decision' | 'ending' | 'rumour' | 'trap' | 'criterion' | 'feed';

export interface ConditionSite {
  readonly host: Host;
  /** The id of what it controls (an index for a criterion, which has no id). */
  readonly owner: string;
  readonly index: number;
  readonly condition: Condition;
  readonly path: Path;
}

export function conditionSites(scenario: Scenario): ConditionSite[] {
  const out: ConditionSite[] = [];
  scenario.injects.forEach((inject, i) => {
    // A timed or optional inject ignores its "when": the engine delivers it by time or on command.
    if (inject.when !== undefined && inject.at === undefined && !inject.optional) {
      out.push({ host: 'inject', owner: inject.id, index: i, condition: inject.when, path: ['injects', i, 'when'] });
    }
  });
  scenario.decisions.forEach((d, i) => {
    if (d.when !== undefined) out.push({ host: 'decision', owner: d.id, index: i, condition: d.when, path: ['decisions', i, 'when'] });
  });
  scenario.rumours.forEach((r, i) => {
    if (r.when !== undefined) out.push({ host: 'rumour', owner: r.id, index: i, condition: r.when, path: ['rumours', i, 'when'] });
  });
  scenario.communication.feed.forEach((f, i) => {
    if (f.when !== undefined) out.push({ host: 'feed', owner: f.id, index: i, condition: f.when, path: ['communication', 'feed', i, 'when'] });
  });
  scenario.communication.blocks.forEach((b, i) => {
    if (b.allowedWhen !== undefined) out.push({ host: 'trap', owner: b.id, index: i, condition: b.allowedWhen, path: ['communication', 'blocks', i, 'allowedWhen'] });
  });
  scenario.endings.forEach((e, i) => {
    if (e.when !== undefined) out.push({ host: 'ending', owner: e.id, index: i, condition: e.when, path: ['endings', i, 'when'] });
  });
  scenario.scoring.criteria.forEach((c, i) => {
    if (c.trigger !== undefined) out.push({ host: 'criterion', owner: c.criterion, index: i, condition: c.trigger, path: ['scoring', 'criteria', i, 'trigger'] });
  });
  return out;
}

export function describeHost(site: ConditionSite): string {
  switch (site.host) {
    case 'inject':
      return `inject "${site.owner}"`;
    case 'decision':
      return `decision "${site.owner}"`;
    case 'ending':
      return `ending "${site.owner}"`;
    case 'rumour':
      return `rumour "${site.owner}"`;
    case 'trap':
      return `trap block "${site.owner}"`;
    case 'feed':
      return `feed item "${site.owner}"`;
    case 'criterion':
      return `criterion ${site.owner} (scoring.criteria[${site.index}])`;
  }
}
