// The texts players and trainers read as sentences (not names): these must be written in every language
// the scenario declares. Names (of roles, places, units, variables) may be one language-neutral string.
import type { Path } from '../scenario/paths.js';
import type { Scenario, TextT } from '../scenario/schema.js';

export interface ProseSite {
  readonly text: TextT;
  readonly path: Path;
}

export function proseSites(scenario: Scenario): ProseSite[] {
  const out: ProseSite[] = [];
  const add = (text: TextT | undefined, path: Path) => {
    if (text !== undefined) out.push({ text, path });
  };
  add(scenario.title, ['title']);
  add(scenario.summary, ['summary']);
  add(scenario.trainerIntro, ['trainerIntro']);
  scenario.contentWarnings.forEach((w, i) => add(w, ['contentWarnings', i]));
  scenario.roles.forEach((r, i) => add(r.briefing, ['roles', i, 'briefing']));
  scenario.injects.forEach((inject, i) => {
    add(inject.title, ['injects', i, 'title']);
    add(inject.text, ['injects', i, 'text']);
    add(inject.trainerNote, ['injects', i, 'trainerNote']);
    inject.variants.forEach((v, k) => add(v.text, ['injects', i, 'variants', k, 'text']));
  });
  scenario.decisions.forEach((d, i) => {
    add(d.prompt, ['decisions', i, 'prompt']);
    add(d.trainerNote, ['decisions', i, 'trainerNote']);
    d.options.forEach((o, j) => {
      add(o.label, ['decisions', i, 'options', j, 'label']);
      o.assessments.forEach((a, k) => add(a.feedback, ['decisions', i, 'options', j, 'assessments', k, 'feedback']));
    });
  });
  scenario.communication.blocks.forEach((b, i) => {
    add(b.text, ['communication', 'blocks', i, 'text']);
    add(b.what, ['communication', 'blocks', i, 'what']);
    add(b.until, ['communication', 'blocks', i, 'until']);
  });
  scenario.rumours.forEach((r, i) => add(r.text, ['rumours', i, 'text']));
  scenario.endings.forEach((e, i) => {
    add(e.title, ['endings', i, 'title']);
    add(e.debrief, ['endings', i, 'debrief']);
  });
  scenario.picture.boardActions.forEach((a, i) => add(a.label, ['picture', 'boardActions', i, 'label']));
  scenario.picture.atRisk.forEach((a, i) => add(a.reason, ['picture', 'atRisk', i, 'reason']));
  return out;
}
