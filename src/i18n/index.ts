// The one translation function the UI and the CLIs share. Dictionaries are grouped by area in
// src/i18n/strings/; add a group there and list it here.
import { fill, type Language, type Params } from './define.js';
import { common } from './strings/common.js';
import { loader } from './strings/loader.js';
import { home } from './strings/home.js';
import { communication } from './strings/communication.js';
import { structure } from './strings/structure.js';
import { refusals } from './strings/refusals.js';
import { scoring } from './strings/scoring.js';
import { simulate } from './strings/simulate.js';
import { lint } from './strings/lint.js';
import { debrief } from './strings/debrief.js';
import { board } from './strings/board.js';
import { participant } from './strings/participant.js';
import { shell } from './strings/shell.js';
import { setup } from './strings/setup.js';
import { trainer } from './strings/trainer.js';
import { classroom } from './strings/classroom.js';

const groups = [common, home, communication, structure, loader, refusals, scoring, simulate, board, participant, trainer, debrief, shell, setup, lint, classroom] as const;

type KeysOf<G> = G extends { nl: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof groups)[number]>;

const tables: Record<Language, Record<string, string>> = { nl: {}, en: {} };
for (const group of groups) {
  Object.assign(tables.nl, group.nl);
  Object.assign(tables.en, group.en);
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
