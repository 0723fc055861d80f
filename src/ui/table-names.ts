// Names the app made — a table named after its role or after a setup layout, a classroom group's "Group 2" —
// are said in the language the screen is in now, not the one they were made in: a table named in English on
// the trainer's laptop reads in Dutch on a Dutch phone. A name someone typed is shown exactly as typed.
import type { TextT } from '../engine/scenario/schema.js';
import { hasKey, t, tDynamic, type Language } from '../i18n/index.js';
import { localise } from './text.js';

const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** The names the setup's table layouts give (setup-model.ts), by their message key. */
const LAYOUT_KEYS = ['policy', 'operational', 'national', 'local', 'all'].map((k) => `setup.layout.table.${k}`);

/** `name` in `lang` when the app made it from the table's one role or a layout; otherwise as it was given. */
export function tableLabel(name: string, roleNames: readonly TextT[], lang: Language): string {
  const only = roleNames.length === 1 ? roleNames[0] : undefined;
  if (only !== undefined && LANGUAGES.some((l) => localise(only, l) === name)) return localise(only, lang);
  for (const key of LAYOUT_KEYS) {
    if (LANGUAGES.some((l) => hasKey(l, key) && tDynamic(l, key) === name)) return tDynamic(lang, key);
  }
  return name;
}

/** A classroom group's title ("Groep 2", "Group 2") in `lang`; a title made otherwise stays as it is. */
export function groupLabel(title: string, lang: Language): string {
  for (const l of LANGUAGES) {
    const [before, after] = t(l, 'classroom.group.title', { n: '\u0000' }).split('\u0000');
    if (before === undefined || after === undefined) continue;
    if (title.startsWith(before) && title.endsWith(after)) {
      const n = title.slice(before.length, title.length - after.length);
      if (/^\d+$/.test(n)) return t(lang, 'classroom.group.title', { n: Number(n) });
    }
  }
  return title;
}
