// C07's right chair (issue 15, point 7): before, the chair was read from whoever convened a team, so the
// rule could not fail. Now a decision is judged on whether the body that took it held the power at that
// moment (the table of powers and the GRIP level then in force) and, for a policy team's decision, whether
// the team sat and its chair decided. Each pair below is the same play with one thing changed.
import { describe, expect, it } from 'vitest';
import { botSettings } from '../../../src/engine/bots/index.js';
import { scoreExercise, type Command, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { inRounds, must, role, scenarioNamed, TRAINER } from '../engine/support.js';

const station = scenarioNamed('station-attack.json');
const windows = (scenario: Scenario) => ({ ...botSettings(scenario), mode: 'multiwindow' as const });

/** The national teams in time (so C07's teams part is met), then on until `decision` is open. */
function upTo(scenario: Scenario, decision: string): ExerciseState {
  let s = inRounds(scenario, 'chair-1', windows(scenario));
  while (!s.delivered['inj-nctv-first-assessment']) s = must(scenario, s, { type: 'advance', actor: TRAINER });
  s = must(scenario, s, { type: 'structure', action: { action: 'convene', team: 'ICCb' }, actor: role('nctv') });
  s = must(scenario, s, { type: 'structure', action: { action: 'convene', team: 'NKC' }, actor: role('nctv') });
  while (!s.decisions[decision]) s = must(scenario, s, { type: 'advance', actor: TRAINER });
  return s;
}

const run = (scenario: Scenario, s: ExerciseState, commands: readonly Command[]) => commands.reduce((x, c) => must(scenario, x, c), s);
const c07 = (scenario: Scenario, s: ExerciseState) => {
  const c = scoreExercise(scenario, s).criteria.find((x) => x.criterion === 'C07');
  if (!c) throw new Error('the scenario does not score C07');
  return c;
};
const codes = (c: ReturnType<typeof c07>) => c.engine.explanations.map((x) => x.code);

describe('C07: the right chair', () => {
  it('fails the chair of the safety region sending the NL-Alert under GRIP 3, naming the power, who held it and art. 39 Wvr', () => {
    const base = upTo(station, 'd-nl-alert');
    expect(base.structure.scaling.context.level).toBeLessThan(4);
    const wrong = run(station, base, [
      { type: 'structure', action: { action: 'scale', level: 3 }, actor: role('mayor-havenstad') },
      { type: 'decide', decision: 'd-nl-alert', option: 'alert-complete', actor: role('chair-region') },
    ]);
    const right = run(station, base, [
      { type: 'structure', action: { action: 'scale', level: 4 }, actor: role('chair-region') },
      { type: 'decide', decision: 'd-nl-alert', option: 'alert-complete', actor: role('chair-region') },
    ]);
    const [w, r] = [c07(station, wrong), c07(station, right)];
    expect(r.engine.result).toBe('met');
    expect(w.engine.result).toBe('partly');
    const why = w.engine.explanations.find((x) => x.code === 'teams.wrong-power');
    expect(why?.params).toMatchObject({ decision: 'd-nl-alert', office: 'chairSafetyRegion', power: 'sendNlAlert', holders: 'mayor' });
    expect(String(why?.params.source)).toContain('art. 39');
    expect(w.evidence).toContain(wrong.events.findLast((e) => e.kind === 'decisionTaken')?.seq);
    // The cards the actions settled (the national structure, GRIP 4) count too, each in the right chair.
    const tally = r.engine.explanations.find((x) => x.code === 'teams.right-chair')?.params;
    expect(tally?.right).toBe(tally?.judged);
    const wrongTally = w.engine.explanations.find((x) => x.code === 'teams.right-chair')?.params;
    expect(Number(wrongTally?.judged) - Number(wrongTally?.right)).toBe(1);
  });

  it('fails a policy team\'s decision taken while the team does not sit, and accepts it once the team sits under its chair', () => {
    const scenario: Scenario = { ...station, decisions: station.decisions.map((d) => (d.id === 'd-iac' ? { ...d, team: 'GBT' as const } : d)) };
    let base = upTo(scenario, 'd-iac');
    // Stand the region down below GRIP 3 when it got there on its own, so the GBT does not sit.
    if (base.structure.scaling.context.level >= 3) base = must(scenario, base, { type: 'structure', action: { action: 'scale', level: 2 }, actor: role('chair-region') });
    const decide: Command = { type: 'decide', decision: 'd-iac', option: 'open-iac-outreach', actor: role('mayor-havenstad') };
    const alone = run(scenario, base, [decide]);
    const inTeam = run(scenario, base, [{ type: 'structure', action: { action: 'scale', level: 3 }, actor: role('mayor-havenstad') }, decide]);
    expect(codes(c07(scenario, alone))).toContain('teams.outside-team');
    expect(codes(c07(scenario, inTeam))).not.toContain('teams.outside-team');
    expect(c07(scenario, inTeam).engine.result).toBe('met');
    expect(c07(scenario, alone).engine.result).toBe('partly');
  });

  it('never lifts C07: decisions in the right chair leave a missed team as not met', () => {
    let s = inRounds(station, 'chair-1', windows(station));
    while (!s.decisions['d-iac']) s = must(station, s, { type: 'advance', actor: TRAINER });
    s = must(station, s, { type: 'decide', decision: 'd-iac', option: 'open-iac-outreach', actor: role('mayor-havenstad') });
    const c = c07(station, s);
    expect(c.engine.result).toBe('notMet');
    expect(c.engine.explanations.find((x) => x.code === 'teams.right-chair')?.params).toEqual({ judged: 1, right: 1 });
  });
});
