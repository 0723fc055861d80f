// Doctrine checks with the source before it publishes a fact — and plays from knowledge alone (issue 13): a role
// publishes a fact only once it knows the fact is confirmed, not once the world has confirmed it. On the bundled
// station-attack scenario: "one suspect" reaches the police chief, the prosecutor and the mayor unconfirmed at
// T+12 (the suspect fled); the CCTV at T+36 confirms it, but only to them, the NCTV — not to communication.
import { describe, expect, it } from 'vitest';
import { botSettings } from '../../../src/engine/bots/index.js';
import { doctrineMessage, poorMessage } from '../../../src/engine/bots/messages.js';
import { knowsConfirmed } from '../../../src/engine/knowledge/confirmation.js';
import { knows } from '../../../src/engine/knowledge/index.js';
import { confirmedFactIds } from '../../../src/engine/session/facts.js';
import type { Command, CommandBody, ExerciseState } from '../../../src/engine/index.js';
import { inRounds, must, role, scenarioNamed, TRAINER } from '../engine/support.js';

const scenario = scenarioNamed('station-attack.json');
const settings = { ...botSettings(scenario), mode: 'multiwindow' as const };
const ONE_SUSPECT = 'fact-one-suspect';
const block = scenario.communication.blocks.find((b) => b.id === ONE_SUSPECT);
const MAYOR = 'mayor-havenstad';
const COMM = 'comm-adviser';

const advance = (s: ExerciseState): ExerciseState => must(scenario, s, { type: 'advance', actor: TRAINER });
const act = (s: ExerciseState, actor: string, body: CommandBody): ExerciseState => must(scenario, s, { ...body, actor: role(actor) } as Command);
function until(s: ExerciseState, minute: number): ExerciseState {
  let state = s;
  while (state.minute < minute) state = advance(state);
  return state;
}
const confirmedFor = (s: ExerciseState, roleId: string): boolean => {
  if (!block) throw new Error(ONE_SUSPECT);
  return knowsConfirmed(scenario, s, roleId, block);
};

describe('a role knows a fact is confirmed only once the confirmation has reached it', () => {
  it('the mayor hears of one suspect at T+12 unconfirmed: doctrine leaves it out; after the CCTV (T+36) it says it', () => {
    const s24 = until(inRounds(scenario, 'confirmation', settings), 24);
    expect(knows(s24, MAYOR, `fact:${ONE_SUSPECT}`)).toBe(true);
    expect(confirmedFor(s24, MAYOR)).toBe(false);
    expect(doctrineMessage(scenario, s24, MAYOR, 'local')).not.toContain(ONE_SUSPECT);
    // The poor adviser publishes what it has not checked: the unconfirmed suspect among it.
    expect(poorMessage(scenario, s24, MAYOR, 'local')).toContain(ONE_SUSPECT);

    const s36 = until(s24, 36);
    expect(knows(s36, MAYOR, 'inject:inj-cctv-one-perpetrator')).toBe(true);
    expect(confirmedFor(s36, MAYOR)).toBe(true);
    expect(doctrineMessage(scenario, s36, MAYOR, 'local')).toContain(ONE_SUSPECT);
  });

  it('communication, told of one suspect before the CCTV, does not publish it once the world confirms it — only once the confirmation is shared with it', () => {
    let s = until(inRounds(scenario, 'confirmation', settings), 12);
    // The police chief shares the picture with the regional structure: communication learns of one suspect, unconfirmed.
    s = act(s, 'police-chief', { type: 'structure', action: { action: 'shareInformation', with: 'regions' } });
    expect(knows(s, COMM, `fact:${ONE_SUSPECT}`)).toBe(true);
    s = until(s, 36);
    // Confirmed in the world (the CCTV is in), but the CCTV went to the police, the prosecutor, the NCTV and the mayor only.
    expect(confirmedFactIds(scenario, s).has(ONE_SUSPECT)).toBe(true);
    expect(knows(s, COMM, 'inject:inj-cctv-one-perpetrator')).toBe(false);
    expect(confirmedFor(s, COMM)).toBe(false);
    expect(doctrineMessage(scenario, s, COMM, 'local')).not.toContain(ONE_SUSPECT);

    // The mayor shares the picture, the CCTV among it: now communication knows the suspect is confirmed.
    s = act(s, MAYOR, { type: 'structure', action: { action: 'shareInformation', with: 'regions' } });
    expect(knows(s, COMM, 'inject:inj-cctv-one-perpetrator')).toBe(true);
    expect(confirmedFor(s, COMM)).toBe(true);
    expect(doctrineMessage(scenario, s, COMM, 'local')).toContain(ONE_SUSPECT);
  });
});
