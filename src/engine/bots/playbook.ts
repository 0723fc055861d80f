// The doctrine bot's crisis-structure playbook: for each criterion the scenario scores, the measures
// that Dutch doctrine takes once its trigger holds (DOMAIN.md §2–§4, §7). What is expected and when comes
// from the scenario's data (scoring.criteria and each inject's expectedActions), never from code per scenario.
import type { CriterionUseT, Scenario, StructureActionT } from '../scenario/schema.js';
import { triggerTime } from '../scoring/evidence.js';
import type { ExerciseState } from '../session/types.js';
import { expectedNow } from './expectations.js';

type Sector = Extract<StructureActionT, { action: 'alertPartners' }>['sector'];
const SECTORS: readonly Sector[] = ['all', 'aviation', 'transport', 'energy', 'health', 'events', 'worship'];

function expectedStructure(scenario: Scenario, state: ExerciseState, role: string | null): StructureActionT[] {
  return expectedNow(scenario, state, role).filter((d): d is StructureActionT => d.action !== 'decide' && d.action !== 'publish' && d.action !== 'boardAction');
}

/** One measure: the first of its alternatives this role may take; none once any of them is done. */
export type Measure = readonly StructureActionT[];

const single = (actions: readonly StructureActionT[]): Measure[] => actions.map((a) => [a]);

/** The sectors to alert: those an inject names, else the widest sector this office may alert. */
function sectorsToAlert(scenario: Scenario, state: ExerciseState): Measure[] {
  const named = expectedStructure(scenario, state, null).filter((a) => a.action === 'alertPartners');
  return named.length > 0 ? single(named) : [SECTORS.map((sector) => ({ action: 'alertPartners', sector }))];
}

/** Measures for one criterion, once its trigger has held (or from the first notification when it has none). */
function measuresFor(scenario: Scenario, state: ExerciseState, use: CriterionUseT): Measure[] {
  if (use.criterion === 'C14') return sectorsToAlert(scenario, state);
  return single(actionsFor(scenario, use));
}

function actionsFor(scenario: Scenario, use: CriterionUseT): StructureActionT[] {
  switch (use.criterion) {
    case 'C06': {
      // COT on Utrecht 2019: the driehoek and GRIP 3 in parallel, and faster.
      const level = use.level ?? 3;
      return level >= 3 ? [{ action: 'scale', level }, { action: 'convene', team: 'driehoek' }] : [{ action: 'scale', level }];
    }
    case 'C07':
      return (use.teams ?? ['ICCb', 'NKC']).map((team) => ({ action: 'convene', team }));
    case 'C08': {
      const usesDsi = scenario.injects.some((i) => i.expectedActions.some((a) => a.do.action.endsWith('Dsi')));
      const care: StructureActionT[] = [{ action: 'distributeCasualties' }];
      return usesDsi ? [...care, { action: 'requestDsi' }, { action: 'planDsi' }, { action: 'approveDsi' }, { action: 'deployDsi' }] : care;
    }
    case 'C10':
    case 'C13':
      return scenario.picture.atRisk.map((t) => ({ action: 'protect', target: t.id }));
    case 'C12':
      return [{ action: 'openIac' }, { action: 'registerVictims' }, { action: 'outreach' }, { action: 'responderAftercare' }];
    case 'C15':
      return [{ action: 'removalOrder' }, { action: 'euCrisisProtocol' }];
    case 'C16':
      return [{ action: 'alertPartners', sector: 'aviation' }];
    case 'C18':
      return [
        { action: 'shareInformation', with: 'NCC' },
        { action: 'shareInformation', with: 'regions' },
        { action: 'shareInformation', with: 'vitalSectors' },
      ];
    default:
      return [];
  }
}

/**
 * Which criteria's triggers have held in this playthrough. Doctrine acts once a trigger has held, so
 * a held trigger is remembered rather than read back from the events at every turn.
 */
export class Triggers {
  private readonly seen = new Set<CriterionUseT>();
  constructor(private readonly scenario: Scenario) {}

  held(state: ExerciseState, use: CriterionUseT): boolean {
    if (this.seen.has(use)) return true;
    if (triggerTime(state, this.scenario, use.trigger) === null) return false;
    this.seen.add(use);
    return true;
  }
}

/**
 * Everything doctrine would have this role do in the structure now, in order: what the injects ask of
 * it, then the measures of the scored criteria, then protecting the places at risk. The caller skips
 * what is already done and what the role may not do.
 */
export function doctrineMeasures(scenario: Scenario, state: ExerciseState, role: string, triggered: Triggers): Measure[] {
  if (state.notifiedAt === null) return [];
  const out = single(expectedStructure(scenario, state, role));
  for (const use of scenario.scoring.criteria) if (triggered.held(state, use)) out.push(...measuresFor(scenario, state, use));
  out.push(...single(scenario.picture.atRisk.map((t) => ({ action: 'protect', target: t.id }))));
  return out;
}
