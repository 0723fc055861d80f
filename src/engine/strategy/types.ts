// The shapes of the strategy catalogue. The catalogue is data: scoring reads the rules and parameters,
// the debrief shows the titles and the strategy basis beside each rating.
import type { CriterionUseT } from '../scenario/schema.js';
import type { CriterionId, ObjectiveId } from '../scenario/vocabulary.js';
import type { ThemeId } from './themes.js';

export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/**
 * Where an objective or criterion stands in the Nationale Contraterrorismestrategie 2022-2026.
 * The quote is verbatim: only the PDF's line-break hyphenation and whitespace are repaired, so a
 * trainer can find it in the published text.
 */
export interface StrategyBasis {
  readonly quote: string;
  /** A faithful English rendering of the quote. */
  readonly quoteEn: string;
  /** The part and heading of the strategy where the quote stands, in the strategy's own (Dutch) words. */
  readonly source: string;
}

export interface Objective extends StrategyBasis {
  readonly id: ObjectiveId;
  /** The objective in the strategy's wording. */
  readonly name: Bilingual;
  readonly description: Bilingual;
}

/** The scenario settings a criterion reads: the fields of a scenario's CriterionUse besides criterion and weight. */
export const CRITERION_PARAMETERS = ['targetMinutes', 'partlyMinutes', 'trigger', 'level', 'teams', 'variable', 'threshold', 'critical'] as const;
export type CriterionParameter = (typeof CRITERION_PARAMETERS)[number];

// The parameter list must stay the schema's: a field added to or removed from CriterionUse breaks this line.
// 'objective' is left out because it says which objective a C17/C18 use serves, not how it is measured.
type SchemaParameter = Exclude<keyof CriterionUseT, 'criterion' | 'weight' | 'objective'>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type _ParametersMatchSchema = Holds<Same<SchemaParameter, CriterionParameter>>;

export interface Criterion extends StrategyBasis {
  readonly id: CriterionId;
  /** The objective the criterion counts towards (for C17 and C18: the default). */
  readonly objective: ObjectiveId;
  /**
   * True when the objective depends on what is measured (a measure's own objective for proportionality,
   * the served objective for information sharing); a scenario's use of the criterion may then name another.
   */
  readonly objectiveFromScenario: boolean;
  readonly theme: ThemeId;
  readonly title: Bilingual;
  /** What is measured and when it counts as met, in plain words. */
  readonly measure: Bilingual;
  /** When the result is "partly met"; absent when the criterion is met or not met, never in between. */
  readonly partlyWhen?: Bilingual;
  /** When the criterion does not apply in a run and is left out of the roll-up. */
  readonly notApplicableWhen: Bilingual;
  /** The scenario parameters this criterion reads, each with what it means here. */
  readonly parameters: Readonly<Partial<Record<CriterionParameter, Bilingual>>>;
  /** Values scoring uses when the scenario leaves a numeric parameter out. */
  readonly defaults?: Readonly<Partial<Record<'targetMinutes' | 'partlyMinutes' | 'level' | 'threshold', number>>>;
  /**
   * Suggested as a critical task (HSEEP): a scenario that leaves `critical` out of its use of this criterion
   * caps the objective when it is not met. A scenario may set `critical: false` to drop the suggestion.
   */
  readonly criticalByDefault?: boolean;
  /** The non-strategy source a rule rests on (an evaluation, a regulation, a handbook), when it does. */
  readonly domainBasis?: Bilingual;
}
