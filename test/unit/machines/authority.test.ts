import { describe, expect, it } from 'vitest';
import { authorityOf, checkAuthority, chairOf, mayTake, officesForKind, publishVoice, teamConveners, type AuthoritySituation } from '../../../src/engine/machines/authority.js';
import { GRIP_MODEL, scalingModelOf, type ScalingModel } from '../../../src/engine/machines/scaling-model.js';
import { STRUCTURE_ACTION_KINDS, type StructureActionKind, type StructureActionT } from '../../../src/engine/scenario/schema.js';
import { CONVENABLE_TEAMS, OFFICES, type Office } from '../../../src/engine/scenario/vocabulary.js';

/** Every concrete action the schema allows (with representative ids for free-text fields). */
const ALL_ACTIONS: StructureActionT[] = [
  ...[0, 1, 2, 3, 4, 5].map((level) => ({ action: 'scale' as const, level })),
  ...CONVENABLE_TEAMS.flatMap((team) => [
    { action: 'convene' as const, team },
    { action: 'standDown' as const, team },
  ]),
  ...[1, 2, 3, 4, 5].flatMap((level) => [
    { action: 'setThreatLevel' as const, level, scope: 'national' as const },
    { action: 'setThreatLevel' as const, level, scope: 'region' as const },
  ]),
  ...(['aviation', 'transport', 'energy', 'health', 'events', 'worship', 'all'] as const).map((sector) => ({ action: 'alertPartners' as const, sector })),
  ...(['NCC', 'regions', 'vitalSectors', 'driehoek'] as const).map((w) => ({ action: 'shareInformation' as const, with: w })),
  ...(['continue', 'restrict', 'close'] as const).map((level) => ({ action: 'airportMeasure' as const, level })),
  ...(['stop', 'resume'] as const).map((level) => ({ action: 'airTraffic' as const, level })),
  ...(['restrict', 'close', 'lift'] as const).map((level) => ({ action: 'restrictAirspace' as const, level })),
  { action: 'sendNlAlert', area: 'centre', advice: 'stay-inside' },
  { action: 'sendNlAlert', area: 'centre', advice: 'stay-inside', national: true },
  { action: 'protect', target: 'mosque' },
  { action: 'requestAssistance', military: true },
  ...(
    [
      'confirmIncident',
      'declareContained',
      'startRecovery',
      'requestDsi',
      'planDsi',
      'approveDsi',
      'deployDsi',
      'completeDsi',
      'withdrawAdvice',
      'openIac',
      'registerVictims',
      'outreach',
      'responderAftercare',
      'distributeCasualties',
      'removalOrder',
      'euCrisisProtocol',
      'requestAssistance',
      'grantMilitaryAssistance',
      'leadInvestigation',
    ] as const
  ).map((action) => ({ action })),
];

const allowed = (action: StructureActionT, situation?: AuthoritySituation) =>
  OFFICES.filter((o) => checkAuthority(o, action, undefined, situation) === null).sort();
const sorted = (xs: readonly Office[]) => [...xs].sort();

