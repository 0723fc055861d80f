// Themes group the criteria across the two objectives, so the debrief can also say "communication went
// well, aftercare did not" (DOMAIN.md §7: every criterion has one objective and one theme).
import type { Bilingual } from './types.js';

export const THEME_IDS = [
  'communicatie',
  'besluitvorming',
  'hulpverlening',
  'ontwrichting',
  'nazorg',
  'bescherming',
  'vitaleProcessen',
  'online',
  'nieuweAanslagmiddelen',
  'proportionaliteit',
  'informatiedeling',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export interface Theme {
  readonly id: ThemeId;
  readonly name: Bilingual;
}

const NAMES: Readonly<Record<ThemeId, Bilingual>> = {
  communicatie: { nl: 'Communicatie', en: 'Communication' },
  besluitvorming: { nl: 'Crisisbesluitvorming', en: 'Crisis decision-making' },
  hulpverlening: { nl: 'Hulpverlening', en: 'Emergency response' },
  ontwrichting: { nl: 'Ontwrichting beperken', en: 'Limiting societal disruption' },
  nazorg: { nl: 'Nazorg', en: 'Aftercare' },
  bescherming: { nl: 'Bewaken en beveiligen', en: 'Protection of persons and objects' },
  vitaleProcessen: { nl: 'Vitale processen', en: 'Vital processes' },
  online: { nl: 'Online', en: 'Online' },
  nieuweAanslagmiddelen: { nl: 'Nieuwe aanslagmiddelen', en: 'New means of attack' },
  proportionaliteit: { nl: 'Proportionaliteit', en: 'Proportionality' },
  informatiedeling: { nl: 'Informatiedeling', en: 'Information sharing' },
};

export const THEMES: readonly Theme[] = Object.freeze(THEME_IDS.map((id) => Object.freeze({ id, name: NAMES[id] })));

export function themeById(id: ThemeId): Theme {
  return { id, name: NAMES[id] };
}
