// Sharing the picture and the teams' pooling at a round's end read only what was learnt since the last share or
// pooling (knowledge/learn.ts keeps that per knowledge storage). A state whose knowledge is a fresh list (its own
// storage: a fork, a state read from a file) has none of those notes and works from everything known. Command by
// command through whole bot playthroughs, both must append the same entries: the notes only ever skip keys that
// teach nothing.
import { describe, expect, it } from 'vitest';
import { botSettings, playExercise } from '../../../src/engine/bots/index.js';
import { applyCommand, canonicalJson, createSession, scenarioHash } from '../../../src/engine/index.js';
import { AppendList } from '../../../src/engine/session/append-list.js';
import type { ExerciseState } from '../../../src/engine/session/types.js';
import { BUNDLED } from '../engine/support.js';

/** The same state with lists of its own: nothing learnt about the old storage applies to it. */
const onFreshStorage = (s: ExerciseState): ExerciseState => ({
  ...s,
  knowledge: AppendList.from(s.knowledge),
  events: AppendList.from(s.events),
  log: AppendList.from(s.log),
});

describe('incremental sharing and pooling teach what teaching everything teaches', () => {
  for (const { name, scenario } of BUNDLED) {
    it(`${name}: doctrine and random playthroughs, command by command`, () => {
      let shared = 0;
      let pooled = 0;
      for (const policy of ['doctrine', 'random'] as const) {
        const played = playExercise(scenario, 'pooling-1', policy);
        let live = createSession(scenario, 'pooling-1', botSettings(scenario), scenarioHash(scenario));
        for (const entry of played.log) {
          // The fresh copy first: the live state stays the newest list of its storage, as in a session.
          const fresh = applyCommand(scenario, onFreshStorage(live), entry.command);
          const next = applyCommand(scenario, live, entry.command);
          if (!next.ok || !fresh.ok) throw new Error(`command ${entry.seq} of the playthrough is refused`);
          expect(canonicalJson(next.state.knowledge)).toBe(canonicalJson(fresh.state.knowledge));
          const learnt = next.state.knowledge.length - live.knowledge.length;
          if (learnt > 0 && entry.command.type === 'structure' && entry.command.action.action === 'shareInformation') shared++;
          if (learnt > 0 && next.events.some((e) => e.kind === 'roundResolved')) pooled++;
          live = next.state;
        }
      }
      // The playthroughs exercise both routes (else the comparison above proves nothing).
      expect(shared + pooled).toBeGreaterThan(0);
    });
  }

  // An earlier state of a session whose storage has grown since (the debrief scrubber, "fork from here", undo) must
  // not use what was noted at later lengths of the same storage: its next command teaches what it taught then.
  it('an earlier state, branched after later commands were applied, learns what a fresh copy of it learns', () => {
    const { scenario } = BUNDLED.find((b) => b.name.includes('station-attack')) ?? (BUNDLED[0] as (typeof BUNDLED)[number]);
    const played = playExercise(scenario, 'pooling-2', 'doctrine');
    const states: ExerciseState[] = [createSession(scenario, 'pooling-2', botSettings(scenario), scenarioHash(scenario))];
    for (const entry of played.log) {
      const r = applyCommand(scenario, states[states.length - 1] as ExerciseState, entry.command);
      if (!r.ok) throw new Error(`command ${entry.seq} of the playthrough is refused`);
      states.push(r.state);
    }
    let branched = 0;
    played.log.forEach((entry, i) => {
      if (entry.command.type !== 'endTurn' && !(entry.command.type === 'structure' && entry.command.action.action === 'shareInformation')) return;
      const earlier = states[i] as ExerciseState;
      const fresh = applyCommand(scenario, onFreshStorage(earlier), entry.command);
      const again = applyCommand(scenario, earlier, entry.command);
      if (!again.ok || !fresh.ok) throw new Error(`command ${entry.seq} is refused on a branch`);
      expect(canonicalJson(again.state.knowledge)).toBe(canonicalJson(fresh.state.knowledge));
      expect(canonicalJson(again.state.knowledge)).toBe(canonicalJson((states[i + 1] as ExerciseState).knowledge));
      branched++;
    });
    expect(branched).toBeGreaterThan(10);
  });
});
