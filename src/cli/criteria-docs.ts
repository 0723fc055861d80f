// Renders docs/criteria.md from the strategy catalogue, so the reference authors and trainers read
// cannot drift from what the scoring uses. Pure: write-criteria-docs.ts does the writing.
import {
  CRITERION_CATALOGUE,
  CRITERION_PARAMETERS,
  OBJECTIVE_CATALOGUE,
  objectiveById,
  THEMES,
  themeById,
  THRESHOLD_M,
  THRESHOLD_S,
  type Criterion,
} from '../engine/strategy/index.js';
import { renderPowersSection } from './powers-docs.js';

/** Markdown table cells hold one line and no unescaped pipe. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const orderedParameters = (criterion: Criterion) => CRITERION_PARAMETERS.filter((p) => criterion.parameters[p] !== undefined);

function criterionSection(c: Criterion): string[] {
  const objective = objectiveById(c.objective);
  const theme = themeById(c.theme);
  const lines = [
    `### ${c.id} ${c.title.en} — *${c.title.nl}*`,
    '',
    c.objectiveFromScenario
      ? `- **Objective:** ${c.objective} (${objective.name.en}) by default; a scenario may count it towards the other objective.`
      : `- **Objective:** ${c.objective} (${objective.name.en})`,
    `- **Theme:** ${theme.name.en} — *${theme.name.nl}* (\`${c.theme}\`)`,
    `- **Measured:** ${c.measure.en}`,
    `  *${c.measure.nl}*`,
  ];
  if (c.partlyWhen) lines.push(`- **Partly met:** ${c.partlyWhen.en}`, `  *${c.partlyWhen.nl}*`);
  else lines.push('- **Partly met:** never; the criterion is met or not met.');
  lines.push(`- **Not applicable:** ${c.notApplicableWhen.en}`, `  *${c.notApplicableWhen.nl}*`);
  const parameters = orderedParameters(c);
  if (parameters.length === 0) lines.push('- **Parameters:** none.');
  else {
    lines.push('- **Parameters:**');
    const defaults: Readonly<Partial<Record<string, number>>> = c.defaults ?? {};
    for (const p of parameters) {
      const meaning = c.parameters[p]!;
      const fallback = defaults[p];
      lines.push(`  - \`${p}\`${fallback === undefined ? '' : ` (default ${fallback})`}: ${meaning.en}`, `    *${meaning.nl}*`);
    }
  }
  lines.push('- **Strategy basis** (' + c.source + '):', '', `  > ${c.quote}`, '', `  ${c.quoteEn}`);
  if (c.domainBasis) lines.push('', `- **Also rests on:** ${c.domainBasis.en}`, `  *${c.domainBasis.nl}*`);
  lines.push('');
  return lines;
}

export function renderCriteriaDocs(): string {
  const lines: string[] = [
    '<!-- Generated from src/engine/strategy by `npx tsx src/cli/write-criteria-docs.ts`; do not edit by hand.',
    '     A unit test fails when this file and the catalogue differ. -->',
    '',
    '# Scoring criteria',
    '',
    'Every exercise is scored against the **Voorbereiden** objectives of the Nationale Contraterrorismestrategie',
    '2022-2026. Each criterion belongs to one objective and one theme and quotes the strategy passage it rests on;',
    'where the measurable rule also rests on another source, that source is named. Targets are scenario parameters',
    '(`scoring.criteria` in a scenario), not official norms. Quotes are verbatim; only the line-break hyphenation',
    'of the published PDF text is repaired.',
    '',
    '## Objectives',
    '',
  ];
  for (const o of OBJECTIVE_CATALOGUE) {
    lines.push(
      `### ${o.id} ${o.name.en} — *${o.name.nl}*`,
      '',
      o.description.en,
      '',
      `*${o.description.nl}*`,
      '',
      `Strategy basis (${o.source}):`,
      '',
      `> ${o.quote}`,
      '',
      o.quoteEn,
      '',
    );
  }
  lines.push('## Themes', '', '| id | Nederlands | English |', '|---|---|---|');
  for (const t of THEMES) lines.push(`| \`${t.id}\` | ${cell(t.name.nl)} | ${cell(t.name.en)} |`);
  lines.push(
    '',
    '## Catalogue',
    '',
    '| id | objective | theme | title (nl / en) | what is measured | parameters | strategy quote |',
    '|---|---|---|---|---|---|---|',
  );
  for (const c of CRITERION_CATALOGUE) {
    const objective = c.objectiveFromScenario ? `${c.objective} (default; set by scenario)` : c.objective;
    const parameters = orderedParameters(c).map((p) => `\`${p}\``).join(', ') || '—';
    lines.push(
      `| ${c.id} | ${objective} | ${cell(themeById(c.theme).name.en)} | ${cell(c.title.nl)} / ${cell(c.title.en)} | ${cell(c.measure.en)} | ${parameters} | ${cell(`“${c.quote}” (${c.source})`)} |`,
    );
  }
  lines.push('', '## Criteria in detail', '');
  for (const c of CRITERION_CATALOGUE) lines.push(...criterionSection(c));
  lines.push(
    '## Roll-up',
    '',
    'Per objective (and per theme), each applicable criterion counts as met (1), partly met (0.5) or not met (0);',
    'criteria that did not apply in the run are left out. The weighted mean over the applicable criteria gives the',
    'rating:',
    '',
    '| rating | when |',
    '|---|---|',
    '| **P** performed without challenges | every applicable criterion is met |',
    `| **S** performed with some challenges | score ≥ ${THRESHOLD_S.toFixed(2)} |`,
    `| **M** performed with major challenges | score ≥ ${THRESHOLD_M.toFixed(2)} |`,
    `| **U** unable to be performed | score below ${THRESHOLD_M.toFixed(2)} |`,
    '| not exercised | no criterion applied |',
    '',
    'The debrief lists, for every rating, the criteria and the events that prove each result.',
    '',
  );
  lines.push(...renderPowersSection());
  return lines.join('\n');
}
