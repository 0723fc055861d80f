// Example values for the format reference, keyed by the path the reference uses: a section (`injects[]`,
// `Effect(board)`, `Text`) gives an example object, a field (`injects[].when`) an example value. A field
// without its own entry shows its value from the section's example, or the example of its type.
// Tests validate every entry against the JSON Schema at its path, so an example cannot show a wrong shape.
// All names and places are fictional (Havenstad, Veiligheidsregio Kustland).
import type { ScenarioInput } from './schema.js';

const nlEn = (nl: string, en: string) => ({ nl, en });

/** The scenario the tutorial builds step by step; its complete form is printed at the end of the tutorial. */
export const TUTORIAL_SCENARIO = {
  $schema: './scenarios/scenario.schema.json',
  schemaVersion: 2,
  id: 'my-first-scenario',
  version: '0.1.0',
  title: nlEn('Steekincident op Station Havenstad', 'Stabbing at Havenstad station'),
  summary: nlEn(
    'Op een drukke ochtend steekt een man reizigers neer op Station Havenstad. De burgemeester moet opschalen en communiceren.',
    'On a busy morning a man stabs travellers at Havenstad station. The mayor has to scale up and communicate.',
  ),
  languages: ['nl', 'en'],
  fictional: true,
  contentWarnings: [nlEn('Geweld met een mes en gewonden', 'Knife violence and injured people')],
  durationMinutes: 45,
  trainerIntro: nlEn(
    'Leerdoel: tijdig opschalen en een eerste publieksboodschap met handelingsperspectief. Eén speler als burgemeester.',
    'Learning goal: scale up in time and publish a first public message with an action perspective. One player as the mayor.',
  ),
  setting: {
    region: nlEn('Veiligheidsregio Kustland', 'Kustland safety region'),
    municipalities: [{ id: 'havenstad', name: 'Havenstad' }],
    startsAt: '2026-03-14T08:10',
    map: {
      bounds: { width: 3000, height: 2000 },
      areas: [
        {
          id: 'station-area',
          name: nlEn('Stationsgebied', 'Station area'),
          kind: 'district',
          municipality: 'havenstad',
          polygon: [
            [1000, 600],
            [2000, 600],
            [2000, 1400],
            [1000, 1400],
          ],
        },
      ],
      pointsOfInterest: [
        { id: 'station', name: nlEn('Station Havenstad', 'Havenstad station'), kind: 'station', at: [1500, 1000], municipality: 'havenstad' },
      ],
    },
  },
  clock: { minutesPerRound: 10, endsAt: 90 },
  roles: [
    {
      id: 'mayor',
      name: nlEn('Burgemeester van Havenstad', 'Mayor of Havenstad'),
      team: 'GBT',
      office: 'mayor',
      briefing: nlEn(
        'U bent burgemeester van Havenstad. U bent verantwoordelijk voor de openbare orde en voor de communicatie naar uw inwoners.',
        'You are the mayor of Havenstad. You are responsible for public order and for communication with your residents.',
      ),
    },
  ],
  injects: [
    {
      id: 'first-call',
      at: 0,
      firstNotification: true,
      from: nlEn('Meldkamer', 'Control room'),
      to: { roles: ['mayor'] },
      channel: 'phone',
      title: nlEn('Steekincident op het station', 'Stabbing at the station'),
      text: nlEn(
        'Meerdere meldingen van een man met een mes in de stationshal. Er zijn gewonden. Politie en ambulances zijn onderweg.',
        'Several calls about a man with a knife in the station hall. People are injured. Police and ambulances are on their way.',
      ),
      board: [{ op: 'addMarker', id: 'incident', label: nlEn('Incident', 'Incident'), at: [1500, 1000], kind: 'incident' }],
      expectedActions: [{ role: 'mayor', do: { action: 'scale', level: 3 }, withinMinutes: 20, criterion: 'C06' }],
    },
  ],
  decisions: [
    {
      id: 'scale-up',
      owner: 'mayor',
      prompt: nlEn('Schaalt u nu op naar GRIP 3?', 'Do you scale up to GRIP 3 now?'),
      opensAt: 10,
      default: 'wait',
      options: [
        {
          id: 'grip-3',
          label: nlEn('Ja, GRIP 3', 'Yes, GRIP 3'),
          effects: [{ kind: 'structure', do: { action: 'scale', level: 3 } }],
          assessments: [
            {
              criterion: 'C06',
              rating: 'meets',
              feedback: nlEn('Tijdig opgeschaald: het beleidsteam kan besluiten nemen.', 'Scaled up in time: the policy team can take decisions.'),
            },
          ],
        },
        {
          id: 'wait',
          label: nlEn('Nee, eerst afwachten', 'No, wait and see'),
          assessments: [
            {
              criterion: 'C06',
              rating: 'misses',
              feedback: nlEn('Wachten vertraagt de bestuurlijke besluiten.', 'Waiting delays the administrative decisions.'),
            },
          ],
        },
      ],
    },
  ],
  communication: {
    firstMessageTargetMinutes: 30,
    blocks: [
      {
        id: 'fact-incident',
        kind: 'fact',
        text: nlEn(
          'Vanochtend is op Station Havenstad een steekincident geweest. Er zijn gewonden.',
          'This morning there was a stabbing at Havenstad station. People have been injured.',
        ),
        confirmedAt: 5,
        principles: [{ principle: 'factual', effect: 'serves' }],
      },
      {
        id: 'unknown-motive',
        kind: 'unknown',
        text: nlEn('Over de achtergrond is nog niets bekend.', 'Nothing is known yet about the background.'),
        principles: [{ principle: 'factual', effect: 'serves' }],
      },
      {
        id: 'avoid-station',
        kind: 'actionAdvice',
        text: nlEn(
          'Mijd het stationsgebied tot de politie meldt dat het veilig is.',
          'Avoid the station area until the police say it is safe.',
        ),
        what: nlEn('Mijd het gebied', 'Avoid the area'),
        where: 'station-area',
        until: nlEn('tot de politie meldt dat het veilig is', 'until the police say it is safe'),
        principles: [{ principle: 'actionPerspective', effect: 'serves' }],
      },
      {
        id: 'responders-at-work',
        kind: 'responders',
        text: nlEn('Politie en ambulancezorg zijn ter plaatse en helpen de gewonden.', 'Police and ambulances are on the scene and helping the injured.'),
        principles: [{ principle: 'responseResilience', effect: 'serves' }],
      },
      {
        id: 'name-suspect',
        kind: 'trap',
        trap: 'perpetratorName',
        text: nlEn('De verdachte is de 34-jarige Havenstedeling D.V.', 'The suspect is D.V., 34, from Havenstad.'),
        principles: [{ principle: 'perpetratorAttention', effect: 'breaks' }],
      },
    ],
  },
  endings: [
    {
      id: 'debrief',
      title: nlEn('Einde van de oefening', 'End of the exercise'),
      debrief: nlEn(
        'Bespreek: wanneer schaalde u op, en wat zei uw eerste boodschap over wat, waar en tot wanneer?',
        'Discuss: when did you scale up, and what did your first message say about what, where and until when?',
      ),
    },
  ],
  scoring: {
    criteria: [
      { criterion: 'C01', targetMinutes: 30, partlyMinutes: 45 },
      { criterion: 'C05' },
      { criterion: 'C06', targetMinutes: 20, partlyMinutes: 40, trigger: { delivered: 'first-call' }, level: 3 },
    ],
  },
} satisfies ScenarioInput;

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

