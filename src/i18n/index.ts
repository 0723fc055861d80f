// Every dictionary: for the screens loaded after the first one, the CLIs and the tests.
// Add a new group here (and its type to translate.ts).
import './first-screen.js';
import { author } from './strings/author.js';
import { board } from './strings/board.js';
import { classroom } from './strings/classroom.js';
import { communication } from './strings/communication.js';
import { debrief } from './strings/debrief.js';
import { discussion } from './strings/discussion.js';
import { direct } from './strings/direct.js';
import { exercise } from './strings/exercise.js';
import { lint } from './strings/lint.js';
import { ownWords } from './strings/own-words.js';
import { participant } from './strings/participant.js';
import { printables } from './strings/printables.js';
import { refusals } from './strings/refusals.js';
import { room } from './strings/room.js';
import { scoring } from './strings/scoring.js';
import { setup } from './strings/setup.js';
import { simulate } from './strings/simulate.js';
import { structure } from './strings/structure.js';
import { trainer } from './strings/trainer.js';
import { registerStrings } from './translate.js';

registerStrings(communication, structure, refusals, scoring, simulate, board, participant, trainer, debrief, setup, lint, classroom, author, exercise, ownWords, discussion, room, direct, printables);

export * from './translate.js';
