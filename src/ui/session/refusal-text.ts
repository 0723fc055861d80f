// A refusal in the reader's language. The engine names offices, actions, teams and sectors by their ids;
// the sentence reads better with their names, so known ids are translated before they are filled in.
import type { Refusal } from '../../engine/index.js';
import { tDynamic, type Language } from '../../i18n/index.js';
import { named } from '../components/structure-status.js';

const PREFIX_OF_PARAM: Readonly<Record<string, string>> = {
  office: 'office',
  offices: 'office',
  approver: 'office',
  domain: 'protectionDomain',
  action: 'action',
  team: 'team',
  sector: 'sector',
  phase: 'phase',
};

function param(lang: Language, name: string, value: string | number): string | number {
  if (typeof value !== 'string') return value;
  if (name === 'offices') return value.split(', ').map((office) => named('office', office, lang)).join(', ');
  // An airport measure's level is a word (continue, restrict, close); a scaling level is a number.
  if (name === 'level') return named('airspace', value, lang);
  const prefix = PREFIX_OF_PARAM[name];
  return prefix ? named(prefix, value, lang) : value;
}

/** `named`: parameters the caller can name better than the ids (the trainer's view names roles and decisions). */
export function refusalText(lang: Language, refusal: Refusal, named: Readonly<Record<string, string>> = {}): string {
  const params = Object.fromEntries(Object.entries(refusal.params).map(([name, value]) => [name, named[name] ?? param(lang, name, value)]));
  return tDynamic(lang, `refusal.${refusal.code}`, params);
}
