// The debrief, loaded lazily once an exercise ends: ratings per objective and theme from the evidence,
// the timeline the evidence points into, the communication analysis, a replay scrubber with "fork from
// here", observations, overrides, and the exports. It renders a debrief view of the state at the step
// shown and sends commands; it never changes state itself. The room's version (for the projector)
// carries no trainer notes, attempts, observations, overrides or exports. The windows of the room hold
// no state at all: renderRoomDebrief draws the room's view the host sends them, following the latest.
// The debrief reads session files (zod schemas): Zod must be jitless before any schema is built (CSP).
import '../../zod-setup.js';
import '../../styles/debrief.css';
import '../../styles/print.css';
import type { Scenario } from '../../engine/scenario/schema.js';
import { fork, makeBundle, type EditedPart, type SessionBundle } from '../../engine/session/bundle.js';
import { replay } from '../../engine/session/replay.js';
import type { Command, ExerciseState } from '../../engine/session/types.js';
import { debriefView, type DebriefView } from '../../engine/views/debrief-view.js';
import type { DebriefNames } from '../../host/room-names.js';
import type { DebriefFocus } from '../../host/room-focus.js';
import type { LoadBoard } from '../components/board-slot.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { downloadText } from '../../storage/download.js';
import { el, uniqueId } from '../dom.js';
import { renderAar, type ImprovementPlan } from '../exports/aar.js';
import { defaultExportPrefs, renderExportsPanel, swapFor, type PrintDocument } from '../exports/panel.js';
import { renderRoleCards } from '../exports/role-cards.js';
import { localise } from '../text.js';
import { hasDiscussionReport, renderDiscussionReport } from '../discussion/report.js';
import { renderCommunication } from './communication.js';
import { headingTag, idsFor, type Audience, type DebriefContext, type RoomControl } from './context.js';
import { EVENT_LINK } from './evidence.js';
import { groupOf, TIMELINE_GROUPS, type TimelineGroup } from './event-text.js';
import { clockWithTime } from './format.js';
import { renderObjectives, renderThemes } from './objectives.js';
import { renderObservations } from './observations.js';
import { redraw } from './preserve.js';
import { createScrubber } from './scrubber.js';
import { renderTimeline } from './timeline.js';

export interface DebriefProps {
  readonly scenario: Scenario;
  readonly state: ExerciseState;
  readonly audience: Audience;
  readonly lang: Language;
  /** Where commands go. A returned refusal ({ ok: false, refusal }), also as a promise, is shown. */
  readonly send: (command: Command) => unknown;
  /** Trainer only: receives the bundle of a new branch made with "fork from here". */
  readonly onFork?: (bundle: SessionBundle) => void;
  /** The level of the screen's title: 1 when the debrief is the page (the default). */
  readonly headingLevel?: 1 | 2;
  /** How an export leaves the browser; a download by default. */
  readonly download?: (fileName: string, text: string, mime: string) => void;
  /** Today's date for the report; the wall clock by default. */
  readonly today?: () => Date;
  /**
   * The trainer's debrief of a session with a room (projector, tables): puts a criterion, an event or a moment
   * of the replay in front of the room (null: the debrief as a whole). A returned refusal is shown.
   */
  readonly onFocus?: (focus: DebriefFocus | null) => unknown;
  /** What the room is shown already (after a reload of the trainer's window). */
  readonly roomFocus?: DebriefFocus | null;
  /** The board's code: the replay then draws the board at the step shown. */
  readonly board?: LoadBoard;
}

export interface DebriefScreen {
  update(state: ExerciseState, lang: Language): void;
  destroy(): void;
}

export interface RoomDebriefProps {
  /** The room's debrief view (audience 'room'), as the host sends it. */
  readonly view: DebriefView;
  readonly names: DebriefNames;
  readonly lang: Language;
  readonly headingLevel?: 1 | 2;
}

export interface RoomDebriefScreen {
  update(view: DebriefView, names: DebriefNames, lang: Language): void;
  destroy(): void;
}

/** What the screen draws from: the whole state (replayable, for the trainer) or the room's latest view. */
type Source =
  | { readonly kind: 'state'; readonly scenario: Scenario; state: ExerciseState }
  | { readonly kind: 'view'; view: DebriefView; names: DebriefNames };

type Refusal = { readonly code: string; readonly params: Readonly<Record<string, string | number>> };

