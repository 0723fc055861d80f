// The settings of a classroom group: every table on its own devices at the same time (multi-window), one
// table per role the exercise needs, named after the role; optional roles keep their scenario defaults,
// as on the setup screen. Parallel groups get the same settings, so their exercises stay comparable.
import type { Scenario, SessionSettings } from '../engine/index.js';
import type { Language } from '../i18n/index.js';

function nameOf(text: Scenario['roles'][number]['name'], lang: Language): string {
  if (typeof text === 'string') return text;
  return text[lang] || text[lang === 'nl' ? 'en' : 'nl'];
}

export function classroomSettings(scenario: Scenario, lang: Language): SessionSettings {
  const required = scenario.roles.filter((r) => r.required);
  return {
    mode: 'multiwindow',
    tables: required.map((role) => ({ id: role.id, name: nameOf(role.name, lang), roles: [role.id] })),
    simcell: [],
    feedback: 'perRound',
  };
}
