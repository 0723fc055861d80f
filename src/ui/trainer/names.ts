// Ids in a view turned into what the room calls things: a role's name, a decision's prompt, an option's
// label, a variable's name. Anything the view does not know stays its id, so nothing is silently dropped.
import type { Actor } from '../../engine/session/types.js';
import type { TextT } from '../../engine/scenario/schema.js';
import type { TrainerView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { tableLabel } from '../table-names.js';
import { localise } from '../text.js';

export function roleName(view: Pick<TrainerView, 'roles'>, id: string, lang: Language): string {
  const role = view.roles.find((r) => r.id === id);
  return role ? localise(role.name, lang) : id;
}

export function decisionPrompt(view: TrainerView, id: string, lang: Language): string {
  const decision = view.decisions.find((d) => d.id === id);
  return decision ? localise(decision.prompt, lang) : id;
}

export function optionLabel(view: TrainerView, decisionId: string, optionId: string, lang: Language): string {
  const option = view.decisions.find((d) => d.id === decisionId)?.options.find((o) => o.id === optionId);
  return option ? localise(option.label, lang) : optionId;
}

export function indicatorName(view: { readonly indicators: readonly { readonly id: string; readonly name: TextT }[] }, id: string, lang: Language): string {
  const indicator = view.indicators.find((i) => i.id === id);
  return indicator ? localise(indicator.name, lang) : id;
}

/** A table by its name, in `lang` when the app named it (after its role or a layout); as typed otherwise. */
export function tableName(view: Pick<TrainerView, 'settings' | 'roles'>, id: string, lang: Language): string {
  const table = view.settings.tables.find((x) => x.id === id);
  if (!table) return id;
  return tableLabel(table.name, table.roles.flatMap((r) => view.roles.find((x) => x.id === r)?.name ?? []), lang);
}

/** Who issued a command, as the trainer reads it in the attempts list and the decision log. */
export function actorText(view: TrainerView, actor: Actor | null, lang: Language): string {
  if (actor === null) return t(lang, 'trainer.actor.default');
  switch (actor.kind) {
    case 'trainer':
      return t(lang, 'trainer.actor.trainer');
    case 'evaluator':
      return actor.name ? t(lang, 'trainer.actor.evaluatorNamed', { name: actor.name }) : t(lang, 'trainer.actor.evaluator');
    case 'simcell':
      return t(lang, 'trainer.actor.simcell', { role: roleName(view, actor.role, lang) });
    case 'role':
      return roleName(view, actor.role, lang);
  }
}

/** Shortened to one line for lists; the full text stays available where the item is shown whole. */
export function short(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function numberText(value: number, lang: Language, digits = 2): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/** A board action by its label ("Binnenste afzetting instellen"), never its id. */
export function boardActionLabel(view: Pick<TrainerView, 'boardActions'>, id: string, lang: Language): string {
  const action = view.boardActions.find((a) => a.id === id);
  return action ? localise(action.label, lang) : t(lang, 'trainer.event.aBoardAction');
}
