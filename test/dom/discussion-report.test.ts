// The discussion record after play: the debrief's and the after-action report's part per module (each
// table's answers, the evaluators' rated observations labelled observed), the hotwash and the feedback
// summary; the room's debrief without the observations; the CSV of answers, observations, hotwash and
// feedback, read back with an RFC 4180 reader; names hidden when the trainer anonymises.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, createSession, scenarioHash, type Command, type CommandBody, type ExerciseState, type Scenario, type SessionSettings } from '../../src/engine/index.js';
import { discussionCsv } from '../../src/ui/discussion/discussion-csv.js';
import { renderDebrief } from '../../src/ui/debrief/index.js';
import { nameSwap } from '../../src/ui/exports/anonymise.js';
import { EXCEL_NL, PLAIN_CSV } from '../../src/ui/exports/csv.js';
import { fixtureScenario } from './trainer-session.js';

afterEach(() => document.body.replaceChildren());

const SETTINGS: SessionSettings = {
  mode: 'multiwindow',
  tables: [
    { id: 'gemeente', name: 'Tafel Gemeente', roles: ['mayor'], participants: ['Anna de Vries'] },
    { id: 'politie', name: 'Tafel Politie', roles: ['police'] },
  ],
  simcell: [],
  feedback: 'debrief',
};

const TRAINER = { kind: 'trainer' } as const;

function run(scenario: Scenario, ...steps: [Command['actor'], CommandBody][]): ExerciseState {
  let state = createSession(scenario, 'report-1', SETTINGS, scenarioHash(scenario));
  for (const [actor, body] of steps) {
    const r = applyCommand(scenario, state, { actor, ...body } as Command);
    if (!r.ok) throw new Error(`${body.type} refused: ${r.refusal.code}`);
    state = r.state;
  }
  return state;
}

/** Two modules played, answers from both tables, a rated observation, a hotwash and two feedback forms. */
function played(): { scenario: Scenario; state: ExerciseState } {
  const scenario = fixtureScenario('discussion-tabletop.json');
  const state = run(
    scenario,
    [TRAINER, { type: 'start' }],
    [TRAINER, { type: 'startModule', module: 'm1' }],
    [{ kind: 'role', role: 'mayor' }, { type: 'answer', question: 'q-first-message', text: '=Anna de Vries zegt: feiten eerst' }],
    [{ kind: 'role', role: 'police' }, { type: 'answer', question: 'q-first-message', text: 'Afzetten; "geen" speculatie' }],
    [{ kind: 'evaluator', name: 'Eva' }, { type: 'observe', text: 'Bericht na 25 minuten.', rating: 'S', tag: { criticalTask: 'ct-first-message' } }],
    [TRAINER, { type: 'startModule', module: 'm2' }],
    [{ kind: 'role', role: 'police' }, { type: 'answer', question: 'q-aftercare', text: 'Eén loket.' }],
    [TRAINER, { type: 'end' }],
    [TRAINER, { type: 'hotwash', kind: 'strength', text: 'Snel een eerste bericht.', table: 'gemeente' }],
    [{ kind: 'role', role: 'police' }, { type: 'hotwash', kind: 'improvement', text: 'Eerder het beeld delen.' }],
    [{ kind: 'role', role: 'mayor' }, { type: 'feedback', ratings: { realism: 4, organisation: 5 }, comments: { strengths: 'Heldere modules.' } }],
    [{ kind: 'role', role: 'police' }, { type: 'feedback', ratings: { realism: 2 } }],
    [TRAINER, { type: 'openDebrief' }],
  );
  return { scenario, state };
}

function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      field = '';
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  return rows;
}

