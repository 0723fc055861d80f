// One line per timeline entry: the i18n template for its kind ("event.<kind>"), filled with what the
// event says, with ids turned into the scenario's own names so a trainer reads roles and decisions,
// not identifiers. Event data is untrusted for display: every value becomes plain text.
import type { TextT } from '../../engine/scenario/schema.js';
import type { TimelineEntry } from '../../engine/views/common.js';
import type { DebriefNames } from '../../host/room-names.js';
import { hasKey, tDynamic, type Language } from '../../i18n/index.js';
import { localise } from '../text.js';
import { describeEvent, short, str, type EventNames } from '../../i18n/event-words.js';

export type TimelineGroup = 'injects' | 'decisions' | 'structure' | 'messages' | 'attempts' | 'other';
export const TIMELINE_GROUPS: readonly TimelineGroup[] = ['injects', 'decisions', 'structure', 'messages', 'attempts', 'other'];

const GROUP_OF: Readonly<Record<string, TimelineGroup>> = {
  injectDelivered: 'injects',
  rumourStarted: 'injects',
  rumourSpread: 'injects',
  feedSeeded: 'injects',
  decisionOpened: 'decisions',
  decisionTaken: 'decisions',
  deadlinePassed: 'decisions',
  structureChanged: 'structure',
  structureEffectSkipped: 'structure',
  boardAction: 'structure',
  messagePublished: 'messages',
  communicationFinding: 'messages',
  rumourRebutted: 'messages',
  factConfirmed: 'messages',
};

export function groupOf(kind: string): TimelineGroup {
  return GROUP_OF[kind] ?? 'other';
}

import { named } from '../components/structure-status.js';

export { named };
export { short };

export function roleName(scenario: DebriefNames, id: string, lang: Language): string {
  const role = scenario.roles.find((r) => r.id === id);
  return role ? localise(role.name, lang) : id;
}

export function decisionText(scenario: DebriefNames, id: string, lang: Language): string {
  const d = scenario.decisions.find((x) => x.id === id);
  return d ? short(localise(d.prompt, lang), 90) : id;
}

export function optionText(scenario: DebriefNames, decision: string, option: string, lang: Language): string {
  const o = scenario.decisions.find((x) => x.id === decision)?.options.find((x) => x.id === option);
  return o ? localise(o.label, lang) : option;
}

function injectTitle(scenario: DebriefNames, data: Readonly<Record<string, unknown>>, lang: Language): string {
  if (data.free === true) return short(str(data.text));
  const inject = scenario.injects.find((i) => i.id === data.inject);
  const title: TextT | undefined = inject?.title ?? inject?.text;
  return title === undefined ? str(data.inject) : short(localise(title, lang));
}

/** What the debrief's names can say about an event's ids; the sentences come from src/i18n/event-words.ts. */
function debriefNames(scenario: DebriefNames, lang: Language): EventNames {
  return {
    closed: (prefix, id) => (prefix === 'channel' ? named('debrief.channel', id, lang) : prefix === 'communication.voice' ? named('debrief.voice', id, lang) : named(prefix, id, lang)),
    role: (id) => roleName(scenario, id, lang),
    decision: (id) => decisionText(scenario, id, lang),
    option: (decision, option) => optionText(scenario, decision, option, lang),
    injectTitle: (data) => injectTitle(scenario, data, lang),
    variable: (id) => {
      const variable = scenario.variables.find((v) => v.id === id);
      return variable ? localise(variable.name, lang) : id;
    },
    boardAction: (id) => {
      const action = scenario.picture.boardActions.find((x) => x.id === id);
      return action ? localise(action.label, lang) : id;
    },
    rating: (rating) => ratingWord(rating, lang),
  };
}

/** A rating or criterion result in words ("S — performed with some challenges", "partly met"). */
export function ratingWord(rating: string, lang: Language): string {
  if (hasKey(lang, `rating.${rating}`)) return tDynamic(lang, `rating.${rating}`);
  if (hasKey(lang, `result.${rating}`)) return tDynamic(lang, `result.${rating}`);
  return rating;
}

export function describeEntry(scenario: DebriefNames, e: TimelineEntry, lang: Language): string {
  return describeEvent(e.kind, e.data, lang, debriefNames(scenario, lang));
}

export function kindName(kind: string, lang: Language): string {
  return named('debrief.kind', kind, lang);
}
