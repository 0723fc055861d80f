// The command-line shape every Crisistafel CLI shares: positional file names, `--name value` or
// `--name=value` options, bare `--flag`s, and `--lang nl|en` read first so even errors about the
// other arguments come in the chosen language.
import type { Language } from '../i18n/index.js';

export interface SplitArgs {
  readonly positional: string[];
  readonly values: Record<string, string>;
  readonly flags: Set<string>;
}

export function languageOf(args: readonly string[]): Language {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : args[at]?.startsWith('--lang=') ? args[at]?.slice(7) : args[at + 1];
  return value === 'nl' ? 'nl' : 'en';
}

/** Split the arguments; an unknown option or an option without its value is reported through `fail`. */
export function splitArgs(
  args: readonly string[],
  known: { readonly valued: readonly string[]; readonly flags: readonly string[] },
  fail: (problem: 'unknown' | 'missing', option: string) => never,
): SplitArgs {
  const out: SplitArgs = { positional: [], values: {}, flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (known.flags.includes(arg)) out.flags.add(arg);
    else if (!arg.startsWith('--')) out.positional.push(arg);
    else {
      const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      if (!known.valued.includes(name)) fail('unknown', name);
      const value = inline ?? args[++i];
      if (value === undefined || value === '') fail('missing', name);
      out.values[name] = value;
    }
  }
  return out;
}
