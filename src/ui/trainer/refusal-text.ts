// A refusal in the trainer's words: the shared wording (ui/session/refusal-text.ts: offices, actions, teams,
// sectors, levels by their names) plus what only the trainer's view can name — roles, decision prompts and
// option labels.
import type { Refusal } from '../../engine/session/types.js';
import type { TrainerView } from '../../engine/views/index.js';
import type { Language } from '../../i18n/index.js';
import { refusalText as sharedRefusalText } from '../session/refusal-text.js';
import { decisionPrompt, optionLabel, roleName } from './names.js';

export function refusalText(refusal: Refusal, lang: Language, view?: TrainerView): string {
  if (!view) return sharedRefusalText(lang, refusal);
  const p = refusal.params;
  return sharedRefusalText(lang, refusal, {
    ...(typeof p.role === 'string' ? { role: roleName(view, p.role, lang) } : {}),
    ...(typeof p.owner === 'string' ? { owner: roleName(view, p.owner, lang) } : {}),
    ...(typeof p.decision === 'string'
      ? { decision: `"${decisionPrompt(view, p.decision, lang)}"`, ...(typeof p.option === 'string' ? { option: optionLabel(view, p.decision, p.option, lang) } : {}) }
      : {}),
  });
}
