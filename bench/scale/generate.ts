// Generated scenarios for the scale figures and the 1 MB loader figure: valid, fictional, and built like
// the bundled ones (injects with board changes, effects, variants and conditions; decisions with
// structure effects and assessments; rumours, messages, endings, scoring), with the number of injects
// and roles as parameters. Deterministic: the same shape gives the same text.

export interface Shape {
  readonly injects: number;
  readonly roles: number;
  readonly decisions?: number;
  readonly minutesPerRound?: number;
  readonly endsAt?: number;
  /** Characters of inject text per language (the bundled scenarios have about 250–450). */
  readonly textChars?: number;
}

// Offices that may share information in the structure (every office but the vital partner), each
// with the team it sits in; role i gets entry i modulo this list.
const OFFICES: readonly (readonly [string, string])[] = [
  ['mayor', 'GBT'],
  ['policeChief', 'driehoek'],
  ['chiefPublicProsecutor', 'driehoek'],
  ['municipalCommunication', 'GBT'],
  ['nctv', 'ICCb'],
  ['operationalLeader', 'ROT'],
  ['ghor', 'ROT'],
  ['chairSafetyRegion', 'RBT'],
  ['nkcDirector', 'NKC'],
  ['ministerJenV', 'MCCb'],
  ['copiLeader', 'CoPI'],
  ['municipalSecretary', 'GBT'],
  ['fireService', 'ROT'],
  ['regionalCommunication', 'RBT'],
  ['policeCommunication', 'SGBO'],
  ['nccHead', 'NCC'],
  ['atkm', 'external'],
  ['kmar', 'external'],
  ['chairCollegePg', 'external'],
  ['ministerPresident', 'MCCb'],
  ['ministerIenW', 'MCCb'],
  ['airportOperator', 'external'],
];

const NL = 'melding politie station reizigers hal perron afzetting getuigen ambulance gewonden verdachte burgemeester beeld informatie ziekenhuis publiek advies gerucht wijk inzet'.split(' ');
const EN = 'report police station travellers hall platform cordon witnesses ambulance injured suspect mayor picture information hospital public advice rumour district response'.split(' ');
const CHANNELS = ['phone', 'radio', 'briefing', 'email', 'meeting', 'news', 'socialMedia', 'intelligence'];
const MARKERS = ['incident', 'suspect', 'casualties', 'crowd', 'vehicle', 'other'];

