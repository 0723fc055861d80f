// The doctrine bot's crisis-structure playbook: for each criterion the scenario scores, the measures
// that Dutch doctrine takes once its trigger holds (DOMAIN.md §2–§4, §7). What is expected and when comes
// from the scenario's data (scoring.criteria and each inject's expectedActions), never from code per scenario.
import type { CriterionUseT, Scenario, StructureActionT } from '../scenario/schema.js';
import { triggerTime } from '../scoring/evidence.js';
import { warrantedNow } from '../scoring/warrants.js';
import type { ExerciseState } from '../session/types.js';
import { expectedNow } from './expectations.js';

type Sector = Extract<StructureActionT, { action: 'alertPartners' }>['sector'];
const SECTORS: readonly Sector[] = ['all', 'aviation', 'transport', 'energy', 'health', 'events', 'worship'];

function expectedStructure(scenario: Scenario, state: ExerciseState, role: string | null): StructureActionT[] {
  return expectedNow(scenario, state, role).filter((d): d is StructureActionT => d.action !== 'decide' && d.action !== 'publish' && d.action !== 'boardAction');
}

/** One measure: the first of its alternatives this role may take; none once any of them is done. */
export type Measure = readonly StructureActionT[];

/** The sectors to alert: those the injects name, else the widest sector the acting office may alert. */
function sectorsToAlert(scenario: Scenario): Measure[] {
  const named = scenario.injects.flatMap((i) => i.expectedActions.map((e) => e.do)).filter((d) => d.action === 'alertPartners');
  return named.length > 0 ? named.map((a) => [a]) : [SECTORS.map((sector) => ({ action: 'alertPartners', sector }))];
}

function measuresFor(scenario: Scenario, use: CriterionUseT): Measure[] {
  if (use.criterion === 'C14') return sectorsToAlert(scenario);
  return actionsFor(scenario, use).map((a) => [a]);
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
 * The doctrine bot's memory for one playthrough: the measures of each criterion (made once), which
 * criteria's triggers have held (doctrine acts once a trigger has held, so that is remembered rather
 * than read back from the events at every turn) and which measures are settled.
 */
export class Playbook {
  private readonly byCriterion: ReadonlyMap<CriterionUseT, readonly Measure[]>;
  private readonly protect: readonly Measure[];
  private readonly expected = new WeakMap<object, Measure>();
  private readonly triggered = new Set<CriterionUseT>();
  private readonly settled = new WeakSet<Measure>();

  constructor(private readonly scenario: Scenario) {
    this.byCriterion = new Map(scenario.scoring.criteria.map((use) => [use, measuresFor(scenario, use)]));
    this.protect = scenario.picture.atRisk.map((t) => [{ action: 'protect', target: t.id }]);
  }

  private held(state: ExerciseState, use: CriterionUseT): boolean {
    if (this.triggered.has(use)) return true;
    if (triggerTime(state, this.scenario, use.trigger) === null) return false;
    this.triggered.add(use);
    return true;
  }

  private expectedMeasure(action: StructureActionT): Measure {
    let m = this.expected.get(action);
    if (!m) this.expected.set(action, (m = [action]));
    return m;
  }

  /** A measure once done stays done for doctrine: it is not taken twice. */
  settle(measure: Measure): void {
    this.settled.add(measure);
  }

  /**
   * Everything doctrine would have this role do in the structure now, in order: what the injects ask
   * of it, then the measures of the scored criteria, then protecting the places at risk. Settled
   * measures are left out; the caller skips what the role may not do.
   */
  measures(state: ExerciseState, role: string): Measure[] {
    if (state.notifiedAt === null) return [];
    const out = expectedStructure(this.scenario, state, role).map((a) => this.expectedMeasure(a));
    for (const [use, measures] of this.byCriterion) if (this.held(state, use)) out.push(...measures);
    out.push(...this.protect);
    // Proportionate play (DOMAIN.md §7): an escalating measure waits until its warrant holds.
    return out.filter((m) => !this.settled.has(m) && m.some((a) => warrantedNow(this.scenario, state, a)));
  }
}
