// A refusal in the reader's language. The engine names offices, actions, teams and sectors by their ids;
// the sentence reads better with their names, so known ids are translated before they are filled in.
import type { Refusal } from '../../engine/index.js';
import { hasKey, tDynamic, type Language } from '../../i18n/index.js';

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

function named(lang: Language, prefix: string, id: string): string {
  const key = `${prefix}.${id}`;
  return hasKey(lang, key) ? tDynamic(lang, key) : id;
}

function param(lang: Language, name: string, value: string | number): string | number {
  if (typeof value !== 'string') return value;
  if (name === 'offices') return value.split(', ').map((office) => named(lang, 'office', office)).join(', ');
  // An airport measure's level is a word (continue, restrict, close); a scaling level is a number.
  if (name === 'level') return named(lang, 'airspace', value);
  const prefix = PREFIX_OF_PARAM[name];
  return prefix ? named(lang, prefix, value) : value;
}

export function refusalText(lang: Language, refusal: Refusal): string {
  const params = Object.fromEntries(Object.entries(refusal.params).map(([name, value]) => [name, param(lang, name, value)]));
  return tDynamic(lang, `refusal.${refusal.code}`, params);
}
