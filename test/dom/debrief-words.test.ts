// Words, not codes (issue 17): the debrief's timeline — the trainer's, the room's (with only the names the host
// sends) and the after-action report — names facts, NL-Alert advice, places, modules and the ending by the
// scenario's words, never by the author's ids.
import { describe, expect, it } from 'vitest';
import { debriefView } from '../../src/engine/views/debrief-view.js';
import { roomNames } from '../../src/host/room-names.js';
import { describeEntry } from '../../src/ui/debrief/event-text.js';
import { localise } from '../../src/ui/text.js';
import { played } from './debrief-support.js';

const { scenario, state } = played('station-attack', '1', 'doctrine');

function linesOf(audience: 'trainer' | 'room'): { kind: string; text: string }[] {
  const view = debriefView(scenario, state, audience);
  const names = audience === 'trainer' ? scenario : roomNames(scenario, view);
  return view.timeline.map((e) => ({ kind: e.kind, text: describeEntry(names, e, 'en', view) }));
}

describe('the debrief timeline in words', () => {
  for (const audience of ['trainer', 'room'] as const) {
    it(`names an NL-Alert's advice, confirmed facts and the ending by their words (${audience})`, () => {
      const lines = linesOf(audience);
      const alert = lines.find((l) => l.kind === 'structureChanged' && l.text.includes('NL-Alert'));
      expect(alert, 'the doctrine play sends an NL-Alert').toBeDefined();
      const advice = scenario.communication.blocks.find((b) => b.id === 'advice-indoors-search-area');
      expect(alert?.text).toContain(localise(advice!.text, 'en').slice(0, 40));
      expect(alert?.text).not.toContain('advice-indoors-search-area');
      expect(alert?.text).not.toMatch(/\bsearch-area\b/);

      // The room's timeline is the public one: facts are confirmed in the room by the messages that state them.
      const facts = lines.filter((l) => l.kind === 'factConfirmed');
      if (audience === 'trainer') expect(facts.length).toBeGreaterThan(0);
      for (const f of facts) expect(f.text).not.toMatch(/\bfact-[a-z-]+/);

      const ended = lines.find((l) => l.kind === 'exerciseEnded');
      const ending = scenario.endings.find((e) => state.ending === e.id) ?? scenario.endings.find((e) => ended?.text.includes(localise(e.title, 'en')));
      expect(ending, 'the ending is named by its title').toBeDefined();
      expect(ended?.text).not.toContain(ending!.id);
    });
  }

  it('names the blocks of a published message by the message the public read', () => {
    const published = linesOf('trainer').filter((l) => l.kind === 'messagePublished');
    expect(published.length).toBeGreaterThan(0);
    for (const m of published) expect(m.text).not.toMatch(/\b(fact|rebuttal|calm|resilience|advice)-[a-z-]+/);
  });
});
