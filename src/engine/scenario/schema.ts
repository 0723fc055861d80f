// Scenario format, version 2 (2 added knowledge: `reveals` on injects, `information` on variables, `needs` on
// blocks; powers: protection domains, the DSI route, cross-regional crises, separate airport, air-traffic
// and airspace measures; and scoring: warrants for escalating measures, critical tasks, card↔action links
// `resolvedBy`; migrations/ lifts version 1 files). Every field carries a description: the JSON Schema (editor hover and
// autocompletion) and docs/scenario-format.md are both generated from these, so they cannot drift.
// Objects are strict: a mistyped key is an error, never silently ignored.
import { z } from 'zod';
import {
  AREA_KINDS,
  BLOCK_KINDS,
  CHANNELS,
  CONVENABLE_TEAMS,
  CRITERIA,
  DECIDING_TEAMS,
  ESCALATING_MEASURES,
  LANGUAGES,
  OBJECTIVES,
  OFFICES,
  POI_KINDS,
  PRINCIPLES,
  RINGS,
  TEAMS,
  TRAP_KINDS,
  UNIT_KINDS,
  VOICES,
} from './vocabulary.js';

export const SCHEMA_VERSION = 2;

// ---------------------------------------------------------------- basics

export const Id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'Use lower-case letters, digits and hyphens, starting with a letter, e.g. "station-hall".')
  .max(60)
  .describe('An identifier other parts of the scenario refer to: lower-case letters, digits and hyphens.');

export const LocalisedText = z
  .strictObject({
    nl: z.string().min(1).describe('Dutch text.'),
    en: z.string().min(1).describe('English text.'),
  })
  .describe('A text in Dutch and English.');

export const Text = z
  .union([z.string().min(1), LocalisedText])
  .describe('Either one language-neutral string (e.g. a name) or { "nl": …, "en": … }.');

export const Minutes = z.number().int().min(0).max(100_000).describe('Scenario minutes since T0 (T+minutes).');

export const Point = z
  .tuple([z.number(), z.number()])
  .describe('A point [x, y] on the scenario map, in metres from the top-left corner of the bounds.');

export const Range = z
  .strictObject({
    min: z.number().describe('Lowest value the seeded draw can give.'),
    max: z.number().describe('Highest value the seeded draw can give.'),
  })
  .describe('A seeded range: the session seed picks a whole number between min and max (inclusive).');

export const NumberOrRange = z
  .union([z.number(), Range])
  .describe('A fixed number, or { "min", "max" } drawn from the session seed.');

export const Visibility = z
  .union([
    z.literal('public').describe('Everyone, including the projector.'),
    z.literal('trainer').describe('Only the trainer and evaluators.'),
    z
      .strictObject({ roles: z.array(Id).min(1).describe('Role ids that may see it (the trainer always can).') })
      .describe('Only the listed roles (and the trainer).'),
  ])
  .describe('Who may see this: "public", "trainer", or { "roles": [...] }.');

// ---------------------------------------------------------------- knowledge

