// Running the room: start, begin the rounds, pause and resume, advance a round, jump the clock, undo
// the last command of the round, end (after a confirmation) and open the debrief. A control is offered
// when the exercise flow takes its event in the current phase (the engine's own flow machine says so);
// the engine still decides when the command arrives. Disabled buttons keep their focus (aria-disabled),
// so a trainer who just advanced a round does not lose their place on the page.
import { flowStep, type FlowEvent } from '../../engine/machines/flow.js';
import { PAUSE_MESSAGE_MAX } from '../../engine/session/commands/run-room.js';
import type { TrainerView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { localise } from '../text.js';
import { el } from '../dom.js';
import { field, panel, type ConsoleContext } from './context.js';
import { tableName } from './names.js';

export type RunAction = 'start' | 'beginRounds' | 'pause' | 'resume' | 'advance' | 'undo' | 'openDebrief';

const FLOW_EVENT: Readonly<Record<Exclude<RunAction, 'undo'> | 'end', FlowEvent['type']>> = {
  start: 'START',
  beginRounds: 'BEGIN',
  pause: 'PAUSE',
  resume: 'RESUME',
  advance: 'ADVANCE',
  end: 'END',
  openDebrief: 'DEBRIEF',
};

export function runAllowed(view: TrainerView, action: RunAction | 'end'): boolean {
  if (action === 'undo') return view.canUndo;
  return flowStep(view.phase, FLOW_EVENT[action]) !== null;
}

/** Jumping the clock and extra injects belong to a round's decide phase, as advancing does. */
export function playOpen(view: TrainerView): boolean {
  return view.phase === 'decide';
}

function button(ctx: ConsoleContext, action: string, label: string, enabled: boolean, extra = ''): HTMLButtonElement {
  return el('button', {
    className: `button trainer-run__button ${extra}`.trim(),
    text: label,
    attrs: { type: 'button', 'data-action': action, 'aria-disabled': String(!enabled), id: ctx.id(`run-${action}`) },
  });
}

export function renderRunControls(ctx: ConsoleContext): HTMLElement {
  const { view, lang } = ctx;
  const runButtons = (['start', 'beginRounds', 'pause', 'resume', 'advance', 'undo'] as const).map((action) =>
    button(ctx, action, t(lang, `trainer.run.${action}` as const), runAllowed(view, action), action === 'advance' ? 'button--primary' : ''),
  );
  const toolbar = el('div', { className: 'trainer-run__toolbar', attrs: { role: 'group', 'aria-label': t(lang, 'trainer.run.group') } }, runButtons);

  // The pause button takes this line with it: what the room reads on the projector and the tables while paused.
  const pauseMessage = el('input', {
    className: 'trainer-input',
    attrs: { type: 'text', name: 'pauseMessage', maxlength: String(PAUSE_MESSAGE_MAX), autocomplete: 'off', 'data-pause-message': '' },
  });
  const pauseField = field(ctx, 'pause-message', t(lang, 'trainer.run.pauseMessage'), pauseMessage, t(lang, 'trainer.run.pauseMessageHint', { max: PAUSE_MESSAGE_MAX }));
  const shown: Node[] =
    view.phase === 'paused' && view.pauseMessage !== null ? [el('p', { className: 'trainer-note', text: t(lang, 'trainer.run.pauseMessageShown', { message: view.pauseMessage }) })] : [];

  const minutes = el('input', {
    className: 'trainer-input trainer-input--short',
    attrs: { type: 'number', name: 'minutes', min: '1', step: '1', required: '', inputmode: 'numeric', value: String(view.scenario.minutesPerRound) },
  });
  const jump = el('form', { className: 'trainer-run__jump', attrs: { 'data-form': 'jump', 'aria-labelledby': ctx.id('jump-title') } }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.jump.title'), attrs: { id: ctx.id('jump-title') } }),
    field(ctx, 'jump-minutes', t(lang, 'trainer.jump.minutes'), minutes, t(lang, 'trainer.jump.hint', { minutes: view.scenario.minutesPerRound })),
    el('button', { className: 'button', text: t(lang, 'trainer.jump.submit'), attrs: { type: 'submit', 'aria-disabled': String(!playOpen(view)), id: ctx.id('jump-submit') } }),
  ]);

  const status: Node[] = [];
  if (view.turnTable !== null) status.push(el('p', { className: 'trainer-run__turn', text: t(lang, 'trainer.run.turn', { table: tableName(view, view.turnTable, lang) }) }));
  if (view.phase === 'decide' || view.phase === 'paused') status.push(renderTurns(ctx));
  const over = view.phase === 'hotwash' || view.phase === 'debrief' || view.phase === 'ended';
  if (!view.canUndo) status.push(el('p', { className: 'trainer-note', text: t(lang, over ? 'trainer.run.undoOver' : 'trainer.run.undoNone') }));

  const closing = el('div', { className: 'trainer-run__closing', attrs: { role: 'group', 'aria-label': t(lang, 'trainer.run.closingGroup') } }, [
    button(ctx, 'end', t(lang, 'trainer.run.end'), runAllowed(view, 'end'), 'button--danger'),
    button(ctx, 'openDebrief', t(lang, 'trainer.run.openDebrief'), runAllowed(view, 'openDebrief')),
  ]);
  const children: Node[] = [toolbar, pauseField, ...shown, ...status, jump];
  if (ctx.ui.confirmingJump !== null && playOpen(view)) children.push(jumpConfirmation(ctx, ctx.ui.confirmingJump));
  children.push(closing);
  if (ctx.ui.confirmingEnd) children.push(endConfirmation(ctx));
  return panel(ctx, 'run', t(lang, 'trainer.run.title'), children);
}

