// The own-words composer on the participant's screen, used as a communication adviser would: write an
// NL-Alert in its layout within its limit, give the advice where and until when, state claims, publish —
// and the command the engine receives is exactly that. Hostile text typed into any field stays text.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderParticipant } from '../../src/ui/participant/participant-screen.js';
import { readState } from '../../src/ui/participant/read-state.js';
import { exercise, MULTIWINDOW, type Exercise } from './session-fixtures.js';

let ex: Exercise;

function show(lang: 'nl' | 'en' = 'nl', roles: readonly string[] = ['comms']): void {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const send = ex.sendFor(roles);
  const page = renderParticipant(root, {
    views: ex.views(roles),
    lang,
    read: readState(undefined, 'own-words-test'),
    send: async (command) => {
      const result = await send(command);
      page.update(ex.views(roles));
      return result;
    },
  });
}

beforeEach(() => {
  ex = exercise(MULTIWINDOW);
  ex.trainer('start');
  ex.trainer('beginRounds');
  ex.trainer('advance');
});
afterEach(() => document.body.replaceChildren());

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

describe('the own-words composer', () => {
  // The mayor decides a regional NL-Alert at GRIP 0 (machines/authority.ts), so the mayor may write one.
  it('drafts an NL-Alert in its layout with a live count, and publishes exactly what was written', async () => {
    show('en', ['mayor']);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Actions' }));
    const panel = screen.getByRole('region', { name: /Message in own words/ });
    await user.selectOptions(within(panel).getByLabelText('Channel'), 'nlAlert');
    const fresh = screen.getByRole('region', { name: /Message in own words/ });
    await user.type(within(fresh).getByLabelText('What is going on?'), 'Three people were injured on the Brink.');
    await user.type(within(fresh).getByLabelText('What should you do?'), 'Avoid the Brink.');
    await user.type(within(fresh).getByLabelText('Where can you find more information?'), 'marewold.nl');
    expect(within(fresh).getByText(/^NL-Alert \d\d-\d\d-2026 \d\d:\d\d: Three people were injured on the Brink\. Avoid the Brink\. marewold\.nl$/)).toBeTruthy();
    expect(within(fresh).getByText(/characters$/).textContent).toMatch(/^\d+ of 1395 characters$/);
    await user.click(within(fresh).getByLabelText('This message gives an action advice'));
    const withAdvice = screen.getByRole('region', { name: /Message in own words/ });
    await user.type(within(withAdvice).getByLabelText('What must people do?'), 'Avoid the Brink');
    await user.click(within(withAdvice).getByLabelText('The Brink and the streets around it'));
    await user.selectOptions(within(withAdvice).getByLabelText('Until when?'), 'event:cordon-lifted');
    const redrawn = screen.getByRole('region', { name: /Message in own words/ });
    await user.type(within(redrawn).getByRole('spinbutton', { name: 'Number of injured' }), '3');
    await user.click(within(redrawn).getByRole('button', { name: 'Publish message in own words' }));
    const sent = ex.sent.at(-1)!;
    expect(sent).toMatchObject({
      type: 'publishText',
      channel: 'nlAlert',
      nlAlert: { situation: 'Three people were injured on the Brink.', action: 'Avoid the Brink.', info: 'marewold.nl' },
      advice: { what: 'Avoid the Brink', where: ['brink'], until: { event: 'cordon-lifted' } },
      claims: [{ subject: 'injured', value: 3 }],
    });
    const state = ex.host.state;
    expect(state.messages.at(-1)?.own?.channel).toBe('nlAlert');
  });

  it('says a refusal in words beside the button (an NL-Alert needs an advice)', async () => {
    show('nl', ['mayor']);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Acties' }));
    await user.selectOptions(within(screen.getByRole('region', { name: /Bericht in eigen woorden/ })).getByLabelText('Kanaal'), 'nlAlert');
    const panel = screen.getByRole('region', { name: /Bericht in eigen woorden/ });
    await user.type(within(panel).getByLabelText('Wat is er aan de hand?'), 'Steekincident op de Brink.');
    await user.click(within(panel).getByRole('button', { name: 'Bericht in eigen woorden publiceren' }));
    const note = within(screen.getByRole('region', { name: /Bericht in eigen woorden/ })).getByText(/vul het handelingsadvies in/);
    expect(screen.getByRole('button', { name: 'Bericht in eigen woorden publiceren' }).getAttribute('aria-describedby')).toContain(note.id);
  });

  it('does not offer the NL-Alert channel to the communication adviser, and says the mayor decides it', async () => {
    show('nl');
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Acties' }));
    const panel = screen.getByRole('region', { name: /Bericht in eigen woorden/ });
    const channel = within(panel).getByLabelText<HTMLSelectElement>('Kanaal');
    const alert = within(channel).getByRole<HTMLOptionElement>('option', { name: /NL-Alert/ });
    expect(alert.disabled).toBe(true);
    expect(alert.textContent).toBe('NL-Alert (niet aan uw functie)');
    expect(within(channel).getByRole<HTMLOptionElement>('option', { name: 'Website' }).disabled).toBe(false);
    // The reason is beside the control and read with it: who decides an NL-Alert now.
    const note = within(panel).getByText(/mag nu geen NL-Alert versturen/);
    expect(note.textContent).toMatch(/Daarover beslist nu: [Bb]urgemeester/);
    expect(channel.getAttribute('aria-describedby')).toContain(note.id);
    // Picking it anyway does nothing: the composer stays on a channel this office may use.
    await user.selectOptions(channel, 'nlAlert').catch(() => undefined);
    const after = screen.getByRole('region', { name: /Bericht in eigen woorden/ });
    expect(within(after).getByLabelText<HTMLSelectElement>('Kanaal').value).toBe('website');
    expect(within(after).queryByLabelText('Wat is er aan de hand?')).toBeNull();
  });

  it('offers the NL-Alert channel to the mayor, who decides it, without a note', async () => {
    show('nl', ['mayor']);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Acties' }));
    const panel = screen.getByRole('region', { name: /Bericht in eigen woorden/ });
    const channel = within(panel).getByLabelText<HTMLSelectElement>('Kanaal');
    expect(within(channel).getByRole<HTMLOptionElement>('option', { name: 'NL-Alert' }).disabled).toBe(false);
    expect(within(panel).queryByText(/mag nu geen NL-Alert versturen/)).toBeNull();
  });

  it('shows the checks on the latest message in the composer, with the matched name highlighted (feedback per round)', async () => {
    show('en');
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Actions' }));
    const panel = screen.getByRole('region', { name: /Message in own words/ });
    expect(within(panel).queryByRole('group', { name: /Automatic checks on your latest message/ })).toBeNull();
    await user.type(within(panel).getByLabelText('Text'), `Police arrested Dennis V. at the market. ${XSS}`);
    await user.click(within(panel).getByRole('button', { name: 'Publish message in own words' }));
    const checked = within(screen.getByRole('region', { name: /Message in own words/ })).getByRole('group', { name: /^Automatic checks on your latest message \(T\+\d+\)$/ });
    expect(checked.querySelector('mark')?.textContent).toBe('Dennis V.');
    expect(within(checked).getByText(/Minimal attention for perpetrators/).closest('li')?.textContent).toContain('«Dennis V.»');
    expect(checked.textContent).toContain(XSS);
    expect(document.querySelector('img, script')).toBeNull();
    // The draft is cleared for the next message; the checks stay until the next one goes out.
    expect(within(screen.getByRole('region', { name: /Message in own words/ })).getByLabelText<HTMLTextAreaElement>('Text').value).toBe('');
  });

  it('keeps the checks for the debrief when the trainer chose feedback at the debrief', async () => {
    ex = exercise({ ...MULTIWINDOW, feedback: 'debrief' });
    ex.trainer('start');
    ex.trainer('beginRounds');
    ex.trainer('advance');
    show('en');
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Actions' }));
    const panel = screen.getByRole('region', { name: /Message in own words/ });
    await user.type(within(panel).getByLabelText('Text'), 'Police arrested Dennis V. at the market.');
    await user.click(within(panel).getByRole('button', { name: 'Publish message in own words' }));
    expect(ex.host.state.messages.length).toBe(1);
    expect(screen.queryByRole('group', { name: /Automatic checks on your latest message/ })).toBeNull();
  });

  it('keeps hostile text in every field as text, in the screen and in the published message', async () => {
    show('en');
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Actions' }));
    const panel = screen.getByRole('region', { name: /Message in own words/ });
    await user.type(within(panel).getByLabelText('Text'), XSS);
    await user.click(within(panel).getByLabelText('This message gives an action advice'));
    const again = screen.getByRole('region', { name: /Message in own words/ });
    await user.type(within(again).getByLabelText('What must people do?'), XSS);
    await user.click(within(again).getByLabelText('The Brink and the streets around it'));
    await user.selectOptions(within(again).getByLabelText('Until when?'), 'furtherNotice');
    await user.click(within(again).getByRole('button', { name: 'Publish message in own words' }));
    expect(ex.host.state.messages.at(-1)?.own?.text).toBe(XSS);
    await user.click(screen.getByRole('tab', { name: /Messages/ }));
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(screen.getAllByText(XSS, { exact: false }).length).toBeGreaterThan(0);
  });
});
