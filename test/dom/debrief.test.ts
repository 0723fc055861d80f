// The debrief DOM is large (every criterion with both lines of its explanation); on a loaded shared machine a test
// here takes several seconds, so each block allows 30 s rather than the 5 s default.
import { fireEvent, screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, replay, scoreExercise, type Command, type ExerciseState } from '../../src/engine/index.js';
import { readBundle, type SessionBundle } from '../../src/engine/session/bundle.js';
import type { RatedGroup } from '../../src/engine/scoring/score.js';
import { objectiveById, themeById, type ThemeId } from '../../src/engine/strategy/index.js';
import { tDynamic } from '../../src/i18n/index.js';
import { groupOf } from '../../src/ui/debrief/event-text.js';
import { renderDebrief, type DebriefProps } from '../../src/ui/debrief/index.js';
import { must, played, refused, role, TRAINER } from './debrief-support.js';

function show(props: Pick<DebriefProps, 'scenario' | 'state'> & Partial<DebriefProps>) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const send = vi.fn<(command: Command) => unknown>(() => undefined);
  const onFork = vi.fn<(bundle: SessionBundle) => void>();
  const debrief = renderDebrief(root, { audience: 'trainer', lang: 'en', send, onFork, ...props });
  return { root, send, onFork, debrief };
}

const objectiveArticle = (id: string) => screen.getByRole('heading', { level: 3, name: new RegExp(`^${id} — `) }).closest('article') as HTMLElement;
const detailsNamed = (text: string) => screen.getByText(text, { selector: 'summary' }).closest('details') as HTMLDetailsElement;

afterEach(() => document.body.replaceChildren());

describe('debrief: ratings per objective and theme', { timeout: 30_000 }, () => {
  const { scenario, state } = played('station-attack', '7', 'random');
  const score = scoreExercise(scenario, state);

  it('shows each objective’s HSEEP rating with its meaning and score, and the criteria under it with their results', () => {
    show({ scenario, state });
    for (const id of ['VB1', 'VB2'] as const) {
      const group = score.objectives[id]!;
      const article = objectiveArticle(id);
      expect(within(article).getByRole('heading', { level: 3 }).textContent).toBe(`${id} — ${objectiveById(id).name.en}`);
      expect(within(article).getByText(`Rating: ${tDynamic('en', `rating.${group.rating}`)}`)).toBeTruthy();
      expect(within(article).getByText(`· score ${Math.round((group.score ?? 0) * 100)}%`)).toBeTruthy();
      const mine = score.criteria.filter((c) => c.objective === id);
      const cards = [...article.querySelectorAll<HTMLElement>('article.criterion')];
      expect(cards.map((c) => c.querySelector('h5')?.textContent?.split(' — ')[0])).toEqual(mine.map((c) => c.criterion));
      cards.forEach((card, i) => {
        const c = mine[i]!;
        expect(within(card).getByText(`Result: ${tDynamic('en', `result.${c.result}`)}`)).toBeTruthy();
        const links = [...card.querySelectorAll<HTMLAnchorElement>('.evidence a')].map((a) => Number(a.getAttribute('href')!.split('-event-')[1]));
        expect(links).toEqual(c.evidence);
        for (const x of c.engine.explanations) expect(within(card).getByText(tDynamic('en', `score.${x.code}`, x.params))).toBeTruthy();
      });
    }
  });

  it('rates every theme in a table that links to its criteria', () => {
    show({ scenario, state });
    const table = screen.getByRole('table', { name: 'Rating, score and criteria per theme' });
    const rows = within(table).getAllByRole('row').slice(1);
    const themes = Object.entries(score.themes) as [ThemeId, RatedGroup][];
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(themes.map(([id]) => themeById(id).name.en));
    rows.forEach((row, i) => {
      const [, group] = themes[i]!;
      const cells = row.querySelectorAll('td');
      expect(cells[0]!.textContent).toBe(`${group.rating} ${tDynamic('en', `rating.${group.rating}`)}`);
      expect(cells[1]!.textContent).toBe(group.score === null ? '–' : `${Math.round(group.score * 100)}%`);
      const links = within(row).getAllByRole('link');
      expect(links.map((a) => a.textContent)).toEqual(group.criteria);
      for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))?.classList.contains('criterion')).toBe(true);
    });
  });

  it('follows an evidence link to its timeline entry, showing its kind if it was filtered out, and marks it in words', async () => {
    const { root } = show({ scenario, state });
    const user = userEvent.setup();
    // Prefer evidence whose kind the timeline hides by default, to see the filter open for it.
    const seqs = score.criteria.flatMap((c) => c.evidence);
    const seq = seqs.find((s) => groupOf(state.events.at(s)!.kind) === 'other') ?? seqs[0]!;
    const link = root.querySelector<HTMLAnchorElement>(`.evidence a[href$="-event-${seq}"]`)!;
    await user.click(link);
    const entry = document.getElementById(link.getAttribute('href')!.slice(1))!;
    expect(document.activeElement).toBe(entry);
    expect(entry.getAttribute('aria-current')).toBe('true');
    expect(within(entry).getByText('Evidence shown')).toBeTruthy();
    expect(within(entry).getByText(`#${seq}`)).toBeTruthy();
    const group = groupOf(state.events.at(seq)!.kind);
    const box = screen.getAllByRole('checkbox').find((b) => (b as HTMLInputElement).id.endsWith(`-${group}`)) as HTMLInputElement;
    expect(box.checked).toBe(true);
  });
});

