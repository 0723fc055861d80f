// Military assistance through its chain (issue 15, point 9; DOMAIN.md §4; Politiewet 2012 art. 57-58), in the
// festival scenario: the competent authority requests, the Minister of JenV grants with Defence, and only then
// does a Defence unit move. Each skipped step is refused with a reason that names the missing step. And the
// prosecution's statement on the investigation is the Openbaar Ministerie's own (issue 15, point 6).
import { describe, expect, it } from 'vitest';
import { botSettings } from '../../../src/engine/bots/index.js';
import { applyCommand, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { lintScenario } from '../../../src/engine/lint/index.js';
import { t } from '../../../src/i18n/index.js';
import { inRounds, must, role, scenarioNamed, TRAINER } from './support.js';

const festival = scenarioNamed('festival-livestream.json');
const settings = { ...botSettings(festival), mode: 'multiwindow' as const };
const start = (): ExerciseState => inRounds(festival, 'mil-1', settings);

function refusal(scenario: Scenario, s: ExerciseState, command: Parameters<typeof applyCommand>[2]): string | null {
  const r = applyCommand(scenario, s, command);
  return r.ok ? null : r.refusal.code;
}

const grant = { type: 'structure', action: { action: 'grantMilitaryAssistance' }, actor: role('minister-jenv') } as const;
const guard = { type: 'boardAction', id: 'military-guard-azc', actor: role('police-chief') } as const;

describe('military assistance in the festival', () => {
  it('refuses the Minister\'s grant before the competent authority asked, and says which step is missing', () => {
    const s = start();
    expect(refusal(festival, s, grant)).toBe('military-not-requested');
    expect(t('en', 'refusal.military-not-requested')).toContain('through the LOCC');
    expect(t('nl', 'refusal.military-not-requested')).toContain('Politiewet 2012 art. 57-58');
  });

  it('refuses the Defence unit before the grant, and lets it guard the asylum centre once requested and granted', () => {
    let s = start();
    expect(refusal(festival, s, guard)).toBe('military-not-granted');
    s = must(festival, s, { type: 'structure', action: { action: 'requestAssistance', military: true }, actor: role('mayor-ravelingen') });
    expect(refusal(festival, s, guard)).toBe('military-not-granted');
    s = must(festival, s, grant);
    s = must(festival, s, guard);
    expect(s.board.units['defence-guard']).toMatchObject({ deployed: true, at: [3380, 2560] });
  });

  it('follows art. 39 Wvr: under GRIP 4 the chair of the safety region requests it, not the mayor', () => {
    let s = start();
    s = must(festival, s, { type: 'structure', action: { action: 'scale', level: 4 }, actor: role('chair-region') });
    expect(refusal(festival, s, { type: 'structure', action: { action: 'requestAssistance', military: true }, actor: role('mayor-ravelingen') })).toBe('power-passed-to-chair');
    s = must(festival, s, { type: 'structure', action: { action: 'requestAssistance', military: true }, actor: role('chair-region') });
    expect(refusal(festival, s, grant)).toBeNull();
  });

  it('skips a decision option that would send the Defence unit out before the grant, and tells the trainer why', () => {
    const scenario: Scenario = {
      ...festival,
      decisions: festival.decisions.map((d) =>
        d.id === 'd-first-line' ? { ...d, options: d.options.map((o, i) => (i === 0 ? { ...o, effects: [...o.effects, { kind: 'board' as const, change: { op: 'deployUnit' as const, unit: 'defence-guard' } }] } : o)) } : d,
      ),
    };
    let s = inRounds(scenario, 'mil-1', settings);
    while (!s.decisions['d-first-line']) s = must(scenario, s, { type: 'advance', actor: TRAINER });
    const option = scenario.decisions.find((d) => d.id === 'd-first-line')?.options[0]?.id ?? '';
    s = must(scenario, s, { type: 'decide', decision: 'd-first-line', option, actor: role('mayor-ravelingen') });
    expect(s.board.units['defence-guard']?.deployed).toBe(false);
    const skipped = s.events.findLast((e) => e.kind === 'structureEffectSkipped');
    expect(skipped?.data).toMatchObject({ role: 'mayor-ravelingen', refusal: { code: 'military-not-granted', params: { unit: 'defence-guard' } } });
    expect(skipped?.visibility).toBe('trainer');
  });

  it('lints a scenario whose roles cannot complete the chain: the Defence unit would always be refused', () => {
    const noMinister: Scenario = { ...festival, roles: festival.roles.filter((r) => r.id !== 'minister-jenv') };
    const codes = (sc: Scenario) => lintScenario(sc, { dynamic: false }).filter((f) => f.code === 'structure-prerequisite-impossible').map((f) => f.message);
    expect(codes(festival)).toEqual([]);
    // Without the minister other national steps become impossible too; the Defence unit is one of them.
    expect(codes(noMinister).filter((m) => m.includes('Defence unit'))).toEqual([expect.stringContaining('Board action "military-guard-azc" moves a Defence unit, but military assistance can never be granted')]);
  });
});

describe('the prosecution\'s statement in the festival', () => {
  it('belongs to the chief public prosecutor (the OM leads the investigation and speaks about it), no longer to the police chief', () => {
    const d = festival.decisions.find((x) => x.id === 'd-prosecution-statement');
    const owner = festival.roles.find((r) => r.id === d?.owner);
    expect(owner?.office).toBe('chiefPublicProsecutor');
    let s = start();
    while (!s.decisions['d-prosecution-statement']) s = must(festival, s, { type: 'advance', actor: TRAINER });
    expect(refusal(festival, s, { type: 'decide', decision: 'd-prosecution-statement', option: 'facts-no-speculation', actor: role('police-chief') })).toBe('not-decision-owner');
    expect(refusal(festival, s, { type: 'decide', decision: 'd-prosecution-statement', option: 'facts-no-speculation', actor: role('chief-prosecutor') })).toBeNull();
  });
});
