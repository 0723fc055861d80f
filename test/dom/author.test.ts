// The author view as an author uses it: a broken file shows its errors linked to their lines; a valid
// scenario shows the linter's findings, the timeline per role and a dry run; saving the file again is
// enough to have it checked again; a reload opens the same file; "play from here" opens the setup.
import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocator } from '../../src/engine/scenario/positions.js';
import type { Scenario } from '../../src/engine/scenario/schema.js';
import type { ScreenContext } from '../../src/ui/app/screen.js';
import { mountAuthor, type AuthorOptions, type AuthorScreen } from '../../src/ui/author/author-screen.js';
import { memoryKeptFileStore, type KeptFile } from '../../src/ui/author/kept-file.js';
import { fixtureFile, fixtureText } from './fixtures.js';
import { fakeServices } from './session-fixtures.js';

// Real lint and bot playthroughs run in these tests; on a busy machine they take more than the default 5 s.
const SLOW = { timeout: 30_000 };
const WAIT = { timeout: 10_000 };

const bundledText = (name: string) => readFileSync(resolve(process.cwd(), 'scenarios', name), 'utf8');
const INTRO = 'intro-market-square.json';

let shown: AuthorScreen | null = null;
let navigated: string[];
let chosen: { scenario: Scenario; fileName: string }[];

function mount(options: AuthorOptions = {}, lang: 'nl' | 'en' = 'nl'): AuthorScreen {
  shown?.destroy();
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  const ctx: ScreenContext = {
    main,
    lang,
    services: fakeServices(),
    chosen: null,
    choose: (c) => chosen.push(c),
    navigate: (hash) => navigated.push(hash),
    setTitle: () => undefined,
  };
  shown = mountAuthor(ctx, { picker: null, runsPerPolicy: 1, store: memoryKeptFileStore(), ...options });
  return shown;
}

const fileInput = () => screen.getByLabelText('Kies een scenariobestand');

/** Pick a file as the author would, and wait until it is read, checked, linted and dry-run. */
async function upload(file: File): Promise<void> {
  await userEvent.setup({ applyAccept: false }).upload(fileInput(), file);
  // The opener announces its verdict when it hands the file over; from then on the view tracks its own work.
  await waitFor(() => expect(document.querySelector('.file-opener__status')?.textContent).toMatch(/is geldig\.$|gevonden in /), WAIT);
  await shown?.idle();
}
const sourceLine = (n: number) => within(screen.getByRole('region', { name: /^Tekst van / })).getAllByRole('listitem')[n - 1]!;

/** A stand-in for a FileSystemFileHandle: the "disk" text can change, as when the author saves. */
function fakeHandle(name: string, text: string) {
  let current = { text, modified: 1 };
  const handle = {
    kind: 'file' as const,
    name,
    getFile: async () => new File([current.text], name, { type: 'application/json', lastModified: current.modified }),
    queryPermission: async () => 'granted' as PermissionState,
    isSameEntry: async () => false,
  };
  return {
    handle: handle as unknown as FileSystemFileHandle,
    save(next: string) {
      current = { text: next, modified: current.modified + 1 };
    },
  };
}

beforeEach(() => {
  navigated = [];
  chosen = [];
});
afterEach(() => {
  shown?.destroy();
  shown = null;
  document.body.replaceChildren();
});

