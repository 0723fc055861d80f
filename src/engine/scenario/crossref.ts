// Checks the schema cannot express: every name points at something that exists, ids are unique, times
// fall inside the exercise, and the scenario can actually run (a first notification, a fallback ending).
// Each check is one small function over the parsed scenario; all return findings with exact paths.
import { closestMatch } from './did-you-mean.js';
import type { ScenarioError } from './errors.js';
import { byPosition, toScenarioError, type Finding } from './finding.js';
import { formatPath, isRecord, type Path, type PathSegment } from './paths.js';
import type { Locator } from './positions.js';
import { collectMentions, type Mention, type Reference, type ReferenceKind, type ScenarioMentions } from './references.js';
import { actionKeys } from './action-keys.js';
import { checkOwnWords } from './crossref-own-words.js';
import { powerFindings } from './powers-check.js';
import type { Scenario } from './schema.js';

type Check = (scenario: Scenario, mentions: ScenarioMentions) => Finding[];

export function crossReferenceFindings(scenario: Scenario): Finding[] {
  const mentions = collectMentions(scenario);
  return CHECKS.flatMap((check) => check(scenario, mentions));
}

export function checkCrossReferences(scenario: Scenario, locator: Locator, file: string): ScenarioError[] {
  return crossReferenceFindings(scenario)
    .map((finding) => toScenarioError(finding, locator, file))
    .sort(byPosition);
}

// ---------------------------------------------------------------- what exists

interface Definition {
  readonly id: string;
  readonly path: Path;
  /** The item's own kind (a point of interest's "hospital", a block's "fact"), for "must be" checks. */
  readonly kind?: string;
}

const NOUNS: Record<ReferenceKind, [singular: string, plural: string]> = {
  role: ['role', 'roles'],
  inject: ['inject', 'injects'],
  decision: ['decision', 'decisions'],
  option: ['option', 'options'],
  variable: ['variable', 'variables'],
  area: ['map area', 'map areas'],
  poi: ['point of interest', 'points of interest'],
  zone: ['zone', 'zones'],
  unit: ['unit', 'units'],
  hospital: ['hospital', 'hospitals'],
  atRisk: ['place at risk', 'places at risk'],
  boardAction: ['board action', 'board actions'],
  block: ['building block', 'building blocks'],
  rumour: ['rumour', 'rumours'],
  municipality: ['municipality', 'municipalities'],
  marker: ['marker', 'markers'],
  structureAction: ['structure action', 'structure actions'],
};

const list = <T extends { id: string }>(items: readonly T[], path: Path, kindOf?: (item: T) => string): Definition[] =>
  items.map((item, i) => ({ id: item.id, path: [...path, i, 'id'], ...(kindOf ? { kind: kindOf(item) } : {}) }));

function definitions(scenario: Scenario, mentions: ScenarioMentions): Record<Exclude<ReferenceKind, 'option'>, Definition[]> {
  const { map } = scenario.setting;
  const { picture } = scenario;
  return {
    role: list(scenario.roles, ['roles']),
    inject: list(scenario.injects, ['injects']),
    decision: list(scenario.decisions, ['decisions']),
    variable: list(scenario.variables, ['variables']),
    area: list(map.areas, ['setting', 'map', 'areas']),
    poi: list(map.pointsOfInterest, ['setting', 'map', 'pointsOfInterest'], (poi) => poi.kind),
    zone: list(picture.zones, ['picture', 'zones']),
    unit: list(picture.units, ['picture', 'units']),
    hospital: list(picture.hospitals, ['picture', 'hospitals']),
    atRisk: list(picture.atRisk, ['picture', 'atRisk']),
    boardAction: list(picture.boardActions, ['picture', 'boardActions']),
    block: list(scenario.communication.blocks, ['communication', 'blocks'], (block) => block.kind),
    rumour: list(scenario.rumours, ['rumours']),
    municipality: list(scenario.setting.municipalities, ['setting', 'municipalities']),
    marker: mentions.markers.map((m) => ({ id: m.value, path: m.path })),
    structureAction: actionKeys(scenario).map((key) => ({ id: key, path: [] })),
  };
}

