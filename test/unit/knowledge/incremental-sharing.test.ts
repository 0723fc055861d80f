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
});
