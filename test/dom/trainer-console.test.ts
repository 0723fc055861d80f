import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command, TrainerView } from '../../src/engine/index.js';
import type { Language } from '../../src/i18n/index.js';
import type { ScoreReport } from '../../src/engine/scoring/score.js';
import { renderObjectiveRatings } from '../../src/ui/trainer/objective-ratings.js';
import { renderTrainerConsole, type TrainerConsole } from '../../src/ui/trainer/trainer-console.js';
import { Exercise, SETTINGS, TRAINER } from './trainer-session.js';

afterEach(() => document.body.replaceChildren());

function mount(view: TrainerView, mode: 'trainer' | 'evaluator' = 'trainer', lang: Language = 'nl') {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const send = vi.fn<(command: Command) => void>();
  const console = renderTrainerConsole(root, { view, lang, send, mode });
  return { root, send, console };
}

/** The console wired to a live exercise: every command goes through the engine and the view comes back. */
function live(exercise: Exercise, mode: 'trainer' | 'evaluator' = 'trainer', lang: Language = 'nl') {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const sent: Command[] = [];
  let screen_: TrainerConsole | null = null;
  const send = (command: Command) => {
    sent.push(command);
    exercise.apply(command);
    screen_?.update(exercise.trainerView(), lang);
  };
  screen_ = renderTrainerConsole(root, { view: exercise.trainerView(), lang, send, mode });
  return { root, sent, console: screen_ };
}

const region = (name: string | RegExp) => screen.getByRole('region', { name });
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const disabled = (el: HTMLElement) => el.getAttribute('aria-disabled') === 'true';

/** In round 2 (T+10): the mayor's protect-mosque decision went by default; stay-indoors is open. */
function inRoundTwo(): Exercise {
  return new Exercise().run({ type: 'start' }, { type: 'beginRounds' }, { type: 'advance' });
}