// ---------------------------------------------------------------- the checks

/** Ids are unique within their kind; options within their decision. */
const checkUniqueIds: Check = (scenario, mentions) => {
  const all = definitions(scenario, mentions);
  const findings: Finding[] = [];
  for (const [kind, defs] of Object.entries(all) as [ReferenceKind, Definition[]][]) {
    if (kind === 'marker') findings.push(...duplicateMarkers(defs));
    else if (kind !== 'structureAction') findings.push(...duplicates(defs, NOUNS[kind][0]));
  }
  scenario.decisions.forEach((decision, i) => {
    findings.push(...duplicates(list(decision.options, ['decisions', i, 'options']), `option of decision "${decision.id}"`));
  });
  findings.push(...duplicates(list(scenario.endings, ['endings']), 'ending'));
  findings.push(...duplicates(list(scenario.communication.feed, ['communication', 'feed']), 'feed item'));
  findings.push(...duplicates(list(scenario.modules, ['modules']), 'module'));
  findings.push(...duplicates(scenario.modules.flatMap((m, i) => list(m.questions, ['modules', i, 'questions'])), 'discussion question'));
  findings.push(...duplicates(scenario.modules.flatMap((m, i) => list(m.criticalTasks, ['modules', i, 'criticalTasks'])), 'critical task'));
  return findings;
};

function duplicates(defs: readonly Definition[], noun: string): Finding[] {
  const first = new Map<string, Definition>();
  const findings: Finding[] = [];
  for (const def of defs) {
    const earlier = first.get(def.id);
    if (!earlier) first.set(def.id, def);
    else findings.push(duplicateFinding(def, noun, earlier));
  }
  return findings;
}

function duplicateFinding(def: Definition, noun: string, earlier: Definition): Finding {
  return {
    code: 'duplicate-id',
    path: def.path,
    message: `The ${noun} id "${def.id}" is used twice.`,
    hint: `It is already the id at ${formatPath(earlier.path)}; give each ${noun} its own id.`,
  };
}

/** Alternatives that never both happen (the variants of one inject, the options of one decision) may add the same marker. */
function duplicateMarkers(defs: readonly Definition[]): Finding[] {
  const findings: Finding[] = [];
  defs.forEach((def, i) => {
    const earlier = defs.slice(0, i).find((other) => other.id === def.id && !areAlternatives(other.path, def.path));
    if (earlier) findings.push(duplicateFinding(def, 'marker', earlier));
  });
  return findings;
}

function areAlternatives(a: Path, b: Path): boolean {
  const at = a.findIndex((segment) => segment === 'variants' || segment === 'options');
  if (at < 0 || b[at] !== a[at]) return false;
  const samePrefix = a.slice(0, at + 1).every((segment, i) => b[i] === segment);
  return samePrefix && a[at + 1] !== b[at + 1];
}

/** Every name refers to something that exists, of the right kind. */
const checkReferences: Check = (scenario, mentions) => {
  const all = definitions(scenario, mentions);
  const byKind = new Map<ReferenceKind, Map<string, Definition>>();
  for (const [kind, defs] of Object.entries(all) as [ReferenceKind, Definition[]][]) {
    byKind.set(kind, new Map(defs.map((d) => [d.id, d])));
  }
  const findings: Finding[] = [];
  for (const reference of mentions.references) {
    if (reference.kind === 'option') {
      const finding = checkOption(scenario, reference);
      if (finding) findings.push(finding);
      continue;
    }
    const known = byKind.get(reference.kind) ?? new Map<string, Definition>();
    const target = known.get(reference.id);
    if (!target) findings.push(unknownReference(reference, [...known.keys()]));
    else if (reference.mustBe !== undefined && target.kind !== reference.mustBe) findings.push(wrongKind(reference, target));
  }
  return findings;
};

