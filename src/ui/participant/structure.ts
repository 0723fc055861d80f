// The crisis structure as this role sees it, and the structure actions its office may take — each a
// labelled control that sends {type:'structure', action}. What is allowed is the engine's call: the
// controls come from the view's authority list, and a refusal comes back in words beside the control.
import type { StructureActionKind, StructureActionT } from '../../engine/scenario/schema.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { el, uniqueId } from '../dom.js';
import { localise } from '../text.js';
import { numberText } from '../trainer/names.js';
import { valueText } from '../trainer/variables-panel.js';
import {
  AIR_TRAFFIC,
  AIRPORT_MEASURES,
  AIRSPACE_LEVELS,
  ALERT_SCOPES,
  ASSISTANCE_KINDS,
  CONVENABLE,
  SCALING_LEVELS,
  SECTORS,
  SHARE_WITH,
  THREAT_LEVELS,
  THREAT_SCOPES,
} from './action-params.js';
import { named, renderStructureStatus, threatName } from '../components/structure-status.js';
import { describeBy, describeRefusal, disableUnlessMyTurn, section, whyNote, type PanelContext } from './context.js';

interface Field {
  readonly name: string;
  readonly label: MessageKey;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** Said instead of the control when the view offers nothing to choose. */
  readonly none?: MessageKey;
}

/** The crisis structure as this role sees it, with the indicators: what the situation is. */
export function renderStructure(ctx: PanelContext): HTMLElement {
  const { lang, view } = ctx;
  return section('structure', t(lang, 'play.structure.title'), [renderStructureStatus(view.structure, lang, { headingLevel: 3, areas: view.board.areas }), ...renderIndicators(ctx)]);
}

/** The structure actions this role's office may take: what it can do about it. */
export function renderStructureActions(ctx: PanelContext): HTMLElement {
  const { lang, view } = ctx;
  const why = view.role.authority.length === 0 ? null : whyNote(ctx);
  const controls =
    view.role.authority.length === 0
      ? [el('p', { text: t(lang, 'play.role.noAuthority') })]
      : [el('ul', { className: 'actions' }, view.role.authority.map((kind) => el('li', {}, [renderAction(ctx, kind, why?.id ?? null)])))];
  return section('actions', t(lang, 'play.structure.actions'), [...(why ? [why] : []), ...controls]);
}

function renderIndicators(ctx: PanelContext): HTMLElement[] {
  const { lang, view } = ctx;
  if (view.indicators.length === 0) return [];
  return [
    el('h3', { text: t(lang, 'play.structure.indicators') }),
    el(
      'ul',
      { className: 'indicators' },
      view.indicators.map((i) =>
        el('li', {
          text: i.unit || (i.min === 0 && i.max === 1) ? `${localise(i.name, lang)}: ${valueText(i, lang)}` : t(lang, 'play.structure.indicator', { name: localise(i.name, lang), value: valueText(i, lang), max: numberText(i.max, lang), unit: '' }).trim(),
        }),
      ),
    ),
  ];
}


function fieldsFor(ctx: PanelContext, kind: StructureActionKind): Field[] {
  const { lang, view } = ctx;
  const opts = <T extends string | number>(values: readonly T[], prefix: string) => values.map((v) => ({ value: String(v), label: named(prefix, String(v), lang) }));
  switch (kind) {
    case 'scale':
      return [{ name: 'level', label: 'play.param.scaleLevel', options: opts(SCALING_LEVELS, 'grip') }];
    case 'convene':
      return [{ name: 'team', label: 'play.param.conveneTeam', options: opts(CONVENABLE, 'team') }];
    case 'standDown':
      return [{ name: 'team', label: 'play.param.standDownTeam', options: opts(CONVENABLE, 'team') }];
    case 'setThreatLevel':
      return [
        { name: 'level', label: 'play.param.threatLevel', options: THREAT_LEVELS.map((l) => ({ value: String(l), label: threatName(l, lang) })) },
        { name: 'scope', label: 'play.param.threatScope', options: opts(THREAT_SCOPES, 'threatScope') },
      ];
    case 'sendNlAlert':
      return [
        { name: 'area', label: 'play.param.alertArea', options: view.board.areas.map((a) => ({ value: a.id, label: localise(a.name, lang) })), none: 'play.param.noAreas' },
        {
          name: 'advice',
          label: 'play.param.alertAdvice',
          options: view.alertAdvice.map((b) => ({ value: b.id, label: localise(b.text, lang) })),
          none: 'play.param.noAdvice',
        },
        { name: 'scope', label: 'play.param.alertScope', options: opts(ALERT_SCOPES, 'alertScope') },
      ];
    case 'protect':
      return [
        {
          name: 'target',
          label: 'play.param.protectTarget',
          options: view.board.atRisk.map((a) => {
            const poi = view.board.pointsOfInterest.find((p) => p.id === a.poi);
            return { value: a.id, label: `${poi ? localise(poi.name, lang) : a.poi} — ${localise(a.reason, lang)}` };
          }),
          none: 'play.param.noTargets',
        },
      ];
    case 'alertPartners':
      return [{ name: 'sector', label: 'play.param.sector', options: opts(SECTORS, 'sector') }];
    case 'shareInformation':
      return [{ name: 'with', label: 'play.param.shareWith', options: opts(SHARE_WITH, 'shareWith') }];
    case 'airportMeasure':
      return [{ name: 'level', label: 'play.param.airportMeasure', options: opts(AIRPORT_MEASURES, 'airspace') }];
    case 'airTraffic':
      return [{ name: 'level', label: 'play.param.airportMeasure', options: opts(AIR_TRAFFIC, 'airTraffic') }];
    case 'restrictAirspace':
      return [{ name: 'level', label: 'play.param.airportMeasure', options: opts(AIRSPACE_LEVELS, 'airspaceLevel') }];
    case 'requestAssistance':
      return [{ name: 'kind', label: 'play.param.assistanceKind', options: opts(ASSISTANCE_KINDS, 'assistanceKind') }];
    default:
      return [];
  }
}

