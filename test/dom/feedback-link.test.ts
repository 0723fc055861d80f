// The printed feedback link, as the room meets it: the trainer shows or prints a QR code (an image with a text
// alternative, the address printed beside it) that opens the anonymous form on a phone; a form sent from two
// devices reaches the session (hot-seat: over BroadcastChannel to the trainer's browser; classroom: through
// the host) and shows in the summary. Setup offers, for a scenario in modules, a time budget per module and
// feedback per module, recorded in the session; the facilitator script counts down from the chosen budget.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, debriefView, roleView, scenarioHash, trainerView, type SessionSettings } from '../../src/engine/index.js';
import { renderParticipant, type ParticipantScreen } from '../../src/ui/participant/participant-screen.js';
import { readState } from '../../src/ui/participant/read-state.js';
import { Exercise, fixtureScenario } from './trainer-session.js';
import type { SessionBundle } from '../../src/engine/session/bundle.js';
import type { ScreenContext } from '../../src/ui/app/screen.js';
import { parseRoute, routeHash } from '../../src/ui/app/routes.js';
import { mountClassroomFeedback, type FeedbackSocket } from '../../src/ui/classroom/feedback-screen.js';
import { feedbackUrl, renderFeedbackQr } from '../../src/ui/discussion/feedback-qr.js';
import { countdownText } from '../../src/ui/discussion/presenter.js';
import { renderDiscussionReport } from '../../src/ui/discussion/report.js';
import { mountClient } from '../../src/ui/session/client-screen.js';
import { hostSession, stopHosting } from '../../src/ui/session/runtime.js';
import { mountSetup } from '../../src/ui/setup/setup-screen.js';
import { localise } from '../../src/ui/text.js';
import { bundledScenario, fakeServices, memoryChannels, type FakeServices } from './session-fixtures.js';

const settle = () => new Promise((r) => setTimeout(r, 0));
afterEach(() => document.body.replaceChildren());

function context(main: HTMLElement, services: FakeServices, lang: 'nl' | 'en' = 'en'): ScreenContext {
  return { main, lang, services, chosen: null, choose: () => undefined, navigate: () => undefined, setTitle: () => undefined };
}

describe('the printed QR link', () => {
  it('is an image with a text alternative and the address printed as text beside it', () => {
    const url = feedbackUrl('http://192.168.1.20:8080/', 'groep-1', 'ABC123');
    expect(url).toBe('http://192.168.1.20:8080/#/feedback/groep-1/ABC123');
    expect(feedbackUrl('http://localhost:4173/index.html#/session/x/trainer', 'x', null)).toBe('http://localhost:4173/index.html#/feedback/x');
    const doc = renderFeedbackQr({ url, lang: 'en', level: 1, id: 'qr', mode: 'classroom', group: 'Group 1' });
    document.body.replaceChildren(doc);
    const image = screen.getByRole('img', { name: `QR code that opens the feedback form at ${url}` });
    expect(image.querySelector('path')?.getAttribute('d')?.length).toBeGreaterThan(500);
    expect(within(doc).getByText(url).tagName).toBe('CODE');
    expect(screen.getByRole('heading', { name: 'Feedback form on your phone — Group 1' })).toBeTruthy();
    expect(doc.classList.contains('print-doc')).toBe(true);
  });

  it('has an address of its own: #/feedback/<session> for hot-seat, with the room code for a classroom group', () => {
    expect(parseRoute('#/feedback/sessie-1')).toEqual({ name: 'feedback', session: 'sessie-1', code: null });
    expect(parseRoute('#/feedback/g-1/ABC123')).toEqual({ name: 'feedback', session: 'g-1', code: 'ABC123' });
    expect(routeHash({ name: 'feedback', session: 'g 1', code: 'ABC' })).toBe('#/feedback/g%201/ABC');
    expect(parseRoute('#/feedback').name).toBe('notFound');
  });
});