describe('debrief: trainer overrides', { timeout: 30_000 }, () => {
  const { scenario, state } = played('intro-market-square', '3', 'doctrine');

  it('sends an objective override with the chosen rating and reason, and shows it beside the computed rating once applied', async () => {
    const { send, debrief } = show({ scenario, state });
    const user = userEvent.setup();
    const details = detailsNamed('Override the rating of VB1');
    await user.click(within(details).getByText('Override the rating of VB1'));
    await user.selectOptions(within(details).getByLabelText('New rating'), 'M');
    await user.type(within(details).getByLabelText('Reason (required)'), 'The driehoek met late in reality');
    await user.click(within(details).getByRole('button', { name: 'Record the override' }));
    const command = { type: 'override', target: { objective: 'VB1' }, rating: 'M', reason: 'The driehoek met late in reality', actor: TRAINER } as const;
    expect(send).toHaveBeenCalledExactlyOnceWith(command);

    const next = must(scenario, state, command);
    debrief.update(next, 'en');
    const article = objectiveArticle('VB1');
    const computed = scoreExercise(scenario, next).objectives.VB1!;
    expect(within(article).getByText(`Computed rating: ${tDynamic('en', `rating.${computed.rating}`)}`)).toBeTruthy();
    const note = article.querySelector('.override-note') as HTMLElement;
    expect(note.textContent).toBe('Overridden by the trainer: M — performed with major challenges. Reason: The driehoek met late in reality');
    expect((screen.getByLabelText('Reason (required)', { selector: `[id$="objective-VB1-reason"]` }) as HTMLTextAreaElement).value).toBe('');
  });

  it('sends a criterion override with a criterion result', async () => {
    const { send } = show({ scenario, state });
    const user = userEvent.setup();
    const details = detailsNamed('Override the rating of C01');
    await user.click(within(details).getByText('Override the rating of C01'));
    await user.selectOptions(within(details).getByLabelText('New rating'), 'partly');
    await user.type(within(details).getByLabelText('Reason (required)'), 'Message content was thin');
    await user.click(within(details).getByRole('button', { name: 'Record the override' }));
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'override', target: { criterion: 'C01' }, rating: 'partly', reason: 'Message content was thin', actor: TRAINER });
  });

  it('asks for a reason instead of sending an override without one', async () => {
    const { send } = show({ scenario, state });
    const user = userEvent.setup();
    const details = detailsNamed('Override the rating of VB1');
    await user.click(within(details).getByText('Override the rating of VB1'));
    await user.type(within(details).getByLabelText('Reason (required)'), '   ');
    await user.click(within(details).getByRole('button', { name: 'Record the override' }));
    expect(send).not.toHaveBeenCalled();
    expect(within(details).getByText('Give a reason for the override.')).toBeTruthy();
    expect(within(details).getByLabelText('Reason (required)').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the engine’s refusal when the command comes back refused, and keeps the draft', async () => {
    const { send } = show({ scenario, state });
    send.mockImplementation((c) => applyCommand(scenario, state, { ...c, actor: role('mayor') } as Command));
    const user = userEvent.setup();
    const details = detailsNamed('Override the rating of VB1');
    await user.click(within(details).getByText('Override the rating of VB1'));
    await user.type(within(details).getByLabelText('Reason (required)'), 'Too generous');
    await user.click(within(details).getByRole('button', { name: 'Record the override' }));
    expect(screen.getByRole('alert').textContent).toBe(tDynamic('en', 'refusal.trainer-only'));
    expect((within(details).getByLabelText('Reason (required)') as HTMLTextAreaElement).value).toBe('Too generous');
  });
});

