// What the trainer's view knows to name an event's ids: role names, decision prompts, option labels,
// inject titles, indicator names, message texts, places on the board. The sentences themselves come
// from one place, src/i18n/event-words.ts (describeEvent), which the debrief and the reports share.
import type { StructureActionT } from '../../engine/scenario/schema.js';
import type { Refusal } from '../../engine/session/types.js';
import { criterionById, isCriterionId } from '../../engine/strategy/index.js';
import type { TrainerView } from '../../engine/views/index.js';
import { describeEvent, type EventNames } from '../../i18n/event-words.js';
import { hasKey, t, tDynamic, type Language } from '../../i18n/index.js';
import { named } from '../components/structure-status.js';
import { localise } from '../text.js';
import { actionText, areaName, placeName } from './action-text.js';
import { boardActionLabel, decisionPrompt, indicatorName, numberText, optionLabel, roleName, short, tableName } from './names.js';
import { refusalText } from './refusal-text.js';

type Entry = TrainerView['timeline'][number];

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

/** A random draw's purpose in words ("kans", "hoeveelheid"). */
export function rollPurpose(purpose: string, lang: Language): string {
  return named('roll.purpose', purpose, lang);
}

export function viewEventNames(view: TrainerView, lang: Language): EventNames {
  const text = (value: Parameters<typeof localise>[0]) => localise(value, lang);
  const place = (id: string): string => placeName(view, id, lang);
  return {
    closed: (prefix, id) => (prefix === 'channel' && !hasKey(lang, `channel.${id}`) ? named('debrief.channel', id, lang) : named(prefix, id, lang)),
    role: (id) => roleName(view, id, lang),
    decision: (id) => decisionPrompt(view, id, lang),
    option: (decision, option) => optionLabel(view, decision, option, lang),
    injectTitle: (d) => {
      if (d.free === true) return short(str(d.text), 110);
      const inject = view.injects.find((i) => i.id === d.inject);
      return inject ? short(text(inject.title ?? inject.text), 110) : t(lang, 'trainer.event.unknownInject');
    },
    variable: (id) => indicatorName(view, id, lang),
    rumour: (id) => {
      const rumour = view.rumours.find((r) => r.id === id);
      return rumour ? `"${short(text(rumour.text), 80)}"` : id;
    },
    message: (id) => {
      const message = view.messages.find((m) => m.id === id);
      return message ? `"${short(message.parts.map(text).join(' '), 120)}"` : t(lang, 'trainer.event.aMessage');
    },
    block: (id) => {
      const block = view.blocks.find((b) => b.id === id);
      return block ? `"${short(text(block.text), 80)}"` : id;
    },
    area: (id) => areaName(view, id, lang),
    boardAction: (id) => boardActionLabel(view, id, lang),
    place,
    table: (id) => tableName(view, id, lang),
    ending: (id) => (view.ending && view.ending.id === id ? text(view.ending.title) : id),
    criterion: (id) => (isCriterionId(id) ? criterionById(id).title[lang] : id),
    action: (action) => actionText(action as StructureActionT, view, lang),
    refusal: (refusal) => refusalText({ code: refusal.code ?? '', params: refusal.params ?? {} } as Refusal, lang, view),
    number: (value, digits) => numberText(value, lang, digits),
    rating: (rating) => (hasKey(lang, `rating.${rating}`) ? tDynamic(lang, `rating.${rating}`) : hasKey(lang, `result.${rating}`) ? tDynamic(lang, `result.${rating}`) : rating),
    actor: (by) => (by === 'trainer' ? t(lang, 'trainer.actor.trainer') : by === 'evaluator' ? t(lang, 'trainer.actor.evaluator') : by),
  };
}

/** One timeline entry in the trainer's words. */
export function describeEntry(view: TrainerView, e: Entry, lang: Language): string {
  return describeEvent(e.kind, e.data, lang, viewEventNames(view, lang));
}
