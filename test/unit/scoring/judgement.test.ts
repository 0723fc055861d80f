// Scores that measure judgement, not activity (DOMAIN.md §7, revised). Each loophole a sceptical trainer found
// is a scripted command log in test/fixtures/loopholes, recorded from the adversarial bots before the scoring
// changed; replayed past refusals (as `simulate --skip-refused` does), each must now be rated as the validity
// rules say. Then: a card is settled by the action that carries it out, measured results come first, critical
// tasks cap, and an unwarranted escalating measure never raises a rating.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { botSettings, playExercise } from '../../../src/engine/bots/index.js';
import { applyCommand, scoreExercise, type Command, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { readLog } from '../../../src/engine/session/bundle.js';
import { capByCriticalTasks, type CriterionResult, type Rating } from '../../../src/engine/strategy/index.js';
import { weaker } from '../../../src/engine/scoring/score.js';
import { judgedMeasures } from '../../../src/engine/scoring/warrants.js';
import { must, newSession, role, scenarioNamed, TRAINER } from '../engine/support.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LOOPHOLES = `${ROOT}test/fixtures/loopholes`;
const ORDER: readonly Rating[] = ['P', 'S', 'M', 'U'];
const RESULT_ORDER: readonly CriterionResult[] = ['met', 'partly', 'notMet'];

/** Replay a log, letting refused commands stand as attempts (as `simulate --script --skip-refused` does). */
function replay(scenario: Scenario, commands: readonly Command[]): ExerciseState {
  let state = newSession(scenario, '1', botSettings(scenario));
  for (const c of commands) state = applyCommand(scenario, state, c).state;
  return state;
}

function logOf(file: string): Command[] {
  const read = readLog(JSON.parse(readFileSync(`${LOOPHOLES}/${file}`, 'utf8')));
  if (!read.ok) throw new Error(`${file}: ${read.code}`);
  return [...read.commands];
}

const worse = (a: Rating, b: Rating) => ORDER.indexOf(a) > ORDER.indexOf(b);
const resultValue = (r: CriterionResult): number | null => (r === 'met' ? 1 : r === 'partly' ? 0.5 : r === 'notMet' ? 0 : null);

function c06(report: ReturnType<typeof scoreExercise>): number {
  const values = report.criteria.filter((c) => c.criterion === 'C06').map((c) => resultValue(c.result)).filter((v): v is number => v !== null);
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe('the loopholes, replayed from their scripted logs', { timeout: 120_000 }, () => {
  const files = readdirSync(LOOPHOLES).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const [name, policy] = file.split('.') as [string, string];
    it(`${policy} on ${name} is rated as the validity rules say`, () => {
      const scenario = scenarioNamed(`${name}.json`);
      const report = scoreExercise(scenario, replay(scenario, logOf(file)));
      const ratings = Object.entries(report.objectives).map(([id, g]) => [id, g?.rating] as const);
      const c17 = new Set(report.criteria.filter((c) => c.criterion === 'C17').map((c) => c.objective));
      if (policy === 'eager') {
        for (const [id, rating] of ratings) expect(rating, `eager ${id}`).not.toBe('P');
        for (const id of c17) expect(['M', 'U'], `eager ${id} holds C17`).toContain(report.objectives[id]?.rating);
        expect(report.criteria.find((c) => c.criterion === 'C17')?.result).toBe('notMet');
      }
      if (policy === 'naming') {
        expect(report.criteria.find((c) => c.criterion === 'C02')?.result).toBe('notMet');
        expect(['M', 'U']).toContain(report.objectives.VB1?.rating);
      }
      if (policy === 'silent') expect(['M', 'U']).toContain(report.objectives.VB1?.rating);
      if (policy === 'cards') for (const [id, rating] of ratings) expect(rating, `cards ${id}`).not.toBe('P');
      if (policy === 'late' && scenario.scoring.criteria.some((c) => c.criterion === 'C06')) {
        const idle = scoreExercise(scenario, replay(scenario, logOf(`${name}.idle.json`)));
        const good = scoreExercise(scenario, playExercise(scenario, '1', 'doctrine').state);
        expect(c06(report)).toBeGreaterThan(c06(idle));
        expect(c06(report)).toBeLessThan(c06(good));
      }
    });
  }
});

describe('explanations agree with results', { timeout: 120_000 }, () => {
  for (const file of readdirSync(LOOPHOLES).filter((f) => f.endsWith('.json')).sort()) {
    it(`in ${file}: no negative minutes, and a decided line whenever both lines exist`, () => {
      const [name] = file.split('.') as [string];
      const scenario = scenarioNamed(`${name}.json`);
      const report = scoreExercise(scenario, replay(scenario, logOf(file)));
      for (const c of report.criteria) {
        for (const x of c.explanations) for (const v of Object.values(x.params)) if (typeof v === 'number') expect(v, `${c.criterion} ${x.code}`).toBeGreaterThanOrEqual(0);
        const decided = c.explanations.find((x) => x.code.startsWith('line.decided.'));
        if (c.result === 'notApplicable') continue;
        if (c.assessments.length > 0) expect(decided, c.criterion).toBeDefined();
        if (decided?.code === 'line.decided.measured') expect(c.result).toBe(c.engine.result);
        if (decided?.code === 'line.decided.assessed-only') expect(c.engine.result).toBe('notApplicable');
        // The weaker line counts: the result is never better than what was measured.
        if (c.engine.result !== 'notApplicable') expect(RESULT_ORDER.indexOf(c.result)).toBeGreaterThanOrEqual(RESULT_ORDER.indexOf(c.engine.result));
      }
    });
  }
});

describe('measured first', () => {
  it('counts the weaker of two lines, and a line that does not apply gives way', () => {
    expect(weaker('met', 'partly')).toBe('partly');
    expect(weaker('notMet', 'met')).toBe('notMet');
    expect(weaker('notApplicable', 'partly')).toBe('partly');
    expect(weaker('met', 'notApplicable')).toBe('met');
  });

  it('caps an objective at M for a critical task not met and at S for one partly met, and says which', () => {
    const row = (criterion: 'C01' | 'C06', result: CriterionResult, critical: boolean) => ({ criterion, result, weight: 1, critical });
    expect(capByCriticalTasks('S', [row('C01', 'notMet', true), row('C06', 'met', false)])).toEqual({ rating: 'M', caps: [{ criterion: 'C01', result: 'notMet', cap: 'M' }] });
    expect(capByCriticalTasks('P', [row('C06', 'partly', true)]).rating).toBe('S');
    expect(capByCriticalTasks('U', [row('C06', 'partly', true)])).toEqual({ rating: 'U', caps: [] });
    expect(capByCriticalTasks('S', [row('C01', 'notMet', false)]).rating).toBe('S');
  });
});

describe('decision cards and actions are one thing', () => {
  const scenario = scenarioNamed('station-attack.json');
  const windows = { ...botSettings(scenario), mode: 'multiwindow' as const };

  it('settles the threat-level card by the NCTV raising the level itself: taken by the NCTV, never the default', () => {
    let s = must(scenario, must(scenario, newSession(scenario, '1', windows), { type: 'start', actor: TRAINER }), { type: 'beginRounds', actor: TRAINER });
    while (!s.decisions['d-threat-level']) s = must(scenario, s, { type: 'advance', actor: TRAINER });
    s = must(scenario, s, { type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'region' }, actor: role('nctv') });
    const taken = s.decisions['d-threat-level']?.taken;
    expect(taken).toMatchObject({ option: 'region-5', byDefault: false, settledBy: { role: 'nctv' } });
    for (let i = 0; i < 4; i++) s = must(scenario, s, { type: 'advance', actor: TRAINER });
    expect(s.events.some((e) => e.kind === 'deadlinePassed' && e.data.decision === 'd-threat-level')).toBe(false);
    const c17 = scoreExercise(scenario, s).criteria.find((c) => c.criterion === 'C17');
    expect(c17?.assessments.find((a) => a.decision === 'd-threat-level')).toMatchObject({ option: 'region-5', byDefault: false });
  });

  it('replaces a default that expired when the owner later carries out another option, so the debrief does not say "kept"', () => {
    let s = must(scenario, must(scenario, newSession(scenario, '1', windows), { type: 'start', actor: TRAINER }), { type: 'beginRounds', actor: TRAINER });
    while (!s.decisions['d-threat-level']?.taken) s = must(scenario, s, { type: 'advance', actor: TRAINER });
    expect(s.decisions['d-threat-level']?.taken?.byDefault).toBe(true);
    s = must(scenario, s, { type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'region' }, actor: role('nctv') });
    expect(s.decisions['d-threat-level']?.taken).toMatchObject({ option: 'region-5', byDefault: false });
  });
});

