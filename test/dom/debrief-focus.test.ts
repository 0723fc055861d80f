// The projector in the debrief follows the trainer: the criterion, timeline event or replay step the trainer
// opens in the debrief goes through the session host to the projector window, which shows it large with the
// board as it stood at that moment — the board drawn from the state replayed to that step, never the latest.
import { fireEvent, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Board, BoardOptions } from '../../src/board/mount.js';
import type { ExerciseState } from '../../src/engine/index.js';
import { tDynamic } from '../../src/i18n/index.js';
import { replay } from '../../src/engine/session/replay.js';
import { commonView } from '../../src/engine/views/common.js';
import { joinOverBroadcast, serveOverBroadcast } from '../../src/host/broadcast.js';
import type { MomentPicture } from '../../src/host/room-focus.js';
import type { ClientView } from '../../src/host/session-host.js';
import { SessionHost } from '../../src/host/session-host.js';
import type { LoadBoard } from '../../src/ui/components/board-slot.js';
import { renderDebrief } from '../../src/ui/debrief/index.js';
import { mountProjectorWindow, type ProjectorWindow } from '../../src/ui/session/projector-window.js';
import { must, played, TRAINER } from './debrief-support.js';
import { memoryChannels } from './session-fixtures.js';

afterEach(() => document.body.replaceChildren());

const TRAINER_CLIENT = { kind: 'trainer' } as const;

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A board that keeps what it was asked to draw (Phaser does not load in jsdom). */
function recordingBoard() {
  const shown: MomentPicture[] = [];
  const load: LoadBoard = async () => ({
    async mountBoard(target: HTMLElement, _options: BoardOptions): Promise<Board> {
      target.append(Object.assign(document.createElement('p'), { textContent: 'map' }));
      return { update: (view) => void shown.push(view as MomentPicture), setLanguage: () => undefined, destroy: () => undefined };
    },
  });
  return { load, shown };
}

function debriefOf(): { scenario: ReturnType<typeof played>['scenario']; state: ExerciseState } {
  const { scenario, state } = played('intro-market-square', '11', 'random');
  const stopped = state.phase === 'hotwash' || state.phase === 'debrief' ? state : must(scenario, state, { type: 'end', actor: TRAINER });
  return { scenario, state: stopped.phase === 'debrief' ? stopped : must(scenario, stopped, { type: 'openDebrief', actor: TRAINER }) };
}

/** The trainer's window (hosting, with the debrief) and a projector window joined over the channel. */
async function room() {
  const { scenario, state } = debriefOf();
  const host = new SessionHost(scenario, state);
  const channels = memoryChannels();
  serveOverBroadcast(host, 's1', channels);
  const trainerRoot = document.createElement('div');
  const projectorRoot = document.createElement('div');
  document.body.replaceChildren(trainerRoot, projectorRoot);
  const board = recordingBoard();
  let projector: ProjectorWindow | null = null;
  joinOverBroadcast(
    's1',
    'projector',
    { kind: 'projector' },
    {
      onViews: (views: readonly ClientView[]) => {
        if (projector) projector.update(views, 'nl');
        else projector = mountProjectorWindow(projectorRoot, views, 'nl', board.load);
      },
      onConnection: () => undefined,
    },
    { channels },
  );
  renderDebrief(trainerRoot, {
    scenario,
    state,
    audience: 'trainer',
    lang: 'nl',
    send: (command) => host.submit(TRAINER_CLIENT, command),
    onFocus: (focus) => host.setFocus(TRAINER_CLIENT, focus),
  });
  await settle();
  await settle();
  return { scenario, state, host, trainer: within(trainerRoot), trainerRoot, projectorRoot, projector: within(projectorRoot), board, language: (lang: 'nl' | 'en') => projector?.update([host.viewFor({ kind: 'projector' })], lang) };
}

async function flush(): Promise<void> {
  for (let i = 0; i < 4; i++) await settle();
}