describe('regional scaling (GRIP)', () => {
  it('lets the mayor declare GRIP 3', () => {
    expect(checkAuthority('mayor', { action: 'scale', level: 3 })).toBeNull();
  });

  it('refuses GRIP 3 from the police chief: only the mayor may', () => {
    expect(checkAuthority('policeChief', { action: 'scale', level: 3 })).toEqual({
      code: 'level-not-yours',
      params: { level: 3, offices: 'mayor' },
    });
  });

  it('lets the CoPI leader or the operational leader declare GRIP 1, and only the operational leader GRIP 2', () => {
    expect(allowed({ action: 'scale', level: 1 })).toEqual(sorted(['copiLeader', 'operationalLeader']));
    expect(allowed({ action: 'scale', level: 2 })).toEqual(['operationalLeader']);
  });

  it('gives GRIP 4 and GRIP 5 to the chair of the safety region, not to a mayor', () => {
    expect(allowed({ action: 'scale', level: 4 })).toEqual(['chairSafetyRegion']);
    expect(allowed({ action: 'scale', level: 5 }, { crossRegional: true })).toEqual(['chairSafetyRegion']);
    expect(checkAuthority('mayor', { action: 'scale', level: 4 })?.code).toBe('level-not-yours');
  });

  it('refuses GRIP 5 with one safety region involved, even from the chair (DOMAIN.md §3: GRIP 5 is more than one region)', () => {
    expect(allowed({ action: 'scale', level: 5 })).toEqual([]);
    expect(checkAuthority('chairSafetyRegion', { action: 'scale', level: 5 }, undefined, { grip: 4 })).toEqual({ code: 'grip5-needs-regions', params: { level: 5 } });
  });

  it('lets the mayor skip levels: straight from GRIP 0 to GRIP 3', () => {
    expect(checkAuthority('mayor', { action: 'scale', level: 3 }, undefined, { grip: 0 })).toBeNull();
  });

  it('lets whoever leads the current level, or an administrator above it, scale down', () => {
    const down = { action: 'scale', level: 1 } as const;
    expect(allowed(down, { grip: 3 })).toEqual(sorted(['mayor', 'chairSafetyRegion']));
    expect(checkAuthority('operationalLeader', down, undefined, { grip: 3 })?.code).toBe('level-not-yours');
    expect(allowed(down, { grip: 2 })).toEqual(sorted(['operationalLeader', 'mayor', 'chairSafetyRegion']));
  });

  it('in a custom regional model, the level\'s leader declares it and the standard leader does not', () => {
    const model: ScalingModel = scalingModelOf({
      model: 'custom',
      levels: [
        { level: 0, label: 'Routine', teams: [], led: 'copiLeader' },
        { level: 2, label: 'Regionaal', teams: ['ROT'], led: 'operationalLeader' },
        { level: 3, label: 'Bestuurlijk', teams: ['ROT', 'RBT'], led: 'chairSafetyRegion' },
      ],
    });
    expect(checkAuthority('chairSafetyRegion', { action: 'scale', level: 3 }, undefined, { scaling: model })).toBeNull();
    expect(checkAuthority('mayor', { action: 'scale', level: 3 }, undefined, { scaling: model })).toEqual({
      code: 'level-not-yours',
      params: { level: 3, offices: 'chairSafetyRegion' },
    });
    expect(authorityOf('mayor', model)).not.toContain('scale');
  });

  it('refuses a level the custom model does not have, whoever asks', () => {
    const model = scalingModelOf({ model: 'custom', levels: [{ level: 2, label: 'R', teams: ['ROT'], led: 'mayor' }] });
    expect(checkAuthority('mayor', { action: 'scale', level: 4 }, undefined, { scaling: model })).toEqual({
      code: 'level-not-in-model',
      params: { level: 4 },
    });
  });
});

describe('threat level and DSI', () => {
  it('refuses a threat level from a police role: only the NCTV sets it', () => {
    const set = { action: 'setThreatLevel', level: 5, scope: 'national' } as const;
    expect(checkAuthority('policeChief', set)).toEqual({ code: 'threat-level-nctv-only', params: { office: 'policeChief' } });
    expect(checkAuthority('ministerJenV', set)?.code).toBe('threat-level-nctv-only');
    expect(allowed(set)).toEqual(['nctv']);
    expect(allowed({ action: 'setThreatLevel', level: 5, scope: 'region' })).toEqual(['nctv']);
  });

  it('approves the DSI plan by whoever decides on the request: the Minister by default, the PG chair on that route (Regeling DSI art. 7(3))', () => {
    expect(allowed({ action: 'approveDsi' })).toEqual(['ministerJenV']);
    expect(allowed({ action: 'approveDsi' }, { dsiApproval: 'chairCollegePg' })).toEqual(['chairCollegePg']);
    expect(checkAuthority('chairCollegePg', { action: 'approveDsi' })).toEqual({
      code: 'dsi-approval-route',
      params: { office: 'chairCollegePg', approver: 'ministerJenV' },
    });
    expect(checkAuthority('policeChief', { action: 'approveDsi' })?.code).toBe('not-your-office');
  });

  it('has the DSI plan drawn up by the head of the DSI only (Regeling DSI art. 7(1))', () => {
    expect(allowed({ action: 'planDsi' })).toEqual(['dsiHead']);
  });

  it('has the DSI requested by the competent authority: the public prosecutor, or the mayor for public order (DOMAIN.md §4), never the police chief', () => {
    expect(allowed({ action: 'requestDsi' })).toEqual(sorted(['chiefPublicProsecutor', 'mayor']));
    expect(allowed({ action: 'requestDsi' }, { grip: 4 })).toEqual(sorted(['chiefPublicProsecutor', 'chairSafetyRegion']));
    expect(checkAuthority('policeChief', { action: 'requestDsi' })).toEqual({ code: 'not-your-office', params: { office: 'policeChief', action: 'requestDsi' } });
  });

  it('has the approved DSI deployed and reported done by the head of the DSI, the police command or the prosecutor (UNVERIFIED, said in docs/criteria.md)', () => {
    for (const action of ['deployDsi', 'completeDsi'] as const) expect(allowed({ action })).toEqual(sorted(['dsiHead', 'policeChief', 'chiefPublicProsecutor']));
  });
});