describe('a card is settled only by the whole option, and by the option the team carried out', () => {
  const scale3 = { type: 'structure', action: { action: 'scale', level: 3 } } as const;
  const driehoek = { type: 'structure', action: { action: 'convene', team: 'driehoek' } } as const;
  function open(scenario: Scenario, decision: string, windows: boolean): ExerciseState {
    const settings = windows ? { ...botSettings(scenario), mode: 'multiwindow' as const } : botSettings(scenario);
    let s = must(scenario, must(scenario, newSession(scenario, '1', settings), { type: 'start', actor: TRAINER }), { type: 'beginRounds', actor: TRAINER });
    while (!s.decisions[decision]) s = must(scenario, s, { type: 'advance', actor: TRAINER });
    expect(s.decisions[decision]?.taken).toBeUndefined();
    return s;
  }

  it('records GRIP 3 alone as "GRIP 3 only", not as the option that also convenes the driehoek', () => {
    const scenario = scenarioNamed('intro-market-square.json');
    const s = must(scenario, open(scenario, 'grip-level', true), { ...scale3, actor: role('mayor') });
    expect(s.decisions['grip-level']?.taken).toMatchObject({ option: 'grip3-only', byDefault: false, settledBy: { role: 'mayor' } });
  });

  it('records GRIP 3 with the driehoek sitting as the option that does both', () => {
    const scenario = scenarioNamed('intro-market-square.json');
    let s = must(scenario, open(scenario, 'grip-level', true), { ...driehoek, actor: role('mayor') });
    expect(s.decisions['grip-level']?.taken).toBeUndefined();
    s = must(scenario, s, { ...scale3, actor: role('mayor') });
    expect(s.decisions['grip-level']?.taken).toMatchObject({ option: 'grip3-driehoek', byDefault: false });
  });

  it('leaves a card open while only part of an option is done, and settles it when the rest follows', () => {
    const scenario = scenarioNamed('station-attack.json');
    let s = must(scenario, open(scenario, 'd-scale-grip3', true), { ...scale3, actor: role('mayor-havenstad') });
    expect(s.decisions['d-scale-grip3']?.taken).toBeUndefined();
    s = must(scenario, s, { ...driehoek, actor: role('mayor-havenstad') });
    expect(s.decisions['d-scale-grip3']?.taken).toMatchObject({ option: 'grip3-and-driehoek', byDefault: false, settledBy: { role: 'mayor-havenstad' } });
  });

  it('records opening the IAC alone as the phone line, not as full aftercare', () => {
    const scenario = scenarioNamed('intro-market-square.json');
    const s = must(scenario, open(scenario, 'aftercare', true), { type: 'structure', action: { action: 'openIac' }, actor: role('mayor') });
    expect(s.decisions.aftercare?.taken).toMatchObject({ option: 'phone-line', byDefault: false });
  });
});

