// One line per timeline entry: the i18n template for its kind ("event.<kind>"), filled with what the
// event says, with ids turned into the scenario's own names so a trainer reads roles and decisions,
// not identifiers. Event data is untrusted for display: every value becomes plain text.
import type { StructureActionT, TextT } from '../../engine/scenario/schema.js';
import type { CommonView, TimelineEntry } from '../../engine/views/common.js';
import type { DebriefNames } from '../../host/room-names.js';
import { hasKey, t, tDynamic, type Language } from '../../i18n/index.js';
import { actionText, areaName, placeName } from '../trainer/action-text.js';
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

/** The parts of the debrief's view that name places, structure actions and messages. */
export type DebriefPicture = Pick<CommonView, 'board' | 'structure' | 'messages'> & Partial<Pick<CommonView, 'timeline'>>;

const quoted = (value: string, max: number): string => `"${short(value, max)}"`;

/**
 * What the debrief's names can say about an event's ids; the sentences come from src/i18n/event-words.ts. With
 * the view, places, areas, actions and messages are named as on the board and in the feed (the room's debrief
 * has the view but only the scenario names roomNames() sends).
 */
function debriefNames(scenario: DebriefNames, lang: Language, view?: DebriefPicture): EventNames {
  const byId = <T extends { readonly id: string }>(list: readonly T[] | undefined, id: string): T | undefined => list?.find((x) => x.id === id);
  return {
    block: (id) => {
      const block = byId(scenario.communication?.blocks, id);
      return block ? quoted(localise(block.text, lang), 80) : id;
    },
    rumour: (id) => {
      const rumour = byId(scenario.rumours, id);
      return rumour ? quoted(localise(rumour.text, lang), 80) : id;
    },
    ending: (id) => {
      const ending = byId(scenario.endings, id);
      return ending ? localise(ending.title, lang) : id;
    },
    module: (id) => {
      const module = byId(scenario.modules, id);
      return module ? localise(module.title, lang) : id;
    },
    ...(view
      ? {
          place: (id: string) => placeName(view, id, lang),
          area: (id: string) => areaName(view, id, lang),
          action: (action: unknown) => actionText(action as StructureActionT, view, lang),
          message: (id: string) => {
            const message = byId(view.messages, id);
            return message ? quoted(message.parts.map((p) => localise(p, lang)).join(' '), 120) : t(lang, 'trainer.event.aMessage');
          },
        }
      : {}),
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

export function describeEntry(scenario: DebriefNames, e: TimelineEntry, lang: Language, view?: DebriefPicture): string {
  return describeEvent(e.kind, e.data, lang, debriefNames(scenario, lang, view));
}

export function kindName(kind: string, lang: Language): string {
  return named('debrief.kind', kind, lang);
}
