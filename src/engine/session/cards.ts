// Decision cards and actions are one thing (DOMAIN.md §7; issue "decision cards reconciled with actions"):
// when a role takes a structure action that an open card's option would take, the card is settled by that
// action — recorded as decided by the acting role with the matching option — and never expires to a
// contradicting default. A card whose default already applied is re-recorded when a later action contradicts
// the default; its default's consequences have happened and stay, only the choice on record changes.
import type { DecisionOption, Role, Scenario, StructureActionT } from '../scenario/schema.js';
import { actionKey } from '../scenario/action-keys.js';
import { learnDecision } from '../knowledge/learn.js';
import { applyEffects } from './effects.js';
import type { Step } from './step.js';
import { summaryOf } from './summary.js';
import { teamSitting } from './team-decisions.js';
import type { Actor, EngineEvent } from './types.js';

/** What settles something: these action keys, or a scale-up to at least this level. */
interface Settling {
  readonly keys: ReadonlySet<string>;
  /** The lowest level above 0 the option scales to, if it scales. */
  readonly scaleLevel: number | undefined;
}

interface Produced extends Settling {
  /** The option's own structure part: every one of these must be in effect before an action settles it. */
  readonly parts: readonly { readonly action: StructureActionT; readonly key: string }[];
  /** Its declared `resolvedBy` actions: each settles it on its own. */
  readonly links: ReadonlySet<string>;
}

// What each option produces, worked out once per option: every structure action asks it of every open card.
const producedBy = new WeakMap<DecisionOption, Produced>();

function produced(option: DecisionOption): Produced {
  let p = producedBy.get(option);
  if (!p) {
    const parts = option.effects.flatMap((e) => (e.kind === 'structure' ? [e.do] : []));
    const actions = [...parts, ...option.resolvedBy];
    const levels = actions.flatMap((a) => (a.action === 'scale' && a.level > 0 ? [a.level] : []));
    p = {
      keys: new Set(actions.map(actionKey)),
      scaleLevel: levels.length > 0 ? Math.min(...levels) : undefined,
      parts: parts.map((action) => ({ action, key: actionKey(action) })),
      links: new Set(option.resolvedBy.map(actionKey)),
    };
    producedBy.set(option, p);
  }
  return p;
}

/** Whether taking `action` produces what this option's structure part (or its declared link) produces. */
export function optionSettledBy(option: DecisionOption, action: StructureActionT, key = actionKey(action)): boolean {
  const { keys, scaleLevel } = produced(option);
  if (keys.size === 0) return false;
  // A scale-up settles an option that scales to that level or lower: levels may be skipped.
  return keys.has(key) || (action.action === 'scale' && scaleLevel !== undefined && action.level >= scaleLevel);
}

/**
 * Whether, with `action` just taken, the structure now carries out the whole option: one of its declared
 * links was taken, or every action of its structure part is in effect (this one, one taken earlier in the
 * exercise, or for a scale-up a GRIP level at least as high). An option is settled only when whole: scaling to
 * GRIP 3 alone does not carry out "GRIP 3 and convene the driehoek", so the card must not say the team decided
 * that. The option scored is then the one the team actually carried out.
 */
function carriedOut(step: Step, option: DecisionOption, action: StructureActionT, key: string): boolean {
  if (!optionSettledBy(option, action, key)) return false;
  const { parts, links } = produced(option);
  if (links.has(key)) return true;
  const grip = summaryOf(step.s).grip;
  return parts.every(({ action: part, key: partKey }) => (part.action === 'scale' ? grip >= part.level : partKey === key || partKey in step.s.actionsTaken));
}

/** Of the options an action carries out, the one that says most: "GRIP 3 and the driehoek" over "GRIP 3 only" when both hold. */
function optionCarriedOut(step: Step, options: readonly DecisionOption[], action: StructureActionT, key: string): DecisionOption | undefined {
  let best: DecisionOption | undefined;
  for (const o of options) {
    if (!carriedOut(step, o, action, key)) continue;
    if (!best || produced(o).parts.length > produced(best).parts.length) best = o;
  }
  return best;
}

/** What any option of a scenario's cards produces: an action outside it settles no card (most actions). */
const settlingByScenario = new WeakMap<Scenario, Settling>();

function anyOptionSettledBy(scenario: Scenario, action: StructureActionT, key: string): boolean {
  let all = settlingByScenario.get(scenario);
  if (!all) {
    const options = scenario.decisions.flatMap((d) => d.options.map(produced));
    const levels = options.flatMap((p) => (p.scaleLevel === undefined ? [] : [p.scaleLevel]));
    all = { keys: new Set(options.flatMap((p) => [...p.keys])), scaleLevel: levels.length > 0 ? Math.min(...levels) : undefined };
    settlingByScenario.set(scenario, all);
  }
  return all.keys.has(key) || (action.action === 'scale' && all.scaleLevel !== undefined && action.level >= all.scaleLevel);
}

export function settleCardsByAction(step: Step, role: Role, action: StructureActionT, actor: Actor, cause: EngineEvent): void {
  // The action's key once, and no card walked when no option of any card produces what the action does.
  const key = actionKey(action);
  if (!anyOptionSettledBy(step.scenario, action, key)) return;
  for (const d of step.scenario.decisions) {
    const st = step.s.decisions[d.id];
    if (!st || (st.taken && !st.taken.byDefault)) continue;
    const current = st.taken?.option;
    const option = optionCarriedOut(step, d.options, action, key);
    if (!option || option.id === current) continue;
    // A default that already does what the action did needs no change on record.
    if (current !== undefined && d.options.some((o) => o.id === current && carriedOut(step, o, action, key))) continue;
    const team = teamSitting(step.scenario, step.s, d);
    step.own('decisions')[d.id] = {
      ...st,
      taken: { option: option.id, byDefault: false, actor, minute: step.s.minute, round: step.s.round, settledBy: { role: role.id, event: cause.seq }, ...(team ? { team } : {}) },
    };
    const taken = step.emit('decisionTaken', d.public ? 'public' : { roles: [d.owner, role.id] }, {
      decision: d.id,
      owner: d.owner,
      option: option.id,
      byDefault: false,
      byAction: cause.seq,
      role: role.id,
      replacesDefault: current ?? null,
      ...(team ? { team: team.team, sitting: team.sitting, present: team.present } : {}),
    });
    learnDecision(step, d.id, taken);
    // An open card: the option's other consequences follow (its structure part is the action just taken).
    if (current === undefined) {
      const rest = option.effects.filter((e) => e.kind !== 'structure');
      if (rest.length > 0) applyEffects(step, rest, { kind: 'option', id: `${d.id}/${option.id}`, role: step.idx.roles.get(d.owner) });
    }
  }
}
