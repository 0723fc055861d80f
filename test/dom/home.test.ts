import { fireEvent, screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/zod-setup.js';
import { loadScenario } from '../../src/engine/scenario/loader.js';
import type { BundledScenario } from '../../src/ui/bundled-scenarios.js';
import { renderHome, type HomeOptions } from '../../src/ui/home.js';
import { fixtureFile, fixtureText } from './fixtures.js';

function bundledFrom(...names: string[]): () => Promise<BundledScenario[]> {
  return () => Promise.resolve(names.map((fileName) => ({ fileName, result: loadScenario(fixtureText(fileName), fileName) })));
}

async function showHome(options: Partial<HomeOptions> = {}) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const page = renderHome(root, { lang: 'nl', bundled: bundledFrom('valid-minimal.json'), storage: window.localStorage, ...options });
  await page.ready;
  return page;
}

/** A list item by its whole text, also when part of it sits in a nested element (the role's team). */
const item = (text: string) => (_: string, node: Element | null) => node?.tagName === 'LI' && node.textContent === text;

const fileInput = () => screen.getByLabelText<HTMLInputElement>(/kies een scenariobestand|choose a scenario file/i);
const user = () => userEvent.setup({ applyAccept: false });

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'nl';
});
afterEach(() => document.body.replaceChildren());

describe('home: page structure', () => {
  it('has a banner with the product name, a main landmark and headings in order', async () => {
    await showHome();
    expect(within(screen.getByRole('banner')).getByRole('heading', { level: 1, name: 'Crisistafel' })).toBeTruthy();
    const main = screen.getByRole('main');
    const levels = within(main)
      .getAllByRole('heading')
      .map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(2);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    expect(within(main).getByRole('heading', { level: 2, name: 'Zo werkt het' })).toBeTruthy();
    expect(within(main).getByRole('heading', { level: 2, name: 'Meegeleverde scenario’s' })).toBeTruthy();
    expect(within(main).getByRole('heading', { level: 2, name: 'Een scenariobestand openen' })).toBeTruthy();
  });

  it('labels the language switch and every control', async () => {
    await showHome();
    const group = screen.getByRole('group', { name: 'Taal' });
    expect(within(group).getByRole('button', { name: 'Nederlands', pressed: true })).toBeTruthy();
    expect(within(group).getByRole('button', { name: 'English', pressed: false })).toBeTruthy();
    expect(fileInput().type).toBe('file');
  });
});

describe('home: bundled scenarios', () => {
  it('shows each bundled scenario as a card with title, summary, roles with their team, duration, languages and warnings', async () => {
    await showHome();
    const card = screen.getByRole('heading', { level: 3, name: 'Oefening Havenkade' }).closest('article')!;
    const inCard = within(card as HTMLElement);
    expect(inCard.getByText('Een korte, fictieve oefening: een verdacht pakket op de Havenkade van Oostwaard.')).toBeTruthy();
    expect(inCard.getByText(item('Burgemeester van Oostwaard — GBT'))).toBeTruthy();
    expect(inCard.getByText(item('Woordvoerder gemeente — extern'))).toBeTruthy();
    expect(inCard.getByText('45 minuten')).toBeTruthy();
    expect(inCard.getByText('Nederlands, English')).toBeTruthy();
    expect(inCard.getByText('Dreiging met geweld')).toBeTruthy();
  });

  it('lists every scenario it is given, in the given order', async () => {
    await showHome({ bundled: bundledFrom('valid-minimal.json', 'html-in-text.json') });
    const list = screen.getByRole('heading', { name: 'Meegeleverde scenario’s' }).parentElement!.querySelector('ul')!;
    expect(within(list).getAllByRole('article')).toHaveLength(2);
  });

  it('shows a bundled file that fails to load with its problems instead of hiding it', async () => {
    await showHome({ bundled: bundledFrom('broken-scenario.json') });
    const card = screen.getByRole('heading', { level: 3, name: 'broken-scenario.json' }).closest('article') as HTMLElement;
    expect(within(card).getByText('Dit meegeleverde scenario kon niet worden geladen.')).toBeTruthy();
    expect(within(card).getAllByText(/^broken-scenario\.json:\d+:\d+$/).length).toBeGreaterThan(0);
  });

  it('says so while loading, and when there are none', async () => {
    let resolve!: (list: BundledScenario[]) => void;
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const page = renderHome(root, { lang: 'nl', bundled: () => new Promise((r) => (resolve = r)) });
    expect(screen.getByText('Scenario’s laden…')).toBeTruthy();
    resolve([]);
    await page.ready;
    expect(screen.queryByText('Scenario’s laden…')).toBeNull();
    expect(screen.getByText('Er zijn nog geen meegeleverde scenario’s.')).toBeTruthy();
  });

  it('offers to prepare an exercise with a bundled scenario when the app can', async () => {
    const onChoose = vi.fn();
    await showHome({ onChoose });
    await user().click(screen.getByRole('button', { name: 'Oefening voorbereiden' }));
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'harbour-drill' }), 'valid-minimal.json');
  });
});