/** A small LCG: the generated text and positions are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function sentence(words: readonly string[], chars: number, rnd: () => number): string {
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const w = words[Math.floor(rnd() * words.length)] as string;
    out.push(w);
    length += w.length + 1;
  }
  const s = out.join(' ');
  return `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}.`;
}

const both = (nl: string, en: string) => ({ nl, en });

export function generateScenario(shape: Shape): Record<string, unknown> {
  const rnd = lcg(shape.injects * 7919 + shape.roles * 104_729);
  const perRound = shape.minutesPerRound ?? 12;
  const endsAt = shape.endsAt ?? 180;
  const chars = shape.textChars ?? 300;
  const text = (n = chars) => both(sentence(NL, n, rnd), sentence(EN, n, rnd));
  const point = () => [Math.round(rnd() * 1900) + 50, Math.round(rnd() * 1400) + 50];

  const roles = Array.from({ length: shape.roles }, (_, i) => {
    const [office, team] = OFFICES[i % OFFICES.length] as readonly [string, string];
    return { id: `role-${i + 1}`, name: both(`Rol ${i + 1} (${office})`, `Role ${i + 1} (${office})`), team, office, briefing: text(400) };
  });
  const roleWith = (office: string) => roles.find((r) => r.office === office)?.id ?? 'role-1';
  const police = roleWith('policeChief');

  const injectIds = Array.from({ length: shape.injects }, (_, i) => `inject-${i + 1}`);
  const injects = injectIds.map((id, i) => {
    const last = Math.max(0, endsAt - perRound);
    const timing: Record<string, unknown> =
      i === 0 ? { at: 0, firstNotification: true } : i % 9 === 0 ? { when: { delivered: injectIds[i - 1] } } : { at: Math.round((i * last) / shape.injects) };
    const to = i % 3 === 0 ? { roles: 'all', projector: true } : i % 3 === 1 ? { roles: 'all' } : { roles: [roles[i % roles.length]?.id ?? 'role-1'] };
    const board: Record<string, unknown>[] = [{ op: 'addMarker', id: `marker-${i + 1}`, label: both(`Melding ${i + 1}`, `Report ${i + 1}`), at: point(), kind: MARKERS[i % MARKERS.length] }];
    // Older reports are cleared, as a real picture is, so the board holds a working set, not every report.
    if (i >= 4 && i % 2 === 0) board.push({ op: 'removeMarker', id: `marker-${i - 3}` });
    if (i % 5 === 1) board.push({ op: 'moveUnit', unit: `police-${(i % 4) + 1}`, to: point() });
    const effects: Record<string, unknown>[] = [{ kind: 'variable', variable: 'unrest', add: { min: -3, max: 5 } }];
    if (i % 5 === 2) effects.push({ kind: 'variable', variable: 'injured', add: 1, probability: 0.5 });
    if (i % 7 === 3) effects.push({ kind: 'confirmFact', block: `fact-${(i % 6) + 1}` });
    const variants = i % 8 === 4 ? [{ weight: 2, text: text(120) }, { weight: 1, delayMinutes: perRound, effects: [{ kind: 'variable', variable: 'public-trust', add: -5 }] }] : [];
    return {
      id,
      ...timing,
      from: both('Meldkamer', 'Control room'),
      to,
      channel: CHANNELS[i % CHANNELS.length],
      title: both(`Melding ${i + 1}`, `Report ${i + 1}`),
      text: text(),
      board,
      effects,
      ...(variants.length > 0 ? { variants } : {}),
      ...(i % 3 === 0 ? { trainerNote: text(150) } : {}),
      ...(i % 5 === 0 ? { expectedActions: [{ role: 'role-1', do: { action: 'publish' }, withinMinutes: 30 }] } : {}),
    };
  });

  const decisionCount = shape.decisions ?? 12;
  const decisions = Array.from({ length: decisionCount }, (_, d) => {
    const owner = roles[d % roles.length] as (typeof roles)[number];
    const options: Record<string, unknown>[] = [
      {
        id: 'act',
        label: both('Nu handelen en het beeld delen', 'Act now and share the picture'),
        effects: [
          { kind: 'variable', variable: 'unrest', add: -5 },
          { kind: 'structure', do: { action: 'shareInformation', with: 'driehoek' } },
        ],
        assessments: [{ criterion: 'C02', rating: 'meets', feedback: text(120) }],
      },
      {
        id: 'wait',
        label: both('Afwachten', 'Wait'),
        effects: [{ kind: 'variable', variable: 'unrest', add: 5 }],
        assessments: [{ criterion: 'C02', rating: 'misses', feedback: text(120) }],
      },
    ];
    if (owner.office === 'mayor') {
      options.push({
        id: 'escalate',
        label: both('Opschalen naar GRIP 3 en de driehoek bijeenroepen', 'Scale up to GRIP 3 and convene the driehoek'),
        effects: [
          { kind: 'structure', do: { action: 'scale', level: 3 } },
          { kind: 'structure', do: { action: 'convene', team: 'driehoek' } },
        ],
        assessments: [{ criterion: 'C06', rating: 'meets', feedback: text(120) }],
      });
    }
    return {
      id: `decision-${d + 1}`,
      owner: owner.id,
      prompt: text(200),
      opensAt: Math.round((d * Math.max(0, endsAt - 2 * perRound)) / decisionCount),
      deadlineRounds: 2,
      default: 'wait',
      options,
      public: d % 2 === 0,
    };
  });

  const facts = Array.from({ length: 6 }, (_, k) => ({
    id: `fact-${k + 1}`,
    kind: 'fact',
    text: text(100),
    ...(k < 2 ? { confirmedAt: k * perRound } : {}),
    principles: [{ principle: 'factual', effect: 'serves' }],
  }));

  return {
    $schema: './scenario.schema.json',
    schemaVersion: 2,
    id: `generated-${shape.injects}-injects-${shape.roles}-roles`,
    version: '1.0.0',
    title: both(`Gegenereerd: ${shape.injects} injects, ${shape.roles} rollen`, `Generated: ${shape.injects} injects, ${shape.roles} roles`),
    summary: both('Een gegenereerd, fictief scenario voor de bench.', 'A generated, fictional scenario for the bench.'),
    languages: ['nl', 'en'],
    fictional: true,
    contentWarnings: [both('Geweld (fictief)', 'Violence (fictional)')],
    durationMinutes: 120,
    setting: {
      region: 'Veiligheidsregio Kustland',
      municipalities: [{ id: 'havenstad', name: 'Havenstad' }],
      startsAt: '2026-03-14T08:10',
      scaling: { model: 'grip' },
      threatLevel: { national: 3 },
      map: {
        bounds: { width: 2000, height: 1500 },
        areas: [
          { id: 'town', name: 'Havenstad', kind: 'municipality', municipality: 'havenstad', polygon: [[0, 0], [2000, 0], [2000, 1500], [0, 1500]] },
          { id: 'station-area', name: both('Stationsgebied', 'Station area'), kind: 'district', municipality: 'havenstad', polygon: [[900, 600], [1400, 600], [1400, 1000], [900, 1000]] },
        ],
        pointsOfInterest: [
          { id: 'central-station', name: 'Havenstad Centraal', kind: 'station', at: [1150, 800] },
          { id: 'hospital-a', name: both('Ziekenhuis', 'Hospital'), kind: 'hospital', at: [400, 300] },
          { id: 'town-hall', name: both('Stadhuis', 'Town hall'), kind: 'townHall', at: [700, 700] },
          { id: 'mosque', name: both('Moskee', 'Mosque'), kind: 'placeOfWorship', at: [1600, 1200] },
        ],
      },
    },
    clock: { minutesPerRound: perRound, endsAt },
    roles,
    variables: [
      { id: 'injured', name: both('Gewonden', 'Injured'), kind: 'injured', min: 0, max: 500, initial: { min: 2, max: 6 }, visibility: 'public' },
      { id: 'unrest', name: both('Onrust', 'Unrest'), kind: 'unrest', min: 0, max: 100, initial: 20, visibility: 'trainer', unit: '%' },
      { id: 'rumour-reach', name: both('Bereik gerucht', 'Rumour reach'), kind: 'rumourReach', min: 0, max: 100, initial: 0, visibility: { roles: ['role-1'] }, unit: '%' },
      { id: 'public-trust', name: both('Vertrouwen', 'Trust'), kind: 'publicTrust', min: 0, max: 100, initial: 60, visibility: 'trainer', unit: '%' },
      { id: 'reprisal-risk', name: both('Risico represailles', 'Reprisal risk'), kind: 'reprisalRisk', min: 0, max: 100, initial: 10, visibility: 'trainer', unit: '%' },
    ],
    picture: {
      incidentAt: [1150, 800],
      units: [
        ...Array.from({ length: 4 }, (_, k) => ({ id: `police-${k + 1}`, name: `Politie ${k + 1}`, kind: 'police', at: point() })),
        { id: 'ambulance-1', name: 'Ambulance 1', kind: 'ambulance', at: point() },
        { id: 'ambulance-2', name: 'Ambulance 2', kind: 'ambulance', at: point(), deployed: false },
        { id: 'dsi-team', name: 'DSI', kind: 'dsi', at: [100, 100], deployed: false, visibility: 'trainer' },
      ],
      hospitals: [{ id: 'hospital-main', poi: 'hospital-a', capacity: 40, load: 5 }],
      zones: [
        { id: 'source', name: both('Bron', 'Source'), ring: 'source', polygon: [[1120, 770], [1180, 770], [1180, 830], [1120, 830]] },
        { id: 'inner-cordon', name: both('Binnenring', 'Inner cordon'), ring: 'inner', polygon: [[1000, 650], [1300, 650], [1300, 950], [1000, 950]] },
        { id: 'outer-cordon', name: both('Buitenring', 'Outer cordon'), ring: 'outer', polygon: [[850, 550], [1450, 550], [1450, 1050], [850, 1050]] },
      ],
      atRisk: [{ id: 'mosque-risk', poi: 'mosque', reason: both('Kans op represailles.', 'Risk of reprisals.'), risk: 'reprisal-risk' }],
      boardActions: [
        {
          id: 'place-inner-cordon',
          label: both('Binnenring instellen', 'Place the inner cordon'),
          roles: [police],
          effects: [
            { kind: 'board', change: { op: 'activateZone', zone: 'inner-cordon' } },
            { kind: 'variable', variable: 'unrest', add: -5 },
          ],
        },
      ],
    },
    injects,
    decisions,
    communication: {
      firstMessageTargetMinutes: 30,
      blocks: [
        ...facts,
        { id: 'unknown-motive', kind: 'unknown', text: both('Het motief is nog niet bekend.', 'The motive is not yet known.') },
        {
          id: 'advice-stay-away',
          kind: 'actionAdvice',
          text: both('Blijf weg uit het stationsgebied tot 12:00 uur.', 'Stay away from the station area until 12:00.'),
          where: 'station-area',
          what: both('Blijf weg', 'Stay away'),
          until: both('tot 12:00 uur', 'until 12:00'),
          principles: [{ principle: 'actionPerspective', effect: 'serves' }],
        },
        { id: 'responders', kind: 'responders', text: both('Hulpdiensten zijn ter plaatse.', 'Emergency services are on the scene.') },
        { id: 'together', kind: 'resilience', text: both('Havenstad staat samen.', 'Havenstad stands together.') },
        { id: 'stay-calm', kind: 'calm', text: both('Blijf rustig en volg de aanwijzingen.', 'Stay calm and follow instructions.') },
        {
          id: 'no-second-attacker',
          kind: 'rebuttal',
          text: both('Er is geen aanwijzing voor een tweede dader.', 'There is no indication of a second attacker.'),
          confirmedAt: 2 * perRound,
          rebuts: ['second-attacker'],
        },
        {
          id: 'trap-name',
          kind: 'trap',
          text: both('De naam van de verdachte.', "The suspect's name."),
          trap: 'perpetratorName',
          principles: [{ principle: 'perpetratorAttention', effect: 'breaks' }],
        },
      ],
    },
    rumours: [
      {
        id: 'second-attacker',
        text: both('Er zou een tweede dader zijn.', 'There is said to be a second attacker.'),
        startsAt: perRound,
        reach: 'rumour-reach',
        spreadPerRound: { min: 5, max: 15 },
        rebuttedBy: ['no-second-attacker'],
      },
    ],
    endings: [
      {
        id: 'calm',
        title: both('Rust', 'Calm'),
        when: { all: [{ variable: 'unrest', op: '<', value: 40 }, { rumourRebutted: 'second-attacker' }] },
        debrief: text(200),
      },
      { id: 'unsettled', title: both('Onrust', 'Unrest'), debrief: text(200) },
    ],
    scoring: {
      criteria: [
        { criterion: 'C01', targetMinutes: 30, partlyMinutes: 45 },
        { criterion: 'C02' },
        { criterion: 'C06', level: 3, trigger: { delivered: 'inject-1' }, targetMinutes: 20, partlyMinutes: 30 },
        { criterion: 'C10', variable: 'unrest', threshold: 60 },
        { criterion: 'C11', trigger: { rumourActive: 'second-attacker' }, targetMinutes: 20, partlyMinutes: 30 },
      ],
    },
  };
}

/** The document as an author's editor writes it: indented, so "1 MB" means what a file on disk weighs. */
export function scenarioText(doc: Record<string, unknown>): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A generated scenario of at least `bytes` (more injects until the text is that large). */
export function scenarioOfSize(bytes: number, roles = 10): { readonly text: string; readonly injects: number } {
  const perInject = scenarioText(generateScenario({ injects: 20, roles })).length / 20;
  let injects = Math.max(1, Math.floor(bytes / perInject));
  let text = scenarioText(generateScenario({ injects, roles }));
  while (Buffer.byteLength(text) < bytes) {
    injects += Math.max(1, Math.ceil((bytes - Buffer.byteLength(text)) / perInject));
    text = scenarioText(generateScenario({ injects, roles }));
  }
  return { text, injects };
}