describe('teams and their chairs', () => {
  it('the ICCb is convened and chaired by the NCTV', () => {
    expect(teamConveners('ICCb')).toEqual(['nctv']);
    expect(chairOf('ICCb', 'nctv')).toBe('nctv');
    expect(checkAuthority('ministerJenV', { action: 'convene', team: 'ICCb' })).toEqual({
      code: 'team-convened-by',
      params: { team: 'ICCb', offices: 'nctv' },
    });
  });

  it('the MCCb: any minister may ask, JenV decides with the MP and chairs unless the MP takes it (Instellingsbesluit MCCb art. 3)', () => {
    expect(allowed({ action: 'convene', team: 'MCCb' })).toEqual(sorted(['ministerJenV', 'ministerPresident']));
    expect(chairOf('MCCb', 'ministerJenV')).toBe('ministerJenV');
    expect(chairOf('MCCb', 'ministerPresident')).toBe('ministerPresident');
    expect(checkAuthority('ministerIenW', { action: 'convene', team: 'MCCb' })).toEqual({ code: 'mccb-ask-jenv', params: { office: 'ministerIenW' } });
  });

  it('the Beleidsteam DSI is convened and chaired by the NCTV (Instellingsregeling Beleidsteam DSI 2009)', () => {
    expect(allowed({ action: 'convene', team: 'beleidsteamDsi' })).toEqual(['nctv']);
    expect(chairOf('beleidsteamDsi', 'nctv')).toBe('nctv');
  });

  it('the Veiligheidsberaad plays a part only when the crisis crosses regions (DOMAIN.md §3)', () => {
    expect(allowed({ action: 'convene', team: 'Veiligheidsberaad' })).toEqual([]);
    expect(checkAuthority('chairSafetyRegion', { action: 'convene', team: 'Veiligheidsberaad' })?.code).toBe('needs-cross-regional');
    expect(allowed({ action: 'convene', team: 'Veiligheidsberaad' }, { crossRegional: true })).toEqual(['chairSafetyRegion']);
  });

  it('lets any driehoek partner call the driehoek, which the mayor chairs', () => {
    expect(allowed({ action: 'convene', team: 'driehoek' })).toEqual(sorted(['mayor', 'chiefPublicProsecutor', 'policeChief']));
    expect(chairOf('driehoek', 'policeChief')).toBe('mayor');
  });

  it('leaves the SGBO to the police chief', () => {
    expect(allowed({ action: 'convene', team: 'SGBO' })).toEqual(['policeChief']);
  });

  it('activates the NKC by the NCTV, the NKC director or the Minister of JenV, chaired by the NKC director', () => {
    expect(allowed({ action: 'convene', team: 'NKC' })).toEqual(sorted(['nctv', 'nkcDirector', 'ministerJenV']));
    expect(chairOf('NKC', 'ministerJenV')).toBe('nkcDirector');
  });

  it('sets up the IAO through the NCTV or the head of the NCC', () => {
    expect(allowed({ action: 'convene', team: 'IAO' })).toEqual(sorted(['nctv', 'nccHead']));
  });

  it('never convenes the LOCC: it is permanent, 24/7 (nctv.nl LOCC; DOMAIN.md §2)', () => {
    expect(CONVENABLE_TEAMS as readonly string[]).not.toContain('LOCC');
  });

  it('lets a minister open their own ministry\'s DCC, chaired by that minister', () => {
    expect(allowed({ action: 'convene', team: 'DCC' })).toEqual(sorted(['ministerJenV', 'ministerIenW', 'ministerPresident']));
    expect(chairOf('DCC', 'ministerIenW')).toBe('ministerIenW');
  });

  it('stands a team down by the same offices that may convene it', () => {
    for (const team of CONVENABLE_TEAMS) {
      expect(allowed({ action: 'standDown', team })).toEqual(allowed({ action: 'convene', team }));
    }
  });
});

