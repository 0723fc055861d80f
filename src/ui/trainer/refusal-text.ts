// A refusal in the reader's language. The engine's parameters are ids (office "policeChief", team
// "ICCb", role "mayor"); the sentence reads better with the names the room uses, so known ids are
// translated before they are filled in.
import type { Refusal } from '../../engine/session/types.js';
import type { TrainerView } from '../../engine/views/index.js';
import { tDynamic, type Language, type Params } from '../../i18n/index.js';
import { named } from '../components/structure-status.js';
import { decisionPrompt, optionLabel, roleName } from './names.js';

export function refusalText(refusal: Refusal, lang: Language, view?: TrainerView): string {
  const params: Record<string, string | number> = { ...refusal.params };
  const p = refusal.params;
  if (typeof p.office === 'string') params.office = named('office', p.office, lang);
  if (typeof p.offices === 'string') params.offices = p.offices.split(/,\s*/).map((o) => named('office', o, lang)).join(', ');
  if (typeof p.action === 'string') params.action = named('action', p.action, lang);
  if (typeof p.team === 'string') params.team = named('team', p.team, lang);
  if (typeof p.sector === 'string') params.sector = named('sector', p.sector, lang);
  if (typeof p.phase === 'string') params.phase = named('phase', p.phase, lang);
  if (view) {
    if (typeof p.role === 'string') params.role = roleName(view, p.role, lang);
    if (typeof p.owner === 'string') params.owner = roleName(view, p.owner, lang);
    if (typeof p.decision === 'string') {
      params.decision = `"${decisionPrompt(view, p.decision, lang)}"`;
      if (typeof p.option === 'string') params.option = optionLabel(view, p.decision, p.option, lang);
    }
  }
  return tDynamic(lang, `refusal.${refusal.code}`, params as Params);
}
