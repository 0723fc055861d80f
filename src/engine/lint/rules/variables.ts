// State variables that nothing reads (no condition, criterion or place at risk, and no player sees them)
// or that nothing changes (no effect, no rumour): either is usually a leftover or a missing link.
import type { Path } from '../../scenario/paths.js';
import { collectMentions } from '../../scenario/references.js';
import { describeDomain } from '../domains.js';
import { finding } from '../finding.js';
import type { LintFinding, LintRule } from '../types.js';

/** Where a variable is read: everywhere it is named except in the effects that change it and a rumour's reach. */
function isRead(path: Path): boolean {
  return !path.includes('effects') && !(path[0] === 'rumours' && path[2] === 'reach');
}

export const unusedVariables: LintRule = (scenario, { facts }) => {
  const mentions = collectMentions(scenario);
  const read = new Set(mentions.references.filter((r) => r.kind === 'variable' && isRead(r.path)).map((r) => r.id));
  const writtenAnywhere = new Set([
    ...mentions.effects.flatMap((e) => (e.value.kind === 'variable' ? [e.value.variable] : [])),
    ...scenario.rumours.map((r) => r.reach),
  ]);
  return scenario.variables.flatMap((v, i): LintFinding[] => {
    const out: LintFinding[] = [];
    // A variable the players see is an indicator on the board: being seen is being read.
    if (!read.has(v.id) && v.visibility === 'trainer') {
      out.push(
        finding(
          'variable-never-read',
          ['variables', i, 'id'],
          `Variable "${v.id}" is never read: no condition, criterion or place at risk uses it, and only the trainer sees it.`,
          'Use it in a condition (an inject, decision or ending "when"), a criterion\'s "variable", or show it to the players; otherwise remove it.',
        ),
      );
    }
    if (!facts.changed.has(v.id)) {
      const domain = facts.domains.get(v.id);
      out.push(
        finding(
          'variable-never-changed',
          ['variables', i, 'id'],
          writtenAnywhere.has(v.id)
            ? `Variable "${v.id}" never changes in any play: the effects that would change it can never happen, so it stays ${domain ? describeDomain(domain) : 'at its start value'}.`
            : `Variable "${v.id}" never changes: no effect or rumour changes it, so it stays ${domain ? describeDomain(domain) : 'at its start value'}.`,
          'Add an effect { "kind": "variable", "variable": … } to an option, inject or board action, or make it a rumour\'s "reach".',
        ),
      );
    }
    return out;
  });
};