describe('incident, warning and aftercare', () => {
  it('has the incident confirmed by the police chief, chief public prosecutor, NCTV or mayor', () => {
    expect(allowed({ action: 'confirmIncident' })).toEqual(sorted(['policeChief', 'chiefPublicProsecutor', 'nctv', 'mayor']));
  });

  it('has the acute threat declared over only by the police chief or chief public prosecutor', () => {
    expect(allowed({ action: 'declareContained' })).toEqual(sorted(['policeChief', 'chiefPublicProsecutor']));
  });

  it('has recovery started by the mayor, and under GRIP 4/5 by the chair (art. 39 Wvr)', () => {
    expect(allowed({ action: 'startRecovery' })).toEqual(['mayor']);
    expect(allowed({ action: 'startRecovery' }, { grip: 4 })).toEqual(['chairSafetyRegion']);
  });

  it('moves the regional NL-Alert from the mayor to the chair under GRIP 4/5 (art. 39 Wvr)', () => {
    const alert = { action: 'sendNlAlert', area: 'a', advice: 'b' } as const;
    expect(allowed(alert)).toEqual(['mayor']);
    expect(allowed(alert, { grip: 3 })).toEqual(['mayor']);
    expect(allowed(alert, { grip: 4 })).toEqual(['chairSafetyRegion']);
    expect(allowed(alert, { grip: 5, crossRegional: true })).toEqual(['chairSafetyRegion']);
    expect(checkAuthority('mayor', alert, undefined, { grip: 4 })).toEqual({ code: 'power-passed-to-chair', params: { office: 'mayor', action: 'sendNlAlert' } });
    expect(checkAuthority('chairSafetyRegion', alert, undefined, { grip: 3 })?.code).toBe('power-with-mayor');
    expect(allowed({ action: 'withdrawAdvice' })).toEqual(['mayor']);
    expect(allowed({ action: 'withdrawAdvice' }, { grip: 4 })).toEqual(['chairSafetyRegion']);
    expect(checkAuthority('municipalCommunication', alert)?.code).toBe('not-your-office');
  });

  it('in a custom model, moves the powers to the chair where the chair leads the level (art. 39 Wvr)', () => {
    const model = scalingModelOf({ model: 'custom', levels: [{ level: 3, label: 'Bestuurlijk', teams: ['RBT'], led: 'chairSafetyRegion' }] });
    expect(allowed({ action: 'sendNlAlert', area: 'a', advice: 'b' }, { scaling: model, grip: 3 })).toEqual(['chairSafetyRegion']);
  });

  it('has a national NL-Alert decided only by the Minister of JenV (rijksoverheid.nl 2024)', () => {
    const national = { action: 'sendNlAlert', area: 'a', advice: 'b', national: true } as const;
    expect(allowed(national)).toEqual(['ministerJenV']);
    expect(checkAuthority('mayor', national)?.code).toBe('nl-alert-national-jenv');
    expect(allowed({ action: 'withdrawAdvice' }, { nationalAlert: true })).toEqual(['ministerJenV']);
  });

  it('lets the municipality open the IAC and reach out: the mayor or the municipal secretary', () => {
    expect(allowed({ action: 'openIac' })).toEqual(sorted(['mayor', 'municipalSecretary']));
    expect(allowed({ action: 'outreach' })).toEqual(sorted(['mayor', 'municipalSecretary']));
  });

  it('leaves victim registration and casualty distribution to the GHOR', () => {
    expect(allowed({ action: 'registerVictims' })).toEqual(['ghor']);
    expect(allowed({ action: 'distributeCasualties' })).toEqual(['ghor']);
  });

  it('lets each service and the administrators arrange responder aftercare', () => {
    expect(allowed({ action: 'responderAftercare' })).toEqual(sorted(['fireService', 'policeChief', 'ghor', 'operationalLeader', 'mayor']));
  });
});