/** The kinds of thing a role can come to know; the engine's knowledge model (src/engine/knowledge) uses the same keys. */
export const KNOWLEDGE_KINDS = ['fact', 'threat', 'rumour', 'variable', 'decision', 'structure', 'inject'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

export const KnowledgeKey = z
  .string()
  .regex(
    /^(fact|threat|rumour|variable|decision|structure|inject):[a-zA-Z0-9:-]+$/,
    'Write "<kind>:<id>" with kind fact, threat, rumour, variable, decision, structure or inject, e.g. "fact:fact-one-suspect" or "threat:mosque-reprisal".',
  )
  .describe(
    'Something a role can know: "fact:<fact block>", "threat:<place at risk>", "rumour:<rumour>", "variable:<variable>", "decision:<decision>", "structure:<structure action key, e.g. convene:ICCb>" or "inject:<inject>".',
  );

// ---------------------------------------------------------------- conditions

export type Comparison = '<' | '<=' | '==' | '!=' | '>=' | '>';
const Op = z.enum(['<', '<=', '==', '!=', '>=', '>']).describe('Comparison operator.');

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { variable: string; op: Comparison; value: number }
  | { grip: Comparison; value: number }
  | { threatLevel: Comparison; value: number; region?: boolean }
  | { teamActive: (typeof CONVENABLE_TEAMS)[number] | (typeof TEAMS)[number] }
  | { dsi: (typeof DSI_STAGE_LIST)[number] }
  | { time: Comparison; value: number }
  | { round: Comparison; value: number }
  | { decided: string; option?: string }
  | { delivered: string }
  | { published: string }
  | { rumourActive: string }
  | { rumourRebutted: string }
  | { boardAction: string }
  | { structureAction: string }
  | { always: boolean };

const DSI_STAGE_LIST = ['none', 'requested', 'planned', 'approved', 'deployed', 'done'] as const;

// Recursion through getters, as Zod 4 recommends: each getter returns the one shared schema instance,
// so the JSON Schema generator sees a cycle (a $ref) instead of recursing forever.
const conditionList = (what: string) => z.array(z.lazy(() => ConditionSchema)).min(1).describe(what);
export const ConditionSchema: z.ZodType<Condition> = z
  .union([
    z.strictObject({
      get all() {
        return conditionList('True when every condition holds.');
      },
    }),
    z.strictObject({
      get any() {
        return conditionList('True when at least one condition holds.');
      },
    }),
    z
      .strictObject({
        get not() {
          return ConditionSchema;
        },
      })
      .describe('True when the condition does not hold.'),
    z.strictObject({
      variable: Id.describe('A state variable id.'),
      op: Op,
      value: z.number().describe('The number to compare the variable with.'),
    }),
    z.strictObject({ grip: Op.describe('Compare the current GRIP level.'), value: z.number().int().min(0).max(5).describe('The GRIP level to compare with.') }),
    z.strictObject({
      threatLevel: Op.describe('Compare the threat level (national, or the region when "region" is true).'),
      value: z.number().int().min(1).max(5).describe('The threat level to compare with.'),
      region: z.boolean().optional().describe('Compare the regional threat level instead of the national one.'),
    }),
    z.strictObject({ teamActive: z.enum(TEAMS).describe('True while this team is active.') }),
    z.strictObject({ dsi: z.enum(DSI_STAGE_LIST).describe('True while the DSI deployment is at this stage.') }),
    z.strictObject({ time: Op.describe('Compare the scenario clock (T+minutes).'), value: Minutes }),
    z.strictObject({ round: Op.describe('Compare the round number (1-based).'), value: z.number().int().min(0).describe('The round number to compare with.') }),
    z.strictObject({
      decided: Id.describe('True once this decision is taken (by a player or by its default).'),
      option: Id.optional().describe('…and only when this option was chosen.'),
    }),
    z.strictObject({ delivered: Id.describe('True once this inject has been delivered.') }),
    z.strictObject({ published: Id.describe('True once a public message with this building block is published.') }),
    z.strictObject({ rumourActive: Id.describe('True while this rumour spreads (started, not yet rebutted).') }),
    z.strictObject({ rumourRebutted: Id.describe('True once this rumour is rebutted by a published fact.') }),
    z.strictObject({ boardAction: Id.describe('True once this board action has been taken.') }),
    z.strictObject({ structureAction: z.string().describe('True once a structure action of this kind has been taken, e.g. "openIac".') }),
    z.strictObject({ always: z.boolean().describe('A constant: true or false.') }),
  ])
  .meta({
    id: 'Condition',
    description:
      'A condition in the small JSON condition language: all/any/not, or one test (variable, grip, threatLevel, teamActive, dsi, time, round, decided, delivered, published, rumourActive, rumourRebutted, boardAction, structureAction, always).',
  });

// ---------------------------------------------------------------- crisis-structure actions

export const StructureAction = z
  .discriminatedUnion('action', [
    z.strictObject({
      action: z.literal('scale').describe('Set the regional scaling level (GRIP); up or down, levels may be skipped.'),
      level: z.number().int().min(0).max(5).describe('The GRIP level, 0–5.'),
    }),
    z.strictObject({ action: z.literal('convene').describe('Convene or activate a team.'), team: z.enum(CONVENABLE_TEAMS).describe('The team to convene.') }),
    z.strictObject({ action: z.literal('standDown').describe('Stand a team down.'), team: z.enum(CONVENABLE_TEAMS).describe('The team to stand down.') }),
    z.strictObject({
      action: z.literal('setThreatLevel').describe('Set the threat level (NCTV only).'),
      level: z.number().int().min(1).max(5).describe('1 Minimaal … 5 Kritiek.'),
      scope: z.enum(['national', 'region']).describe('For the whole country, or for the scenario region only.'),
    }),
    z.strictObject({ action: z.literal('confirmIncident').describe('Declare the incident confirmed as a (possible) terrorist attack.') }),
    z.strictObject({ action: z.literal('declareContained').describe('Declare the acute threat over (e.g. suspect arrested).') }),
    z.strictObject({ action: z.literal('startRecovery').describe('Move the incident to the recovery phase.') }),
    z.strictObject({
      action: z.literal('requestDsi').describe('Request the DSI (special interventions): the competent authority, the public prosecutor for criminal law or the mayor for public order.'),
    }),
    z.strictObject({ action: z.literal('planDsi').describe('Draw up the DSI operational plan (the head of the DSI, Regeling DSI art. 7(1)).') }),
    z.strictObject({
      action: z.literal('approveDsi').describe('Approve the DSI operational plan: whoever decides on the request in this scenario (setting.dsiApproval, Regeling DSI art. 7(3)).'),
    }),
    z.strictObject({ action: z.literal('deployDsi').describe('Deploy the DSI.') }),
    z.strictObject({ action: z.literal('completeDsi').describe('Report the DSI deployment done.') }),
    z.strictObject({
      action: z
        .literal('sendNlAlert')
        .describe('Decide an NL-Alert to a defined area, built from an action-advice block; the meldkamer sends a regional one, the NCC a national one.'),
      area: Id.describe('The map area the alert goes to.'),
      advice: Id.describe('The action-advice building block that says what, where and until when.'),
      national: z
        .boolean()
        .optional()
        .describe('A national NL-Alert, decided by the Minister of JenV and sent by the NCTV/NCC; by default (false) the regional one of the mayor, or of the chair under GRIP 4/5.'),
    }),
    z.strictObject({ action: z.literal('withdrawAdvice').describe('Withdraw the action advice in force.') }),
    z.strictObject({ action: z.literal('openIac').describe('Open the information and advice centre (IAC) for aftercare.') }),
    z.strictObject({ action: z.literal('registerVictims').describe('Start victim registration (GHOR).') }),
    z.strictObject({ action: z.literal('outreach').describe('Reach out actively to the affected (aftercare).') }),
    z.strictObject({ action: z.literal('responderAftercare').describe('Arrange aftercare for the responders.') }),
    z.strictObject({
      action: z.literal('distributeCasualties').describe('Distribute casualties over the hospitals (spreading plan).'),
    }),
    z.strictObject({
      action: z.literal('protect').describe('Protect a person or object at risk (Bewaken en Beveiligen measure).'),
      target: Id.describe('A place at risk from picture.atRisk.'),
    }),
    z.strictObject({
      action: z.literal('alertPartners').describe('Alert vital-process partners through the structure, with measures advice.'),
      sector: z.enum(['aviation', 'transport', 'energy', 'health', 'events', 'worship', 'all']).describe('Which sector.'),
    }),
    z.strictObject({
      action: z.literal('shareInformation').describe('Share the current picture within the structure.'),
      with: z.enum(['NCC', 'regions', 'vitalSectors', 'driehoek']).describe('Who receives it.'),
    }),
    z.strictObject({
      action: z
        .literal('removalOrder')
        .describe('Issue a removal order for terrorist content online (TCO); the hosting provider must remove it within one hour of receiving the order (art. 3(3)).'),
    }),
    z.strictObject({ action: z.literal('euCrisisProtocol').describe('Ask for activation of the EU Crisis Protocol for viral attack content.') }),
    z.strictObject({
      action: z.literal('requestAssistance').describe('Request assistance (bijstand) through the permanent LOCC.'),
      military: z
        .boolean()
        .optional()
        .describe('Military assistance (Politiewet art. 57-58): the Minister of JenV decides, in agreement with Defence. By default (false) police, fire or medical bijstand.'),
    }),
    z.strictObject({
      action: z.literal('grantMilitaryAssistance').describe('Make military assistance available (the Minister of JenV with the Minister of Defence, Politiewet art. 57-58).'),
    }),
    z.strictObject({
      action: z.literal('airportMeasure').describe('Continue, restrict or close operations at the aerodrome (the operator\'s own measure; KMar and the NCTV may restrict for security).'),
      level: z.enum(['continue', 'restrict', 'close']).describe('Continue, restrict or close.'),
    }),
    z.strictObject({
      action: z.literal('airTraffic').describe('Stop or resume air traffic for flight safety (air traffic control, LVNL).'),
      level: z.enum(['stop', 'resume']).describe('Stop or resume.'),
    }),
    z.strictObject({
      action: z.literal('restrictAirspace').describe('Restrict or close the airspace (the Minister of IenW, with Defence); a separate measure from the airport\'s own.'),
      level: z.enum(['restrict', 'close', 'lift']).describe('Restrict, close, or lift the restriction.'),
    }),
    z.strictObject({
      action: z.literal('leadInvestigation').describe('Take the lead of the criminal investigation (the Openbaar Ministerie; for terrorism the Landelijk Parket).'),
    }),
  ])
  .describe('A crisis-structure action. Who may take it follows from the role\'s office.');
export type StructureActionT = z.infer<typeof StructureAction>;
export type StructureActionKind = StructureActionT['action'];
export const STRUCTURE_ACTION_KINDS = StructureAction.options.map((o) => o.shape.action.value) as StructureActionKind[];

// ---------------------------------------------------------------- board changes and effects

export const BoardChange = z
  .discriminatedUnion('op', [
    z.strictObject({
      op: z.literal('addMarker').describe('Put an incident marker on the map.'),
      id: Id,
      label: Text,
      at: Point,
      kind: z.enum(['incident', 'suspect', 'casualties', 'drone', 'crowd', 'vehicle', 'other']).describe('What the marker shows.'),
      visibility: Visibility.default('public'),
    }),
    z.strictObject({ op: z.literal('removeMarker').describe('Remove a marker.'), id: Id }),
    z.strictObject({ op: z.literal('activateZone').describe('Activate a zone (a ring of the ring model).'), zone: Id }),
    z.strictObject({ op: z.literal('liftZone').describe('Lift a zone.'), zone: Id }),
    z.strictObject({ op: z.literal('moveUnit').describe('Move a unit.'), unit: Id, to: Point }),
    z.strictObject({ op: z.literal('deployUnit').describe('Deploy a standby unit on the map.'), unit: Id }),
    z.strictObject({
      op: z.literal('hospitalLoad').describe('Change the number of patients at a hospital.'),
      hospital: Id,
      add: z.number().int().describe('Patients added (negative to discharge).'),
    }),
    z.strictObject({ op: z.literal('markAffected').describe('Mark an area as affected.'), area: Id }),
  ])
  .describe('A change to the operational picture on the board.');
export type BoardChangeT = z.infer<typeof BoardChange>;

export const Effect = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('variable').describe('Change a state variable.'),
      variable: Id,
      add: NumberOrRange.optional().describe('Add this amount (fixed or seeded range; negative to lower).'),
      set: z.number().optional().describe('Set the variable to this value.'),
      probability: z.number().min(0).max(1).optional().describe('Chance (0–1) that the change happens; a seeded roll decides.'),
      visibility: Visibility.optional().describe('Who sees the roll; defaults to the variable\'s own visibility.'),
    }),
    z.strictObject({
      kind: z.literal('inject').describe('Schedule a follow-up inject.'),
      inject: Id,
      delayMinutes: z.number().int().min(0).default(0).describe('Scenario minutes after this effect.'),
    }),
    z.strictObject({
      kind: z.literal('structure').describe('A crisis-structure action that follows from this.'),
      do: StructureAction,
      by: Id.optional().describe(
        'The role whose office takes the action; defaults to the decision owner. Needed for inject and variant effects (e.g. the CoPI leader declaring GRIP 1 in the first notification).',
      ),
    }),
    z.strictObject({ kind: z.literal('board').describe('A change to the operational picture.'), change: BoardChange }),
    z.strictObject({ kind: z.literal('confirmFact').describe('Confirm a fact building block from now on.'), block: Id }),
    z.strictObject({ kind: z.literal('startRumour').describe('Start a rumour now.'), rumour: Id }),
  ])
  .describe('What happens: a variable change, a follow-up inject, a structure action, a board change, a fact confirmed or a rumour started.');
