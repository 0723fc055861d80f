// How much text the cards in the classroom can show at a readable size. The projector card is read from the
// back of the room (about 7 lines of 60 characters); a decision card sits beside the role's inbox, its
// prompt in about 5 lines, each option a button of up to 3 lines. The author view and the UI use the same numbers.
export const CARD_LIMITS = {
  /** An inject shown on the projector ("to.projector": true): its text, in either language. */
  projectorText: 400,
  /** An inject's title: the inbox headline and the projector card's heading. */
  injectTitle: 60,
  /** A decision's prompt on the decision card. */
  decisionPrompt: 280,
  /** One option's label on the decision card. */
  optionLabel: 160,
} as const;

/** Shorter than this, the same text in Dutch and English is usually a name or a number, not a missed translation. */
export const MIN_TRANSLATABLE_CHARS = 20;
