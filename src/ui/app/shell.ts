// The app shell: reads the route from location.hash and shows its screen. The home page is part of the
// first screen's JavaScript; every other screen is its own module, loaded when its route is opened, so
// the first screen stays small and a table window never loads the trainer's code. Back and forward
// move between screens because every screen is an address.
import '../../styles/app.css';
import type { Scenario } from '../../engine/scenario/schema.js';
import { t, type Language } from '../../i18n/first-screen.js';
import { loadBundledScenarios, type BundledScenario } from '../bundled-scenarios.js';
import { createLanguageSwitch } from '../components/language-switch.js';
import { el, uniqueId } from '../dom.js';
import { renderHome } from '../home.js';
import { browserStorage, initialLanguage, isLanguage, storeLanguage } from '../language.js';
import type { Services } from '../session/services.js';
import { parseRoute, routeHash, type Route } from './routes.js';
import type { ChosenScenario, Screen, ScreenContext } from './screen.js';

export interface AppOptions {
  /** Where the language choice is remembered (localStorage by default). */
  readonly storage?: Storage;
  /** The browser's preferred languages, for the first visit. */
  readonly languages?: readonly string[];
  readonly bundled?: () => Promise<readonly BundledScenario[]>;
  /** The browser services (autosave, channels, windows), loaded when a screen first needs them. */
  readonly services: () => Promise<Services>;
}

export interface App {
  /** Settles when the screen for the current address is on the page. */
  readonly ready: Promise<void>;
  /** Settles when the screen for the address just navigated to is on the page. */
  settled(): Promise<void>;
  /** Stop following the address (tests start several apps in one page). */
  stop(): void;
}

const CHOSEN_KEY = 'crisistafel.setup.chosen';

function sameRoute(a: Route, b: Route): boolean {
  return routeKey(a) === routeKey(b);
}

function routeKey(route: Route): string {
  return route.name === 'notFound' ? `notFound:${route.hash}` : routeHash(route);
}