export type EffectT = z.infer<typeof Effect>;

// ---------------------------------------------------------------- metadata and setting

const Municipality = z.strictObject({ id: Id, name: Text.describe('Name of the (fictional) municipality.') });

const Area = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(AREA_KINDS).describe('What sort of area this is.'),
  municipality: Id.optional().describe('The municipality it lies in.'),
  polygon: z.array(Point).min(3).describe('Corner points [x, y] of the area, in order.'),
});

const PointOfInterest = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(POI_KINDS).describe('What sort of place; the board draws its icon.'),
  at: Point,
  municipality: Id.optional(),
});

const ScalingLevel = z.strictObject({
  level: z.number().int().min(0).max(5).describe('The level number, 0–5.'),
  label: Text.describe('How the region calls this level, e.g. "GRIP 3".'),
  teams: z.array(z.enum(TEAMS)).describe('Teams active at this level.'),
  led: z.enum(OFFICES).describe('The office that leads at this level and may declare it.'),
});

const Setting = z.strictObject({
  region: Text.describe('The fictional safety region.'),
  municipalities: z.array(Municipality).min(1),
  startsAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Write the start as YYYY-MM-DDTHH:MM, e.g. "2026-03-14T08:10".')
    .describe('Scenario date and time at T+0 (local time), YYYY-MM-DDTHH:MM.'),
  scaling: z
    .strictObject({
      model: z.enum(['grip', 'custom']).default('grip').describe('"grip" (the standard GRIP levels) or "custom" (the levels below).'),
      levels: z.array(ScalingLevel).optional().describe('For a custom regional model: each level, its teams and who leads.'),
      crossRegional: z
        .boolean()
        .default(false)
        .describe('The crisis involves more than one safety region: only then can GRIP 5 be declared and the Veiligheidsberaad be convened.'),
    })
    .default({ model: 'grip', crossRegional: false })
    .describe('The regional scaling model; GRIP by default.'),
  threatLevel: z
    .strictObject({
      national: z.number().int().min(1).max(5).default(4).describe('National threat level at T+0 (1 Minimaal … 5 Kritiek).'),
      region: z.number().int().min(1).max(5).optional().describe('Threat level for the scenario region at T+0, if it differs.'),
    })
    .default({ national: 4 })
    .describe('The threat level (DTN) at the start; only the NCTV changes it during play.'),
  dsiApproval: z
    .enum(['ministerJenV', 'chairCollegePg'])
    .default('ministerJenV')
    .describe(
      'Who decides on a request for the DSI in this scenario and so approves the operational plan (Regeling DSI art. 7(3)): the Minister of JenV (default) or the chair of the College van procureurs-generaal.',
    ),
  map: z.strictObject({
    bounds: z.strictObject({
      width: z.number().positive().describe('Map width in metres.'),
      height: z.number().positive().describe('Map height in metres.'),
    }),
    areas: z.array(Area).describe('Named areas as polygons.'),
    pointsOfInterest: z.array(PointOfInterest).describe('Stations, hospitals, town halls, places of worship, airports, …'),
  }),
});

