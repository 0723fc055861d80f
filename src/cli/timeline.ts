// One line per event for the simulate report: the i18n template for its kind, filled with what the
// event says, with ids turned into the scenario's own names where that helps a trainer read it.
import type { EngineEvent, Scenario, TextT } from '../engine/index.js';
import { tDynamic, type Language, type Params } from '../i18n/index.js';

const textIn = (text: TextT | undefined, lang: Language): string => (text === undefined ? '' : typeof text === 'string' ? text : text[lang]);

const str = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));

function short(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function changeText(change: Record<string, unknown>, lang: Language): string {
  const kind = str(change.kind);
  const nobody = tDynamic(lang, 'change.nobody');
  switch (kind) {
    case 'teamConvened':
      return tDynamic(lang, 'change.teamConvened', { team: str(change.team), chair: str(change.chair) || nobody });
    case 'teamChair':
      return tDynamic(lang, 'change.teamChair', { team: str(change.team), from: str(change.from) || nobody, to: str(change.to) || nobody });
    case 'measure': {
      const { action: _kind, ...detail } = (change.action ?? {}) as Record<string, unknown>;
      return tDynamic(lang, 'change.measure', { detail: Object.values(detail).map(str).join(' ') }).trim();
    }
    default: {
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(change)) params[k] = str(v);
      return tDynamic(lang, `change.${kind}`, params);
    }
  }
}

function actionText(action: unknown, lang: Language): string {
  const a = (action ?? {}) as Record<string, unknown>;
  const { action: kind, ...detail } = a;
  const rest = Object.values(detail).map(str).join(' ');
  return `${tDynamic(lang, `action.${str(kind)}`)}${rest ? ` ${rest}` : ''}`;
}

/** The template parameters for one event: its data, with objects described and names looked up. */
export function eventParams(scenario: Scenario, e: EngineEvent, lang: Language): Params {
  const d = e.data;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d)) params[k] = typeof v === 'number' ? v : str(v);
  switch (e.kind) {
    case 'injectDelivered': {
      const inject = scenario.injects.find((i) => i.id === d.inject);
      params.title = short(d.free === true ? str(d.text) : textIn(inject?.title ?? inject?.text, lang));
      break;
    }
    case 'decisionTaken':
      params.how = d.byDefault === true ? tDynamic(lang, 'event.byDefault') : '';
      break;
    case 'roll':
      params.roll = typeof d.roll === 'number' ? d.roll.toFixed(3) : str(d.roll);
      params.probability = typeof d.probability === 'number' ? String(d.probability) : tDynamic(lang, 'event.noProbability');
      break;
    case 'messagePublished':
      params.blocks = Array.isArray(d.blocks) ? d.blocks.map(str).join(', ') : '';
      break;
    case 'communicationFinding': {
      const own = { ...((d.params ?? {}) as Params) };
      params.finding = tDynamic(lang, `finding.${str(d.code)}`, own);
      params.principle = tDynamic(lang, `principle.${str(d.principle)}`);
      params.verdict = tDynamic(lang, `communication.verdict.${str(d.verdict)}`);
      break;
    }
    case 'structureChanged':
      params.action = actionText(d.action, lang);
      params.change = changeText((d.change ?? {}) as Record<string, unknown>, lang);
      break;
    case 'structureEffectSkipped': {
      const refusal = (d.refusal ?? {}) as { code?: string; params?: Params };
      params.action = actionText(d.action, lang);
      params.reason = tDynamic(lang, `refusal.${refusal.code ?? ''}`, refusal.params ?? {});
      break;
    }
    case 'boardChanged': {
      const change = (d.change ?? {}) as Record<string, unknown>;
      params.op = str(change.op);
      params.target = str(change.id ?? change.zone ?? change.unit ?? change.hospital ?? change.area);
      break;
    }
    case 'override': {
      const target = (d.target ?? {}) as Record<string, unknown>;
      params.target = str(target.criterion ?? target.objective);
      break;
    }
  }
  return params;
}

export function describeEvent(scenario: Scenario, e: EngineEvent, lang: Language): string {
  return tDynamic(lang, `event.${e.kind}`, eventParams(scenario, e, lang));
}

export function clockLabel(minute: number): string {
  return `T+${String(minute).padStart(2, '0')}`;
}
