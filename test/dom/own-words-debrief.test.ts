// The debrief of a message in own words, as the trainer meets it: the perpetrator's name highlighted in
// the text (a <mark>, text only), C02 not met, the findings labelled as suggestions, and a rating form
// whose submit sends the rateMessage command; hostile text stays inert.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scoreExercise, type Command, type ExerciseState } from '../../src/engine/index.js';
import type { SessionBundle } from '../../src/engine/session/bundle.js';
import { renderDebrief } from '../../src/ui/debrief/index.js';
import { bundledScenario, must, role, started, TRAINER } from './debrief-support.js';

const scenario = bundledScenario('intro-market-square');
const XSS = '<img src=x onerror="window.__pwned=1">';

function playedWith(text: string): ExerciseState {
  let s = started(scenario, 'debrief-own');
  s = must(scenario, s, { type: 'jump', minutes: 20, actor: TRAINER });
  // Hot-seat settings from the bots: the SimCell is not needed, the comms table acts in its turn.
  while (s.settings.tables[s.turn.table]?.roles.includes('comms') !== true) s = must(scenario, s, { type: 'endTurn', actor: role(s.settings.tables[s.turn.table]!.roles[0]!) });
  return must(scenario, s, {
    type: 'publishText',
    actor: role('comms'),
    lang: 'en',
    channel: 'socialMedia',
    audience: 'public',
    text,
  });
}

afterEach(() => document.body.replaceChildren());

describe('debrief: a message in own words', () => {
  it("highlights the perpetrator's name, counts C02 not met, and offers the rating as a logged command", async () => {
    const state = playedWith(`Police arrested Dennis V. at the market. ${XSS}`);
    expect(scoreExercise(scenario, state).criteria.find((c) => c.criterion === 'C02')?.result).toBe('notMet');
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const send = vi.fn<(command: Command) => unknown>(() => undefined);
    renderDebrief(root, { audience: 'trainer', lang: 'en', scenario, state, send, onFork: vi.fn<(b: SessionBundle) => void>() });
    const mark = root.querySelector('mark.message__match');
    expect(mark?.textContent).toBe('Dennis V.');
    expect(mark?.closest('blockquote')?.textContent).toContain(XSS);
    expect(root.querySelector('img')).toBeNull();
    expect(screen.getByText('Automatic findings (suggestions)')).toBeTruthy();
    expect(screen.getByText('Not rated yet: counts by its automatic findings.')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByText('Evaluator rating', { selector: 'summary' }));
    const form = screen.getByText('Evaluator rating', { selector: 'summary' }).closest('details') as HTMLElement;
    await user.selectOptions(within(form).getByLabelText('Principle'), 'perpetratorAttention');
    await user.selectOptions(within(form).getByLabelText('Rating'), 'misses');
    await user.type(within(form).getByLabelText('Note'), XSS);
    await user.click(within(form).getByRole('button', { name: 'Record rating' }));
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'rateMessage', message: state.messages.at(-1)!.id, principle: 'perpetratorAttention', rating: 'misses', note: XSS }));
  });
});