// ---------------------------------------------------------------- roles and variables

const Role = z.strictObject({
  id: Id,
  name: Text.describe('The role as players call it, e.g. "Burgemeester van Havenstad".'),
  team: z.enum(TEAMS).describe('The team this role sits in.'),
  office: z.enum(OFFICES).describe('The office; its legal powers decide which crisis-structure actions the role may take.'),
  briefing: Text.describe('The private briefing only this role (and the trainer) sees.'),
  authority: z
    .array(z.enum(STRUCTURE_ACTION_KINDS as [StructureActionKind, ...StructureActionKind[]]))
    .optional()
    .describe('Narrow the office\'s powers to these actions in this scenario. A scenario can narrow, never widen.'),
  required: z.boolean().default(true).describe('Whether the exercise needs a player (or the SimCell) for this role.'),
});

const Variable = z.strictObject({
  id: Id,
  name: Text,
  kind: z
    .enum(['casualties', 'injured', 'unrest', 'rumourReach', 'publicTrust', 'perpetratorAttention', 'reprisalRisk', 'hospitalLoad', 'custom'])
    .default('custom')
    .describe('What the variable measures; the board picks its indicator by kind.'),
  min: z.number().default(0).describe('Lowest value the variable can take.'),
  max: z.number().default(100).describe('Highest value the variable can take.'),
  initial: NumberOrRange.describe('Start value: fixed, or a seeded range.'),
  visibility: Visibility,
  unit: Text.optional().describe('Unit shown after the value, e.g. "%".'),
  information: z
    .boolean()
    .optional()
    .describe(
      'Whether the value is information a role has to be told (e.g. casualty figures): its indicator shows only to roles that know "variable:<id>". Defaults to true for kinds "casualties" and "injured", false otherwise.',
    ),
});

// ---------------------------------------------------------------- operational picture

const Unit = z.strictObject({
  id: Id,
  name: Text,
  kind: z.enum(UNIT_KINDS).describe('What sort of unit; the board draws its icon.'),
  at: Point,
  deployed: z.boolean().default(true).describe('On the map from the start (true) or on standby until deployed.'),
  visibility: Visibility.default('public'),
});

const Hospital = z.strictObject({
  id: Id,
  poi: Id.describe('The point of interest (kind "hospital") where it stands.'),
  capacity: z.number().int().positive().describe('Patients it can take in this exercise.'),
  load: z.number().int().min(0).default(0).describe('Patients at the start.'),
});

const Zone = z.strictObject({
  id: Id,
  name: Text,
  ring: z.enum(RINGS).describe('Its ring in the ring model: source, inner cordon, outer cordon or effect area.'),
  polygon: z.array(Point).min(3),
  active: z.boolean().default(false).describe('Active from the start.'),
  visibility: Visibility.default('public'),
});

const AtRisk = z.strictObject({
  id: Id,
  poi: Id.describe('The place at risk.'),
  domain: z
    .enum(['rijk', 'publicOrder', 'criminalLaw'])
    .default('publicOrder')
    .describe(
      'Its Bewaken en Beveiligen domain, which decides who protects it: "rijk" (rijksdomein: national persons, objects and services, the NCTV), "publicOrder" (decentraal domein, the mayor; the chair under GRIP 4/5) or "criminalLaw" (decentraal domein, the public prosecutor). The police execute.',
    ),
  reason: Text.describe('Why it may draw reprisals or attack.'),
  risk: Id.optional().describe('A variable that measures the risk here.'),
  visibility: Visibility.default('trainer'),
});

const BoardAction = z.strictObject({
  id: Id,
  label: Text.describe('The button text, e.g. "Place the inner cordon".'),
  roles: z.array(Id).min(1).describe('Roles that may take it.'),
  effects: z.array(Effect).min(1).describe('What it does.'),
  once: z.boolean().default(true).describe('Whether it can be taken only once.'),
});

