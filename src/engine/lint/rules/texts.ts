// Texts the cards cannot show whole, and prose that is not translated into every declared language.
import type { Path } from '../../scenario/paths.js';
import type { Scenario, TextT } from '../../scenario/schema.js';
import type { Language } from '../../scenario/vocabulary.js';
import { finding } from '../finding.js';
import { CARD_LIMITS, MIN_TRANSLATABLE_CHARS } from '../limits.js';
import { proseSites } from '../prose.js';
import type { LintFinding, LintRule } from '../types.js';

const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Dutch', en: 'English' };

interface CardText {
  readonly text: TextT | undefined;
  readonly path: Path;
  readonly limit: number;
  readonly where: string;
}

function cardTexts(scenario: Scenario): CardText[] {
  const out: CardText[] = [];
  scenario.injects.forEach((inject, i) => {
    out.push({ text: inject.title, path: ['injects', i, 'title'], limit: CARD_LIMITS.injectTitle, where: 'an inbox or projector headline' });
    if (!inject.to.projector) return;
    out.push({ text: inject.text, path: ['injects', i, 'text'], limit: CARD_LIMITS.projectorText, where: 'a projector card' });
    inject.variants.forEach((v, k) => out.push({ text: v.text, path: ['injects', i, 'variants', k, 'text'], limit: CARD_LIMITS.projectorText, where: 'a projector card' }));
  });
  scenario.decisions.forEach((d, i) => {
    out.push({ text: d.prompt, path: ['decisions', i, 'prompt'], limit: CARD_LIMITS.decisionPrompt, where: 'a decision card' });
    d.options.forEach((o, j) => out.push({ text: o.label, path: ['decisions', i, 'options', j, 'label'], limit: CARD_LIMITS.optionLabel, where: 'an option on a decision card' }));
  });
  return out;
}

export const longTexts: LintRule = (scenario) =>
  cardTexts(scenario).flatMap(({ text, path, limit, where }): LintFinding[] => {
    if (text === undefined) return [];
    const versions: [string, Path][] = typeof text === 'string' ? [[text, path]] : (['nl', 'en'] as const).map((l) => [text[l], [...path, l]]);
    return versions.flatMap(([s, at]) =>
      s.length > limit
        ? [
            finding(
              'text-too-long',
              at,
              `This text has ${s.length} characters; ${where} shows at most ${limit}.`,
              `Shorten it by ${s.length - limit} characters; put detail in the trainer note or a follow-up inject.`,
            ),
          ]
        : [],
    );
  });

export const translations: LintRule = (scenario) => {
  if (scenario.languages.length < 2) return [];
  const names = scenario.languages.map((l) => LANGUAGE_NAMES[l]).join(' and ');
  return proseSites(scenario).flatMap(({ text, path }): LintFinding[] => {
    if (typeof text === 'string') {
      return [
        finding(
          'untranslated-text',
          path,
          `This text is one language-neutral string, but the scenario is played in ${names}: players of either language see it untranslated.`,
          `Write it as { "nl": …, "en": … }.`,
        ),
      ];
    }
    const nl = text.nl.trim();
    if (nl.length >= MIN_TRANSLATABLE_CHARS && nl === text.en.trim()) {
      return [finding('identical-translation', [...path, 'en'], 'The English text is the same as the Dutch one.', 'Translate it; a copied text is usually a translation still to do.')];
    }
    return [];
  });
};
