// Rating a message in own words from the evaluator's console during play, as an evaluator would: the text
// with the perpetrator's name highlighted, "not rated yet", the rating form (the same component and command
// as the debrief's), and after recording it the rating stands in the list and replaces the automatic
// verdict for C02. Hostile text in the message and in the note stays text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario, scoreExercise, type Command, type Scenario } from '../../src/engine/index.js';
import { renderTrainerConsole, type TrainerConsole } from '../../src/ui/trainer/trainer-console.js';
import { Exercise } from './trainer-session.js';

const XSS = '<img src=x onerror="window.__ratePwned=1">';

function intro(): Scenario {
  const loaded = loadScenario(readFileSync(resolve(process.cwd(), 'scenarios/intro-market-square.json'), 'utf8'), 'intro-market-square.json');
  if (!loaded.ok) throw new Error('intro does not load');
  return loaded.scenario;
}

afterEach(() => document.body.replaceChildren());

describe("evaluator's console: rating a message in own words during play", () => {
  it('shows the matched name, records the rating as the evaluator, and the rating replaces the automatic verdict', async () => {
    const scenario = intro();
    const ex = new Exercise(scenario, {
      mode: 'multiwindow',
      tables: scenario.roles.map((r) => ({ id: r.id, name: r.id, roles: [r.id] })),
      simcell: [],
      feedback: 'debrief',
    }).run({ type: 'start' }, { type: 'beginRounds' }, { type: 'jump', minutes: 20 });
    const published = ex.as({ kind: 'role', role: 'comms' }, { type: 'publishText', lang: 'en', channel: 'socialMedia', audience: 'public', text: `Police arrested Dennis V. at the market. ${XSS}` });
    expect(published.ok).toBe(true);
    const message = ex.state.messages.at(-1)!.id;
    expect(scoreExercise(scenario, ex.state).criteria.find((c) => c.criterion === 'C02')?.result).toBe('notMet');

    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const sent: Command[] = [];
    let c: TrainerConsole | null = null;
    c = renderTrainerConsole(root, {
      view: ex.trainerView(),
      lang: 'en',
      mode: 'evaluator',
      send: (command: Command) => {
        sent.push(command);
        ex.apply(command);
        c?.update(ex.trainerView(), 'en');
      },
    });
    const panel = screen.getByRole('region', { name: 'Communication: checks per message' });
    const article = () => within(panel).getByRole('article', { name: new RegExp(`^Message ${message} `) });
    const mark = article().querySelector('mark.message__match');
    expect(mark?.textContent).toBe('Dennis V.');
    expect(mark?.closest('blockquote')?.textContent).toContain(XSS);
    expect(within(article()).getByText('Not rated yet: counts by its automatic findings.')).toBeTruthy();
    expect(within(article()).getByText('Automatic findings (suggestions)')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(within(article()).getByText('Evaluator rating', { selector: 'summary' }));
    await user.selectOptions(within(article()).getByLabelText('Principle'), 'perpetratorAttention');
    await user.selectOptions(within(article()).getByLabelText('Rating'), 'meets');
    await user.type(within(article()).getByLabelText('Note'), `Named at police request. ${XSS}`);
    await user.click(within(article()).getByRole('button', { name: 'Record rating' }));

    expect(sent.at(-1)).toEqual({ actor: { kind: 'evaluator' }, type: 'rateMessage', message, principle: 'perpetratorAttention', rating: 'meets', note: `Named at police request. ${XSS}` });
    expect(ex.state.ratings?.[message]?.perpetratorAttention).toMatchObject({ rating: 'meets', by: 'evaluator' });
    // The console shows the rating, the note as text, and the form is ready for the next one.
    expect(within(article()).getByText(`Minimal attention for perpetrators: Meets (evaluator) — Named at police request. ${XSS}`)).toBeTruthy();
    expect(within(article()).getByLabelText<HTMLTextAreaElement>('Note').value).toBe('');
    expect(scoreExercise(scenario, ex.state).criteria.find((x) => x.criterion === 'C02')?.result).toBe('met');
    expect(root.querySelector('img')).toBeNull();
    expect((window as unknown as { __ratePwned?: number }).__ratePwned).toBeUndefined();
  });

  it('offers no rating form for a message built from blocks', () => {
    const scenario = intro();
    const ex = new Exercise(scenario, {
      mode: 'multiwindow',
      tables: scenario.roles.map((r) => ({ id: r.id, name: r.id, roles: [r.id] })),
      simcell: [],
      feedback: 'debrief',
    }).run({ type: 'start' }, { type: 'beginRounds' }, { type: 'jump', minutes: 20 });
    expect(ex.as({ kind: 'role', role: 'comms' }, { type: 'publish', blocks: ['fact-incident'] }).ok).toBe(true);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    renderTrainerConsole(root, { view: ex.trainerView(), lang: 'en', mode: 'evaluator', send: () => undefined });
    const panel = screen.getByRole('region', { name: 'Communication: checks per message' });
    expect(within(panel).queryByText('Evaluator rating', { selector: 'summary' })).toBeNull();
  });
});
