// How an exercise plays, as the trainer chooses it before the start — one form for the setup screen and the
// classroom's "Start groups": feedback per round or at the debrief, a round timer, guided mode, and where the
// scenario offers them the message mode, running a mixed scenario by module, the minutes planned per module and
// feedback after each module. The rules behind it are the engine's (engine/session/play-choices.ts).
import { MAX_MODULE_MINUTES, MAX_TIMER_MINUTES, type MessageMode } from '../../engine/session/play-choices.js';
import type { TextT } from '../../engine/scenario/schema.js';
import type { SessionSettings } from '../../engine/session/types.js';
import { t, type Language, type MessageKey } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { checkbox, labelledField, radios } from './choices.js';

/** The choices as typed: numbers stay text until the rules read them. */
export interface PlayDraft {
  feedback: SessionSettings['feedback'];
  timer: { on: boolean; minutes: string };
  guided: boolean;
  /** How tables write messages: one of the modes the scenario allows. */
  messages: MessageMode;
  /** A mixed scenario (rounds grouped into modules) run as a discussion: the facilitator moves the room by module. */
  runByModule: boolean;
  /** The real minutes planned per module (module id → minutes as typed), for the facilitator script's countdown. */
  moduleMinutes: Record<string, string>;
  /** Participants fill in the feedback form at the end of each module, not only after play. */
  moduleFeedback: boolean;
}

/** What the scenario offers to choose. */
export interface PlayOffer {
  readonly messageModes: readonly MessageMode[];
  readonly runByModule: boolean;
  readonly modules: readonly { readonly id: string; readonly title: TextT; readonly budgetMinutes: number }[];
}

export interface PlayFormOptions {
  readonly lang: Language;
  /** Put before every control's data-key, so two forms on one page keep theirs apart. */
  readonly keyPrefix: string;
  /** Draw the form again (the timer's minutes are enabled by its checkbox). */
  readonly redraw: () => void;
}

/** Feedback, the round timer and guided mode: offered for every scenario. */
export function renderPlayBasics(d: PlayDraft, o: PlayFormOptions): HTMLElement[] {
  const { lang, keyPrefix: k } = o;
  const feedback = radios(
    t(lang, 'setup.feedback'),
    `${k}feedback`,
    d.feedback,
    [
      { value: 'perRound', label: t(lang, 'setup.feedbackPerRound') },
      { value: 'debrief', label: t(lang, 'setup.feedbackDebrief') },
    ],
    (v) => (d.feedback = v),
  );
  const minutes = el('input', { attrs: { type: 'number', min: '1', max: String(MAX_TIMER_MINUTES), step: '1', inputmode: 'numeric', 'data-key': `${k}timer:minutes` } });
  minutes.value = d.timer.minutes;
  minutes.disabled = !d.timer.on;
  minutes.addEventListener('input', () => (d.timer.minutes = minutes.value));
  const timer = el('fieldset', { className: 'setup__choices' }, [
    el('legend', { text: t(lang, 'setup.timer') }),
    checkbox(t(lang, 'setup.timerOn'), `${k}timer:on`, d.timer.on, (c) => {
      d.timer.on = c;
      o.redraw();
    }),
    labelledField(t(lang, 'setup.timerMinutes'), minutes, t(lang, 'setup.timerHint')),
  ]);
  const guided = el('fieldset', { className: 'setup__choices' }, [
    el('legend', { text: t(lang, 'setup.guided') }),
    checkbox(t(lang, 'setup.guidedOn'), `${k}guided`, d.guided, (c) => (d.guided = c)),
    el('p', { className: 'field__hint', text: t(lang, 'setup.guidedHint') }),
  ]);
  return [feedback, timer, guided];
}

/** Running by module, the minutes per module and feedback after each module, and the message mode: where the scenario offers them. */
export function renderScenarioChoices(d: PlayDraft, offer: PlayOffer, o: PlayFormOptions): HTMLElement[] {
  const { lang, keyPrefix: k } = o;
  const out: HTMLElement[] = [];
  if (offer.runByModule) {
    out.push(
      el('fieldset', { className: 'setup__choices' }, [
        el('legend', { text: t(lang, 'setup.modules') }),
        checkbox(t(lang, 'setup.runByModule', { count: offer.modules.length }), `${k}modules:run`, d.runByModule, (c) => (d.runByModule = c)),
        el('p', { className: 'field__hint', text: t(lang, 'setup.runByModuleHint') }),
      ]),
    );
  }
  if (offer.modules.length > 0) {
    // A scenario in modules (discussion or mixed): the facilitator script counts down from these minutes.
    const minutes = offer.modules.map((m) => {
      const input = el('input', { attrs: { type: 'number', min: '1', max: String(MAX_MODULE_MINUTES), step: '1', inputmode: 'numeric', 'data-key': `${k}module-minutes:${m.id}` } });
      input.value = d.moduleMinutes[m.id] ?? String(m.budgetMinutes);
      input.addEventListener('input', () => (d.moduleMinutes[m.id] = input.value));
      return labelledField(t(lang, 'setup.moduleMinutes', { module: localise(m.title, lang) }), input);
    });
    out.push(
      el('fieldset', { className: 'setup__choices' }, [
        el('legend', { text: t(lang, 'setup.modulePlan') }),
        el('p', { className: 'field__hint', text: t(lang, 'setup.modulePlanHint') }),
        ...minutes,
        checkbox(t(lang, 'setup.moduleFeedback'), `${k}module-feedback`, d.moduleFeedback, (c) => (d.moduleFeedback = c)),
        el('p', { className: 'field__hint', text: t(lang, 'setup.moduleFeedbackHint') }),
      ]),
    );
  }
  // The message mode, only where the scenario supports more than one (DOMAIN.md §5: own words or building blocks).
  if (offer.messageModes.length > 1) {
    const hint: Record<MessageMode, MessageKey> = { blocks: 'setup.messagesBlocksHint', ownWords: 'setup.messagesOwnWordsHint', both: 'setup.messagesBothHint' };
    const chosen = offer.messageModes.includes(d.messages) ? d.messages : (offer.messageModes[0] as MessageMode);
    out.push(
      radios(
        t(lang, 'setup.messages'),
        `${k}messages`,
        chosen,
        offer.messageModes.map((m) => ({ value: m, label: t(lang, `own.mode.${m}`), hint: t(lang, hint[m]) })),
        (v) => (d.messages = v),
      ),
    );
  }
  return out;
}