const Picture = z.strictObject({
  incidentAt: Point.optional().describe('Where the incident happened (shown once the first notification is delivered).'),
  units: z.array(Unit).default([]),
  hospitals: z.array(Hospital).default([]),
  zones: z.array(Zone).default([]),
  atRisk: z.array(AtRisk).default([]).describe('Persons, objects and places at risk of reprisals or further attack.'),
  boardActions: z.array(BoardAction).default([]).describe('Actions players can take on the board.'),
});

// ---------------------------------------------------------------- injects

const ExpectedAction = z.strictObject({
  role: Id.describe('The role expected to act.'),
  do: z
    .union([
      StructureAction,
      z.strictObject({ action: z.literal('decide').describe('Take a decision.'), decision: Id }),
      z.strictObject({ action: z.literal('publish').describe('Publish a public message.'), block: Id.optional().describe('…containing this block.') }),
      z.strictObject({ action: z.literal('boardAction').describe('Take a board action.'), id: Id }),
    ])
    .describe('The action expected.'),
  withinMinutes: z.number().int().min(0).describe('Scenario minutes after the inject within which it is expected.'),
  criterion: z.enum(CRITERIA).optional().describe('The criterion this expectation serves.'),
});

const Audience = z
  .strictObject({
    roles: z.union([z.literal('all'), z.array(Id).min(1)]).describe('"all" roles, or the ids of the roles that receive it.'),
    projector: z.boolean().default(false).describe('Also shown on the projector (public).'),
  })
  .describe('Who receives the inject.');

const Variant = z.strictObject({
  weight: z.number().positive().default(1).describe('Relative chance of this variant.'),
  text: Text.optional().describe('Replaces the inject text.'),
  delayMinutes: z.number().int().min(0).default(0).describe('Delivered this many scenario minutes later.'),
  effects: z.array(Effect).default([]).describe('Extra effects of this variant.'),
});

const Inject = z.strictObject({
  id: Id,
  at: Minutes.optional().describe('Delivered at this scenario time (T+minutes). Give "at" or "when", or make it optional.'),
  when: ConditionSchema.optional().describe('Delivered as soon as this condition holds (checked every round).'),
  optional: z.boolean().default(false).describe('Only delivered when the trainer fires it, or when an effect schedules it.'),
  firstNotification: z.boolean().default(false).describe('This inject is the first notification of the incident (times are measured from it).'),
  from: Text.describe('Sender, e.g. "Meldkamer".'),
  to: Audience,
  channel: z.enum(CHANNELS).describe('How the inject arrives.'),
  title: Text.optional().describe('A short headline for the inbox.'),
  text: Text,
  board: z.array(BoardChange).default([]).describe('Changes to the operational picture when delivered.'),
  effects: z.array(Effect).default([]),
  variants: z.array(Variant).default([]).describe('Seeded variants; the session seed picks one.'),
  trainerNote: Text.optional().describe('Only the trainer and evaluators see this.'),
  expectedActions: z.array(ExpectedAction).default([]).describe('What players are expected to do, and how fast.'),
  objective: z.enum(OBJECTIVES).optional().describe('The Voorbereiden objective this inject serves.'),
  reveals: z
    .array(KnowledgeKey)
    .optional()
    .describe(
      'What the roles that receive this inject learn from it (besides the inject itself). Leave it out and it is derived: facts it confirms, rumours it starts, information variables it changes, places at risk whose point of interest its text names (see "Knowledge" in the authoring guide); lint reports where it had to derive.',
    ),
});

// ---------------------------------------------------------------- decisions

const Assessment = z.strictObject({
  criterion: z.enum(CRITERIA).describe('The criterion this option is judged against.'),
  objective: z
    .enum(OBJECTIVES)
    .optional()
    .describe('When the scenario scores this criterion more than once (C17 or C18 for both objectives): the entry with this objective. Else the first entry of the criterion.'),
  rating: z.enum(['meets', 'partly', 'misses']).describe('The author\'s judgement of this option against the criterion.'),
  feedback: Text.describe('Feedback for the debrief.'),
});

const OptionSchema = z.strictObject({
  id: Id,
  label: Text,
  effects: z.array(Effect).default([]),
  assessments: z.array(Assessment).default([]).describe('How this option scores against criteria.'),
  resolvedBy: z
    .array(StructureAction)
    .default([])
    .describe(
      'Structure actions that each settle this option on their own when a role takes one while the card is open. Without a link, the option is settled once all of its own structure effects are in effect (GRIP 3 alone does not settle "GRIP 3 and the driehoek"); when several options are carried out, the one with the most structure effects is recorded. The card is then recorded as decided by that role with this option, and never expires to a contradicting default.',
    ),
});

const Decision = z.strictObject({
  id: Id,
  owner: Id.describe('The one role that takes this decision.'),
  prompt: Text,
  opensAt: Minutes.optional().describe('Open from this scenario time.'),
  when: ConditionSchema.optional().describe('Open once this condition holds.'),
  deadlineRounds: z.number().int().min(1).default(1).describe('Rounds the owner has before the default applies.'),
  default: Id.describe('The option taken when nobody decides in time.'),
  options: z.array(OptionSchema).min(2),
  public: z.boolean().default(false).describe('Whether the choice is shown to everyone once taken.'),
  team: z
    .enum(DECIDING_TEAMS)
    .optional()
    .describe(
      'A decision of this policy team (GBT, RBT, driehoek, MCCb, …) rather than of one office: the owner must be a role that can chair the team; it takes the decision after the members present have had their say, and the members present are recorded with it (shown in the debrief; C07 judges whether the team sat, its chair decided and held the power at that moment).',
    ),
  trainerNote: Text.optional(),
});

// ---------------------------------------------------------------- communication

