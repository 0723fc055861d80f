// The projector in the debrief, following the trainer: what the trainer opens — a criterion, a timeline event,
// a moment of the replay — fills the room's screen, large, with the board as it stood at that moment. It
// draws from the room's view alone (the focus the host made, host/room-focus.ts): the room's names, the
// room's timeline, the public picture at the moment. The board is the board module's, through its mount API.
import '../../styles/projector.css';
import type { RoomFocus } from '../../host/room-focus.js';
import type { ClientView } from '../../host/session-host.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { createBoardSlot, type BoardSlot, type LoadBoard } from '../components/board-slot.js';
import { named } from '../components/structure-status.js';
import { explanationText, resultMark } from '../debrief/criterion.js';
import { describeEntry, kindName } from '../debrief/event-text.js';
import { clockWithTime } from '../debrief/format.js';
import { el, uniqueId } from '../dom.js';
import { localise } from '../text.js';
import { valueText } from '../trainer/variables-panel.js';

type RoomView = Extract<ClientView, { for: 'room' }>;

/** Evidence the room reads from the back: the first few events in full; the rest are counted. */
const EVIDENCE_SHOWN = 4;

export interface FocusStage {
  /** Show what the room's view puts in front of the room (a room view with a focus). */
  update(room: RoomView, lang: Language): void;
  destroy(): void;
}

function criterionSubject(room: RoomView, index: number, lang: Language, titleId: string): HTMLElement[] {
  const { view, names } = room;
  const c = view.score.criteria[index];
  if (!c) return [];
  const info = view.catalogue.criteria.find((x) => x.id === c.criterion);
  const shownResult = (c.override?.rating as string | undefined) ?? c.result;
  const timeline = new Map(view.timeline.map((e) => [e.seq, e]));
  const evidence = c.evidence.flatMap((seq) => {
    const entry = timeline.get(seq);
    return entry ? [entry] : [];
  });
  const listed = evidence.slice(0, EVIDENCE_SHOWN);
  return [
    el('h2', { className: 'projector-focus__title', text: info ? `${c.criterion} — ${info.title[lang]}` : c.criterion, attrs: { id: titleId } }),
    el('p', { className: `projector-focus__result projector-focus__result--${shownResult}` }, [resultMark(shownResult), el('strong', { text: ` ${tDynamic(lang, `result.${shownResult}`)}` })]),
    ...(info ? [el('p', { className: 'projector-focus__measure', text: info.measure[lang] })] : []),
    el(
      'ul',
      { className: 'projector-focus__explanations' },
      c.explanations.map((x) => el('li', { text: explanationText(x.code, x.params, lang) })),
    ),
    ...(listed.length > 0
      ? [
          el('h3', { className: 'projector-focus__subtitle', text: t(lang, 'room.focus.evidence') }),
          el(
            'ul',
            { className: 'projector-focus__evidence' },
            listed.map((e) => el('li', { text: `${clockWithTime(view.scenario.startsAt, e.minute)} · ${describeEntry(names, e, lang, view)}` })),
          ),
          ...(evidence.length > listed.length ? [el('p', { className: 'projector-focus__more', text: t(lang, 'room.focus.moreEvidence', { count: evidence.length - listed.length }) })] : []),
        ]
      : []),
  ];
}

function eventSubject(room: RoomView, seq: number, lang: Language, titleId: string): HTMLElement[] {
  const { view, names } = room;
  const entry = view.timeline.find((e) => e.seq === seq);
  if (!entry) return [];
  return [
    el('h2', {
      className: 'projector-focus__title',
      text: t(lang, 'room.focus.event', { seq, clock: clockWithTime(view.scenario.startsAt, entry.minute), kind: kindName(entry.kind, lang) }),
      attrs: { id: titleId },
    }),
    el('p', { className: 'projector-focus__event', text: describeEntry(names, entry, lang, view) }),
  ];
}

