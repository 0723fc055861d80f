export { playExercise, botSettings, type PlayOptions, type Playthrough } from './play.js';
export { BOT_POLICIES, type BotPolicy } from './policy.js';