function unknownReference(reference: Reference, known: readonly string[]): Finding {
  const [singular, plural] = NOUNS[reference.kind];
  return {
    code: 'unknown-reference',
    path: reference.path,
    message: `Unknown ${singular} "${reference.id}".`,
    hint: suggest(reference.id, known, plural),
  };
}

function suggest(id: string, known: readonly string[], plural: string): string {
  const match = closestMatch(id, known);
  if (match !== undefined) return `Did you mean "${match}"?`;
  if (known.length === 0) return `This scenario has no ${plural}.`;
  const shown = known.slice(0, 12).map((k) => `"${k}"`).join(', ');
  return `Known ${plural}: ${shown}${known.length > 12 ? `, and ${known.length - 12} more` : ''}.`;
}

function wrongKind(reference: Reference, target: Definition): Finding {
  const [singular] = NOUNS[reference.kind];
  return {
    code: 'wrong-kind',
    path: reference.path,
    message: `The ${singular} "${reference.id}" is of kind "${target.kind}"; one of kind "${reference.mustBe}" is needed here.`,
    hint: `Refer to a ${singular} of kind "${reference.mustBe}", or change the kind at ${formatPath(target.path.slice(0, -1))}.`,
  };
}

function checkOption(scenario: Scenario, reference: Reference): Finding | undefined {
  const decision = scenario.decisions.find((d) => d.id === reference.decision);
  // An unknown decision is reported where it is named; its options cannot be checked.
  if (!decision) return undefined;
  const ids = decision.options.map((o) => o.id);
  if (ids.includes(reference.id)) return undefined;
  return {
    code: 'unknown-reference',
    path: reference.path,
    message: `Decision "${decision.id}" has no option "${reference.id}".`,
    hint: suggest(reference.id, ids, `options of "${decision.id}"`),
  };
}

/** Scheduled times fall inside the exercise, or the thing would never happen. */
const checkTimesWithinExercise: Check = (scenario) => {
  const end = scenario.clock.endsAt;
  const timed: { minutes: number | undefined; path: Path }[] = [
    ...scenario.injects.map((x, i) => ({ minutes: x.at, path: ['injects', i, 'at'] })),
    ...scenario.decisions.map((x, i) => ({ minutes: x.opensAt, path: ['decisions', i, 'opensAt'] })),
    ...scenario.rumours.map((x, i) => ({ minutes: x.startsAt, path: ['rumours', i, 'startsAt'] })),
    ...scenario.communication.blocks.map((x, i) => ({ minutes: x.confirmedAt, path: ['communication', 'blocks', i, 'confirmedAt'] })),
    ...scenario.communication.feed.map((x, i) => ({ minutes: x.at, path: ['communication', 'feed', i, 'at'] })),
    ...scenario.modules.map((x, i) => ({ minutes: x.startsAt, path: ['modules', i, 'startsAt'] })),
  ];
  return timed
    .filter((t): t is { minutes: number; path: Path } => t.minutes !== undefined && t.minutes > end)
    .map((t) => ({
      code: 'time-after-end',
      path: t.path,
      message: `T+${t.minutes} is after the end of the exercise (T+${end}).`,
      hint: 'Make it earlier, or let the exercise run longer with "clock.endsAt".',
    }));
};

/** An inject needs a time, a condition, or to be optional (fired by the trainer or scheduled by an effect). */
const checkInjectsDeliverable: Check = (scenario) =>
  scenario.injects.flatMap((inject, i) =>
    inject.at === undefined && inject.when === undefined && !inject.optional && !scenario.modules.some((m) => m.injects.includes(inject.id))
      ? [
          {
            code: 'inject-never-delivered',
            path: ['injects', i],
            message: `Inject "${inject.id}" has no "at", no "when" and is not optional, so it would never be delivered.`,
            hint: 'Give "at" (T+minutes), "when" (a condition), or "optional": true when the trainer fires it or an effect schedules it.',
          },
        ]
      : [],
  );

