// The trainer console route and the trainer's debrief route. The window that shows them hosts the
// session: it resumes from autosave after a reload, exactly where the exercise was. When another window
// already hosts the session (the Web Lock says so), this one joins it like any other window instead of
// hosting twice. Once play is over the trainer switches between the console and the debrief; opening
// the debrief from the console goes there by itself.
import '../../styles/exercise.css';
import type { Command, TrainerView } from '../../engine/index.js';
import { resume, type SessionBundle } from '../../engine/session/bundle.js';
import { DEBRIEF_PHASES } from '../../host/session-host.js';
import { t, type Language } from '../../i18n/index.js';
import { routeHash } from '../app/routes.js';
import type { Screen, ScreenContext } from '../app/screen.js';
import { el } from '../dom.js';
import { feedbackUrl } from '../discussion/feedback-qr.js';
import { createPrintMenu } from '../discussion/print-menu.js';
import { localise } from '../text.js';
import { loadBoard } from '../components/board-slot.js';
import { mountClient } from './client-screen.js';
import { checkSaved } from './saved.js';
import { renderSavedNotice } from './saved-notice.js';
import { hostedSession, hostSession, type HostedSession } from './runtime.js';
import { renderSessionBar } from './session-bar.js';
import { rememberedWindows, rememberWindows } from './windows.js';

const TRAINER = { kind: 'trainer' } as const;

export type TrainerScreenName = 'trainer' | 'debrief';

function trainerViewOf(session: HostedSession): TrainerView {
  const v = session.host.viewFor(TRAINER);
  if (v.for !== 'trainer') throw new Error('The host gave the trainer another view');
  return v.view;
}

const playOver = (view: TrainerView) => DEBRIEF_PHASES.includes(view.phase);

/** The switch between the console and the debrief, offered once play is over. */
function renderScreenSwitch(session: HostedSession, shown: TrainerScreenName): { readonly element: HTMLElement; update(view: TrainerView, lang: Language): void } {
  const element = el('nav', { className: 'trainer-screens' });
  return {
    element,
    update(view, lang) {
      element.hidden = !playOver(view);
      element.setAttribute('aria-label', t(lang, 'exercise.screens'));
      const link = (name: TrainerScreenName, text: string) =>
        el('li', {}, [
          el('a', {
            className: 'trainer-screens__link',
            text,
            attrs: { href: routeHash({ name, session: session.id }), ...(name === shown ? { 'aria-current': 'page' } : {}) },
          }),
        ]);
      element.replaceChildren(
        el('ul', { className: 'trainer-screens__list' }, [link('trainer', t(lang, 'exercise.screens.console')), link('debrief', t(lang, 'exercise.screens.debrief'))]),
      );
    },
  };
}

/** A fork becomes a session of its own, hosted here, exactly as the setup's "create" makes one. */
function startBranch(ctx: ScreenContext, session: HostedSession, bundle: SessionBundle, lang: Language): void {
  const { services } = ctx;
  const state = resume(session.scenario, bundle);
  const id = services.randomId();
  rememberWindows(services.windowStorage, id, rememberedWindows(services.windowStorage, session.id) ?? []);
  const title = t(lang, 'exercise.fork.title', { title: localise(session.scenario.title, lang), step: bundle.parent?.step ?? bundle.log.length });
  hostSession(services, id, session.scenario, state, title);
  void services.holdHostLock(id);
  ctx.navigate(routeHash({ name: 'trainer', session: id }));
}

