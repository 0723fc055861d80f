// The participant's screen drawn from real role views, used like a participant would: a turn opens on
// what is new and what must be decided, every control sends the command the engine expects, an
// accepted command is confirmed and a refusal comes back in words beside the control, a control the
// table cannot use says why, and the window's own state (drafts, chosen blocks, read items, the tab)
// survives updates and a language switch.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoleView } from '../../src/engine/index.js';
import { renderParticipant, type ParticipantScreen } from '../../src/ui/participant/participant-screen.js';
import { readState } from '../../src/ui/participant/read-state.js';
import { exercise, MULTIWINDOW, type Exercise } from './session-fixtures.js';

let ex: Exercise;
let page: ParticipantScreen;

function show(roles: readonly string[], lang: 'nl' | 'en' = 'nl'): ParticipantScreen {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const send = ex.sendFor(roles);
  page = renderParticipant(root, {
    views: ex.views(roles),
    lang,
    read: readState(undefined, 'test'),
    send: async (command) => {
      const result = await send(command);
      page.update(ex.views(roles));
      return result;
    },
  });
  return page;
}

/** Round 2 (T+10): the mayor's inbox holds the first report, the stabbing and the CoPI's advice; the GRIP decision is open. */
function roundTwo(): void {
  ex.trainer('start');
  ex.trainer('beginRounds');
  ex.trainer('advance');
}

const panel = (name: string | RegExp) => screen.getByRole('region', { name });
const user = () => userEvent.setup();
/** Open a part of the screen by its tab, as a participant would. */
async function tab(name: string | RegExp): Promise<void> {
  await user().click(screen.getByRole('tab', { name }));
}

beforeEach(() => {
  ex = exercise(MULTIWINDOW);
  roundTwo();
});
afterEach(() => document.body.replaceChildren());

describe('participant: role card', () => {
  it('shows the team, the office by its real name, the authority as actions and the private briefing', async () => {
    show(['mayor']);
    await tab('Rolkaart');
    const card = panel('Rolkaart');
    expect(within(card).getByText('Gemeentelijk Beleidsteam (GBT)')).toBeTruthy();
    expect(within(card).getByText('Burgemeester')).toBeTruthy();
    const authority = within(card).getAllByRole('list')[0]!;
    expect(within(authority).getByText('Op- of afschalen (GRIP)')).toBeTruthy();
    expect(within(authority).getByText('NL-Alert versturen')).toBeTruthy();
    expect(within(authority).queryByText('Dreigingsniveau vaststellen')).toBeNull();
    expect(within(card).getByText(/U bent burgemeester van Marewold/)).toBeTruthy();
  });
});

