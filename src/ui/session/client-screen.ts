// A window that joins the exercise hosted by the trainer console: a table window, the hot-seat
// station, the projector, the evaluator (or a second trainer console). It receives only its own view
// over BroadcastChannel and sends commands to the host, which checks what this window may act for.
import type { ClientView } from '../../host/session-host.js';
import { joinOverBroadcast, type ConnectionState, type Seat, type SessionClient } from '../../host/broadcast.js';
import type { Command } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { routeHash } from '../app/routes.js';
import type { Screen, ScreenContext } from '../app/screen.js';
import { loadBoard } from '../components/board-slot.js';
import { el } from '../dom.js';
import type { SendCommand } from '../participant/participant-screen.js';
import { mounterFor, type ViewScreen } from './seat-views.js';

/** How long a window waits for the host before it says that no trainer console seems to be open. */
const NO_HOST_AFTER_MS = 3000;

export async function mountClient(ctx: ScreenContext, session: string, seat: Seat): Promise<Screen> {
  const { main, services } = ctx;
  let lang = ctx.lang;
  let connection: ConnectionState | 'connecting' | 'no-host' = 'connecting';
  let latest: readonly ClientView[] | null = null;
  let screen: ViewScreen | null = null;
  let destroyed = false;

  const notice = el('div', { className: 'connection-notice' });
  const body = el('div', { className: 'session-client' });
  main.replaceChildren(notice, body);

  const mount = mounterFor(seat, { storage: ctx.services.windowStorage, scope: session, board: loadBoard });
  let client: SessionClient | null = null;
  const send: SendCommand = (command: Command) => {
    if (!client) return Promise.resolve({ ok: false, refusal: { code: 'host-unavailable', params: {} } });
    return client.send({ ...command, stamp: command.stamp ?? services.now() });
  };

  function drawNotice(): void {
    const openConsole = () => services.openWindow(routeHash({ name: 'trainer', session }), `crisistafel-${session}-trainer`);
    const button = (text: string, onClick: () => void) => {
      const b = el('button', { className: 'button', text, attrs: { type: 'button' } });
      b.addEventListener('click', onClick);
      return b;
    };
    switch (connection) {
      case 'connected':
        notice.replaceChildren();
        return;
      case 'connecting':
        notice.replaceChildren(el('p', { className: 'connection-notice__text', attrs: { role: 'status' }, text: t(lang, 'shell.client.connecting') }));
        return;
      case 'no-host':
      case 'host-gone':
        // A phone that opened the hot-seat feedback link has no console to open: it is told what works instead.
        if (seat.kind === 'feedback') {
          notice.replaceChildren(el('div', { className: 'connection-notice__box', attrs: { role: 'alert' } }, [el('p', { text: t(lang, 'feedback.page.unreachable') })]));
          return;
        }
        notice.replaceChildren(
          el('div', { className: 'connection-notice__box', attrs: { role: 'alert' } }, [
            el('p', { text: t(lang, connection === 'no-host' ? 'shell.client.noHost' : 'shell.client.hostGone') }),
            button(t(lang, 'shell.client.openConsole'), openConsole),
          ]),
        );
        return;
      case 'seat-refused': {
        const home = el('a', { text: t(lang, 'shell.notFound.home'), attrs: { href: routeHash({ name: 'home' }) } });
        notice.replaceChildren(el('div', { className: 'connection-notice__box', attrs: { role: 'alert' } }, [el('h1', { text: t(lang, 'shell.client.noSuchTable') }), el('p', {}, [home])]));
        return;
      }
    }
  }

  function show(views: readonly ClientView[]): void {
    latest = views;
    void mount.then((m) => {
      if (destroyed || latest !== views) return;
      if (screen) screen.update(views, lang);
      else screen = m(body, views, lang, send);
    });
  }

  client = joinOverBroadcast(
    session,
    services.randomId(),
    seat,
    {
      onViews: show,
      onConnection(state) {
        connection = state;
        if (state === 'seat-refused') body.replaceChildren();
        drawNotice();
      },
    },
    { channels: services.channels },
  );
  const timer = setTimeout(() => {
    if (connection === 'connecting') {
      connection = 'no-host';
      drawNotice();
    }
  }, NO_HOST_AFTER_MS);
  const leave = () => client?.close();
  window.addEventListener('pagehide', leave);
  drawNotice();

  return {
    setLanguage(next) {
      lang = next;
      drawNotice();
      if (screen && latest) screen.update(latest, lang);
    },
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      window.removeEventListener('pagehide', leave);
      screen?.destroy();
      client?.close();
      client = null;
    },
  };
}