describe('over-reaction never pays', { timeout: 120_000 }, () => {
  const unwarranted: Record<string, Command> = {
    'intro-market-square.json': { type: 'structure', action: { action: 'sendNlAlert', area: 'brink', advice: 'advice-avoid-brink' }, actor: role('mayor') },
    // GRIP 5 with one safety region is refused outright (the law needs more than one region), so the
    // over-reaction tried here is the national level 5 before any indication of an imminent attack.
    'station-attack.json': { type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'national' }, actor: role('nctv') },
    'festival-livestream.json': { type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'national' }, actor: role('nctv') },
    'airport-drones.json': { type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'national' }, actor: role('nctv') },
    // The discussion tabletop has no NCTV role; protecting the mosque in module 1, before any call against it, is unwarranted.
    'ramming-tabletop.json': { type: 'structure', action: { action: 'protect', target: 'mosque-risk' }, actor: role('mayor') },
  };
  for (const [file, extra] of Object.entries(unwarranted)) {
    it(`adding an unwarranted measure to doctrine play on ${file} raises no rating, and is judged an over-reaction`, () => {
      const scenario = scenarioNamed(file);
      const { log } = playExercise(scenario, '1', 'doctrine', { settings: { ...botSettings(scenario), mode: 'multiwindow' } });
      const commands = log.map((e) => e.command);
      const base = replayIn(scenario, commands);
      // Insert the measure as the acting role's first command of the rounds (of the first module, in a discussion).
      const at = commands.findIndex((c) => c.type === 'beginRounds' || c.type === 'startModule') + 1;
      const changed = replayIn(scenario, [...commands.slice(0, at), extra, ...commands.slice(at)]);
      expect(judgedMeasures(scenario, changed).some((m) => m.overReaction && m.role === (extra.actor as { role: string }).role)).toBe(true);
      const before = scoreExercise(scenario, base);
      const after = scoreExercise(scenario, changed);
      for (const [id, g] of Object.entries(after.objectives)) {
        const was = before.objectives[id as 'VB1']?.rating as Rating;
        expect(worse(was, g?.rating as Rating), `${id}: ${was} → ${g?.rating}`).toBe(false);
      }
    });
  }
});

function replayIn(scenario: Scenario, commands: readonly Command[]): ExerciseState {
  let state = newSession(scenario, '1', { ...botSettings(scenario), mode: 'multiwindow' });
  for (const c of commands) state = applyCommand(scenario, state, c).state;
  return state;
}