describe('trainer console: what it shows', () => {
  it('has one h1, headings in order, and a navigable region per part', () => {
    mount(inRoundTwo().trainerView());
    expect(screen.getByRole('heading', { level: 1, name: 'Aanslag op station Havenstad' })).toBeTruthy();
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    for (const name of ['Oefening leiden', 'Extra inject', 'SimCell: handelen voor een rol', 'Inboxen per rol', 'Besluiten', 'Variabelen', 'Geweigerde pogingen', 'Waarnemingen', 'Tijdlijn']) {
      expect(region(name)).toBeTruthy();
    }
    const nav = screen.getByRole('navigation', { name: 'Onderdelen van de console' });
    const link = within(nav).getByRole('link', { name: 'Tijdlijn' });
    expect(document.getElementById(link.getAttribute('href')!.slice(1))).toBe(region('Tijdlijn'));
  });

  it('shows the clock as T+mm, the scenario time, the round and the phase', () => {
    mount(inRoundTwo().trainerView());
    const clock = region('Klok');
    expect(within(clock).getByText('T+10')).toBeTruthy();
    expect(within(clock).getByText('08:20').getAttribute('datetime')).toBe('2026-03-14T08:20');
    expect(within(clock).getByText('zaterdag 14 maart 2026')).toBeTruthy();
    expect(within(clock).getByText('2')).toBeTruthy();
    expect(within(clock).getByText('Besluitvorming')).toBeTruthy();
  });

  it('shows the crisis structure: level, threat levels, NL-Alert, DSI, active teams with chair and aftercare', () => {
    const exercise = inRoundTwo();
    exercise.as({ kind: 'role', role: 'mayor' }, { type: 'structure', action: { action: 'convene', team: 'driehoek' } });
    mount(exercise.trainerView());
    const status = region('Crisisstructuur');
    expect(within(status).getByText('Opschalingsniveau 0')).toBeTruthy();
    expect(within(status).getByText('Landelijk: 4 – Substantieel')).toBeTruthy();
    expect(within(status).getByText('Geen NL-Alert van kracht')).toBeTruthy();
    expect(within(status).getByText('Geen DSI-inzet')).toBeTruthy();
    const teams = within(status).getAllByRole('listitem').map((li) => li.textContent);
    expect(teams).toContain('Driehoek (burgemeester, hoofdofficier van justitie, politiechef) — voorzitter: Burgemeester');
    expect(teams).toContain('Nationaal CrisisCentrum (NCC) — voorzitter: Hoofd Nationaal CrisisCentrum (NCC)');
    expect(teams).toContain('– Informatie- en adviescentrum open: nee');
  });

  it('shows the live score per objective, written out', () => {
    const view = inRoundTwo().trainerView();
    mount(view);
    const score = region('Score tot nu toe');
    const vb2 = within(score).getByText(/^VB2/).closest('div')!;
    const rating = view.score.objectives.VB2!.rating;
    // During play an objective none of whose criteria can be judged yet is "not yet judged", never "not exercised" or U.
    expect(vb2.textContent).toContain(rating === 'notExercised' ? 'Nog niet te beoordelen' : `${rating} — `);
    expect(within(score).getByText(/^VB1/)).toBeTruthy();
  });

  it('shows every role\'s inbox: received injects with trainer notes and expected actions, and the timed injects to come', async () => {
    const exercise = new Exercise().run({ type: 'start' }, { type: 'beginRounds' });
    const { console } = mount(exercise.trainerView());
    const user = userEvent.setup();
    const inboxes = region('Inboxen per rol');
    const mayor = within(inboxes).getByText('Burgemeester van Havenstad').closest('details')!;
    expect(mayor.querySelector('summary')!.textContent).toContain('1 ontvangen, 1 nog gepland');
    await user.click(mayor.querySelector('summary')!);
    const received = within(mayor).getByRole('list', { name: 'Ontvangen — Burgemeester van Havenstad' });
    expect(within(received).getByText('Melding station')).toBeTruthy();
    expect(within(received).getByText(/^Team bijeenroepen: Driehoek \(burgemeester, hoofdofficier van justitie, politiechef\) — binnen 15 minuten \(uiterlijk T\+15\) \(C06 /)).toBeTruthy();
    const upcoming = within(mayor).getByRole('list', { name: 'Nog gepland — Burgemeester van Havenstad' });
    expect(upcoming.textContent).toBe('T+10 De verdachte is gevlucht richting de binnenstad. (Portofoon)');

    exercise.run({ type: 'advance' });
    console.update(exercise.trainerView(), 'nl');
    expect(mayor.open).toBe(true);
    expect(within(received).getByText('De verdachte is gevlucht richting de binnenstad.')).toBeTruthy();
    expect(within(received).getByText('Let op of de driehoek bijeenkomt.')).toBeTruthy();
    expect(within(received).getByText(/besluiten over "Geeft u een advies om binnen te blijven\?"/)).toBeTruthy();
  });

  it('shows every decision: open until a round, or taken with option, rationale, confidence and by whom', () => {
    const exercise = inRoundTwo();
    exercise.as({ kind: 'role', role: 'mayor' }, { type: 'decide', decision: 'stay-indoors', option: 'advise', rationale: 'Veiligheid eerst', confidence: 4 });
    mount(exercise.trainerView());
    const table = within(region('Besluiten')).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Besluit', 'Eigenaar', 'Stand', 'Keuze', 'Door', 'Toelichting', 'Zekerheid', 'Notitie voor de oefenleider']);
    const cells = (prompt: string) => within(within(table).getByRole('rowheader', { name: prompt }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells('Geeft u een advies om binnen te blijven?')).toEqual(['Burgemeester van Havenstad', 'genomen in ronde 2', 'Ja, voor het stationsgebied', 'Burgemeester van Havenstad', 'Veiligheid eerst', '4 van 5', '']);
    expect(cells('Beveiligt u de Havenmoskee?')).toEqual(['Burgemeester van Havenstad', 'genomen in ronde 1', 'Nog niet', 'standaardoptie bij het verstrijken van de termijn', '', '', 'Proportionaliteit bespreken.']);
  });

  it('shows all variables with value, range and course', () => {
    mount(inRoundTwo().trainerView());
    const table = within(region('Variabelen')).getByRole('table');
    const row = within(table).getByRole('rowheader', { name: /^Onrust/ }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent).slice(0, 3)).toEqual(['25%', '0–100', '25']);
    expect(within(table).getByRole('rowheader', { name: /^Vertrouwen/ })).toBeTruthy();
  });

  it('marks hidden variables as hidden when the view says who may see them', () => {
    const view = inRoundTwo().trainerView();
    const withVisibility = {
      ...view,
      indicators: view.indicators.map((i) => ({ ...i, visibility: i.id === 'injured' ? ('public' as const) : i.id === 'rumour-reach' ? { roles: ['municipal-comms'] } : ('trainer' as const) })),
    };
    mount(withVisibility);
    const table = within(region('Variabelen')).getByRole('table');
    const cells = (name: string | RegExp) => within(within(table).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
    expect(within(table).getByRole('rowheader', { name: 'Gewonden' }).textContent).toBe('Gewonden');
    expect(cells('Gewonden')).toContain('iedereen, ook de projector');
    expect(cells(/^Onrust.*\(verborgen\)$/)).toContain('verborgen: alleen oefenleiding');
    expect(cells(/^Bereik gerucht.*\(verborgen\)$/)).toContain('verborgen voor de zaal; zichtbaar voor Communicatieadviseur gemeente');
  });

  it('shows the communication checks per published message', () => {
    const exercise = inRoundTwo();
    exercise.as({ kind: 'role', role: 'municipal-comms' }, { type: 'publish', blocks: ['fact-incident'] });
    mount(exercise.trainerView());
    const findings = region('Communicatie: toets per bericht');
    const message = within(findings).getByRole('article', { name: 'Bericht m1 — T+10, Communicatieadviseur gemeente (Gemeente, Publieksbericht)' });
    expect(within(message).getByText('Bij het station is een incident met gewonden.')).toBeTruthy();
    const items = within(message).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('In orde — Transparant en herleidbaar feitelijk: Bevestigde feiten in het bericht: 1.');
    expect(items).toContain('In orde — Tijdig: Eerste publieksbericht 10 minuten na de eerste melding: binnen het doel van 30 minuten.');
  });

  it('shows a refused attempt with its translated reason', () => {
    const exercise = inRoundTwo();
    const refused = exercise.as({ kind: 'role', role: 'mayor' }, { type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'national' } });
    expect(refused.ok).toBe(false);
    mount(exercise.trainerView());
    const row = within(within(region('Geweigerde pogingen')).getByRole('table')).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'T+10, ronde 2',
      'Burgemeester van Havenstad',
      'Structuur: Dreigingsniveau vaststellen: Landelijk: 5 Kritiek',
      'Alleen de NCTV stelt het dreigingsniveau vast; Burgemeester kan dat niet.',
    ]);
  });

  it('shows the timeline in words, newest first', () => {
    mount(inRoundTwo().trainerView());
    const items = within(region('Tijdlijn')).getAllByRole('listitem');
    const texts = items.map((li) => li.querySelector('.trainer-timeline__text')!.textContent);
    expect(texts).toContain('Burgemeester van Havenstad koos "Nog niet" bij "Beveiligt u de Havenmoskee?" (standaardoptie).');
    expect(texts[0]).toBe('Burgemeester van Havenstad moet besluiten over "Geeft u een advies om binnen te blijven?" (uiterlijk ronde 3).');
    expect(texts).toContain('Ronde 2 begint op T+10.');
    expect(texts[texts.length - 1]).toBe('Sessie aangemaakt: scenario station-havenstad, seed seed-1.');
  });
});