describe('hot-seat: forms from two windows reach the trainer\'s browser', () => {
  let services: FakeServices;
  beforeEach(() => {
    services = fakeServices({ channels: memoryChannels(), ids: ['w-1', 'w-2', 'w-3'] });
  });
  afterEach(() => stopHosting('sessie-qr'));

  it('shows "not open yet" during play, then takes an anonymous form from each window after play', async () => {
    const scenario = bundledScenario('ramming-tabletop.json');
    const settings: SessionSettings = { mode: 'hotseat', tables: [{ id: 't1', name: 'Tafel 1', roles: scenario.roles.filter((r) => r.required).map((r) => r.id) }], simcell: [], feedback: 'debrief' };
    const session = hostSession(services, 'sessie-qr', scenario, createSession(scenario, 'qr', settings, scenarioHash(scenario)), 'QR');
    session.host.submit({ kind: 'trainer' }, { type: 'start', actor: { kind: 'trainer' } });
    session.host.submit({ kind: 'trainer' }, { type: 'startModule', module: scenario.modules[0]!.id, actor: { kind: 'trainer' } });

    const phones = [document.createElement('main'), document.createElement('main')];
    document.body.replaceChildren(...phones);
    const screens = await Promise.all(phones.map((main) => mountClient(context(main, services), 'sessie-qr', { kind: 'feedback' })));
    await settle();
    await settle();
    for (const main of phones) expect(within(main).getByRole('status').textContent).toContain('The form is not open yet');

    session.host.submit({ kind: 'trainer' }, { type: 'end', actor: { kind: 'trainer' } });
    await settle();
    await settle();
    const u = userEvent.setup();
    const [first, second] = phones as [HTMLElement, HTMLElement];
    expect(within(first).getByText(`Exercise: ${localise(scenario.title, 'en')}`)).toBeTruthy();
    // Nothing of the exercise but the form: no names, no seat asked.
    expect(within(first).queryByLabelText(/name/i)).toBeNull();
    await u.click(within(first).getAllByRole('radio', { name: /5/ })[0]!);
    await u.type(within(first).getByLabelText('What went well?'), 'Goede vragen');
    await u.click(within(first).getByRole('button', { name: 'Send the form' }));
    await settle();
    await settle();
    expect(within(first).getByText('Thank you: your form has been sent. You can close this page.')).toBeTruthy();
    await u.click(within(second).getAllByRole('radio', { name: /2/ })[0]!);
    await u.click(within(second).getByRole('button', { name: 'Send the form' }));
    await settle();
    await settle();

    const summary = trainerView(scenario, session.host.state).discussion.feedback!;
    expect(summary.responses).toBe(2);
    expect(summary.comments).toEqual([{ kind: 'strengths', text: 'Goede vragen' }]);
    const forms = session.host.state.log.map((e) => e.command).filter((c) => c.type === 'feedback');
    expect(forms.map((c) => c.type === 'feedback' && c.via)).toEqual(['link', 'link']);
    for (const s of screens) s.destroy();
  });
});

