// The printed documents of a discussion-based exercise, as a trainer gets them: one click from setup or from
// the console, in Dutch and English. The situation manual holds the modules' situations and questions and
// never a key point, a facilitator note, a critical task or an observation prompt; the handbook holds what to
// read aloud, the questions with their key points, the time plan and the critical tasks; the evaluation
// guides a sheet per module with the capability target, the critical tasks with a rating column and room
// for notes. Scenario text is drawn as text.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/engine/scenario/schema.js';
import type { ScreenContext } from '../../src/ui/app/screen.js';
import { createPrintMenu } from '../../src/ui/discussion/print-menu.js';
import { renderEvaluationGuides, renderHandbook, renderSituationManual } from '../../src/ui/discussion/printables.js';
import { mountSetup } from '../../src/ui/setup/setup-screen.js';
import { localise } from '../../src/ui/text.js';
import { bundledScenario, fakeServices } from './session-fixtures.js';

const HOSTILE = '<img src=x onerror="alert(1)">';

afterEach(() => document.body.replaceChildren());

function showSetup(scenario: Scenario, lang: 'nl' | 'en') {
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  const ctx: ScreenContext = {
    main,
    lang,
    services: fakeServices({ ids: ['sessie-1'] }),
    chosen: { scenario, fileName: 'ramming-tabletop.json' },
    choose: () => undefined,
    navigate: () => undefined,
    setTitle: () => undefined,
  };
  return mountSetup(ctx, { seed: () => '123456' });
}

/** Every piece of controller material in the scenario's modules, in both languages. */
function controllerTexts(s: Scenario): string[] {
  const texts: string[] = [];
  const both = (x: Parameters<typeof localise>[0]) => texts.push(localise(x, 'nl'), localise(x, 'en'));
  for (const m of s.modules) {
    for (const q of m.questions) q.keyPoints.forEach(both);
    m.criticalTasks.forEach((c) => both(c.text));
    m.observationPrompts.forEach(both);
    if (m.script) both(m.script);
    if (m.capabilityTarget) both(m.capabilityTarget);
  }
  return texts;
}

