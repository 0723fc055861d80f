// The "Powers per office" section of docs/criteria.md, rendered from the one table of powers
// (src/engine/machines/authority.ts), so what authors read is what the engine enforces. Pure.
import { POWERS, TEAM_POWERS, type Holder } from '../engine/machines/authority.js';
import { GRIP_MODEL } from '../engine/machines/scaling-model.js';
import { DECIDING_TEAMS, possibleChairs, TEAM_COMPOSITION } from '../engine/machines/policy-teams.js';
import { OFFICES, type Office } from '../engine/scenario/vocabulary.js';
import { t } from '../i18n/index.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const officeName = (office: Office): string => t('en', `office.${office}`);

const WHEN: Readonly<Record<NonNullable<Holder['only']>, string>> = {
  mayor: 'below GRIP 4',
  art39: 'under GRIP 4/5, art. 39 Wvr',
  crossRegional: 'only with more than one safety region involved',
  dsiRoute: 'where this office decides on the request (setting.dsiApproval)',
};

const holderText = (h: Holder): string => `\`${h.office}\`${h.only ? ` (${WHEN[h.only]})` : ''}`;

function scalingRows(): string[] {
  return GRIP_MODEL.levels
    .filter((l) => l.leaders.length > 0)
    .map((l) => {
      const note = l.level === 5 ? ' Only with more than one safety region involved (setting.scaling.crossRegional).' : '';
      return `| \`scale:${l.level}\` | Declare GRIP ${l.level}.${note} | ${l.leaders.map((o) => `\`${o}\``).join(', ')} | DOMAIN.md §3 (GRIP in the regional crisis plans; brandweer.nl); a custom regional model names its own leaders | Scaling down: whoever leads the current level or a level above it. |`;
    });
}

export function renderPowersSection(): string[] {
  const lines: string[] = [
    '## Powers per office',
    '',
    'Who may take which crisis-structure action, as the engine enforces it (`src/engine/machines/authority.ts`, one',
    'row per rule). A scenario may narrow a role\'s powers (`roles[].authority`), never widen them. Where the law is',
    'unclear, or the sources disagree, the row says so with its source. `scenario:check` and `scenario:lint` report a',
    'decision option, board action or inject whose structure effect its owner has no power to take.',
    '',
    '**Art. 39 Wet veiligheidsregio\'s.** While the region stands at a level the chair of the safety region leads',
    '(GRIP 4 and 5 in the standard model), the mayor\'s public-order and emergency powers are the chair\'s: the',
    'regional NL-Alert and its withdrawal, protection in the public-order domain, the request for the DSI or for',
    'military assistance for public order, and the start of recovery. Aftercare (the IAC, outreach) stays municipal.',
    '',
    '### Actions',
    '',
    '| action | what | who may | source | note |',
    '|---|---|---|---|---|',
    ...scalingRows(),
  ];
  for (const p of POWERS) {
    lines.push(`| \`${p.id}\` | ${cell(p.what)} | ${p.holders.map(holderText).join(', ')} | ${cell(p.source)} | ${cell(p.note ?? '')} |`);
  }
  lines.push('', '### Teams', '', '| team | convened (and stood down) by | chair | source | note |', '|---|---|---|---|---|');
  for (const team of TEAM_POWERS) {
    const chair = team.chair === 'convener' ? 'whoever convened it' : team.chair === null ? '—' : `\`${team.chair}\``;
    lines.push(`| \`${team.team}\` | ${team.conveners.map(holderText).join(', ')} | ${chair} | ${cell(team.source)} | ${cell(team.note ?? '')} |`);
  }
  lines.push(
    '',
    'The NCC and the LOCC are permanent 24/7 centres and are never convened; bijstand is requested through the LOCC',
    '(`requestAssistance`). The regional teams (CoPI, ROT, GBT, RBT) follow the GRIP level.',
    '',
    '**Military assistance goes through its chain** (Politiewet 2012 art. 57-58): the competent authority requests it',
    '(`requestAssistance` with `military: true`), the Minister of JenV makes it available with Defence',
    '(`grantMilitaryAssistance`, refused until a request was made), and only then may a player move a unit of kind',
    '`defence` (a board action doing so is refused until the grant; an option\'s move is skipped and shown to the',
    'trainer). Injects move units as exercise control and are not held to the chain.',
    '',
    '### Policy teams as decision bodies',
    '',
    'A decision card may belong to a team (`decisions[].team`): its chair takes it after the members present have had',
    'their say, and the record names the team, whether it sat and the members present (a member is present when a',
    'table or the SimCell plays the role). Besides the roles a scenario seats in a team (`roles[].team`), these offices',
    'sit in it by doctrine. C07 judges whether the team sat and its chair decided.',
    '',
    '| team | members by office | chaired by (owner of its decisions) | source | note |',
    '|---|---|---|---|---|',
    ...DECIDING_TEAMS.map((team) => {
      const c = TEAM_COMPOSITION[team];
      return `| \`${team}\` | ${c.offices.map((o) => `\`${o}\``).join(', ')} | ${possibleChairs(team).map((o) => `\`${o}\``).join(', ')} | ${cell(c.source)} | ${cell(c.note ?? '')} |`;
    }),
    '',
    '### By office',
    '',
    '| office | actions it may take (in some situation) |',
    '|---|---|',
  );
  for (const office of OFFICES) {
    const ids = [
      ...GRIP_MODEL.levels.filter((l) => l.leaders.includes(office)).map((l) => `scale:${l.level}`),
      ...POWERS.filter((p) => p.holders.some((h) => h.office === office)).map((p) => p.id),
      ...TEAM_POWERS.filter((tp) => tp.conveners.some((h) => h.office === office)).map((tp) => `convene:${tp.team}`),
    ];
    lines.push(`| \`${office}\` (${cell(officeName(office))}) | ${ids.length === 0 ? '—' : ids.map((id) => `\`${id}\``).join(', ')} |`);
  }
  lines.push('');
  return lines;
}