// Each test renders a whole debrief twice (trainer and projector) in jsdom: seconds on a quiet machine, past a
// minute on a 2-core machine at load 20, where the default limit failed a clean-clone run.
describe('the projector follows the trainer in the debrief', { timeout: 180_000 }, () => {
  it('shows the criterion the trainer puts in front of the room, large, in place of the whole debrief, and goes back to it', async () => {
    const r = await room();
    const view = r.host.roomView()?.view;
    const first = view?.score.criteria[0];
    if (!first) throw new Error('no criterion');
    // Before: the projector shows the room's debrief as a whole.
    expect(r.projectorRoot.querySelector<HTMLElement>('.projector-window__focus')?.hidden).toBe(true);
    expect(r.trainer.getByText('De zaal ziet de nabespreking als geheel.')).toBeTruthy();

    fireEvent.click(r.trainer.getByRole('button', { name: `Toon ${first.criterion} in de zaal` }));
    await flush();
    const stage = r.projectorRoot.querySelector<HTMLElement>('.projector-window__focus');
    expect(stage?.hidden).toBe(false);
    expect(r.projectorRoot.querySelector<HTMLElement>('.projector-window__debrief')?.hidden).toBe(true);
    const title = r.projector.getByRole('heading', { level: 2, name: new RegExp(`^${first.criterion} — `) });
    expect(title).toBeTruthy();
    // Its result in words, and the explanations the engine gave.
    const subject = title.closest('section') as HTMLElement;
    expect(subject.textContent).toContain(tDynamic('nl', `result.${first.override?.rating ?? first.result}`));
    expect(within(subject).getAllByRole('listitem').length).toBeGreaterThan(0);
    // The trainer's button says it is on the projector; the bar says what the room sees.
    const pressed = r.trainer.getByRole('button', { name: `${first.criterion} staat op de projector` });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect(r.trainer.getByText(`De zaal ziet: ${first.criterion}.`)).toBeTruthy();

    fireEvent.click(r.trainer.getByRole('button', { name: 'Zaal: nabespreking als geheel tonen' }));
    await flush();
    expect(stage?.hidden).toBe(true);
    expect(r.projectorRoot.querySelector<HTMLElement>('.projector-window__debrief')?.hidden).toBe(false);
  });

  it('shows a timeline event the trainer opens with the board as it stood at that moment, not the latest', async () => {
    const r = await room();
    const timeline = r.host.roomView()?.view.timeline ?? [];
    // An event early in the session the room saw: the board then differs from the board at the end.
    const event = timeline.find((e) => e.kind === 'injectDelivered' && e.round === 1) ?? timeline[1];
    if (!event) throw new Error('no event');
    fireEvent.click(r.trainer.getByRole('button', { name: `Toon gebeurtenis #${event.seq} in de zaal` }));
    await flush();
    expect(r.projector.getByRole('heading', { level: 2, name: new RegExp(`^Gebeurtenis #${event.seq} · `) })).toBeTruthy();
    expect(r.projector.getByRole('heading', { level: 2, name: /^Het beeld om .* \(ronde \d+\)$/ })).toBeTruthy();

    // The board got the public picture after the command that caused the event, replayed from the log.
    const cause = r.state.events.at(event.seq)?.cause ?? -1;
    const then = replay(r.scenario, { scenarioHash: r.state.scenarioHash, seed: r.state.seed, settings: r.state.settings, log: r.state.log }, cause + 1);
    const drawn = r.board.shown.at(-1);
    expect(drawn?.board).toEqual(commonView(r.scenario, then, { kind: 'public' }).board);
    expect(drawn?.version).toBe(commonView(r.scenario, then, { kind: 'public' }).version);
    expect(drawn?.version).not.toBe(commonView(r.scenario, r.state, { kind: 'public' }).version);
  });

  it('follows an evidence link and the replay scrubber when the trainer lets it, and not when the trainer switches following off', async () => {
    const r = await room();
    // The scrubber: the room sees the board at the step shown.
    fireEvent.click(r.trainer.getByRole('button', { name: 'Vorige stap' }));
    await flush();
    const total = r.state.log.length;
    expect(r.host.debriefFocus).toEqual({ kind: 'step', step: total - 1 });
    expect(r.projector.getByRole('heading', { level: 2, name: new RegExp(`^Het beeld na stap ${total - 1} van ${total}: `) })).toBeTruthy();

    // Following off: the scrubber is the trainer's own again.
    fireEvent.click(r.trainer.getByRole('checkbox', { name: /Projector volgt wat ik open/ }));
    fireEvent.click(r.trainer.getByRole('button', { name: 'Vorige stap' }));
    await flush();
    expect(r.host.debriefFocus).toEqual({ kind: 'step', step: total - 1 });

    // Following on: an evidence link opens its event for the room too.
    fireEvent.click(r.trainer.getByRole('checkbox', { name: /Projector volgt wat ik open/ }));
    fireEvent.click(r.trainer.getByRole('button', { name: 'Naar het einde' }));
    await flush();
    const link = r.trainerRoot.querySelector<HTMLAnchorElement>('a[data-event-link]');
    if (!link) throw new Error('no evidence link');
    fireEvent.click(link);
    await flush();
    expect(r.host.debriefFocus).toEqual({ kind: 'event', seq: Number(link.getAttribute('data-event-link')) });
  });

  it('speaks the language the projector is set to', async () => {
    const r = await room();
    const first = r.host.roomView()?.view.score.criteria[0];
    fireEvent.click(r.trainer.getByRole('button', { name: `Toon ${first?.criterion} in de zaal` }));
    await flush();
    expect(r.projector.getByText('Nu besproken')).toBeTruthy();
    r.language('en');
    expect(r.projector.getByText('Now discussing')).toBeTruthy();
    expect(r.projector.getByRole('heading', { level: 1, name: /^Debrief: / })).toBeTruthy();
  });
});

