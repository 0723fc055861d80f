import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { botSettings } from '../../src/engine/bots/index.js';
import { replay, scoreExercise, type ExerciseState, type SessionSettings } from '../../src/engine/index.js';
import { readBundle } from '../../src/engine/session/bundle.js';
import { tDynamic } from '../../src/i18n/index.js';
import { renderDebrief } from '../../src/ui/debrief/index.js';
import { nameSwap } from '../../src/ui/exports/anonymise.js';
import { readBundleText, sessionBundle } from '../../src/ui/exports/bundle-file.js';
import { csvField, EXCEL_NL, PLAIN_CSV, toCsv } from '../../src/ui/exports/csv.js';
import { decisionLogCsv, decisionRows } from '../../src/ui/exports/decision-log.js';
import { bundledScenario, must, played, role, started, TRAINER, untilOpen } from './debrief-support.js';

/** An RFC 4180 reader, written here so the test checks the writer against the standard, not against itself. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  return rows;
}

const RATIONALE = 'Anna de Vries: GRIP 3; driehoek "nu" bijeen\nanders te laat';

/**
 * The intro scenario played by script: the mayor decides with a hard rationale, the prosecutor's decision by the SimCell,
 * the driehoek's decision by the mayor as its chair, the rest by default.
 */
function scripted(): { scenario: ReturnType<typeof bundledScenario>; state: ExerciseState; settings: SessionSettings } {
  const scenario = bundledScenario('intro-market-square');
  const base = botSettings(scenario);
  const settings: SessionSettings = {
    ...base,
    mode: 'multiwindow',
    tables: base.tables.filter((t) => t.id !== 'prosecutor').map((t) => (t.id === 'mayor' ? { ...t, participants: ['Anna de Vries'] } : t.id === 'comms' ? { ...t, participants: ['Bram'] } : t)),
    simcell: ['prosecutor'],
  };
  let s = untilOpen(scenario, started(scenario, 'csv-1', settings), 'grip-level');
  s = must(scenario, s, { type: 'decide', decision: 'grip-level', option: 'grip3-driehoek', rationale: RATIONALE, confidence: 4, actor: role('mayor') });
  s = untilOpen(scenario, s, 'suspect-statement');
  s = must(scenario, s, { type: 'decide', decision: 'suspect-statement', option: 'facts-only', rationale: '=SUM(A1) told Bram', actor: { kind: 'simcell', role: 'prosecutor' } });
  // The driehoek's decision, taken by its chair while the driehoek sits (convened with GRIP 3 above).
  s = untilOpen(scenario, s, 'protect-mosque');
  s = must(scenario, s, { type: 'decide', decision: 'protect-mosque', option: 'visible-presence', actor: role('mayor') });
  s = must(scenario, s, { type: 'observe', text: 'Bram hesitated before the first message', actor: TRAINER });
  s = must(scenario, s, { type: 'end', actor: TRAINER });
  return { scenario, state: s, settings };
}

function show(state: ExerciseState, scenario = bundledScenario('intro-market-square')) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const download = vi.fn<(fileName: string, text: string, mime: string) => void>();
  const debrief = renderDebrief(root, { scenario, state, audience: 'trainer', lang: 'en', send: () => undefined, download, today: () => new Date(Date.UTC(2026, 5, 1)) });
  return { root, download, debrief };
}

const fileOf = (download: ReturnType<typeof show>['download'], ext: string) => download.mock.calls.find(([name]) => name.endsWith(ext))!;

afterEach(() => document.body.replaceChildren());

describe('CSV writing (RFC 4180)', () => {
  it('quotes a field only when it holds the separator, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain', ';')).toBe('plain');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('say "hi"', ';')).toBe('"say ""hi"""');
    expect(csvField('two\nlines', ';')).toBe('"two\nlines"');
    expect(csvField('cr\rhere', ',')).toBe('"cr\rhere"');
    expect(csvField(null, ';')).toBe('');
    expect(csvField(4, ';')).toBe('4');
  });

  it('ends records with CRLF and puts the byte-order mark first only when asked', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']], EXCEL_NL)).toBe('\uFEFFa;b\r\nc;d\r\n');
    expect(toCsv([['a', 'b']], PLAIN_CSV)).toBe('a,b\r\n');
  });
});

