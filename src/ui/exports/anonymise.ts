// Sharing an export outside the room: every participant's name is replaced by the name of the role(s)
// at their table — in the settings and in free text people typed (rationales, observations, free
// injects), because that is where names slip in. Scenario text names no real people (it is fictional).
import type { Scenario } from '../../engine/scenario/schema.js';
import type { SessionSettings, Table } from '../../engine/session/types.js';
import type { Language } from '../../i18n/index.js';
import { localise } from '../text.js';

export interface NameSwap {
  /** Replace every participant name in a free text. */
  text(value: string): string;
  /** Who sat at a table: the participants' names, or its roles' names when anonymised. */
  people(table: Table): readonly string[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function roleNames(scenario: Scenario, roles: readonly string[], lang: Language): string {
  return roles.map((id) => {
    const role = scenario.roles.find((r) => r.id === id);
    return role ? localise(role.name, lang) : id;
  }).join(', ');
}

/** The identity swap: exports keep names when the trainer has not asked to hide them. */
export const KEEP_NAMES: NameSwap = { text: (value) => value, people: (table) => table.participants ?? [] };

export function nameSwap(scenario: Scenario, settings: SessionSettings, lang: Language): NameSwap {
  const pairs: { name: string; by: string }[] = [];
  for (const table of settings.tables) {
    const by = roleNames(scenario, table.roles, lang) || table.name;
    for (const name of table.participants ?? []) if (name.trim().length > 0) pairs.push({ name: name.trim(), by });
  }
  // Longest first, so "Anna de Vries" is replaced whole before "Anna" could match inside it.
  pairs.sort((a, b) => b.name.length - a.name.length);
  const patterns = pairs.map(({ name, by }) => ({
    // A name is replaced as a whole word only: "Jan" must not eat the start of "januari".
    re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'),
    by,
  }));
  return {
    text: (value) => patterns.reduce((out, { re, by }) => out.replace(re, () => by), value),
    people: (table) => ((table.participants ?? []).length > 0 ? [roleNames(scenario, table.roles, lang) || table.name] : []),
  };
}
