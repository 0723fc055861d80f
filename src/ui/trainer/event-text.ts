// One line per timeline entry: the dictionary's sentence for the event kind (keys "event.<kind>"),
// filled with names instead of ids, so the trainer reads "Burgemeester koos "Ja" bij …" rather than
// "mayor chose advise for stay-indoors".
import type { StructureActionT } from '../../engine/scenario/schema.js';
import type { Refusal } from '../../engine/session/types.js';
import type { TrainerView } from '../../engine/views/index.js';
import { hasKey, t, tDynamic, type Language } from '../../i18n/index.js';
import { named } from '../components/structure-status.js';
import { localise } from '../text.js';
import { actionText, areaName, channelName } from './action-text.js';
import { decisionPrompt, indicatorName, numberText, optionLabel, roleName, short, tableName } from './names.js';
import { refusalText } from './refusal-text.js';

type Entry = TrainerView['timeline'][number];
type Data = Entry['data'];

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

export function rollPurpose(purpose: string, lang: Language): string {
  return named('roll.purpose', purpose, lang);
}

function injectTitle(view: TrainerView, d: Data, lang: Language): string {
  if (d.free === true) return short(str(d.text));
  const inject = view.injects.find((i) => i.id === d.inject);
  if (!inject) return str(d.inject);
  return short(localise(inject.title ?? inject.text, lang));
}

function changeText(change: Record<string, unknown>, view: TrainerView, lang: Language): string {
  const nobody = t(lang, 'change.nobody');
  const office = (v: unknown) => (str(v) ? named('office', str(v), lang) : nobody);
  switch (change.kind) {
    case 'incident':
    case 'dsi': {
      const prefix = change.kind === 'dsi' ? 'dsi' : 'incident';
      return tDynamic(lang, `change.${change.kind}`, { from: named(prefix, str(change.from), lang), to: named(prefix, str(change.to), lang) });
    }
    case 'grip':
      return t(lang, 'change.grip', { from: str(change.from), to: str(change.to) });
    case 'teamConvened':
      return t(lang, 'change.teamConvened', { team: named('team', str(change.team), lang), chair: office(change.chair) });
    case 'teamChair':
      return t(lang, 'change.teamChair', { team: named('team', str(change.team), lang), from: office(change.from), to: office(change.to) });
    case 'teamStoodDown':
      return t(lang, 'change.teamStoodDown', { team: named('team', str(change.team), lang) });
    case 'threatLevel':
      return t(lang, 'change.threatLevel', { scope: named('threatScope', str(change.scope), lang), from: str(change.from), to: str(change.to) });
    case 'nlAlert':
      return t(lang, 'change.nlAlert', { area: areaName(view, str(change.area), lang), advice: str(change.advice) });
    case 'adviceWithdrawn':
      return t(lang, 'change.adviceWithdrawn');
    case 'aftercare':
      return t(lang, 'change.aftercare', { what: named('aftercare', str(change.what), lang) });
    case 'measure':
      return actionText(change.action as StructureActionT, view, lang);
    default:
      return str(change.kind);
  }
}

function messageText(view: TrainerView, id: string, lang: Language): string {
  const message = view.messages.find((m) => m.id === id);
  return message ? short(message.parts.map((p) => localise(p, lang)).join(' '), 160) : id;
}

function rumourText(view: TrainerView, id: string, lang: Language): string {
  const rumour = view.rumours.find((r) => r.id === id);
  return rumour ? `"${short(localise(rumour.text, lang), 80)}"` : id;
}

/** The template parameters for one entry: its data, with ids replaced by names. */
function params(view: TrainerView, e: Entry, lang: Language): Record<string, string | number> {
  const d = e.data;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(d)) out[k] = typeof v === 'number' ? v : str(v);
  if (typeof d.role === 'string') out.role = roleName(view, d.role, lang);
  if (typeof d.owner === 'string') out.owner = roleName(view, d.owner, lang);
  if (typeof d.channel === 'string') out.channel = channelName(d.channel, lang);
  if (typeof d.decision === 'string') {
    out.decision = `"${short(decisionPrompt(view, d.decision, lang), 80)}"`;
    if (typeof d.option === 'string') out.option = optionLabel(view, d.decision, d.option, lang);
  }
  if (typeof d.variable === 'string') out.variable = indicatorName(view, d.variable, lang);
  if (typeof d.rumour === 'string') out.rumour = rumourText(view, d.rumour, lang);
  switch (e.kind) {
    case 'injectDelivered':
      out.title = injectTitle(view, d, lang);
      break;
    case 'decisionTaken':
      out.how = d.byDefault === true ? t(lang, 'event.byDefault') : typeof d.byAction === 'number' ? t(lang, 'event.byAction', { role: String(d.role), event: d.byAction }) : d.simcell === true ? t(lang, 'trainer.event.bySimcell') : '';
      break;
    case 'roll':
      out.purpose = rollPurpose(str(d.purpose), lang);
      out.id = typeof d.id === 'string' ? indicatorName(view, d.id, lang) : '';
      out.roll = typeof d.roll === 'number' ? numberText(d.roll, lang, 3) : '';
      out.probability = typeof d.probability === 'number' ? `${numberText(d.probability * 100, lang, 1)} %` : t(lang, 'event.noProbability');
      break;
    case 'messagePublished':
      out.voice = named('communication.voice', str(d.voice), lang);
      out.blocks = messageText(view, str(d.message), lang);
      break;
    case 'communicationFinding':
      out.finding = tDynamic(lang, `finding.${str(d.code)}`, (d.params ?? {}) as Record<string, string | number>);
      out.principle = named('principle', str(d.principle), lang);
      out.verdict = named('communication.verdict', str(d.verdict), lang);
      break;
    case 'structureChanged':
      out.action = actionText(d.action as StructureActionT, view, lang);
      out.change = changeText((d.change ?? {}) as Record<string, unknown>, view, lang);
      break;
    case 'structureEffectSkipped':
      out.action = actionText(d.action as StructureActionT, view, lang);
      out.reason = refusalText((d.refusal ?? { code: '', params: {} }) as Refusal, lang, view);
      break;
    case 'boardChanged': {
      const change = (d.change ?? {}) as Record<string, unknown>;
      out.op = str(change.op);
      out.target = str(change.id ?? change.zone ?? change.unit ?? change.hospital ?? change.area);
      break;
    }
    case 'turnEnded':
      out.table = tableName(view, str(d.table));
      break;
    case 'exerciseEnded':
      out.ending = view.ending && view.ending.id === d.ending ? localise(view.ending.title, lang) : str(d.ending);
      break;
    case 'observation':
      out.by = d.by === 'trainer' ? t(lang, 'trainer.actor.trainer') : str(d.by);
      break;
    case 'override': {
      const target = (d.target ?? {}) as Record<string, unknown>;
      out.target = str(target.criterion ?? target.objective);
      break;
    }
    case 'undone':
      out.command = named('trainer.command', str(d.command), lang);
      break;
  }
  return out;
}

export function describeEntry(view: TrainerView, e: Entry, lang: Language): string {
  const key = `event.${e.kind}`;
  return hasKey(lang, key) ? tDynamic(lang, key, params(view, e, lang)) : e.kind;
}
