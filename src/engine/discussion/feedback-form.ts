// The participant feedback form, HSEEP style: how the exercise was run and how relevant each objective was,
// rated 1 (poor) to 5 (excellent), and open comments. The form is the product's, not the scenario's, so
// groups can be compared across exercises.

export const FEEDBACK_SCALE = { min: 1, max: 5 } as const;

/** Ratings about the exercise itself. Objective relevance is asked per objective: `objective:VB1`. */
export const FEEDBACK_ITEMS = ['organisation', 'realism', 'scenarioFit', 'facilitation', 'learning'] as const;
export type FeedbackItem = (typeof FEEDBACK_ITEMS)[number];

export const FEEDBACK_COMMENTS = ['strengths', 'improvements', 'other'] as const;
export type FeedbackComment = (typeof FEEDBACK_COMMENTS)[number];

export const MAX_ANSWER_CHARS = 4000;

export function objectiveItem(objective: string): string {
  return `objective:${objective}`;
}
