// Cross-reference checks of the parts messages in own words rely on: claims name a subject that exists
// with a value it has, dangers lie in map areas and end with advice ends the scenario defines.
import { closestMatch } from './did-you-mean.js';
import type { Finding } from './finding.js';
import type { Path } from './paths.js';
import { UNKNOWN_VALUE, type ClaimT, type Scenario } from './schema.js';

function suggestion(id: string, known: readonly string[], plural: string): string {
  const near = closestMatch(id, known);
  if (near) return `Did you mean "${near}"?`;
  return known.length === 0 ? `The scenario defines no ${plural} yet.` : `Known ${plural}: ${known.slice(0, 12).join(', ')}.`;
}

function claimFindings(scenario: Scenario, claim: ClaimT, path: Path): Finding[] {
  const subjects = scenario.communication.subjects;
  const subject = subjects.find((s) => s.id === claim.subject);
  if (!subject) {
    return [
      {
        code: 'unknown-reference',
        path: [...path, 'subject'],
        message: `The claim names subject "${claim.subject}", which communication.subjects does not define.`,
        hint: suggestion(claim.subject, subjects.map((s) => s.id), 'subjects'),
      },
    ];
  }
  if (claim.value === UNKNOWN_VALUE) return [];
  if (subject.numeric) {
    return typeof claim.value === 'number'
      ? []
      : [{ code: 'bad-claim-value', path: [...path, 'value'], message: `Subject "${subject.id}" is numeric, so its value must be a number or "unknown".`, hint: 'Write a number, e.g. 3.' }];
  }
  const values = subject.values.map((v) => v.id);
  return typeof claim.value === 'string' && values.includes(claim.value)
    ? []
    : [
        {
          code: 'bad-claim-value',
          path: [...path, 'value'],
          message: `"${String(claim.value)}" is not a value of subject "${subject.id}".`,
          hint: `Use one of: ${[...values, UNKNOWN_VALUE].join(', ')}.`,
        },
      ];
}

export function checkOwnWords(scenario: Scenario): Finding[] {
  const comm = scenario.communication;
  const findings: Finding[] = [];
  comm.blocks.forEach((block, i) => block.claims.forEach((claim, j) => findings.push(...claimFindings(scenario, claim, ['communication', 'blocks', i, 'claims', j]))));
  const seen = new Map<string, number>();
  comm.subjects.forEach((subject, i) => {
    const earlier = seen.get(subject.id);
    if (earlier !== undefined) {
      findings.push({
        code: 'duplicate-id',
        path: ['communication', 'subjects', i, 'id'],
        message: `Subject "${subject.id}" is defined twice (also at communication.subjects[${earlier}]).`,
        hint: 'Give each subject its own id.',
      });
    }
    seen.set(subject.id, i);
    if (!subject.numeric && subject.values.length === 0) {
      findings.push({
        code: 'subject-without-values',
        path: ['communication', 'subjects', i, 'values'],
        message: `Subject "${subject.id}" has no values and is not numeric.`,
        hint: 'List its values (e.g. "one", "more") or set "numeric": true.',
      });
    }
  });
  const areas = scenario.setting.map.areas.map((a) => a.id);
  const ends = comm.adviceEnds.map((e) => e.id);
  comm.dangers.forEach((danger, i) => {
    danger.areas.forEach((area, j) => {
      if (!areas.includes(area)) {
        findings.push({
          code: 'unknown-reference',
          path: ['communication', 'dangers', i, 'areas', j],
          message: `Danger "${danger.id}" lies in map area "${area}", which the map does not define.`,
          hint: suggestion(area, areas, 'map areas'),
        });
      }
    });
    danger.endsWith.forEach((end, j) => {
      if (!ends.includes(end)) {
        findings.push({
          code: 'unknown-reference',
          path: ['communication', 'dangers', i, 'endsWith', j],
          message: `Danger "${danger.id}" ends with "${end}", which communication.adviceEnds does not define.`,
          hint: suggestion(end, ends, 'advice ends'),
        });
      }
    });
  });
  return findings;
}
