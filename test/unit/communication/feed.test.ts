// The simulated news and social feed: reactions to what the tables publish (or fail to publish), seeded per
// session, the same in replay; the trainer's volume and items are logged commands; only public material.
import { describe, expect, it } from 'vitest';
import { applyCommand, publicView, replay, roleView, trainerView, type Command, type ExerciseState } from '../../../src/engine/index.js';
import { VOLUME } from '../../../src/engine/communication/feed.js';
import type { Scenario } from '../../../src/engine/scenario/schema.js';
import type { SessionSettings } from '../../../src/engine/session/types.js';
import { inRounds, must, role, scenarioNamed, TRAINER } from '../engine/support.js';

const intro = scenarioNamed('intro-market-square.json');
const station = scenarioNamed('station-attack.json');
const settingsOf = (s: Scenario): SessionSettings => ({ mode: 'multiwindow', tables: s.roles.map((r) => ({ id: r.id, name: r.id, roles: [r.id] })), simcell: [], feedback: 'debrief' });
const at = (s: Scenario, minute: number, seed = 'seed-feed') => must(s, inRounds(s, seed, settingsOf(s)), { type: 'jump', minutes: minute, actor: TRAINER });

const namingAlert: Command = {
  type: 'publishText',
  // The mayor decides a regional NL-Alert at GRIP 0 (machines/authority.ts).
  actor: role('mayor'),
  lang: 'nl',
  channel: 'nlAlert',
  audience: 'residents',
  nlAlert: { situation: 'Op de Brink heeft Dennis V. drie mensen verwond.', action: 'Mijd de Brink tot 15.00 uur.', info: 'Kijk op marewold.nl.' },
  advice: { what: 'Mijd de Brink', where: ['brink'], until: { event: 'cordon-lifted' } },
};
const items = (s: ExerciseState, scenario = intro) => publicView(scenario, s).feed.items;
const reactions = (s: ExerciseState, scenario = intro) => items(s, scenario).map((i) => i.reaction);

