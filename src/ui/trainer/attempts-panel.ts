// Refused attempts: who tried what, when, and why the engine refused, in the reader's language. They
// change nothing in the exercise, but they show where players misread their authority — debrief material.
import { t } from '../../i18n/index.js';
import { clockLabel } from '../components/clock.js';
import { el } from '../dom.js';
import { panel, scrollingTable, type ConsoleContext } from './context.js';
import { commandText } from './command-text.js';
import { actorText } from './names.js';
import { refusalText } from './refusal-text.js';

export function renderAttemptsPanel(ctx: ConsoleContext): HTMLElement {
  const { lang, view } = ctx;
  const title = t(lang, 'trainer.attempts.title');
  if (view.attempts.length === 0) return panel(ctx, 'attempts', title, [el('p', { className: 'trainer-note', text: t(lang, 'trainer.attempts.none') })]);
  const head = [t(lang, 'trainer.attempts.col.when'), t(lang, 'trainer.attempts.col.who'), t(lang, 'trainer.attempts.col.what'), t(lang, 'trainer.attempts.col.why')];
  // Newest first: the refusal the trainer just caused is the one they look for.
  const rows = view.attempts
    .map((a, i) => ({ a, i }))
    .reverse()
    .map(({ a, i }) =>
      el('tr', { attrs: { 'data-key': `attempt-${i}` } }, [
        el('td', { text: t(lang, 'trainer.when', { clock: clockLabel(a.minute), round: a.round }) }),
        el('td', { text: actorText(view, a.command.actor, lang) }),
        el('td', { text: commandText(view, a.command, lang) }),
        el('td', { className: 'trainer-attempt__reason', text: refusalText(a.refusal, lang, view) }),
      ]),
    );
  return panel(ctx, 'attempts', title, [scrollingTable(ctx, 'attempts', title, head, rows)]);
}