describe('participant: this turn and the inbox', () => {
  it('opens on what is new and the open decision, says so in the header, and counts what is shown as read', () => {
    show(['mayor']);
    expect(screen.getByRole('tab', { name: 'Deze beurt (3 nieuw)', selected: true })).toBeTruthy();
    expect(screen.getByText('Deze beurt: 3 nieuwe berichten · 1 besluit open')).toBeTruthy();
    const fresh = within(panel('Nieuw sinds uw vorige beurt')).getAllByRole('article');
    expect(fresh).toHaveLength(3);
    expect(within(fresh[0]!).getByText('Nieuw')).toBeTruthy();
    expect(within(panel('Besluiten')).getByRole('button', { name: 'Besluit nemen' })).toBeTruthy();
    // Shown is read: the messages tab counts nothing unread.
    expect(screen.getByRole('tab', { name: 'Berichten' })).toBeTruthy();
    expect(ex.sent).toEqual([]);
  });

  it('counts unread items per channel for messages that arrive while another part is open', async () => {
    const p = show(['mayor']);
    await tab('Berichten');
    expect(within(panel('Berichten')).getByText('0 ongelezen')).toBeTruthy();
    // The trainer sends a message to every table in the middle of the round.
    const fired = ex.host.submit({ kind: 'trainer' }, { type: 'freeInject', text: 'Persconferentie om 15:00.', to: 'all', actor: { kind: 'trainer' } });
    expect(fired.ok).toBe(true);
    p.update(ex.views(['mayor']));
    const inbox = panel('Berichten');
    expect(within(inbox).getByText('1 ongelezen')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Berichten (1 ongelezen)' })).toBeTruthy();
    const channels = within(inbox).getByRole('group', { name: 'Kanaal' });
    expect(within(channels).getByRole('button', { name: 'Alle kanalen (1 ongelezen)' })).toBeTruthy();
    await user().click(within(channels).getByRole('button', { name: 'Overig (1 ongelezen)' }));
    const item = within(panel('Berichten')).getAllByRole('article')[0]!;
    await user().click(within(item).getByRole('button', { name: /^Markeer als gelezen: / }));
    expect(within(panel('Berichten')).getByText('0 ongelezen')).toBeTruthy();
    // Reading is the window's business: no command went to the exercise.
    expect(ex.sent).toEqual([]);
  });

  it('announces injects that arrive while the screen is open and shows them under "This turn" at the next round', () => {
    const p = show(['mayor']);
    ex.trainer('advance');
    p.update(ex.views(['mayor']));
    const live = document.querySelector('[data-live="polite"]');
    expect(live?.textContent).toMatch(/nieuwe berichten: .*Naam van de verdachte gaat rond/);
    expect(within(panel('Nieuw sinds uw vorige beurt')).getByRole('heading', { name: /Naam van de verdachte gaat rond/ })).toBeTruthy();
    expect(within(panel('Nieuw sinds uw vorige beurt')).queryByRole('heading', { name: /CoPI: advies om op te schalen/ })).toBeNull();
  });
});

describe('participant: decision card', () => {
  it('sends the option, the rationale and the confidence, then shows the decision as taken', async () => {
    show(['mayor']);
    const card = within(panel('Besluiten')).getByRole('article');
    const u = user();
    await u.click(within(card).getByRole('radio', { name: /tegelijk de driehoek/ }));
    await u.type(within(card).getByLabelText('Onderbouwing (waarom deze keuze?)'), 'Bestuurlijke besluiten nodig.');
    await u.click(within(card).getByRole('radio', { name: '4' }));
    await u.click(within(card).getByRole('button', { name: 'Besluit nemen' }));

    const option = ex.scenario.decisions.find((d) => d.id === 'grip-level')?.options.find((o) => typeof o.label !== 'string' && o.label.nl.includes('GRIP 3'));
    expect(ex.sent).toEqual([
      { type: 'decide', decision: 'grip-level', option: option?.id, rationale: 'Bestuurlijke besluiten nodig.', confidence: 4, actor: { kind: 'role', role: 'mayor' }, },
    ]);
    const decisions = panel('Besluiten');
    expect(within(decisions).getByText('Er ligt nu geen besluit bij u.')).toBeTruthy();
    expect(within(decisions).getByText('Onderbouwing: Bestuurlijke besluiten nodig.')).toBeTruthy();
    expect(within(decisions).getByText('Zekerheid: 4 van 5')).toBeTruthy();
  });

  it('shows a policy team\'s decision with the members present, and says the team does not sit before it is convened', async () => {
    for (let i = 0; i < 12 && !ex.views(['mayor'])[0]?.decisions.some((d) => d.id === 'protect-mosque'); i++) ex.trainer('advance');
    const card = () => {
      show(['mayor']);
      const found = within(panel('Besluiten')).getAllByRole('article').find((a) => within(a).queryByText(/moskee aan de Kerklaan/));
      if (!found) throw new Error('the driehoek card did not open');
      return found;
    };
    // The mayor and the police chief (tables) and the prosecutor (the SimCell) sit in the driehoek; the adviser does not.
    const members = 'Aanwezig: Burgemeester van Marewold, Politiechef eenheid Zuidervaart, Hoofdofficier van justitie.';
    expect(within(card()).getByText(/^Teambesluit \(Driehoek/).textContent).toContain(members);
    expect(within(card()).getByText(/is nu niet bijeen/)).toBeTruthy();
    await ex.sendFor(['mayor'])({ type: 'structure', action: { action: 'convene', team: 'driehoek' }, actor: { kind: 'role', role: 'mayor' } });
    expect(within(card()).queryByText(/is nu niet bijeen/)).toBeNull();
    expect(within(card()).getByText(/^Teambesluit \(Driehoek/).textContent).toContain(members);
  });

  it('asks for an option in place and sends nothing when none is chosen', async () => {
    show(['mayor']);
    await user().click(within(panel('Besluiten')).getByRole('button', { name: 'Besluit nemen' }));
    expect(within(panel('Besluiten')).getByText('Kies eerst een optie.')).toBeTruthy();
    expect(ex.sent).toEqual([]);
  });
});

describe('participant: crisis-structure actions', () => {
  it('sends a structure action with the chosen parameters and confirms it beside the control', async () => {
    show(['mayor']);
    await tab('Acties');
    const scale = within(panel('Uw acties in de crisisstructuur')).getByRole('group', { name: 'Op- of afschalen (GRIP)' });
    const u = user();
    await u.selectOptions(within(scale).getByLabelText('Opschalingsniveau'), '3');
    await u.click(within(scale).getByRole('button', { name: 'Op- of afschalen (GRIP)' }));
    expect(ex.sent).toEqual([{ type: 'structure', action: { action: 'scale', level: 3 }, actor: { kind: 'role', role: 'mayor' } }]);
    const again = within(panel('Uw acties in de crisisstructuur')).getByRole('group', { name: 'Op- of afschalen (GRIP)' });
    expect(within(again).getByText('Actie uitgevoerd.')).toBeTruthy();
    await tab('Crisisstructuur');
    expect(within(screen.getByRole('tabpanel')).getByText('GRIP 3 – gemeentelijk beleidsteam')).toBeTruthy();
  });

  it('shows a refusal translated beside the control, announces it, and clears it when the round moves on', async () => {
    const p = show(['mayor']);
    await tab('Acties');
    const convene = within(panel('Uw acties in de crisisstructuur')).getByRole('group', { name: 'Team bijeenroepen' });
    const u = user();
    await u.selectOptions(within(convene).getByLabelText('Team om bijeen te roepen'), 'ICCb');
    const button = within(convene).getByRole('button', { name: 'Team bijeenroepen' });
    await u.click(button);

    const reason = 'Interdepartementale Commissie Crisisbeheersing (ICCb) wordt bijeengeroepen door: Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV).';
    const again = within(panel('Uw acties in de crisisstructuur')).getByRole('group', { name: 'Team bijeenroepen' });
    expect(within(again).getByText(reason)).toBeTruthy();
    expect(within(again).getByRole('button', { name: 'Team bijeenroepen' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(document.querySelector('[data-live="assertive"]')?.textContent).toBe(reason);

    ex.trainer('advance');
    p.update(ex.views(['mayor']));
    expect(screen.getByRole('tab', { name: /^Deze beurt/, selected: true })).toBeTruthy();
    await tab('Acties');
    expect(within(screen.getByRole('tabpanel')).queryByText(reason)).toBeNull();
  });

  it('offers an NL-Alert built from an area and an action-advice block', async () => {
    show(['mayor']);
    await tab('Acties');
    const alert = within(panel('Uw acties in de crisisstructuur')).getByRole('group', { name: 'NL-Alert versturen' });
    const u = user();
    await u.selectOptions(within(alert).getByLabelText('Gebied van het NL-Alert'), 'brink');
    await u.click(within(alert).getByRole('button', { name: 'NL-Alert versturen' }));
    expect(ex.sent[0]).toMatchObject({ type: 'structure', action: { action: 'sendNlAlert', area: 'brink', advice: 'advice-avoid-brink' } });
  });
});

describe('participant: message composer', () => {
  it('builds the message from chosen blocks in order and previews exactly what the public reads', async () => {
    show(['comms']);
    await tab('Acties');
    const composer = () => panel(/Publieksbericht opstellen/);
    const u = user();
    await u.click(within(composer()).getByRole('checkbox', { name: /Politie, ambulancezorg en gemeente/ }));
    await u.click(within(composer()).getByRole('checkbox', { name: /Waarom dit is gebeurd/ }));
    await u.click(within(panel(/Publieksbericht opstellen/)).getByRole('button', { name: /^Omhoog: Waarom dit is gebeurd/ }));

    const blocks = new Map(ex.views(['comms'])[0]!.blocks.map((b) => [b.id, b]));
    const nl = (id: string) => {
      const text = blocks.get(id)?.text;
      return typeof text === 'string' ? text : (text?.nl ?? '');
    };
    const preview = within(panel(/Publieksbericht opstellen/)).getByRole('blockquote');
    expect(preview.textContent).toBe(`${nl('unknown-motive')} ${nl('responders-at-work')}`);

    await u.click(within(panel(/Publieksbericht opstellen/)).getByRole('button', { name: 'Bericht publiceren' }));
    expect(ex.sent).toEqual([{ type: 'publish', blocks: ['unknown-motive', 'responders-at-work'], actor: { kind: 'role', role: 'comms' } }]);
    expect(within(panel(/Publieksbericht opstellen/)).getByText('Publieksbericht gepubliceerd.')).toBeTruthy();
    await tab('Berichten');
    expect(within(panel('Publieksberichten tot nu toe')).getByText(`${nl('unknown-motive')} ${nl('responders-at-work')}`)).toBeTruthy();
  });
});

describe('participant: board and turn', () => {
  it('sends a board action and marks it done', async () => {
    show(['police-chief']);
    await tab('Acties');
    await user().click(within(panel('Acties op de kaart')).getByRole('button', { name: 'Binnenring rond de Brink instellen' }));
    expect(ex.sent).toEqual([{ type: 'boardAction', id: 'place-inner-cordon', actor: { kind: 'role', role: 'police-chief' } }]);
    expect(within(panel('Acties op de kaart')).getByText('Uitgevoerd')).toBeTruthy();
  });

  it('ends the turn and then says the table is not on', async () => {
    show(['police-chief']);
    await user().click(screen.getByRole('button', { name: 'Beurt beëindigen' }));
    expect(ex.sent).toEqual([{ type: 'endTurn', actor: { kind: 'role', role: 'police-chief' } }]);
    expect(screen.queryByRole('button', { name: 'Beurt beëindigen' })).toBeNull();
    expect(screen.getByText(/Uw tafel is nu niet aan de beurt/)).toBeTruthy();
    expect(document.querySelector('.participant__footer')?.textContent).toBe('Beurt beëindigd.');
  });

  it('disables what the table cannot do once its turn is over, and says why before a click', async () => {
    show(['mayor']);
    await user().click(screen.getByRole('button', { name: 'Beurt beëindigen' }));
    const decide = within(panel('Besluiten')).getByRole('button', { name: 'Besluit nemen' }) as HTMLButtonElement;
    expect(decide.disabled).toBe(true);
    const why = 'Handelen kan weer als uw tafel aan de beurt is.';
    expect(document.getElementById(decide.getAttribute('aria-describedby') ?? '')?.textContent).toBe(why);
    await tab('Acties');
    const scale = within(panel('Uw acties in de crisisstructuur')).getByRole('button', { name: 'Op- of afschalen (GRIP)' }) as HTMLButtonElement;
    expect(scale.disabled).toBe(true);
    expect(document.getElementById(scale.getAttribute('aria-describedby') ?? '')?.textContent).toBe(why);
    expect(ex.sent).toEqual([{ type: 'endTurn', actor: { kind: 'role', role: 'mayor' } }]);
  });

  it('moves between the parts of the screen with the arrow keys', async () => {
    show(['mayor']);
    const u = user();
    screen.getByRole('tab', { name: /^Deze beurt/ }).focus();
    await u.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Acties', selected: true })).toBe(document.activeElement);
    await u.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Rolkaart', selected: true })).toBe(document.activeElement);
    expect(panel('Rolkaart')).toBeTruthy();
  });
});

describe('participant: language switch', () => {
  it('keeps a half-written decision, the chosen blocks and read items when the language changes', async () => {
    ex = exercise({ ...MULTIWINDOW, tables: [{ id: 't-gemeente', name: 'Gemeente', roles: ['mayor', 'comms'] }] });
    roundTwo();
    const p = show(['mayor', 'comms']);
    const u = user();
    await u.click(within(panel('Besluiten')).getByRole('radio', { name: /tegelijk de driehoek/ }));
    await u.type(within(panel('Besluiten')).getByLabelText('Onderbouwing (waarom deze keuze?)'), 'Half af');
    await u.click(screen.getByRole('button', { name: /^Communicatieadviseur/ }));
    await tab('Acties');
    await u.click(within(panel(/Publieksbericht opstellen/)).getByRole('checkbox', { name: /Politie, ambulancezorg en gemeente/ }));

    p.setLanguage('en');
    expect(screen.getByRole('tab', { name: 'Actions', selected: true })).toBeTruthy();
    await u.click(screen.getByRole('button', { name: /^Mayor of Marewold/ }));
    await tab(/^This turn/);
    const decisions = panel('Decisions');
    expect((within(decisions).getByLabelText('Rationale (why this choice?)') as HTMLTextAreaElement).value).toBe('Half af');
    expect((within(decisions).getByRole('radio', { name: /convene the driehoek at the same time/ }) as HTMLInputElement).checked).toBe(true);
    await u.click(screen.getByRole('button', { name: /^Municipal communication adviser/ }));
    await tab('Actions');
    const composer = panel(/Write a public message/);
    expect((within(composer).getByRole('checkbox', { name: /The police, ambulance/ }) as HTMLInputElement).checked).toBe(true);
    expect(within(composer).getByRole('blockquote').textContent).toMatch(/^The police, ambulance/);
    expect(ex.sent).toEqual([]);
  });

  it('switches between the roles of one table, each with its own unread count', async () => {
    ex = exercise({ ...MULTIWINDOW, tables: [{ id: 't-gemeente', name: 'Gemeente', roles: ['mayor', 'comms'] }] });
    roundTwo();
    show(['mayor', 'comms']);
    const roles = () => screen.getByRole('group', { name: 'Rol aan deze tafel' });
    // The mayor's messages are on screen (so read); the adviser's wait until the adviser's part is shown.
    expect(within(roles()).getByRole('button', { name: 'Burgemeester van Marewold', pressed: true })).toBeTruthy();
    await user().click(within(roles()).getByRole('button', { name: /Communicatieadviseur gemeente Marewold \(2 ongelezen\)/ }));
    expect(within(roles()).getByRole('button', { name: 'Communicatieadviseur gemeente Marewold', pressed: true })).toBeTruthy();
    await tab('Rolkaart');
    expect(within(panel('Rolkaart')).getByText('Communicatieadviseur gemeente')).toBeTruthy();
  });
});

// Types the views the tests read, so a change in RoleView shows up here at compile time.
export type { RoleView };

describe('participant: the pause', () => {
  it("shows the trainer's pause message as inert text while paused, and drops it on resuming", () => {
    const hostile = '<img src=x onerror="window.__pwned=1">Koffie tot 10:45';
    const r = ex.host.submit({ kind: 'trainer' }, { type: 'pause', message: hostile, actor: { kind: 'trainer' } });
    expect(r.ok).toBe(true);
    const screen_ = show(['mayor']);
    expect(screen.getByText('De oefening is gepauzeerd.')).toBeTruthy();
    expect(screen.getByText(`Bericht van de oefenleider: ${hostile}`)).toBeTruthy();
    expect(document.body.querySelector('img[src="x"]')).toBeNull();
    ex.trainer('resume');
    screen_.update(ex.views(['mayor']));
    expect(screen.queryByText(/Bericht van de oefenleider/)).toBeNull();
  });
});
