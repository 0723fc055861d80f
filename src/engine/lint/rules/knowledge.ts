// Where the engine had to guess what a role learns (knowledge/reveals.ts): a place at risk or an
// information variable no inject reveals (its visibility's roles learn it with the first notification),
// a fact confirmed by the clock that no inject reveals, a threat found because an inject's text names the
// place. Each is a hint to say it with `reveals`; the play works either way.
import { revealPlan } from '../../knowledge/reveals.js';
import { splitKey } from '../../knowledge/keys.js';
import { finding, quoted } from '../finding.js';
import type { LintFinding, LintRule } from '../types.js';

export const derivedKnowledge: LintRule = (scenario) => {
  const plan = revealPlan(scenario);
  const out: LintFinding[] = [];
  const injectIndex = new Map(scenario.injects.map((inj, i) => [inj.id, i]));
  for (const r of plan.atNotification) {
    const [kind, id] = splitKey(r.key);
    const path = kind === 'threat' ? ['picture', 'atRisk', scenario.picture.atRisk.findIndex((a) => a.id === id), 'id'] : ['variables', scenario.variables.findIndex((v) => v.id === id), 'id'];
    const who =
      r.roles === 'all'
        ? 'every role learns it with the first notification'
        : r.roles.length === 0
          ? 'no role ever learns it (its visibility is "trainer")'
          : `the roles of its visibility (${quoted(r.roles)}) learn it with the first notification`;
    out.push(
      finding(
        'knowledge-derived',
        path,
        `No inject reveals "${r.key}", so ${who}.`,
        `Add "${r.key}" to the "reveals" of the inject that tells the roles about it, so it reaches them when the story does.`,
      ),
    );
  }
  for (const g of plan.guessed) {
    const first = g.injects[0] ?? '';
    out.push(
      finding(
        'knowledge-derived',
        ['injects', injectIndex.get(first) ?? 0, 'id'],
        g.by === 'clock'
          ? `"${g.key}" is confirmed by the clock and no inject reveals it, so it is taken to arrive with ${quoted(g.injects)}.`
          : `Inject "${first}" names the place of "${g.key}" in its text, so its audience is taken to learn that threat.`,
        `Give ${g.injects.length === 1 ? `inject "${first}"` : 'the inject that tells it'} a "reveals" list that says what its audience learns (it may be empty).`,
      ),
    );
  }
  return out;
};