describe('decision log export', () => {
  const { scenario, state } = scripted();

  it('downloads a Dutch-Excel CSV by default: BOM, semicolons, one row per decision in the order taken, quoted correctly', async () => {
    const { download } = show(state);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download the decision log (CSV)' }));
    const [name, text, mime] = fileOf(download, '.csv');
    expect(name).toBe('crisistafel-intro-market-square-seed-csv-1-decisions.csv');
    expect(mime).toBe('text/csv;charset=utf-8');
    expect(text.startsWith('\uFEFFRound;T+mm;Role;Decision;Option chosen;By default?;Rationale;Confidence (1-5);Taken by;Team;Team sitting?;Chair;Members present\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1), ';');
    const taken = state.events.filter((e) => e.kind === 'decisionTaken');
    expect(rows).toHaveLength(taken.length + 1);
    expect(rows.slice(1).every((r) => r.length === 13)).toBe(true);
    const grip = rows.find((r) => r[3]!.startsWith('The CoPI advises scaling up'))!;
    const taking = state.decisions['grip-level']!.taken!;
    expect(grip).toEqual([
      String(taking.round),
      `T+${String(taking.minute).padStart(2, '0')}`,
      'Mayor of Marewold',
      'The CoPI advises scaling up. Which level do you choose, and do you convene the driehoek?',
      'Scale up to GRIP 3 and convene the driehoek at the same time',
      'no',
      RATIONALE,
      '4',
      'player (Anna de Vries)',
      // One office's decision: no team columns.
      '',
      '',
      '',
      '',
    ]);
    // The raw text has the quoting RFC 4180 asks for.
    expect(text).toContain('"Anna de Vries: GRIP 3; driehoek ""nu"" bijeen\nanders te laat"');
    const simcell = rows.find((r) => r[8] === 'SimCell')!;
    // A rationale that starts like a formula stays text in Excel.
    expect(simcell[6]).toBe("'=SUM(A1) told Bram");
    const defaults = rows.filter((r) => r[5] === 'yes');
    expect(defaults.length).toBe(Object.values(state.decisions).filter((d) => d.taken?.byDefault).length);
    expect(defaults.every((r) => r[8] === 'nobody (deadline passed)' && r[6] === '' && r[7] === '')).toBe(true);
  });

  it('names the team, whether it sat, its chair and the members present for a team decision, as a trainer reads them', async () => {
    const { download } = show(state);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download the decision log (CSV)' }));
    const rows = parseCsv(fileOf(download, '.csv')[1].slice(1), ';');
    const mosque = rows.find((r) => r[4] === 'Visible police at the mosque during the afternoon prayer, and contact with the board')!;
    expect(mosque.slice(8)).toEqual([
      'player (Anna de Vries)',
      'Triangle (mayor, chief public prosecutor, police chief)',
      'yes',
      'Mayor',
      // Every member is played: the mayor and the police chief at tables, the prosecutor by the SimCell.
      'Mayor of Marewold, Police chief, Zuidervaart unit, Chief public prosecutor',
    ]);
    // No other decision of the intro scenario is a team's.
    expect(rows.slice(1).filter((r) => r[9] !== '')).toEqual([mosque]);
  });

  it('records a team decision taken while the team did not sit (no chair, only the members present), and one left to the default (only the team)', () => {
    let s = untilOpen(scenario, started(scenario, 'csv-2'), 'grip-level');
    s = must(scenario, s, { type: 'decide', decision: 'grip-level', option: 'stay-grip1', actor: role('mayor') });
    s = untilOpen(scenario, s, 'protect-mosque');
    // Left open past its deadline, it is settled by default: nobody sat on it, so only the team is known.
    let unattended = s;
    for (let i = 0; i < 20 && !unattended.decisions['protect-mosque']!.taken; i++) unattended = must(scenario, unattended, { type: 'advance', actor: TRAINER });
    const defaulted = decisionRows(scenario, unattended, 'en').find((r) => r.byDefault && r.team !== '')!;
    expect([defaulted.team, defaulted.teamSat, defaulted.chair, defaulted.present]).toEqual(['Triangle (mayor, chief public prosecutor, police chief)', null, '', []]);
    s = must(scenario, s, { type: 'decide', decision: 'protect-mosque', option: 'contact-only', actor: role('mayor') });
    const rows = parseCsv(decisionLogCsv(decisionRows(scenario, s, 'nl'), 'nl', EXCEL_NL).slice(1), ';');
    const mosque = rows.find((r) => r[9] !== '' && r[0] !== 'Ronde')!;
    expect(mosque.slice(9)).toEqual(['Driehoek (burgemeester, hoofdofficier van justitie, politiechef)', 'nee', '', 'Burgemeester van Marewold, Politiechef eenheid Zuidervaart, Hoofdofficier van justitie']);
  });

  it('keeps a role name that starts like a formula as text in the members column', () => {
    const tricky = { ...scenario, roles: scenario.roles.map((r) => (r.id === 'mayor' ? { ...r, name: { nl: '=HYPERLINK("x")', en: '=HYPERLINK("x")' } } : r)) };
    const text = decisionLogCsv(decisionRows(tricky, state, 'en'), 'en', EXCEL_NL);
    expect(text).toContain(`;"'=HYPERLINK(""x""), Police chief, Zuidervaart unit, Chief public prosecutor"\r\n`);
  });

  it('writes comma CSV without a byte-order mark on request', async () => {
    const { download } = show(state);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('File format'), 'comma');
    await user.click(screen.getByRole('button', { name: 'Download the decision log (CSV)' }));
    const [, text] = fileOf(download, '.csv');
    expect(text.startsWith('Round,T+mm,Role,')).toBe(true);
    expect(parseCsv(text, ',').find((r) => r[8] === 'player (Anna de Vries)')![6]).toBe(RATIONALE);
  });

  it('replaces participant names by role names, also inside rationales, when asked', async () => {
    const { download } = show(state);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Replace participant names by role names in every export'));
    await user.click(screen.getByRole('button', { name: 'Download the decision log (CSV)' }));
    const [, text] = fileOf(download, '.csv');
    expect(text).not.toContain('Anna');
    expect(text).not.toContain('Bram');
    const rows = parseCsv(text.slice(1), ';');
    expect(rows.find((r) => r[2] === 'Mayor of Marewold' && r[5] === 'no')).toEqual(expect.arrayContaining(['player (Mayor of Marewold)', RATIONALE.replace('Anna de Vries', 'Mayor of Marewold')]));
    expect(rows.find((r) => r[8] === 'SimCell')![6]).toBe("'=SUM(A1) told Municipal communication adviser, Marewold");
  });

  it('writes the header and yes/no in Dutch in Dutch mode', () => {
    const text = decisionLogCsv(decisionRows(scenario, state, 'nl'), 'nl', EXCEL_NL);
    expect(text.startsWith('\uFEFFRonde;T+mm;Rol;Besluit;Gekozen optie;Standaardoptie?;Onderbouwing;Zekerheid (1-5);Genomen door;Team;Team bijeen?;Voorzitter;Aanwezige leden\r\n')).toBe(true);
    expect(text).toContain(';nee;');
  });
});

describe('session bundle export and import', () => {
  const { scenario, state } = scripted();

  it('round-trips: the downloaded bundle imports again and replays to the same ratings', async () => {
    const { download } = show(state);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Download the session file (JSON)' }));
    const [name, text, mime] = fileOf(download, '.json');
    expect(name).toBe('crisistafel-intro-market-square-seed-csv-1-session.json');
    expect(mime).toBe('application/json');
    const read = readBundle(JSON.parse(text), scenario);
    expect(read.ok && read.state.log).toEqual(state.log);
    await user.upload(screen.getByLabelText('Choose a session file'), new File([text], name, { type: 'application/json' }));
    const status = await screen.findByText(`${name} read: seed csv-1, ${state.log.length} commands, phase hotwash.`);
    expect(status).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Ratings side by side' });
    const vb1 = within(table).getByRole('row', { name: /^VB1/ });
    const rating = scoreExercise(scenario, state).objectives.VB1!;
    const cells = within(vb1).getAllByRole('cell');
    expect(cells).toHaveLength(2);
    expect(cells[0]!.textContent).toBe(cells[1]!.textContent);
    expect(cells[0]!.textContent).toContain(tDynamic('en', `rating.${rating.rating}`));
  });

  it('keeps an anonymised bundle replayable, with the same scores and without the names', () => {
    const bundle = sessionBundle(scenario, state, nameSwap(scenario, state.settings, 'en'));
    const text = JSON.stringify(bundle);
    expect(text).not.toContain('Anna');
    expect(text).not.toContain('Bram');
    const read = readBundleText(text, scenario);
    expect(read.ok).toBe(true);
    if (read.ok) expect(scoreExercise(scenario, read.state)).toEqual(scoreExercise(scenario, state));
  });

  it('refuses a bundle of another scenario, naming the scenario it belongs to', async () => {
    const other = played('station-attack', '2', 'doctrine');
    const foreign = JSON.stringify(sessionBundle(other.scenario, other.state, null));
    show(state);
    await userEvent.setup().upload(screen.getByLabelText('Choose a session file'), new File([foreign], 'station.json', { type: 'application/json' }));
    const box = (await screen.findByText('station.json cannot be used.', { selector: '.import-result p' })).closest('.import-result') as HTMLElement;
    expect(box.textContent).toContain(
      'This session file was played with the scenario "Attack at Havenstad Central Station (station-attack)", not with the scenario that is open, "Introduction: stabbing on the market square (intro-market-square 1.0.0)".',
    );
    expect(box.textContent).toContain('Open the scenario the session was played with.');
    expect(screen.queryByRole('table', { name: 'Ratings side by side' })).toBeNull();
  });

  it('refuses a file that is not JSON, and a damaged bundle, in words', async () => {
    show(state);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Choose a session file'), new File(['{ not json'], 'broken.json'));
    expect((await screen.findByText('broken.json cannot be used.', { selector: '.import-result p' })).closest('.import-result')!.textContent).toMatch(/The file is not JSON/);
    expect(screen.getByRole('status').textContent).toMatch(/^broken\.json cannot be used\. The file is not JSON/);
    const damaged = JSON.parse(JSON.stringify(sessionBundle(scenario, state, null))) as { log: { minute: number }[] };
    damaged.log[3]!.minute = 999;
    await user.upload(screen.getByLabelText('Choose a session file'), new File([JSON.stringify(damaged)], 'edited.json'));
    expect((await screen.findByText('edited.json cannot be used.', { selector: '.import-result p' })).closest('.import-result')!.textContent).toContain(
      'The session file was edited after export: command 4 of the log was changed.',
    );
  });

  it('uses a deliberately edited file only after the trainer says so, and shows it as edited in the debrief and the report', async () => {
    const edited = JSON.parse(JSON.stringify(sessionBundle(scenario, state, null))) as { log: { command: { type: string; rationale?: string } }[] };
    const at = edited.log.findIndex((e) => e.command.type === 'decide' && e.command.rationale !== undefined);
    edited.log[at]!.command.rationale = 'What if the mayor had said nothing?';
    show(state);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Choose a session file'), new File([JSON.stringify(edited)], 'what-if.json'));
    const box = (await screen.findByText('what-if.json cannot be used.', { selector: '.import-result p' })).closest('.import-result') as HTMLElement;
    expect(box.textContent).toContain(`The session file was edited after export: command ${at + 1} of the log was changed.`);
    expect(screen.queryByRole('table', { name: 'Ratings side by side' })).toBeNull();

    await user.click(within(box).getByRole('button', { name: 'Use it anyway: I know this file was edited' }));
    const note = await screen.findByRole('note');
    expect(note.textContent).toBe(
      `Note: what-if.json was edited after export (command ${at + 1}). You chose to use it anyway; the ratings below show what the edited file replays, not what was played.`,
    );
    expect(screen.getByRole('table', { name: 'Ratings side by side' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'After-action report (AAR/IP)' }));
    const report = screen.getByRole('heading', { level: 2, name: 'After-Action Report and Improvement Plan (AAR/IP)' }).closest('article') as HTMLElement;
    expect(within(report).getByText('Compared with')).toBeTruthy();
    expect(within(report).getByText(`what-if.json — edited after export (command ${at + 1}); used at the trainer's request`)).toBeTruthy();
  });

  it('compares with a fork that was played differently', async () => {
    const fork = sessionBundle(scenario, replay(scenario, state, 2), null);
    show(state);
    await userEvent.setup().upload(screen.getByLabelText('Choose a session file'), new File([JSON.stringify(fork)], 'early.json'));
    await screen.findByText(/^early\.json read: seed csv-1, 2 commands/);
    const cells = within(within(screen.getByRole('table', { name: 'Ratings side by side' })).getByRole('row', { name: /^VB1/ })).getAllByRole('cell');
    expect(cells[0]!.textContent).not.toBe(cells[1]!.textContent);
  });
});

describe('printable documents', () => {
  const { scenario, state } = scripted();

  it('opens the after-action report with overview, rated objectives, strengths, areas for improvement and an improvement plan', async () => {
    show(state);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'After-action report (AAR/IP)' }));
    const title = screen.getByRole('heading', { level: 2, name: 'After-Action Report and Improvement Plan (AAR/IP)' });
    expect(document.activeElement).toBe(title);
    const report = title.closest('article') as HTMLElement;
    for (const h of ['Exercise overview', 'Objectives and ratings', 'Strengths', 'Areas for improvement', 'Improvement plan', 'Observations']) {
      expect(within(report).getByRole('heading', { level: 3, name: h })).toBeTruthy();
    }
    const score = scoreExercise(scenario, state);
    expect(within(report).getByText(`Rating: ${tDynamic('en', `rating.${score.objectives.VB1!.rating}`)}`)).toBeTruthy();
    expect(within(report).getByText('Report written on')).toBeTruthy();
    expect(within(report).getByText('1 June 2026')).toBeTruthy();
    const weak = score.criteria.filter((c) => c.result === 'partly' || c.result === 'notMet');
    expect(weak.length).toBeGreaterThan(0);
    const plan = within(report).getByRole('table', { name: 'Improvement plan' });
    expect(within(plan).getAllByRole('row')).toHaveLength(weak.length + 1);
    // The debrief's own controls are out of the way while the report is open.
    expect(screen.queryByRole('heading', { name: 'Rating per objective' })).toBeNull();
  });

  it('keeps what the trainer wrote in the improvement plan when going back and opening it again', async () => {
    show(state);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'After-action report (AAR/IP)' }));
    const owner = screen.getAllByLabelText(/^Owner for /)[0] as HTMLInputElement;
    const label = owner.getAttribute('aria-label')!;
    await user.type(owner, 'Head of the safety region office');
    const due = screen.getByLabelText(label.replace('Owner for', 'Due date for')) as HTMLInputElement;
    await user.type(due, '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Back to the debrief' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'After-action report (AAR/IP)' }));
    await user.click(screen.getByRole('button', { name: 'After-action report (AAR/IP)' }));
    expect((screen.getByLabelText(label) as HTMLInputElement).value).toBe('Head of the safety region office');
    expect((screen.getByLabelText(label.replace('Owner for', 'Due date for')) as HTMLInputElement).value).toBe('2026-09-01');
  });

  it('prints through the browser', async () => {
    show(state);
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'After-action report (AAR/IP)' }));
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('lists participants in the report, or their roles when names are to be replaced', async () => {
    show(state);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'After-action report (AAR/IP)' }));
    let report = screen.getByRole('heading', { level: 2, name: /After-Action Report/ }).closest('article') as HTMLElement;
    expect(report.textContent).toContain('Anna de Vries');
    expect(report.textContent).toContain('Bram hesitated');
    await user.click(screen.getByRole('button', { name: 'Back to the debrief' }));
    await user.click(screen.getByLabelText('Replace participant names by role names in every export'));
    await user.click(screen.getByRole('button', { name: 'After-action report (AAR/IP)' }));
    report = screen.getByRole('heading', { level: 2, name: /After-Action Report/ }).closest('article') as HTMLElement;
    expect(report.textContent).not.toContain('Anna');
    expect(report.textContent).not.toContain('Bram');
    expect(report.textContent).toContain('Municipal communication adviser, Marewold hesitated before the first message');
  });

  it('prints one role card per role with its briefing, office, team and powers', async () => {
    show(state);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Role cards' }));
    const cards = document.querySelectorAll<HTMLElement>('.role-card');
    expect(cards).toHaveLength(scenario.roles.length);
    const mayor = [...cards].find((c) => c.querySelector('h3')?.textContent === 'Mayor of Marewold')!;
    const briefing = (scenario.roles.find((r) => r.id === 'mayor')!.briefing as { en: string }).en;
    expect(within(mayor).getByText(briefing)).toBeTruthy();
    expect(within(mayor).getByText('Mayor')).toBeTruthy();
    expect(within(mayor).getByText('Anna de Vries')).toBeTruthy();
    expect(within(mayor).getByText('Scale up or down (GRIP)')).toBeTruthy();
    const prosecutor = [...cards].find((c) => c.querySelector('h3')?.textContent === 'Chief public prosecutor')!;
    expect(within(prosecutor).getByText('the trainer (SimCell)')).toBeTruthy();
  });
});