function momentTitle(room: RoomView, focus: RoomFocus, lang: Language): string {
  const m = focus.moment;
  if (!m) return '';
  const clock = clockWithTime(room.view.scenario.startsAt, m.minute);
  return focus.target.kind === 'step' ? t(lang, 'room.focus.momentStep', { step: m.step, total: m.total, clock, round: m.round }) : t(lang, 'room.focus.moment', { clock, round: m.round });
}

/** The indicators and active teams at the moment, in words beside the board. */
function momentFacts(focus: RoomFocus, lang: Language): HTMLElement[] {
  const m = focus.moment;
  if (!m) return [];
  const teams = m.picture.structure.activeTeams.map((x) => named('team', x.team, lang)).join(', ');
  return [
    el('dl', { className: 'projector-focus__facts' }, [
      ...m.picture.indicators.flatMap((i) => [el('dt', { text: localise(i.name, lang) }), el('dd', { text: valueText(i, lang) })]),
      ...(teams ? [el('dt', { text: t(lang, 'room.focus.teams') }), el('dd', { text: teams })] : []),
    ]),
  ];
}

export function createFocusStage(root: HTMLElement, load: LoadBoard): FocusStage {
  const base = uniqueId('projector-focus');
  const title = el('h1', { className: 'projector__title' });
  const label = el('p', { className: 'projector__phase' });
  const subjectTitleId = `${base}-subject`;
  const momentTitleId = `${base}-moment`;
  const subject = el('section', { className: 'projector-focus__subject', attrs: { 'aria-labelledby': subjectTitleId, 'aria-live': 'polite' } });
  const momentHeading = el('h2', { className: 'projector-focus__title', attrs: { id: momentTitleId } });
  const boardMount = el('div', { className: 'projector-board projector-focus__board', attrs: { 'data-board-mount': '' } });
  const facts = el('div', { className: 'projector-focus__facts-wrap' });
  const moment = el('section', { className: 'projector-focus__moment', attrs: { 'aria-labelledby': momentTitleId } }, [momentHeading, boardMount, facts]);
  const grid = el('div', { className: 'projector-focus__grid' }, [subject, moment]);
  const stage = el('div', { className: 'projector-stage projector-stage--focus' }, [
    el('div', { className: 'projector projector--focus' }, [el('div', { className: 'projector__header' }, [title, label]), grid]),
  ]);
  root.replaceChildren(stage);
  let board: BoardSlot | null = null;
  let boardLang: Language | null = null;

  /** On a 16:9 screen the stage fills the window below where it starts and never scrolls (projector.css). */
  function fit(): void {
    const top = stage.getBoundingClientRect().top + window.scrollY;
    stage.style.setProperty('--projector-top', `${Math.max(0, Math.round(top))}px`);
  }
  window.addEventListener('resize', fit);

  return {
    update(room, lang) {
      const focus = room.focus;
      if (!focus) return;
      stage.setAttribute('lang', lang);
      title.textContent = t(lang, 'debrief.title', { scenario: localise(room.view.scenario.title, lang) });
      label.textContent = t(lang, 'room.focus.label');
      const target = focus.target;
      const said = target.kind === 'criterion' ? criterionSubject(room, target.index, lang, subjectTitleId) : target.kind === 'event' ? eventSubject(room, target.seq, lang, subjectTitleId) : [];
      subject.replaceChildren(...said);
      subject.hidden = said.length === 0;
      grid.classList.toggle('projector-focus__grid--moment-only', said.length === 0);
      grid.classList.toggle('projector-focus__grid--subject-only', focus.moment === null);
      moment.hidden = focus.moment === null;
      if (focus.moment) {
        momentHeading.textContent = momentTitle(room, focus, lang);
        facts.replaceChildren(...momentFacts(focus, lang));
        board ??= createBoardSlot(boardMount, { lang, load, projector: true, headingLevel: 3 });
        if (boardLang !== null && boardLang !== lang) board.setLanguage(lang);
        boardLang = lang;
        board.show(focus.moment.picture);
      }
      fit();
    },
    destroy() {
      window.removeEventListener('resize', fit);
      board?.destroy();
      board = null;
      root.replaceChildren();
    },
  };
}