function refusalOf(result: unknown): Refusal | null {
  if (typeof result !== 'object' || result === null || (result as { ok?: unknown }).ok !== false) return null;
  const refusal = (result as { refusal?: unknown }).refusal;
  if (typeof refusal !== 'object' || refusal === null || typeof (refusal as { code?: unknown }).code !== 'string') return null;
  return refusal as Refusal;
}

/**
 * The state after a step, only when someone scrubs: replayed from the nearest snapshot the engine kept
 * (one every SNAPSHOT_EVERY commands of the session), so a jump anywhere in a long exercise replays at most
 * that many commands. The last step asked is remembered, for the screen's repeated reads of it.
 */
function stepsOf(scenario: Scenario) {
  let cached: { log: ExerciseState['log']; step: number; state: ExerciseState } | null = null;
  return (state: ExerciseState, step: number): ExerciseState => {
    if (step >= state.log.length) return state;
    if (cached === null || cached.log !== state.log || cached.step !== step) {
      // replay() carries the refused attempts made up to this step, as the scrubber shows them.
      const at = replay(scenario, { scenarioHash: state.scenarioHash, seed: state.seed, settings: state.settings, log: state.log, attempts: state.attempts }, step);
      cached = { log: state.log, step, state: at };
    }
    return cached.state;
  };
}

export function renderDebrief(root: HTMLElement, props: DebriefProps): DebriefScreen {
  const source: Source = { kind: 'state', scenario: props.scenario, state: props.state };
  const screen = debriefScreen(root, source, props);
  return {
    update(state, nextLang) {
      source.state = state;
      screen.update(nextLang);
    },
    destroy: screen.destroy,
  };
}

/** The room's debrief from the room's view alone: no replay (the room follows the latest state), no trainer material. */
export function renderRoomDebrief(root: HTMLElement, props: RoomDebriefProps): RoomDebriefScreen {
  const source: Source = { kind: 'view', view: props.view, names: props.names };
  const screen = debriefScreen(root, source, { audience: 'room', lang: props.lang, send: () => undefined, ...(props.headingLevel ? { headingLevel: props.headingLevel } : {}) });
  return {
    update(view, names, nextLang) {
      source.view = view;
      source.names = names;
      screen.update(nextLang);
    },
    destroy: screen.destroy,
  };
}

type ScreenOptions = Omit<DebriefProps, 'scenario' | 'state'>;