describe('debrief: the room’s version and the trainer’s', { timeout: 30_000 }, () => {
  const base = played('intro-market-square', '3', 'poor');
  const { scenario } = base;
  // A refused attempt and an observation pinned to an event: trainer material the room must not see.
  let state: ExerciseState = refused(scenario, base.state, { type: 'decide', decision: 'grip-level', option: 'grip3-only', actor: role('comms') });
  state = must(scenario, state, { type: 'observe', text: 'Comms waited for the mayor before every message', event: 3, actor: TRAINER });
  const note = scenario.injects.find((i) => i.id === 'first-report')!.trainerNote as { en: string };

  it('gives the trainer attempts, observations, trainer notes, overrides and exports', () => {
    const { root } = show({ scenario, state });
    expect(screen.getByLabelText(/^Refused attempts \(1\)$/)).toBeTruthy();
    expect(root.querySelector('.timeline__entry--attempts')?.textContent).toContain('Refused: Municipal communication adviser, Marewold: decides');
    expect(screen.getByRole('heading', { name: 'Observations' })).toBeTruthy();
    expect(root.textContent).toContain('Comms waited for the mayor before every message');
    expect(root.textContent).toContain(note.en);
    expect(screen.getByRole('heading', { name: 'Exports' })).toBeTruthy();
    expect(root.querySelectorAll('details.override').length).toBeGreaterThan(0);
  });

  it('leaves attempts, observations, trainer notes, overrides and exports out of the room’s version', () => {
    const { root } = show({ scenario, state, audience: 'room' });
    expect(screen.queryByLabelText(/Refused attempts/)).toBeNull();
    expect(root.querySelector('.timeline__entry--attempts')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Observations' })).toBeNull();
    expect(root.textContent).not.toContain('Comms waited for the mayor');
    expect(root.textContent).not.toContain(note.en);
    expect(screen.queryByRole('heading', { name: 'Exports' })).toBeNull();
    expect(root.querySelector('details.override, form')).toBeNull();
    expect(screen.queryByRole('button', { name: /Fork/ })).toBeNull();
    // Its ratings are the same; its evidence points only at entries its own timeline holds.
    const score = scoreExercise(scenario, state);
    expect(within(objectiveArticle('VB1')).getByText(`Rating: ${tDynamic('en', `rating.${score.objectives.VB1!.rating}`)}`)).toBeTruthy();
    const linked = [...root.querySelectorAll<HTMLAnchorElement>('.evidence a')].map((a) => Number(a.getAttribute('href')!.split('-event-')[1]));
    expect(linked.length).toBeGreaterThan(0);
    for (const seq of linked) expect(state.events.at(seq)!.visibility).toBe('public');
    // The trainer's own evidence includes events the room may not see.
    expect(score.criteria.flatMap((c) => c.evidence).some((seq) => state.events.at(seq)!.visibility !== 'public')).toBe(true);
  });

  it('lets the trainer note an observation about an event', async () => {
    const { send } = show({ scenario, state });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('New observation'), 'Good use of the driehoek');
    await user.type(screen.getByLabelText('About event number (optional)'), '12');
    await user.click(screen.getByRole('button', { name: 'Record the observation' }));
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'observe', text: 'Good use of the driehoek', event: 12, actor: TRAINER });
  });
});