async function mountHosted(ctx: ScreenContext, session: HostedSession, wanted: TrainerScreenName): Promise<Screen> {
  const { main, services } = ctx;
  let lang = ctx.lang;
  const first = trainerViewOf(session);
  // The debrief's address while the exercise still runs shows the console: there is nothing to debrief yet.
  const shown: TrainerScreenName = wanted === 'debrief' && playOver(first) ? 'debrief' : 'trainer';
  const bar = renderSessionBar(session, services, first, lang);
  const screens = renderScreenSwitch(session, shown);
  const content = el('div', { className: shown === 'debrief' ? 'trainer-debrief' : 'trainer-host' });
  // A scenario in modules: its situation manual, handbook and evaluation guides, one click from the console.
  const printMenu = createPrintMenu({
    scenario: session.scenario,
    settings: () => session.host.state.settings,
    lang,
    covers: content,
    print: () => window.print(),
    // The form's address where this page is served: windows of this browser send their forms to this host.
    feedbackUrl: () => feedbackUrl(`${location.origin}${location.pathname}`, session.id, null),
  });
  main.replaceChildren(bar.element, screens.element, printMenu.element, content, printMenu.area);
  const send = (command: Command) => session.host.submit(TRAINER, { ...command, stamp: command.stamp ?? services.now() });
  const title = () => (shown === 'debrief' ? t(lang, 'debrief.title', { scenario: localise(session.scenario.title, lang) }) : localise(session.scenario.title, lang));

  let draw: (view: TrainerView) => void;
  let close: () => void;
  if (shown === 'debrief') {
    const { renderDebrief } = await import('../debrief/index.js');
    const debrief = renderDebrief(content, {
      scenario: session.scenario,
      state: session.host.state,
      audience: 'trainer',
      lang,
      send,
      onFork: (bundle) => startBranch(ctx, session, bundle, lang),
      download: services.download,
      // The projector window (and the tables) follow what the trainer opens here: this window hosts the session.
      onFocus: (focus) => session.host.setFocus(TRAINER, focus),
      roomFocus: session.host.debriefFocus,
      board: loadBoard,
    });
    draw = () => debrief.update(session.host.state, lang);
    close = () => debrief.destroy();
  } else {
    const { renderTrainerConsole } = await import('../trainer/trainer-console.js');
    const consoleScreen = renderTrainerConsole(content, { view: first, lang, send: (command) => void send(command), mode: 'trainer' });
    draw = (view) => consoleScreen.update(view, lang);
    close = () => consoleScreen.destroy();
  }

  let phase = first.phase;
  const refresh = () => {
    const view = trainerViewOf(session);
    draw(view);
    bar.update(view, lang);
    screens.update(view, lang);
    ctx.setTitle(title());
    const opened = phase !== 'debrief' && view.phase === 'debrief';
    phase = view.phase;
    // "Open the debrief" on the console takes the trainer there.
    if (opened && shown === 'trainer') ctx.navigate(routeHash({ name: 'debrief', session: session.id }));
  };
  screens.update(first, lang);
  ctx.setTitle(title());
  const stop = session.host.subscribe(refresh);
  return {
    setLanguage(next: Language) {
      lang = next;
      printMenu.setLanguage(lang);
      refresh();
    },
    destroy() {
      stop();
      bar.destroy();
      close();
    },
  };
}

/** A page of its own for a session this browser does not have. */
function mountMissing(ctx: ScreenContext): Screen {
  const draw = (lang: Language) =>
    ctx.main.replaceChildren(
      el('div', { className: 'message-page' }, [
        el('h1', { text: t(lang, 'shell.missing.title') }),
        el('p', { text: t(lang, 'shell.missing.text') }),
        el('p', {}, [el('a', { text: t(lang, 'shell.notFound.home'), attrs: { href: routeHash({ name: 'home' }) } })]),
      ]),
    );
  draw(ctx.lang);
  return { setLanguage: draw, destroy: () => undefined };
}

export async function mountTrainer(ctx: ScreenContext, sessionId: string, wanted: TrainerScreenName = 'trainer'): Promise<Screen> {
  const here = hostedSession(sessionId);
  if (here) return mountHosted(ctx, here, wanted);
  // A window that does not host the exercise holds no state to debrief from: it joins as a console.
  if (!(await ctx.services.holdHostLock(sessionId))) return mountClient(ctx, sessionId, TRAINER);
  const check = await checkSaved(ctx.services.autosave);
  if (check.kind === 'ok' && check.saved.id === sessionId) {
    return mountHosted(ctx, hostedSession(sessionId) ?? hostSession(ctx.services, sessionId, check.scenario, check.state, check.saved.title), wanted);
  }
  if (check.kind === 'damaged' && (check.id === null || check.id === sessionId)) {
    const draw = (lang: Language) =>
      ctx.main.replaceChildren(
        renderSavedNotice(check, lang, { services: ctx.services, navigate: ctx.navigate, onCleared: () => ctx.navigate(routeHash({ name: 'home' })) }, 1),
      );
    draw(ctx.lang);
    return { setLanguage: draw, destroy: () => undefined };
  }
  return mountMissing(ctx);
}
