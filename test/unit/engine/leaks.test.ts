// No secret leaves the engine (DESIGN.md principle 3). A unique canary string is planted in every private
// field of each scenario, tagged with who may see it; at sampled steps of bot and random play every
// role's view, the projector's view and the room's debrief are searched for canaries they may not see.
// Knowledge counts too: a fact, a rebuttal, a block held back by `needs` or a place at risk carries a canary
// a role may see only once it knows it — future facts and unrevealed threats stay out of its view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playExercise } from '../../../src/engine/bots/index.js';
import { publishVoice } from '../../../src/engine/machines/authority.js';
import { canSee, debriefView, publicView, replaySteps, roleView, trainerView, type Audience, type ExerciseState, type Scenario } from '../../../src/engine/index.js';
import type { BoardChangeT, EffectT, VisibilityT } from '../../../src/engine/scenario/schema.js';
import { knows } from '../../../src/engine/knowledge/index.js';
import { randomPlay, SCENARIOS } from './support.js';

type MaySee = (audience: Audience, state: ExerciseState) => boolean;

interface Planted {
  readonly scenario: Scenario;
  readonly canaries: ReadonlyMap<string, { readonly what: string; readonly maySee: MaySee }>;
}

const CANARY = /CANARY\d+Z/g;
const never: MaySee = () => false;
const roleIs = (id: string): MaySee => (a) => a.kind === 'role' && a.role === id;
const visibleTo = (v: VisibilityT): MaySee => (a) => canSee(v, a);

/** A copy of the scenario with a canary in every private text; each canary knows who may see it. */
function plant(original: Scenario): Planted {
  const scenario = structuredClone(original) as Scenario & Record<string, unknown>;
  const canaries = new Map<string, { what: string; maySee: MaySee }>();
  const canary = (what: string, maySee: MaySee): string => {
    const token = `CANARY${canaries.size}Z`;
    canaries.set(token, { what, maySee });
    return token;
  };
  const mutable = <T>(x: T) => x as { -readonly [K in keyof T]: T[K] };

  mutable(scenario).trainerIntro = canary('trainerIntro', never);
  for (const r of scenario.roles) mutable(r).briefing = canary(`briefing of ${r.id}`, roleIs(r.id));

  const markers = (changes: readonly BoardChangeT[], where: string) => {
    for (const c of changes) if (c.op === 'addMarker' && c.visibility !== 'public') mutable(c).label = canary(`marker ${c.id} (${where})`, visibleTo(c.visibility));
  };
  const effectMarkers = (effects: readonly EffectT[], where: string) => markers(effects.flatMap((e) => (e.kind === 'board' ? [e.change] : [])), where);

  for (const inj of scenario.injects) {
    mutable(inj).trainerNote = canary(`trainerNote of inject ${inj.id}`, never);
    markers(inj.board, inj.id);
    effectMarkers(inj.effects, inj.id);
    inj.variants.forEach((v) => effectMarkers(v.effects, inj.id));
    if (inj.to.projector) continue;
    const recipients = inj.to.roles === 'all' ? scenario.roles.map((r) => r.id) : inj.to.roles;
    const delivered = (variant?: number): MaySee => (a, s) =>
      a.kind === 'role' && recipients.includes(a.role) && inj.id in s.delivered && (variant === undefined || s.delivered[inj.id]?.variant === variant);
    mutable(inj).text = canary(`text of inject ${inj.id}`, delivered());
    mutable(inj).title = canary(`title of inject ${inj.id}`, delivered());
    mutable(inj).from = canary(`sender of inject ${inj.id}`, delivered());
    inj.variants.forEach((v, i) => {
      if (v.text !== undefined) mutable(v).text = canary(`variant ${i} of inject ${inj.id}`, delivered(i));
    });
  }
  for (const d of scenario.decisions) {
    mutable(d).trainerNote = canary(`trainerNote of decision ${d.id}`, never);
    d.options.forEach((o) => effectMarkers(o.effects, `${d.id}/${o.id}`));
    if (d.public) continue;
    mutable(d).prompt = canary(`prompt of decision ${d.id}`, roleIs(d.owner));
    for (const o of d.options) mutable(o).label = canary(`option ${o.id} of decision ${d.id}`, roleIs(d.owner));
  }
  for (const v of scenario.variables) if (v.visibility !== 'public') mutable(v).name = canary(`variable ${v.id}`, visibleTo(v.visibility));
  // A place at risk shows a role only once the threat to it reached that role; others by its visibility.
  for (const t of scenario.picture.atRisk) {
    mutable(t).reason = canary(`reason ${t.id} is at risk`, (a, s) => (a.kind === 'role' ? knows(s, a.role, `threat:${t.id}`) : canSee(t.visibility, a)));
  }
  for (const u of scenario.picture.units) if (u.visibility !== 'public') mutable(u).name = canary(`unit ${u.id}`, visibleTo(u.visibility));
  for (const z of scenario.picture.zones) if (z.visibility !== 'public') mutable(z).name = canary(`zone ${z.id}`, visibleTo(z.visibility));
  for (const a of scenario.picture.boardActions) effectMarkers(a.effects, a.id);
  for (const r of scenario.rumours) if (r.visibility !== 'public') mutable(r).text = canary(`rumour ${r.id}`, visibleTo(r.visibility));

  const offices = new Map(scenario.roles.map((r) => [r.id, r.office]));
  const rebutted = (id: string) => [...rebutsOf(scenario, id)];
  for (const b of scenario.communication.blocks) {
    // A composer shows the blocks of its voice that the role knows enough to use — a fact once it knows the
    // fact, a rebuttal once it heard the rumour, a block with `needs` once it knows one of them — and, for an
    // NL-Alert, the advice blocks it knows; once published a block is public.
    const known = (role: string, s: ExerciseState): boolean => {
      if (b.needs.length > 0) return b.needs.some((k) => knows(s, role, k));
      if (b.kind === 'fact') return knows(s, role, `fact:${b.id}`);
      const rumours = rebutted(b.id);
      if (b.kind === 'rebuttal' || rumours.length > 0) return rumours.some((r) => knows(s, role, `rumour:${r}`));
      return true;
    };
    const maySee: MaySee = (a, s) => {
      if (s.messages.some((m) => m.blocks.includes(b.id))) return true;
      if (a.kind !== 'role') return false;
      const office = offices.get(a.role);
      const voice = office === undefined ? null : (publishVoice(office) ?? (b.kind === 'actionAdvice' ? 'regional' : null));
      return voice !== null && b.voices.includes(voice) && known(a.role, s);
    };
    mutable(b).text = canary(`text of block ${b.id}`, maySee);
    if (b.what !== undefined) mutable(b).what = canary(`what of block ${b.id}`, maySee);
    if (b.until !== undefined) mutable(b).until = canary(`until of block ${b.id}`, maySee);
  }
  return { scenario, canaries };
}