function debriefScreen(root: HTMLElement, source: Source, props: ScreenOptions): { update(lang: Language): void; destroy(): void } {
  const { audience } = props;
  const level = props.headingLevel ?? 1;
  const ids = idsFor(uniqueId('debrief'));
  const stateAt = source.kind === 'state' ? stepsOf(source.scenario) : null;
  const download = props.download ?? downloadText;
  const today = props.today ?? (() => new Date());

  let lang = props.lang;
  /** The step shown, or null to follow the latest state. */
  let step: number | null = null;
  let highlighted: number | null = null;
  let documentShown: PrintDocument | null = null;
  const shown = new Set<TimelineGroup>(TIMELINE_GROUPS.filter((g) => g !== 'other'));
  const prefs = defaultExportPrefs();
  const plan: ImprovementPlan = new Map();

  const title = el(headingTag(level), { className: 'debrief__title' });
  const meta = el('p', { className: 'debrief__meta' });
  const ending = el('div', { className: 'debrief__ending' });
  const nav = el('nav', { className: 'debrief__nav no-print' });
  const status = el('p', { className: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' } });
  const alert = el('p', { className: 'debrief__alert', attrs: { role: 'alert' } });
  const header = el('header', { className: 'debrief__header' }, [title, meta, ending, nav]);
  const scrubber = createScrubber({
    ids,
    level: level + 1,
    onStep: (next) => {
      if (source.kind !== 'state') return;
      step = next >= source.state.log.length ? null : next;
      render();
      // The room replays along with the trainer: the projector draws the board at the step shown.
      if (following()) showInRoom({ kind: 'step', step: Math.min(next, source.state.log.length) }, false);
    },
    onFork: audience === 'trainer' && props.onFork ? forkAt : null,
    ...(props.board ? { board: props.board } : {}),
  });
  // What the room is shown (trainer only, when the session has a room): a switch for following, the state in words.
  let roomShown: DebriefFocus | null = props.roomFocus ?? null;
  const roomIds = { follow: ids.section('room-follow'), clear: ids.section('room-clear'), title: ids.section('room-title') };
  const followBox = el('input', { attrs: { type: 'checkbox', id: roomIds.follow, checked: '' } });
  followBox.checked = true;
  const followLabel = el('label', { attrs: { for: roomIds.follow } });
  const roomTitle = el(headingTag(level + 1), { className: 'debrief-room__title', attrs: { id: roomIds.title } });
  const roomState = el('p', { className: 'debrief-room__state' });
  const roomClear = el('button', { className: 'button', attrs: { type: 'button', id: roomIds.clear } });
  roomClear.addEventListener('click', () => showInRoom(null));
  const roomBar = el('section', { className: 'debrief-room no-print', attrs: { 'aria-labelledby': roomIds.title } }, [
    roomTitle,
    el('div', { className: 'check' }, [followBox, followLabel]),
    roomState,
    roomClear,
  ]);
  const hasRoom = audience === 'trainer' && props.onFocus !== undefined;
  roomBar.hidden = !hasRoom;
  const following = () => hasRoom && followBox.checked;
  const content = el('div', { className: 'debrief__content' });
  const documentArea = el('div', { className: 'debrief__document' });
  // The room's windows follow the latest state: the replay is the trainer's.
  const replayable = source.kind === 'state' ? [scrubber.element] : [];
  const wrapper = el('div', { className: `debrief debrief--${audience}` }, [header, status, alert, ...(hasRoom ? [roomBar] : []), ...replayable, content, documentArea]);
  root.replaceChildren(wrapper);

  function announce(text: string): void {
    alert.textContent = '';
    status.textContent = '';
    // A new text node each time, so a repeated message is announced again.
    status.append(document.createTextNode(text));
  }

  function warn(text: string): void {
    alert.textContent = text;
  }

  function forkAt(at: number): void {
    if (source.kind !== 'state') return;
    const { scenario, state } = source;
    const bundle = fork(scenario, makeBundle(scenario, state), at);
    props.onFork?.(bundle);
    announce(t(lang, 'debrief.replay.forked', { step: at }));
  }

  /** Put `focus` in front of the room through the host; the buttons say what the room sees once the host took it. */
  function showInRoom(focus: DebriefFocus | null, redraw = true): void {
    if (!hasRoom || !props.onFocus) return;
    const settle = (result: unknown) => {
      const refusal = refusalOf(result);
      if (refusal) {
        warn(tDynamic(lang, `refusal.${refusal.code}`, refusal.params));
        return;
      }
      roomShown = focus;
      if (redraw) {
        render();
        announce(t(lang, 'debrief.room.sent'));
      } else renderRoomBar();
    };
    const result = props.onFocus(focus);
    if (typeof (result as { then?: unknown } | null)?.then === 'function') {
      (result as Promise<unknown>).then(settle, () => warn(t(lang, 'debrief.sendFailed')));
    } else settle(result);
  }

  function renderRoomBar(): void {
    if (!hasRoom) return;
    roomTitle.textContent = t(lang, 'debrief.room.title');
    followLabel.textContent = t(lang, 'debrief.room.follow');
    roomClear.textContent = t(lang, 'debrief.room.clear');
    roomClear.disabled = roomShown === null;
    roomState.textContent = roomText(roomShown);
  }

  function roomText(focus: DebriefFocus | null): string {
    if (focus === null || source.kind !== 'state') return t(lang, 'debrief.room.seesWhole');
    const { state } = source;
    switch (focus.kind) {
      case 'criterion': {
        const c = debriefView(source.scenario, state, audience).score.criteria[focus.index];
        return t(lang, 'debrief.room.seesCriterion', { criterion: c?.criterion ?? String(focus.index) });
      }
      case 'event': {
        const e = state.events.at(focus.seq);
        return t(lang, 'debrief.room.seesEvent', { seq: focus.seq, clock: e ? clockWithTime(source.scenario.setting.startsAt, e.minute) : '' });
      }
      case 'step':
        return t(lang, 'debrief.room.seesStep', { step: focus.step, total: state.log.length });
    }
  }

  function submit(command: Command, done: string, onAccepted?: () => void): void {
    const settle = (result: unknown) => {
      const refusal = refusalOf(result);
      if (refusal) {
        warn(tDynamic(lang, `refusal.${refusal.code}`, refusal.params));
        return;
      }
      onAccepted?.();
      announce(done);
    };
    const result = props.send(command);
    if (typeof (result as { then?: unknown } | null)?.then === 'function') {
      (result as Promise<unknown>).then(settle, () => warn(t(lang, 'debrief.sendFailed')));
    } else settle(result);
  }

  function focusEvent(seq: number): void {
    const kind = source.kind === 'state' ? source.state.events.at(seq)?.kind : source.view.timeline.find((e) => e.seq === seq)?.kind;
    if (kind !== undefined) shown.add(groupOf(kind));
    highlighted = seq;
    render();
    const target = wrapper.querySelector<HTMLElement>(`[id="${ids.event(seq)}"]`);
    if (!target) return;
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
    target.focus();
    // Following evidence to its event opens it for the room too.
    if (following()) showInRoom({ kind: 'event', seq });
  }

  function openDocument(which: PrintDocument | null): void {
    const from = documentShown;
    documentShown = which;
    render();
    if (which) wrapper.querySelector<HTMLElement>(`[id="${ids.section(`document-${which}`)}-title"]`)?.focus();
    else if (from) wrapper.querySelector<HTMLElement>(`[id="${ids.section('exports')}-${from === 'aar' ? 'aar' : 'cards'}"]`)?.focus();
  }

  wrapper.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a') : null;
    if (!target) return;
    const seq = target.getAttribute(EVENT_LINK);
    if (seq !== null) {
      event.preventDefault();
      focusEvent(Number(seq));
      return;
    }
    // Every in-page link is followed here: the app keeps its routes in location.hash, so letting the
    // browser follow "#…" would leave the screen.
    const href = target.getAttribute('href');
    if (href === null || !href.startsWith('#')) return;
    event.preventDefault();
    const destination = wrapper.querySelector<HTMLElement>(`[id="${href.slice(1)}"]`);
    if (!destination) return;
    if (!destination.hasAttribute('tabindex')) destination.setAttribute('tabindex', '-1');
    if (typeof destination.scrollIntoView === 'function') destination.scrollIntoView({ block: 'start' });
    destination.focus();
    // A criterion the trainer opens (from the themes' table) is the one the room sees.
    const criterion = destination.getAttribute('data-criterion-index');
    if (criterion !== null && following() && (source.kind !== 'state' || step === null)) showInRoom({ kind: 'criterion', index: Number(criterion) });
  });

  function renderHeader(ctx: DebriefContext): void {
    // The header speaks of the session as it stands now, whatever step the scrubber shows.
    const now = source.kind === 'view' || ctx.latest ? ctx.view : debriefView(source.scenario, source.state, audience);
    title.textContent = t(lang, 'debrief.title', { scenario: localise(now.scenario.title, lang) });
    const played = t(lang, 'debrief.meta.played', { clock: clockWithTime(ctx.view.scenario.startsAt, now.minute), round: now.round });
    meta.textContent =
      audience === 'trainer' && source.kind === 'state' ? `${played} · ${t(lang, 'debrief.meta.seed', { seed: now.seed, commands: source.state.log.length })}` : played;
    const end = now.ending;
    ending.replaceChildren(
      ...(end
        ? [el('p', { className: 'debrief__ending-title' }, [el('strong', { text: t(lang, 'debrief.ending', { ending: localise(end.title, lang) }) })]), el('p', { text: localise(end.debrief, lang) })]
        : []),
    );
    const sections = [
      ...(source.kind === 'state' ? (['replay'] as const) : []),
      'objectives',
      'themes',
      'timeline',
      'communication',
      ...(hasDiscussionReport(now) ? (['discussion'] as const) : []),
      ...(audience === 'trainer' ? (['observations', 'exports'] as const) : []),
    ] as const;
    nav.setAttribute('aria-label', t(lang, 'debrief.nav'));
    nav.replaceChildren(
      el('ul', { className: 'inline-list' }, sections.map((s) => el('li', {}, [el('a', { text: t(lang, `debrief.nav.${s}`), attrs: { href: `#${ids.section(s)}` } })]))),
    );
    nav.hidden = documentShown !== null;
  }

  /** The session file compared with, when the trainer chose to use it although it was edited: the report says so. */
  function comparedWith(): { file: string; edited: readonly EditedPart[] } | null {
    const imported = prefs.imported;
    return imported && imported.outcome.ok ? { file: imported.fileName, edited: imported.outcome.edited } : null;
  }

  function renderDocument(): readonly Node[] {
    if (documentShown === null || source.kind !== 'state') return [];
    const { scenario, state: current } = source;
    const swap = swapFor(scenario, current, lang, prefs);
    const id = ids.section(`document-${documentShown}`);
    const back = el('button', { className: 'button', text: t(lang, 'debrief.document.back'), attrs: { type: 'button', id: `${id}-back` } });
    back.addEventListener('click', () => openDocument(null));
    const print = el('button', { className: 'button button--primary', text: t(lang, 'debrief.document.print'), attrs: { type: 'button', id: `${id}-print` } });
    print.addEventListener('click', () => window.print());
    const doc =
      documentShown === 'aar'
        ? renderAar({ scenario, state: current, lang, swap, plan, level: level + 1, id, today: today(), comparedWith: comparedWith() })
        : renderRoleCards({ scenario, state: current, lang, swap, level: level + 1, id });
    return [
      el('div', { className: 'document-toolbar no-print' }, [
        back,
        print,
        el('p', { className: 'document-toolbar__hint', text: t(lang, prefs.anonymise ? 'debrief.document.anonymised' : 'debrief.document.named') }),
      ]),
      doc,
    ];
  }

  /** The view at the step shown, and the state it comes from when the log can be replayed. */
  function atStep(): { view: DebriefView; names: DebriefNames; replay: { state: ExerciseState; at: number; total: number } | null; latest: boolean } {
    if (source.kind === 'view') return { view: source.view, names: source.names, replay: null, latest: true };
    const current = source.state;
    const total = current.log.length;
    const at = step === null ? total : Math.min(step, total);
    let state: ExerciseState;
    try {
      state = stateAt ? stateAt(current, at) : current;
    } catch {
      step = null;
      warn(t(lang, 'debrief.replay.failed'));
      state = current;
    }
    const latest = state === current;
    return { view: debriefView(source.scenario, state, audience), names: source.scenario, replay: { state, at: latest ? total : at, total }, latest };
  }

  function render(): void {
    const { view, names, replay, latest } = atStep();
    const room: RoomControl | undefined = hasRoom ? { focus: roomShown, show: (focus) => showInRoom(focus) } : undefined;
    const ctx: DebriefContext = { scenario: names, view, lang, audience, latest, ids, submit, ...(room ? { room } : {}) };
    renderRoomBar();
    const causes = new Map(replay ? replay.state.events.map((e) => [e.seq, e.cause]) : []);
    renderHeader(ctx);
    if (replay) scrubber.render(ctx, replay.state, replay.at, replay.total);
    const reading = documentShown !== null;
    scrubber.element.hidden = reading || replay === null;
    content.hidden = reading;
    redraw(content, () => {
      if (reading) return [];
      const sectionLevel = level + 1;
      return [
        ...(latest || !replay ? [] : [el('p', { className: 'notice', text: t(lang, 'debrief.replay.notice', { step: replay.at, total: replay.total }) })]),
        renderObjectives(ctx, sectionLevel),
        renderThemes(ctx, sectionLevel),
        renderTimeline(ctx, sectionLevel, { shown, highlighted, toggle }, (seq) => causes.get(seq) ?? -1),
        renderCommunication(ctx, sectionLevel),
        ...(hasDiscussionReport(view) ? [renderDiscussionReport({ view, lang, level: sectionLevel, id: ids.section('discussion'), className: 'debrief__section' })] : []),
        ...(audience === 'trainer' ? [renderObservations(ctx, sectionLevel)] : []),
        ...(audience === 'trainer' && source.kind === 'state'
          ? [
              renderExportsPanel({
                scenario: source.scenario,
                state: source.state,
                lang,
                level: sectionLevel,
                id: ids.section('exports'),
                prefs,
                changed: render,
                openDocument,
                announce,
                download,
              }),
            ]
          : []),
      ];
    });
    redraw(documentArea, renderDocument);
  }

  function toggle(group: TimelineGroup, on: boolean): void {
    if (on) shown.add(group);
    else shown.delete(group);
    render();
  }

  render();

  return {
    update(nextLang) {
      lang = nextLang;
      if (source.kind === 'state' && step !== null && step >= source.state.log.length) step = null;
      render();
    },
    destroy() {
      scrubber.destroy();
      root.replaceChildren();
    },
  };
}