const PrincipleTag = z.strictObject({
  principle: z.enum(PRINCIPLES).describe('A communication principle.'),
  effect: z.enum(['serves', 'breaks']).describe('Whether the block serves or breaks it.'),
});

// A claim states a value for one of the scenario's subjects ("number of suspects: one"). Blocks and
// messages in own words carry the same claims, so facts, one voice and rumours are judged on claims.
export const UNKNOWN_VALUE = 'unknown';
export const Claim = z
  .strictObject({
    subject: Id.describe('A subject id from communication.subjects.'),
    value: z
      .union([Id, z.number()])
      .describe('One of the subject\'s values, a number for a numeric subject, or "unknown" (the message says it is not known yet).'),
  })
  .describe('A statement on one subject: which value the message asserts.');
export type ClaimT = z.infer<typeof Claim>;

const SubjectValue = z.strictObject({ id: Id, label: Text.describe('How players see this value, e.g. "one suspect".') });

export const TermList = z
  .strictObject({
    nl: z.array(z.string().min(1).max(80)).default([]).describe('Dutch words or phrases.'),
    en: z.array(z.string().min(1).max(80)).default([]).describe('English words or phrases.'),
  })
  .describe('Words or phrases per language; matching ignores case, diacritics and common inflections.');

const Subject = z.strictObject({
  id: Id,
  name: Text.describe('What the subject is, e.g. "Number of suspects".'),
  kind: z
    .enum(['fact', 'advice'])
    .default('fact')
    .describe('"fact" (what happened) or "advice" (what the public is told to do: the one-voice timing check watches these).'),
  values: z.array(SubjectValue).default([]).describe('The possible values; leave empty for a numeric subject.'),
  numeric: z.boolean().default(false).describe('Whether the value is a number (e.g. casualties): then figures in a text are checked against it.'),
  terms: TermList.optional().describe('For a numeric subject: words that follow a figure in a text when it states this subject (e.g. "gewonden", "injured").'),
});

const Perpetrator = z.strictObject({
  id: Id,
  names: z.array(z.string().min(2).max(80)).default([]).describe('Full names and surnames, e.g. "Dennis Verhoef", "Verhoef".'),
  initials: z.array(z.string().min(2).max(80)).default([]).describe('Name with initial as the media write it, e.g. "Dennis V.".'),
  aliases: z.array(z.string().min(2).max(80)).default([]).describe('Nicknames, online handles.'),
  references: TermList.optional().describe('Words that refer to his photo, video or manifesto in this scenario (the product adds the common ones).'),
  allowedWhen: ConditionSchema.optional().describe('When naming is allowed (e.g. a suspect at large and the police ask for it).'),
});

const Victim = z.strictObject({
  name: z.string().min(2).max(80).describe('A victim\'s name as it could appear in a message.'),
  informedWhen: ConditionSchema.optional().describe('From when the family is informed; without it the name may never be published.'),
});

const AdviceEnd = z.strictObject({
  id: Id,
  label: Text.describe('How players pick it as "until", e.g. "until the suspect is arrested".'),
  when: ConditionSchema.describe('When this event has happened.'),
});

const Danger = z.strictObject({
  id: Id,
  name: Text.describe('The danger, e.g. "Search for an armed suspect".'),
  areas: z.array(Id).min(1).describe('Map areas where the danger is.'),
  activeWhen: ConditionSchema.optional().describe('While the danger exists (always, without it).'),
  endsWith: z.array(Id).default([]).describe('Advice ends (communication.adviceEnds) that mark its end: advice "until" one of them fits the danger.'),
});

const Block = z.strictObject({
  id: Id,
  kind: z.enum(BLOCK_KINDS).describe('What sort of building block.'),
  text: Text.describe('Exactly what the public will read.'),
  voices: z.array(z.enum(VOICES)).default(['local', 'regional', 'national']).describe('Which voices may use it.'),
  principles: z.array(PrincipleTag).default([]).describe('Principles the block serves or breaks (DOMAIN.md §5).'),
  confirmedAt: Minutes.optional().describe('For a fact: confirmed from this scenario time (else only when an effect confirms it).'),
  what: Text.optional().describe('For action advice: what people must do.'),
  where: Id.optional().describe('For action advice: the map area it applies to.'),
  until: Text.optional().describe('For action advice: until when.'),
  trap: z.enum(TRAP_KINDS).optional().describe('For a trap: what kind.'),
  allowedWhen: ConditionSchema.optional().describe('For a trap: when it is allowed (e.g. naming a suspect at large at the police\'s request).'),
  rebuts: z.array(Id).default([]).describe('Rumours this block rebuts.'),
  needs: z
    .array(KnowledgeKey)
    .default([])
    .describe(
      'Offered in a role\'s composer only once the role knows at least one of these (e.g. "inject:inj-identity-known" for a block that names the suspect). Without it a fact is offered once the role knows that fact, a rebuttal once it knows a rumour it rebuts, any other block from the start.',
    ),
  claims: z.array(Claim).default([]).describe('What the block states on the scenario\'s subjects (the one-voice and fact checks read these).'),
});

// An item the author seeds into the simulated news and social feed (communication/feed.ts): the media
// and the public speak at a time, or once a condition first holds, whatever the teams do.
export const AUTHORED_FEED_KINDS = ['news', 'post', 'question', 'video'] as const;
const FeedSeed = z.strictObject({
  id: Id,
  kind: z.enum(AUTHORED_FEED_KINDS).describe('What sort of item: a news item, a social-media post, a journalist\'s question or an eyewitness video.'),
  text: Text.describe('What the item says, exactly as the room reads it (a headline, a post, the question, what the video shows).'),
  source: Text.optional().describe('Who published it, e.g. "Omroep Marewold" or "@brinkbewoner".'),
  reach: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .describe('Its typical reach in shares and views; the session seed spreads it (0.6 to 1.6 times) and the trainer\'s volume halves or doubles it.'),
  at: Minutes.optional().describe('When it appears (T+minutes). With "when" too: not before this time.'),
  when: ConditionSchema.optional().describe('It appears once this condition first holds (e.g. {"published": "fact-arrest"} or {"rumourActive": "second-attacker"}). Without "at" and "when": from the start.'),
  area: Id.optional().describe('The map area it is about (an eyewitness video from the Brink): shown with the item.'),
});

