// The first screen: what Crisistafel is, the scenarios that ship with it, and a way to open one's own.
// Switching language re-renders text in place, so an opened file's result and keyboard focus survive.
import '../styles/home.css';
import type { Scenario } from '../engine/scenario/schema.js';
import { t, type Language } from '../i18n/first-screen.js';
import type { BundledScenario } from './bundled-scenarios.js';
import { createFileOpener } from './components/file-opener.js';
import { createLanguageSwitch } from './components/language-switch.js';
import { renderProblemList } from './components/problem-list.js';
import { renderScenarioCard } from './components/scenario-card.js';
import { routeHash } from './app/routes.js';
import { el, uniqueId } from './dom.js';
import { browserStorage, storeLanguage } from './language.js';

export interface HomeOptions {
  readonly lang: Language;
  /** The bundled scenarios, loaded; injected so that tests need no network. */
  readonly bundled: () => Promise<readonly BundledScenario[]>;
  /** Where the language choice is remembered; defaults to localStorage when the browser allows it. */
  readonly storage?: Storage;
  /** When given, each valid bundled scenario offers to prepare an exercise with it. */
  readonly onChoose?: (scenario: Scenario, fileName: string) => void;
}

export interface HomePage {
  setLanguage(lang: Language): void;
  /** Settles once the bundled scenarios are on screen (or their failure is). */
  readonly ready: Promise<void>;
}

type BundledState = { readonly kind: 'loading' } | { readonly kind: 'loaded'; readonly list: readonly BundledScenario[] } | { readonly kind: 'unavailable' };

export function renderHome(root: HTMLElement, options: HomeOptions): HomePage {
  const storage = options.storage ?? browserStorage();
  let lang = options.lang;
  let bundled: BundledState = { kind: 'loading' };

  const mainId = uniqueId('main');
  const skipLink = el('a', { className: 'skip-link', attrs: { href: `#${mainId}` } });
  const name = el('h1', { className: 'brand__name' });
  const tagline = el('p', { className: 'brand__tagline' });
  const languageSwitch = createLanguageSwitch(lang, (next) => {
    storeLanguage(storage, next);
    setLanguage(next);
  });
  const header = el('header', { className: 'site-header' }, [
    el('div', { className: 'site-header__inner' }, [el('div', { className: 'brand' }, [name, tagline]), languageSwitch.element]),
  ]);

  const how = section('how');
  const howLead = el('p', { className: 'how__lead' });
  const howSteps = [el('li'), el('li'), el('li')];
  how.element.append(howLead, el('ol', { className: 'how__steps' }, howSteps));

  const list = section('bundled');
  const bundledBody = el('div', { className: 'bundled' });
  list.element.append(bundledBody);

  const open = section('open');
  const openIntro = el('p', { className: 'open__intro' });
  const opener = createFileOpener({ lang, headingLevel: 3 });
  const authorLink = el('a', { attrs: { href: routeHash({ name: 'author' }) } });
  const authorNote = el('p', { className: 'open__author' }, [authorLink]);
  open.element.append(openIntro, opener.element, authorNote);

  const main = el('main', { className: 'home', attrs: { id: mainId, tabindex: '-1' } }, [how.element, list.element, open.element]);
  root.replaceChildren(skipLink, header, main);

  function renderBundled(): void {
    bundledBody.setAttribute('aria-busy', String(bundled.kind === 'loading'));
    if (bundled.kind === 'loading') {
      bundledBody.replaceChildren(el('p', { className: 'bundled__note', text: t(lang, 'home.bundled.loading') }));
    } else if (bundled.kind === 'unavailable') {
      bundledBody.replaceChildren(el('p', { className: 'bundled__note', text: t(lang, 'home.bundled.unavailable') }));
    } else if (bundled.list.length === 0) {
      bundledBody.replaceChildren(el('p', { className: 'bundled__note', text: t(lang, 'home.bundled.empty') }));
    } else {
      bundledBody.replaceChildren(el('ul', { className: 'scenario-list' }, bundled.list.map((entry) => el('li', {}, [bundledCard(entry)]))));
    }
  }

  function bundledCard({ fileName, result }: BundledScenario): HTMLElement {
    if (!result.ok) {
      return el('article', { className: 'scenario-card scenario-card--failed' }, [
        el('h3', { className: 'scenario-card__title', text: fileName }),
        el('p', { text: t(lang, 'home.bundled.failed') }),
        renderProblemList(result.errors, lang),
      ]);
    }
    const { onChoose } = options;
    const scenario = result.scenario;
    return renderScenarioCard(scenario, lang, {
      headingLevel: 3,
      ...(onChoose ? { action: { label: t(lang, 'home.bundled.choose'), onClick: () => onChoose(scenario, fileName) } } : {}),
    });
  }

  function setLanguage(next: Language): void {
    lang = next;
    document.documentElement.lang = lang;
    skipLink.textContent = t(lang, 'home.skipToContent');
    name.textContent = t(lang, 'app.name');
    tagline.textContent = t(lang, 'app.tagline');
    languageSwitch.setLanguage(lang);
    how.title.textContent = t(lang, 'home.how.title');
    howLead.textContent = t(lang, 'home.how.p1');
    const steps = [t(lang, 'home.how.p2'), t(lang, 'home.how.p3'), t(lang, 'home.how.p4')];
    howSteps.forEach((step, i) => (step.textContent = steps[i] ?? ''));
    list.title.textContent = t(lang, 'home.bundled.title');
    open.title.textContent = t(lang, 'home.open.title');
    openIntro.textContent = t(lang, 'home.open.intro');
    authorLink.textContent = t(lang, 'home.open.author');
    opener.setLanguage(lang);
    renderBundled();
  }

  setLanguage(lang);
  const ready = options.bundled().then(
    (loaded) => {
      bundled = { kind: 'loaded', list: loaded };
      renderBundled();
    },
    () => {
      bundled = { kind: 'unavailable' };
      renderBundled();
    },
  );
  return { setLanguage, ready };
}

function section(name: string): { element: HTMLElement; title: HTMLHeadingElement } {
  const titleId = uniqueId(`${name}-title`);
  const title = el('h2', { attrs: { id: titleId } });
  return { element: el('section', { className: `home__section home__section--${name}`, attrs: { 'aria-labelledby': titleId } }, [title]), title };
}