describe('measures', () => {
  it('protects a place of the public-order domain by the mayor, under GRIP 4/5 the chair; the police chief executes, decides none (Bewaken en Beveiligen, nctv.nl)', () => {
    expect(allowed({ action: 'protect', target: 'x' })).toEqual(['mayor']);
    expect(allowed({ action: 'protect', target: 'x' }, { grip: 4 })).toEqual(['chairSafetyRegion']);
    expect(checkAuthority('policeChief', { action: 'protect', target: 'x' })?.code).toBe('not-your-office');
  });

  it('protects a place of the rijksdomein only by the NCTV, and one on criminal-law grounds only by the prosecutor (Bewaken en Beveiligen)', () => {
    const protection = { ministry: 'rijk', witness: 'criminalLaw' } as const;
    expect(allowed({ action: 'protect', target: 'ministry' }, { protection })).toEqual(['nctv']);
    expect(allowed({ action: 'protect', target: 'witness' }, { protection })).toEqual(['chiefPublicProsecutor']);
    expect(checkAuthority('mayor', { action: 'protect', target: 'ministry' }, undefined, { protection })).toEqual({
      code: 'protect-other-domain',
      params: { office: 'mayor', action: 'protect', offices: 'nctv', target: 'ministry', domain: 'rijk' },
    });
  });

  it('lets KMar alert aviation partners only, and leaves a nationwide alert to the NCTV and the NCC', () => {
    expect(checkAuthority('kmar', { action: 'alertPartners', sector: 'aviation' })).toBeNull();
    expect(checkAuthority('kmar', { action: 'alertPartners', sector: 'energy' })).toEqual({
      code: 'sector-not-yours',
      params: { office: 'kmar', action: 'alertPartners', sector: 'energy', offices: 'nctv, nccHead, mayor, policeChief' },
    });
    expect(allowed({ action: 'alertPartners', sector: 'all' })).toEqual(sorted(['nctv', 'nccHead']));
    expect(checkAuthority('ghor', { action: 'alertPartners', sector: 'health' })?.code).toBe('not-your-office');
  });

  it('lets every office in the structure share information, except a vital partner', () => {
    expect(allowed({ action: 'shareInformation', with: 'NCC' })).toEqual(sorted(OFFICES.filter((o) => o !== 'vitalPartner')));
  });

  it('issues removal orders only through the ATKM; the NCTV or ATKM invoke the EU Crisis Protocol', () => {
    expect(allowed({ action: 'removalOrder' })).toEqual(['atkm']);
    expect(allowed({ action: 'euCrisisProtocol' })).toEqual(sorted(['nctv', 'atkm']));
  });

  it('requests bijstand through the permanent LOCC: the mayor, the chair, the operational leader or the police chief', () => {
    expect(allowed({ action: 'requestAssistance' })).toEqual(sorted(['mayor', 'chairSafetyRegion', 'operationalLeader', 'policeChief']));
  });

  it('has military assistance requested by the competent authority and granted by the Minister of JenV with Defence (Politiewet art. 57-58)', () => {
    expect(allowed({ action: 'requestAssistance', military: true })).toEqual(sorted(['chiefPublicProsecutor', 'mayor']));
    expect(allowed({ action: 'requestAssistance', military: true }, { grip: 4 })).toEqual(sorted(['chiefPublicProsecutor', 'chairSafetyRegion']));
    expect(allowed({ action: 'grantMilitaryAssistance' })).toEqual(['ministerJenV']);
  });

  it('lets the aerodrome operator close its own airport; KMar and the NCTV may restrict it; ministers have the airspace, not the aerodrome (DOMAIN.md §4 airports)', () => {
    expect(allowed({ action: 'airportMeasure', level: 'close' })).toEqual(['airportOperator']);
    expect(allowed({ action: 'airportMeasure', level: 'continue' })).toEqual(['airportOperator']);
    expect(allowed({ action: 'airportMeasure', level: 'restrict' })).toEqual(sorted(['airportOperator', 'kmar', 'nctv']));
    expect(checkAuthority('kmar', { action: 'airportMeasure', level: 'close' })).toEqual({
      code: 'airport-level-not-yours',
      params: { office: 'kmar', action: 'airportMeasure', offices: 'airportOperator', level: 'close' },
    });
    expect(checkAuthority('ministerJenV', { action: 'airportMeasure', level: 'close' })?.code).toBe('not-your-office');
  });

  it('leaves stopping and resuming air traffic to air traffic control, LVNL (DOMAIN.md §4 airports)', () => {
    expect(allowed({ action: 'airTraffic', level: 'stop' })).toEqual(['airTrafficControl']);
    expect(allowed({ action: 'airTraffic', level: 'resume' })).toEqual(['airTrafficControl']);
  });

  it('has the airspace restricted or closed by the Minister of IenW, a separate measure from the airport (DOMAIN.md §4)', () => {
    for (const level of ['restrict', 'close', 'lift'] as const) expect(allowed({ action: 'restrictAirspace', level })).toEqual(['ministerIenW']);
  });

  it('leaves the lead of the criminal investigation to the Openbaar Ministerie (Sv art. 148; DOMAIN.md §4)', () => {
    expect(allowed({ action: 'leadInvestigation' })).toEqual(['chiefPublicProsecutor']);
  });
});