const Communication = z.strictObject({
  firstMessageTargetMinutes: z.number().int().positive().describe('Target minutes from the first notification to the first public message.'),
  blocks: z.array(Block).min(1),
  contradictions: z
    .array(z.tuple([Id, Id]))
    .default([])
    .describe('Extra pairs of blocks that contradict each other; contradicting claims are found without them.'),
  mode: z
    .enum(['blocks', 'ownWords', 'both'])
    .default('blocks')
    .describe('How players write messages: from building blocks, in their own words, or both (the setup may narrow it).'),
  subjects: z.array(Subject).default([]).describe('What messages make claims about (number of suspects, casualties, advice scope, …).'),
  perpetrators: z.array(Perpetrator).default([]).describe('Identifiers of perpetrators and suspects that own-words messages are checked for.'),
  victims: z.array(Victim).default([]).describe('Victims whose names may not be published before their families are informed.'),
  terms: z
    .strictObject({
      motive: TermList.optional().describe('Scenario words that speculate on the motive (added to the product\'s list).'),
      stigma: TermList.optional().describe('Scenario words that stigmatise a group (added to the product\'s list).'),
    })
    .default({})
    .describe('Extra words for the automatic text checks.'),
  dangers: z.array(Danger).default([]).describe('Where the danger is: advice is checked for fitting its area and duration.'),
  adviceEnds: z.array(AdviceEnd).default([]).describe('Events an advice can last until (arrest, all-clear).'),
  oneVoiceWindowMinutes: z
    .number()
    .int()
    .min(0)
    .default(30)
    .describe('Minutes within which a national message may not run ahead of or against the local advice.'),
  nlAlertMaxChars: z
    .number()
    .int()
    .min(50)
    .max(1395)
    .default(1395)
    .describe('Length limit of an NL-Alert text, header included (cell broadcast: 15 pages of 93 characters).'),
  feed: z
    .array(FeedSeed)
    .default([])
    .describe('Items the author seeds into the news and social feed (news, posts, journalists\' questions, eyewitness videos), beside the reactions the feed makes to play.'),
});

// ---------------------------------------------------------------- rumours, endings, scoring

const Rumour = z.strictObject({
  id: Id,
  text: Text,
  startsAt: Minutes.optional(),
  when: ConditionSchema.optional(),
  reach: Id.describe('The variable its spread raises (e.g. rumour reach).'),
  spreadPerRound: NumberOrRange.describe('How much the reach grows each round until rebutted (seeded).'),
  rebuttedBy: z.array(Id).min(1).describe('Fact blocks that rebut it.'),
  visibility: Visibility.default('public'),
});

const Ending = z.strictObject({
  id: Id,
  title: Text,
  when: ConditionSchema.optional().describe('The ending applies when this holds at the end; the first match wins; leave it out for the fallback.'),
  debrief: Text.describe('Debrief text for the room.'),
});

const CriterionUse = z.strictObject({
  criterion: z.enum(CRITERIA).describe('A criterion from the catalogue.'),
  objective: z.enum(OBJECTIVES).optional().describe('For C17 and C18, whose objective is that of the measure: VB1 or VB2 (else the catalogue default).'),
  weight: z.number().positive().default(1).describe('How much it counts in the roll-up of its objective.'),
  targetMinutes: z.number().int().positive().optional().describe('Met within this many scenario minutes.'),
  partlyMinutes: z.number().int().positive().optional().describe('Partly met within this many minutes.'),
  trigger: ConditionSchema.optional().describe('From when the clock for this criterion runs, or when it applies at all.'),
  level: z.number().int().min(0).max(5).optional().describe('The required scaling level (C06) or threat level.'),
  teams: z.array(z.enum(CONVENABLE_TEAMS)).optional().describe('Teams expected to be convened (C07).'),
  variable: Id.optional().describe('A variable the criterion watches (e.g. unrest for C10).'),
  threshold: z.number().optional().describe('The variable must stay below this (C10), or the share of claims that must rest on confirmed facts (C03, 0–1).'),
  critical: z
    .boolean()
    .optional()
    .describe(
      'A critical task (HSEEP): when not met it caps its objective at M, when partly met at S, whatever the mean says. Left out: the catalogue\'s suggestion (criteria.md, "critical by default").',
    ),
});

const Warrant = z
  .strictObject({
    measure: z.enum(ESCALATING_MEASURES).describe('The escalating measure this warrant is for.'),
    target: Id.optional().describe('For protect: the place at risk (picture.atRisk id); for alert-partners: the sector; for nl-alert: the map area. Left out: every target of the measure.'),
    when: ConditionSchema.describe('The situation in which the measure is proportionate; taken while this does not hold, it is an over-reaction.'),
    reason: Text.optional().describe('Why the measure is proportionate then, in words the debrief shows.'),
    keepMinutes: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'For a measure that stays in force until withdrawn (scaling level, threat level, ICCb/MCCb, airport and airspace measures, DSI deployment): how many minutes it may stay in force after this warrant stops holding (e.g. a "not" that becomes false, a variable back under its value, a rumour rebutted) before keeping it is an over-reaction; 60 when left out.',
      ),
  })
  .describe('When an escalating measure is proportionate (DOMAIN.md §7). Measures without a warrant fall back to the doctrine default, where the law gives one.');

const Scoring = z.strictObject({
  criteria: z.array(CriterionUse).min(1).describe('Criteria from the catalogue this scenario scores, with their targets.'),
  warrants: z.array(Warrant).default([]).describe('When each escalating measure is proportionate; measures taken without their warrant are over-reactions (C17 and the criterion of their domain).'),
});

