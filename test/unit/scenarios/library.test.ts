// The scenario library as a whole: every bundled scenario loads, lints without errors, is won by
// doctrine and lost by poor play, survives random play to an ending, and together the library uses
// every criterion of the catalogue and gives every role something scored to do.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { botSettings, playExercise } from '../../../src/engine/bots/index.js';
import { loadScenario, scenarioHash, scoreExercise, type Scenario } from '../../../src/engine/index.js';
import { lintScenario } from '../../../src/engine/lint/index.js';
import { CRITERIA } from '../../../src/engine/scenario/vocabulary.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FILES = readdirSync(`${ROOT}scenarios`).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').sort();

const LIBRARY: { file: string; scenario: Scenario }[] = FILES.map((file) => {
  const r = loadScenario(readFileSync(`${ROOT}scenarios/${file}`, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load: ${r.errors.map((e) => `${e.line}:${e.column} ${e.path} ${e.message}`).join('; ')}`);
  return { file, scenario: r.scenario };
});

// Enough seeds to meet the random bot's odd corners in every test run; `npm run scenario:playtest -- FILE --runs 500` goes wider.
const RANDOM_SEEDS = 20;

describe('the scenario library', () => {
  it('ships the introduction, the three full scenarios and the discussion-based tabletop', () => {
    expect(FILES).toEqual(expect.arrayContaining(['intro-market-square.json', 'station-attack.json', 'airport-drones.json', 'festival-livestream.json', 'ramming-tabletop.json']));
  });

  // Issue 18: a CTEP/HSEEP-style tabletop the facilitator runs module by module.
  it('has a discussion-based scenario in three modules with a time jump, questions, key points and an evaluator guide, in nl and en', () => {
    const discussion = LIBRARY.filter(({ scenario }) => scenario.exerciseKind === 'discussion');
    expect(discussion.map((d) => d.file)).toContain('ramming-tabletop.json');
    for (const { scenario } of discussion) {
      expect(scenario.fictional).toBe(true);
      expect(scenario.languages).toEqual(expect.arrayContaining(['nl', 'en']));
      expect(scenario.modules.length).toBeGreaterThanOrEqual(3);
      const starts = scenario.modules.map((m) => m.startsAt);
      // At least one jump between modules, announced to the room.
      expect(starts.some((t, i) => i > 0 && t > (starts[i - 1] ?? 0))).toBe(true);
      for (const m of scenario.modules.slice(1)) expect(m.timeLabel, m.id).toEqual({ nl: expect.any(String), en: expect.any(String) });
      for (const m of scenario.modules) {
        expect(m.objectives.length, m.id).toBeGreaterThan(0);
        expect(m.criticalTasks.length, m.id).toBeGreaterThan(0);
        expect(m.capabilityTarget, m.id).toBeDefined();
        expect(m.observationPrompts.length, m.id).toBeGreaterThan(0);
        expect(m.script, m.id).toBeDefined();
        expect(m.questions.length, m.id).toBeGreaterThan(0);
        for (const q of m.questions) {
          expect(q.keyPoints.length, q.id).toBeGreaterThan(0);
          expect(q.text, q.id).toEqual({ nl: expect.any(String), en: expect.any(String) });
        }
      }
    }
  });

  it('gives station-attack modules usable for a discussion run: by rounds it opens each when due, run by module it jumps from one to the next', () => {
    const { scenario } = LIBRARY.find((l) => l.file === 'station-attack.json')!;
    expect(scenario.exerciseKind).toBe('mixed');
    expect(scenario.modules.length).toBeGreaterThanOrEqual(3);
    for (const m of scenario.modules) expect(m.questions.length * m.criticalTasks.length * m.objectives.length, m.id).toBeGreaterThan(0);
    const opened = (settings?: Parameters<typeof playExercise>[3]) =>
      playExercise(scenario, '1', 'doctrine', { hash: scenarioHash(scenario), ...settings }).state.events.filter((e) => e.kind === 'moduleStarted').map((e) => [e.data.module, e.minute]);
    expect(opened()).toEqual(scenario.modules.map((m) => [m.id, expect.any(Number)]));
    expect(opened({ settings: { ...botSettings(scenario), runByModule: true } })).toEqual(scenario.modules.map((m) => [m.id, m.startsAt]));
  });

  it('plays the discussion scenario by module: doctrine play opens every module, the clock jumps to each start and ends at the last', () => {
    const { scenario } = LIBRARY.find((l) => l.file === 'ramming-tabletop.json')!;
    const { state } = playExercise(scenario, '1', 'doctrine', { hash: scenarioHash(scenario) });
    const opened = state.events.filter((e) => e.kind === 'moduleStarted').map((e) => [e.data.module, e.minute]);
    expect(opened).toEqual(scenario.modules.map((m) => [m.id, m.startsAt]));
    expect(state.log.some((e) => e.command.type === 'advance' || e.command.type === 'beginRounds')).toBe(false);
  });

  it('uses every criterion of the catalogue in at least one scenario', () => {
    const used = new Set(LIBRARY.flatMap(({ scenario }) => scenario.scoring.criteria.map((c) => c.criterion)));
    expect([...CRITERIA].filter((c) => !used.has(c))).toEqual([]);
  });

  for (const { file, scenario } of LIBRARY) {
    describe(file, () => {
      // The dynamic pass plays seeded bots: a fixed amount of work that a loaded machine may take longer over.
      it('has no lint errors', { timeout: 60_000 }, () => {
        const errors = lintScenario(scenario).filter((f) => f.severity === 'error');
        expect(errors.map((f) => `${f.code} ${f.path}`)).toEqual([]);
      });

      it('gives every role at least three scored actions (decisions, structure actions or messages)', () => {
        for (const role of scenario.roles) {
          const decisions = scenario.decisions.filter((d) => d.owner === role.id && d.options.some((o) => o.assessments.length > 0)).length;
          const expected = scenario.injects.flatMap((i) => i.expectedActions).filter((a) => a.role === role.id).length;
          expect(decisions + expected, `${role.id}: ${decisions} assessed decisions + ${expected} expected actions`).toBeGreaterThanOrEqual(3);
        }
      });

      it('rates doctrine play (from knowledge alone) P or S on every objective it exercises, and poor play M or U', () => {
        const hash = scenarioHash(scenario);
        const good = scoreExercise(scenario, playExercise(scenario, '1', 'doctrine', { hash }).state);
        const bad = scoreExercise(scenario, playExercise(scenario, '1', 'poor', { hash }).state);
        for (const [objective, group] of Object.entries(good.objectives)) {
          expect(['P', 'S'], `doctrine ${objective}`).toContain(group?.rating);
          expect(['M', 'U'], `poor ${objective}`).toContain(bad.objectives[objective as 'VB1' | 'VB2']?.rating);
          // Each rating rests on evidence: the criteria that applied cite events.
          const cited = good.criteria.filter((c) => c.objective === objective && c.result !== 'notApplicable' && c.evidence.length > 0);
          expect(cited.length, `doctrine ${objective} evidence`).toBeGreaterThan(0);
        }
      });

      // The validity rules (DOMAIN.md §7) over seeds 1–10 of each scenario: test/unit/scenarios/validity.test.ts.

      // A fixed amount of work, not a speed check: on a loaded 2-core machine it can take longer than the default 5 s.
      it(`reaches an ending from ${RANDOM_SEEDS} random-bot seeds without a refused default or structure effect`, { timeout: 60_000 }, () => {
        const hash = scenarioHash(scenario);
        for (let seed = 0; seed < RANDOM_SEEDS; seed++) {
          const { state } = playExercise(scenario, `random-${seed}`, 'random', { hash });
          expect(state.phase, `seed random-${seed}`).toBe('hotwash');
          expect(state.ending, `seed random-${seed}`).not.toBeNull();
        }
      });
    });
  }
});
