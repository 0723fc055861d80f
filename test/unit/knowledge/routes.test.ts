// How a role comes to know something: one specification per learning route (inject, projector, shared
// information, team membership, public message, rumour, decision), on the bundled station-attack scenario.
import { describe, expect, it } from 'vitest';
import { botSettings } from '../../../src/engine/bots/index.js';
import { knownSince, knowledgeOf, knows } from '../../../src/engine/knowledge/index.js';
import type { Command, CommandBody, ExerciseState } from '../../../src/engine/index.js';
import { inRounds, must, role, scenarioNamed, TRAINER } from '../engine/support.js';

const scenario = scenarioNamed('station-attack.json');
// Several windows: every role may act in the round without waiting for its turn.
const settings = { ...botSettings(scenario), mode: 'multiwindow' as const };
const start = (): ExerciseState => inRounds(scenario, 'knowledge-1', settings);
const act = (s: ExerciseState, actor: string, body: CommandBody): ExerciseState => must(scenario, s, { ...body, actor: role(actor) } as Command);
const advance = (s: ExerciseState): ExerciseState => must(scenario, s, { type: 'advance', actor: TRAINER });
const eventOf = (s: ExerciseState, seq: number) => s.events.at(seq);

describe('a role learns from an inject delivered to it', () => {
  it('knows the inject and what it reveals, since the delivery event', () => {
    const s = start();
    const since = knownSince(s, 'mayor-havenstad', 'fact:fact-attack-station');
    expect(since?.minute).toBe(0);
    const e = eventOf(s, since?.event ?? -1);
    expect(e?.kind).toBe('injectDelivered');
    expect(e?.data.inject).toBe('inj-first-notification');
    expect(knows(s, 'mayor-havenstad', 'inject:inj-first-notification')).toBe(true);
  });

  it('does not know what reaches other roles only, or what has not happened yet', () => {
    const s = start();
    expect(knows(s, 'chief-prosecutor', 'inject:inj-first-notification')).toBe(false);
    expect(knows(s, 'comm-adviser', 'fact:fact-suspect-arrested')).toBe(false);
    expect(knows(s, 'mayor-havenstad', 'threat:mosque-reprisal')).toBe(false);
  });

  it('learns a place at risk when the threat to it is reported, and keeps the first time', () => {
    let s = start();
    while (s.minute < 72) s = advance(s);
    const since = knownSince(s, 'mayor-havenstad', 'threat:mosque-reprisal');
    expect(since?.minute).toBe(72);
    expect(knows(s, 'comm-adviser', 'threat:mosque-reprisal')).toBe(false);
    s = advance(s);
    expect(knownSince(s, 'mayor-havenstad', 'threat:mosque-reprisal')).toEqual(since);
  });
});

describe('a role learns from the projector', () => {
  it('every role knows an inject shown on the projector', () => {
    const s = start();
    for (const r of scenario.roles) expect(knows(s, r.id, 'inject:inj-social-videos'), r.id).toBe(true);
  });
});

describe('a role learns from information shared with it', () => {
  it('shareInformation with the driehoek teaches its members what the sharing role knows', () => {
    let s = start();
    expect(knows(s, 'chief-prosecutor', 'inject:inj-first-notification')).toBe(false);
    s = act(s, 'police-chief', { type: 'structure', action: { action: 'shareInformation', with: 'driehoek' } });
    const since = knownSince(s, 'chief-prosecutor', 'inject:inj-first-notification');
    expect(since).toBeDefined();
    expect(eventOf(s, since?.event ?? -1)?.kind).toBe('structureChanged');
    // Outside the driehoek nobody learnt it.
    expect(knows(s, 'nkc-director', 'inject:inj-first-notification')).toBe(false);
  });
});

describe('a role learns from a convened team it sits in', () => {
  it('the members of an active driehoek pool what they know at the end of the round', () => {
    let s = start();
    s = act(s, 'mayor-havenstad', { type: 'structure', action: { action: 'convene', team: 'driehoek' } });
    expect(knows(s, 'chief-prosecutor', 'inject:inj-first-notification')).toBe(false);
    s = advance(s);
    const since = knownSince(s, 'chief-prosecutor', 'inject:inj-first-notification');
    expect(eventOf(s, since?.event ?? -1)?.kind).toBe('roundResolved');
    // The GHOR commander does not sit in the driehoek.
    expect(knows(s, 'ghor-commander', 'inject:inj-first-notification')).toBe(false);
  });

  it('nothing is pooled without the team', () => {
    const s = advance(start());
    expect(knows(s, 'chief-prosecutor', 'inject:inj-first-notification')).toBe(false);
  });
});

describe('a role learns from a public message', () => {
  it('the facts in a published message become every role\'s knowledge', () => {
    let s = advance(start());
    expect(knows(s, 'mayor-havenstad', 'fact:fact-casualties')).toBe(true);
    expect(knows(s, 'nkc-director', 'fact:fact-casualties')).toBe(false);
    s = act(s, 'mayor-havenstad', { type: 'publish', blocks: ['fact-casualties', 'calm-appeal'] });
    const since = knownSince(s, 'nkc-director', 'fact:fact-casualties');
    expect(eventOf(s, since?.event ?? -1)?.kind).toBe('messagePublished');
  });
});

describe('a role learns rumours and decisions it can see', () => {
  it('a public rumour reaches every role when it starts', () => {
    let s = start();
    expect(knows(s, 'ghor-commander', 'rumour:rumour-second-attacker')).toBe(false);
    while (s.minute < 24) s = advance(s);
    expect(eventOf(s, knownSince(s, 'ghor-commander', 'rumour:rumour-second-attacker')?.event ?? -1)?.kind).toBe('rumourStarted');
  });

  it('a public decision is known to all, a private one to its owner only', () => {
    let s = start();
    s = act(s, 'comm-adviser', { type: 'decide', decision: 'd-first-message', option: scenario.decisions.find((d) => d.id === 'd-first-message')?.options[0]?.id ?? '' });
    expect(knows(s, 'comm-adviser', 'decision:d-first-message')).toBe(true);
    expect(knows(s, 'mayor-havenstad', 'decision:d-first-message')).toBe(false);
    s = advance(s);
    const grip3 = scenario.decisions.find((d) => d.id === 'd-scale-grip3');
    s = act(s, 'mayor-havenstad', { type: 'decide', decision: 'd-scale-grip3', option: grip3?.options[0]?.id ?? '' });
    expect(knows(s, 'nkc-director', 'decision:d-scale-grip3')).toBe(true);
  });
});

describe('the knowledge list', () => {
  it('only grows, holds one entry per role and key, and is plain data', () => {
    let s = start();
    const before = s.knowledge;
    s = advance(s);
    expect(s.knowledge.slice(0, before.length)).toEqual(before.toArray());
    const slots = s.knowledge.map((e) => `${e.role} ${e.key}`);
    expect(new Set(slots).size).toBe(slots.length);
    expect(JSON.parse(JSON.stringify(s.knowledge))).toEqual(s.knowledge.toArray());
    expect(knowledgeOf(s, 'mayor-havenstad').every((e) => e.role === 'mayor-havenstad')).toBe(true);
  });
});
