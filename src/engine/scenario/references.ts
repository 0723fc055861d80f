// Every place a scenario names another part of itself, collected in one walk with the JSON path of the
// name, so the cross-reference checks can say exactly which mention is wrong.
import type { Path } from './paths.js';
import type { BoardChangeT, Condition, EffectT, ExpectedActionT, Scenario, StructureActionT, VisibilityT } from './schema.js';

export type ReferenceKind =
  | 'role'
  | 'inject'
  | 'decision'
  | 'option'
  | 'variable'
  | 'area'
  | 'poi'
  | 'zone'
  | 'unit'
  | 'hospital'
  | 'atRisk'
  | 'boardAction'
  | 'block'
  | 'rumour'
  | 'municipality'
  | 'marker'
  | 'structureAction';

export interface Reference {
  readonly kind: ReferenceKind;
  readonly id: string;
  readonly path: Path;
  /** For an option: the decision it belongs to. */
  readonly decision?: string;
  /** The target must be of this kind, e.g. a point of interest of kind "hospital". */
  readonly mustBe?: string;
}

export interface Mention<T> {
  readonly value: T;
  readonly path: Path;
}

export interface ScenarioMentions {
  readonly references: Reference[];
  /** Markers are defined where an effect or inject adds them. */
  readonly markers: Mention<string>[];
  readonly effects: Mention<EffectT>[];
}

