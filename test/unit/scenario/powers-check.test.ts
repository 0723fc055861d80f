// scenario:check reports a structure action asked of a role whose office can never take it (today that is
// skipped in play), and an airport measure in a scenario without an airport.
import { describe, expect, it } from 'vitest';
import { crossReferenceFindings } from '../../../src/engine/scenario/crossref.js';
import { formatPath } from '../../../src/engine/scenario/paths.js';
import { ScenarioSchema } from '../../../src/engine/scenario/schema.js';
import { readFixture } from './fixtures.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function findingsAfter(change: (data: Data) => void): [string, string][] {
  const data = JSON.parse(readFixture('valid/station-havenstad.json')) as Data;
  change(data);
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) throw new Error(`the change must keep the structure valid: ${parsed.error.message}`);
  return crossReferenceFindings(parsed.data)
    .filter((f) => f.code === 'no-power' || f.code === 'not-relevant')
    .map((f) => [f.code, formatPath(f.path)]);
}

describe('powers in the scenario check', () => {
  it('accepts the rich fixture, whose every structure effect its owner may take', () => {
    expect(findingsAfter(() => {})).toEqual([]);
  });

  it('reports a decision option whose owner never holds the power (the police chief deciding protection; Bewaken en Beveiligen)', () => {
    expect(findingsAfter((d) => (d.decisions[1].owner = 'police-chief'))).toEqual([['no-power', 'decisions[1].options[0].effects[0].do.action']]);
  });

  it('accepts a power the owner holds only in some situations: the mayor\'s NL-Alert passes to the chair under GRIP 4 (art. 39 Wvr)', () => {
    expect(findingsAfter(() => {})).toEqual([]);
  });

  it('reports an inject effect by a role without the power, and one that names no role at all', () => {
    expect(
      findingsAfter((d) => {
        d.injects[4].effects[3].by = 'municipal-comms';
        d.injects[2].effects.push({ kind: 'structure', do: { action: 'confirmIncident' } });
      }),
    ).toEqual([
      ['no-power', 'injects[2].effects[1].do'],
      ['no-power', 'injects[4].effects[3].do.action'],
    ]);
  });

  it('reports an expected action the role can never take (the prosecutor protecting a public-order place)', () => {
    expect(findingsAfter((d) => d.injects[0].expectedActions.push({ role: 'prosecutor', do: { action: 'protect', target: 'mosque-risk' }, withinMinutes: 10 }))).toEqual([
      ['no-power', 'injects[0].expectedActions[2].do.action'],
    ]);
  });

  it('follows the place\'s domain: the same protection is the prosecutor\'s on criminal-law grounds', () => {
    expect(
      findingsAfter((d) => {
        d.picture.atRisk[0].domain = 'criminalLaw';
        d.decisions[1].owner = 'prosecutor';
      }),
    ).toEqual([]);
  });

  it('reports a role whose scenario narrowing leaves the action out', () => {
    expect(findingsAfter((d) => (d.roles[0].authority = ['convene']))).toEqual([['no-power', 'decisions[0].options[0].effects[0].do.action'], ['no-power', 'decisions[1].options[0].effects[0].do.action']]);
  });

  it('reports an airport measure in a scenario without an airport', () => {
    expect(findingsAfter((d) => d.decisions[1].options[1].effects = [{ kind: 'structure', do: { action: 'airportMeasure', level: 'close' } }])).toEqual([
      ['not-relevant', 'decisions[1].options[1].effects[0].do.action'],
    ]);
  });
});

describe('a policy team\'s decision in the scenario check', () => {
  it('accepts a team decision owned by a role that can chair the team (the mayor and the GBT)', () => {
    expect(findingsAfter((d) => (d.decisions[1].team = 'GBT'))).toEqual([]);
  });

  it('reports a team decision whose owner cannot chair the team (the mayor owning an RBT decision)', () => {
    expect(findingsAfter((d) => (d.decisions[1].team = 'RBT'))).toEqual([['no-power', 'decisions[1].owner']]);
  });
});
