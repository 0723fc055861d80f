// What the static pass allows but the seeded bots never reached: possibly unreachable in practice (a
// combination the conditions make very unlikely), possibly only rare. The playtest runs many more seeds.
import { finding, plural } from '../finding.js';
import type { LintFinding, LintRule } from '../types.js';
import { trainerOnly } from '../trainer-only.js';
import { unreachableEndings } from './reachability.js';

const hint = (what: string) =>
  `Run npm run scenario:playtest with more runs to see whether any seed reaches it; if none does, loosen ${what}.`;

export const notReached: LintRule = (scenario, { facts, dynamic }) => {
  if (dynamic === null || dynamic.runs === 0) return [];
  const runs = plural(dynamic.runs, 'seeded bot run', 'seeded bot runs');
  const findings: LintFinding[] = [];
  // Endings the static pass already proves unreachable are reported as such, not again here.
  const unreachable = new Set(unreachableEndings(scenario, { facts, dynamic }).map((f) => f.path[1]));
  // Bots never fire injects: what only the trainer brings into play is not expected to be reached.
  const byTrainer = trainerOnly(scenario, facts.scheduled);
  scenario.injects.forEach((inject, i) => {
    if (!facts.injects.has(inject.id) || dynamic.injects.has(inject.id)) return;
    if (byTrainer.injects.has(inject.id)) return;
    // A timed inject always arrives in a full play, unless a variant delays it past the end (reported apart).
    if (inject.at !== undefined && !inject.optional) return;
    findings.push(
      finding('inject-not-reached', ['injects', i], `Inject "${inject.id}" was not delivered in any of ${runs}.`, hint(inject.when ? 'its "when" condition' : 'what schedules it')),
    );
  });
  scenario.decisions.forEach((d, i) => {
    if (!facts.decisions.has(d.id) || dynamic.decisions.has(d.id) || byTrainer.decisions.has(d.id)) return;
    findings.push(finding('decision-not-reached', ['decisions', i], `Decision "${d.id}" did not open in any of ${runs}.`, hint('its "when" condition or "opensAt"')));
  });
  scenario.endings.forEach((e, i) => {
    if (dynamic.endings.has(e.id) || unreachable.has(i)) return;
    findings.push(finding('ending-not-reached', ['endings', i], `Ending "${e.id}" was not chosen in any of ${runs}.`, hint('its condition, or those of the endings before it')));
  });
  return findings;
};
