// What each criterion of the catalogue needs from a scenario before any play can meet it (scoring/criteria):
// someone who may publish, an action some office may take, a rumour that can start. A criterion that can
// never apply is never counted; one that can apply but never be met drags its objective down whatever
// the players do. Only needs that follow directly from the scoring rules are listed here.
import type { CriterionUseT, Scenario } from '../../scenario/schema.js';
import type { StaticFacts } from '../reachability.js';

export interface Need {
  readonly kind: 'never-applies' | 'unmeetable';
  readonly reason: string;
  readonly hint: string;
}

const PUBLISH_HINT =
  'Add a role whose office speaks in public (mayor, municipal, regional or police communication, the chair of the safety region, the NKC director, the NCTV or a minister), and blocks that allow its voice.';

function missingActions(facts: StaticFacts, actions: readonly string[]): string[] {
  return actions.filter((a) => !facts.can.actions.has(a));
}

function needActions(facts: StaticFacts, actions: readonly string[], all = true): Need | null {
  const missing = missingActions(facts, actions);
  if (all ? missing.length === 0 : missing.length < actions.length) return null;
  return {
    kind: 'unmeetable',
    reason: `no role in this scenario may take ${missing.map((a) => `"${a}"`).join(all ? ' and ' : ' or ')}`,
    hint: 'Add a role whose office holds that power (see docs/criteria.md), or widen a role\'s "authority", or score another criterion.',
  };
}

function publishable(scenario: Scenario, facts: StaticFacts, test: (b: Scenario['communication']['blocks'][number]) => boolean): boolean {
  return scenario.communication.blocks.some((b) => test(b) && facts.can.publishable.has(b.id));
}