export function startApp(root: HTMLElement, options: AppOptions): App {
  const storage = options.storage ?? browserStorage();
  let lang: Language = initialLanguage(storage, options.languages ?? []);
  let services: Promise<Services> | null = null;
  let chosen: ChosenScenario | null = null;
  let current: { route: Route; screen: Screen | null; generation: number } | null = null;
  let generation = 0;
  let stopWatchingLang: (() => void) | null = null;

  const getServices = () => (services ??= options.services());

  function languageNow(): Language {
    const shown = document.documentElement.lang;
    return isLanguage(shown) ? shown : lang;
  }

  function setTitle(title: string): void {
    document.title = `${title} — ${t(lang, 'app.name')}`;
  }

  function navigate(hash: string): void {
    if (location.hash === hash) latest = show(parseRoute(hash), true);
    else location.hash = hash;
  }

  function rememberChosen(next: ChosenScenario, window: Storage | undefined): void {
    chosen = next;
    try {
      window?.setItem(CHOSEN_KEY, JSON.stringify({ fileName: next.fileName, scenario: next.scenario }));
    } catch {
      // Without session storage a reload of the setup page asks for the scenario again.
    }
  }

  /** The scenario chosen before a reload of the setup page, read again through the validator. */
  async function chosenAfterReload(window: Storage | undefined): Promise<ChosenScenario | null> {
    try {
      const saved = JSON.parse(window?.getItem(CHOSEN_KEY) ?? 'null') as { fileName?: unknown; scenario?: unknown } | null;
      if (!saved || typeof saved.fileName !== 'string') return null;
      const { loadScenarioLazily } = await import('../load-scenario.js');
      const result = await loadScenarioLazily(JSON.stringify(saved.scenario), saved.fileName);
      return result.ok ? { scenario: result.scenario as Scenario, fileName: saved.fileName } : null;
    } catch {
      return null;
    }
  }

  /** Draws the home page at once; settles when the offer to resume a saved exercise (if any) is shown too. */
  function showHome(mine: number): Promise<void> {
    document.documentElement.lang = lang;
    document.title = t(lang, 'app.name');
    const page = renderHome(root, {
      lang,
      storage,
      bundled: options.bundled ?? (() => loadBundledScenarios()),
      onChoose: (scenario, fileName) => {
        void getServices().then((s) => {
          rememberChosen({ scenario, fileName }, s.windowStorage);
          navigate(routeHash({ name: 'setup' }));
        });
      },
    });
    current = { route: { name: 'home' }, screen: null, generation: mine };
    let drawNotice = (): void => undefined;
    // Home keeps its own language switch; the shell follows it, so the next screen opens in that language.
    const observer = new MutationObserver(() => {
      lang = languageNow();
      drawNotice();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    stopWatchingLang = () => observer.disconnect();

    return page.ready
      .then(async () => {
        const s = await getServices();
        const [{ checkSaved }, { renderSavedNotice }] = await Promise.all([import('../session/saved.js'), import('../session/saved-notice.js')]);
        const check = await checkSaved(s.autosave);
        if (check.kind === 'none' || generation !== mine) return;
        const slot = el('div', { className: 'home__saved' });
        root.querySelector('main')?.prepend(slot);
        drawNotice = () => {
          slot.replaceChildren(
            renderSavedNotice(check, languageNow(), { services: s, navigate, onCleared: () => slot.remove() }),
          );
        };
        drawNotice();
      })
      .catch(() => undefined);
  }

  interface Layout {
    readonly main: HTMLElement;
    setLanguage(lang: Language): void;
  }

  function layout(onLanguage: (lang: Language) => void): Layout {
    const mainId = uniqueId('main');
    const skip = el('a', { className: 'skip-link', attrs: { href: `#${mainId}` } });
    // The skip link moves focus itself: following "#main" would change the address and leave the screen.
    skip.addEventListener('click', (event) => {
      event.preventDefault();
      main.focus();
    });
    const brand = el('a', { className: 'brand__link', attrs: { href: routeHash({ name: 'home' }) } });
    const languageSwitch = createLanguageSwitch(lang, (next) => {
      storeLanguage(storage, next);
      onLanguage(next);
    });
    const header = el('header', { className: 'site-header site-header--compact' }, [el('div', { className: 'site-header__inner' }, [brand, languageSwitch.element])]);
    const main = el('main', { className: 'screen', attrs: { id: mainId, tabindex: '-1' } });
    root.replaceChildren(skip, header, main);
    const setLanguage = (next: Language) => {
      document.documentElement.lang = next;
      skip.textContent = t(next, 'home.skipToContent');
      brand.textContent = t(next, 'app.name');
      brand.setAttribute('aria-label', t(next, 'shell.home'));
      languageSwitch.setLanguage(next);
    };
    setLanguage(lang);
    return { main, setLanguage };
  }

  async function mountRoute(route: Exclude<Route, { name: 'home' }>, ctx: ScreenContext): Promise<Screen> {
    switch (route.name) {
      case 'setup':
        return (await import('../setup/setup-screen.js')).mountSetup(ctx);
      case 'author':
        return (await import('../author/author-screen.js')).mountAuthor(ctx);
      case 'trainer':
      case 'debrief':
        return (await import('../session/trainer-screen.js')).mountTrainer(ctx, route.session, route.name);
      case 'table':
        return (await import('../session/client-screen.js')).mountClient(ctx, route.session, { kind: 'table', table: route.table });
      case 'projector':
      case 'evaluator':
      case 'station':
        return (await import('../session/client-screen.js')).mountClient(ctx, route.session, { kind: route.name });
      case 'join':
        return (await import('../classroom/join-screen.js')).mountJoin(ctx, route.code);
      case 'classroom':
        return (await import('../classroom/room-screen.js')).mountClassroom(ctx, route.token);
      case 'feedback':
        return route.code === null
          ? (await import('../session/client-screen.js')).mountClient(ctx, route.session, { kind: 'feedback' })
          : (await import('../classroom/feedback-screen.js')).mountClassroomFeedback(ctx, route.session, route.code);
      case 'notFound':
        return (await import('./not-found.js')).mountNotFound(ctx);
    }
  }

  async function show(route: Route, moveFocus: boolean): Promise<void> {
    generation += 1;
    const mine = generation;
    stopWatchingLang?.();
    stopWatchingLang = null;
    current?.screen?.destroy();
    current = null;
    lang = languageNow();
    if (route.name === 'home') return showHome(mine);

    let screen: Screen | null = null;
    const page = layout((next) => {
      lang = next;
      page.setLanguage(next);
      screen?.setLanguage(next);
    });
    page.main.replaceChildren(el('p', { className: 'screen__loading', attrs: { role: 'status' }, text: t(lang, 'shell.loading') }));
    try {
      const s = await getServices();
      if (route.name === 'setup' && chosen === null) chosen = await chosenAfterReload(s.windowStorage);
      if (mine !== generation) return;
      const ctx: ScreenContext = {
        main: page.main,
        lang,
        services: s,
        chosen,
        choose: (next) => rememberChosen(next, s.windowStorage),
        navigate,
        setTitle,
      };
      screen = await mountRoute(route, ctx);
      if (mine !== generation) {
        screen.destroy();
        return;
      }
      current = { route, screen, generation: mine };
    } catch (error) {
      if (mine !== generation) return;
      page.main.replaceChildren(
        el('div', { className: 'message-page' }, [
          el('h1', { text: t(lang, 'shell.failed.title') }),
          el('p', { text: t(lang, 'shell.failed.text') }),
          el('p', { className: 'message-page__detail', text: error instanceof Error ? error.message : String(error) }),
          el('p', {}, [el('a', { text: t(lang, 'shell.notFound.home'), attrs: { href: routeHash({ name: 'home' }) } })]),
        ]),
      );
      current = { route, screen: null, generation: mine };
    }
    if (moveFocus) {
      const heading = page.main.querySelector<HTMLElement>('h1');
      if (heading && !page.main.contains(document.activeElement)) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    }
  }

  // The page's lang attribute is the shell's record of the language from here on (home switches it too).
  document.documentElement.lang = lang;
  let latest = show(parseRoute(location.hash), false);
  const onHashChange = () => {
    const route = parseRoute(location.hash);
    // "#main-3" from a skip link is a place on the page, not a screen.
    if (route.name === 'notFound' && !location.hash.startsWith('#/') && document.getElementById(location.hash.slice(1))) return;
    if (current && sameRoute(current.route, route)) return;
    latest = show(route, true);
  };
  window.addEventListener('hashchange', onHashChange);

  return {
    ready: latest,
    settled: () => latest,
    stop() {
      window.removeEventListener('hashchange', onHashChange);
      stopWatchingLang?.();
      current?.screen?.destroy();
    },
  };
}
