// The text checks at a scenario moment, without a played session: what the message checker CLI and an
// author's preview use. Facts count as confirmed by their own confirmedAt; conditions (a perpetrator's
// allowedWhen, a victim's informedWhen) are judged on the scenario at that minute with nothing played yet.
import type { Scenario } from '../../scenario/schema.js';
import type { Language } from '../../scenario/vocabulary.js';
import { holds } from '../../session/conditions.js';
import { createSession } from '../../session/create.js';
import { isFactConfirmed } from '../checks.js';
import { checkText, type TextFinding } from './detect.js';

export function checkTextAt(scenario: Scenario, minute: number, lang: Language, text: string): TextFinding[] {
  const fresh = createSession(scenario, 'message-check', { mode: 'multiwindow', tables: [], simcell: [], feedback: 'debrief' }, '');
  const state = { ...fresh, minute };
  const numbers = new Map<string, number>();
  let since = new Map<string, number>();
  for (const block of scenario.communication.blocks) {
    if (!isFactConfirmed(block, new Set(), minute)) continue;
    for (const claim of block.claims) {
      if (typeof claim.value !== 'number') continue;
      const at = block.confirmedAt ?? 0;
      if ((since.get(claim.subject) ?? -1) <= at) {
        numbers.set(claim.subject, claim.value);
        since = new Map(since).set(claim.subject, at);
      }
    }
  }
  return checkText({ scenario, lang, text, holds: (c) => holds(state, c), confirmedNumbers: numbers });
}

/** Whether any finding breaks a principle: the CLI's exit status. */
export const breaksPrinciple = (findings: readonly TextFinding[]): boolean => findings.some((f) => f.verdict === 'breach');
