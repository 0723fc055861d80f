// What a role's composer for messages in own words needs: the mode in play, the scenario's subjects to
// make claims on, the map areas an advice can cover, the events an advice can last until, and the
// NL-Alert length limit. Only for a role with a public voice, and only where own words are allowed.
import { allowsBlocks, allowsOwnWords, effectiveMode, type MessageMode } from '../communication/own-words.js';
import { nlAlertRefusal, ownNlAlertAction } from '../communication/nl-alert-power.js';
import type { Role, Scenario, TextT } from '../scenario/schema.js';
import type { Language, Voice } from '../scenario/vocabulary.js';
import type { ExerciseState, Refusal } from '../session/types.js';
import type { Finding } from '../communication/checks.js';

export interface OwnWordsCard {
  readonly mode: MessageMode;
  readonly languages: readonly Language[];
  readonly nlAlertMaxChars: number;
  readonly subjects: readonly {
    readonly id: string;
    readonly name: TextT;
    readonly numeric: boolean;
    readonly values: readonly { readonly id: string; readonly label: TextT }[];
  }[];
  readonly areas: readonly { readonly id: string; readonly name: TextT }[];
  readonly adviceEnds: readonly { readonly id: string; readonly label: TextT }[];
  /** Why this role may not send an NL-Alert now (the power lies elsewhere); null when it may. */
  readonly nlAlertRefused: Refusal | null;
  /**
   * The checks on this role's latest message in own words, shown in its composer when the trainer chose
   * feedback per round (with feedback at the debrief only, null: the table sees them there).
   */
  readonly lastChecked: { readonly message: string; readonly minute: number; readonly text: string; readonly findings: readonly Finding[] } | null;
}

export function ownWordsCard(scenario: Scenario, state: ExerciseState, role: Role, voice: Voice | null): OwnWordsCard | null {
  const mode = effectiveMode(scenario, state.settings.messages);
  if (voice === null || !allowsOwnWords(mode)) return null;
  const c = scenario.communication;
  return {
    mode,
    languages: scenario.languages,
    nlAlertMaxChars: c.nlAlertMaxChars,
    subjects: c.subjects.map((s) => ({ id: s.id, name: s.name, numeric: s.numeric, values: s.values.map((v) => ({ id: v.id, label: v.label })) })),
    areas: scenario.setting.map.areas.map((a) => ({ id: a.id, name: a.name })),
    adviceEnds: c.adviceEnds.map((e) => ({ id: e.id, label: e.label })),
    // The power does not depend on the area: asked for the first one, as the command asks for the advice's first.
    nlAlertRefused: nlAlertRefusal(scenario, state.structure, role, ownNlAlertAction(voice, scenario.setting.map.areas[0]?.id ?? '', '')),
    lastChecked: lastChecked(state, role.id),
  };
}

function lastChecked(state: ExerciseState, role: string): OwnWordsCard['lastChecked'] {
  if (state.settings.feedback !== 'perRound') return null;
  const last = state.messages.findLast((m) => m.role === role && m.own !== undefined);
  if (!last?.own) return null;
  return { message: last.id, minute: last.minute, text: last.own.text, findings: state.findings.filter((f) => f.message === last.id).map((f) => f.finding) };
}

/** Whether the building-block composer is offered in this session. */
export function blocksOffered(scenario: Scenario, state: ExerciseState): boolean {
  return allowsBlocks(effectiveMode(scenario, state.settings.messages));
}
