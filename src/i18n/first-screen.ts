// The strings the first screen (shell, home page, file opener, resume notice) needs, and nothing more.
import { common } from './strings/common.js';
import { home } from './strings/home.js';
import { loader } from './strings/loader.js';
import { shell } from './strings/shell.js';
import { teams } from './strings/teams.js';
import { registerStrings } from './translate.js';

registerStrings(common, home, loader, shell, teams);

export * from './translate.js';
