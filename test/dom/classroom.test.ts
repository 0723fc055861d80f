// The classroom screens' parts, drawn from a room overview as the host sends it: the trainer's device
// list and group list, the join poster, and the participant's join form. Queried by role and label.
import { getByRole, getByText, queryByRole, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RoomSnapshot } from '../../src/host/protocol.js';
import { parseRoute, routeHash } from '../../src/ui/app/routes.js';
import { placeValue, renderDeviceList, suggestedPlace } from '../../src/ui/classroom/device-list.js';
import { createChoices, emptyCreateDraft, renderCreateGroups, renderGroupList } from '../../src/ui/classroom/group-list.js';
import { renderJoinForm } from '../../src/ui/classroom/join-screen.js';
import { renderJoinPoster } from '../../src/ui/classroom/join-poster.js';

const tables = [
  { id: 'mayor', name: 'Burgemeester van Marewold', roles: ['mayor'] },
  { id: 'police-chief', name: 'Politiechef eenheid Zuidervaart', roles: ['police-chief'] },
];

function group(id: string, title: string, extra: Partial<RoomSnapshot['groups'][number]> = {}): RoomSnapshot['groups'][number] {
  return {
    id,
    title,
    scenario: { id: 'intro', title: { nl: 'Introductie', en: 'Introduction' } },
    seed: '7',
    phase: 'decide',
    round: 2,
    minute: 20,
    startsAt: '2026-03-14T08:10',
    commands: 5,
    lastAction: { type: 'endTurn', actor: 'role', role: 'police-chief', stamp: Date.UTC(2026, 0, 1, 9, 30) },
    pendingDecisions: [{ id: 'd1', owner: 'mayor', prompt: { nl: 'Sluit u de Brink af?', en: 'Do you close the Brink?' } }],
    tables,
    damage: null,
    failed: false,
    ...extra,
  };
}

function room(): RoomSnapshot {
  return {
    code: 'ABCDEF',
    joinUrls: ['http://192.168.1.20:8080/#/join/ABCDEF'],
    qr: { size: 21, cells: '10'.repeat(220) + '1' },
    devices: [
      { id: 'd-1', name: 'Fatima', status: { state: 'admitted', session: 'g-1', seat: { kind: 'table', table: 'mayor' }, title: 'Groep 1' }, online: true, lastSeen: 1 },
      { id: 'd-2', name: 'Daan', status: { state: 'kicked' }, online: false, lastSeen: 0 },
      { id: 'd-3', name: 'Noor', status: { state: 'pending' }, online: true, lastSeen: 1 },
      { id: 'd-4', name: 'Sanne', status: { state: 'admitted', session: 'g-1', seat: { kind: 'table', table: 'police-chief' }, title: 'Groep 1' }, online: false, lastSeen: Date.UTC(2026, 0, 1, 9, 45) },
    ],
    groups: [group('g-1', 'Groep 1'), group('g-2', 'Groep 2', { round: 0, phase: 'setup', lastAction: null, pendingDecisions: [] })],
    scenarios: [
      { id: 'intro', title: { nl: 'Introductie', en: 'Introduction' }, roles: 3, messageModes: ['blocks'], runByModule: false, modules: [] },
      {
        id: 'ramming',
        title: { nl: 'Ramaanslag', en: 'Ramming' },
        roles: 4,
        messageModes: ['both', 'blocks', 'ownWords'],
        runByModule: false,
        modules: [
          { id: 'module-1', title: { nl: 'De aanslag', en: 'The attack' }, budgetMinutes: 40 },
          { id: 'module-2', title: { nl: 'De avond', en: 'The evening' }, budgetMinutes: 35 },
        ],
      },
    ],
    unreadable: [],
  };
}

function mount(node: Node | Node[]): HTMLElement {
  const root = document.createElement('div');
  root.append(...(Array.isArray(node) ? node : [node]));
  document.body.replaceChildren(root);
  return root;
}

