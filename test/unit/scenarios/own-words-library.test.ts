// Own-words play on the three full bundled scenarios (issue 16, item 7): each names its perpetrator's
// identifiers, the subjects messages make claims about and where the danger is, so a table writing its
// own messages is checked as thoroughly as one composing from blocks — in Dutch and in English.
import { describe, expect, it } from 'vitest';
import type { Command, ExerciseState } from '../../../src/engine/index.js';
import type { Scenario } from '../../../src/engine/scenario/schema.js';
import type { SessionSettings } from '../../../src/engine/session/types.js';
import { inRounds, must, role, scenarioNamed, TRAINER } from '../engine/support.js';

interface Case {
  readonly file: string;
  readonly writer: string;
  /** A minute at which the perpetrator's name is known and naming him is not allowed. */
  readonly minute: number;
  readonly naming: { readonly nl: string; readonly en: string; readonly name: string };
  /** A claim a fact block carries that is confirmed by `minute` in doctrine play. */
  readonly confirmed?: { readonly subject: string; readonly value: string | number };
  /** An advice that fits the danger at `minute`, and one far too wide. */
  readonly advice?: { readonly fits: readonly string[]; readonly tooWide: readonly string[]; readonly until: string };
}

const CASES: readonly Case[] = [
  {
    file: 'station-attack.json',
    writer: 'comm-adviser',
    minute: 60,
    naming: { nl: 'De politie zoekt Ruben V. uit Havenstad.', en: 'The police are looking for Ruben V. from Havenstad.', name: 'Ruben V.' },
    advice: { fits: ['search-area'], tooWide: ['havenstad-municipality'], until: 'suspect-arrested' },
  },
  {
    file: 'festival-livestream.json',
    writer: 'mayor-ravelingen',
    minute: 48,
    naming: { nl: 'De schutter is Lars V. uit Wolderhaven.', en: 'The shooter is Lars V. from Wolderhaven.', name: 'Lars V.' },
    advice: { fits: ['festival-surroundings'], tooWide: ['rietland-region'], until: 'police-all-clear' },
  },
  {
    file: 'airport-drones.json',
    writer: 'municipal-comms',
    minute: 30,
    naming: { nl: 'De aangehouden man is Ruben V. uit Oostmeer.', en: 'The arrested man is Ruben V. from Oostmeer.', name: 'Ruben V.' },
    confirmed: { subject: 'collision', value: 'none' },
  },
];

function at(scenario: Scenario, minute: number): ExerciseState {
  // Every role at its own table in its own window: any table may write at any moment.
  const settings: SessionSettings = { mode: 'multiwindow', tables: scenario.roles.map((r) => ({ id: r.id, name: r.id, roles: [r.id] })), simcell: [], feedback: 'debrief' };
  return must(scenario, inRounds(scenario, 'seed-own', settings), { type: 'jump', minutes: minute, actor: TRAINER });
}

function publish(scenario: Scenario, state: ExerciseState, command: Omit<Extract<Command, { type: 'publishText' }>, 'type'>) {
  const s = must(scenario, state, { type: 'publishText', ...command });
  const id = s.messages.at(-1)!.id;
  return s.findings.filter((f) => f.message === id).map((f) => f.finding);
}

describe('own-words play on the full scenarios', () => {
  for (const c of CASES) {
    describe(c.file, () => {
      const scenario = scenarioNamed(c.file);

      it('lets a setup choose own words, and names the perpetrator, the subjects and the claims of its facts', () => {
        expect(scenario.communication.mode).toBe('both');
        expect(scenario.communication.perpetrators.length).toBeGreaterThan(0);
        expect(scenario.communication.subjects.length).toBeGreaterThanOrEqual(5);
        const rebuttals = scenario.rumours.flatMap((r) => r.rebuttedBy);
        // Own words rebut a rumour by stating the claims of a fact that rebuts it: every rumour has such a fact.
        for (const rumour of scenario.rumours) {
          const withClaims = scenario.communication.blocks.filter((b) => (rebuttals.includes(b.id) || b.rebuts.includes(rumour.id)) && b.claims.length > 0);
          expect(withClaims.length, `rumour ${rumour.id}`).toBeGreaterThan(0);
        }
      });

      for (const lang of ['nl', 'en'] as const) {
        it(`catches the perpetrator's name in a ${lang === 'nl' ? 'Dutch' : 'English'} message, with the words it matched`, () => {
          const findings = publish(scenario, at(scenario, c.minute), { actor: role(c.writer), lang, channel: 'website', audience: 'public', text: c.naming[lang] });
          const name = findings.find((f) => f.code === 'perpetrator-name');
          expect(name?.verdict).toBe('breach');
          expect(name?.matches?.map((m) => m.text)).toEqual([c.naming.name]);
        });
      }

      if (c.advice) {
        const advice = c.advice;
        it('judges an advice for the danger area as fitting, and one for a far larger area as too wide', () => {
          const base = at(scenario, c.minute);
          const write = (where: readonly string[]) =>
            publish(scenario, base, {
              actor: role(c.writer),
              lang: 'en',
              channel: 'website',
              audience: 'residents',
              text: 'Stay indoors and close doors and windows.',
              advice: { what: 'Stay indoors', where: [...where], until: { event: advice.until } },
            });
          expect(write(advice.fits).map((f) => f.code)).toContain('advice-fits');
          expect(write(advice.tooWide).find((f) => f.code === 'advice-area-too-wide')?.verdict).toBe('breach');
        });
      }

      if (c.confirmed) {
        const confirmed = c.confirmed;
        it('confirms a claim a confirmed fact carries, and calls the opposite a contradiction of the facts', () => {
          const base = at(scenario, c.minute);
          const claim = (value: string | number) =>
            publish(scenario, base, { actor: role(c.writer), lang: 'en', channel: 'website', audience: 'public', text: 'An update on the situation.', claims: [{ subject: confirmed.subject, value }] });
          expect(claim(confirmed.value).map((f) => f.code)).toContain('claim-confirmed');
          const other = scenario.communication.subjects.find((s) => s.id === confirmed.subject)!.values.find((v) => v.id !== confirmed.value)!.id;
          expect(claim(other).map((f) => f.code)).toContain('claim-contradicts-fact');
        });
      }
    });
  }
});
