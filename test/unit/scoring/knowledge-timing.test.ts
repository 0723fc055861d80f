// Timing counts from knowledge, and a measure kept after its warrant lapsed is an over-reaction (DOMAIN.md §7,
// "How a criterion is judged" 2 and 3). Each case plays a bundled scenario, changed only where the case needs
// it (who an inject reaches, when a warrant lapses, when a rebuttal is confirmed), and reads the score a trainer
// would see.
import { describe, expect, it } from 'vitest';
import { botSettings } from '../../../src/engine/bots/index.js';
import { publicView, scoreExercise, type Command, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import { must, newSession, role, scenarioNamed, TRAINER } from '../engine/support.js';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

function copyOf(file: string, change: (s: Mutable<Scenario>) => void): Scenario {
  const s = structuredClone(scenarioNamed(file)) as Mutable<Scenario>;
  change(s);
  return s as Scenario;
}

function begin(scenario: Scenario): ExerciseState {
  const settings = { ...botSettings(scenario), mode: 'multiwindow' as const };
  return must(scenario, must(scenario, newSession(scenario, '1', settings), { type: 'start', actor: TRAINER }), { type: 'beginRounds', actor: TRAINER });
}

function untilMinute(scenario: Scenario, s: ExerciseState, minute: number): ExerciseState {
  let state = s;
  // Stops at the end of play too: from then on everything still open is judged.
  while (state.minute < minute && !['hotwash', 'debrief', 'ended'].includes(state.phase)) state = must(scenario, state, { type: 'advance', actor: TRAINER });
  return state;
}

const act = (scenario: Scenario, s: ExerciseState, command: Command): ExerciseState => must(scenario, s, command);

function criterion(scenario: Scenario, s: ExerciseState, id: string) {
  const found = scoreExercise(scenario, s).criteria.find((c) => c.criterion === id);
  if (!found) throw new Error(`${id} is not scored`);
  return found;
}

describe('timing counts from when the acting role knew', () => {
  // The stabbing reaches the police chief only; the mayor learns of it when the police chief shares the picture.
  const policeOnly = copyOf('intro-market-square.json', (s) => {
    const stabbing = s.injects.find((i) => i.id === 'stabbing');
    if (!stabbing) throw new Error('no stabbing inject');
    stabbing.to = { roles: ['police-chief'], projector: false } as never;
  });

  function scaleAt(scenario: Scenario, share: boolean): ExerciseState {
    let s = untilMinute(scenario, begin(scenario), 50);
    if (share) s = act(scenario, s, { type: 'structure', action: { action: 'shareInformation', with: 'regions' }, actor: role('police-chief') });
    s = act(scenario, s, { type: 'structure', action: { action: 'scale', level: 3 }, actor: role('mayor') });
    return act(scenario, s, { type: 'structure', action: { action: 'convene', team: 'driehoek' }, actor: role('mayor') });
  }

  it('times the mayor\'s scaling from when the picture reached her, and says so', () => {
    const s = scaleAt(policeOnly, true);
    const c06 = criterion(policeOnly, s, 'C06');
    expect(c06.engine.result).toBe('met');
    expect(c06.engine.explanations).toContainEqual({ code: 'timing.from-knowledge', params: { role: 'mayor', minute: 50, held: 10 } });
  });

  it('times it from the scenario minute when the mayor had the stabbing from the start', () => {
    const scenario = scenarioNamed('intro-market-square.json');
    const c06 = criterion(scenario, scaleAt(scenario, false), 'C06');
    // 40 minutes after the stabbing against a target of 20 and a "partly" time of 30.
    expect(c06.engine.result).toBe('notMet');
    expect(c06.engine.explanations.some((x) => x.code === 'timing.from-knowledge')).toBe(false);
  });

  it('counts from the structure\'s first knowledge when the acting role acted without knowing', () => {
    const s = scaleAt(policeOnly, false);
    const c06 = criterion(policeOnly, s, 'C06');
    // The police chief knew from T+10: scaling at T+50 without the picture is as late as it was.
    expect(c06.engine.result).toBe('notMet');
    expect(c06.engine.explanations).toContainEqual({ code: 'scaling.grip.done', params: { minutes: 40, target: 20 } });
  });
});

describe('a measure kept after its warrant lapsed is an over-reaction', () => {
  // The regional level 5 is warranted from the NCTV's assessment until T+48 (say, the arrest), and may stay 12 minutes more.
  const lapsing = copyOf('station-attack.json', (s) => {
    for (const w of s.scoring.warrants) {
      if (w.measure !== 'threat-region-5') continue;
      w.when = { all: [{ delivered: 'inj-nctv-first-assessment' }, { not: { time: '>=', value: 48 } }] };
      w.keepMinutes = 12;
    }
  });
  const raise: Command = { type: 'structure', action: { action: 'setThreatLevel', level: 5, scope: 'region' }, actor: role('nctv') };
  const lower: Command = { type: 'structure', action: { action: 'setThreatLevel', level: 4, scope: 'region' }, actor: role('nctv') };

  it('judges level 5 kept to T+72 an over-reaction, with when the warrant lapsed and how long it may stay', () => {
    let s = act(lapsing, untilMinute(lapsing, begin(lapsing), 24), raise);
    s = untilMinute(lapsing, s, 72);
    const c17 = criterion(lapsing, s, 'C17');
    expect(c17.engine.result).toBe('notMet');
    expect(c17.engine.explanations).toContainEqual(expect.objectContaining({ code: 'over-reaction.kept-after-lapse', params: expect.objectContaining({ measure: 'threat-region-5', minute: 24, lapsed: 48, keep: 12 }) }));
    // Its domain criterion (protection) carries the same over-reaction.
    expect(criterion(lapsing, s, 'C13').engine.explanations.some((x) => x.code === 'over-reaction.kept-after-lapse')).toBe(true);
  });

  it('does not judge it an over-reaction when the NCTV lowers the level once the warrant lapsed', () => {
    let s = act(lapsing, untilMinute(lapsing, begin(lapsing), 24), raise);
    s = act(lapsing, untilMinute(lapsing, s, 48), lower);
    s = untilMinute(lapsing, s, 72);
    expect(criterion(lapsing, s, 'C17').engine.explanations.some((x) => x.code.startsWith('over-reaction'))).toBe(false);
  });

  it('does not judge it before the time it may stay has run out', () => {
    let s = act(lapsing, untilMinute(lapsing, begin(lapsing), 24), raise);
    s = untilMinute(lapsing, s, 48);
    expect(criterion(lapsing, s, 'C17').engine.explanations.some((x) => x.code === 'over-reaction.kept-after-lapse')).toBe(false);
  });
});

describe('nothing is judged before anything could be', () => {
  it('leaves protection unjudged at T+0 on station-attack, so VB2 is not rated U', () => {
    const scenario = scenarioNamed('station-attack.json');
    const s = begin(scenario);
    expect(s.notifiedAt).toBe(0);
    const report = scoreExercise(scenario, s);
    expect(report.criteria.find((c) => c.criterion === 'C13')?.result).toBe('notApplicable');
    expect(report.objectives.VB2?.rating).toBe('notExercised');
  });
});

describe('a rumour is rebutted only by a fact confirmed at that moment', () => {
  function rebutAt(scenario: Scenario): ExerciseState {
    let s = begin(scenario);
    while (!s.rumours['second-attacker']) s = must(scenario, s, { type: 'advance', actor: TRAINER });
    s = act(scenario, s, { type: 'publish', blocks: ['rebut-second-attacker'], actor: role('comms') });
    // Past the rumour's target of 20 minutes (or to the end of play), so an unrebutted rumour is judged.
    return untilMinute(scenario, s, s.minute + 30);
  }

  it('rates the rumour rebutted when the rebuttal was confirmed', () => {
    const scenario = scenarioNamed('intro-market-square.json');
    expect(criterion(scenario, rebutAt(scenario), 'C11').engine.result).toBe('met');
  });

  it('does not count a "rebuttal" published before it was confirmed, and says why', () => {
    const late = copyOf('intro-market-square.json', (s) => {
      const block = s.communication.blocks.find((b) => b.id === 'rebut-second-attacker');
      if (!block) throw new Error('no rebuttal block');
      block.confirmedAt = 55;
    });
    const c11 = criterion(late, rebutAt(late), 'C11');
    expect(c11.engine.result).toBe('notMet');
    expect(c11.engine.explanations).toContainEqual({ code: 'rumour.unconfirmed', params: { count: 1 } });
  });

  // The engine agrees with C11: what the score does not count as a rebuttal does not stop the rumour either.
  it('lets the rumour spread on after an unconfirmed "rebuttal", stops it on the confirmed one, and the feed follows', () => {
    const late = copyOf('intro-market-square.json', (s) => {
      const block = s.communication.blocks.find((b) => b.id === 'rebut-second-attacker');
      if (!block) throw new Error('no rebuttal block');
      block.confirmedAt = 50;
    });
    let s = begin(late);
    while (!s.rumours['second-attacker']) s = must(late, s, { type: 'advance', actor: TRAINER });
    expect(s.minute).toBeLessThan(50);
    s = act(late, s, { type: 'publish', blocks: ['rebut-second-attacker'], actor: role('comms') });
    const early = s.messages.at(-1)!.id;
    expect(s.rumours['second-attacker']?.rebuttedAt).toBeUndefined();
    expect(s.events.some((e) => e.kind === 'rumourRebutted')).toBe(false);
    expect(s.findings).toContainEqual({ message: early, finding: expect.objectContaining({ code: 'rumour-rebutted-unconfirmed', verdict: 'partly' }) });
    const reach = s.variables['rumour-reach'] ?? 0;
    s = must(late, s, { type: 'advance', actor: TRAINER });
    expect(s.variables['rumour-reach']).toBeGreaterThan(reach);
    const feed = (x: ExerciseState) => publicView(late, x).feed.items.map((i) => i.reaction);
    expect(feed(s)).toContain('rumour-spreading');
    expect(feed(s)).not.toContain('rumour-rebutted');

    s = untilMinute(late, s, 50);
    s = act(late, s, { type: 'publish', blocks: ['rebut-second-attacker'], actor: role('comms') });
    const confirmed = s.messages.at(-1)!.id;
    expect(s.rumours['second-attacker']).toMatchObject({ rebuttedAt: s.minute, rebuttedBy: 'rebut-second-attacker' });
    const spread = s.variables['rumour-reach'];
    s = must(late, s, { type: 'advance', actor: TRAINER });
    expect(s.variables['rumour-reach']).toBe(spread);
    expect(publicView(late, s).feed.items.find((i) => i.reaction === 'rumour-rebutted')?.message).toBe(confirmed);
    const c11 = criterion(late, untilMinute(late, s, 60), 'C11');
    const published = s.events.find((e) => e.kind === 'messagePublished' && e.data.message === confirmed);
    expect(c11.engine.evidence).toContain(published?.seq);
    expect(c11.engine.explanations).toContainEqual({ code: 'rumour.unconfirmed', params: { count: 1 } });
  });
});
