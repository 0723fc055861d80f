import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { renderProjector } from '../../src/ui/projector/projector.js';
import { renderTrainerConsole } from '../../src/ui/trainer/trainer-console.js';
import { Exercise } from './trainer-session.js';

// jsdom lays nothing out, so colour contrast is left to the end-to-end check in Chromium; every
// structural rule (names, labels, landmarks, headings, table semantics, ARIA use) runs here.
const OPTIONS: axe.RunOptions = { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] };

afterEach(() => document.body.replaceChildren());

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, OPTIONS);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function page(): HTMLElement {
  document.documentElement.lang = 'nl';
  document.title = 'Crisistafel';
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  return main;
}

function busyExercise(): Exercise {
  const ex = new Exercise().run({ type: 'start' }, { type: 'beginRounds' }, { type: 'advance' });
  ex.as({ kind: 'role', role: 'municipal-comms' }, { type: 'publish', blocks: ['fact-incident'] });
  ex.as({ kind: 'role', role: 'mayor' }, { type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'national' } });
  ex.run({ type: 'observe', text: 'Een waarneming', event: 3 });
  return ex;
}

describe('accessibility of the trainer console and the projector (axe-core, structural rules)', () => {
  it('finds no violation in the trainer console', async () => {
    renderTrainerConsole(page(), { view: busyExercise().trainerView(), lang: 'nl', send: () => undefined, mode: 'trainer' });
    for (const d of document.querySelectorAll('details')) d.open = true;
    expect(await violations()).toEqual([]);
  });

  it('finds no violation in the evaluator\'s view', async () => {
    renderTrainerConsole(page(), { view: busyExercise().trainerView(), lang: 'en', send: () => undefined, mode: 'evaluator' });
    expect(await violations()).toEqual([]);
  });

  it('finds no violation on the projector, during play and at the debrief', async () => {
    const ex = busyExercise();
    const projector = renderProjector(page(), { view: ex.publicView(), lang: 'nl' });
    expect(await violations()).toEqual([]);
    ex.run({ type: 'end' });
    projector.update(ex.roomView(), 'nl');
    expect(await violations()).toEqual([]);
  });
});
