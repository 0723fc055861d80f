// A decision has exactly one owner; once taken (by a player or by its default) it stays taken. A policy
// team's decision is taken by its owner, the team's chair, and records the members present.
import { applyEffects } from '../effects.js';
import { refuse, type Step } from '../step.js';
import type { Command } from '../types.js';
import { actingRole } from './actors.js';
import { learnDecision } from '../../knowledge/learn.js';
import { teamSitting } from '../team-decisions.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function decide(step: Step, c: Of<'decide'>): void {
  const role = actingRole(step, c.actor);
  const decision = step.idx.decisions.get(c.decision);
  if (!decision) refuse('unknown-decision', { decision: c.decision });
  if (decision.owner !== role.id) refuse('not-decision-owner', { decision: decision.id, owner: decision.owner });
  const st = step.s.decisions[decision.id];
  if (!st) refuse('decision-not-open', { decision: decision.id });
  if (st.taken) refuse('decision-already-taken', { decision: decision.id });
  const option = decision.options.find((o) => o.id === c.option);
  if (!option) refuse('unknown-option', { option: c.option, decision: decision.id });
  if (c.confidence !== undefined && !(Number.isInteger(c.confidence) && c.confidence >= 1 && c.confidence <= 5)) {
    refuse('confidence-out-of-range', { confidence: String(c.confidence) });
  }
  const rationale = c.rationale?.trim().slice(0, 4000);
  // A policy team's decision: its chair decides after the members present have had their say (DOMAIN.md §3).
  const team = teamSitting(step.scenario, step.s, decision);
  step.own('decisions')[decision.id] = {
    ...st,
    taken: {
      option: option.id,
      byDefault: false,
      actor: c.actor,
      ...(rationale ? { rationale } : {}),
      ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
      minute: step.s.minute,
      round: step.s.round,
      ...(c.stamp !== undefined ? { stamp: c.stamp } : {}),
      ...(team ? { team } : {}),
    },
  };
  const taken = step.emit('decisionTaken', decision.public ? 'public' : { roles: [role.id] }, {
    decision: decision.id,
    owner: role.id,
    option: option.id,
    byDefault: false,
    simcell: c.actor.kind === 'simcell',
    ...(team ? { team: team.team, sitting: team.sitting, present: team.present } : {}),
  });
  learnDecision(step, decision.id, taken);
  applyEffects(step, option.effects, { kind: 'option', id: `${decision.id}/${option.id}`, role });
}
