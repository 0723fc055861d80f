import { screen, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n/index.js';
import { renderStructureStatus } from '../../src/ui/components/structure-status.js';
import { renderProjector, rollText, type ProjectorView } from '../../src/ui/projector/projector.js';
import { Exercise, fixtureScenario, SETTINGS, TRAINER } from './trainer-session.js';

afterEach(() => document.body.replaceChildren());

type Json = Record<string, unknown> & { injects: Record<string, unknown>[] };

/**
 * The station fixture with a first report that raises the public injured count twice and makes a public
 * 40 % chance roll (for the hidden unrest), so the projector has a course to draw and a roll to show.
 */
function exercise(): Exercise {
  const scenario = fixtureScenario('station-havenstad.json', (raw) => {
    const first = (raw as Json).injects.find((i) => i.id === 'first-report')!;
    first.effects = [
      ...(first.effects as unknown[]),
      { kind: 'variable', variable: 'injured', add: 2 },
      { kind: 'variable', variable: 'injured', add: 3 },
      { kind: 'variable', variable: 'unrest', add: 5, probability: 0.4, visibility: 'public' },
    ];
  });
  return new Exercise(scenario).run({ type: 'start' }, { type: 'beginRounds' }, { type: 'advance' });
}

function mount(view: ProjectorView, lang: Language = 'nl') {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  return { root, projector: renderProjector(root, { view, lang }) };
}

const region = (name: string) => screen.getByRole('region', { name });

describe('projector: the common operational picture', () => {
  it('shows the title, the clock, the crisis structure and a mount point for the board', () => {
    const { root } = mount(exercise().publicView());
    expect(screen.getByRole('heading', { level: 1, name: 'Aanslag op station Havenstad' })).toBeTruthy();
    expect(within(region('Klok')).getByText('T+10')).toBeTruthy();
    expect(within(region('Klok')).getByText('08:20')).toBeTruthy();
    expect(within(region('Crisisstructuur')).getByText('4 – Substantieel (landelijk en regio)')).toBeTruthy();
    // Of aftercare the room sees what runs: nothing yet, in one line.
    expect(within(region('Crisisstructuur')).getByText('Nog niets geregeld')).toBeTruthy();
    const mounts = root.querySelectorAll('[data-board-mount]');
    expect(mounts).toHaveLength(1);
    expect(region('Kaart').contains(mounts[0]!)).toBe(true);
  });

  it('says across the picture that the exercise is paused while the trainer has paused it, and not otherwise', () => {
    const running = exercise();
    const { projector } = mount(running.publicView());
    expect(screen.queryByText('De oefening is gepauzeerd')).toBeNull();
    running.run({ type: 'pause' });
    projector.update(running.publicView(), 'nl');
    expect(within(screen.getByRole('status')).getByText('De oefening is gepauzeerd')).toBeTruthy();
    // The picture stays under it: the board keeps its place.
    expect(region('Kaart')).toBeTruthy();
    projector.update(running.publicView(), 'en');
    expect(screen.getByText('The exercise is paused')).toBeTruthy();
    running.run({ type: 'resume' });
    projector.update(running.publicView(), 'nl');
    expect(screen.queryByText('De oefening is gepauzeerd')).toBeNull();
  });

  it('shows the trainer\'s pause message large on the pause screen, as inert text, and drops it on resuming', () => {
    const running = exercise();
    const { root, projector } = mount(running.publicView());
    const hostile = '<img src=x onerror="window.__pwned=1"><b>Koffie</b> tot 10:45';
    running.run({ type: 'pause', message: hostile });
    projector.update(running.publicView(), 'nl');
    const pause = screen.getByRole('status');
    expect(within(pause).getByText('De oefening is gepauzeerd')).toBeTruthy();
    expect(within(pause).getByText(hostile)).toBeTruthy();
    expect(root.querySelector('img, b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    running.run({ type: 'resume' });
    projector.update(running.publicView(), 'nl');
    expect(screen.queryByText(hostile)).toBeNull();
    // A pause without a message shows the standard words only.
    running.run({ type: 'pause' });
    projector.update(running.publicView(), 'en');
    expect(screen.getByRole('status').querySelector('[data-pause-message]')).toBeNull();
    expect(within(screen.getByRole('status')).getByText('The exercise is paused')).toBeTruthy();
  });

  it('shows the time left in the round beside the clock when the setup set a round timer, standing still while paused', () => {
    const timed = new Exercise(fixtureScenario('station-havenstad.json'), { ...SETTINGS, roundTimerSeconds: 300 }).run({ type: 'start' }, { type: 'beginRounds' });
    let clock = 1_000_000;
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const projector = renderProjector(root, { view: timed.publicView(), lang: 'nl', now: () => clock });
    // The header is looked up each time: the pause screen goes in before it.
    const header = () => root.querySelector<HTMLElement>('.projector__header')!;
    expect(within(header()).getByText('Timer ronde 1: nog 05:00')).toBeTruthy();
    clock += 61_000;
    projector.update(timed.publicView(), 'nl');
    expect(within(header()).getByText('Timer ronde 1: nog 03:59')).toBeTruthy();
    timed.run({ type: 'pause' });
    projector.update(timed.publicView(), 'en');
    clock += 120_000;
    projector.update(timed.publicView(), 'en');
    expect(within(header()).getByText('Round 1 timer: 03:59 left (paused)')).toBeTruthy();
    timed.run({ type: 'resume' }, { type: 'advance' });
    projector.update(timed.publicView(), 'nl');
    expect(within(header()).getByText('Timer ronde 2: nog 05:00')).toBeTruthy();
    clock += 400_000;
    projector.update(timed.publicView(), 'nl');
    // Said on the screen and announced once to assistive technology.
    expect(within(header()).getAllByText('De tijd voor ronde 2 is om.').map((p) => p.className)).toContain('round-timer round-timer--over');
    projector.destroy();
  });

  it('shows no round timer when the setup set none', () => {
    const { root } = mount(exercise().publicView());
    expect(root.querySelector('.round-timer')?.closest('[hidden]')).toBeTruthy();
    expect(screen.queryByText(/Timer ronde/)).toBeNull();
  });

  it('shows only public indicators, with value, unit and their course as text and as a line', () => {
    const view = exercise().publicView();
    mount(view);
    const indicators = region('Indicatoren');
    expect(within(indicators).queryByText('Onrust')).toBeNull();
    expect(within(indicators).queryByText('Vertrouwen')).toBeNull();
    const injured = view.indicators.find((i) => i.id === 'injured')!;
    expect(injured.history.length).toBe(2);
    const item = within(indicators).getByText('Gewonden').closest('li')!;
    expect(within(item).getByText(String(injured.value))).toBeTruthy();
    expect(within(item).getByText(`verloop: ${injured.history.join(' → ')}`)).toBeTruthy();
    const line = item.querySelector('svg polyline')!;
    expect(line.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(line.getAttribute('points')!.split(' ')).toHaveLength(2);
    expect(item.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows announcements for the projector, newest first, and no inject meant for roles only', () => {
    const ex = exercise();
    ex.run({ type: 'freeInject', text: 'Persconferentie om 09:00 in het stadhuis', to: 'all', projector: true });
    ex.run({ type: 'freeInject', text: 'Alleen voor de burgemeester', to: ['mayor'] });
    mount(ex.publicView());
    const items = within(region('Meldingen')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'T+10 · Oefenleiding · OverigPersconferentie om 09:00 in het stadhuis',
      'T+00 · Meldkamer · TelefoonMeerdere meldingen van een aanval met een mes in de stationshal. Er zijn gewonden.',
    ]);
    expect(screen.queryByText('Alleen voor de burgemeester')).toBeNull();
  });

  it('shows the latest public messages with every part in the room\'s language', () => {
    const ex = exercise();
    ex.as({ kind: 'role', role: 'mayor' }, { type: 'publish', blocks: ['fact-incident', 'responders-at-work'] });
    const { projector } = mount(ex.publicView());
    const message = within(region('Publieksberichten')).getByRole('listitem');
    expect(within(message).getByText('T+10 · Burgemeester van Havenstad (Gemeente) · Publieksbericht')).toBeTruthy();
    expect(within(message).getByText('Bij het station is een incident met gewonden.')).toBeTruthy();
    expect(within(message).getByText('Hulpdiensten zijn ter plaatse.')).toBeTruthy();
    projector.update(ex.publicView(), 'en');
    expect(within(region('Public messages')).getByText('Emergency services are on the scene.')).toBeTruthy();
  });

  it('shows only the four latest announcements', () => {
    const ex = exercise();
    for (let i = 1; i <= 5; i++) ex.run({ type: 'freeInject', text: `Bericht ${i}`, to: 'all', projector: true });
    mount(ex.publicView());
    const texts = within(region('Meldingen')).getAllByRole('listitem').map((li) => li.querySelector('.projector-feed__text')!.textContent);
    expect(texts).toEqual(['Bericht 5', 'Bericht 4', 'Bericht 3', 'Bericht 2']);
  });

  it('shows each public random outcome with its probability and roll, and no hidden one', () => {
    const view = exercise().publicView();
    mount(view);
    const chance = view.rolls.find((r) => r.probability !== null)!;
    expect(chance.probability).toBe(0.4);
    const items = within(region('Kansworpen')).getAllByRole('listitem');
    expect(items).toHaveLength(view.rolls.length);
    const roll = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(chance.roll);
    expect(within(region('Kansworpen')).getByText(`kans 40 % — worp ${roll} → ${chance.success ? 'ja' : 'nee'}`)).toBeTruthy();
    const initial = view.rolls.find((r) => r.purpose === 'initial' && r.id === 'injured')!;
    expect(within(region('Kansworpen')).getByText(`T+00 · Beginwaarde: Gewonden`)).toBeTruthy();
    expect(within(region('Kansworpen')).getByText(`worp ${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(initial.roll)}`)).toBeTruthy();
  });

  it('words a roll as "kans 40 % — worp 0,27 → ja", in either language', () => {
    const roll = { seq: 9, minute: 10, purpose: 'chance', id: 'x', probability: 0.4, roll: 0.27, success: true };
    expect(rollText(roll, 'nl')).toBe('kans 40 % — worp 0,27 → ja');
    expect(rollText({ ...roll, roll: 0.8123, success: false }, 'en')).toBe('chance 40 % — roll 0.81 → no');
  });

  it('keeps what the board drew in its mount point across updates', () => {
    const ex = exercise();
    const { root, projector } = mount(ex.publicView());
    const mountPoint = root.querySelector('[data-board-mount]')!;
    const canvas = document.createElement('canvas');
    mountPoint.append(canvas);
    ex.run({ type: 'advance' });
    projector.update(ex.publicView(), 'nl');
    expect(within(region('Klok')).getByText('T+20')).toBeTruthy();
    expect(root.querySelector('[data-board-mount]')).toBe(mountPoint);
    expect(mountPoint.firstChild).toBe(canvas);
  });

  it('renders scenario and trainer text as text, never as markup', () => {
    const ex = exercise();
    ex.run({ type: 'freeInject', text: '<img src=x onerror="alert(1)"><b>vet</b>', to: 'all', projector: true });
    const { root } = mount(ex.publicView());
    expect(within(region('Meldingen')).getByText('<img src=x onerror="alert(1)"><b>vet</b>')).toBeTruthy();
    expect(root.querySelector('img, b')).toBeNull();
  });

  it('re-renders in the other language', () => {
    const { projector } = mount(exercise().publicView());
    projector.update(exercise().publicView(), 'en');
    expect(region('Indicators')).toBeTruthy();
    expect(region('Announcements')).toBeTruthy();
    expect(region('Dice rolls')).toBeTruthy();
    expect(within(region('Crisis structure')).getByText('4 – Substantial (national and region)')).toBeTruthy();
    expect(screen.queryByText('Meldingen')).toBeNull();
  });
});

describe('projector: the debrief', () => {
  it('shows the objectives\' ratings only', () => {
    const ex = exercise();
    ex.run({ type: 'end' }, { type: 'openDebrief' });
    const view = ex.roomView();
    const { root } = mount(view);
    const ratings = region('Beoordeling per doelstelling');
    for (const id of ['VB1', 'VB2'] as const) {
      const group = view.score.objectives[id];
      const row = within(ratings).getByText(new RegExp(`^${id}`)).closest('div')!;
      expect(row.textContent).toContain(group ? (group.rating === 'notExercised' ? 'Niet beoefend' : `${group.rating} — `) : 'Niet beoefend');
    }
    expect(screen.getByText('Nabespreking')).toBeTruthy();
    for (const name of ['Indicatoren', 'Meldingen', 'Publieksberichten', 'Kansworpen', 'Klok']) expect(screen.queryByRole('region', { name })).toBeNull();
    expect(root.querySelector('[data-board-mount]')).toBeNull();
  });

  it('switches from the picture to the ratings when the room\'s debrief view arrives', () => {
    const ex = exercise();
    const { projector } = mount(ex.publicView());
    expect(region('Indicatoren')).toBeTruthy();
    ex.run({ type: 'end' });
    projector.update(ex.roomView(), 'nl');
    expect(region('Beoordeling per doelstelling')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Indicatoren' })).toBeNull();
  });

  it('shows none of the trainer\'s observations to the room', () => {
    const ex = exercise();
    ex.apply({ actor: TRAINER, type: 'observe', text: 'Alleen voor de oefenleiding' });
    ex.run({ type: 'end' });
    mount(ex.roomView());
    expect(screen.queryByText(/Alleen voor de oefenleiding/)).toBeNull();
  });
});

describe('the crisis structure in the room display’s compact form', () => {
  const base = () => new Exercise(fixtureScenario(), SETTINGS).publicView().structure;

  it('says the threat level once when region and nation agree, twice when they differ, and of aftercare only what runs', () => {
    const structure = base();
    const differing = { ...structure, threatLevel: { national: 3 as const, region: 4 as const }, aftercare: { ...structure.aftercare, iacOpen: true } };
    const root = renderStructureStatus(differing, 'nl', { compact: true, large: true });
    document.body.replaceChildren(root);
    expect(within(root).getByText('Landelijk: 3 – Aanzienlijk')).toBeTruthy();
    expect(within(root).getByText('Regio: 4 – Substantieel')).toBeTruthy();
    const care = within(root).getAllByRole('listitem').filter((li) => li.className.includes('structure-status__care'));
    expect(care.map((li) => li.textContent)).toEqual(['✓ Informatie- en adviescentrum open: ja']);
  });

  it('gives every team its short name beside its full one, for the projector to use when space runs short', () => {
    const structure = { ...base(), activeTeams: [{ team: 'NCC', chair: null }, { team: 'driehoek', chair: 'mayor' }] } as ReturnType<typeof base>;
    const root = renderStructureStatus(structure, 'nl', { compact: true });
    expect([...root.querySelectorAll('.structure-status__team-short')].map((n) => n.textContent)).toEqual(['NCC', 'Driehoek']);
    expect([...root.querySelectorAll('.structure-status__chair--line')].map((n) => n.textContent)).toEqual(['voorzitter: geen voorzitter', 'voorzitter: Burgemeester']);
  });
});
