// The classroom screens' connection to the host that served the page, and where a device keeps its
// token: in localStorage, so a reload, a closed tab or a phone that slept rejoins as the same device.
import { classroomUrl, connectClassroom, type ClassroomLink, type LinkHandlers, type LinkOptions, type LinkState } from '../../host/websocket-client.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';

export const DEVICE_TOKEN_KEY = 'crisistafel.classroom.device';
export const TRAINER_TOKEN_KEY = 'crisistafel.classroom.trainer';

export function readToken(storage: Storage | undefined, key: string): string | null {
  try {
    const value = storage?.getItem(key) ?? null;
    return value !== null && /^[0-9a-f]{64}$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

export function keepToken(storage: Storage | undefined, key: string, token: string | null): void {
  try {
    if (token === null) storage?.removeItem(key);
    else storage?.setItem(key, token);
  } catch {
    // Without storage a reload asks for the code again; the session itself is not affected.
  }
}

/** Connect to the classroom host at the page's own address; the page comes back online by itself. */
export function openLink(options: Omit<LinkOptions, 'url'>, handlers: LinkHandlers): { link: ClassroomLink; stop(): void } {
  const link = connectClassroom({ url: classroomUrl(location), ...options }, handlers);
  const again = () => {
    if (document.visibilityState === 'visible') link.reconnectNow();
  };
  window.addEventListener('online', again);
  document.addEventListener('visibilitychange', again);
  return {
    link,
    stop() {
      window.removeEventListener('online', again);
      document.removeEventListener('visibilitychange', again);
      link.close();
    },
  };
}

/** The line's state in words, or nothing while it is fine. Offline is said in text, not only in colour. */
export function renderLinkNotice(state: LinkState, lang: Language, onRetry: () => void): HTMLElement[] {
  if (state === 'connecting') return [el('p', { className: 'classroom-link', text: t(lang, 'classroom.link.connecting') })];
  if (state !== 'offline') return [];
  const retry = el('button', { className: 'button', text: t(lang, 'classroom.link.retry'), attrs: { type: 'button', 'data-key': 'link-retry' } });
  retry.addEventListener('click', onRetry);
  return [el('div', { className: 'classroom-link classroom-link--offline' }, [el('p', { text: t(lang, 'classroom.link.offline') }), retry])];
}
