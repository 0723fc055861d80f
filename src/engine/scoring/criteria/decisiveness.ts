// Decisive crisis decisions and fast care (DOMAIN.md §7: C06, C07, C08): the scaling level and the
// national teams in time, casualty care and intervention within target.
import type { ConvenableTeam } from '../../scenario/vocabulary.js';
import { eventsWith } from '../../session/event-index.js';
import type { EngineEvent } from '../../session/types.js';
import type { CriterionResult } from '../../strategy/index.js';
import { clockFor } from '../clock.js';
import { firstStructureAction, firstStructureChange, fromFraction, notApplicable, targets, triggerTime, verdict, type Explanation, type ScoringContext, type Verdict } from '../evidence.js';
import { exerciseOver, minutesFromKnowledge, timedFromKnowledge } from './timing.js';
import { withRightChair } from './right-chair.js';

/** The chair the real structure expects when this team is convened (DOMAIN.md §2). */
const EXPECTED_CHAIRS: Partial<Record<ConvenableTeam, readonly string[]>> = {
  ICCb: ['nctv'],
  MCCb: ['ministerJenV', 'ministerPresident'],
};

/**
 * C06: the right scaling level within target of its trigger, with the teams alongside it (by default the
 * driehoek) active in parallel from GRIP 3; each clock starts when the acting role knew the trigger.
 */
export function scaling(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const level = use.level ?? 3;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('scaling.not-triggered', { level });
  const t = targets(ctx, 30);
  const reached = firstStructureChange(state, 'grip', (_a, ch) => (ch.to as number) >= level);
  const grip = timedFromKnowledge(state, scenario, use.trigger, reached, t, 'scaling.grip');
  const teams = use.teams ?? (level >= 3 ? ['driehoek'] : []);
  if (teams.length === 0 || grip.result === 'notApplicable') return { ...grip, explanations: [...grip.explanations, { code: 'scaling.level', params: { level } }] };
  const parallel = teams.map((team) => {
    const convened = firstStructureAction(state, 'convene', (a) => a.team === team);
    const v = timedFromKnowledge(state, scenario, use.trigger, convened, t, 'scaling.team');
    return { ...v, explanations: v.explanations.map((x) => (x.code.startsWith('scaling.team') ? { ...x, params: { ...x.params, team } } : x)) };
  });
  const all = [grip, ...parallel].map((v) => v.result);
  const result = all.every((r) => r === 'met') ? 'met' : all.every((r) => r === 'notMet' || r === 'notApplicable') ? 'notMet' : 'partly';
  return {
    result,
    evidence: [...grip.evidence, ...parallel.flatMap((v) => v.evidence)],
    explanations: [...grip.explanations, ...parallel.flatMap((v) => v.explanations), { code: 'scaling.level', params: { level } }],
  };
}

/** C07: the national teams convened when their trigger holds, with the right chair (right-chair.ts judges the decisions); each timed from when the convening role knew. */
export function nationalTeams(ctx: ScoringContext): Verdict {
  return withRightChair(ctx, teamsConvened(ctx));
}

