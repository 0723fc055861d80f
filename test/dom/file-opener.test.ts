import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult, ScenarioError } from '../../src/engine/scenario/errors.js';
import type { Scenario } from '../../src/engine/scenario/schema.js';
import { createFileOpener, MAX_SCENARIO_BYTES, type FileOpenerOptions } from '../../src/ui/components/file-opener.js';

const errors: ScenarioError[] = [
  { code: 'unknown-reference', file: 'broken.json', line: 3, column: 14, path: 'injects[3].to.roles[0]', message: 'There is no role "mayr".', hint: 'Did you mean "mayor"?' },
  { code: 'json-syntax', file: 'broken.json', line: 1, column: 1, path: '', message: 'The file is not valid JSON.' },
];

// Only what the card reads; the opener passes the loader's scenario through untouched.
const scenario = {
  id: 'stub',
  title: { nl: 'Stubscenario', en: 'Stub scenario' },
  summary: 'Samenvatting',
  roles: [{ id: 'mayor', name: 'Burgemeester', team: 'GBT' }],
  durationMinutes: 30,
  languages: ['nl'],
  contentWarnings: [],
} as unknown as Scenario;

function mount(options: Partial<FileOpenerOptions> & { load: FileOpenerOptions['load'] }) {
  const opener = createFileOpener({ lang: 'nl', ...options });
  document.body.replaceChildren(opener.element);
  return opener;
}

const input = () => screen.getByLabelText('Kies een scenariobestand');
const upload = (file: File) => userEvent.setup({ applyAccept: false }).upload(input(), file);

afterEach(() => document.body.replaceChildren());

describe('file opener', () => {
  it('shows each problem with file:line:column, JSON path, message and hint, and announces the count', async () => {
    const onErrors = vi.fn();
    mount({ load: () => ({ ok: false, errors }), onErrors });
    await upload(new File(['{'], 'broken.json'));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 problemen gevonden in broken.json.'));
    const [first, second] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(within(first!).getByText('broken.json:3:14')).toBeTruthy();
    expect(within(first!).getByText('injects[3].to.roles[0]')).toBeTruthy();
    expect(within(first!).getByText('There is no role "mayr".')).toBeTruthy();
    expect(within(first!).getByText('Verwijzing naar iets dat niet bestaat')).toBeTruthy();
    expect(first!.textContent).toContain('Tip: Did you mean "mayor"?');
    expect(within(first!).getByText('broken.json, Regel 3, kolom 14,', { exact: false })).toBeTruthy();
    expect(within(second!).getByText('broken.json:1:1')).toBeTruthy();
    expect(within(second!).getByText('(hele bestand)')).toBeTruthy();
    expect(onErrors).toHaveBeenCalledWith(errors, 'broken.json');
  });

  it('uses the singular for one problem', async () => {
    mount({ load: () => ({ ok: false, errors: errors.slice(0, 1) }) });
    await upload(new File(['{'], 'broken.json'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 probleem gevonden in broken.json.'));
  });

  it('hands a valid scenario, its text and its file name to onScenario and shows its card', async () => {
    const onScenario = vi.fn();
    const load = vi.fn((): LoadResult => ({ ok: true, scenario }));
    mount({ load, onScenario });
    await upload(new File(['{"id":"stub"}'], 'stub.json'));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('stub.json is geldig.'));
    expect(load).toHaveBeenCalledWith('{"id":"stub"}', 'stub.json', expect.any(Function));
    expect(onScenario).toHaveBeenCalledWith(scenario, '{"id":"stub"}', 'stub.json');
    expect(screen.getByRole('heading', { level: 3, name: 'Stubscenario' })).toBeTruthy();
  });

  it('refuses a file over 10 MB before reading it, with a clear message', async () => {
    const onErrors = vi.fn();
    const load = vi.fn();
    mount({ load, onErrors });
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_SCENARIO_BYTES + 1 });
    const read = vi.spyOn(huge, 'text');
    await upload(huge);

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 probleem gevonden in huge.json.'));
    expect(screen.getByText(/Dit bestand is 10 MB\. Een scenario mag hoogstens 10 MB zijn; het is niet gelezen\./)).toBeTruthy();
    expect(read).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
    expect(onErrors).toHaveBeenCalledWith([expect.objectContaining({ code: 'too-large', file: 'huge.json' })], 'huge.json');
  });

  it('reports a file it cannot read, or that makes the loader fail, instead of throwing', async () => {
    const opener = mount({
      load: () => {
        throw new Error('loader bug');
      },
    });
    await expect(opener.open(new File(['{}'], 'odd.json'))).resolves.toBeUndefined();
    expect(screen.getByText('Dit bestand kon niet worden gelezen.')).toBeTruthy();

    const unreadable = new File(['{}'], 'gone.json');
    vi.spyOn(unreadable, 'text').mockRejectedValue(new DOMException('NotReadableError'));
    await expect(opener.open(unreadable)).resolves.toBeUndefined();
    expect(screen.getByRole('status').textContent).toBe('1 probleem gevonden in gone.json.');
  });

  it('keeps only the last opened file’s result when an earlier read finishes later', async () => {
    let finishSlow!: (text: string) => void;
    const slow = new File(['slow'], 'slow.json');
    vi.spyOn(slow, 'text').mockReturnValue(new Promise((resolve) => (finishSlow = resolve)));
    const opener = mount({ load: (text) => (text === 'slow' ? { ok: false, errors } : { ok: true, scenario }) });

    const first = opener.open(slow);
    await opener.open(new File(['fast'], 'fast.json'));
    finishSlow('slow');
    await first;

    expect(screen.getByRole('status').textContent).toBe('fast.json is geldig.');
    expect(screen.getByRole('heading', { name: 'Stubscenario' })).toBeTruthy();
  });

  it('keeps the last result visible while the next file is read, and across a language switch', async () => {
    const opener = mount({ load: () => ({ ok: false, errors }) });
    await opener.open(new File(['{'], 'broken.json'));
    let finish!: (text: string) => void;
    const next = new File(['{}'], 'next.json');
    vi.spyOn(next, 'text').mockReturnValue(new Promise((resolve) => (finish = resolve)));
    const pending = opener.open(next);

    expect(screen.getByRole('status').textContent).toBe('next.json wordt gelezen…');
    expect(screen.getByText('broken.json:3:14')).toBeTruthy();
    opener.setLanguage('en');
    expect(screen.getByRole('status').textContent).toBe('Reading next.json…');
    expect(screen.getByRole('heading', { name: 'Problems in broken.json' })).toBeTruthy();
    expect(screen.getByText('(whole file)')).toBeTruthy();
    finish('{');
    await pending;
    expect(screen.getByRole('status').textContent).toBe('2 problems found in next.json.');
  });

  it('gives two openers on one page their own label–input pairs', () => {
    const a = createFileOpener({ lang: 'nl' });
    const b = createFileOpener({ lang: 'en' });
    document.body.replaceChildren(a.element, b.element);
    expect(screen.getByLabelText('Kies een scenariobestand')).not.toBe(screen.getByLabelText('Choose a scenario file'));
  });
});
