// A discussion-based exercise on its screens, used as the room would: the facilitator opens modules from
// the script (the clock jumps), puts questions on the projector and sees which tables answered; a table's
// scribe types its answer; an evaluator rates what they saw against the evaluation guide; after play the
// hotwash and the anonymous feedback form. Controller material (key points, script, guide) never reaches
// a participant's screen or the projector, and scenario text is drawn as text.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { roleView, type Command, type RoleView, type SessionSettings } from '../../src/engine/index.js';
import type { Language } from '../../src/i18n/index.js';
import { renderParticipant, type ParticipantScreen } from '../../src/ui/participant/participant-screen.js';
import { readState } from '../../src/ui/participant/read-state.js';
import { renderProjector } from '../../src/ui/projector/projector.js';
import { renderTrainerConsole, type TrainerConsole } from '../../src/ui/trainer/trainer-console.js';
import { Exercise, fixtureScenario, TRAINER } from './trainer-session.js';

afterEach(() => document.body.replaceChildren());

const TABLES: SessionSettings = {
  mode: 'multiwindow',
  tables: [
    { id: 'gemeente', name: 'Tafel Gemeente', roles: ['mayor'] },
    { id: 'politie', name: 'Tafel Politie', roles: ['police'] },
  ],
  simcell: [],
  feedback: 'debrief',
};

const HOSTILE = '<img src=x onerror="alert(1)">';

/** The fixture in modules, with a hostile question text to prove it is drawn as text. */
function discussion(): Exercise {
  const scenario = fixtureScenario('discussion-tabletop.json', (raw) => {
    const modules = raw.modules as { questions: { id: string; text: unknown }[] }[];
    modules[1]!.questions[0]!.text = { nl: `Nazorg ${HOSTILE}`, en: `Aftercare ${HOSTILE}` };
  });
  return new Exercise(scenario, TABLES);
}

/** The console wired to the exercise: every command goes through the engine and the new view comes back. */
function console_(ex: Exercise, mode: 'trainer' | 'evaluator' = 'trainer', lang: Language = 'nl', now = () => 0) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const sent: Command[] = [];
  let shown: TrainerConsole | null = null;
  const send = (command: Command) => {
    sent.push(command);
    ex.apply(command);
    shown?.update(ex.trainerView(), lang);
  };
  shown = renderTrainerConsole(root, { view: ex.trainerView(), lang, send, mode, now });
  return { root, sent, console: shown };
}

function table(ex: Exercise, roles: readonly string[]) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const sent: Command[] = [];
  const views = (): RoleView[] => roles.map((r) => roleView(ex.scenario, ex.state, r));
  let page: ParticipantScreen | null = null;
  page = renderParticipant(root, {
    views: views(),
    lang: 'nl',
    read: readState(undefined, 'discussion-test'),
    send: async (command) => {
      sent.push(command);
      const r = ex.apply(command);
      page?.update(views());
      return r.ok ? { ok: true } : { ok: false, refusal: r.refusal };
    },
  });
  return { root, sent, page, refresh: () => page?.update(views()) };
}

const user = () => userEvent.setup();
const region = (name: string | RegExp) => screen.getByRole('region', { name });

