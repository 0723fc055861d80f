// The trainer console route. The window that shows it hosts the session: it resumes from autosave
// after a reload, exactly where the exercise was. When another window already hosts the session (the
// Web Lock says so), this one joins it like any other window instead of hosting twice.
import type { Command, TrainerView } from '../../engine/index.js';
import { t, type Language } from '../../i18n/index.js';
import { routeHash } from '../app/routes.js';
import type { Screen, ScreenContext } from '../app/screen.js';
import { el } from '../dom.js';
import { mountClient } from './client-screen.js';
import { checkSaved } from './saved.js';
import { renderSavedNotice } from './saved-notice.js';
import { hostedSession, hostSession, type HostedSession } from './runtime.js';
import { renderSessionBar } from './session-bar.js';

const TRAINER = { kind: 'trainer' } as const;

function trainerViewOf(session: HostedSession): TrainerView {
  const v = session.host.viewFor(TRAINER);
  if (v.for !== 'trainer') throw new Error('The host gave the trainer another view');
  return v.view;
}

async function mountHosted(ctx: ScreenContext, session: HostedSession): Promise<Screen> {
  const { main, services } = ctx;
  let lang = ctx.lang;
  const bar = renderSessionBar(session, services, trainerViewOf(session), lang);
  const consoleRoot = el('div', { className: 'trainer-host' });
  main.replaceChildren(bar.element, consoleRoot);
  const { renderTrainerConsole } = await import('../trainer/trainer-console.js');
  const send = (command: Command) => {
    session.host.submit(TRAINER, { ...command, stamp: command.stamp ?? services.now() });
  };
  const consoleScreen = renderTrainerConsole(consoleRoot, { view: trainerViewOf(session), lang, send, mode: 'trainer' });
  const stop = session.host.subscribe(() => {
    const view = trainerViewOf(session);
    consoleScreen.update(view, lang);
    bar.update(view, lang);
  });
  return {
    setLanguage(next: Language) {
      lang = next;
      const view = trainerViewOf(session);
      consoleScreen.update(view, lang);
      bar.update(view, lang);
    },
    destroy() {
      stop();
      bar.destroy();
      consoleScreen.destroy();
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

export async function mountTrainer(ctx: ScreenContext, sessionId: string): Promise<Screen> {
  const here = hostedSession(sessionId);
  if (here) return mountHosted(ctx, here);
  if (!(await ctx.services.holdHostLock(sessionId))) return mountClient(ctx, sessionId, TRAINER);
  const check = await checkSaved(ctx.services.autosave);
  if (check.kind === 'ok' && check.saved.id === sessionId) {
    return mountHosted(ctx, hostedSession(sessionId) ?? hostSession(ctx.services, sessionId, check.scenario, check.state, check.saved.title));
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
