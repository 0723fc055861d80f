// Why the crisis structure refused an action. Codes, not sentences: the i18n dictionaries
// (src/i18n/strings/structure.ts, keys "refusal.<code>") word them in Dutch and English.

export const REFUSAL_CODES = [
  'not-your-office',
  'narrowed-by-scenario',
  'level-not-yours',
  'level-not-in-model',
  'threat-level-nctv-only',
  'threat-region-below-national',
  'dsi-approval-route',
  'team-convened-by',
  'airport-level-not-yours',
  'sector-not-yours',
  'power-passed-to-chair',
  'power-with-mayor',
  'grip5-needs-regions',
  'needs-cross-regional',
  'mccb-ask-jenv',
  'nl-alert-national-jenv',
  'nl-alert-regional',
  'protect-other-domain',
  'not-now',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Params name offices, teams and action kinds by their ids; the UI may translate those through "office.<id>" etc. */
export type Refusal = { readonly code: RefusalCode; readonly params: Readonly<Record<string, string | number>> };

export function refuse(code: RefusalCode, params: Record<string, string | number>): Refusal {
  return { code, params };
}