describe('facilitator script on the console', () => {
  it('opens the first module from the briefing, shows what to read aloud, the script and the key points, and counts the budget down', async () => {
    const ex = discussion().run({ type: 'start' });
    const clock = 1_000_000;
    const { sent } = console_(ex, 'trainer', 'nl', () => clock);
    const script = region('Draaiboek van de facilitator');
    expect(within(script).getByText(/Nog geen module geopend/)).toBeTruthy();
    await user().click(within(script).getByRole('button', { name: 'Module 1 openen: 1 — Eerste uur' }));
    expect(sent.at(-1)).toMatchObject({ type: 'startModule', module: 'm1' });
    expect(ex.state.room.module).toBe('m1');
    // The log's command carries no stamp here, so the script shows the budget instead of a countdown.
    expect(within(script).getByText('Tijd voor deze module: 40 minuten', { selector: '.presenter__countdown' })).toBeTruthy();
    expect(within(script).getByText('Een explosie bij het station.')).toBeTruthy();
    expect(within(script).getByText('Lees de situatie voor.')).toBeTruthy();
    expect(within(script).getByText('Feiten, geen speculatie')).toBeTruthy();
    expect(within(script).getAllByText('Nog geen tafel heeft geantwoord.')).toHaveLength(2);
  });

  it('counts down from the moment the module was opened (the command\'s stamp), and says when the time is over', () => {
    const ex = discussion().run({ type: 'start' });
    ex.apply({ type: 'startModule', module: 'm1', actor: TRAINER, stamp: 1_000_000 });
    const { root } = console_(ex, 'trainer', 'en', () => 1_000_000 + 90_000);
    expect(root.querySelector('.presenter__countdown')?.textContent).toBe('38:30 left of 40 minutes for this module');
    console_(ex, 'trainer', 'en', () => 1_000_000 + 41 * 60_000);
    expect(document.querySelector('.presenter__countdown')?.textContent).toBe('This module\'s time ran out 01:00 ago');
  });

  it('puts a question on the projector and takes it off, moves to the next question, and shows which tables answered', async () => {
    const ex = discussion().run({ type: 'start' }, { type: 'startModule', module: 'm1' });
    const { sent } = console_(ex);
    const script = region('Draaiboek van de facilitator');
    await user().click(within(script).getByRole('button', { name: 'Volgende vraag op het scherm' }));
    expect(sent.at(-1)).toMatchObject({ type: 'showQuestion', question: 'q-first-message' });
    expect(within(script).getByText('Staat nu op het scherm.')).toBeTruthy();
    ex.as({ kind: 'role', role: 'mayor' }, { type: 'answer', question: 'q-first-message', text: 'Feiten eerst.' });
    console_(ex);
    const again = region('Draaiboek van de facilitator');
    expect(within(again).getByText('Geantwoord: Tafel Gemeente. Nog niet: Tafel Politie.')).toBeTruthy();
    expect(within(again).getByText('Feiten eerst.')).toBeTruthy();
    await user().click(within(again).getByRole('button', { name: 'Vraag van het scherm halen' }));
    expect(ex.state.room.question).toBeNull();
  });

  it('leafs through the script without moving the room, and opens the next module with its time jump', async () => {
    const ex = discussion().run({ type: 'start' }, { type: 'startModule', module: 'm1' });
    const { sent } = console_(ex);
    const script = () => region('Draaiboek van de facilitator');
    await user().click(within(script()).getByRole('button', { name: 'Volgende module bekijken' }));
    expect(within(script()).getByRole('heading', { name: 'Module 2 van 2: 2 — Twee dagen later' })).toBeTruthy();
    expect(sent).toHaveLength(0);
    await user().click(within(script()).getByRole('button', { name: 'Vorige module bekijken' }));
    expect(within(script()).getByRole('heading', { name: 'Module 1 van 2: 1 — Eerste uur' })).toBeTruthy();
    await user().click(within(script()).getByRole('button', { name: 'Module 2 openen: 2 — Twee dagen later — Twee dagen later, 08:10' }));
    expect(sent).toEqual([expect.objectContaining({ type: 'startModule', module: 'm2' })]);
    expect(ex.state.minute).toBe(2880);
    expect(within(region('Klok')).getByText('T+2880')).toBeTruthy();
    expect(within(script()).getByText(/Dit is de laatste module/)).toBeTruthy();
  });

  it('lets the trainer type in the answer of a table that answered aloud', async () => {
    const ex = discussion().run({ type: 'start' }, { type: 'startModule', module: 'm1' });
    console_(ex);
    const form = screen.getByRole('form', { name: 'Antwoord voor een tafel invoeren' });
    await user().selectOptions(within(form).getByLabelText('Tafel'), 'politie');
    await user().type(within(form).getByLabelText(/Antwoord \(zoals/), 'Afzetten en informeren.');
    await user().click(within(form).getByRole('button', { name: 'Antwoord vastleggen' }));
    expect(ex.trainerView().discussion.questions.find((q) => q.id === 'q-first-message')?.answers).toEqual([expect.objectContaining({ table: 'politie', text: 'Afzetten en informeren.' })]);
  });
});

describe('evaluation guide', () => {
  it('shows each module\'s capability target, critical tasks and prompts, and records a rated observation tagged to a critical task', async () => {
    const ex = discussion().run({ type: 'start' }, { type: 'startModule', module: 'm1' });
    const { sent } = console_(ex, 'evaluator', 'en');
    const guide = region('Evaluation guide');
    expect(within(guide).getByText('A first message within 30 minutes.')).toBeTruthy();
    expect(within(guide).getByText('Who speaks first?')).toBeTruthy();
    await user().selectOptions(within(guide).getByLabelText('About'), 'task:ct-first-message');
    await user().selectOptions(within(guide).getByLabelText('Rating'), 'S');
    await user().type(within(guide).getByLabelText('What you saw or heard'), 'Message after 25 minutes, one speculation.');
    await user().click(within(guide).getByRole('button', { name: 'Record the observation' }));
    expect(sent.at(-1)).toMatchObject({ type: 'observe', rating: 'S', tag: { criticalTask: 'ct-first-message' }, actor: { kind: 'evaluator' } });
    const after = region('Evaluation guide');
    expect(within(after).getByText(/rated S · Critical task: First public message within 30 minutes/)).toBeTruthy();
  });
});

describe('hotwash and paper feedback on the console', () => {
  it('records the room\'s strengths and improvements per table and a paper feedback form, only after play', async () => {
    const ex = discussion().run({ type: 'start' }, { type: 'startModule', module: 'm1' });
    console_(ex, 'trainer', 'en');
    expect(within(region('Hotwash')).getByText('The hotwash begins when play has ended.')).toBeTruthy();
    ex.run({ type: 'end' });
    console_(ex, 'trainer', 'en');
    const hotwash = region('Hotwash');
    await user().selectOptions(within(hotwash).getByLabelText('Kind of point'), 'improvement');
    await user().selectOptions(within(hotwash).getByLabelText('From'), 'politie');
    await user().type(within(hotwash).getByLabelText('The point'), 'Share the picture earlier.');
    await user().click(within(hotwash).getByRole('button', { name: 'Record the point' }));
    expect(within(region('Hotwash')).getByText('Share the picture earlier.')).toBeTruthy();
    expect(ex.trainerView().discussion.hotwash).toEqual([expect.objectContaining({ kind: 'improvement', table: 'politie' })]);
    const paper = screen.getByRole('form', { name: 'Type in a paper form' });
    await user().click(within(within(paper).getByRole('group', { name: 'How realistic the scenario was' })).getByLabelText('4'));
    await user().type(within(paper).getByLabelText('What went well?'), 'Clear modules.');
    await user().click(within(paper).getByRole('button', { name: 'Send the form' }));
    expect(ex.trainerView().discussion.feedback).toMatchObject({ responses: 1, ratings: [{ item: 'realism', count: 1, mean: 4 }] });
    expect(within(region('Hotwash')).getByText('Forms filled in: 1')).toBeTruthy();
  });
});

describe('the table\'s discussion screen', () => {
  it('opens on the module\'s situation and the questions put to this table, and sends the scribe\'s answer', async () => {
    const ex = discussion().run({ type: 'start' }, { type: 'startModule', module: 'm1' }, { type: 'showQuestion', question: 'q-first-message' });
    const { sent } = table(ex, ['mayor']);
    expect(screen.getByRole('tab', { name: 'Discussie' }).getAttribute('aria-selected')).toBe('true');
    expect(region('1 — Eerste uur')).toBeTruthy();
    const questions = region('Vragen aan uw tafel');
    // The police-only question is not put to the mayor's table.
    expect(within(questions).queryByText('Hoe beveiligt u de omgeving?')).toBeNull();
    expect(within(questions).getByText('Deze vraag staat nu op het scherm.')).toBeTruthy();
    await user().type(within(questions).getByLabelText('Het antwoord van uw tafel'), 'Er is een explosie; blijf weg van het station.');
    await user().click(within(questions).getByRole('button', { name: 'Antwoord versturen' }));
    expect(sent.at(-1)).toMatchObject({ type: 'answer', question: 'q-first-message', text: 'Er is een explosie; blijf weg van het station.' });
    expect(within(region('Vragen aan uw tafel')).getByText(/Er is een explosie/)).toBeTruthy();
    expect(screen.getByText('Het antwoord van uw tafel is vastgelegd.', { selector: '.confirmation' })).toBeTruthy();
  });

  it('never shows the key points, the script or the evaluator guide, and draws a hostile question as text', () => {
    const ex = discussion().run({ type: 'start' }, { type: 'startModule', module: 'm1' }, { type: 'startModule', module: 'm2' });
    const { root } = table(ex, ['mayor']);
    const text = root.textContent ?? '';
    for (const secret of ['Feiten, geen speculatie', 'Eén centraal loket (IAC)', 'Lees de situatie voor.', 'Wie neemt het woord?', 'Binnen 30 minuten een eerste bericht.']) expect(text).not.toContain(secret);
    expect(within(region('Vragen aan uw tafel')).getByText(`Nazorg ${HOSTILE}`)).toBeTruthy();
    expect(root.querySelector('img')).toBeNull();
  });

  it('after play: the table\'s hotwash point and an anonymous feedback form that empties for the next participant', async () => {
    const ex = discussion().run({ type: 'start' }, { type: 'startModule', module: 'm1' }, { type: 'end' });
    const { sent } = table(ex, ['police']);
    expect(screen.getByRole('tab', { name: 'Discussie' }).getAttribute('aria-selected')).toBe('true');
    const hotwash = region('Hotwash');
    await user().type(within(hotwash).getByLabelText('Het punt'), 'Snel opgeschaald.');
    await user().click(within(hotwash).getByRole('button', { name: 'Punt vastleggen' }));
    expect(sent.at(-1)).toMatchObject({ type: 'hotwash', kind: 'strength', text: 'Snel opgeschaald.' });
    expect(ex.trainerView().discussion.hotwash).toEqual([expect.objectContaining({ table: 'politie' })]);
    const form = region('Evaluatieformulier');
    await user().click(within(within(form).getByRole('group', { name: 'De organisatie van de oefening' })).getByLabelText('5 uitstekend'));
    await user().click(within(within(form).getByRole('group', { name: /Hoe relevant was doelstelling VB1/ })).getByLabelText('3'));
    await user().type(within(form).getByLabelText('Wat kan beter?'), 'Meer tijd.');
    await user().click(within(form).getByRole('button', { name: 'Formulier versturen' }));
    expect(sent.at(-1)).toMatchObject({ type: 'feedback', ratings: { organisation: 5, 'objective:VB1': 3 }, comments: { improvements: 'Meer tijd.' } });
    const after = region('Evaluatieformulier');
    expect(within(after).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect((within(after).getByLabelText('Wat kan beter?') as HTMLTextAreaElement).value).toBe('');
    // Anonymous: the event records no seat.
    expect(ex.state.events.filter((e) => e.kind === 'feedbackGiven').map((e) => Object.keys(e.data).sort())).toEqual([['comments', 'ratings']]);
  });
});

describe('projector', () => {
  it('shows the open module and the question on show, large, and never the key points', () => {
    const ex = discussion().run({ type: 'start' }, { type: 'startModule', module: 'm1' });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const projector = renderProjector(root, { view: ex.publicView(), lang: 'nl' });
    const stage = region('1 — Eerste uur');
    expect(within(stage).getByText('Een explosie bij het station.')).toBeTruthy();
    ex.run({ type: 'showQuestion', question: 'q-first-message' });
    projector.update(ex.publicView(), 'nl');
    expect(within(region('1 — Eerste uur')).getByText('Wat zegt u als eerste tegen de inwoners?', { selector: '.projector-discussion__question' })).toBeTruthy();
    expect(root.textContent).not.toContain('Feiten, geen speculatie');
    ex.run({ type: 'startModule', module: 'm2' });
    projector.update(ex.publicView(), 'en');
    expect(within(region('2 — Two days later')).getByText('Two days later, 08:10')).toBeTruthy();
  });
});