export function collectMentions(scenario: Scenario): ScenarioMentions {
  const out: ScenarioMentions = { references: [], markers: [], effects: [] };
  const ref = (kind: ReferenceKind, id: string, path: Path, extra: Partial<Reference> = {}) => out.references.push({ kind, id, path, ...extra });

  const visibility = (v: VisibilityT | undefined, path: Path) => {
    if (v && typeof v === 'object') v.roles.forEach((role, i) => ref('role', role, [...path, 'roles', i]));
  };

  const condition = (c: Condition | undefined, path: Path): void => {
    if (!c) return;
    if ('all' in c) c.all.forEach((sub, i) => condition(sub, [...path, 'all', i]));
    else if ('any' in c) c.any.forEach((sub, i) => condition(sub, [...path, 'any', i]));
    else if ('not' in c) condition(c.not, [...path, 'not']);
    else if ('variable' in c) ref('variable', c.variable, [...path, 'variable']);
    else if ('decided' in c) {
      ref('decision', c.decided, [...path, 'decided']);
      if (c.option !== undefined) ref('option', c.option, [...path, 'option'], { decision: c.decided });
    } else if ('delivered' in c) ref('inject', c.delivered, [...path, 'delivered']);
    else if ('published' in c) ref('block', c.published, [...path, 'published']);
    else if ('rumourActive' in c) ref('rumour', c.rumourActive, [...path, 'rumourActive']);
    else if ('rumourRebutted' in c) ref('rumour', c.rumourRebutted, [...path, 'rumourRebutted']);
    else if ('boardAction' in c) ref('boardAction', c.boardAction, [...path, 'boardAction']);
    else if ('structureAction' in c) ref('structureAction', c.structureAction, [...path, 'structureAction']);
  };

  const structure = (a: StructureActionT, path: Path) => {
    if (a.action === 'sendNlAlert') {
      ref('area', a.area, [...path, 'area']);
      ref('block', a.advice, [...path, 'advice'], { mustBe: 'actionAdvice' });
    } else if (a.action === 'protect') ref('atRisk', a.target, [...path, 'target']);
  };

  const board = (change: BoardChangeT, path: Path) => {
    switch (change.op) {
      case 'addMarker':
        out.markers.push({ value: change.id, path: [...path, 'id'] });
        visibility(change.visibility, [...path, 'visibility']);
        break;
      case 'removeMarker':
        ref('marker', change.id, [...path, 'id']);
        break;
      case 'activateZone':
      case 'liftZone':
        ref('zone', change.zone, [...path, 'zone']);
        break;
      case 'moveUnit':
      case 'deployUnit':
        ref('unit', change.unit, [...path, 'unit']);
        break;
      case 'hospitalLoad':
        ref('hospital', change.hospital, [...path, 'hospital']);
        break;
      case 'markAffected':
        ref('area', change.area, [...path, 'area']);
        break;
    }
  };

  const effect = (e: EffectT, path: Path) => {
    out.effects.push({ value: e, path });
    switch (e.kind) {
      case 'variable':
        ref('variable', e.variable, [...path, 'variable']);
        visibility(e.visibility, [...path, 'visibility']);
        break;
      case 'inject':
        ref('inject', e.inject, [...path, 'inject']);
        break;
      case 'structure':
        structure(e.do, [...path, 'do']);
        if (e.by !== undefined) ref('role', e.by, [...path, 'by']);
        break;
      case 'board':
        board(e.change, [...path, 'change']);
        break;
      case 'confirmFact':
        ref('block', e.block, [...path, 'block']);
        break;
      case 'startRumour':
        ref('rumour', e.rumour, [...path, 'rumour']);
        break;
    }
  };
  // A knowledge key names a thing of its kind: "fact:<fact block>", "threat:<place at risk>", …
  const knowledge = (keys: readonly string[], path: Path) =>
    keys.forEach((key, i) => {
      const at = key.indexOf(':');
      const kind = key.slice(0, at);
      const id = key.slice(at + 1);
      const p = [...path, i];
      if (kind === 'fact') ref('block', id, p, { mustBe: 'fact' });
      else if (kind === 'threat') ref('atRisk', id, p);
      else if (kind === 'rumour') ref('rumour', id, p);
      else if (kind === 'variable') ref('variable', id, p);
      else if (kind === 'decision') ref('decision', id, p);
      else if (kind === 'inject') ref('inject', id, p);
      else if (kind === 'structure') ref('structureAction', id, p);
    });
  const effects = (list: readonly EffectT[], path: Path) => list.forEach((e, i) => effect(e, [...path, i]));

  const expected = (action: ExpectedActionT, path: Path) => {
    ref('role', action.role, [...path, 'role']);
    const todo = action.do;
    const at = [...path, 'do'];
    if (todo.action === 'decide') ref('decision', todo.decision, [...at, 'decision']);
    else if (todo.action === 'publish') {
      if (todo.block !== undefined) ref('block', todo.block, [...at, 'block']);
    } else if (todo.action === 'boardAction') ref('boardAction', todo.id, [...at, 'id']);
    else structure(todo, at);
  };

  const { map } = scenario.setting;
  map.areas.forEach((area, i) => {
    if (area.municipality !== undefined) ref('municipality', area.municipality, ['setting', 'map', 'areas', i, 'municipality']);
  });
  map.pointsOfInterest.forEach((poi, i) => {
    if (poi.municipality !== undefined) ref('municipality', poi.municipality, ['setting', 'map', 'pointsOfInterest', i, 'municipality']);
  });

  scenario.variables.forEach((v, i) => visibility(v.visibility, ['variables', i, 'visibility']));

  const { picture } = scenario;
  picture.units.forEach((unit, i) => visibility(unit.visibility, ['picture', 'units', i, 'visibility']));
  picture.hospitals.forEach((h, i) => ref('poi', h.poi, ['picture', 'hospitals', i, 'poi'], { mustBe: 'hospital' }));
  picture.zones.forEach((zone, i) => visibility(zone.visibility, ['picture', 'zones', i, 'visibility']));
  picture.atRisk.forEach((place, i) => {
    const path = ['picture', 'atRisk', i];
    ref('poi', place.poi, [...path, 'poi']);
    if (place.risk !== undefined) ref('variable', place.risk, [...path, 'risk']);
    visibility(place.visibility, [...path, 'visibility']);
  });
  picture.boardActions.forEach((action, i) => {
    const path = ['picture', 'boardActions', i];
    action.roles.forEach((role, j) => ref('role', role, [...path, 'roles', j]));
    effects(action.effects, [...path, 'effects']);
  });

  scenario.injects.forEach((inject, i) => {
    const path = ['injects', i];
    condition(inject.when, [...path, 'when']);
    if (Array.isArray(inject.to.roles)) inject.to.roles.forEach((role, j) => ref('role', role, [...path, 'to', 'roles', j]));
    inject.board.forEach((change, j) => board(change, [...path, 'board', j]));
    effects(inject.effects, [...path, 'effects']);
    inject.variants.forEach((variant, j) => effects(variant.effects, [...path, 'variants', j, 'effects']));
    inject.expectedActions.forEach((action, j) => expected(action, [...path, 'expectedActions', j]));
    if (inject.reveals !== undefined) knowledge(inject.reveals, [...path, 'reveals']);
  });

  scenario.decisions.forEach((decision, i) => {
    const path = ['decisions', i];
    ref('role', decision.owner, [...path, 'owner']);
    condition(decision.when, [...path, 'when']);
    ref('option', decision.default, [...path, 'default'], { decision: decision.id });
    decision.options.forEach((option, j) => effects(option.effects, [...path, 'options', j, 'effects']));
  });

  const { communication } = scenario;
  communication.blocks.forEach((block, i) => {
    const path = ['communication', 'blocks', i];
    if (block.where !== undefined) ref('area', block.where, [...path, 'where']);
    condition(block.allowedWhen, [...path, 'allowedWhen']);
    block.rebuts.forEach((rumour, j) => ref('rumour', rumour, [...path, 'rebuts', j]));
    knowledge(block.needs, [...path, 'needs']);
  });
  communication.contradictions.forEach((pair, i) => pair.forEach((block, j) => ref('block', block, ['communication', 'contradictions', i, j])));
  communication.feed.forEach((item, i) => {
    const path = ['communication', 'feed', i];
    if (item.area !== undefined) ref('area', item.area, [...path, 'area']);
    condition(item.when, [...path, 'when']);
  });

  scenario.rumours.forEach((rumour, i) => {
    const path = ['rumours', i];
    condition(rumour.when, [...path, 'when']);
    ref('variable', rumour.reach, [...path, 'reach']);
    rumour.rebuttedBy.forEach((block, j) => ref('block', block, [...path, 'rebuttedBy', j]));
    visibility(rumour.visibility, [...path, 'visibility']);
  });

  scenario.endings.forEach((ending, i) => condition(ending.when, ['endings', i, 'when']));

  scenario.modules.forEach((module, i) => {
    const path = ['modules', i];
    module.injects.forEach((inject, j) => ref('inject', inject, [...path, 'injects', j]));
    module.decisions.forEach((decision, j) => ref('decision', decision, [...path, 'decisions', j]));
    module.questions.forEach((question, j) => {
      if (question.audience !== 'all') question.audience.forEach((role, k) => ref('role', role, [...path, 'questions', j, 'audience', k]));
    });
  });

  scenario.scoring.criteria.forEach((criterion, i) => {
    condition(criterion.trigger, ['scoring', 'criteria', i, 'trigger']);
    if (criterion.variable !== undefined) ref('variable', criterion.variable, ['scoring', 'criteria', i, 'variable']);
  });

  return out;
}