/** Who has ended the turn in this round, who is on, who is still to come: the trainer's "can I move on?". */
function renderTurns(ctx: ConsoleContext): HTMLElement {
  const { view, lang } = ctx;
  const titleId = ctx.id('turns-title');
  const hotseat = view.settings.mode === 'hotseat';
  const items = view.settings.tables.map((table) => {
    const ended = view.turnsEnded.includes(table.id);
    const state = ended ? 'ended' : hotseat ? (view.turnTable === table.id ? 'now' : 'waiting') : 'busy';
    const key = ({ ended: 'trainer.run.turnEnded', now: 'trainer.run.turnNow', busy: 'trainer.run.turnBusy', waiting: 'trainer.run.turnWaiting' } as const)[state];
    return el('li', { className: `trainer-turns__table trainer-turns__table--${state}`, text: t(lang, key, { table: tableName(view, table.id, lang) }) });
  });
  return el('div', { className: 'trainer-turns', attrs: { role: 'group', 'aria-labelledby': titleId } }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.run.turnsTitle'), attrs: { id: titleId } }),
    el('ul', { className: 'trainer-turns__list' }, items),
  ]);
}

/** Whether a jump of these minutes reaches the end of the round (and so closes it), which the trainer confirms first. */
export function jumpClosesRound(view: TrainerView, minutes: number): boolean {
  return view.phase === 'decide' && Number.isInteger(minutes) && minutes > 0 && view.minute + minutes >= Math.min(view.roundEndsAt, view.scenario.endsAt);
}

/** What a jump would close: the rounds it ends, the open decisions whose default then applies, the end of play. */
function jumpConsequences(view: TrainerView, minutes: number, lang: Language): string[] {
  const per = view.scenario.minutesPerRound;
  const target = Math.min(view.minute + minutes, view.scenario.endsAt);
  const closed = target <= view.roundEndsAt ? 1 : 1 + Math.ceil((target - view.roundEndsAt) / per);
  const lastClosed = view.round + closed - 1;
  const lines = [closed === 1 ? t(lang, 'trainer.jump.endsRound', { round: view.round }) : t(lang, 'trainer.jump.endsRounds', { round: view.round, more: closed - 1 })];
  const expiring = view.decisions.filter((d) => d.state !== null && !d.state.taken && d.state.deadlineRound <= lastClosed);
  const roleName = (id: string) => {
    const role = view.roles.find((r) => r.id === id);
    return role ? localise(role.name, lang) : id;
  };
  lines.push(
    expiring.length === 0
      ? t(lang, 'trainer.jump.noDefaults')
      : t(lang, 'trainer.jump.defaults', {
          decisions: expiring
            .map((d) => {
              const option = d.options.find((o) => o.id === d.default);
              return t(lang, 'trainer.jump.defaultOf', { prompt: localise(d.prompt, lang), owner: roleName(d.owner), option: option ? localise(option.label, lang) : d.default });
            })
            .join('; '),
        }),
  );
  if (target >= view.scenario.endsAt) lines.push(t(lang, 'trainer.jump.endsPlay'));
  return lines;
}

function jumpConfirmation(ctx: ConsoleContext, minutes: number): HTMLElement {
  const { lang, view } = ctx;
  const titleId = ctx.id('jump-confirm-title');
  const textId = ctx.id('jump-confirm-text');
  return el('div', { className: 'trainer-confirm', attrs: { role: 'group', 'aria-labelledby': titleId, 'aria-describedby': textId } }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.jump.confirmTitle'), attrs: { id: titleId } }),
    el('div', { attrs: { id: textId } }, jumpConsequences(view, minutes, lang).map((line) => el('p', { text: line }))),
    el('div', { className: 'trainer-confirm__buttons' }, [
      el('button', { className: 'button button--danger', text: t(lang, 'trainer.jump.confirm', { minutes }), attrs: { type: 'button', 'data-action': 'jump-confirm', id: ctx.id('jump-confirm') } }),
      el('button', { className: 'button', text: t(lang, 'trainer.jump.cancel'), attrs: { type: 'button', 'data-action': 'jump-cancel', id: ctx.id('jump-cancel') } }),
    ]),
  ]);
}

function endConfirmation(ctx: ConsoleContext): HTMLElement {
  const { lang } = ctx;
  const titleId = ctx.id('end-confirm-title');
  return el('div', { className: 'trainer-confirm', attrs: { role: 'group', 'aria-labelledby': titleId, 'aria-describedby': ctx.id('end-confirm-text') } }, [
    el('h3', { className: 'trainer-subtitle', text: t(lang, 'trainer.end.title'), attrs: { id: titleId } }),
    el('p', { text: t(lang, 'trainer.end.text'), attrs: { id: ctx.id('end-confirm-text') } }),
    el('div', { className: 'trainer-confirm__buttons' }, [
      el('button', { className: 'button button--danger', text: t(lang, 'trainer.end.confirm'), attrs: { type: 'button', 'data-action': 'end-confirm', id: ctx.id('end-confirm') } }),
      el('button', { className: 'button', text: t(lang, 'trainer.end.cancel'), attrs: { type: 'button', 'data-action': 'end-cancel', id: ctx.id('end-cancel') } }),
    ]),
  ]);
}