describe('debrief: timeline and communication analysis', { timeout: 30_000 }, () => {
  const { scenario, state } = played('intro-market-square', '5', 'random');

  it('words everything it shows, in both languages: no untranslated key reaches the screen', async () => {
    const withAttempt = refused(scenario, state, { type: 'advance', actor: role('mayor') });
    const { root, debrief } = show({ scenario, state: withAttempt });
    const user = userEvent.setup();
    await user.click(screen.getByLabelText(/^Other events/));
    for (const lang of ['en', 'nl'] as const) {
      debrief.update(withAttempt, lang);
      expect(root.querySelectorAll('.timeline__entry').length).toBe(withAttempt.events.length + 1);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
      expect(texts.filter((x) => /\b(debrief|export|score|event|refusal|finding|principle|result|rating|change|action|channel|voice)\.[a-z]/.test(x))).toEqual([]);
      expect(texts.filter((x) => /\{\w+\}/.test(x))).toEqual([]);
    }
  });

  it('filters the timeline by kind', async () => {
    const { root } = show({ scenario, state });
    const user = userEvent.setup();
    const timeline = () => root.querySelector('.debrief__timeline') as HTMLElement;
    expect(timeline().querySelectorAll('[data-group="decisions"]').length).toBe(state.events.filter((e) => groupOf(e.kind) === 'decisions').length);
    expect(timeline().querySelectorAll('[data-group="other"]').length).toBe(0);
    await user.click(screen.getByLabelText(/^Decisions \(\d+\)$/));
    expect(timeline().querySelectorAll('[data-group="decisions"]').length).toBe(0);
    await user.click(screen.getByLabelText(/^Other events \(\d+\)$/));
    expect(timeline().querySelectorAll('[data-group="other"]').length).toBe(state.events.filter((e) => groupOf(e.kind) === 'other').length);
    // Focus stays on the filter the trainer just used, although the timeline was drawn again.
    expect(document.activeElement).toBe(screen.getByLabelText(/^Other events \(\d+\)$/));
  });

  it('analyses every public message with its findings: principle, verdict and finding in words', () => {
    show({ scenario, state });
    expect(state.messages.length).toBeGreaterThan(0);
    for (const m of state.messages) {
      const article = screen.getByRole('heading', { name: `Message ${m.id}` }).closest('article') as HTMLElement;
      const findings = state.findings.filter((f) => f.message === m.id);
      const items = article.querySelectorAll('.finding');
      expect(items).toHaveLength(findings.length);
      findings.forEach(({ finding }, i) => {
        expect(items[i]!.textContent).toBe(
          `${{ ok: '✓', partly: '◐', breach: '✗' }[finding.verdict]} ${tDynamic('en', `principle.${finding.principle}`)} — ${tDynamic('en', `communication.verdict.${finding.verdict}`)}: ${tDynamic('en', `finding.${finding.code}`, finding.params)}`,
        );
      });
    }
  });
});

