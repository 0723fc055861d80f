// A role with nothing to do: no decision, no expected action, no board action and no inject addressed to it.
import { finding } from '../finding.js';
import type { LintRule } from '../types.js';

export const idleRoles: LintRule = (scenario) =>
  scenario.roles.flatMap((role, i) => {
    const decides = scenario.decisions.some((d) => d.owner === role.id);
    const expected = scenario.injects.some((inject) => inject.expectedActions.some((a) => a.role === role.id));
    const acts = scenario.picture.boardActions.some((a) => a.roles.includes(role.id));
    const addressed = scenario.injects.some((inject) => Array.isArray(inject.to.roles) && inject.to.roles.includes(role.id));
    if (decides || expected || acts || addressed) return [];
    return [
      finding(
        'idle-role',
        ['roles', i],
        `Role "${role.id}" has nothing to do: it owns no decision, no inject addresses it or expects anything of it, and it has no board action.`,
        'Give the role a decision, an inject addressed to it, or an expected action in an inject; otherwise leave the role out.',
      ),
    ];
  });