describe('classroom: the phone asks the host and sends through it', () => {
  /** A stand-in for the classroom host: answers the form request and records what the phone sends. */
  function fakeHost(form: { open: boolean } | 'bad-code') {
    const received: Record<string, unknown>[] = [];
    const socket = (): FeedbackSocket => {
      const s: FeedbackSocket & { readyState: number } = {
        readyState: 0,
        onopen: null,
        onmessage: null,
        onclose: null,
        onerror: null,
        send(data: string) {
          const message = JSON.parse(data) as Record<string, unknown>;
          received.push(message);
          const reply = (m: unknown) => queueMicrotask(() => s.onmessage?.({ data: JSON.stringify(m) }));
          if (form === 'bad-code') return reply({ type: 'result', id: message.id, ok: false, refusal: { code: 'bad-code', params: {} } });
          if (message.type === 'feedbackForm') {
            reply({ type: 'feedbackForm', id: message.id, form: { title: { nl: 'Ramming', en: 'Ramming' }, items: ['organisation', 'objective:VB1'], open: form.open, module: form.open ? { nl: 'Module 1', en: 'Module 1' } : null } });
          } else {
            reply({ type: 'result', id: message.id, ok: true, revision: 9 });
          }
        },
        close() {},
      };
      queueMicrotask(() => {
        s.readyState = 1;
        s.onopen?.({});
      });
      return s;
    };
    return { socket, received };
  }

  it('draws the group\'s form, sends the ratings and comments with the room code, and thanks the sender', async () => {
    const host = fakeHost({ open: true });
    const main = document.createElement('main');
    document.body.replaceChildren(main);
    const page = mountClassroomFeedback(context(main, fakeServices(), 'nl'), 'g-1', 'ABC123', { socket: host.socket, url: 'ws://host/ws' });
    await settle();
    expect(screen.getByText('Dit formulier gaat over Module 1.')).toBeTruthy();
    const u = userEvent.setup();
    const objective = screen.getByRole('group', { name: /Hoe relevant was doelstelling VB1/ });
    await u.click(within(objective).getAllByRole('radio')[3]!);
    await u.type(screen.getByLabelText('Wat kan beter?'), 'Meer tijd voor module 2');
    await u.click(screen.getByRole('button', { name: 'Formulier versturen' }));
    await settle();
    const sent = host.received.find((m) => m.type === 'feedback')!;
    expect(sent).toMatchObject({ v: 1, code: 'ABC123', session: 'g-1', ratings: { 'objective:VB1': 4 }, comments: { improvements: 'Meer tijd voor module 2' } });
    expect(sent).not.toHaveProperty('token');
    expect(screen.getByText('Dank u wel: uw formulier is verstuurd. U kunt deze pagina sluiten.')).toBeTruthy();
    await u.click(screen.getByRole('button', { name: /Nog een formulier invullen/ }));
    expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
    page.destroy();
  });

  it('says plainly when the link is wrong', async () => {
    const host = fakeHost('bad-code');
    const main = document.createElement('main');
    document.body.replaceChildren(main);
    const page = mountClassroomFeedback(context(main, fakeServices(), 'en'), 'g-1', 'WRONG', { socket: host.socket, url: 'ws://host/ws' });
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('This link is not (or no longer) valid');
    page.destroy();
  });
});

