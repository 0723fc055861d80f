// A decision whose options do the same thing: the players' choice changes nothing in the exercise.
import { canonicalJson } from '../../session/canonical.js';
import { finding } from '../finding.js';
import type { LintFinding, LintRule } from '../types.js';

export const identicalOptions: LintRule = (scenario) =>
  scenario.decisions.flatMap((d, i) => {
    const findings: LintFinding[] = [];
    const seen = new Map<string, number>();
    d.options.forEach((option, j) => {
      const key = canonicalJson(option.effects);
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, j);
        return;
      }
      const first = d.options[earlier];
      if (!first) return;
      const sameAssessments = canonicalJson(first.assessments.map((a) => [a.criterion, a.rating])) === canonicalJson(option.assessments.map((a) => [a.criterion, a.rating]));
      findings.push(
        finding(
          'identical-options',
          ['decisions', i, 'options', j, 'effects'],
          `Options "${first.id}" and "${option.id}" of decision "${d.id}" have identical effects${sameAssessments ? ' and assessments: the choice changes nothing' : ''}.`,
          sameAssessments
            ? 'Give each option its own consequence, or merge them into one.'
            : 'They differ only in how they are assessed, so the players see the same consequence; give each option its own effect if the choice should show in the exercise.',
        ),
      );
    });
    return findings;
  });