/** Examples by reference path. The scenario itself (key "") is the tutorial's complete scenario. */
export const FORMAT_EXAMPLES: Readonly<Record<string, unknown>> = {
  '': TUTORIAL_SCENARIO,

  // ------------------------------------------------------------ scenario
  clock: { minutesPerRound: 10, endsAt: 120 },

  // ------------------------------------------------------------ setting
  setting: {
    region: nlEn('Veiligheidsregio Kustland', 'Kustland safety region'),
    municipalities: [
      { id: 'havenstad', name: 'Havenstad' },
      { id: 'duinwijk', name: 'Duinwijk' },
    ],
    startsAt: '2026-03-14T08:10',
    scaling: { model: 'grip' },
    threatLevel: { national: 4 },
    map: TUTORIAL_SCENARIO.setting.map,
  },
  exerciseKind: 'mixed',
  modules: [
    {
      id: 'first-hour',
      title: nlEn('1 — Het eerste uur', '1 — The first hour'),
      situation: nlEn('Om 08.10 uur meldt de meldkamer een steekincident op Station Havenstad.', 'At 08:10 the control room reports a stabbing at Havenstad station.'),
      startsAt: 0,
      questions: [{ id: 'first-message', text: nlEn('Wat zegt u als eerste tegen de inwoners?', 'What do you tell residents first?'), criteria: ['C01'] }],
      objectives: ['VB1'],
    },
  ],
  'modules[]': {
    id: 'aftercare',
    title: nlEn('3 — Nazorg', '3 — Aftercare'),
    situation: nlEn('Twee dagen later. De stad rouwt; families zoeken één aanspreekpunt.', 'Two days later. The city mourns; families look for one point of contact.'),
    startsAt: 2880,
    timeLabel: nlEn('Twee dagen later, 09.00 uur', 'Two days later, 09:00'),
    budgetMinutes: 30,
    script: nlEn('Lees de situatie voor en toon het nieuwsbericht.', 'Read the situation aloud and show the news item.'),
    objectives: ['VB1'],
    capabilityTarget: nlEn('Binnen een dag één centraal informatie- en adviescentrum.', 'One central information and advice centre within a day.'),
    criticalTasks: [{ id: 'open-iac', text: nlEn('Het IAC openen', 'Open the IAC'), criteria: ['C12'] }],
    observationPrompts: [nlEn('Wie neemt contact op met de families?', 'Who reaches out to the families?')],
    injects: ['second-call'],
    decisions: ['scale-up'],
    questions: [],
  },
  'modules[].budgetMinutes': 30,
  'modules[].objectives': ['VB1', 'VB2'],
  'modules[].criticalTasks[]': { id: 'open-iac', text: nlEn('Het IAC openen', 'Open the IAC'), criteria: ['C12'] },
  'modules[].observationPrompts': [nlEn('Wie neemt contact op met de families?', 'Who reaches out to the families?')],
  'modules[].injects': ['second-call'],
  'modules[].decisions': ['scale-up'],
  'modules[].questions[]': {
    id: 'one-contact-point',
    text: nlEn('Hoe zorgt u voor één aanspreekpunt voor de families?', 'How do you give families one point of contact?'),
    audience: ['mayor'],
    criteria: ['C12'],
    keyPoints: [nlEn('IAC met slachtofferregistratie van de GHOR', 'IAC with victim registration by GHOR')],
  },
  'setting.municipalities[]': { id: 'duinwijk', name: 'Duinwijk' },
  'setting.scaling': {
    model: 'custom',
    levels: [
      { level: 1, label: 'Coördinatie ter plaatse', teams: ['CoPI'], led: 'copiLeader' },
      { level: 3, label: 'Bestuurlijke coördinatie', teams: ['CoPI', 'ROT', 'GBT'], led: 'mayor' },
    ],
  },
  'setting.scaling.levels[]': { level: 3, label: nlEn('GRIP 3', 'GRIP 3'), teams: ['CoPI', 'ROT', 'GBT'], led: 'mayor' },
  'setting.threatLevel': { national: 4, region: 5 },

  // ------------------------------------------------------------ map
  'setting.map': TUTORIAL_SCENARIO.setting.map,
  'setting.map.bounds': { width: 3000, height: 2000 },
  'setting.map.areas[]': {
    id: 'old-town',
    name: nlEn('Oude binnenstad', 'Old town'),
    kind: 'district',
    municipality: 'havenstad',
    polygon: square(400, 300, 600),
  },
  'setting.map.pointsOfInterest[]': {
    id: 'harbour-hospital',
    name: nlEn('Havenziekenhuis', 'Harbour hospital'),
    kind: 'hospital',
    at: [2400, 500],
    municipality: 'havenstad',
  },

  // ------------------------------------------------------------ roles and variables
  'roles[]': {
    id: 'police-chief',
    name: nlEn('Politiechef eenheid Kustland', 'Police chief, Kustland unit'),
    team: 'driehoek',
    office: 'policeChief',
    briefing: nlEn('U leidt de politie-inzet en zit in de driehoek.', 'You lead the police operation and sit in the driehoek.'),
    authority: ['convene', 'requestDsi'],
    required: true,
  },
  'variables[]': {
    id: 'unrest',
    name: nlEn('Onrust', 'Unrest'),
    kind: 'unrest',
    min: 0,
    max: 100,
    initial: { min: 10, max: 20 },
    visibility: 'trainer',
    unit: '%',
  },

  // ------------------------------------------------------------ picture
  picture: {
    incidentAt: [1500, 1000],
    units: [{ id: 'patrol-1', name: nlEn('Noodhulp 1', 'Patrol 1'), kind: 'police', at: [1400, 1100] }],
    hospitals: [{ id: 'harbour-hospital-beds', poi: 'harbour-hospital', capacity: 12 }],
    zones: [{ id: 'inner-cordon', name: nlEn('Binnenring', 'Inner cordon'), ring: 'inner', polygon: square(1300, 800, 400) }],
    atRisk: [{ id: 'mosque-north', poi: 'mosque-north', reason: nlEn('Kans op represailles', 'Risk of reprisals') }],
    boardActions: [],
  },
  'picture.units[]': {
    id: 'dsi-team',
    name: nlEn('DSI-eenheid', 'DSI unit'),
    kind: 'dsi',
    at: [200, 1800],
    deployed: false,
    visibility: 'trainer',
  },
  'picture.hospitals[]': { id: 'harbour-hospital-beds', poi: 'harbour-hospital', capacity: 12, load: 3 },
  'picture.zones[]': {
    id: 'inner-cordon',
    name: nlEn('Binnenring', 'Inner cordon'),
    ring: 'inner',
    polygon: square(1300, 800, 400),
    active: false,
    visibility: 'public',
  },
  'picture.atRisk[]': {
    id: 'mosque-north',
    poi: 'mosque-north',
    reason: nlEn('Kans op represailles na de aanslag', 'Risk of reprisals after the attack'),
    risk: 'reprisal-risk',
    visibility: 'trainer',
  },
  'picture.boardActions[]': {
    id: 'place-inner-cordon',
    label: nlEn('Binnenring plaatsen', 'Place the inner cordon'),
    roles: ['police-chief'],
    effects: [{ kind: 'board', change: { op: 'activateZone', zone: 'inner-cordon' } }],
    once: true,
  },

  // ------------------------------------------------------------ injects
  'injects[]': {
    id: 'second-call',
    at: 20,
    optional: false,
    firstNotification: false,
    from: nlEn('Meldkamer', 'Control room'),
    to: { roles: ['mayor', 'police-chief'], projector: false },
    channel: 'radio',
    title: nlEn('Verdachte voortvluchtig', 'Suspect at large'),
    text: nlEn('De verdachte is te voet gevlucht richting de haven.', 'The suspect fled on foot towards the harbour.'),
    board: [{ op: 'addMarker', id: 'suspect', label: nlEn('Verdachte', 'Suspect'), at: [2100, 1300], kind: 'suspect' }],
    effects: [{ kind: 'variable', variable: 'unrest', add: 10 }],
    variants: [{ weight: 1, text: nlEn('De verdachte is aangehouden.', 'The suspect has been arrested.') }],
    trainerNote: nlEn('Vraag de driehoek of de DSI wordt aangevraagd.', 'Ask the driehoek whether the DSI is requested.'),
    expectedActions: [{ role: 'police-chief', do: { action: 'requestDsi' }, withinMinutes: 15, criterion: 'C08' }],
    objective: 'VB1',
  },
  'injects[].when': { decided: 'scale-up', option: 'wait' },
  'injects[].reveals': ['fact:fact-one-suspect', 'threat:mosque-reprisal', 'variable:casualties'],
  'variables[].information': true,
  'injects[].to': { roles: 'all', projector: true },
  'injects[].variants[]': {
    weight: 2,
    text: nlEn('Er zijn drie gewonden.', 'Three people are injured.'),
    delayMinutes: 5,
    effects: [{ kind: 'variable', variable: 'casualties', add: { min: 1, max: 3 } }],
  },
  'injects[].expectedActions[]': { role: 'mayor', do: { action: 'scale', level: 3 }, withinMinutes: 20, criterion: 'C06' },
  'injects[].expectedActions[].do(decide)': { action: 'decide', decision: 'scale-up' },
  'injects[].expectedActions[].do(publish)': { action: 'publish', block: 'avoid-station' },
  'injects[].expectedActions[].do(boardAction)': { action: 'boardAction', id: 'place-inner-cordon' },

  // ------------------------------------------------------------ decisions
  'decisions[]': {
    id: 'close-station',
    owner: 'mayor',
    prompt: nlEn('Laat u het station sluiten?', 'Do you have the station closed?'),
    opensAt: 20,
    deadlineRounds: 2,
    default: 'keep-open',
    options: [
      { id: 'close', label: nlEn('Sluiten', 'Close it') },
      { id: 'keep-open', label: nlEn('Open houden', 'Keep it open') },
    ],
    public: true,
    trainerNote: nlEn('Er is geen goed of fout: vraag naar de afweging.', 'There is no right or wrong: ask for the reasoning.'),
  },
  'decisions[].when': { delivered: 'second-call' },
  'decisions[].options[]': {
    id: 'close',
    label: nlEn('Station sluiten', 'Close the station'),
    effects: [{ kind: 'variable', variable: 'unrest', add: -5 }],
    assessments: [{ criterion: 'C17', rating: 'partly', feedback: nlEn('Begrijpelijk, maar ruim.', 'Understandable, but broad.') }],
  },
  'decisions[].options[].assessments[]': {
    criterion: 'C17',
    rating: 'meets',
    feedback: nlEn('Een maatregel in verhouding tot de dreiging.', 'A measure in proportion to the threat.'),
  },

  // ------------------------------------------------------------ communication
  communication: {
    firstMessageTargetMinutes: 30,
    blocks: [
      {
        id: 'one-suspect',
        kind: 'fact',
        text: nlEn('Er was één dader.', 'There was one attacker.'),
        confirmedAt: 40,
      },
    ],
    contradictions: [['one-suspect', 'two-suspects']],
    mode: 'both',
    subjects: [{ id: 'suspects', name: nlEn('Aantal verdachten', 'Number of suspects'), values: [{ id: 'one', label: nlEn('één', 'one') }, { id: 'more', label: nlEn('meer', 'more') }] }],
    perpetrators: [{ id: 'suspect', names: ['Ruben Vos'], initials: ['Ruben V.'], aliases: ['RV_010'] }],
    victims: [{ name: 'Sanne de Wit', informedWhen: { delivered: 'families-informed' } }],
    terms: { motive: { nl: ['wraak*'], en: ['revenge'] }, stigma: { nl: ['dat soort mensen'], en: ['those people'] } },
    dangers: [{ id: 'station-search', name: nlEn('Zoektocht naar de verdachte', 'Search for the suspect'), areas: ['station-area'], endsWith: ['suspect-arrested'] }],
    adviceEnds: [{ id: 'suspect-arrested', label: nlEn('de verdachte is aangehouden', 'the suspect is arrested'), when: { decided: 'arrest' } }],
    oneVoiceWindowMinutes: 30,
    nlAlertMaxChars: 1395,
  },
  'communication.blocks[]': {
    id: 'one-suspect',
    kind: 'fact',
    text: nlEn('De politie gaat uit van één dader.', 'The police believe there was one attacker.'),
    voices: ['local', 'regional', 'national'],
    principles: [{ principle: 'rumourControl', effect: 'serves' }],
    confirmedAt: 40,
    rebuts: ['second-attacker'],
    claims: [{ subject: 'suspects', value: 'one' }],
  },
  'communication.blocks[].claims[].value': 'one',
  'communication.subjects[]': {
    id: 'injured',
    name: nlEn('Aantal gewonden', 'Number of injured'),
    kind: 'fact',
    values: [],
    numeric: true,
    terms: { nl: ['gewond*', 'slachtoffers'], en: ['injured', 'casualties'] },
  },
  'communication.victims[].name': 'Sanne de Wit',
  'communication.terms.motive': { nl: ['wraak*'], en: ['revenge'] },
  'communication.terms.stigma': { nl: ['dat soort mensen'], en: ['those people'] },
  'communication.perpetrators[]': {
    id: 'suspect',
    names: ['Ruben Vos', 'Vos'],
    initials: ['Ruben V.'],
    aliases: ['RV_010'],
    references: { nl: ['video van de aanslag'], en: ['video of the attack'] },
    allowedWhen: { all: [{ not: { dsi: 'done' } }, { delivered: 'police-request-name' }] },
  },
  'communication.blocks[].what': nlEn('Blijf binnen en sluit ramen en deuren', 'Stay indoors and close windows and doors'),
  'communication.blocks[].where': 'old-town',
  'communication.blocks[].until': nlEn('tot 12.00 uur', 'until 12:00'),
  'communication.blocks[].trap': 'perpetratorName',
  'communication.blocks[].needs': ['inject:police-request-name'],
  'communication.blocks[].allowedWhen': { all: [{ not: { dsi: 'done' } }, { delivered: 'police-request-name' }] },
  'communication.blocks[].principles[]': { principle: 'perpetratorAttention', effect: 'breaks' },

  // ------------------------------------------------------------ rumours, endings, scoring
  'rumours[]': {
    id: 'second-attacker',
    text: nlEn('Er loopt nog een tweede dader rond!', 'There is a second attacker on the loose!'),
    startsAt: 20,
    reach: 'rumour-reach',
    spreadPerRound: { min: 5, max: 15 },
    rebuttedBy: ['one-suspect'],
    visibility: 'public',
  },
  'rumours[].when': { delivered: 'second-call' },
  'endings[]': {
    id: 'calm-returns',
    title: nlEn('De rust keert terug', 'Calm returns'),
    when: { all: [{ variable: 'unrest', op: '<', value: 40 }, { rumourRebutted: 'second-attacker' }] },
    debrief: nlEn('De onrust bleef beperkt en het gerucht werd snel weerlegd.', 'Unrest stayed limited and the rumour was rebutted quickly.'),
  },
  scoring: { criteria: [{ criterion: 'C01', targetMinutes: 30, partlyMinutes: 45 }] },
  'scoring.criteria[]': {
    criterion: 'C06',
    weight: 2,
    targetMinutes: 20,
    partlyMinutes: 40,
    trigger: { delivered: 'first-call' },
    level: 3,
    teams: ['driehoek', 'SGBO'],
  },
  'scoring.criteria[].variable': 'unrest',
  'scoring.criteria[].threshold': 60,
  'scoring.criteria[].objective': 'VB2',

  // ------------------------------------------------------------ conditions
  Condition: { all: [{ delivered: 'first-call' }, { not: { teamActive: 'GBT' } }] },
  'Condition(all)': { all: [{ grip: '>=', value: 3 }, { teamActive: 'driehoek' }] },
  'Condition(any)': { any: [{ published: 'avoid-station' }, { time: '>', value: 60 }] },
  'Condition(not)': { not: { rumourRebutted: 'second-attacker' } },
  'Condition(variable)': { variable: 'unrest', op: '>=', value: 50 },
  'Condition(grip)': { grip: '>=', value: 3 },
  'Condition(threatLevel)': { threatLevel: '==', value: 5, region: true },
  'Condition(teamActive)': { teamActive: 'NKC' },
  'Condition(dsi)': { dsi: 'deployed' },
  'Condition(time)': { time: '>=', value: 30 },
  'Condition(round)': { round: '>', value: 2 },
  'Condition(decided)': { decided: 'scale-up', option: 'grip-3' },
  'Condition(delivered)': { delivered: 'first-call' },
  'Condition(published)': { published: 'fact-incident' },
  'Condition(rumourActive)': { rumourActive: 'second-attacker' },
  'Condition(rumourRebutted)': { rumourRebutted: 'second-attacker' },
  'Condition(boardAction)': { boardAction: 'place-inner-cordon' },
  'Condition(structureAction)': { structureAction: 'openIac' },
  'Condition(always)': { always: true },

  // ------------------------------------------------------------ effects
  'Effect(variable)': { kind: 'variable', variable: 'unrest', add: { min: 5, max: 10 }, probability: 0.5, visibility: 'public' },
  'Effect(variable).set': 0,
  'Effect(inject)': { kind: 'inject', inject: 'second-call', delayMinutes: 10 },
  'Effect(structure)': { kind: 'structure', do: { action: 'convene', team: 'driehoek' } },
  'Effect(board)': { kind: 'board', change: { op: 'deployUnit', unit: 'dsi-team' } },
  'Effect(confirmFact)': { kind: 'confirmFact', block: 'one-suspect' },
  'Effect(startRumour)': { kind: 'startRumour', rumour: 'second-attacker' },

  // ------------------------------------------------------------ board changes
  'BoardChange(addMarker)': {
    op: 'addMarker',
    id: 'casualties-hall',
    label: nlEn('Gewonden', 'Casualties'),
    at: [1480, 980],
    kind: 'casualties',
    visibility: 'public',
  },
  'BoardChange(removeMarker)': { op: 'removeMarker', id: 'suspect' },
  'BoardChange(activateZone)': { op: 'activateZone', zone: 'inner-cordon' },
  'BoardChange(liftZone)': { op: 'liftZone', zone: 'inner-cordon' },
  'BoardChange(moveUnit)': { op: 'moveUnit', unit: 'patrol-1', to: [2100, 1300] },
  'BoardChange(deployUnit)': { op: 'deployUnit', unit: 'dsi-team' },
  'BoardChange(hospitalLoad)': { op: 'hospitalLoad', hospital: 'harbour-hospital-beds', add: 4 },
  'BoardChange(markAffected)': { op: 'markAffected', area: 'station-area' },

  // ------------------------------------------------------------ structure actions
  'StructureAction(scale)': { action: 'scale', level: 3 },
  'StructureAction(convene)': { action: 'convene', team: 'ICCb' },
  'StructureAction(standDown)': { action: 'standDown', team: 'SGBO' },
  'StructureAction(setThreatLevel)': { action: 'setThreatLevel', level: 5, scope: 'region' },
  'StructureAction(confirmIncident)': { action: 'confirmIncident' },
  'StructureAction(declareContained)': { action: 'declareContained' },
  'StructureAction(startRecovery)': { action: 'startRecovery' },
  'StructureAction(requestDsi)': { action: 'requestDsi' },
  'StructureAction(planDsi)': { action: 'planDsi' },
  'StructureAction(approveDsi)': { action: 'approveDsi' },
  'StructureAction(deployDsi)': { action: 'deployDsi' },
  'StructureAction(completeDsi)': { action: 'completeDsi' },
  'StructureAction(sendNlAlert)': { action: 'sendNlAlert', area: 'station-area', advice: 'avoid-station' },
  'StructureAction(withdrawAdvice)': { action: 'withdrawAdvice' },
  'StructureAction(openIac)': { action: 'openIac' },
  'StructureAction(registerVictims)': { action: 'registerVictims' },
  'StructureAction(outreach)': { action: 'outreach' },
  'StructureAction(responderAftercare)': { action: 'responderAftercare' },
  'StructureAction(distributeCasualties)': { action: 'distributeCasualties' },
  'StructureAction(protect)': { action: 'protect', target: 'mosque-north' },
  'StructureAction(alertPartners)': { action: 'alertPartners', sector: 'transport' },
  'StructureAction(shareInformation)': { action: 'shareInformation', with: 'NCC' },
  'StructureAction(removalOrder)': { action: 'removalOrder' },
  'StructureAction(euCrisisProtocol)': { action: 'euCrisisProtocol' },
  'StructureAction(requestAssistance)': { action: 'requestAssistance' },
  'StructureAction(grantMilitaryAssistance)': { action: 'grantMilitaryAssistance' },
  'StructureAction(airportMeasure)': { action: 'airportMeasure', level: 'restrict' },
  'StructureAction(airTraffic)': { action: 'airTraffic', level: 'stop' },
  'StructureAction(restrictAirspace)': { action: 'restrictAirspace', level: 'restrict' },
  'StructureAction(leadInvestigation)': { action: 'leadInvestigation' },

  // ------------------------------------------------------------ visibility, text and basic values
  Visibility: 'trainer',
  TermList: { nl: ['wraak*', 'uit wraak'], en: ['revenge'] },
  'Visibility(roles)': { roles: ['mayor', 'police-chief'] },
  Text: nlEn('Station Havenstad', 'Havenstad station'),
  LocalisedText: nlEn('Binnenring', 'Inner cordon'),
  Id: 'station-hall',
  Minutes: 45,
  Point: [1500, 1000],
  Range: { min: 5, max: 15 },
  NumberOrRange: { min: 1, max: 3 },
};
