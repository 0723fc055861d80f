export { canSee, type Audience } from './visibility.js';
export { commonView, type CommonView, type BoardView, type IndicatorView, type MessageView } from './common.js';
export { roleView, type RoleView, type InboxItem, type DecisionCard, type BlockCard } from './role-view.js';
export { trainerView, type TrainerView } from './trainer-view.js';
export { publicView, type PublicView } from './public-view.js';
export { debriefView, type DebriefView } from './debrief-view.js';
export { discussionView, feedbackSummary, type DiscussionView, type ModuleView, type QuestionView, type FeedbackSummary } from './discussion.js';
export { directMessagesFor, type DirectMessageView, type DirectRecipients, type DirectTarget } from './direct-messages.js';
