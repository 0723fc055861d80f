// Policy teams as decision bodies (issue 15, point 10; DOMAIN.md §3): a decision card owned by a team is
// taken by its chair after the members present have had their say, and the members present are recorded
// with it — in the state, in the decisionTaken event, on the role's card and in the debrief's words.
import { describe, expect, it } from 'vitest';
import { botSettings } from '../../../src/engine/bots/index.js';
import type { ExerciseState, Scenario } from '../../../src/engine/index.js';
import { roleView } from '../../../src/engine/views/index.js';
import { describeEntry } from '../../../src/ui/debrief/event-text.js';
import { inRounds, must, role, scenarioNamed, TRAINER } from './support.js';

const station = scenarioNamed('station-attack.json');
/** The station scenario with the IAC card made the GBT's (the mayor chairs it at GRIP 3). */
const scenario: Scenario = { ...station, decisions: station.decisions.map((d) => (d.id === 'd-iac' ? { ...d, team: 'GBT' as const } : d)) };
/** Every table its own window; the communication adviser has no player and no SimCell, so is absent. */
const settings = { ...botSettings(scenario), mode: 'multiwindow' as const, tables: botSettings(scenario).tables.filter((t) => !t.roles.includes('comm-adviser')) };

function cardOpen(): ExerciseState {
  let s = inRounds(scenario, 'team-1', settings);
  while (!s.decisions['d-iac']) s = must(scenario, s, { type: 'advance', actor: TRAINER });
  return s;
}

const lastTaken = (s: ExerciseState) => s.events.findLast((e) => e.kind === 'decisionTaken' && e.data.decision === 'd-iac');

describe('a policy team\'s decision', () => {
  it('records the GBT sitting under its chair, with the members present (an absent member is not listed)', () => {
    let s = cardOpen();
    if (s.structure.scaling.context.level < 3) s = must(scenario, s, { type: 'structure', action: { action: 'scale', level: 3 }, actor: role('mayor-havenstad') });
    s = must(scenario, s, { type: 'decide', decision: 'd-iac', option: 'open-iac-outreach', actor: role('mayor-havenstad') });
    expect(s.decisions['d-iac']?.taken?.team).toEqual({ team: 'GBT', sitting: true, chair: 'mayor', present: ['mayor-havenstad'] });
    expect(lastTaken(s)?.data).toMatchObject({ team: 'GBT', sitting: true, present: ['mayor-havenstad'] });
  });

  it('lists every member someone plays: the SimCell speaking for the communication adviser makes it present', () => {
    const withSimcell = { ...settings, simcell: ['comm-adviser'] };
    let s = inRounds(scenario, 'team-1', withSimcell);
    while (!s.decisions['d-iac']) s = must(scenario, s, { type: 'advance', actor: TRAINER });
    if (s.structure.scaling.context.level < 3) s = must(scenario, s, { type: 'structure', action: { action: 'scale', level: 3 }, actor: role('mayor-havenstad') });
    s = must(scenario, s, { type: 'decide', decision: 'd-iac', option: 'open-iac-outreach', actor: role('mayor-havenstad') });
    expect(s.decisions['d-iac']?.taken?.team?.present).toEqual(['mayor-havenstad', 'comm-adviser']);
  });

  it('records a decision taken while the team does not sit as such, and the card warns the chair first', () => {
    let s = cardOpen();
    expect(s.structure.scaling.context.level).toBeLessThan(3);
    const card = roleView(scenario, s, 'mayor-havenstad').decisions.find((d) => d.id === 'd-iac');
    expect(card?.team).toMatchObject({ team: 'GBT', sitting: false, present: [{ id: 'mayor-havenstad' }] });
    s = must(scenario, s, { type: 'decide', decision: 'd-iac', option: 'open-iac-outreach', actor: role('mayor-havenstad') });
    expect(s.decisions['d-iac']?.taken?.team).toMatchObject({ sitting: false, chair: null });
    const taken = lastTaken(s);
    if (!taken) throw new Error('no decisionTaken event');
    const words = describeEntry(scenario, { ...taken, text: '' } as never, 'en');
    expect(words).toContain('while it was not sitting');
    expect(words).toContain('(present: Mayor of Havenstad)');
  });

  it('names the team and the members present in the debrief\'s words for the decision', () => {
    let s = cardOpen();
    if (s.structure.scaling.context.level < 3) s = must(scenario, s, { type: 'structure', action: { action: 'scale', level: 3 }, actor: role('mayor-havenstad') });
    s = must(scenario, s, { type: 'decide', decision: 'd-iac', option: 'open-iac-outreach', actor: role('mayor-havenstad') });
    const taken = lastTaken(s);
    if (!taken) throw new Error('no decisionTaken event');
    const en = describeEntry(scenario, { ...taken, text: '' } as never, 'en');
    expect(en).toMatch(/in the Municipal policy team \(GBT\), with the members present .+\./);
    expect(describeEntry(scenario, { ...taken, text: '' } as never, 'nl')).toContain('met de aanwezige leden');
  });

  it('leaves a decision of one office as it was: no team on the record or the card', () => {
    let s = cardOpen();
    s = must(station, s, { type: 'decide', decision: 'd-iac', option: 'open-iac-outreach', actor: role('mayor-havenstad') });
    expect(s.decisions['d-iac']?.taken?.team).toBeUndefined();
    expect(roleView(station, s, 'mayor-havenstad').decisions.find((d) => d.id === 'd-iac')?.team).toBeNull();
  });
});