describe('setup: time and feedback per module', () => {
  let services: FakeServices;
  beforeEach(() => {
    services = fakeServices({ ids: ['sessie-plan'] });
    window.sessionStorage.clear();
  });
  afterEach(() => stopHosting('sessie-plan'));

  function showSetup(file: string) {
    const main = document.createElement('main');
    document.body.replaceChildren(main);
    return mountSetup({ ...context(main, services), chosen: { scenario: bundledScenario(file), fileName: file } }, { seed: () => '42' });
  }

  async function savedBundle(): Promise<SessionBundle> {
    const latest = await services.autosave.latest();
    if (!latest.ok || !latest.session) throw new Error('nothing saved');
    return latest.session.bundle as SessionBundle;
  }

  it('records the minutes chosen per module and feedback per module, and the script counts down from them', async () => {
    showSetup('ramming-tabletop.json');
    const scenario = bundledScenario('ramming-tabletop.json');
    const first = scenario.modules[0]!;
    const u = userEvent.setup();
    const plan = screen.getByRole('group', { name: 'Time and feedback per module' });
    const minutes = within(plan).getByLabelText<HTMLInputElement>(`Minutes for ${localise(first.title, 'en')}`);
    expect(minutes.value).toBe(String(first.budgetMinutes));
    await u.clear(minutes);
    await u.type(minutes, '0');
    await u.click(screen.getByRole('button', { name: 'Create the exercise and open the console' }));
    const problem = screen.getByRole('button', { name: `Choose a whole number of minutes from 1 to 600 for ${localise(first.title, 'en')}.` });
    await u.click(problem);
    expect(document.activeElement).toBe(screen.getByLabelText(`Minutes for ${localise(first.title, 'en')}`));
    const again = screen.getByLabelText<HTMLInputElement>(`Minutes for ${localise(first.title, 'en')}`);
    await u.clear(again);
    await u.type(again, '55');
    await u.click(within(screen.getByRole('group', { name: 'Time and feedback per module' })).getByRole('checkbox', { name: 'Have the feedback form filled in after each module' }));
    const warnings = screen.queryByRole('checkbox', { name: /content warnings/ });
    if (warnings) await u.click(warnings);
    await u.click(screen.getByRole('button', { name: 'Create the exercise and open the console' }));
    const settings = (await savedBundle()).settings;
    expect(settings.moduleMinutes).toEqual({ [first.id]: 55 });
    expect(settings.moduleFeedback).toBe(true);

    // The facilitator's countdown reads the chosen budget once the module is open.
    let state = createSession(scenario, '42', settings, scenarioHash(scenario));
    const session = hostSession(fakeServices(), 'sessie-count', scenario, state, 'x');
    session.host.submit({ kind: 'trainer' }, { type: 'start', actor: { kind: 'trainer' } });
    session.host.submit({ kind: 'trainer' }, { type: 'startModule', module: first.id, actor: { kind: 'trainer' }, stamp: 1_000 });
    state = session.host.state;
    expect(countdownText(trainerView(scenario, state), 1_000 + 60_000, 'en')).toBe('54:00 left of 55 minutes for this module');
    stopHosting('sessie-count');
  });

  it('is not offered for an operational scenario', () => {
    showSetup('intro-market-square.json');
    expect(screen.queryByRole('group', { name: 'Time and feedback per module' })).toBeNull();
  });
});

describe('feedback per module on a table\'s screen', () => {
  it('offers the form about the open module while it is open, and the form says which module it is about', async () => {
    const scenario = fixtureScenario('discussion-tabletop.json');
    const ex = new Exercise(scenario, {
      mode: 'multiwindow',
      tables: [{ id: 'gemeente', name: 'Tafel Gemeente', roles: ['mayor'] }],
      simcell: [],
      feedback: 'debrief',
      moduleFeedback: true,
    }).run({ type: 'start' }, { type: 'startModule', module: 'm1' });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const views = () => [roleView(ex.scenario, ex.state, 'mayor')];
    let page: ParticipantScreen | null = null;
    page = renderParticipant(root, {
      views: views(),
      lang: 'en',
      read: readState(undefined, 'feedback-per-module'),
      send: async (command) => {
        const r = ex.apply(command);
        page?.update(views());
        return r.ok ? { ok: true } : { ok: false, refusal: r.refusal };
      },
    });
    const form = screen.getByRole('region', { name: 'Feedback form' });
    expect(within(form).getByText(`This form is about ${localise(scenario.modules[0]!.title, 'en')}.`)).toBeTruthy();
    const u = userEvent.setup();
    await u.click(within(form).getAllByRole('radio')[2]!);
    await u.click(within(form).getByRole('button', { name: 'Send the form' }));
    expect(ex.state.events.filter((e) => e.kind === 'feedbackGiven').map((e) => e.data.module)).toEqual(['m1']);
    // The report (debrief and AAR) gives each module's forms on their own.
    ex.run({ type: 'end' });
    const report = renderDiscussionReport({ view: debriefView(ex.scenario, ex.state, 'trainer'), lang: 'en', level: 2, id: 'report' });
    document.body.replaceChildren(report);
    const part = report.querySelector<HTMLElement>('[data-module="m1"].discussion-report__module-feedback')!;
    expect(part.textContent).toContain(`Feedback on ${localise(scenario.modules[0]!.title, 'en')}: 1 form`);
  });
});