describe('the news and social feed', () => {
  it('makes a perpetrator named in an official message trend, in the room and at every table', () => {
    const s = must(intro, at(intro, 20), namingAlert);
    const trend = items(s).find((i) => i.reaction === 'perpetrator-trending');
    expect(trend?.params.name).toBe('Dennis V.');
    expect(trend?.message).toBe(s.messages.at(-1)!.id);
    expect(roleView(intro, s, 'police-chief').feed.items.map((i) => i.reaction)).toContain('perpetrator-trending');
    // Without the name, nothing trends.
    const clean = must(intro, at(intro, 20), { ...namingAlert, nlAlert: { situation: 'Op de Brink zijn drie mensen gewond geraakt.', action: 'Mijd de Brink tot 15.00 uur.', info: 'Kijk op marewold.nl.' } } as Command);
    expect(reactions(clean)).not.toContain('perpetrator-trending');
    expect(reactions(clean)).toContain('advice-shared');
  });

  it('gives the same reach for the same seed and play, in replay too, and another for another seed', () => {
    const a = must(intro, at(intro, 20, 'seed-a'), namingAlert);
    const again = must(intro, at(intro, 20, 'seed-a'), namingAlert);
    const b = must(intro, at(intro, 20, 'seed-b'), namingAlert);
    const reach = (s: ExerciseState) => items(s).find((i) => i.reaction === 'perpetrator-trending')!.reach;
    expect(reach(again)).toBe(reach(a));
    expect(reach(b)).not.toBe(reach(a));
    const replayed = replay(intro, { scenarioHash: a.scenarioHash, seed: a.seed, settings: a.settings, log: a.log.toArray() });
    expect(publicView(intro, replayed).feed).toEqual(publicView(intro, a).feed);
  });

  it('reports silence past the first-message target, and not before', () => {
    const target = intro.communication.firstMessageTargetMinutes;
    const early = at(intro, 10);
    expect(reactions(early)).not.toContain('authorities-silent');
    const late = at(intro, target + 20);
    expect(late.notifiedAt).not.toBeNull();
    expect(reactions(late)).toContain('authorities-silent');
  });

  it('turns a national line against the local one into a headline, and shows a spreading rumour until it is rebutted', () => {
    let s = at(station, 24);
    expect(reactions(s, station)).toContain('rumour-spreading');
    s = must(station, s, { type: 'publish', blocks: ['nat-advice-whole-region'], actor: role('nkc-director') });
    expect(reactions(s, station)).toContain('contradiction-headline');
  });

  it('lets the trainer set the volume and add an item; nobody else may', () => {
    const s = must(intro, at(intro, 20), namingAlert);
    const normal = items(s).find((i) => i.reaction === 'perpetrator-trending')!.reach;
    const quiet = must(intro, s, { type: 'feedVolume', volume: 'quiet', actor: TRAINER });
    const intense = must(intro, s, { type: 'feedVolume', volume: 'intense', actor: TRAINER });
    expect(publicView(intro, quiet).feed.volume).toBe('quiet');
    expect(items(quiet).find((i) => i.reaction === 'perpetrator-trending')!.reach).toBe(Math.round((normal / VOLUME.normal.factor) * VOLUME.quiet.factor));
    expect(items(intense).find((i) => i.reaction === 'perpetrator-trending')!.reach).toBeGreaterThan(normal);
    const added = must(intro, s, { type: 'feedItem', kind: 'question', text: '<b>Wist de gemeente ervan?</b>', source: 'Omroep Marewold', reach: 1200, actor: TRAINER });
    const item = items(added).find((i) => i.reaction === 'trainer')!;
    expect(item).toMatchObject({ kind: 'question', text: '<b>Wist de gemeente ervan?</b>', reach: 1200, params: { source: 'Omroep Marewold' } });
    expect(trainerView(intro, added).feed.items.some((i) => i.reaction === 'trainer')).toBe(true);
    // At the minute of louder reactions, the trainer's item still comes first: the projector may show only the top one.
    const quietItem = must(intro, s, { type: 'feedItem', kind: 'news', text: 'Persconferentie om 15.00 uur', reach: 10, actor: TRAINER });
    const sameMinute = items(quietItem).filter((i) => i.minute === quietItem.minute);
    expect(sameMinute.length).toBeGreaterThan(1);
    expect(sameMinute.some((i) => i.reach > 10)).toBe(true);
    expect(sameMinute[0]).toMatchObject({ reaction: 'trainer', text: 'Persconferentie om 15.00 uur' });
    const refused = applyCommand(intro, s, { type: 'feedItem', kind: 'news', text: 'x', actor: role('comms') });
    expect(refused.ok ? null : refused.refusal.code).toBe('trainer-only');
    const badVolume = applyCommand(intro, s, { type: 'feedVolume', volume: 'loud' as 'quiet', actor: TRAINER });
    expect(badVolume.ok ? null : badVolume.refusal.code).toBe('feed-volume-unknown');
  });

  describe("the author's seeded items (communication.feed)", () => {
    const authored = (s: ExerciseState, scenario = intro) => items(s, scenario).filter((i) => i.reaction === 'authored');

    it('appear at their time with their source, place and text, and not before', () => {
      expect(authored(inRounds(intro, 'seed-feed', settingsOf(intro)))).toEqual([]);
      const video = authored(at(intro, 10));
      expect(video).toHaveLength(1);
      expect(video[0]).toMatchObject({ id: 'authored-feed-market-video', minute: 10, kind: 'video', source: '@marktkoopman_mw', place: intro.setting.map.areas.find((a) => a.id === 'brink')!.name });
      expect(video[0]!.text).toEqual(intro.communication.feed.find((f) => f.id === 'feed-market-video')!.text);
      expect(authored(at(intro, 20)).map((i) => i.id)).toEqual(['authored-feed-market-question', 'authored-feed-market-video']);
    });

    it('play a triggered item once its condition first holds, and keep it when the condition stops holding', () => {
      const before = at(intro, 20);
      expect(before.rumours['second-attacker']).toBeUndefined();
      // The rumour's inject comes at T+30 or, by its seeded variant, a round later.
      const started = at(intro, 40);
      const since = started.rumours['second-attacker']?.startedAt;
      expect(since).toBeGreaterThanOrEqual(30);
      const post = authored(started).find((i) => i.id === 'authored-feed-second-attacker-post');
      expect(post?.minute).toBe(since);
      // Rebutting the rumour ends the condition; the post stays where it appeared, once.
      const rebutted = must(intro, started, {
        type: 'publishText',
        actor: role('comms'),
        lang: 'en',
        channel: 'socialMedia',
        audience: 'public',
        text: 'There is one suspect and he has been arrested. There is no indication of a second attacker.',
        claims: [
          { subject: 'suspects', value: 'one' },
          { subject: 'suspect-status', value: 'arrested' },
        ],
      });
      expect(rebutted.rumours['second-attacker']?.rebuttedAt).toBe(40);
      const later = must(intro, rebutted, { type: 'jump', minutes: 10, actor: TRAINER });
      expect(authored(later).filter((i) => i.id === 'authored-feed-second-attacker-post').map((i) => i.minute)).toEqual([since]);
      expect(later.events.filter((e) => e.kind === 'feedSeeded' && e.data.item === 'feed-second-attacker-post')).toHaveLength(1);
    });

    it('have a reach spread by the seed around the author\'s figure, the same in replay, scaled by the volume', () => {
      const figure = intro.communication.feed.find((f) => f.id === 'feed-market-video')!.reach;
      const reach = (s: ExerciseState) => authored(s).find((i) => i.id === 'authored-feed-market-video')!.reach;
      const a = at(intro, 10, 'seed-a');
      const b = at(intro, 10, 'seed-b');
      expect(reach(at(intro, 10, 'seed-a'))).toBe(reach(a));
      expect(reach(b)).not.toBe(reach(a));
      for (const r of [reach(a), reach(b)]) {
        expect(r).toBeGreaterThanOrEqual(Math.round(figure * 0.6));
        expect(r).toBeLessThanOrEqual(Math.round(figure * 1.6));
      }
      const replayed = replay(intro, { scenarioHash: a.scenarioHash, seed: a.seed, settings: a.settings, log: a.log.toArray() });
      expect(publicView(intro, replayed).feed).toEqual(publicView(intro, a).feed);
      const quiet = must(intro, a, { type: 'feedVolume', volume: 'quiet', actor: TRAINER });
      expect(reach(quiet)).toBe(Math.round((reach(a) / VOLUME.normal.factor) * VOLUME.quiet.factor));
    });

    it('are public: every table and the room see them', () => {
      const s = at(intro, 20);
      const ids = authored(s).map((i) => i.id);
      for (const r of intro.roles) expect(roleView(intro, s, r.id).feed.items.filter((i) => i.reaction === 'authored').map((i) => i.id)).toEqual(ids);
      expect(trainerView(intro, s).feed.items.filter((i) => i.reaction === 'authored').map((i) => i.id)).toEqual(ids);
    });
  });
});