/** The action the chosen values describe, or null while a needed choice has nothing to choose from. */
function actionOf(kind: StructureActionKind, v: Readonly<Record<string, string>>): StructureActionT | null {
  const need = (name: string): string | null => (v[name] === undefined || v[name] === '' ? null : (v[name] ?? null));
  switch (kind) {
    case 'scale':
      return { action: 'scale', level: Number(need('level') ?? 0) };
    case 'convene':
    case 'standDown': {
      const team = need('team') as Extract<StructureActionT, { action: 'convene' }>['team'] | null;
      return team ? { action: kind, team } : null;
    }
    case 'setThreatLevel': {
      const scope = need('scope') as Extract<StructureActionT, { action: 'setThreatLevel' }>['scope'] | null;
      return scope ? { action: 'setThreatLevel', level: Number(need('level') ?? 1), scope } : null;
    }
    case 'sendNlAlert': {
      const area = need('area');
      const advice = need('advice');
      if (!area || !advice) return null;
      return need('scope') === 'national' ? { action: 'sendNlAlert', area, advice, national: true } : { action: 'sendNlAlert', area, advice };
    }
    case 'protect': {
      const target = need('target');
      return target ? { action: 'protect', target } : null;
    }
    case 'alertPartners': {
      const sector = need('sector') as Extract<StructureActionT, { action: 'alertPartners' }>['sector'] | null;
      return sector ? { action: 'alertPartners', sector } : null;
    }
    case 'shareInformation': {
      const to = need('with') as Extract<StructureActionT, { action: 'shareInformation' }>['with'] | null;
      return to ? { action: 'shareInformation', with: to } : null;
    }
    case 'airportMeasure': {
      const level = need('level') as Extract<StructureActionT, { action: 'airportMeasure' }>['level'] | null;
      return level ? { action: 'airportMeasure', level } : null;
    }
    case 'airTraffic': {
      const level = need('level') as Extract<StructureActionT, { action: 'airTraffic' }>['level'] | null;
      return level ? { action: 'airTraffic', level } : null;
    }
    case 'restrictAirspace': {
      const level = need('level') as Extract<StructureActionT, { action: 'restrictAirspace' }>['level'] | null;
      return level ? { action: 'restrictAirspace', level } : null;
    }
    case 'requestAssistance':
      return need('kind') === 'military' ? { action: 'requestAssistance', military: true } : { action: 'requestAssistance' };
    default:
      return { action: kind };
  }
}

function renderAction(ctx: PanelContext, kind: StructureActionKind, why: string | null): HTMLElement {
  const { lang } = ctx;
  const key = `structure:${kind}`;
  const fields = fieldsFor(ctx, kind);
  const values = ctx.ui.params.get(key) ?? {};
  ctx.ui.params.set(key, values);
  const label = named('action', kind, lang);
  const button = el('button', { className: 'button', text: label, attrs: { type: 'button', 'data-key': `${key}:go` } });

  const parts: Node[] = [];
  let missing = false;
  for (const field of fields) {
    const first = field.options[0];
    if (!first) {
      missing = true;
      const none = el('p', { className: 'action__none', text: t(lang, field.none ?? 'play.param.nothingToChoose'), attrs: { id: uniqueId('action-none') } });
      // The disabled button says why before a click: the note is its description.
      describeBy(button, none.id);
      parts.push(none);
      continue;
    }
    if (!field.options.some((o) => o.value === values[field.name])) values[field.name] = first.value;
    const id = uniqueId('action-param');
    const select = el(
      'select',
      { attrs: { id, 'data-key': `${key}:${field.name}` } },
      field.options.map((o) => el('option', { text: o.label, attrs: { value: o.value } })),
    );
    select.value = values[field.name] ?? first.value;
    select.addEventListener('change', () => (values[field.name] = select.value));
    parts.push(el('div', { className: 'field' }, [el('label', { className: 'field__label', text: t(lang, field.label), attrs: { for: id } }), select]));
  }
  if (missing) button.disabled = true;
  else disableUnlessMyTurn(ctx, button, why);
  button.addEventListener('click', () => {
    const action = actionOf(kind, values);
    if (action) ctx.act(key, { type: 'structure', action });
  });
  const refusal = describeRefusal(ctx, key, button);
  const body = [...parts, button, ...(refusal ? [refusal] : [])];
  if (fields.length === 0) return el('div', { className: 'action' }, body);
  const legendId = uniqueId('action');
  return el('fieldset', { className: 'action action--with-choices' }, [el('legend', { text: label, attrs: { id: legendId } }), ...body]);
}