// ---------------------------------------------------------------- modules (discussion-based exercises)

// A discussion-based tabletop (CTEP/HSEEP) runs in modules: the facilitator reads the situation, the clock
// jumps ("two days later"), each table discusses the module's questions and a scribe types its answer, and
// evaluators observe against the module's Exercise Evaluation Guide (capability target, critical tasks, prompts).

const QuestionAudience = z
  .union([
    z.literal('all').describe('Every table.'),
    z.array(Id).min(1).describe('The roles whose tables answer this question (a table answers once, whichever of its roles types).'),
  ])
  .describe('Which tables answer: "all", or a list of role ids.');

const Question = z.strictObject({
  id: Id,
  text: Text.describe('The question as the room reads it on the projector and the tables on their screens.'),
  audience: QuestionAudience.default('all'),
  criteria: z.array(z.enum(CRITERIA)).default([]).describe('Criteria a good answer speaks to; evaluators rate answers against them.'),
  keyPoints: z
    .array(Text)
    .default([])
    .describe('What a good answer covers: for the facilitator and evaluators only, never shown to participants.'),
});

const CriticalTask = z.strictObject({
  id: Id,
  text: Text.describe('The task, as an Exercise Evaluation Guide states it (e.g. "Decide on GRIP 3 and convene the driehoek within 30 minutes").'),
  criteria: z.array(z.enum(CRITERIA)).default([]).describe('Criteria whose evidence this task rests on.'),
});

const Module = z.strictObject({
  id: Id,
  title: Text.describe('The module\'s name, e.g. "1 — Immediate response".'),
  situation: Text.describe('The situation update the facilitator reads aloud and the projector shows when the module starts.'),
  startsAt: Minutes.describe('Scenario time at which the module starts: the clock jumps here when the facilitator opens it.'),
  timeLabel: Text.optional().describe('How the room hears the jump, e.g. "Two days later, 09:00".'),
  budgetMinutes: z.number().int().positive().max(600).default(30).describe('Real minutes the facilitator plans for this module (the script counts down).'),
  script: Text.optional().describe('Facilitator notes for this module: what to say, what to show, what to watch for. Never shown to participants.'),
  objectives: z.array(z.enum(OBJECTIVES)).default([]).describe('The Voorbereiden objectives this module exercises.'),
  capabilityTarget: Text.optional().describe('The capability target of the module\'s Exercise Evaluation Guide.'),
  criticalTasks: z.array(CriticalTask).default([]).describe('Critical tasks evaluators observe in this module.'),
  observationPrompts: z.array(Text).default([]).describe('Prompts for evaluators: what to look and listen for.'),
  injects: z.array(Id).default([]).describe('Injects that belong to this module: delivered when it starts, if not delivered before.'),
  decisions: z.array(Id).default([]).describe('Decisions taken in this module.'),
  questions: z.array(Question).default([]).describe('Discussion questions each table answers at the end of the module.'),
});

// ---------------------------------------------------------------- the scenario

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path to scenario.schema.json, for editor autocompletion.'),
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the scenario format; this is version 2 (files of version 1 are migrated when loaded).'),
    id: Id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a version like "1.0.0".').describe('Version of this scenario, e.g. "1.0.0".'),
    title: Text.describe('The scenario title, as trainers will see it when choosing an exercise.'),
    summary: Text.describe('Two or three sentences on what happens and what the exercise trains.'),
    languages: z.array(z.enum(LANGUAGES)).min(1).describe('Languages every text is written in.'),
    fictional: z.literal(true).describe('Must be true: every scenario is fictional.'),
    contentWarnings: z.array(Text).describe('Shown before the exercise starts.'),
    durationMinutes: z.number().int().positive().describe('Expected real-time duration of the exercise in minutes.'),
    trainerIntro: Text.optional().describe('Introduction for the trainer: learning goals, group size, how to brief the room.'),
    setting: Setting,
    clock: z.strictObject({
      minutesPerRound: z.number().int().positive().describe('Scenario minutes that pass per round (time compression).'),
      endsAt: Minutes.describe('The exercise ends at this scenario time.'),
    }),
    roles: z.array(Role).min(1),
    variables: z.array(Variable).default([]),
    picture: Picture.default({ units: [], hospitals: [], zones: [], atRisk: [], boardActions: [] }),
    injects: z.array(Inject).min(1),
    decisions: z.array(Decision).default([]),
    communication: Communication,
    rumours: z.array(Rumour).default([]),
    endings: z.array(Ending).min(1),
    scoring: Scoring,
    exerciseKind: z
      .enum(['operational', 'discussion', 'mixed'])
      .default('operational')
      .describe('"operational": rounds under clock pressure; "discussion": modules with questions, the facilitator moves the room; "mixed": rounds grouped into modules.'),
    modules: z.array(Module).default([]).describe('Modules of a discussion-based or mixed exercise, in order.'),
  })
  .describe('A Crisistafel scenario: a fictional, seeded tabletop exercise in terrorism consequence management.');

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type Role = Scenario['roles'][number];
export type Inject = Scenario['injects'][number];
export type Decision = Scenario['decisions'][number];
export type DecisionOption = Decision['options'][number];
export type Block = Scenario['communication']['blocks'][number];
export type Subject = Scenario['communication']['subjects'][number];
export type Perpetrator = Scenario['communication']['perpetrators'][number];
export type Danger = Scenario['communication']['dangers'][number];
export type Rumour = Scenario['rumours'][number];
export type FeedSeedT = Scenario['communication']['feed'][number];
export type Variable = Scenario['variables'][number];
export type VisibilityT = z.infer<typeof Visibility>;
export type TextT = z.infer<typeof Text>;
export type CriterionUseT = Scenario['scoring']['criteria'][number];
export type ExpectedActionT = Inject['expectedActions'][number];
export type ModuleT = Scenario['modules'][number];
export type QuestionT = ModuleT['questions'][number];
export type WarrantT = Scenario['scoring']['warrants'][number];