describe('the table as a whole', () => {
  it('a scenario can narrow but never widen a role\'s authority', () => {
    const nlAlert = { action: 'sendNlAlert', area: 'a', advice: 'b' } as const;
    // narrowed to NL-Alerts only: the mayor keeps that power and loses GRIP 3
    expect(checkAuthority('mayor', nlAlert, ['sendNlAlert'])).toBeNull();
    expect(checkAuthority('mayor', { action: 'scale', level: 3 }, ['sendNlAlert'])).toEqual({
      code: 'narrowed-by-scenario',
      params: { office: 'mayor', action: 'scale' },
    });
    // a list naming an action the office does not hold grants nothing
    expect(checkAuthority('mayor', { action: 'setThreatLevel', level: 5, scope: 'national' }, ['setThreatLevel'])?.code).toBe(
      'threat-level-nctv-only',
    );
    expect(checkAuthority('ghor', nlAlert, STRUCTURE_ACTION_KINDS)?.code).toBe('not-your-office');
    // an empty list leaves no power at all
    expect(checkAuthority('mayor', nlAlert, [])?.code).toBe('narrowed-by-scenario');
  });

  it('gives every StructureAction kind at least one office', () => {
    for (const kind of STRUCTURE_ACTION_KINDS) {
      expect(officesForKind(kind), kind).not.toHaveLength(0);
      const some = ALL_ACTIONS.filter((a) => a.action === kind);
      expect(some.length, kind).toBeGreaterThan(0);
      expect(some.some((a) => allowed(a).length > 0), kind).toBe(true);
    }
  });

  it('lists in authorityOf exactly the kinds an office can take in some form and some situation', () => {
    const situations: AuthoritySituation[] = [0, 1, 2, 3, 4, 5].flatMap((grip) =>
      (['ministerJenV', 'chairCollegePg'] as const).flatMap((dsiApproval) =>
        (['rijk', 'publicOrder', 'criminalLaw'] as const).flatMap((domain) =>
          [false, true].map((nationalAlert) => ({ grip, crossRegional: true, dsiApproval, protection: { mosque: domain }, nationalAlert })),
        ),
      ),
    );
    for (const office of OFFICES) {
      const canSomehow = new Set<StructureActionKind>(ALL_ACTIONS.filter((a) => situations.some((s) => mayTake(office, a, undefined, s))).map((a) => a.action));
      expect(new Set(authorityOf(office)), office).toEqual(canSomehow);
    }
  });

  it('gives the vital partner no structure powers: it receives alerts and advice', () => {
    expect(authorityOf('vitalPartner', GRIP_MODEL)).toEqual([]);
  });
});

describe('public voice', () => {
  it('lets the municipality, the mayor, police communication and the Openbaar Ministerie (suspect, investigation; DOMAIN.md §4) speak locally', () => {
    for (const o of ['municipalCommunication', 'mayor', 'policeCommunication', 'chiefPublicProsecutor'] as const) expect(publishVoice(o)).toBe('local');
  });
  it('lets the safety region speak regionally', () => {
    for (const o of ['regionalCommunication', 'chairSafetyRegion'] as const) expect(publishVoice(o)).toBe('regional');
  });
  it('lets the NKC, the NCTV and the ministers speak nationally', () => {
    for (const o of ['nkcDirector', 'nctv', 'ministerJenV', 'ministerPresident'] as const) expect(publishVoice(o)).toBe('national');
  });
  it('gives operational roles no public voice of their own', () => {
    for (const o of ['policeChief', 'ghor', 'copiLeader', 'atkm', 'vitalPartner'] as const) expect(publishVoice(o)).toBeNull();
  });
});
