// The settings of a classroom group: every table on its own devices at the same time (multi-window), one
// table per role the exercise needs, named after the role; optional roles keep their scenario defaults,
// as on the setup screen. Parallel groups get the same settings, so their exercises stay comparable; how they
// play (feedback, timer, guided mode, message mode, modules) is the trainer's choice in "Start groups".
import type { Scenario, SessionSettings } from '../engine/index.js';
import { playSettings, type PlayChoices } from '../engine/session/play-choices.js';
import type { Language } from '../i18n/index.js';

function nameOf(text: Scenario['roles'][number]['name'], lang: Language): string {
  if (typeof text === 'string') return text;
  return text[lang] || text[lang === 'nl' ? 'en' : 'nl'];
}

/** With `play`, the trainer's choices in "Start groups" (the same rules as the setup screen's); without, per-round feedback. */
export function classroomSettings(scenario: Scenario, lang: Language, play?: PlayChoices): SessionSettings {
  const required = scenario.roles.filter((r) => r.required);
  return {
    mode: 'multiwindow',
    tables: required.map((role) => ({ id: role.id, name: nameOf(role.name, lang), roles: [role.id] })),
    simcell: [],
    ...(play ? playSettings(scenario, play) : { feedback: 'perRound' as const }),
  };
}