describe('printables from setup', () => {
  let print: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
  });
  afterEach(() => print.mockRestore());

  it('prints the situation manual (nl): every module\'s situation and questions, and no key point or other controller material', async () => {
    const scenario = bundledScenario('ramming-tabletop.json');
    showSetup(scenario, 'nl');
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Situatiehandboek tonen en printen' }));
    const doc = screen.getByRole('article', { name: `Situatiehandboek: ${localise(scenario.title, 'nl')}` });
    expect(document.activeElement).toBe(within(doc).getByRole('heading', { level: 2 }));
    const text = doc.textContent ?? '';
    expect(scenario.modules.length).toBeGreaterThanOrEqual(3);
    for (const m of scenario.modules) {
      expect(within(doc).getByRole('heading', { name: localise(m.title, 'nl') })).toBeTruthy();
      expect(text).toContain(localise(m.situation, 'nl').split('\n')[0]!.slice(0, 80));
      for (const q of m.questions) expect(text).toContain(localise(q.text, 'nl'));
    }
    const secrets = controllerTexts(scenario);
    expect(secrets.length).toBeGreaterThan(20);
    for (const secret of secrets) expect(text).not.toContain(secret.slice(0, 50));
    await u.click(screen.getByRole('button', { name: 'Printen' }));
    expect(print).toHaveBeenCalledTimes(1);
    await u.click(screen.getByRole('button', { name: 'Terug naar de voorbereiding' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Situatiehandboek tonen en printen' }));
  });

  it('prints the facilitator and evaluator handbook (en): read-aloud text, questions with key points, the time plan and the critical tasks', async () => {
    const scenario = bundledScenario('ramming-tabletop.json');
    showSetup(scenario, 'en');
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Show and print the facilitator and evaluator handbook' }));
    const doc = screen.getByRole('article', { name: `Facilitator and evaluator handbook: ${localise(scenario.title, 'en')}` });
    const text = doc.textContent ?? '';
    for (const m of scenario.modules) {
      const section = doc.querySelector<HTMLElement>(`[data-module="${m.id}"]`)!;
      const own = section.textContent ?? '';
      expect(own).toContain('Read aloud');
      expect(own).toContain(localise(m.situation, 'en').slice(0, 80));
      expect(own).toContain(`${m.budgetMinutes} minutes`);
      for (const q of m.questions) {
        expect(own).toContain(localise(q.text, 'en'));
        for (const k of q.keyPoints) expect(own).toContain(localise(k, 'en'));
      }
      for (const c of m.criticalTasks) expect(own).toContain(localise(c.text, 'en'));
      if (m.script) expect(own).toContain(localise(m.script, 'en').slice(0, 60));
    }
    const plan = within(doc).getByRole('table', { name: 'Time per module' });
    const total = scenario.modules.reduce((sum, m) => sum + m.budgetMinutes, 0);
    expect(within(plan).getByRole('row', { name: new RegExp(`^Total\\s+${total}$`) })).toBeTruthy();
    expect(text).toContain('Material for exercise control');
  });

  it('prints an evaluation guide per module (nl): capability target, critical tasks with a P/S/M/U column and room for notes, objectives to rate', async () => {
    const scenario = bundledScenario('ramming-tabletop.json');
    showSetup(scenario, 'nl');
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Evaluatiegidsen (EEG) tonen en printen' }));
    const doc = screen.getByRole('article', { name: `Evaluatiegidsen (EEG): ${localise(scenario.title, 'nl')}` });
    for (const m of scenario.modules) {
      const title = localise(m.title, 'nl');
      expect(within(doc).getByRole('heading', { name: `Evaluatiegids — ${title}` })).toBeTruthy();
      const sheet = doc.querySelector<HTMLElement>(`.eeg__sheet[data-module="${m.id}"]`)!;
      if (m.capabilityTarget) expect(sheet.textContent).toContain(localise(m.capabilityTarget, 'nl'));
      const tasks = within(sheet).getByRole('table', { name: `Kritieke taken van ${title}` });
      expect(within(tasks).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Kritieke taak', 'Criteria', 'Waarnemingen', 'Beoordeling (P/S/M/U)']);
      for (const c of m.criticalTasks) {
        const row = within(tasks).getByRole('row', { name: new RegExp(localise(c.text, 'nl').slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
        expect(row.textContent).toContain('☐ P');
        expect(row.querySelector('.eeg__notes')).not.toBeNull();
      }
      for (const p of m.observationPrompts) expect(sheet.textContent).toContain(localise(p, 'nl'));
      const objectives = within(sheet).getByRole('table', { name: `Beoordeling per doel in ${title}` });
      expect(within(objectives).getAllByRole('row')).toHaveLength(m.objectives.length + 1);
    }
  });

  it('offers them only for a scenario in modules, and the mixed station-attack gets them too', () => {
    showSetup(bundledScenario('intro-market-square.json'), 'nl');
    expect(screen.queryByRole('button', { name: 'Situatiehandboek tonen en printen' })).toBeNull();
    showSetup(bundledScenario('station-attack.json'), 'nl');
    expect(screen.getByRole('button', { name: 'Situatiehandboek tonen en printen' })).toBeTruthy();
  });
});

describe('printables: scenario text is text', () => {
  it('draws hostile module texts as text in all three documents', () => {
    const scenario = structuredClone(bundledScenario('ramming-tabletop.json')) as Scenario & { modules: { situation: unknown; questions: { text: unknown; keyPoints: unknown[] }[] }[] };
    const first = scenario.modules[0]!;
    first.situation = { nl: `Situatie ${HOSTILE}`, en: `Situation ${HOSTILE}` };
    first.questions[0]!.text = { nl: `Vraag ${HOSTILE}`, en: `Question ${HOSTILE}` };
    first.questions[0]!.keyPoints = [{ nl: `Kernpunt ${HOSTILE}`, en: `Key point ${HOSTILE}` }];
    for (const render of [renderSituationManual, renderHandbook, renderEvaluationGuides]) {
      const doc = render({ scenario: scenario as Scenario, lang: 'en', level: 1, id: 'doc' });
      document.body.replaceChildren(doc);
      expect(doc.querySelector('img')).toBeNull();
      expect(doc.textContent).toContain(`Question ${HOSTILE}`);
    }
    const sitman = renderSituationManual({ scenario: scenario as Scenario, lang: 'en', level: 1, id: 'doc' });
    expect(sitman.textContent).toContain(`Situation ${HOSTILE}`);
    expect(sitman.textContent).not.toContain('Key point');
  });

  it('uses the time budgets chosen at setup in the handbook', () => {
    const scenario = bundledScenario('ramming-tabletop.json');
    const first = scenario.modules[0]!;
    const doc = renderHandbook({
      scenario,
      settings: { mode: 'hotseat', tables: [], simcell: [], feedback: 'debrief', moduleMinutes: { [first.id]: 55 } },
      lang: 'en',
      level: 1,
      id: 'doc',
    });
    expect(doc.querySelector(`[data-module="${first.id}"]`)?.textContent).toContain('55 minutes');
  });
});

describe('printables from the console', () => {
  it('opens a document in place of the console, prints it, and goes back to the console', async () => {
    const scenario = bundledScenario('ramming-tabletop.json');
    const consoleArea = document.createElement('div');
    consoleArea.textContent = 'console';
    const print = vi.fn();
    const menu = createPrintMenu({ scenario, settings: () => ({ mode: 'hotseat', tables: [], simcell: [], feedback: 'debrief' }), lang: 'en', covers: consoleArea, print });
    document.body.replaceChildren(menu.element, consoleArea, menu.area);
    const u = userEvent.setup();
    await u.click(screen.getByText('Documents to print'));
    await u.click(screen.getByRole('button', { name: 'Show and print the evaluation guides (EEG)' }));
    expect(consoleArea.hidden).toBe(true);
    expect(screen.getByRole('article', { name: `Exercise Evaluation Guides (EEG): ${localise(scenario.title, 'en')}` })).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    menu.setLanguage('nl');
    expect(screen.getByRole('article', { name: `Evaluatiegidsen (EEG): ${localise(scenario.title, 'nl')}` })).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Terug naar de console' }));
    expect(consoleArea.hidden).toBe(false);
    expect(screen.queryByRole('article')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Evaluatiegidsen (EEG) tonen en printen' }));
  });

  it('is not there for an operational scenario', () => {
    const consoleArea = document.createElement('div');
    const menu = createPrintMenu({ scenario: bundledScenario('intro-market-square.json'), settings: () => ({ mode: 'hotseat', tables: [], simcell: [], feedback: 'debrief' }), lang: 'en', covers: consoleArea, print: () => undefined });
    expect(menu.element.hidden).toBe(true);
  });
});