/** The room only moves forward in time: each module starts no earlier than the one before it. */
const checkModuleOrder: Check = (scenario) =>
  scenario.modules.flatMap((module, i): Finding[] => {
    const before = scenario.modules[i - 1];
    if (!before || module.startsAt >= before.startsAt) return [];
    return [
      {
        code: 'module-out-of-order',
        path: ['modules', i, 'startsAt'],
        message: `Module "${module.id}" starts at T+${module.startsAt}, before module "${before.id}" (T+${before.startsAt}).`,
        hint: 'List the modules in the order the room plays them, each starting at or after the one before.',
      },
    ];
  });

/** Times are measured from the first notification, so there must be exactly one. */
const checkFirstNotification: Check = (scenario) => {
  const firsts = scenario.injects.flatMap((inject, i) => (inject.firstNotification ? [{ inject, i }] : []));
  const [first, ...others] = firsts;
  if (!first) {
    return [
      {
        code: 'no-first-notification',
        path: ['injects'],
        message: 'No inject is marked as the first notification of the incident.',
        hint: 'Add "firstNotification": true to the inject that first reports the incident; response times are measured from it.',
      },
    ];
  }
  return others.map(({ inject, i }) => ({
    code: 'several-first-notifications',
    path: ['injects', i, 'firstNotification'],
    message: `Inject "${inject.id}" is a second first notification; "${first.inject.id}" already is one.`,
    hint: 'Only one inject can be the first notification: remove "firstNotification" from the others.',
  }));
};

/** Action advice says where; what and until when are left to the communication check to flag. */
const checkActionAdviceArea: Check = (scenario) =>
  scenario.communication.blocks.flatMap((block, i) =>
    block.kind === 'actionAdvice' && block.where === undefined
      ? [
          {
            code: 'advice-without-area',
            path: ['communication', 'blocks', i, 'where'],
            message: `Action advice "${block.id}" does not say where it applies.`,
            hint: 'Add "where": the id of the map area the advice is for (an NL-Alert needs an area).',
          },
        ]
      : [],
  );

/** A variable's range is sound and its start value lies inside it. */
const checkVariableBounds: Check = (scenario) =>
  scenario.variables.flatMap((variable, i): Finding[] => {
    const path = ['variables', i];
    if (variable.min > variable.max) {
      return [{ code: 'bad-range', path: [...path, 'min'], message: `"min" (${variable.min}) is above "max" (${variable.max}).`, hint: 'Swap them, or correct one.' }];
    }
    const { initial } = variable;
    const low = typeof initial === 'number' ? initial : initial.min;
    const high = typeof initial === 'number' ? initial : initial.max;
    if (low >= variable.min && high <= variable.max) return [];
    const shown = typeof initial === 'number' ? String(initial) : `${initial.min}…${initial.max}`;
    return [
      {
        code: 'initial-out-of-range',
        path: [...path, 'initial'],
        message: `The start value ${shown} of "${variable.id}" lies outside its range ${variable.min}…${variable.max}.`,
        hint: 'Change "initial", or widen "min"/"max".',
      },
    ];
  });

/** A seeded range { min, max } needs min ≤ max, or the draw has nothing to pick from. */
const checkSeededRanges: Check = (scenario, mentions) => {
  const ranges: Mention<unknown>[] = [
    ...scenario.variables.map((v, i) => ({ value: v.initial, path: ['variables', i, 'initial'] })),
    ...scenario.rumours.map((r, i) => ({ value: r.spreadPerRound, path: ['rumours', i, 'spreadPerRound'] })),
    ...mentions.effects.flatMap((e) => (e.value.kind === 'variable' ? [{ value: e.value.add, path: [...e.path, 'add'] }] : [])),
  ];
  return ranges.flatMap(({ value, path }) =>
    isRecord(value) && typeof value['min'] === 'number' && typeof value['max'] === 'number' && value['min'] > value['max']
      ? [{ code: 'bad-range', path: [...path, 'min'], message: `"min" (${value['min']}) is above "max" (${value['max']}).`, hint: 'Swap them, or correct one.' }]
      : [],
  );
};

