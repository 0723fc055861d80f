// Decisive crisis decisions and fast care (DOMAIN.md §7: C06, C07, C08): the scaling level and the
// national teams in time, casualty care and intervention within target.
import type { ConvenableTeam } from '../../scenario/vocabulary.js';
import type { EngineEvent } from '../../session/types.js';
import { fromFraction, notApplicable, notificationEvent, structureEvents, targets, triggerTime, verdict, type ScoringContext, type Verdict } from '../evidence.js';
import { exerciseOver, timedVerdict } from './timing.js';
import { withRightChair } from './right-chair.js';

/** The chair the real structure expects when this team is convened (DOMAIN.md §2). */
const EXPECTED_CHAIRS: Partial<Record<ConvenableTeam, readonly string[]>> = {
  ICCb: ['nctv'],
  MCCb: ['ministerJenV', 'ministerPresident'],
};

/** C06: the right scaling level within target of its trigger; from GRIP 3 the driehoek in parallel. */
export function scaling(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const level = use.level ?? 3;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('scaling.not-triggered', { level });
  const t = targets(ctx, 30);
  const reached = structureEvents(state, (_a, ch) => ch.kind === 'grip' && (ch.to as number) >= level)[0];
  const grip = timedVerdict(state, { minute: since, event: notificationEvent(state, scenario) }, reached, t, 'scaling.grip');
  if (level < 3 || grip.result === 'notApplicable') return { ...grip, explanations: [...grip.explanations, { code: 'scaling.level', params: { level } }] };
  const driehoek = structureEvents(state, (a) => a.action === 'convene' && a.team === 'driehoek')[0];
  const parallel = timedVerdict(state, { minute: since }, driehoek, t, 'scaling.driehoek');
  const both = [grip.result, parallel.result];
  const result = both.every((r) => r === 'met') ? 'met' : both.every((r) => r === 'notMet' || r === 'notApplicable') ? 'notMet' : 'partly';
  return { result, evidence: [...grip.evidence, ...parallel.evidence], explanations: [...grip.explanations, ...parallel.explanations, { code: 'scaling.level', params: { level } }] };
}

/** C07: the national teams convened when their trigger holds, with the right chair (right-chair.ts judges the decisions). */
export function nationalTeams(ctx: ScoringContext): Verdict {
  return withRightChair(ctx, teamsConvened(ctx));
}

function teamsConvened(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const teams = use.teams ?? ['ICCb', 'NKC'];
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('teams.not-triggered');
  const t = targets(ctx, 60);
  let score = 0;
  let inTimeCount = 0;
  let lateCount = 0;
  let wrongChair = 0;
  const evidence: EngineEvent[] = [];
  const missing: string[] = [];
  for (const team of teams) {
    const e = structureEvents(state, (a) => a.action === 'convene' && a.team === team)[0];
    if (!e) {
      missing.push(team);
      continue;
    }
    evidence.push(e);
    const chair = (e.data.change as { chair?: string }).chair;
    const chairOk = EXPECTED_CHAIRS[team]?.includes(chair ?? '') ?? true;
    const inTime = e.minute - since <= t.target ? 1 : e.minute - since <= t.partly ? 0.5 : 0;
    if (inTime === 1) inTimeCount++;
    else if (inTime === 0.5) lateCount++;
    if (!chairOk) wrongChair++;
    score += chairOk ? inTime : inTime / 2;
  }
  if (missing.length === teams.length && !exerciseOver(state) && state.minute - since <= t.target) {
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

/** C08: casualty care, hospital distribution and the intervention (DSI) decisions within target. */
export function emergencyCare(ctx: ScoringContext): Verdict {
  const { scenario, state, use } = ctx;
  const since = triggerTime(state, scenario, use.trigger);
  if (since === null) return notApplicable('care.not-triggered');
  const t = targets(ctx, 45);
  const usesDsi = scenario.injects.some((i) => i.expectedActions.some((a) => a.do.action.endsWith('Dsi')));
  const parts: { name: string; event: EngineEvent | undefined }[] = [
    { name: 'distributeCasualties', event: structureEvents(state, (a) => a.action === 'distributeCasualties')[0] },
  ];
  if (usesDsi) parts.push({ name: 'deployDsi', event: structureEvents(state, (a) => a.action === 'deployDsi')[0] ?? structureEvents(state, (a) => a.action === 'approveDsi')[0] });
  const inTime = parts.filter((p) => p.event !== undefined && p.event.minute - since <= t.partly);
  if (inTime.length === 0 && !exerciseOver(state) && state.minute - since <= t.target) return notApplicable('care.pending', { target: t.target });
  const onTarget = parts.filter((p) => p.event !== undefined && p.event.minute - since <= t.target).length;
  const result = onTarget === parts.length ? 'met' : fromFraction(inTime.length, parts.length) === 'notMet' ? 'notMet' : 'partly';
  return verdict(result, parts.map((p) => p.event), 'care.parts', { done: inTime.length, total: parts.length, target: t.target });
}
