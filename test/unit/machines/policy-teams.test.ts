// Who sits in each policy team and who chairs it (DOMAIN.md §2–§4), the table team decisions and C07 read, and
// its generated section in docs/criteria.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECIDING_TEAMS, possibleChairs, sitsInTeam, TEAM_COMPOSITION } from '../../../src/engine/machines/policy-teams.js';
import { renderPowersSection } from '../../../src/cli/powers-docs.js';

describe('policy teams as decision bodies', () => {
  it('gives every team that can decide its members by office, a chair and a source', () => {
    for (const team of DECIDING_TEAMS) {
      expect(TEAM_COMPOSITION[team].offices.length, team).toBeGreaterThan(0);
      expect(TEAM_COMPOSITION[team].source, team).toMatch(/DOMAIN\.md §\d/);
      expect(possibleChairs(team).length, team).toBeGreaterThan(0);
    }
  });

  it('composes the RBT as DOMAIN.md §3 has it: the chair, the mayors, the operational leader, the hoofdofficier, KMar as rijksheer', () => {
    expect(TEAM_COMPOSITION.RBT.offices).toEqual(['chairSafetyRegion', 'mayor', 'operationalLeader', 'chiefPublicProsecutor', 'kmar']);
    expect(possibleChairs('RBT')).toEqual(['chairSafetyRegion']);
    expect(possibleChairs('GBT')).toEqual(['mayor']);
    expect(possibleChairs('driehoek')).toEqual(['mayor']);
    expect(possibleChairs('MCCb')).toEqual(['ministerJenV', 'ministerPresident']);
  });

  it('seats a role by its team or by its office', () => {
    expect(sitsInTeam({ id: 'p', team: 'driehoek', office: 'chiefPublicProsecutor' }, 'RBT')).toBe(true);
    expect(sitsInTeam({ id: 'c', team: 'GBT', office: 'municipalCommunication' }, 'RBT')).toBe(false);
    expect(sitsInTeam({ id: 'x', team: 'RBT', office: 'municipalCommunication' }, 'RBT')).toBe(true);
  });

  it('is printed in docs/criteria.md as the engine has it (npm run docs:criteria)', () => {
    const section = renderPowersSection().join('\n');
    expect(section).toContain('### Policy teams as decision bodies');
    expect(section).toContain('| `RBT` | `chairSafetyRegion`, `mayor`, `operationalLeader`, `chiefPublicProsecutor`, `kmar` | `chairSafetyRegion` |');
    expect(section).toContain('Military assistance goes through its chain');
    expect(readFileSync('docs/criteria.md', 'utf8')).toContain(section.split('\n').find((l) => l.startsWith('| `RBT` | `chairSafetyRegion`')));
  });
});