function teamsConvened(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const teams = use.teams ?? ['ICCb', 'NKC'];
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('teams.not-triggered');
  const clock = clockFor(state, scenario, use.trigger, undefined);
  if (clock === null) return notApplicable('timing.never-known');
  const t = targets(ctx, 60);
  let score = 0;
  let inTimeCount = 0;
  let lateCount = 0;
  let wrongChair = 0;
  const evidence: EngineEvent[] = [];
  const missing: string[] = [];
  for (const team of teams) {
    const e = firstStructureAction(state, 'convene', (a) => a.team === team);
    if (!e) {
      missing.push(team);
      continue;
    }
    evidence.push(e);
    const chair = (e.data.change as { chair?: string }).chair;
    const chairOk = EXPECTED_CHAIRS[team]?.includes(chair ?? '') ?? true;
    const minutes = minutesFromKnowledge(state, scenario, use.trigger, e)?.minutes ?? 0;
    const inTime = minutes <= t.target ? 1 : minutes <= t.partly ? 0.5 : 0;
    if (inTime === 1) inTimeCount++;
    else if (inTime === 0.5) lateCount++;
    if (!chairOk) wrongChair++;
    score += chairOk ? inTime : inTime / 2;
  }
  if (missing.length > 0 && !exerciseOver(state) && state.minute - clock.minute <= t.target) {
    return notApplicable('teams.pending', { target: t.target });
  }
  const mean = score / teams.length;
  return verdict(mean === 1 ? 'met' : mean > 0 ? 'partly' : 'notMet', evidence, 'teams.convened', {
    convened: teams.length - missing.length,
    total: teams.length,
    inTime: inTimeCount,
    late: lateCount,
    target: t.target,
    wrongChair,
    missing: missing.join(', ') || '-',
  });
}

/**
 * C08: casualty care, hospital distribution and the intervention (DSI) decisions within target of when the acting
 * role knew they were needed; a watched load (variable, threshold) must stay below its threshold.
 */
export function emergencyCare(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('care.not-triggered');
  const clock = clockFor(state, scenario, use.trigger, undefined);
  if (clock === null) return notApplicable('timing.never-known');
  const t = targets(ctx, 45);
  const usesDsi = scenario.injects.some((i) => i.expectedActions.some((a) => a.do.action.endsWith('Dsi')));
  const parts: { name: string; event: EngineEvent | undefined }[] = [
    { name: 'distributeCasualties', event: firstStructureAction(state, 'distributeCasualties') },
  ];
  if (usesDsi) parts.push({ name: 'deployDsi', event: firstStructureAction(state, 'deployDsi') ?? firstStructureAction(state, 'approveDsi') });
  const minutes = (e: EngineEvent | undefined) => (e === undefined ? null : (minutesFromKnowledge(state, scenario, use.trigger, e)?.minutes ?? 0));
  const inTime = parts.filter((p) => {
    const m = minutes(p.event);
    return m !== null && m <= t.partly;
  });
  if (inTime.length === 0 && !exerciseOver(state) && state.minute - clock.minute <= t.target) return notApplicable('care.pending', { target: t.target });
  const onTarget = parts.filter((p) => {
    const m = minutes(p.event);
    return m !== null && m <= t.target;
  }).length;
  const evidence = parts.map((p) => p.event);
  let result: CriterionResult = onTarget === parts.length ? 'met' : fromFraction(inTime.length, parts.length) === 'notMet' ? 'notMet' : 'partly';
  const explanations: Explanation[] = [{ code: 'care.parts', params: { done: inTime.length, total: parts.length, target: t.target } }];
  if (use.variable !== undefined && use.threshold !== undefined) {
    const load = peakOf(state, use.variable, use.threshold);
    if (load.peak >= use.threshold) {
      result = result === 'met' ? 'partly' : 'notMet';
      evidence.push(...load.over);
    }
    explanations.push({ code: load.peak >= use.threshold ? 'care.load-over' : 'care.load-under', params: { variable: use.variable, peak: load.peak, threshold: use.threshold } });
  }
  return { result, evidence: evidence.filter((e): e is EngineEvent => e !== undefined).map((e) => e.seq), explanations };
}

/** The highest value a variable reached, and the changes that took it to or over a threshold. */
export function peakOf(state: ScoringContext['state'], variable: string, threshold = Number.POSITIVE_INFINITY): { peak: number; over: EngineEvent[] } {
  const changes = eventsWith(state, 'variableChanged', 'variable', variable);
  const first = changes[0];
  const peak = Math.max(state.variables[variable] ?? 0, first ? (first.data.from as number) : 0, ...changes.map((e) => e.data.to as number));
  return { peak, over: changes.filter((e) => (e.data.to as number) >= Math.min(threshold, peak)) };
}
