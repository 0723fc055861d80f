// The translation tables and the functions that read them. Groups are registered by the modules that
// need them: the first screen registers only its own few (first-screen.ts), every other screen loads
// index.ts with the rest in its lazy chunk — so the first screen's JavaScript does not grow with every
// dictionary. The key type still covers every group, from type-only imports.
import { fill, type Language, type Params, type Strings } from './define.js';
import type { author } from './strings/author.js';
import type { board } from './strings/board.js';
import type { classroom } from './strings/classroom.js';
import type { common } from './strings/common.js';
import type { communication } from './strings/communication.js';
import type { debrief } from './strings/debrief.js';
import type { discussion } from './strings/discussion.js';
import type { direct } from './strings/direct.js';
import type { exercise } from './strings/exercise.js';
import type { home } from './strings/home.js';
import type { lint } from './strings/lint.js';
import type { loader } from './strings/loader.js';
import type { ownWords } from './strings/own-words.js';
import type { participant } from './strings/participant.js';
import type { printables } from './strings/printables.js';
import type { refusals } from './strings/refusals.js';
import type { room } from './strings/room.js';
import type { scoring } from './strings/scoring.js';
import type { setup } from './strings/setup.js';
import type { shell } from './strings/shell.js';
import type { simulate } from './strings/simulate.js';
import type { structure } from './strings/structure.js';
import type { teams } from './strings/teams.js';
import type { trainer } from './strings/trainer.js';

type AllGroups =
  | typeof common
  | typeof home
  | typeof loader
  | typeof shell
  | typeof teams
  | typeof communication
  | typeof structure
  | typeof refusals
  | typeof scoring
  | typeof simulate
  | typeof board
  | typeof participant
  | typeof trainer
  | typeof debrief
  | typeof setup
  | typeof lint
  | typeof classroom
  | typeof author
  | typeof exercise
  | typeof ownWords
  | typeof discussion
  | typeof room
  | typeof direct
  | typeof printables;

type KeysOf<G> = G extends { nl: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<AllGroups>;

const tables: Record<Language, Record<string, string>> = { nl: {}, en: {} };
const registered = new Set<Strings<string>>();

export function registerStrings(...groups: readonly Strings<string>[]): void {
  for (const group of groups) {
    if (registered.has(group)) continue;
    registered.add(group);
    Object.assign(tables.nl, group.nl);
    Object.assign(tables.en, group.en);
  }
}

export function t(lang: Language, key: MessageKey, params?: Params): string {
  return fill(tables[lang][key] ?? key, params);
}

/** For keys built at run time (refusal codes, criterion ids): falls back to the key itself. */
export function tDynamic(lang: Language, key: string, params?: Params): string {
  return fill(tables[lang][key] ?? key, params);
}

export function hasKey(lang: Language, key: string): boolean {
  return key in tables[lang];
}

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export type { Language, Params };
