// The poor bot plays what evaluations warn against: options the author assessed as missing, a late
// first message that names the perpetrator and states rumours as fact, no rebuttals, and realistic wrong
// actions rather than only passive defaults — the threat level raised to 5 and the airport closed on the
// first report, an NL-Alert whose advice leaves out what, where or until when, GRIP one level short and
// late, no national teams. Authors use it to check that weak play scores weak. Like every bot it reads no
// scoring criteria: its wrong measures are doctrine's turned round, taken where its role's screen offers them.
import { publishVoice } from '../machines/authority.js';
import type { StructureActionT } from '../scenario/schema.js';
import { candidateStructureActions } from '../session/available.js';
import { canonicalJson } from '../session/canonical.js';
import { summaryOf } from '../session/summary.js';
import { completeAdvice, poorMessage } from './messages.js';
import { worstOption } from './options.js';
import { doctrineGrip } from './playbook.js';
import type { Policy, RoleTurn } from './policy.js';
import { decideOpenDecisions, isMainPublisher } from './turns.js';

function publishLate(turn: RoleTurn): void {
  const state = turn.state();
  const voice = publishVoice(turn.role.office);
  if (voice === null || state.notifiedAt === null || state.messages.length > 0 || !isMainPublisher(turn.scenario, turn.role)) return;
  const { firstMessageTargetMinutes } = turn.scenario.communication;
  const { minutesPerRound, endsAt } = turn.scenario.clock;
  const late = state.minute - state.notifiedAt > 2 * firstMessageTargetMinutes;
  const lastRound = state.minute + minutesPerRound >= endsAt;
  if (!late && !lastRound) return;
  const blocks = poorMessage(turn.scenario, state, turn.role.id, voice);
  if (blocks.length > 0) turn.act({ type: 'publish', blocks });
}

/**
 * Take a wrong measure only if the role's screen offers it: drawn from availableCommands' candidates (the
 * authority table and what the role knows — no NL-Alert with advice its composer does not offer yet), as the
 * doctrine and random bots draw theirs; the reducer has the last word.
 */
function tryAction(turn: RoleTurn, action: StructureActionT): boolean {
  const wanted = canonicalJson(action);
  const offered = candidateStructureActions(turn.scenario, turn.state(), turn.actor).some((a) => canonicalJson(a) === wanted);
  return offered && turn.act({ type: 'structure', action });
}

/** Minutes after the first report at which a team that lost the thread scales up after all. */
const LOST_THREAD_MINUTES = 60;

/** The highest level one short of doctrine's GRIP can be (playbook.ts doctrineGrip: 3, or 4 beyond one municipality). */
const MOST_SHORT = 3;

/** The wrong measures of a team that reacts to the first report with alarm and then loses the thread. */
function wrongActions(turn: RoleTurn): void {
  const { scenario } = turn;
  const state = turn.state();
  if (state.notifiedAt === null) return;
  const sinceReport = state.minute - state.notifiedAt;
  if (sinceReport === 0) {
    tryAction(turn, { action: 'setThreatLevel', level: 5, scope: 'national' });
    tryAction(turn, { action: 'restrictAirspace', level: 'close' });
    const sloppy = scenario.communication.blocks.find((b) => b.kind === 'actionAdvice' && !completeAdvice(b) && b.where !== undefined);
    if (sloppy?.where !== undefined) tryAction(turn, { action: 'sendNlAlert', area: sloppy.where, advice: sloppy.id });
  }
  // Doctrine scales at once (COT on Utrecht 2019); this team does so an hour late, and one level short of
  // what doctrine calls for on what the role knows — read from the playbook, never from the criteria. Doctrine
  // calls for GRIP 3 or 4, so "one short" is 2 or 3: at GRIP 3 or more, or before the hour, there is nothing to
  // read (the playbook's reading of the role's knowledge is most of this bot's own time otherwise).
  if (sinceReport < LOST_THREAD_MINUTES || summaryOf(state).grip >= MOST_SHORT) return;
  const short = doctrineGrip(scenario, state, turn.role.id) - 1;
  if (summaryOf(state).grip < short) tryAction(turn, { action: 'scale', level: short });
}

export const playPoorly: Policy = () => (turn) => {
  decideOpenDecisions(turn, worstOption);
  wrongActions(turn);
  publishLate(turn);
};
