import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../src/engine/scenario/schema.js';
import { CRITERIA, OBJECTIVES } from '../../../src/engine/scenario/vocabulary.js';
import {
  CRITERION_CATALOGUE,
  CRITERION_PARAMETERS,
  criterionById,
  isCriterionId,
  OBJECTIVE_CATALOGUE,
  objectiveById,
  objectiveOf,
  THEME_IDS,
  THEMES,
  type Bilingual,
} from '../../../src/engine/strategy/index.js';
import { normaliseQuote, readStrategy } from './strategy-text.js';

const strategy = readStrategy();
const strategyLower = strategy.toLowerCase();

function expectBilingual(text: Bilingual | undefined, where: string): void {
  expect(text, where).toBeDefined();
  expect(text?.nl.trim(), `${where}.nl`).not.toBe('');
  expect(text?.en.trim(), `${where}.en`).not.toBe('');
}

describe('the objectives', () => {
  it('are VB1 and VB2, in order', () => {
    expect(OBJECTIVE_CATALOGUE.map((o) => o.id)).toEqual([...OBJECTIVES]);
    expect(objectiveById('VB2').id).toBe('VB2');
  });

  it.each(OBJECTIVE_CATALOGUE.map((o) => [o.id, o] as const))('%s is named in the strategy\'s own words', (_id, objective) => {
    expect(strategyLower).toContain(normaliseQuote(objective.name.nl).toLowerCase());
  });

  it.each(OBJECTIVE_CATALOGUE.map((o) => [o.id, o] as const))('%s quotes the strategy verbatim', (_id, objective) => {
    expect(strategy).toContain(normaliseQuote(objective.quote));
    expectBilingual(objective.name, 'name');
    expectBilingual(objective.description, 'description');
    expect(objective.quoteEn.trim()).not.toBe('');
    expect(objective.source.trim()).not.toBe('');
  });
});

describe('the criteria catalogue', () => {
  it('holds all 18 criteria of DOMAIN.md §7, C01 to C18 in order, each once', () => {
    expect(CRITERION_CATALOGUE).toHaveLength(18);
    expect(CRITERION_CATALOGUE.map((c) => c.id)).toEqual([...CRITERIA]);
  });

  it('finds each criterion by its id', () => {
    for (const id of CRITERIA) expect(criterionById(id).id).toBe(id);
    expect(isCriterionId('C07')).toBe(true);
    expect(isCriterionId('C19')).toBe(false);
  });

  it('puts every criterion under an objective and a known theme', () => {
    for (const c of CRITERION_CATALOGUE) {
      expect(OBJECTIVES, c.id).toContain(c.objective);
      expect(THEME_IDS, c.id).toContain(c.theme);
    }
  });

  it('follows the objective and theme table of DOMAIN.md §7', () => {
    const table = Object.fromEntries(CRITERION_CATALOGUE.map((c) => [c.id, `${c.objective} ${c.theme}`]));
    expect(table).toEqual({
      C01: 'VB1 communicatie',
      C02: 'VB1 communicatie',
      C03: 'VB1 communicatie',
      C04: 'VB1 communicatie',
      C05: 'VB1 communicatie',
      C06: 'VB1 besluitvorming',
      C07: 'VB1 besluitvorming',
      C08: 'VB1 hulpverlening',
      C09: 'VB1 communicatie',
      C10: 'VB1 ontwrichting',
      C11: 'VB1 communicatie',
      C12: 'VB1 nazorg',
      C13: 'VB2 bescherming',
      C14: 'VB2 vitaleProcessen',
      C15: 'VB2 online',
      C16: 'VB2 nieuweAanslagmiddelen',
      C17: 'VB2 proportionaliteit',
      C18: 'VB1 informatiedeling',
    });
  });

  it('lets only proportionality (C17) and information sharing (C18) take their objective from the scenario', () => {
    expect(CRITERION_CATALOGUE.filter((c) => c.objectiveFromScenario).map((c) => c.id)).toEqual(['C17', 'C18']);
    expect(objectiveOf('C17', 'VB1')).toBe('VB1');
    expect(objectiveOf('C17')).toBe('VB2');
    expect(objectiveOf('C18', 'VB2')).toBe('VB2');
    expect(objectiveOf('C01', 'VB2')).toBe('VB1');
  });

  it.each(CRITERION_CATALOGUE.map((c) => [c.id, c] as const))('%s quotes the strategy verbatim', (_id, criterion) => {
    expect(strategy).toContain(normaliseQuote(criterion.quote));
    expect(criterion.quoteEn.trim()).not.toBe('');
    expect(criterion.source.trim()).not.toBe('');
  });

  it.each(CRITERION_CATALOGUE.map((c) => [c.id, c] as const))('%s says what it measures in both languages', (_id, c) => {
    expectBilingual(c.title, 'title');
    expectBilingual(c.measure, 'measure');
    expectBilingual(c.notApplicableWhen, 'notApplicableWhen');
    if (c.partlyWhen) expectBilingual(c.partlyWhen, 'partlyWhen');
    if (c.domainBasis) expectBilingual(c.domainBasis, 'domainBasis');
    for (const [parameter, meaning] of Object.entries(c.parameters)) expectBilingual(meaning, parameter);
  });

  it('reads only parameters a scenario\'s criterion use can set', () => {
    const useFields = Object.keys(ScenarioSchema.shape.scoring.shape.criteria.element.shape);
    for (const parameter of CRITERION_PARAMETERS) expect(useFields).toContain(parameter);
    for (const c of CRITERION_CATALOGUE) {
      for (const parameter of Object.keys(c.parameters)) expect(CRITERION_PARAMETERS, c.id).toContain(parameter);
      for (const parameter of Object.keys(c.defaults ?? {})) expect(Object.keys(c.parameters), `${c.id} default`).toContain(parameter);
    }
  });

  it('names the other source where a rule rests on more than the strategy (GRIP timing on the Utrecht evaluation)', () => {
    expect(criterionById('C06').domainBasis?.en).toMatch(/COT/);
    expect(criterionById('C15').domainBasis?.en).toMatch(/2021\/784/);
  });

  it('gives every theme a name in both languages and uses every theme', () => {
    expect(THEMES.map((t) => t.id)).toEqual([...THEME_IDS]);
    for (const theme of THEMES) expectBilingual(theme.name, theme.id);
    for (const theme of THEME_IDS) expect(CRITERION_CATALOGUE.some((c) => c.theme === theme), theme).toBe(true);
  });
});