describe('home: opening a scenario file', () => {
  it('lists a broken file’s problems with file:line:column and JSON path, and announces the count', async () => {
    await showHome();
    await user().upload(fileInput(), fixtureFile('broken-scenario.json'));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toMatch(/^\d+ (probleem|problemen) gevonden in broken-scenario\.json\.$/));
    const result = screen.getByRole('heading', { level: 3, name: 'Problemen in broken-scenario.json' }).parentElement!;
    const items = within(result).getAllByRole('listitem');
    expect(status.textContent?.startsWith(`${items.length} `)).toBe(true);
    const duration = items.find((item) => within(item).queryByText('durationMinutes'));
    expect(duration, 'the durationMinutes problem is listed with its path').toBeDefined();
    expect(within(duration!).getByText(/^broken-scenario\.json:13:\d+$/)).toBeTruthy();
  });

  it('shows a valid file’s summary card and announces that it is valid', async () => {
    await showHome({ bundled: () => Promise.resolve([]) });
    await user().upload(fileInput(), fixtureFile('valid-minimal.json'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('valid-minimal.json is geldig.'));
    const card = screen.getByRole('heading', { level: 3, name: 'Oefening Havenkade' }).closest('article') as HTMLElement;
    expect(within(card).getByText('valid-minimal.json')).toBeTruthy();
    expect(within(card).getByText(item('Burgemeester van Oostwaard — GBT'))).toBeTruthy();
  });

  it('opens a file dropped on the drop zone', async () => {
    await showHome({ bundled: () => Promise.resolve([]) });
    const zone = screen.getByText('Sleep een scenariobestand (.json) hierheen').parentElement!;
    fireEvent.dragOver(zone, { dataTransfer: { files: [], dropEffect: 'none' } });
    expect(zone.classList.contains('drop-zone--active')).toBe(true);
    fireEvent.drop(zone, { dataTransfer: { files: [fixtureFile('valid-minimal.json')] } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('valid-minimal.json is geldig.'));
    expect(zone.classList.contains('drop-zone--active')).toBe(false);
  });

  it('keeps working on an empty or a binary file: it shows problems, it does not throw', async () => {
    await showHome({ bundled: () => Promise.resolve([]) });
    await user().upload(fileInput(), new File([], 'empty.json'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/gevonden in empty\.json/));
    await user().upload(fileInput(), new File([new Uint8Array([0, 255, 137, 80, 78, 71, 0, 1])], 'picture.png'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/gevonden in picture\.png/));
    expect(screen.getAllByText(/^picture\.png:\d+:\d+$/).length).toBeGreaterThan(0);
  });
});

describe('home: language', () => {
  it('switches every text to English and keeps the opened file’s result on screen', async () => {
    await showHome();
    await user().upload(fileInput(), fixtureFile('broken-scenario.json'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/gevonden/));
    const problemsBefore = screen.getAllByText(/^broken-scenario\.json:\d+:\d+$/).length;

    await user().click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 2, name: 'How it works' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Harbour Quay drill' })).toBeTruthy();
    expect(screen.getByText(item('Mayor of Oostwaard — GBT'))).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ problems? found in broken-scenario\.json\.$/);
    expect(screen.getByRole('heading', { level: 3, name: 'Problems in broken-scenario.json' })).toBeTruthy();
    expect(screen.getAllByText(/^broken-scenario\.json:\d+:\d+$/)).toHaveLength(problemsBefore);
    expect(screen.getByLabelText('Choose a scenario file')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English', pressed: true })).toBeTruthy();
    expect(screen.queryByText('Zo werkt het')).toBeNull();
  });

  it('sets <html lang> and remembers the choice', async () => {
    await showHome();
    await user().click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('crisistafel.language')).toBe('en');
    await user().click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(document.documentElement.lang).toBe('nl');
    expect(window.localStorage.getItem('crisistafel.language')).toBe('nl');
  });

  it('keeps working when storage refuses to remember the choice', async () => {
    const storage = { setItem: () => { throw new Error('blocked'); }, getItem: () => null } as unknown as Storage;
    await showHome({ storage });
    await user().click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 2, name: 'How it works' })).toBeTruthy();
  });
});

describe('home: scenario text is untrusted', () => {
  it('renders HTML in scenario text as plain text, creating no element from it', async () => {
    await showHome({ bundled: bundledFrom('html-in-text.json') });
    await user().upload(fileInput(), fixtureFile('html-in-text.json'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('html-in-text.json is geldig.'));

    const title = '<img src=x onerror="document.title=\'pwned\'">Oefening <b>Havenkade</b>';
    expect(screen.getAllByRole('heading', { level: 3, name: title })).toHaveLength(2);
    expect(screen.getAllByText(item("<script>document.title='pwned'</script>Burgemeester — GBT"))).toHaveLength(2);
    expect(document.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(document.title).not.toBe('pwned');
  });
});
