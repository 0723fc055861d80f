// The room's debrief is drawn in windows that never hold the scenario (the projector, the tables), yet
// its timeline and assessments speak of roles, decisions, injects and variables by id. The host sends
// the names those ids stand for along with the room's view: only the ones the view refers to, and
// nothing else of the scenario (no texts, trainer notes or options nobody chose).
import type { DebriefView, Scenario, TextT } from '../engine/index.js';

/**
 * The scenario's names a debrief looks up. A whole Scenario is one (the trainer's debrief reads it
 * directly); the room gets the small one roomNames() builds.
 */
export interface DebriefNames {
  readonly roles: readonly { readonly id: string; readonly name: TextT }[];
  readonly decisions: readonly {
    readonly id: string;
    readonly prompt: TextT;
    readonly options: readonly { readonly id: string; readonly label: TextT }[];
    readonly trainerNote?: TextT;
  }[];
  readonly injects: readonly { readonly id: string; readonly title?: TextT; readonly text: TextT; readonly trainerNote?: TextT }[];
  readonly variables: readonly { readonly id: string; readonly name: TextT }[];
  readonly picture: { readonly boardActions: readonly { readonly id: string; readonly label: TextT }[] };
  /** Building blocks the timeline names (a confirmed fact, an NL-Alert's advice): their words, not their ids. */
  readonly communication?: { readonly blocks: readonly { readonly id: string; readonly text: TextT }[] };
  readonly rumours?: readonly { readonly id: string; readonly text: TextT }[];
  readonly modules?: readonly { readonly id: string; readonly title: TextT }[];
  readonly endings?: readonly { readonly id: string; readonly title: TextT }[];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function roomNames(scenario: Scenario, view: DebriefView): DebriefNames {
  const roles = new Set<string>();
  const injects = new Set<string>();
  const variables = new Set<string>();
  const actions = new Set<string>();
  const blocks = new Set<string>();
  const rumours = new Set<string>();
  const modules = new Set<string>();
  const endings = new Set<string>();
  /** decision id → the options the room's view names. */
  const chosen = new Map<string, Set<string>>();
  const choose = (decision: string | null, option: string | null) => {
    if (decision === null) return;
    const options = chosen.get(decision) ?? new Set<string>();
    if (option !== null) options.add(option);
    chosen.set(decision, options);
  };

  for (const entry of view.timeline) {
    const d = entry.data;
    for (const id of [text(d.role), text(d.owner)]) if (id !== null) roles.add(id);
    choose(text(d.decision), text(d.option));
    if (entry.kind === 'injectDelivered' && d.free !== true && text(d.inject) !== null) injects.add(d.inject as string);
    if (entry.kind === 'variableChanged' && text(d.variable) !== null) variables.add(d.variable as string);
    if (entry.kind === 'boardAction' && text(d.action) !== null) actions.add(d.action as string);
    // What the room saw happen: a fact confirmed, a rumour going round, a module opened, an alert's advice.
    const block = text(d.block);
    if (block !== null) blocks.add(block);
    const change = d.change as Readonly<Record<string, unknown>> | undefined;
    const advice = text(change?.advice);
    if (advice !== null) blocks.add(advice);
    const rumour = text(d.rumour);
    if (rumour !== null) rumours.add(rumour);
    const module = text(d.module);
    if (module !== null) modules.add(module);
    const ending = text(d.ending);
    if (ending !== null) endings.add(ending);
  }
  for (const message of view.messages) roles.add(message.role);
  for (const criterion of view.score.criteria) for (const a of criterion.assessments) choose(a.decision, a.option);

  return {
    roles: scenario.roles.filter((r) => roles.has(r.id)).map((r) => ({ id: r.id, name: r.name })),
    decisions: scenario.decisions
      .filter((d) => chosen.has(d.id))
      .map((d) => ({
        id: d.id,
        prompt: d.prompt,
        options: d.options.filter((o) => chosen.get(d.id)?.has(o.id)).map((o) => ({ id: o.id, label: o.label })),
      })),
    // The room saw these injects delivered in public: their headline (or text) is what the room read.
    injects: scenario.injects.filter((i) => injects.has(i.id)).map((i) => (i.title === undefined ? { id: i.id, text: i.text } : { id: i.id, title: i.title, text: i.title })),
    variables: scenario.variables.filter((v) => variables.has(v.id)).map((v) => ({ id: v.id, name: v.name })),
    picture: { boardActions: scenario.picture.boardActions.filter((a) => actions.has(a.id)).map((a) => ({ id: a.id, label: a.label })) },
    communication: { blocks: scenario.communication.blocks.filter((b) => blocks.has(b.id)).map((b) => ({ id: b.id, text: b.text })) },
    rumours: scenario.rumours.filter((r) => rumours.has(r.id)).map((r) => ({ id: r.id, text: r.text })),
    modules: scenario.modules.filter((m) => modules.has(m.id)).map((m) => ({ id: m.id, title: m.title })),
    endings: scenario.endings.filter((e) => endings.has(e.id)).map((e) => ({ id: e.id, title: e.title })),
  };
}
