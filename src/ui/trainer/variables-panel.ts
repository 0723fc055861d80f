// All scenario variables with their current value, range and course so far. Variables the room does
// not see are marked as hidden, in words, when the view says who may see them.
import type { VisibilityT } from '../../engine/scenario/schema.js';
import type { IndicatorView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { panel, scrollingTable, type ConsoleContext } from './context.js';
import { numberText, roleName } from './names.js';

/** Indicators as a trainer view may carry them: with the variable's visibility. */
type VariableView = IndicatorView & { readonly visibility?: VisibilityT };

function visibilityText(ctx: ConsoleContext, visibility: VisibilityT): string {
  const { lang, view } = ctx;
  if (visibility === 'public') return t(lang, 'trainer.variables.public');
  if (visibility === 'trainer') return t(lang, 'trainer.variables.hiddenTrainer');
  return t(lang, 'trainer.variables.hiddenRoles', { roles: visibility.roles.map((r) => roleName(view, r, lang)).join(', ') });
}

/**
 * A value as the room reads it: a yes/no variable (0 to 1, no unit) as "ja"/"nee", a percentage as
 * "20%", a unit that is a scale ("/100") glued on ("20/100"), any other unit after a space.
 */
export function valueText(v: Pick<IndicatorView, 'value' | 'unit'> & Partial<Pick<IndicatorView, 'min' | 'max'>>, lang: Language): string {
  const unit = v.unit === undefined ? '' : localise(v.unit, lang);
  if (isYesNo(v) && (v.value === 0 || v.value === 1)) return t(lang, v.value === 1 ? 'status.on' : 'status.off');
  if (unit === '') return numberText(v.value, lang);
  return unit === '%' || unit.startsWith('/') ? `${numberText(v.value, lang)}${unit}` : `${numberText(v.value, lang)} ${unit}`;
}

/** A variable from 0 to 1 without a unit is a state (suspect at large, road closed): said as yes or no, never "1". */
export function isYesNo(v: Pick<IndicatorView, 'unit'> & Partial<Pick<IndicatorView, 'min' | 'max'>>): boolean {
  return v.unit === undefined && v.min === 0 && v.max === 1;
}

/** The course so far ("30 → 35", or "ja → nee" for a yes/no state). */
export function trendText(history: readonly number[], lang: Language, v?: Pick<IndicatorView, 'unit' | 'min' | 'max'>): string {
  if (history.length === 0) return t(lang, 'trainer.variables.unchanged');
  return history.map((h) => (v && isYesNo(v) ? valueText({ ...v, value: h }, lang) : numberText(h, lang))).join(' → ');
}

/** The range a value can take ("0–100"; "ja of nee" for a yes/no state). */
export function rangeText(v: Pick<IndicatorView, 'unit' | 'min' | 'max'>, lang: Language): string {
  return isYesNo(v) ? t(lang, 'trainer.variables.yesOrNo') : `${numberText(v.min, lang)}–${numberText(v.max, lang)}`;
}

export function renderVariablesPanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const title = t(lang, 'trainer.variables.title');
  const variables = view.indicators as readonly VariableView[];
  if (variables.length === 0) return panel(ctx, 'variables', title, [el('p', { className: 'trainer-note', text: t(lang, 'trainer.variables.none') })]);
  const knowsVisibility = variables.some((v) => v.visibility !== undefined);
  const head = [t(lang, 'trainer.variables.col.name'), t(lang, 'trainer.variables.col.value'), t(lang, 'trainer.variables.col.range'), t(lang, 'trainer.variables.col.trend')];
  if (knowsVisibility) head.push(t(lang, 'trainer.variables.col.visibility'));
  const rows = variables.map((v) => {
    const hidden = v.visibility !== undefined && v.visibility !== 'public';
    const name: Node[] = [document.createTextNode(localise(v.name, lang))];
    if (hidden) name.push(document.createTextNode(' '), el('span', { className: 'trainer-tag trainer-tag--hidden', text: t(lang, 'trainer.variables.hidden') }));
    const cells = [
      el('th', { attrs: { scope: 'row' } }, name),
      el('td', { className: 'trainer-number', text: valueText(v, lang) }),
      el('td', { text: rangeText(v, lang) }),
      el('td', { text: trendText(v.history, lang, v) }),
    ];
    if (knowsVisibility) cells.push(el('td', { text: v.visibility === undefined ? '' : visibilityText(ctx, v.visibility) }));
    return el('tr', { className: hidden ? 'trainer-variable trainer-variable--hidden' : 'trainer-variable', attrs: { 'data-key': `variable-${v.id}` } }, cells);
  });
  return panel(ctx, 'variables', title, [scrollingTable(ctx, 'variables', title, head, rows)]);
}