describe('the host decides what the room may be shown', () => {
  it('takes a focus only from the trainer, only in the debrief, only of what the session has', () => {
    const { scenario, state } = debriefOf();
    const host = new SessionHost(scenario, state);
    expect(host.setFocus({ kind: 'projector' }, { kind: 'criterion', index: 0 })).toMatchObject({ ok: false, refusal: { code: 'client-may-not-act-as' } });
    expect(host.setFocus(TRAINER_CLIENT, { kind: 'criterion', index: 9999 })).toMatchObject({ ok: false, refusal: { code: 'focus-unknown-criterion' } });
    expect(host.setFocus(TRAINER_CLIENT, { kind: 'step', step: state.log.length + 1 })).toMatchObject({ ok: false, refusal: { code: 'focus-unknown-step' } });
    expect(host.setFocus(TRAINER_CLIENT, { kind: 'event', seq: state.events.length })).toMatchObject({ ok: false, refusal: { code: 'focus-unknown-event' } });
    const version = host.version;
    expect(host.setFocus(TRAINER_CLIENT, { kind: 'step', step: 0 }).ok).toBe(true);
    expect(host.version).toBe(version + 1);
    // Not part of the exercise: the state is the same object, the log as long as it was.
    expect(host.state).toBe(state);

    const playing = new SessionHost(scenario, must(scenario, must(scenario, createdFrom(state), { type: 'start', actor: TRAINER }), { type: 'beginRounds', actor: TRAINER }));
    expect(playing.setFocus(TRAINER_CLIENT, null)).toMatchObject({ ok: false, refusal: { code: 'focus-not-in-debrief' } });
  });

  it('shows the room an event it never saw only as its moment: the event’s text stays the trainer’s', () => {
    const { scenario, state } = debriefOf();
    const host = new SessionHost(scenario, state);
    const roomSeqs = new Set(host.roomView()?.view.timeline.map((e) => e.seq));
    const hidden = Array.from({ length: state.events.length }, (_, i) => state.events.at(i)).find((e) => e !== undefined && !roomSeqs.has(e.seq) && e.cause >= 0);
    if (!hidden) throw new Error('every event is public in this session');
    expect(host.setFocus(TRAINER_CLIENT, { kind: 'event', seq: hidden.seq }).ok).toBe(true);
    const focus = host.roomView()?.focus;
    expect(focus?.target).toEqual({ kind: 'step', step: hidden.cause + 1 });
    expect(JSON.stringify(focus)).not.toContain(`"seq":${hidden.seq}`);
  });
});


/** A fresh session with the same scenario, seed and settings as `state`. */
function createdFrom(state: ExerciseState): ExerciseState {
  return replay(debriefOf().scenario, { scenarioHash: state.scenarioHash, seed: state.seed, settings: state.settings, log: state.log }, 0);
}


