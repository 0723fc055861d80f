import { defineStrings } from '../define.js';

// The exercise's screens put together (src/ui/session): the trainer's switch between the console and
// the debrief, and the branch a fork starts.
export const exercise = defineStrings({
  nl: {
    'exercise.screens': 'Schermen van de oefenleider',
    'exercise.screens.console': 'Console',
    'exercise.screens.debrief': 'Nabespreking',
    'exercise.fork.title': '{title} (tak vanaf stap {step})',
  },
  en: {
    'exercise.screens': 'Trainer screens',
    'exercise.screens.console': 'Console',
    'exercise.screens.debrief': 'Debrief',
    'exercise.fork.title': '{title} (branch from step {step})',
  },
});