/** A variable change either adds or sets, never both and never neither. */
const checkVariableChanges: Check = (_scenario, mentions) =>
  mentions.effects.flatMap(({ value: effect, path }): Finding[] => {
    if (effect.kind !== 'variable') return [];
    const hasAdd = effect.add !== undefined;
    const hasSet = effect.set !== undefined;
    if (hasAdd !== hasSet) return [];
    return [
      {
        code: 'bad-variable-change',
        path: hasAdd ? [...path, 'set'] : path,
        message: hasAdd ? 'This change gives both "add" and "set".' : 'This change gives neither "add" nor "set".',
        hint: 'Give exactly one: "add" (an amount or a seeded range) or "set" (a value).',
      },
    ];
  });

/** A text written per language exists in every language the scenario declares; a plain string is fine. */
export function checkTranslations(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  // One shared path, extended and shortened in place: this walk visits every value of the scenario.
  const path: PathSegment[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        path.push(i);
        visit(item);
        path.pop();
      });
    } else if (isRecord(value)) {
      const keys = Object.keys(value);
      if (keys.length > 0 && keys.every((k) => k === 'nl' || k === 'en')) {
        for (const language of scenario.languages) {
          const text = value[language];
          // A word list per language (communication.terms) may be empty in one language: the product's own list still applies.
          if (Array.isArray(text)) continue;
          if (typeof text !== 'string' || text.trim() === '') {
            findings.push({
              code: 'missing-translation',
              path: [...path, language],
              message: `The ${language === 'nl' ? 'Dutch' : 'English'} text ("${language}") is missing.`,
              hint: `The scenario declares "languages": ${JSON.stringify(scenario.languages)}; write the text in each.`,
            });
          }
        }
        return;
      }
      for (const key of keys) {
        path.push(key);
        visit(value[key]);
        path.pop();
      }
    }
  };
  visit(scenario);
  return findings;
}

/** A custom scaling model must say what its levels are; GRIP needs nothing. */
const checkScalingModel: Check = (scenario) => {
  const { scaling } = scenario.setting;
  if (scaling.model !== 'custom') return [];
  if (!scaling.levels || scaling.levels.length === 0) {
    return [
      {
        code: 'custom-levels-missing',
        path: ['setting', 'scaling', 'levels'],
        message: 'A custom scaling model needs its "levels".',
        hint: 'List each level with its label, teams and leading office, or use "model": "grip".',
      },
    ];
  }
  const seen = new Set<number>();
  return scaling.levels.flatMap((level, i) => {
    if (!seen.has(level.level)) {
      seen.add(level.level);
      return [];
    }
    return [{ code: 'duplicate-id', path: ['setting', 'scaling', 'levels', i, 'level'], message: `Scaling level ${level.level} is defined twice.`, hint: 'Define each level once.' }];
  });
};

/** When no ending's condition holds, the fallback (an ending without "when") closes the exercise. */
const checkFallbackEnding: Check = (scenario) =>
  scenario.endings.some((ending) => ending.when === undefined)
    ? []
    : [
        {
          code: 'no-fallback-ending',
          path: ['endings'],
          message: 'Every ending has a "when", so an exercise may end with none of them.',
          hint: 'Add an ending without "when"; it applies when no other ending does.',
        },
      ];

const CHECKS: readonly Check[] = [
  checkUniqueIds,
  checkReferences,
  checkTimesWithinExercise,
  checkInjectsDeliverable,
  checkModuleOrder,
  checkFirstNotification,
  checkActionAdviceArea,
  checkVariableBounds,
  checkSeededRanges,
  checkVariableChanges,
  checkTranslations,
  checkScalingModel,
  checkFallbackEnding,
  checkOwnWords,
  // Every structure action asked of a role must be one its office can take (machines/authority.ts).
  powerFindings,
];