describe('trainer console: controls send the trainer\'s commands', () => {
  it('offers start in setup and sends it; controls the flow does not take are unavailable and send nothing', async () => {
    const { send } = mount(new Exercise().trainerView());
    const user = userEvent.setup();
    expect(disabled(button('Rondes beginnen'))).toBe(true);
    await user.click(button('Rondes beginnen'));
    expect(send).not.toHaveBeenCalled();
    expect(disabled(button('Volgende ronde'))).toBe(true);
    expect(disabled(button('Laatste opdracht van deze ronde ongedaan maken'))).toBe(true);
    await user.click(button('Oefening starten (briefing)'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: TRAINER, type: 'start' });
  });

  it('begins the rounds from the briefing', async () => {
    const { send } = mount(new Exercise().run({ type: 'start' }).trainerView());
    await userEvent.setup().click(button('Rondes beginnen'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: TRAINER, type: 'beginRounds' });
  });

  it('advances, pauses and jumps the clock during a round', async () => {
    const { send } = mount(inRoundTwo().trainerView());
    const user = userEvent.setup();
    expect(disabled(button('Hervatten'))).toBe(true);
    await user.click(button('Volgende ronde'));
    await user.click(button('Pauzeren'));
    const minutes = screen.getByLabelText('Aantal minuten');
    await user.clear(minutes);
    await user.type(minutes, '25');
    await user.click(button('Klok vooruitzetten'));
    // 25 minutes reach past the end of the round: the console asks first.
    await user.click(button('Ja, klok 25 minuten vooruitzetten'));
    expect(send.mock.calls.map(([c]) => c)).toEqual([
      { actor: TRAINER, type: 'advance' },
      { actor: TRAINER, type: 'pause' },
      { actor: TRAINER, type: 'jump', minutes: 25 },
    ]);
  });

  it('jumps within the round without asking: the round stays open', async () => {
    const { send } = mount(inRoundTwo().trainerView());
    const user = userEvent.setup();
    const minutes = screen.getByLabelText('Aantal minuten');
    await user.clear(minutes);
    await user.type(minutes, '4');
    await user.click(button('Klok vooruitzetten'));
    expect(screen.queryByRole('group', { name: 'Deze sprong sluit de ronde af' })).toBeNull();
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: TRAINER, type: 'jump', minutes: 4 });
  });

  it('asks before a jump that closes the round, saying which open decisions then take their default, and can cancel', async () => {
    const exercise = inRoundTwo();
    const { sent } = live(exercise);
    const user = userEvent.setup();
    const minutes = screen.getByLabelText('Aantal minuten');
    await user.clear(minutes);
    await user.type(minutes, String(exercise.trainerView().scenario.minutesPerRound * 3));
    await user.click(button('Klok vooruitzetten'));
    const confirm = screen.getByRole('group', { name: 'Deze sprong sluit de ronde af' });
    expect(within(confirm).getByText(/^Ronde 2 en de 2 rondes daarna worden afgesloten/)).toBeTruthy();
    expect(within(confirm).getByText(/^Voor deze open besluiten geldt dan de standaardkeuze: .*Burgemeester van Havenstad/)).toBeTruthy();
    expect(sent).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('group', { name: 'Deze sprong sluit de ronde af' })).toBeNull();
    expect(sent).toEqual([]);
    expect(exercise.trainerView().round).toBe(2);
  });

  it('disables undo once play has ended, and says why', async () => {
    const exercise = inRoundTwo();
    exercise.as({ kind: 'role', role: 'mayor' }, { type: 'decide', decision: 'stay-indoors', option: 'advise' });
    live(exercise.run({ type: 'end' }));
    expect(disabled(button('Laatste opdracht van deze ronde ongedaan maken'))).toBe(true);
    expect(screen.getByText('Het spel is beëindigd: ongedaan maken kan niet meer.')).toBeTruthy();
  });

  it('says which tables have ended their turn in this round and which are still playing', () => {
    const exercise = inRoundTwo();
    exercise.as({ kind: 'role', role: 'municipal-comms' }, { type: 'endTurn' });
    mount(exercise.trainerView());
    const turns = screen.getByRole('group', { name: 'Beurten in deze ronde' });
    expect(within(turns).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Tafel 1: nog bezig', 'Tafel 2: beurt beëindigd']);
  });

  it('says "not yet judged" during play for an objective none of whose criteria applies yet, and "not exercised" only after the end', () => {
    const real = new Exercise().run({ type: 'start' }, { type: 'beginRounds' }).trainerView().score;
    // The engine's own report with nothing judged yet: every criterion not applicable, so every objective not exercised.
    const nothing: ScoreReport = {
      ...real,
      criteria: real.criteria.map((c) => ({ ...c, result: 'notApplicable' as const })),
      objectives: Object.fromEntries(Object.entries(real.objectives).map(([id, g]) => [id, g && { ...g, rating: 'notExercised' as const, score: null }])),
    };
    document.body.replaceChildren(renderObjectiveRatings(nothing, 'nl', { playing: true }));
    expect(screen.getAllByText(/^Nog niet te beoordelen/)).toHaveLength(Object.keys(real.objectives).length);
    expect(screen.getByText('Nog niets te beoordelen: geen enkel criterium is tot nu toe van toepassing.')).toBeTruthy();
    expect(screen.queryByText(/^Niet beoefend/)).toBeNull();
    document.body.replaceChildren(renderObjectiveRatings(nothing, 'nl'));
    expect(screen.queryByText(/^Nog niet te beoordelen/)).toBeNull();
    expect(screen.getAllByText(/^Niet beoefend/)).toHaveLength(Object.keys(real.objectives).length);
    // With some criteria judged, the console says how many.
    document.body.replaceChildren(renderObjectiveRatings(real, 'nl', { playing: true }));
    const judged = real.criteria.filter((c) => c.result !== 'notApplicable').length;
    expect(screen.getByText(`${judged} van de ${real.criteria.length} criteria zijn tot nu toe te beoordelen; de rest nog niet.`)).toBeTruthy();
  });

  it('pauses with the message typed in the labelled field, which then shows what the room reads', async () => {
    const { sent } = live(inRoundTwo());
    const user = userEvent.setup();
    const field = screen.getByLabelText<HTMLInputElement>('Bericht bij de pauze (optioneel)');
    expect(field.maxLength).toBe(280);
    await user.type(field, 'Koffie tot 10:45');
    await user.click(button('Pauzeren'));
    expect(sent).toEqual([{ actor: TRAINER, type: 'pause', message: 'Koffie tot 10:45' }]);
    expect(screen.getByText('Op de projector: Koffie tot 10:45')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Bericht bij de pauze (optioneel)').value).toBe('');
  });

  it('pauses without a message when the field is empty', async () => {
    const { send } = mount(inRoundTwo().trainerView());
    await userEvent.setup().click(button('Pauzeren'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: TRAINER, type: 'pause' });
  });

  it('resumes a paused exercise', async () => {
    const { send } = mount(inRoundTwo().run({ type: 'pause' }).trainerView());
    expect(disabled(button('Volgende ronde'))).toBe(true);
    await userEvent.setup().click(button('Hervatten'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: TRAINER, type: 'resume' });
  });

  it('fires an optional inject not yet delivered', async () => {
    const { send } = mount(inRoundTwo().trainerView());
    const user = userEvent.setup();
    const choice = screen.getByLabelText<HTMLSelectElement>('Inject');
    expect([...choice.options].map((o) => o.value)).toEqual(['hospital-update']);
    await user.click(button('Inject afleveren'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: TRAINER, type: 'fireInject', inject: 'hospital-update' });
  });

  it('sends a free-text inject to all roles, or to chosen roles and the projector', async () => {
    const { send } = mount(inRoundTwo().trainerView());
    const user = userEvent.setup();
    const text = screen.getByLabelText('Tekst');
    await user.type(text, 'Persbericht van de NOS');
    await user.click(button('Vrije inject versturen'));
    expect(send).toHaveBeenLastCalledWith({ actor: TRAINER, type: 'freeInject', text: 'Persbericht van de NOS', to: 'all', projector: false });
    expect((text as HTMLTextAreaElement).value).toBe('');

    const roles = screen.getByRole('group', { name: 'Rollen' });
    expect(within(roles).getByLabelText<HTMLInputElement>('NCTV').disabled).toBe(true);
    await user.click(screen.getByLabelText('Gekozen rollen'));
    await user.click(within(roles).getByLabelText('Burgemeester van Havenstad'));
    await user.click(within(roles).getByLabelText('NCTV'));
    await user.click(screen.getByLabelText('Ook op de projector tonen'));
    await user.type(text, 'Bommelding bij het stadhuis');
    await user.click(button('Vrije inject versturen'));
    expect(send).toHaveBeenLastCalledWith({ actor: TRAINER, type: 'freeInject', text: 'Bommelding bij het stadhuis', to: ['mayor', 'nctv'], projector: true });
  });

  it('offers undo only when the view allows it, and sends it', async () => {
    const exercise = inRoundTwo();
    exercise.as({ kind: 'role', role: 'mayor' }, { type: 'decide', decision: 'stay-indoors', option: 'advise' });
    const view = exercise.trainerView();
    expect(view.canUndo).toBe(true);
    const { send } = mount(view);
    expect(screen.queryByText('Er is in deze ronde niets om ongedaan te maken.')).toBeNull();
    await userEvent.setup().click(button('Laatste opdracht van deze ronde ongedaan maken'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: TRAINER, type: 'undo' });
  });

  it('ends the exercise only after confirmation, and can cancel', async () => {
    const { send } = mount(inRoundTwo().trainerView());
    const user = userEvent.setup();
    await user.click(button('Oefening beëindigen…'));
    expect(send).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: 'Oefening beëindigen?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Ja, oefening beëindigen' }));
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('group', { name: 'Oefening beëindigen?' })).toBeNull();
    expect(document.activeElement).toBe(button('Oefening beëindigen…'));
    expect(send).not.toHaveBeenCalled();

    await user.click(button('Oefening beëindigen…'));
    await user.click(button('Ja, oefening beëindigen'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: TRAINER, type: 'end' });
  });

  it('opens the debrief from the hotwash', async () => {
    const view = inRoundTwo().run({ type: 'end' }).trainerView();
    const { send } = mount(view);
    expect(disabled(button('Volgende ronde'))).toBe(true);
    expect(disabled(button('Oefening beëindigen…'))).toBe(true);
    await userEvent.setup().click(button('Nabespreking openen'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: TRAINER, type: 'openDebrief' });
  });

  it('pins an observation to a timeline event and sends it as the trainer', async () => {
    const view = inRoundTwo().trainerView();
    const { send } = mount(view);
    const user = userEvent.setup();
    const started = view.timeline.find((e) => e.kind === 'roundStarted' && e.round === 2)!;
    await user.click(button('Waarneming bij T+10, ronde 2: Ronde 2 begint op T+10.'));
    const text = screen.getByLabelText('Waarneming');
    expect(document.activeElement).toBe(text);
    expect(screen.getByText('Vastgepind aan: T+10 Ronde 2 begint op T+10.')).toBeTruthy();
    await user.type(text, 'Burgemeester aarzelt');
    await user.click(button('Waarneming vastleggen'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: TRAINER, type: 'observe', text: 'Burgemeester aarzelt', event: started.seq });
    expect(screen.getByText(/Niet vastgepind aan een gebeurtenis/)).toBeTruthy();
  });
});

