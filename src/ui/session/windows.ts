// The windows of one exercise besides the trainer console: the projector, the hot-seat station, a
// window per table and the evaluator's. Each is a route of this same page, opened with window.open
// under a name, so opening it again brings the same window forward instead of a second copy.
import type { SessionSettings } from '../../engine/session/types.js';
import { t, type Language } from '../../i18n/index.js';
import { routeHash } from '../app/routes.js';

export type ExerciseWindow =
  | { readonly kind: 'projector' }
  | { readonly kind: 'station' }
  | { readonly kind: 'evaluator' }
  | { readonly kind: 'table'; readonly table: string };

export interface WindowWish {
  readonly projector: boolean;
  readonly station: boolean;
  readonly tables: boolean;
  readonly evaluator: boolean;
}

export function windowsFor(wish: WindowWish, settings: Pick<SessionSettings, 'tables'>): ExerciseWindow[] {
  const list: ExerciseWindow[] = [];
  if (wish.station) list.push({ kind: 'station' });
  if (wish.tables) list.push(...settings.tables.map((table) => ({ kind: 'table' as const, table: table.id })));
  if (wish.projector) list.push({ kind: 'projector' });
  if (wish.evaluator) list.push({ kind: 'evaluator' });
  return list;
}

/** Every window the exercise can have, for the trainer to open later whatever was chosen at setup. */
export function allWindows(settings: Pick<SessionSettings, 'tables' | 'mode'>): ExerciseWindow[] {
  return windowsFor({ station: true, tables: true, projector: true, evaluator: true }, settings);
}

export function windowHash(session: string, window: ExerciseWindow): string {
  return window.kind === 'table' ? routeHash({ name: 'table', session, table: window.table }) : routeHash({ name: window.kind, session });
}

export function windowName(session: string, window: ExerciseWindow): string {
  return `crisistafel-${session}-${window.kind === 'table' ? `table-${window.table}` : window.kind}`;
}

export function windowLabel(window: ExerciseWindow, lang: Language, settings: Pick<SessionSettings, 'tables'>): string {
  switch (window.kind) {
    case 'projector':
      return t(lang, 'shell.window.projector');
    case 'station':
      return t(lang, 'shell.window.station');
    case 'evaluator':
      return t(lang, 'shell.window.evaluator');
    case 'table':
      return t(lang, 'shell.window.table', { table: settings.tables.find((tb) => tb.id === window.table)?.name ?? window.table });
  }
}

const key = (session: string) => `crisistafel.windows.${session}`;

export function rememberWindows(storage: Storage | undefined, session: string, windows: readonly ExerciseWindow[]): void {
  try {
    storage?.setItem(key(session), JSON.stringify(windows));
  } catch {
    // Without storage the trainer still has every window on offer; only the setup's choice is forgotten.
  }
}

export function rememberedWindows(storage: Storage | undefined, session: string): ExerciseWindow[] | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key(session)) ?? 'null');
    if (!Array.isArray(parsed)) return null;
    return parsed.filter(
      (w): w is ExerciseWindow =>
        typeof w === 'object' && w !== null && (['projector', 'station', 'evaluator'].includes(w.kind) || (w.kind === 'table' && typeof w.table === 'string')),
    );
  } catch {
    return null;
  }
}