describe('the device list', () => {
  it('puts waiting devices first and says in words who is offline', () => {
    const root = mount(renderDeviceList(room(), 'nl', new Map(), { admit: vi.fn(), kick: vi.fn(), removeWaiting: vi.fn() }));
    const rows = within(getByRole(root, 'table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Noor', 'Fatima', 'Sanne', 'Daan']);
    expect(rows[0]?.textContent).toContain('Wacht op toelating');
    expect(rows[2]?.textContent).toContain('Groep 1: Politiechef eenheid Zuidervaart');
    expect(rows[2]?.textContent).toMatch(/Offline sinds \d\d:\d\d/);
    expect(rows[1]?.textContent).toContain('Online');
  });

  it('admits a waiting device to the emptiest table unless the trainer picks another place', async () => {
    const admit = vi.fn();
    const root = mount(renderDeviceList(room(), 'nl', new Map(), { admit, kick: vi.fn(), removeWaiting: vi.fn() }));
    const user = userEvent.setup();
    expect((getByRole(root, 'combobox', { name: 'Plek voor Noor' }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Groep 2: Burgemeester van Marewold');
    await user.selectOptions(getByRole(root, 'combobox', { name: 'Plek voor Noor' }), 'Groep 1: Projector');
    await user.click(getByRole(root, 'button', { name: 'Noor toelaten op de gekozen plek' }));
    expect(admit).toHaveBeenCalledWith('d-3', { session: 'g-1', seat: { kind: 'projector' } });
  });

  it('moves, removes and admits again', async () => {
    const admit = vi.fn();
    const kick = vi.fn();
    const root = mount(renderDeviceList(room(), 'nl', new Map(), { admit, kick, removeWaiting: vi.fn() }));
    const user = userEvent.setup();
    await user.selectOptions(getByRole(root, 'combobox', { name: 'Plek voor Fatima' }), 'Groep 2: Evaluator');
    await user.click(getByRole(root, 'button', { name: 'Fatima verplaatsen naar de gekozen plek' }));
    expect(admit).toHaveBeenLastCalledWith('d-1', { session: 'g-2', seat: { kind: 'evaluator' } });
    await user.click(getByRole(root, 'button', { name: 'Sanne uit de oefening verwijderen' }));
    expect(kick).toHaveBeenCalledWith('d-4');
    expect(queryByRole(root, 'button', { name: 'Daan uit de oefening verwijderen' })).toBeNull();
    await user.click(getByRole(root, 'button', { name: 'Daan opnieuw toelaten op de gekozen plek' }));
    expect(admit).toHaveBeenLastCalledWith('d-2', expect.objectContaining({ seat: { kind: 'table', table: 'mayor' } }));
  });

  it('removes every waiting device in one go, and offers it only while devices wait', async () => {
    const removeWaiting = vi.fn();
    const r = room();
    r.devices.push({ id: 'd-5', name: 'Junk', status: { state: 'pending' }, online: true, lastSeen: 1 });
    const root = mount(renderDeviceList(r, 'en', new Map(), { admit: vi.fn(), kick: vi.fn(), removeWaiting }));
    const user = userEvent.setup();
    await user.click(getByRole(root, 'button', { name: 'Remove all waiting devices (2)' }));
    expect(removeWaiting).toHaveBeenCalledTimes(1);

    const nl = mount(renderDeviceList(r, 'nl', new Map(), { admit: vi.fn(), kick: vi.fn(), removeWaiting }));
    getByRole(nl, 'button', { name: 'Alle wachtende apparaten verwijderen (2)' }).focus();
    await user.keyboard('{Enter}');
    expect(removeWaiting).toHaveBeenCalledTimes(2);

    const none = { ...r, devices: r.devices.filter((d) => d.status.state !== 'pending') };
    const after = mount(renderDeviceList(none, 'en', new Map(), { admit: vi.fn(), kick: vi.fn(), removeWaiting }));
    expect(queryByRole(after, 'button', { name: /Remove all waiting devices/ })).toBeNull();
  });

  it('suggests each table in turn as devices are admitted', () => {
    const r = room();
    expect(suggestedPlace(r)).toEqual({ session: 'g-2', seat: { kind: 'table', table: 'mayor' } });
    r.devices.push({ id: 'd-5', name: 'X', status: { state: 'admitted', session: 'g-2', seat: { kind: 'table', table: 'mayor' }, title: 'Groep 2' }, online: true, lastSeen: 1 });
    expect(placeValue(suggestedPlace(r) ?? { session: '', seat: { kind: 'projector' } })).toBe(placeValue({ session: 'g-2', seat: { kind: 'table', table: 'police-chief' } }));
  });
});

describe('the group list', () => {
  it('shows each group’s round, clock, last action, open decisions and devices', () => {
    const root = mount(renderGroupList(room(), 'nl', null, { open: vi.fn(), recover: vi.fn(), feedbackQr: vi.fn() }));
    const row = getByRole(root, 'row', { name: /Groep 1/ });
    expect(row.textContent).toContain('Ronde 2, T+20 (08:30)');
    expect(row.textContent).toMatch(/Beurt beëindigen door Politiechef eenheid Zuidervaart om \d\d:\d\d/);
    expect(row.textContent).toContain('Burgemeester van Marewold: Sluit u de Brink af?');
    expect(row.textContent).toContain('1 van 2 online');
    expect(getByRole(root, 'row', { name: /Groep 2/ }).textContent).toContain('Nog geen ronde (Voorbereiding)');
  });

  it('opens a group’s console', async () => {
    const open = vi.fn();
    const root = mount(renderGroupList(room(), 'nl', 'g-2', { open, recover: vi.fn(), feedbackQr: vi.fn() }));
    await userEvent.setup().click(getByRole(root, 'button', { name: 'Console van Groep 1 openen' }));
    expect(open).toHaveBeenCalledWith('g-1');
    expect(getByRole(root, 'button', { name: 'Console van Groep 2 sluiten' })).toBeTruthy();
  });

  it('says what a damaged journal lost and goes on only when the trainer asks', async () => {
    const recover = vi.fn();
    const r = room();
    r.groups[0] = group('g-1', 'Groep 1', { damage: { line: 57, reason: 'torn', kept: 55, droppedBytes: 31 } });
    const root = mount(renderGroupList(r, 'nl', null, { open: vi.fn(), recover, feedbackQr: vi.fn() }));
    const alert = getByRole(root, 'alert');
    expect(alert.textContent).toContain('beschadigd vanaf regel 57 (de laatste regel is half geschreven). 55 opdrachten zijn intact');
    expect(recover).not.toHaveBeenCalled();
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Verdergaan in Groep 1 vanaf opdracht 55' }));
    expect(recover).toHaveBeenCalledWith('g-1');
  });
});

describe('starting groups', () => {
  it('asks how the groups play, with the module plan and message modes only where the scenario has them', async () => {
    const draft = emptyCreateDraft('seed-1');
    const onCreate = vi.fn();
    let root = mount(renderCreateGroups(room(), 'en', draft, onCreate, 'create', () => undefined));
    expect(draft.scenario).toBe('intro');
    const messages = { name: 'How do the tables write their public messages?' };
    expect(queryByRole(root, 'group', messages)).toBeNull();
    expect(root.querySelector('[data-key^="create-module-minutes"]')).toBeNull();

    draft.scenario = 'ramming';
    const redraw = () => (root = mount(renderCreateGroups(room(), 'en', draft, onCreate, 'create', redraw)));
    redraw();
    expect(getByRole(root, 'group', messages)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(getByRole(root, 'radio', { name: 'Only at the debrief' }));
    await user.click(getByRole(root, 'checkbox', { name: 'Show a timer per round' }));
    const timer = getByRole(root, 'spinbutton', { name: /Minutes per round/ });
    await user.clear(timer);
    await user.type(timer, '25');
    await user.click(getByRole(root, 'radio', { name: /Own words/ }));
    const first = getByRole(root, 'spinbutton', { name: 'Minutes for The attack' });
    await user.clear(first);
    await user.type(first, '50');
    await user.click(getByRole(root, 'checkbox', { name: 'Have the feedback form filled in after each module' }));
    await user.click(getByRole(root, 'button', { name: 'Start groups' }));
    expect(onCreate).toHaveBeenCalled();
    const ramming = room().scenarios[1];
    if (!ramming) throw new Error('fixture');
    expect(createChoices(draft, ramming)).toEqual({
      feedback: 'debrief',
      timerMinutes: 25,
      guided: false,
      messages: 'ownWords',
      runByModule: false,
      moduleMinutes: { 'module-1': 50, 'module-2': 35 },
      moduleFeedback: true,
    });
  });
});

describe('the join poster', () => {
  it('shows the address, the code in two halves and the QR code', () => {
    const root = mount(renderJoinPoster(room(), 'en', 'poster'));
    expect(getByRole(root, 'region', { name: 'How to join' })).toBeTruthy();
    expect(getByText(root, 'http://192.168.1.20:8080/')).toBeTruthy();
    expect(getByText(root, 'ABC-DEF')).toBeTruthy();
    const qr = getByRole(root, 'img', { name: 'QR code with the address http://192.168.1.20:8080/#/join/ABCDEF' });
    expect(qr.getAttribute('viewBox')).toBe('0 0 29 29');
  });
});

describe('the join form', () => {
  it('hands what the participant typed to the page, and shows a refusal as an alert', async () => {
    const onInput = vi.fn();
    const onSubmit = vi.fn();
    const root = mount(renderJoinForm({ lang: 'nl', code: 'ABCDEF', name: '', error: 'Deze code hoort niet bij dit lokaal.', busy: false, onInput, onSubmit }));
    expect((getByRole(root, 'textbox', { name: 'Deelnamecode' }) as HTMLInputElement).value).toBe('ABCDEF');
    await userEvent.setup().type(getByRole(root, 'textbox', { name: 'Uw naam' }), 'Fatima{Enter}');
    expect(onInput).toHaveBeenLastCalledWith('name', 'Fatima');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(getByRole(root, 'alert').textContent).toBe('Deze code hoort niet bij dit lokaal.');
  });
});

describe('the classroom addresses', () => {
  it('parse and print the join and classroom routes', () => {
    expect(parseRoute('#/join')).toEqual({ name: 'join', code: null });
    expect(parseRoute('#/join/ABC-DEF')).toEqual({ name: 'join', code: 'ABC-DEF' });
    expect(parseRoute(`#/classroom/${'a'.repeat(64)}`)).toEqual({ name: 'classroom', token: 'a'.repeat(64) });
    expect(parseRoute('#/classroom')).toEqual({ name: 'classroom', token: null });
    expect(parseRoute('#/join/a/b').name).toBe('notFound');
    expect(routeHash({ name: 'join', code: 'ABCDEF' })).toBe('#/join/ABCDEF');
    expect(routeHash({ name: 'classroom', token: null })).toBe('#/classroom');
  });
});