describe('trainer console: acting as the SimCell', () => {
  it('takes a crisis-structure action for the SimCell role, with its parameters', async () => {
    const { send } = mount(inRoundTwo().trainerView());
    const user = userEvent.setup();
    const simcell = region('SimCell: handelen voor een rol');
    expect((within(simcell).getByLabelText('Handelen als') as HTMLSelectElement).value).toBe('nctv');
    const kinds = [...within(simcell).getByLabelText<HTMLSelectElement>('Actie').options].map((o) => o.value);
    expect(kinds).toEqual(expect.arrayContaining(['setThreatLevel', 'convene', 'alertPartners']));
    expect(kinds).not.toContain('scale');
    await user.selectOptions(within(simcell).getByLabelText('Actie'), 'setThreatLevel');
    await user.selectOptions(within(simcell).getByLabelText('Dreigingsniveau'), '5');
    await user.selectOptions(within(simcell).getByLabelText('Voor'), 'region');
    await user.click(within(simcell).getByRole('button', { name: 'Actie uitvoeren' }));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: { kind: 'simcell', role: 'nctv' }, type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'region' } });

    await user.selectOptions(within(simcell).getByLabelText('Actie'), 'convene');
    expect([...within(simcell).getByLabelText<HTMLSelectElement>('Team').options].map((o) => o.value)).toEqual(['beleidsteamDsi', 'IAO', 'ICCb', 'NKC']);
    await user.selectOptions(within(simcell).getByLabelText('Team'), 'ICCb');
    await user.click(within(simcell).getByRole('button', { name: 'Actie uitvoeren' }));
    expect(send).toHaveBeenLastCalledWith({ actor: { kind: 'simcell', role: 'nctv' }, type: 'structure', action: { action: 'convene', team: 'ICCb' } });
  });

  it('takes an open decision for the SimCell role with rationale and confidence', async () => {
    const exercise = new Exercise(undefined, { ...SETTINGS, tables: [{ id: 't2', name: 'Tafel 2', roles: ['municipal-comms'] }], simcell: ['nctv', 'mayor'] });
    exercise.run({ type: 'start' }, { type: 'beginRounds' }, { type: 'advance' });
    const { send } = mount(exercise.trainerView());
    const user = userEvent.setup();
    const simcell = region('SimCell: handelen voor een rol');
    await user.selectOptions(within(simcell).getByLabelText('Handelen als'), 'mayor');
    const form = within(simcell).getByRole('form', { name: 'Geeft u een advies om binnen te blijven?' });
    await user.click(within(form).getByLabelText('Ja, voor het stationsgebied'));
    await user.type(within(form).getByLabelText('Toelichting (optioneel)'), 'Namens de burgemeester');
    await user.selectOptions(within(form).getByLabelText('Zekerheid (optioneel)'), '3');
    await user.click(within(form).getByRole('button', { name: 'Besluit nemen' }));
    expect(send).toHaveBeenCalledExactlyOnceWith({
      actor: { kind: 'simcell', role: 'mayor' },
      type: 'decide',
      decision: 'stay-indoors',
      option: 'advise',
      rationale: 'Namens de burgemeester',
      confidence: 3,
    });
  });

  it('publishes for the SimCell role from the building blocks the view lists for its voice', async () => {
    const exercise = new Exercise(undefined, { ...SETTINGS, simcell: ['nctv', 'nkc-director'] });
    exercise.run({ type: 'start' }, { type: 'beginRounds' });
    const blocks = [
      { id: 'fact-incident', kind: 'fact', text: { nl: 'Bij het station is een incident met gewonden.', en: 'x' }, voices: ['local', 'regional', 'national'], trap: null },
      { id: 'advice-stay-indoors', kind: 'actionAdvice', text: { nl: 'Blijf binnen.', en: 'Stay in.' }, voices: ['local', 'regional'], trap: null },
      { id: 'city-stands', kind: 'resilience', text: { nl: 'Havenstad staat samen.', en: 'x' }, voices: ['national'], trap: null },
    ];
    const { send } = mount({ ...exercise.trainerView(), blocks } as TrainerView);
    const user = userEvent.setup();
    const simcell = region('SimCell: handelen voor een rol');
    await user.selectOptions(within(simcell).getByLabelText('Handelen als'), 'nkc-director');
    const publish = within(simcell).getByRole('form', { name: 'Publieksbericht' });
    expect(within(publish).queryByLabelText(/Blijf binnen/)).toBeNull();
    await user.click(within(publish).getByLabelText(/Bij het station is een incident/));
    await user.click(within(publish).getByLabelText(/Havenstad staat samen/));
    await user.click(within(publish).getByRole('button', { name: 'Bericht publiceren' }));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: { kind: 'simcell', role: 'nkc-director' }, type: 'publish', blocks: ['fact-incident', 'city-stands'] });
  });

  it('shows the engine\'s refusal of a SimCell action, translated, and lists it as an attempt', async () => {
    const exercise = inRoundTwo();
    live(exercise);
    const user = userEvent.setup();
    const simcell = region('SimCell: handelen voor een rol');
    await user.selectOptions(within(simcell).getByLabelText('Actie'), 'setThreatLevel');
    await user.selectOptions(within(simcell).getByLabelText('Dreigingsniveau'), '3');
    await user.selectOptions(within(simcell).getByLabelText('Voor'), 'region');
    await user.click(within(simcell).getByRole('button', { name: 'Actie uitvoeren' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Geweigerd: Het dreigingsniveau van de regio (3) kan niet lager zijn dan het landelijke niveau (4).');
    const rows = within(within(region('Geweigerde pogingen')).getByRole('table')).getAllByRole('row');
    expect(within(rows[1]!).getAllByRole('cell')[1]!.textContent).toBe('SimCell voor NCTV');
  });
});

describe('trainer console: evaluator mode', () => {
  it('shows everything a trainer sees but offers no controls', () => {
    mount(inRoundTwo().trainerView(), 'evaluator');
    expect(screen.getByText('Evaluator · seed seed-1')).toBeTruthy();
    for (const name of ['Inboxen per rol', 'Besluiten', 'Variabelen', 'Geweigerde pogingen', 'Waarnemingen', 'Tijdlijn', 'Crisisstructuur', 'Score tot nu toe']) expect(region(name)).toBeTruthy();
    for (const name of ['Oefening leiden', 'Extra inject', 'SimCell: handelen voor een rol']) expect(screen.queryByRole('region', { name })).toBeNull();
    for (const name of ['Volgende ronde', 'Pauzeren', 'Oefening beëindigen…', 'Inject afleveren', 'Actie uitvoeren', 'Laatste opdracht van deze ronde ongedaan maken']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
  });

  it('records observations as the evaluator', async () => {
    const view = inRoundTwo().trainerView();
    const { send } = mount(view, 'evaluator');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Waarneming'), 'Goede afstemming in de driehoek');
    await user.click(button('Waarneming vastleggen'));
    expect(send).toHaveBeenCalledExactlyOnceWith({ actor: { kind: 'evaluator' }, type: 'observe', text: 'Goede afstemming in de driehoek' });
  });
});

describe('trainer console: updates', () => {
  it('keeps a half-typed observation, its focus and the scrolled timeline when the exercise moves on', async () => {
    const exercise = inRoundTwo();
    const { console } = mount(exercise.trainerView());
    const user = userEvent.setup();
    const text = screen.getByLabelText<HTMLTextAreaElement>('Waarneming');
    const timeline = screen.getByRole('region', { name: 'Gebeurtenissen, nieuwste eerst' });
    await user.type(text, 'De burgemeester wacht op');
    timeline.scrollTop = 120;

    exercise.run({ type: 'advance' });
    console.update(exercise.trainerView(), 'nl');

    expect(within(region('Klok')).getByText('T+20')).toBeTruthy();
    expect(screen.getByLabelText('Waarneming')).toBe(text);
    expect(text.value).toBe('De burgemeester wacht op');
    expect(document.activeElement).toBe(text);
    expect(screen.getByRole('region', { name: 'Gebeurtenissen, nieuwste eerst' })).toBe(timeline);
    expect(timeline.scrollTop).toBe(120);
    await user.type(text, ' de politie.');
    expect(text.value).toBe('De burgemeester wacht op de politie.');
  });

  it('keeps focus on a control that becomes unavailable', async () => {
    const exercise = inRoundTwo();
    const { root } = live(exercise);
    const user = userEvent.setup();
    const pause = button('Pauzeren');
    await user.click(pause);
    expect(within(root).getByText('Gepauzeerd')).toBeTruthy();
    expect(button('Pauzeren')).toBe(pause);
    expect(disabled(pause)).toBe(true);
    expect(document.activeElement).toBe(pause);
  });

  it('tells screen-reader users about injects that arrived', () => {
    const exercise = new Exercise().run({ type: 'start' }, { type: 'beginRounds' });
    const { console } = mount(exercise.trainerView());
    exercise.run({ type: 'advance' });
    console.update(exercise.trainerView(), 'nl');
    expect(screen.getByRole('status').textContent).toBe('1 inject afgeleverd: De verdachte is gevlucht richting de binnenstad.');
  });

  it('re-renders in the other language', () => {
    const exercise = inRoundTwo();
    exercise.as({ kind: 'role', role: 'mayor' }, { type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'national' } });
    const { console } = mount(exercise.trainerView());
    console.update(exercise.trainerView(), 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Attack at Havenstad station' })).toBeTruthy();
    expect(region('Run the exercise')).toBeTruthy();
    expect(button('Next round')).toBeTruthy();
    expect(within(region('Clock')).getByText('Saturday, 14 March 2026')).toBeTruthy();
    expect(within(region('Refused attempts')).getByText('Only the NCTV sets the threat level; Mayor cannot.')).toBeTruthy();
    expect(screen.queryByText('Oefening leiden')).toBeNull();
    expect(screen.getByRole('button', { name: 'Next round' }).closest('[lang]')!.getAttribute('lang')).toBe('en');
  });

  it('destroy removes the console', () => {
    const { root, console } = mount(inRoundTwo().trainerView());
    console.destroy();
    expect(root.childElementCount).toBe(0);
  });
});

describe('trainer console: the dashboard', () => {
  const inRoundOne = () => new Exercise().run({ type: 'start' }, { type: 'beginRounds' });
  const fled = 'De verdachte is gevlucht richting de binnenstad.';

  it('lists the coming injects on the run sheet in order: time, audience, expected actions and talking points', () => {
    mount(inRoundOne().trainerView());
    const sheet = region('Draaiboek: wat komt');
    const items = within(sheet).getAllByRole('listitem').filter((li) => li.classList.contains('trainer-runsheet__item'));
    // Timed first, then those waiting on a condition, then the optional one on demand.
    expect(items.map((li) => li.querySelector('.trainer-runsheet__when')?.textContent)).toEqual([
      'T+10 (08:20) · over 10 min',
      'zodra de voorwaarde in het scenario geldt',
      'zodra de voorwaarde in het scenario geldt',
      'op verzoek (extra inject)',
    ]);
    const first = items[0]!;
    expect(first.textContent).toContain(fled);
    expect(within(first).getByText(/^Aan: /).textContent).toBe('Aan: Politiechef eenheid Kustland, Hoofdofficier van justitie, Burgemeester van Havenstad');
    expect(first.textContent).toContain('Burgemeester van Havenstad: ');
    expect(first.textContent).toContain('Geeft u een advies om binnen te blijven?');
    expect(first.textContent).toContain(', binnen 20 min');
    expect(within(first).getByText('Let op of de driehoek bijeenkomt.')).toBeTruthy();
  });

  it('delivers a coming inject now, holds it back and releases it, through the engine', async () => {
    const x = inRoundOne();
    const { sent } = live(x);
    const user = userEvent.setup();
    await user.click(button(`Vasthouden: ${fled}`));
    expect(sent.at(-1)).toEqual({ actor: TRAINER, type: 'holdInject', inject: 'suspect-fled', hold: true });
    const item = () => region('Draaiboek: wat komt').querySelector('[data-key="sheet-suspect-fled"]') as HTMLElement;
    expect(within(item()).getByText('vastgehouden')).toBeTruthy();
    // Held past its time, it does not go out; released, it goes out at once.
    x.run({ type: 'advance' });
    await user.click(button(`Vrijgeven: ${fled}`));
    expect(x.state.delivered['suspect-fled']).toBeTruthy();
    expect(item()).toBeNull();
    await user.click(button('Nu afleveren: Het Sint-Elisabeth Gasthuis raakt vol.'));
    expect(sent.at(-1)).toEqual({ actor: TRAINER, type: 'fireInject', inject: 'hospital-update' });
    expect(x.state.delivered['hospital-update']).toBeTruthy();
  });

  it('edits an inject before it goes out: the original is held and its text waits in the free-inject form', async () => {
    const x = inRoundOne();
    const { sent } = live(x);
    const user = userEvent.setup();
    await user.click(button(`Aanpassen: ${fled}`));
    expect(sent).toEqual([{ actor: TRAINER, type: 'holdInject', inject: 'suspect-fled', hold: true }]);
    const text = within(region('Extra inject')).getByLabelText<HTMLTextAreaElement>('Tekst');
    expect(document.activeElement).toBe(text);
    expect(text.value).toBe(fled);
    expect(screen.getByText(/Aangepaste versie van "De verdachte is gevlucht/)).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Burgemeester van Havenstad' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Communicatieadviseur gemeente' }).checked).toBe(false);
  });

  it('shows the open decisions with their deadline and default, and highlights the ones the SimCell decides', () => {
    const x = new Exercise(undefined, { ...SETTINGS, tables: [{ id: 't1', name: 'Tafel 1', roles: ['police-chief'] }, { id: 't2', name: 'Tafel 2', roles: ['municipal-comms'] }], simcell: ['mayor', 'nctv'] });
    x.run({ type: 'start' }, { type: 'beginRounds' });
    mount(x.trainerView());
    const open = region('Open besluiten');
    const mosque = open.querySelector('[data-key="open-protect-mosque"]') as HTMLElement;
    expect(mosque.textContent).toContain('Beveiligt u de Havenmoskee?');
    expect(mosque.textContent).toContain('Burgemeester van Havenstad · uiterlijk deze ronde (ronde 1) · anders geldt: "Nog niet"');
    expect(within(mosque).getByText('SimCell: u besluit voor deze rol')).toBeTruthy();
    expect(mosque.classList.contains('trainer-open--simcell')).toBe(true);
  });

  it('words the timeline without ids, leaves random draws out unless asked, and filters by group', async () => {
    const x = inRoundTwo();
    const { root } = live(x);
    const user = userEvent.setup();
    const timeline = () => region('Tijdlijn');
    const texts = () => [...timeline().querySelectorAll('.trainer-timeline__text')].map((n) => n.textContent ?? '');
    expect(texts().some((t) => /suspect-fled|first-report|#\d/.test(t))).toBe(false);
    expect(texts()).toContain('Inject afgeleverd (Portofoon): De verdachte is gevlucht richting de binnenstad.');
    const total = x.trainerView().timeline.length;
    const draws = x.trainerView().timeline.filter((e) => e.kind === 'roll' || e.kind === 'variableChanged').length;
    expect(texts()).toHaveLength(total - draws);
    await user.selectOptions(within(timeline()).getByLabelText('Toon'), 'alles');
    expect(texts()).toHaveLength(total);
    await user.selectOptions(within(timeline()).getByLabelText('Toon'), 'besluiten');
    expect(texts().every((t) => /besluiten|koos|Termijn/.test(t))).toBe(true);
    expect(root.textContent).toContain(`van ${total} gebeurtenissen`);
  });
});
