// Every user-facing string lives in a dictionary module with both languages side by side; the type
// makes a missing translation a compile error rather than a blank on screen.
import type { Language } from '../engine/scenario/vocabulary.js';

export type Strings<K extends string> = { readonly nl: Record<K, string>; readonly en: Record<K, string> };

/** Declare a group of strings: the English keys must be exactly the Dutch keys. */
export function defineStrings<K extends string>(strings: { nl: Record<K, string>; en: Record<NoInfer<K>, string> }): Strings<K> {
  return strings;
}

export type Params = Readonly<Record<string, string | number>>;

/**
 * Fill `{name}` placeholders; an unknown placeholder stays visible so a missing parameter is noticed.
 * `{count|one|other}` chooses by the number: "one" when it is 1, "other" otherwise, with `#` standing
 * for the number — so a sentence says "1 observation" and "3 observations", never "observation(s)".
 */
export function fill(template: string, params: Params = {}): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in params ? (Number(params[name]) === 1 ? one : other).replace(/#/g, String(params[name])) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { Language };
