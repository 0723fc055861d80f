// A command in words, for the attempts list: "Besluit nemen: … → Ja", "Structuur: NL-Alert versturen: Stationsgebied".
import type { Command } from '../../engine/session/types.js';
import type { TrainerView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { named } from '../components/structure-status.js';
import { actionText } from './action-text.js';
import { decisionPrompt, optionLabel, short } from './names.js';
import { localise } from '../text.js';

export function commandText(view: TrainerView, command: Command, lang: Language): string {
  const name = named('trainer.command', command.type, lang);
  switch (command.type) {
    case 'decide':
      return `${name}: ${short(decisionPrompt(view, command.decision, lang), 60)} → ${optionLabel(view, command.decision, command.option, lang)}`;
    case 'structure':
      return `${name}: ${actionText(command.action, view, lang)}`;
    case 'jump':
      return `${name}: ${t(lang, 'trainer.minutes', { minutes: command.minutes })}`;
    case 'fireInject':
    case 'holdInject': {
      const inject = view.injects.find((i) => i.id === command.inject);
      return `${name}: ${inject ? short(localise(inject.title ?? inject.text, lang), 60) : command.inject}`;
    }
    case 'freeInject':
    case 'observe':
      return `${name}: ${short(command.text, 60)}`;
    case 'publish':
      return `${name}: ${command.blocks.map((id) => {
        const block = view.blocks.find((b) => b.id === id);
        return block ? `"${short(localise(block.text, lang), 40)}"` : id;
      }).join(', ')}`;
    case 'boardAction':
      return `${name}: ${command.id}`;
    default:
      return name;
  }
}
