// A command in words — who did what — for the replay scrubber ("after step 12: …") and for refused
// attempts in the timeline. Free texts a person typed are shortened, never interpreted.
import type { DebriefNames } from '../../host/room-names.js';
import type { Actor, Command } from '../../engine/session/types.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { decisionText, named, optionText, roleName, short } from './event-text.js';

export function actorText(scenario: DebriefNames, actor: Actor, lang: Language): string {
  switch (actor.kind) {
    case 'trainer':
      return t(lang, 'debrief.actor.trainer');
    case 'evaluator':
      return t(lang, 'debrief.actor.evaluator');
    case 'simcell':
      return t(lang, 'debrief.actor.simcell', { role: roleName(scenario, actor.role, lang) });
    case 'role':
      return roleName(scenario, actor.role, lang);
  }
}

function what(scenario: DebriefNames, c: Command, lang: Language, room: boolean): string {
  // The room never reads what the trainer noted or sent to single roles; it sees that it happened.
  if (room && (c.type === 'observe' || c.type === 'freeInject')) return tDynamic(lang, `debrief.command.${c.type}Hidden`);
  switch (c.type) {
    case 'decide':
      return t(lang, 'debrief.command.decide', { decision: decisionText(scenario, c.decision, lang), option: optionText(scenario, c.decision, c.option, lang) });
    case 'structure': {
      const { action, ...detail } = c.action as { action: string } & Record<string, unknown>;
      const rest = Object.values(detail).map(String).join(' ');
      return `${named('action', action, lang)}${rest ? ` ${rest}` : ''}`;
    }
    case 'publish':
      return t(lang, 'debrief.command.publish', { blocks: c.blocks.join(', ') });
    case 'jump':
      return t(lang, 'debrief.command.jump', { minutes: c.minutes });
    case 'fireInject':
      return t(lang, 'debrief.command.fireInject', { inject: c.inject });
    case 'freeInject':
      return t(lang, 'debrief.command.freeInject', { text: short(c.text, 60) });
    case 'observe':
      return t(lang, 'debrief.command.observe', { text: short(c.text, 60) });
    case 'override':
      return t(lang, 'debrief.command.override', { target: 'criterion' in c.target ? c.target.criterion : c.target.objective, rating: c.rating });
    case 'boardAction':
      return t(lang, 'debrief.command.boardAction', { action: c.id });
    default:
      return tDynamic(lang, `debrief.command.${c.type}`);
  }
}

export function commandText(scenario: DebriefNames, command: Command, lang: Language, audience: 'trainer' | 'room' = 'trainer'): string {
  return `${actorText(scenario, command.actor, lang)}: ${what(scenario, command, lang, audience === 'room')}`;
}
