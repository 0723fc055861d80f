// A discussion-based exercise lives by its modules: each should put at least one question to the room and say
// which objective it exercises, and each question should be tied to a criterion evaluators can rate it against.
import type { LintFinding, LintRule } from '../types.js';
import { finding } from '../finding.js';

export const moduleShape: LintRule = (scenario) => {
  const findings: LintFinding[] = [];
  if (scenario.exerciseKind === 'discussion' && scenario.modules.length === 0) {
    findings.push(
      finding('discussion-without-modules', ['exerciseKind'], 'This discussion-based exercise has no modules: the facilitator has nothing to move the room through.', 'Add "modules", each with a situation and questions, or make the exercise "operational".'),
    );
  }
  scenario.modules.forEach((module, i) => {
    const path = ['modules', i];
    if (module.questions.length === 0) {
      findings.push(finding('module-without-question', [...path, 'questions'], `Module "${module.id}" asks the tables no question.`, 'Add at least one discussion question, so each table has something to answer and the report has their answers.'));
    }
    if (module.objectives.length === 0) {
      findings.push(finding('module-without-objective', [...path, 'objectives'], `Module "${module.id}" names no Voorbereiden objective.`, 'Add "objectives": ["VB1"] or ["VB2"] (or both), so the evaluator guide and the report can say what the module exercises.'));
    }
    module.questions.forEach((question, j) => {
      if (question.criteria.length === 0 && module.criticalTasks.length === 0) {
        findings.push(
          finding('question-tied-to-nothing', [...path, 'questions', j, 'criteria'], `Question "${question.id}" is tied to no criterion and its module has no critical task.`, 'Add the criteria a good answer speaks to, so evaluators can rate answers against them.'),
        );
      }
    });
  });
  return findings;
};
