// Every screen has an address in location.hash, so back and forward work, a window can be reopened at
// its screen, and a table window's address says which table it is.
/** `debrief` is the trainer's debrief, in the window that hosts the exercise. */
export type SessionScreen = 'trainer' | 'debrief' | 'projector' | 'evaluator' | 'station';

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'setup' }
  /** The scenario author's view (src/ui/author): open a file, its errors and lint findings, timeline, dry run. */
  | { readonly name: 'author' }
  | { readonly name: SessionScreen; readonly session: string }
  | { readonly name: 'table'; readonly session: string; readonly table: string }
  /** Classroom mode (src/ui/classroom): a device joins the classroom host with its code; the trainer runs the room. */
  | { readonly name: 'join'; readonly code: string | null }
  | { readonly name: 'classroom'; readonly token: string | null }
  /**
   * The anonymous feedback form opened from the printed QR link: for a hot-seat session (sent over
   * BroadcastChannel to the trainer's browser) or, with the room's join code, a classroom group.
   */
  | { readonly name: 'feedback'; readonly session: string; readonly code: string | null }
  | { readonly name: 'notFound'; readonly hash: string };

const SESSION_SCREENS: readonly string[] = ['trainer', 'debrief', 'projector', 'evaluator', 'station'];

function part(text: string): string | null {
  try {
    const decoded = decodeURIComponent(text);
    return decoded.length > 0 && decoded.length <= 200 ? decoded : null;
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'home' };
  const parts = path.replace(/^\//, '').replace(/\/$/, '').split('/');
  if (parts.length === 1 && parts[0] === 'setup') return { name: 'setup' };
  if (parts.length === 1 && parts[0] === 'author') return { name: 'author' };
  if ((parts[0] === 'join' || parts[0] === 'classroom') && parts.length <= 2) {
    const value = parts[1] === undefined ? null : part(parts[1]);
    return parts[0] === 'join' ? { name: 'join', code: value } : { name: 'classroom', token: value };
  }
  if (parts[0] === 'feedback' && (parts.length === 2 || parts.length === 3)) {
    const session = part(parts[1] ?? '');
    const code = parts[2] === undefined ? null : part(parts[2]);
    if (session !== null && (parts[2] === undefined || code !== null)) return { name: 'feedback', session, code };
  }
  if (parts[0] === 'session' && parts[1] !== undefined) {
    const session = part(parts[1]);
    const screen = parts[2];
    if (session !== null && parts.length === 3 && screen !== undefined && SESSION_SCREENS.includes(screen)) {
      return { name: screen as SessionScreen, session };
    }
    const table = parts[3] === undefined ? null : part(parts[3]);
    if (session !== null && parts.length === 4 && screen === 'table' && table !== null) return { name: 'table', session, table };
  }
  return { name: 'notFound', hash };
}

export function routeHash(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'setup':
      return '#/setup';
    case 'author':
      return '#/author';
    case 'table':
      return `#/session/${encodeURIComponent(route.session)}/table/${encodeURIComponent(route.table)}`;
    case 'join':
      return route.code === null ? '#/join' : `#/join/${encodeURIComponent(route.code)}`;
    case 'classroom':
      return route.token === null ? '#/classroom' : `#/classroom/${encodeURIComponent(route.token)}`;
    case 'feedback':
      return `#/feedback/${encodeURIComponent(route.session)}${route.code === null ? '' : `/${encodeURIComponent(route.code)}`}`;
    default:
      return `#/session/${encodeURIComponent(route.session)}/${route.name}`;
  }
}
