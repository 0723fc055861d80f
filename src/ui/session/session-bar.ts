// Above the trainer console: whether the exercise is safely saved, a way to take the session file
// along, and the exercise's other windows to open (each click opens one: browsers allow one per click).
import type { TrainerView } from '../../engine/index.js';
import { makeBundle, sealBundle } from '../../engine/session/bundle.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import type { SaveStatus } from './autosave.js';
import { createRoundTimer } from './round-timer.js';
import type { HostedSession } from './runtime.js';
import type { Services } from './services.js';
import { allWindows, rememberedWindows, windowHash, windowLabel, windowName, type ExerciseWindow } from './windows.js';

export interface SessionBar {
  readonly element: HTMLElement;
  update(view: TrainerView, lang: Language): void;
  destroy(): void;
}

function sameWindow(a: ExerciseWindow, b: ExerciseWindow): boolean {
  return a.kind === b.kind && (a.kind !== 'table' || (b.kind === 'table' && a.table === b.table));
}

export function renderSessionBar(session: HostedSession, services: Services, view: TrainerView, lang: Language): SessionBar {
  let current = { view, lang };
  // Saving after every command is routine and not announced; only a failure is.
  const status = el('p', { className: 'session-bar__status' });
  const failure = el('p', { className: 'session-bar__failure', attrs: { role: 'alert' } });
  const windows = el('div', { className: 'session-bar__windows' });
  const timer = createRoundTimer(view, lang, services.now);
  const element = el('div', { className: 'session-bar', attrs: { role: 'region' } }, [el('div', {}, [status, failure, timer.element]), windows]);
  const opened = new Set<string>();
  let blocked = false;

  function statusText(s: SaveStatus): string {
    const l = current.lang;
    if (s.kind === 'saving') return t(l, 'shell.save.saving');
    if (s.kind === 'failed') return t(l, 'shell.save.failed', { reason: s.reason });
    const at = new Intl.DateTimeFormat(l === 'nl' ? 'nl-NL' : 'en-GB', { timeStyle: 'short' }).format(s.at);
    return t(l, 'shell.save.saved', { at });
  }

  function draw(): void {
    const { lang: l, view: v } = current;
    element.setAttribute('aria-label', t(l, 'shell.bar'));
    showStatus();
    const chosen = rememberedWindows(services.windowStorage, session.id) ?? [];
    const others = allWindows(v.settings).filter((w) => !chosen.some((c) => sameWindow(c, w)));
    const item = (w: ExerciseWindow) => {
      const name = windowName(session.id, w);
      const label = windowLabel(w, l, v.settings);
      const b = el('button', {
        className: 'button button--small',
        text: t(l, opened.has(name) ? 'shell.window.again' : 'shell.window.open', { window: label }),
        attrs: { type: 'button', 'data-window': name },
      });
      b.addEventListener('click', () => {
        blocked = !services.openWindow(windowHash(session.id, w), name);
        if (!blocked) opened.add(name);
        draw();
      });
      return el('li', {}, [b]);
    };
    const exportButton = el('button', { className: 'button button--small', text: t(l, 'shell.save.export'), attrs: { type: 'button' } });
    exportButton.addEventListener('click', () =>
      services.download(`crisistafel-${session.scenario.id}-${session.id}.json`, JSON.stringify(sealBundle(makeBundle(session.scenario, session.host.state)), null, 2), 'application/json'),
    );
    windows.replaceChildren(
      el('p', { className: 'session-bar__label', text: t(l, 'shell.window.title') }),
      el('ul', { className: 'session-bar__list' }, chosen.map(item)),
      ...(others.length > 0
        ? [el('details', { className: 'session-bar__more' }, [el('summary', { text: t(l, 'shell.window.more') }), el('ul', { className: 'session-bar__list' }, others.map(item))])]
        : []),
      ...(blocked ? [el('p', { className: 'session-bar__blocked', attrs: { role: 'alert' }, text: t(l, 'shell.window.blocked') })] : []),
      el('p', { className: 'session-bar__note', text: t(l, 'shell.window.boundary') }),
      exportButton,
    );
  }

  function showStatus(): void {
    const s = session.saver.status;
    status.textContent = s.kind === 'failed' ? '' : statusText(s);
    const text = s.kind === 'failed' ? statusText(s) : '';
    if (failure.textContent !== text) failure.textContent = text;
  }

  const stop = session.saver.onStatus(showStatus);
  draw();
  return {
    element,
    update(v, l) {
      current = { view: v, lang: l };
      timer.update(v, l);
      draw();
    },
    destroy() {
      stop();
      timer.destroy();
    },
  };
}