describe('the debrief\'s discussion part', () => {
  it('shows per module each table\'s answers and the observed ratings, then the hotwash and the feedback summary', async () => {
    const { scenario, state } = played();
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const download = vi.fn();
    renderDebrief(root, { scenario, state, audience: 'trainer', lang: 'nl', send: () => undefined, download, today: () => new Date(Date.UTC(2026, 5, 1)) });
    const part = screen.getByRole('region', { name: 'Modules, antwoorden, hotwash en evaluatie' });
    const first = within(part).getByRole('region', { name: '1 — Eerste uur' });
    expect(within(first).getByText('Tafel Gemeente (T+00)')).toBeTruthy();
    expect(within(first).getByText('Afzetten; "geen" speculatie')).toBeTruthy();
    expect(within(first).getByText(/waargenomen S · Kritieke taak: Eerste publieksbericht binnen 30 minuten/)).toBeTruthy();
    expect(within(first).getByText(/Waargenomen, niet gemeten/)).toBeTruthy();
    // Key points are for the facilitator: never in the record handed out.
    expect(part.textContent).not.toContain('Feiten, geen speculatie');
    const hotwash = within(part).getByRole('region', { name: 'Hotwash' });
    expect(within(hotwash).getByText('Tafel Gemeente: Snel een eerste bericht.')).toBeTruthy();
    expect(within(hotwash).getByText('Tafel Politie: Eerder het beeld delen.')).toBeTruthy();
    const feedback = within(part).getByRole('region', { name: 'Evaluatieformulier' });
    expect(within(feedback).getByText('Ingevulde formulieren: 2')).toBeTruthy();
    const realism = within(feedback).getByRole('row', { name: /Hoe realistisch/ });
    expect(within(realism).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '2']);
    expect(within(feedback).getByText('Heldere modules.')).toBeTruthy();

    // The criterion the observation speaks to lists it as observed, not measured, and says it did not count (C01 was measured).
    const c01 = screen.getByRole('heading', { name: /^C01 — / }).closest('article')!;
    expect(within(c01).getByText('Waargenomen door evaluatoren (niet gemeten)')).toBeTruthy();
    expect(within(c01).getByText('Beoordeling S door Eva:')).toBeTruthy();
    expect(within(c01).getByText(/telt niet omdat hier gemeten is/)).toBeTruthy();

    // The AAR holds the same part, names swapped when the trainer anonymises.
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: /Namen van deelnemers vervangen/ }));
    await user.click(screen.getByRole('button', { name: 'Rapport na de oefening (AAR/IP)' }));
    const aar = screen.getByRole('article');
    const record = within(aar).getByRole('region', { name: 'Modules, antwoorden, hotwash en evaluatie' });
    expect(within(record).getByText(/zegt: feiten eerst/).textContent).not.toContain('Anna de Vries');
    expect(within(record).getByText('Eén loket.')).toBeTruthy();
  });

  it('shows the room every table\'s answers and the hotwash, but no evaluator observations', () => {
    const { scenario, state } = played();
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    renderDebrief(root, { scenario, state, audience: 'room', lang: 'en', send: () => undefined, download: () => undefined });
    const part = screen.getByRole('region', { name: 'Modules, answers, hotwash and feedback' });
    expect(within(part).getByText('Eén loket.')).toBeTruthy();
    expect(part.textContent).not.toContain('Bericht na 25 minuten.');
    expect(within(part).queryByText('Evaluators\' observations')).toBeNull();
  });
});

describe('discussion CSV', () => {
  it('holds every answer, observation, hotwash point and feedback rating or comment, formulas made inert, names swapped on request', () => {
    const { scenario, state } = played();
    const rows = parseCsv(discussionCsv(scenario, state, 'en', PLAIN_CSV), ',');
    expect(rows[0]).toEqual(['Record', 'Module', 'About', 'From', 'Rating', 'Text', 'Time']);
    const answers = rows.filter((r) => r[0] === 'Answer');
    expect(answers.map((r) => [r[1], r[3], r[5]])).toEqual([
      ['1 — First hour', 'Tafel Gemeente', "'=Anna de Vries zegt: feiten eerst"],
      ['1 — First hour', 'Tafel Politie', 'Afzetten; "geen" speculatie'],
      ['2 — Two days later', 'Tafel Politie', 'Eén loket.'],
    ]);
    expect(rows.find((r) => r[0] === 'Observation')).toEqual(['Observation', '1 — First hour', 'Critical task: First public message within 30 minutes', 'Eva', 'S', 'Bericht na 25 minuten.', 'T+00']);
    expect(rows.filter((r) => r[0]?.startsWith('Hotwash')).map((r) => r[3])).toEqual(['Tafel Gemeente', 'Tafel Politie']);
    const feedback = rows.filter((r) => r[0] === 'Feedback form');
    expect(feedback.map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
      ['How realistic the scenario was', 'Form 1', '4', ''],
      ['How the exercise was organised', 'Form 1', '5', ''],
      ['What went well?', 'Form 1', '', 'Heldere modules.'],
      ['How realistic the scenario was', 'Form 2', '2', ''],
    ]);
    const hidden = discussionCsv(scenario, state, 'nl', EXCEL_NL, nameSwap(scenario, state.settings, 'nl'));
    expect(hidden.startsWith('\uFEFF')).toBe(true);
    expect(hidden).not.toContain('Anna de Vries');
  });
});