/** The rumours a block rebuts, named on the block or on the rumour. */
function rebutsOf(scenario: Scenario, block: string): Set<string> {
  const out = new Set<string>(scenario.communication.blocks.find((b) => b.id === block)?.rebuts ?? []);
  for (const r of scenario.rumours) if (r.rebuttedBy.includes(block)) out.add(r.id);
  return out;
}

function leaks({ scenario, canaries }: Planted, state: ExerciseState): string[] {
  const views: [Audience, unknown][] = [
    ...scenario.roles.map((r): [Audience, unknown] => [{ kind: 'role', role: r.id }, roleView(scenario, state, r.id)]),
    [{ kind: 'public' }, publicView(scenario, state)],
    [{ kind: 'room' }, debriefView(scenario, state, 'room')],
  ];
  const found: string[] = [];
  for (const [audience, view] of views) {
    for (const token of new Set(JSON.stringify(view).match(CANARY) ?? [])) {
      const c = canaries.get(token);
      if (!c || !c.maySee(audience, state)) {
        found.push(`${audience.kind === 'role' ? `role ${audience.role}` : audience.kind} sees ${c?.what ?? token} at T+${state.minute} (${state.phase})`);
      }
    }
  }
  return found;
}

const sampled = <T>(items: readonly T[], count: number): T[] => items.filter((_, i) => i === items.length - 1 || i % Math.max(1, Math.floor(items.length / count)) === 0);

describe.each(SCENARIOS.map((s) => [s.name, s.scenario] as const))('%s', (_name, original) => {
  const planted = plant(original);

  it('plants a canary in every private field', () => {
    expect(planted.canaries.size).toBeGreaterThan(original.roles.length + original.injects.length);
  });

  it('finds the canaries where they belong: a role\'s own briefing, the trainer\'s notes in the trainer view', () => {
    const { state } = playExercise(planted.scenario, 'canary', 'doctrine');
    const tokens = (view: unknown) => new Set(JSON.stringify(view).match(CANARY) ?? []);
    const what = (view: unknown) => [...tokens(view)].map((t) => planted.canaries.get(t)?.what ?? t);
    for (const r of planted.scenario.roles) expect(what(roleView(planted.scenario, state, r.id))).toContain(`briefing of ${r.id}`);
    const trainerOnly = what(trainerView(planted.scenario, state)).filter((w) => w.startsWith('trainerNote of inject'));
    expect(trainerOnly.length).toBe(planted.scenario.injects.length);
    if (state.messages.length > 0) expect(what(publicView(planted.scenario, state)).some((w) => w.startsWith('text of block'))).toBe(true);
    // Knowledge canaries are not vacuous: in the bundled scenarios, facts learnt during play do reach the composers.
    const seenFacts = planted.scenario.roles.flatMap((r) => what(roleView(planted.scenario, state, r.id))).filter((w) => /^text of block .*fact/.test(w));
    if (_name.startsWith('scenarios/')) expect(seenFacts.length).toBeGreaterThan(0);
  }, 30_000);

  it('no view shows a canary its audience may not see, in bot play', () => {
    for (const policy of ['doctrine', 'poor', 'random'] as const) {
      const { state } = playExercise(planted.scenario, 'canary', policy);
      const steps = replaySteps(planted.scenario, state);
      for (const s of sampled(steps, 6)) expect(leaks(planted, s), policy).toEqual([]);
    }
  }, 60_000);

  it('no view shows a canary its audience may not see, in random legal play', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), fc.array(fc.nat({ max: 100_000 }), { minLength: 5, maxLength: 50 }), (seed, picks) => {
        const { states } = randomPlay(planted.scenario, seed, picks);
        for (const s of sampled(states, 4)) expect(leaks(planted, s)).toEqual([]);
      }),
      { numRuns: 10 },
    );
  }, 60_000);
});
