// What the user sees about a saved exercise: an offer to resume it exactly where it was, or — when the
// save is damaged or from an incompatible version — the reason, a way to keep what is there, and a way
// to start fresh. Never a blank page.
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el, uniqueId } from '../dom.js';
import { routeHash } from '../app/routes.js';
import { rawJson, type SavedCheck } from './saved.js';
import type { Services } from './services.js';

export interface SavedNoticeActions {
  readonly services: Services;
  navigate(hash: string): void;
  /** After "start fresh": the save is gone. */
  onCleared(): void;
}

type Shown = Exclude<SavedCheck, { kind: 'none' }>;

export function savedProblemText(check: Extract<SavedCheck, { kind: 'damaged' }>, lang: Language): string {
  return tDynamic(lang, `refusal.${check.code}`, check.params);
}

function time(at: number, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/**
 * Remove what the notice offered to remove: the record by its key as stored; when there is no key (the store
 * could not be read at all, e.g. a database a newer version left) or the record is still there afterwards,
 * the whole store — so the same notice does not come back on the next visit.
 */
async function clearSaved(services: Services, key: unknown): Promise<void> {
  const store = services.autosave;
  if (key !== null && key !== undefined) {
    try {
      await store.remove(key);
      const after = await store.latest();
      if (after.ok && (after.session === null || (after.session as { id?: unknown }).id !== key)) return;
    } catch {
      // The key could not be used: clear everything below.
    }
  }
  await store.clear();
}

function button(text: string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = el('button', { className: primary ? 'button button--primary' : 'button', text, attrs: { type: 'button' } });
  b.addEventListener('click', onClick);
  return b;
}

/** The notice as a section with its own heading (level 2 on the home page, 1 on a page of its own). */
export function renderSavedNotice(check: Shown, lang: Language, actions: SavedNoticeActions, level: 1 | 2 = 2): HTMLElement {
  const { services } = actions;
  const titleId = uniqueId('saved-title');
  const exportRaw = (raw: unknown, id: string | null) =>
    button(t(lang, check.kind === 'ok' ? 'shell.saved.export' : 'shell.saved.exportRaw'), () =>
      services.download(`crisistafel-${id ?? 'save'}.json`, rawJson(raw), 'application/json'),
    );
  // Starting fresh deletes the save: it asks once more, in place, before anything is removed.
  const fresh = (key: unknown) => {
    const ask = button(t(lang, 'shell.saved.startFresh'), () => {
      const yes = button(t(lang, 'shell.saved.confirmFresh'), () => {
        void clearSaved(services, key).then(
          () => actions.onCleared(),
          () => actions.onCleared(),
        );
      });
      const no = button(t(lang, 'shell.saved.keep'), () => {
        confirm.replaceWith(ask);
        ask.focus();
      });
      const confirm = el('div', { className: 'saved-notice__confirm', attrs: { role: 'group', 'aria-label': t(lang, 'shell.saved.startFresh') } }, [
        el('p', { text: t(lang, 'shell.saved.freshWarning') }),
        yes,
        no,
      ]);
      ask.replaceWith(confirm);
      no.focus();
    });
    return ask;
  };

  if (check.kind === 'ok') {
    const { saved, state } = check;
    return el('section', { className: 'saved-notice', attrs: { 'aria-labelledby': titleId } }, [
      el(`h${level}`, { text: t(lang, 'shell.saved.title'), attrs: { id: titleId } }),
      el('p', {
        text: t(lang, 'shell.saved.summary', { title: saved.title, round: state.round, clock: clockLabel(state.minute), at: time(saved.savedAt, lang) }),
      }),
      el('div', { className: 'saved-notice__actions' }, [
        button(t(lang, 'shell.saved.resume'), () => actions.navigate(routeHash({ name: 'trainer', session: saved.id })), true),
        exportRaw(saved, saved.id),
        fresh(saved.id),
      ]),
    ]);
  }
  return el('section', { className: 'saved-notice saved-notice--damaged', attrs: { 'aria-labelledby': titleId, role: 'alert' } }, [
    el(`h${level}`, { text: t(lang, 'shell.saved.damagedTitle'), attrs: { id: titleId } }),
    el('p', { className: 'saved-notice__reason', text: savedProblemText(check, lang) }),
    el('p', { text: t(lang, check.raw === null ? 'shell.saved.damagedNothing' : 'shell.saved.damagedHelp') }),
    el('div', { className: 'saved-notice__actions' }, [...(check.raw === null ? [] : [exportRaw(check.raw, check.id)]), fresh(check.key)]),
  ]);
}
