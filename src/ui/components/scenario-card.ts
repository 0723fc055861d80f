// What a trainer needs to judge a scenario before running it: what it is about, who plays, how long
// it takes, in which languages, and what it may confront the room with.
import '../../styles/scenario-card.css';
import type { Scenario } from '../../engine/scenario/schema.js';
import { hasKey, t, tDynamic, type Language } from '../../i18n/first-screen.js';
import { el } from '../dom.js';
import { localise } from '../text.js';

export type HeadingLevel = 2 | 3 | 4;

export interface ScenarioCardOptions {
  readonly headingLevel?: HeadingLevel;
  /** Shown for a scenario the user opened, so they can tell which file they are looking at. */
  readonly fileName?: string;
  /** An optional button below the facts, e.g. to prepare an exercise with this scenario. */
  readonly action?: { readonly label: string; readonly onClick: () => void };
}

export function heading(level: HeadingLevel, text: string, className?: string): HTMLHeadingElement {
  return el(`h${level}`, { text, ...(className ? { className } : {}) });
}

export function renderScenarioCard(scenario: Scenario, lang: Language, options: ScenarioCardOptions = {}): HTMLElement {
  const title = heading(options.headingLevel ?? 3, localise(scenario.title, lang), 'scenario-card__title');
  const card = el('article', { className: 'scenario-card' }, [
    title,
    el('p', { className: 'scenario-card__summary', text: localise(scenario.summary, lang) }),
  ]);

  const facts = el('dl', { className: 'scenario-card__facts' }, [
    fact(t(lang, 'card.duration'), el('span', { text: t(lang, 'card.durationMinutes', { minutes: scenario.durationMinutes }) })),
    fact(t(lang, 'card.languages'), el('span', { text: scenario.languages.map((l) => t(lang, l === 'nl' ? 'lang.nl' : 'lang.en')).join(', ') })),
    fact(
      t(lang, 'card.roles'),
      list(
        scenario.roles.map((role) => [
          document.createTextNode(`${localise(role.name, lang)} — `),
          el('span', { className: 'scenario-card__team', text: teamName(role.team, lang) }),
        ]),
        'scenario-card__roles',
      ),
    ),
    fact(
      t(lang, 'card.warnings'),
      scenario.contentWarnings.length > 0
        ? list(scenario.contentWarnings.map((w) => [document.createTextNode(localise(w, lang))]), 'scenario-card__warnings')
        : el('span', { text: t(lang, 'card.noWarnings') }),
    ),
  ]);
  if (options.fileName !== undefined) facts.append(fact(t(lang, 'card.file'), el('span', { className: 'file-name', text: options.fileName })));
  card.append(facts);

  if (options.action) {
    const { label, onClick } = options.action;
    const button = el('button', { className: 'button button--primary', text: label, attrs: { type: 'button' } });
    button.addEventListener('click', onClick);
    card.append(el('div', { className: 'scenario-card__actions' }, [button]));
  }
  return card;
}

function fact(term: string, value: Node): HTMLElement {
  return el('div', { className: 'scenario-card__fact' }, [el('dt', { text: term }), el('dd', {}, [value])]);
}

function list(items: readonly (readonly Node[])[], className: string): HTMLUListElement {
  return el('ul', { className }, items.map((item) => el('li', {}, item)));
}

// Team names are Dutch acronyms used as-is in both languages (GBT, ROT, NCC); only the catch-all is translated.
function teamName(team: string, lang: Language): string {
  const key = `card.team.${team}`;
  return hasKey(lang, key) ? tDynamic(lang, key) : team;
}
