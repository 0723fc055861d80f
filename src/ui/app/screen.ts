// The contract between the app shell and a screen module: the shell gives a screen its place, the
// language and the browser services; a screen can switch language in place and clean up after itself.
import type { Scenario } from '../../engine/scenario/schema.js';
import type { Language } from '../../i18n/first-screen.js';
import type { Services } from '../session/services.js';

export interface Screen {
  setLanguage(lang: Language): void;
  destroy(): void;
}

/** A scenario chosen on the home page, waiting for the setup screen. */
export interface ChosenScenario {
  readonly scenario: Scenario;
  readonly fileName: string;
}

export interface ScreenContext {
  /** The element the screen draws into (the page's main landmark). */
  readonly main: HTMLElement;
  readonly lang: Language;
  readonly services: Services;
  readonly chosen: ChosenScenario | null;
  choose(chosen: ChosenScenario): void;
  navigate(hash: string): void;
  setTitle(title: string): void;
}