describe('author view: a file with errors', SLOW, () => {
  it('lists each error with a link that scrolls to, focuses and marks its line and column', async () => {
    const author = mount();
    await upload(fixtureFile('broken-scenario.json'));
    await author.idle();

    const errors = screen.getByRole('region', { name: 'Fouten in het bestand' });
    const item = within(errors)
      .getAllByRole('listitem')
      .find((li) => within(li).queryByText('durationMinutes'));
    expect(item).toBeTruthy();
    expect(within(item!).getByText('fout')).toBeTruthy();
    expect(within(item!).getByText('Verkeerd soort waarde')).toBeTruthy();
    const link = within(item!).getByRole('link', { name: /^Regel 13, kolom \d+$/ });

    await userEvent.setup().click(link);
    const line = sourceLine(13);
    expect(document.activeElement).toBe(line);
    expect(line.getAttribute('aria-current')).toBe('location');
    expect(line.textContent).toContain('"durationMinutes": "forty-five"');
    const column = Number(/kolom (\d+)/.exec(link.textContent ?? '')?.[1]);
    expect(line.querySelector('mark')?.textContent).toBe(line.textContent?.[column - 1]);
    // Nothing beyond the errors is offered for a file that does not load.
    expect(screen.queryByRole('region', { name: 'Tijdlijn per rol' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Spelen vanaf hier/ })).toBeNull();
  });

  it('follows a link from the keyboard, and shows the file’s text as text even where it looks like markup', async () => {
    mount();
    const text = fixtureText('broken-scenario.json').replace('"Oefening Havenkade"', '"<img src=x onerror=alert(1)>"');
    await upload(new File([text], 'broken.json'));
    const link = within(screen.getByRole('region', { name: 'Fouten in het bestand' })).getAllByRole('link')[0]!;
    link.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(document.activeElement?.getAttribute('aria-current')).toBe('location');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('region', { name: 'Tekst van broken.json' }).textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('author view: a valid scenario', SLOW, () => {
  it('shows the lint findings, the timeline per role and the dry run, each linked to the file', async () => {
    const author = mount();
    const text = bundledText(INTRO);
    await upload(new File([text], INTRO));
    await author.idle();

    const checks = screen.getByRole('region', { name: 'Controles' });
    expect(within(checks).getByText(/Inclusief wat de 3 runs van de proefrun bereikten/)).toBeTruthy();
    expect(within(checks).getAllByText('Twee injects tegelijk voor één rol').length).toBeGreaterThan(0);
    expect(within(checks).getAllByText('waarschuwing').length).toBeGreaterThan(0);

    const timeline = screen.getByRole('region', { name: 'Tijdlijn per rol' });
    expect(within(timeline).getByRole('columnheader', { name: /^Ronde 1 T\+00/ })).toBeTruthy();
    const scenario = JSON.parse(text) as { roles: { name: { nl: string } }[]; injects: { id: string; at?: number }[] };
    for (const role of scenario.roles) expect(within(timeline).getByRole('rowheader', { name: role.name.nl })).toBeTruthy();
    const first = scenario.injects.findIndex((i) => i.at === 0);
    const id = scenario.injects[first]!.id;
    const injectLink = within(timeline).getAllByRole('link', { name: new RegExp(`^${id}, regel \\d+`) })[0]!;
    await userEvent.setup().click(injectLink);
    const expected = createLocator(text).pathPosition(['injects', first]).line;
    expect(document.activeElement).toBe(sourceLine(expected));

    const dry = screen.getByRole('region', { name: 'Proefrun met bots' });
    expect(within(dry).getByText('3 runs: 1 per bot (Willekeurige bot, Bot volgens doctrine, Zwakke bot), seeds author-1.')).toBeTruthy();
    const ratings = within(dry).getByRole('table', { name: /per doel en per bot/ });
    expect(within(ratings).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Doel', 'Willekeurige bot', 'Bot volgens doctrine', 'Zwakke bot']);
    expect(within(ratings).getAllByRole('row').length).toBeGreaterThan(1);
    expect(within(dry).getByRole('heading', { name: 'Nooit bereikt' })).toBeTruthy();
  });

  it('runs the dry run again with the runs and seed the author sets', async () => {
    const author = mount();
    await upload(new File([bundledText(INTRO)], INTRO));
    await author.idle();
    const u = userEvent.setup();
    const dry = screen.getByRole('region', { name: 'Proefrun met bots' });
    const runs = within(dry).getByLabelText('Runs per bot');
    await u.clear(runs);
    await u.type(runs, '2');
    const seed = within(dry).getByLabelText('Seed');
    await u.clear(seed);
    await u.type(seed, 'klas');
    await u.click(within(dry).getByRole('button', { name: 'Proefrun opnieuw' }));
    await author.idle();
    expect(within(dry).getByText(/^6 runs: 2 per bot .*seeds klas-1 … klas-2\.$/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Controles' })).getByText(/Inclusief wat de 6 runs/)).toBeTruthy();
  });

  it('can be stopped during the dry run, or started again while it runs', async () => {
    // The page's turns between slices are released by the test, one run per slice.
    const turns: (() => void)[] = [];
    let clock = 0;
    const author = mount({ runsPerPolicy: 2, slicer: { pause: () => new Promise<void>((go) => turns.push(go)), now: () => (clock += 20) } });
    const dry = () => screen.getByRole('region', { name: 'Proefrun met bots' });
    const until = async (seen: () => boolean) => {
      for (let i = 0; i < 500 && !seen(); i++) {
        turns.shift()?.();
        await new Promise((r) => setTimeout(r, 0));
      }
      expect(seen()).toBe(true);
    };
    await userEvent.setup({ applyAccept: false }).upload(fileInput(), new File([bundledText(INTRO)], INTRO));
    await until(() => /^1 van 6 runs gespeeld/.test(document.querySelector('.author-dry-run__progress')?.textContent ?? ''));

    const u = userEvent.setup();
    await u.click(within(dry()).getByRole('button', { name: 'Stoppen' }));
    expect(within(dry()).getByText('De proefrun is gestopt.')).toBeTruthy();

    await u.click(within(dry()).getByRole('button', { name: 'Proefrun opnieuw' }));
    await until(() => /^2 van 6 runs gespeeld/.test(document.querySelector('.author-dry-run__progress')?.textContent ?? ''));
    // Started again while running: the earlier run is dropped, the new one reports.
    await u.click(within(dry()).getByRole('button', { name: 'Proefrun opnieuw' }));
    await until(() => within(dry()).queryByText(/^6 runs: 2 per bot/) !== null);
    await until(() => turns.length === 0);
    await author.idle();
    expect(within(screen.getByRole('region', { name: 'Controles' })).getByText(/Inclusief wat de 6 runs/)).toBeTruthy();
  });

  it('plays from here: the setup screen opens with the author’s scenario', async () => {
    const author = mount();
    await upload(new File([bundledText(INTRO)], INTRO));
    await author.idle();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Spelen vanaf hier: oefening voorbereiden met dit scenario' }));
    expect(chosen.map((c) => [c.scenario.id, c.fileName])).toEqual([['intro-market-square', INTRO]]);
    expect(navigated).toEqual(['#/setup']);
  });

  it('switches language in place, keeping the open file', async () => {
    const author = mount();
    await upload(new File([bundledText(INTRO)], INTRO));
    await author.idle();
    author.setLanguage('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Author view' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Timeline per role' })).toBeTruthy();
    expect(screen.getByRole('region', { name: `Text of ${INTRO}` })).toBeTruthy();
  });
});

describe('author view: following the file and keeping it', SLOW, () => {
  it('checks the file again when the author saves it, through the file’s handle', async () => {
    const disk = fakeHandle(INTRO, bundledText(INTRO));
    const author = mount({ picker: async () => [disk.handle], watch: { intervalMs: 10 } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Bestand openen en blijven controleren' }));
    await author.idle();
    expect(screen.getByText(`Gevolgd: elke keer dat u ${INTRO} opslaat, wordt het opnieuw gecontroleerd.`)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Controles' })).toBeTruthy();

    disk.save(bundledText(INTRO).replace('"durationMinutes": ', '"durationMinutes": "lang", "x": '));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Fouten in het bestand' })).toBeTruthy(), WAIT);
    expect(screen.getByText(`${INTRO} is opnieuw gecontroleerd.`)).toBeTruthy();
    await author.idle();
  });

  it('follows a dropped file when the browser hands over its handle with it', async () => {
    const disk = fakeHandle('broken-scenario.json', fixtureText('broken-scenario.json'));
    const author = mount({ watch: { intervalMs: 10 } });
    const dropped = fixtureFile('broken-scenario.json');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { files: [dropped], items: [{ kind: 'file', getAsFileSystemHandle: async () => disk.handle }] },
    });
    document.querySelector('.drop-zone')!.dispatchEvent(drop);
    await waitFor(() => expect(screen.getByText('Gevolgd: elke keer dat u broken-scenario.json opslaat, wordt het opnieuw gecontroleerd.')).toBeTruthy(), WAIT);
    expect(screen.getByRole('region', { name: 'Fouten in het bestand' })).toBeTruthy();

    disk.save(bundledText(INTRO));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Controles' })).toBeTruthy(), WAIT);
    await author.idle();
    expect(screen.getByRole('region', { name: 'Tijdlijn per rol' })).toBeTruthy();
  });

  it('tells the author a picked file is a snapshot, and checks it again on request', async () => {
    const author = mount();
    await upload(new File([bundledText(INTRO)], INTRO));
    await author.idle();
    expect(screen.getByText(/Chromium leest een zo gekozen bestand niet opnieuw/)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opnieuw controleren' }));
    await waitFor(() => expect(screen.getByText(`${INTRO} is niet veranderd sinds de vorige controle.`)).toBeTruthy(), WAIT);
  });

  it('opens the same file after a reload, and forgets it when the author closes it', async () => {
    const store = memoryKeptFileStore();
    let author = mount({ store });
    await upload(fixtureFile('broken-scenario.json'));
    await author.idle();
    expect(store.kept?.name).toBe('broken-scenario.json');
    expect(screen.getByText('Deze browser bewaart het bestand: na herladen staat het hier weer open.')).toBeTruthy();

    author = mount({ store });
    await author.idle();
    expect(screen.getByRole('region', { name: 'Tekst van broken-scenario.json' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Fouten in het bestand' })).toBeTruthy();
    expect(screen.getByText(/^Hersteld uit deze browser\. Kies of sleep broken-scenario\.json opnieuw/)).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Bestand sluiten' }));
    await author.idle();
    expect(store.kept).toBeNull();
    expect(screen.queryByRole('region', { name: /^Tekst van / })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Scenariobestand' }));
  });

  it('asks before following a kept handle the browser no longer lets it read, and follows it once allowed', async () => {
    const disk = fakeHandle(INTRO, bundledText(INTRO));
    let permission: PermissionState = 'prompt';
    Object.assign(disk.handle, {
      queryPermission: async () => permission,
      requestPermission: async () => (permission = 'granted'),
    });
    const store = memoryKeptFileStore({ name: INTRO, text: bundledText(INTRO), handle: disk.handle } satisfies KeptFile);
    const author = mount({ store, watch: { intervalMs: 10 } });
    await author.idle();
    const resume = screen.getByRole('button', { name: `${INTRO} weer volgen` });
    await userEvent.setup().click(resume);
    await author.idle();
    expect(screen.getByText(`Gevolgd: elke keer dat u ${INTRO} opslaat, wordt het opnieuw gecontroleerd.`)).toBeTruthy();
    expect(store.kept?.handle).toBe(disk.handle);
  });
});
