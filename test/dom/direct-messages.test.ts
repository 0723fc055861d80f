// Messages between tables on the screens that use them: a table writes to another table, exercise control or
// the SimCell from its Messages tab and sees the answer there; the trainer reads every one and answers for a
// role nobody plays. Hostile text typed into the new field stays text.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/engine/index.js';
import { renderParticipant, type ParticipantScreen } from '../../src/ui/participant/participant-screen.js';
import { readState } from '../../src/ui/participant/read-state.js';
import { renderTrainerConsole, type TrainerConsole } from '../../src/ui/trainer/trainer-console.js';
import { exercise, MULTIWINDOW, type Exercise } from './session-fixtures.js';
import { Exercise as TrainerExercise } from './trainer-session.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> Hebben jullie de camerabeelden?';
const user = () => userEvent.setup();

afterEach(() => document.body.replaceChildren());

function showTable(ex: Exercise, roles: readonly string[]): ParticipantScreen {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const send = ex.sendFor(roles);
  const page: ParticipantScreen = renderParticipant(root, {
    views: ex.views(roles),
    lang: 'nl',
    read: readState(undefined, 'test'),
    send: async (command) => {
      const result = await send(command);
      page.update(ex.views(roles));
      return result;
    },
  });
  return page;
}

describe('participant: messages to tables and exercise control', () => {
  it('sends a message to another table, says so, and the other table reads it as text', async () => {
    const ex = exercise(MULTIWINDOW);
    ex.trainer('start');
    ex.trainer('beginRounds');
    showTable(ex, ['mayor']);
    await user().click(screen.getByRole('tab', { name: /^Berichten/ }));
    const region = screen.getByRole('region', { name: 'Berichten aan tafels en oefenleiding' });
    const to = within(region).getByLabelText<HTMLSelectElement>('Aan');
    expect([...to.options].map((o) => o.text)).toEqual(['Oefenleiding', 'Tafel Tafel Politie', 'Tafel Tafel Communicatie', expect.stringContaining('(SimCell)')]);
    await user().selectOptions(to, 'Tafel Tafel Politie');
    await user().type(within(region).getByLabelText('Bericht'), HOSTILE);
    await user().click(within(region).getByRole('button', { name: 'Versturen' }));
    expect(ex.sent.at(-1)).toMatchObject({ type: 'directMessage', actor: { kind: 'role', role: 'mayor' }, to: { table: 't-police' }, text: HOSTILE });
    expect(within(screen.getByRole('region', { name: 'Berichten aan tafels en oefenleiding' })).getByText('Bericht verstuurd.')).toBeTruthy();

    // The police table reads it, as text: no element from the typed markup exists, nothing ran.
    showTable(ex, ['police-chief']);
    await user().click(screen.getByRole('tab', { name: /^Berichten/ }));
    const theirs = screen.getByRole('region', { name: 'Berichten aan tafels en oefenleiding' });
    expect(within(theirs).getByText(HOSTILE)).toBeTruthy();
    expect(theirs.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();

    // A reply goes back to the table that wrote.
    await user().click(within(theirs).getByRole('button', { name: /Antwoorden op het bericht van/ }));
    const again = screen.getByRole('region', { name: 'Berichten aan tafels en oefenleiding' });
    expect(within(again).getByLabelText<HTMLSelectElement>('Aan').value).toBe('table:t-mayor');
    await user().type(within(again).getByLabelText('Bericht'), 'Ja, we sturen ze.');
    await user().click(within(again).getByRole('button', { name: 'Versturen' }));
    expect(ex.sent.at(-1)).toMatchObject({ type: 'directMessage', to: { table: 't-mayor' }, inReplyTo: expect.any(Number) });
  });

  it('says an empty message needs text, without sending anything', async () => {
    const ex = exercise(MULTIWINDOW);
    ex.trainer('start');
    showTable(ex, ['comms']);
    await user().click(screen.getByRole('tab', { name: /^Berichten/ }));
    const region = screen.getByRole('region', { name: 'Berichten aan tafels en oefenleiding' });
    await user().click(within(region).getByRole('button', { name: 'Versturen' }));
    expect(screen.getByText('Schrijf eerst een bericht.')).toBeTruthy();
    expect(ex.sent).toEqual([]);
  });
});

describe('trainer console: messages from tables', () => {
  function live(ex: TrainerExercise): { sent: Command[]; console: TrainerConsole } {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const sent: Command[] = [];
    let c: TrainerConsole | null = null;
    const send = (command: Command) => {
      sent.push(command);
      ex.apply(command);
      c?.update(ex.trainerView(), 'nl');
    };
    c = renderTrainerConsole(root, { view: ex.trainerView(), lang: 'nl', send, mode: 'trainer' });
    return { sent, console: c };
  }

  it('shows every message and answers for a role nobody plays, as a reply to the table that asked', async () => {
    const ex = new TrainerExercise().run({ type: 'start' }, { type: 'beginRounds' });
    const asked = ex.as({ kind: 'role', role: 'municipal-comms' }, { type: 'directMessage', to: { role: 'nctv' }, text: HOSTILE });
    expect(asked.ok).toBe(true);
    const { sent } = live(ex);
    const region = screen.getByRole('region', { name: 'Berichten van tafels' });
    expect(within(region).getByText(HOSTILE)).toBeTruthy();
    expect(region.querySelector('img, script')).toBeNull();
    await user().click(within(region).getByRole('button', { name: /Antwoorden op het bericht van/ }));
    const form = screen.getByRole('form', { name: 'Versturen' });
    expect(within(form).getByLabelText<HTMLSelectElement>('Namens').value).toBe('role:nctv');
    expect(within(form).getByLabelText<HTMLSelectElement>('Aan tafel').value).toBe('t2');
    await user().type(within(form).getByLabelText('Bericht'), 'De NCTV belt u terug.');
    await user().click(within(form).getByRole('button', { name: 'Versturen' }));
    expect(sent.at(-1)).toMatchObject({ type: 'directMessage', actor: { kind: 'simcell', role: 'nctv' }, to: { table: 't2' }, text: 'De NCTV belt u terug.', inReplyTo: expect.any(Number) });
    expect(within(screen.getByRole('region', { name: 'Berichten van tafels' })).getByText('De NCTV belt u terug.')).toBeTruthy();
    expect(ex.state.log.toArray().some((e) => e.command.type === 'directMessage' && e.command.actor.kind === 'simcell')).toBe(true);
  });
});
