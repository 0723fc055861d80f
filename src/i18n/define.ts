// Every user-facing string lives in a dictionary module with both languages side by side; the type
// makes a missing translation a compile error rather than a blank on screen.
import type { Language } from '../engine/scenario/vocabulary.js';

export type Strings<K extends string> = { readonly nl: Record<K, string>; readonly en: Record<K, string> };

/** Declare a group of strings: the English keys must be exactly the Dutch keys. */
export function defineStrings<K extends string>(strings: { nl: Record<K, string>; en: Record<NoInfer<K>, string> }): Strings<K> {
  return strings;
}

export type Params = Readonly<Record<string, string | number>>;

/** Fill `{name}` placeholders; an unknown placeholder stays visible so a missing parameter is noticed. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { Language };