export function criterionNeed(scenario: Scenario, use: CriterionUseT, facts: StaticFacts): Need | null {
  const speaks = facts.can.publishable.size > 0;
  const silent: Need = { kind: 'never-applies', reason: 'no role in this scenario may publish a public message', hint: PUBLISH_HINT };
  switch (use.criterion) {
    case 'C01':
    case 'C02':
      return speaks ? null : silent;
    case 'C03':
      if (!speaks) return silent;
      return publishable(scenario, facts, (b) => b.kind === 'fact' || b.kind === 'rebuttal' || b.trap === 'motiveSpeculation' || b.trap === 'unconfirmedClaim')
        ? null
        : { kind: 'never-applies', reason: 'no block states a fact that could be checked (a fact, a rebuttal, or a speculation trap)', hint: 'Add fact blocks with "confirmedAt" or a confirmFact effect.' };
    case 'C04': {
      if (!speaks) return silent;
      const missing = (['responders', 'resilience'] as const).filter((kind) => !publishable(scenario, facts, (b) => b.kind === kind));
      return missing.length === 0
        ? null
        : { kind: 'unmeetable', reason: `no publishable block of kind ${missing.map((k) => `"${k}"`).join(' or ')}`, hint: 'Add a responders block and a resilience block the communication roles may use.' };
    }
    case 'C05': {
      const canAdvise = publishable(scenario, facts, (b) => b.kind === 'actionAdvice');
      if (!canAdvise) {
        return use.trigger === undefined
          ? { kind: 'never-applies', reason: 'no role may publish an action advice and nothing triggers the criterion', hint: 'Add an actionAdvice block, or a trigger from when advice is expected.' }
          : { kind: 'unmeetable', reason: 'no role may publish an action advice or send an NL-Alert with one', hint: 'Add an actionAdvice block with "what", "where" and "until" that a communication role or the mayor may use.' };
      }
      return publishable(scenario, facts, (b) => b.kind === 'actionAdvice' && b.what !== undefined && b.where !== undefined && b.until !== undefined)
        ? null
        : { kind: 'unmeetable', reason: 'every action advice lacks "what", "where" or "until", so none is complete', hint: 'Give an actionAdvice block all of "what", "where" and "until".' };
    }
    case 'C06': {
      const level = use.level ?? 3;
      if (![...facts.reach.grips].some((g) => g >= level)) {
        return { kind: 'unmeetable', reason: `no role in this scenario may declare GRIP ${level} or higher`, hint: 'Add the office that leads that level (GRIP 3: the mayor, GRIP 4–5: the chair of the safety region), or lower "level".' };
      }
      return level >= 3 ? needActions(facts, ['convene:driehoek']) : null;
    }
    case 'C07':
      return needActions(facts, (use.teams ?? ['ICCb', 'NKC']).map((t) => `convene:${t}`));
    case 'C08': {
      const usesDsi = scenario.injects.some((i) => i.expectedActions.some((a) => a.do.action.endsWith('Dsi')));
      return needActions(facts, ['distributeCasualties']) ?? (usesDsi ? needActions(facts, ['approveDsi', 'deployDsi'], false) : null);
    }
    case 'C09': {
      const voices = new Set(scenario.communication.blocks.filter((b) => facts.can.publishable.has(b.id)).flatMap((b) => b.voices.filter((v) => facts.can.voices.has(v))));
      const national = voices.has('national');
      const local = voices.has('local') || voices.has('regional');
      return national && local
        ? null
        : { kind: 'never-applies', reason: 'only one voice (national, or local and regional) can speak in public, so there is nothing to align', hint: 'Add a national voice (NKC director, NCTV, a minister) beside a local one, or score another criterion.' };
    }
    case 'C11':
      if (scenario.rumours.length === 0 || facts.rumours.size === 0) {
        return { kind: 'never-applies', reason: scenario.rumours.length === 0 ? 'the scenario has no rumours' : 'no rumour can ever start', hint: 'Add a rumour with "startsAt" or "when", or score another criterion.' };
      }
      return [...facts.rumours].some((r) => facts.rebuttable.has(r))
        ? null
        : { kind: 'unmeetable', reason: 'no role may publish a block that rebuts a rumour', hint: 'Add a fact block that rebuts the rumour ("rebuts", or the rumour\'s "rebuttedBy") and that a communication role may use.' };
    case 'C12':
      return needActions(facts, ['openIac', 'outreach', 'responderAftercare']);
    case 'C13':
      if (scenario.picture.atRisk.length === 0) return { kind: 'never-applies', reason: 'the scenario has no places at risk (picture.atRisk)', hint: 'Add the persons or objects at risk, or score another criterion.' };
      return needActions(facts, ['protect']);
    case 'C14':
      return needActions(facts, ['alertPartners']);
    case 'C15':
      return needActions(facts, ['removalOrder', 'euCrisisProtocol']);
    case 'C16':
      return needActions(facts, ['alertPartners:aviation', 'airportMeasure', 'restrictAirspace', 'airTraffic:stop', 'setThreatLevel', 'convene:ICCb'], false);
    case 'C17': {
      // C17 is measured from the escalating measures judged against their warrants (scoring/warrants.ts), and
      // the assessments of options are its second line: either gives it something to judge.
      const assessments = scenario.decisions.flatMap((d) => d.options.flatMap((o) => o.assessments.filter((a) => a.criterion === 'C17')));
      const warranted = scenario.scoring.warrants.length > 0;
      if (assessments.length === 0 && !warranted) {
        return {
          kind: 'never-applies',
          reason: 'no escalating measure has a warrant (scoring.warrants) and no option is assessed against C17',
          hint: 'Give the escalating measures warrants, assess the options of the measures against C17, or score another criterion.',
        };
      }
      return warranted || assessments.some((a) => a.rating === 'meets')
        ? null
        : { kind: 'unmeetable', reason: 'no option is assessed as meeting C17', hint: 'Assess at least one option as "meets".' };
    }
    case 'C18': {
      const vital =
        scenario.roles.some((r) => r.office === 'vitalPartner' || r.office === 'airportOperator') ||
        scenario.injects.some((i) => i.expectedActions.some((a) => a.do.action === 'shareInformation' && a.do.with === 'vitalSectors'));
      return needActions(facts, vital ? ['shareInformation:NCC', 'shareInformation:regions', 'shareInformation:vitalSectors'] : ['shareInformation:NCC', 'shareInformation:regions']);
    }
    case 'C10':
      return null;
  }
}