describe('debrief: replay scrubber and fork', { timeout: 30_000 }, () => {
  const { scenario, state } = played('intro-market-square', '3', 'doctrine');

  function fact(term: string): string {
    const dt = [...document.querySelectorAll('.scrubber dt')].find((d) => d.textContent === term)!;
    return dt.nextElementSibling!.textContent!;
  }

  it('shows clock, structure, indicators and score as they stood at the chosen step', () => {
    show({ scenario, state });
    const range = screen.getByLabelText('Step in the log') as HTMLInputElement;
    expect(range.max).toBe(String(state.log.length));
    const step = 12;
    fireEvent.input(range, { target: { value: String(step) } });
    const then = replay(scenario, state, step);
    expect(screen.getByText(new RegExp(`^Step ${step} of ${state.log.length}, T\\+${String(then.minute).padStart(2, '0')}`))).toBeTruthy();
    expect(fact('Clock')).toMatch(new RegExp(`^T\\+${String(then.minute).padStart(2, '0')} \\(\\d\\d:\\d\\d\\)$`));
    expect(fact('Round')).toBe(String(then.round));
    const unrest = scenario.variables.find((v) => v.id === 'unrest')!;
    expect(fact((unrest.name as { en: string }).en)).toMatch(new RegExp(`^${then.variables.unrest}\\D`));
    const rating = scoreExercise(scenario, then).objectives.VB1!;
    expect(fact('Rating VB1')).toBe(`${rating.rating === 'notExercised' ? 'not exercised' : rating.rating} (${rating.score === null ? '–' : `${Math.round(rating.score * 100)}%`})`);
    expect(within(objectiveArticle('VB1')).getByText(`Rating: ${tDynamic('en', `rating.${rating.rating}`)}`)).toBeTruthy();
    // An earlier step is for looking back: no overrides or observations are taken there.
    expect(document.querySelector('details.override, .observe-form')).toBeNull();
    expect(screen.getByText(/You are looking at the exercise as it stood after step 12/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'To the end' }));
    expect(document.querySelector('details.override')).not.toBeNull();
  });

  it('forks a new branch from the step shown', async () => {
    const { onFork } = show({ scenario, state });
    const user = userEvent.setup();
    fireEvent.input(screen.getByLabelText('Step in the log'), { target: { value: '9' } });
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    await user.click(screen.getByRole('button', { name: 'Fork from step 8' }));
    const bundle = onFork.mock.calls[0]![0];
    expect(bundle.log).toHaveLength(8);
    expect(bundle.parent).toEqual({ scenarioHash: state.scenarioHash, seed: state.seed, step: 8, logLength: state.log.length });
    const read = readBundle(JSON.parse(JSON.stringify(bundle)));
    expect(read.ok && read.state.minute).toBe(replay(scenario, state, 8).minute);
  });
});

describe('debrief: strategy text and language', { timeout: 30_000 }, () => {
  const { scenario, state } = played('intro-market-square', '3', 'doctrine');
  const vb1 = objectiveById('VB1');

  it('quotes the strategy in Dutch, marked as Dutch, with the English rendering and the source in English mode', () => {
    show({ scenario, state });
    const article = objectiveArticle('VB1');
    const quote = within(article).getByText(vb1.quote).closest('blockquote')!;
    expect(quote.getAttribute('lang')).toBe('nl');
    expect(within(article).getByText(vb1.quoteEn)).toBeTruthy();
    const basis = article.querySelector(':scope > .strategy') as HTMLElement;
    expect(within(basis).getByText(`Nationale Contraterrorismestrategie 2022-2026, ${vb1.source}`).getAttribute('lang')).toBe('nl');
  });

  it('shows only the Dutch quote in Dutch mode, and switches language in place', () => {
    const { debrief } = show({ scenario, state });
    debrief.update(state, 'nl');
    const article = objectiveArticle('VB1');
    expect(within(article).getByText(vb1.quote)).toBeTruthy();
    expect(within(article).queryByText(vb1.quoteEn)).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Beoordeling per doelstelling' })).toBeTruthy();
  });

  it('follows its own links in place, leaving the address (the app’s route) alone', async () => {
    show({ scenario, state });
    const before = location.hash;
    await userEvent.setup().click(within(screen.getByRole('navigation', { name: 'Parts of the debrief' })).getByRole('link', { name: 'Communication' }));
    expect(location.hash).toBe(before);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Communication analysis' }).closest('section'));
  });

  it('keeps headings in order', () => {
    const { root } = show({ scenario, state });
    const levels = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
});

