// The trainer's classroom (#/classroom): how to join (for the projector), the groups side by side, every
// device with its seat and whether it is online, and the trainer console of the group the trainer opens.
// The page holds the trainer's token, which the host printed in the link; it is moved out of the address
// bar at once, so a projected screen or a shared history does not show it.
import '../../styles/classroom.css';
import type { Command, Refusal, TrainerView } from '../../engine/index.js';
import type { RoomSnapshot, TrainerRequestBody } from '../../host/protocol.js';
import type { DebriefFocus } from '../../host/room-focus.js';
import type { LinkState } from '../../host/websocket-client.js';
import { t, type Language } from '../../i18n/index.js';
import type { Screen, ScreenContext } from '../app/screen.js';
import { el, uniqueId } from '../dom.js';
import { refusalText } from '../session/refusal-text.js';
import { localise } from '../text.js';
import { playChoiceProblems, playChoiceRefusal } from '../../engine/session/play-choices.js';
import { morph } from '../trainer/morph.js';
import type { TrainerConsole } from '../trainer/trainer-console.js';
import { renderComparison } from './comparison.js';
import { localRoom } from './names.js';
import { renderDeviceList, type Place } from './device-list.js';
import type { GroupDebrief } from './group-debrief.js';
import { createChoices, emptyCreateDraft, renderCreateGroups, renderGroupList, type CreateDraft } from './group-list.js';
import { renderJoinPoster } from './join-poster.js';
import { feedbackUrl, renderFeedbackQr } from '../discussion/feedback-qr.js';
import { keepToken, openLink, readToken, renderLinkNotice, TRAINER_TOKEN_KEY } from './link.js';

function randomSeed(): string {
  const values = crypto.getRandomValues(new Uint32Array(1));
  return String((values[0] ?? 0) % 1_000_000);
}

function tokenForm(lang: Language, error: string | null, id: string, onToken: (token: string) => void): HTMLElement {
  const input = el('input', { attrs: { type: 'text', id, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-hint`, 'data-key': 'trainer-token' } });
  const form = el('form', { attrs: { novalidate: '' } }, [
    el('div', { className: 'field' }, [
      el('label', { className: 'field__label', text: t(lang, 'classroom.token.label'), attrs: { for: id } }),
      el('p', { className: 'field__hint', text: t(lang, 'classroom.token.hint'), attrs: { id: `${id}-hint` } }),
      input,
    ]),
    ...(error === null ? [] : [el('p', { className: 'refusal', text: error, attrs: { role: 'alert' } })]),
    el('button', { className: 'button button--primary', text: t(lang, 'classroom.token.submit'), attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A pasted link works as well as the token itself.
    const token = /[0-9a-f]{64}/.exec(input.value.trim().toLowerCase())?.[0];
    if (token) onToken(token);
  });
  return el('div', { className: 'classroom-token' }, [el('h1', { text: t(lang, 'classroom.room.title') }), el('p', { text: t(lang, 'classroom.token.intro') }), form]);
}

export async function mountClassroom(ctx: ScreenContext, fromAddress: string | null): Promise<Screen> {
  const storage = ctx.services.windowStorage;
  if (fromAddress !== null && /^[0-9a-f]{64}$/.test(fromAddress)) {
    keepToken(storage, TRAINER_TOKEN_KEY, fromAddress);
    history.replaceState(history.state, '', '#/classroom');
  }
  let lang = ctx.lang;
  let token = readToken(storage, TRAINER_TOKEN_KEY);
  let tokenError: string | null = null;
  let linkState: LinkState = 'idle';
  let room: RoomSnapshot | null = null;
  let watching: string | null = null;
  let consoleScreen: TrainerConsole | null = null;
  let consoleSession: string | null = null;
  let consoleView: TrainerView | null = null;
  /** Once the watched group's play is over: its whole session (for the debrief), and which of the two is shown. */
  let sessionBundle: unknown = null;
  let shownScreen: 'console' | 'debrief' = 'console';
  let groupDebrief: GroupDebrief | null = null;
  let debriefLoading = false;
  /** The line under the title: its words are made when drawn, so a language switch says it in the new language. */
  let notice: { text: () => string; kind: 'ok' | 'refused' } | null = null;
  const chosen = new Map<string, string>();
  const draft: CreateDraft = emptyCreateDraft(randomSeed());
  const ids = {
    token: uniqueId('trainer-token'),
    poster: uniqueId('poster'),
    groups: uniqueId('groups'),
    create: uniqueId('create'),
    devices: uniqueId('devices'),
    console: uniqueId('console'),
    compare: uniqueId('compare'),
    feedbackQr: uniqueId('feedback-qr'),
  };

  const linkSlot = el('div', { className: 'classroom-link-slot', attrs: { role: 'status' } });
  const live = el('div', { className: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  const page = el('div', { className: 'classroom-room' });
  const consoleSection = el('section', { className: 'classroom-console', attrs: { 'aria-labelledby': ids.console } });
  const consoleHead = el('div', { className: 'classroom-console__head' });
  const consoleRoot = el('div', { className: 'trainer-host' });
  const debriefRoot = el('div', { className: 'classroom-debrief' });
  debriefRoot.hidden = true;
  consoleSection.append(consoleHead, consoleRoot, debriefRoot);
  consoleSection.hidden = true;
  // A group's printed feedback link, shown in place of the room (Back and Print above it).
  const qrArea = el('div', { className: 'classroom-feedback-qr' });
  qrArea.hidden = true;
  let qrFor: string | null = null;
  ctx.main.replaceChildren(linkSlot, live, page, consoleSection, qrArea);

  let handle: ReturnType<typeof openLink> | null = null;

  const request = (body: TrainerRequestBody, done?: () => string) => {
    if (!handle) return;
    void handle.link.request(body).then((result) => {
      notice = result.ok ? (done ? { text: done, kind: 'ok' } : null) : { text: () => refusalText(lang, result.refusal), kind: 'refused' };
      draw();
    });
  };

  const actions = {
    admit: (device: string, place: Place) => request({ type: 'admit', device, session: place.session, seat: place.seat }),
    kick: (device: string) => request({ type: 'kick', device }),
    removeWaiting: () => request({ type: 'removeWaiting' }, () => t(lang, 'classroom.devices.removedWaiting')),
    open: (session: string) => {
      watching = watching === session ? null : session;
      closeConsole();
      request({ type: 'watch', session: watching });
      draw();
    },
    recover: (session: string) => request({ type: 'recover', session }),
    feedbackQr: (session: string) => {
      qrFor = session;
      drawQr();
      qrArea.querySelector<HTMLElement>('.print-doc [tabindex="-1"]')?.focus();
    },
  };

  /** The group's feedback link on the classroom host's network address, as the join poster shows it. */
  function drawQr(): void {
    const group = room ? localRoom(room, lang).groups.find((g) => g.id === qrFor) : undefined;
    page.hidden = qrFor !== null;
    consoleSection.hidden = qrFor !== null || watching === null;
    qrArea.hidden = qrFor === null || !group || !room;
    if (qrFor === null || !group || !room) return void qrArea.replaceChildren();
    const base = room.joinUrls[0]?.replace(/#.*$/, '') ?? `${location.origin}${location.pathname}`;
    const back = el('button', { className: 'button', text: t(lang, 'feedback.qr.back'), attrs: { type: 'button' } });
    const session = qrFor;
    back.addEventListener('click', () => {
      qrFor = null;
      drawQr();
      draw();
      page.querySelector<HTMLElement>(`[data-key="feedback-qr-${session}"]`)?.focus();
    });
    const print = el('button', { className: 'button button--primary', text: t(lang, 'print.print'), attrs: { type: 'button' } });
    print.addEventListener('click', () => window.print());
    qrArea.replaceChildren(
      el('div', { className: 'document-toolbar no-print' }, [back, print, el('p', { className: 'document-toolbar__hint', text: t(lang, 'print.hint') })]),
      renderFeedbackQr({ url: feedbackUrl(base, group.id, room.code), lang, level: 1, id: ids.feedbackQr, group: group.title, mode: 'classroom' }),
    );
  }

  function create(): void {
    const count = Number(draft.count);
    if (!Number.isInteger(count) || count < 1 || count > 20 || draft.seed.trim() === '') {
      notice = { text: () => t(lang, 'classroom.create.invalid'), kind: 'refused' };
      draw();
      return;
    }
    const scenario = room?.scenarios.find((s) => s.id === draft.scenario);
    const play = scenario ? createChoices(draft, scenario) : undefined;
    // The host checks the same rules (engine/session/play-choices.ts); asking first keeps what was typed and says which field.
    const problem = scenario && play ? playChoiceProblems(scenario, play)[0] : undefined;
    if (problem) {
      const refusal = playChoiceRefusal(problem);
      const params = problem.code === 'timer-invalid' ? refusal.params : { ...refusal.params, module: moduleTitle(problem.module) };
      notice = { text: () => refusalText(lang, { code: refusal.code, params }), kind: 'refused' };
      draw();
      return;
    }
    request({ type: 'createGroups', scenario: draft.scenario, seed: draft.seed.trim(), groups: count, lang, ...(play ? { play } : {}) }, () => t(lang, 'classroom.create.done', { count }));
  }

  function moduleTitle(id: string): string {
    const module = room?.scenarios.find((s) => s.id === draft.scenario)?.modules.find((m) => m.id === id);
    return module ? localise(module.title, lang) : id;
  }

  function closeConsole(): void {
    consoleScreen?.destroy();
    consoleScreen = null;
    consoleSession = null;
    consoleView = null;
    consoleRoot.replaceChildren();
    groupDebrief?.destroy();
    groupDebrief = null;
    sessionBundle = null;
    shownScreen = 'console';
    debriefRoot.replaceChildren();
  }

  /** Show the console or the group's debrief; the debrief's code is loaded the first time it is shown. */
  function showScreen(): void {
    const debrief = shownScreen === 'debrief' && sessionBundle !== null;
    consoleRoot.hidden = debrief;
    debriefRoot.hidden = !debrief;
    if (!debrief || sessionBundle === null) return;
    if (groupDebrief) return groupDebrief.show(sessionBundle, lang);
    if (debriefLoading) return;
    debriefLoading = true;
    const session = consoleSession;
    void import('./group-debrief.js').then(({ createGroupDebrief }) => {
      debriefLoading = false;
      if (groupDebrief || consoleSession !== session || sessionBundle === null) return;
      groupDebrief = createGroupDebrief(debriefRoot, { send: sendTo(session ?? ''), focus: focusIn(session ?? '') });
      groupDebrief.show(sessionBundle, lang);
    });
  }

  function sendTo(session: string) {
    return (command: Command) =>
      handle
        ? handle.link.sendCommand(session, command).then((result) => {
            if (!result.ok) {
              notice = { text: () => refusalText(lang, result.refusal), kind: 'refused' };
              draw();
            }
            return result;
          })
        : Promise.resolve({ ok: false as const, refusal: { code: 'host-unavailable', params: {} } });
  }

  /** The group's projector and tables follow what the trainer opens in the group's debrief. */
  function focusIn(session: string) {
    return (focus: DebriefFocus | null) =>
      handle ? handle.link.request({ type: 'focus', session, focus }) : Promise.resolve({ ok: false as const, refusal: { code: 'host-unavailable', params: {} } });
  }

  function choose(screen: 'console' | 'debrief'): void {
    shownScreen = screen;
    drawConsoleHead();
    showScreen();
    (screen === 'debrief' ? debriefRoot : consoleRoot).querySelector<HTMLElement>('h2, h3')?.focus();
  }

  function drawConsoleHead(): void {
    const group = room ? localRoom(room, lang).groups.find((g) => g.id === watching) : undefined;
    consoleSection.hidden = watching === null || qrFor !== null;
    if (!group) return consoleHead.replaceChildren();
    const close = el('button', { className: 'button', text: t(lang, 'classroom.console.close'), attrs: { type: 'button' } });
    close.addEventListener('click', () => actions.open(group.id));
    const switcher: Node[] = [];
    if (sessionBundle !== null) {
      const option = (screen: 'console' | 'debrief', label: 'room.screens.console' | 'room.screens.debrief') => {
        const b = el('button', { className: 'button', text: t(lang, label), attrs: { type: 'button', 'aria-pressed': String(shownScreen === screen), 'data-key': `screen-${screen}` } });
        b.addEventListener('click', () => choose(screen));
        return b;
      };
      switcher.push(
        el('div', { className: 'classroom-console__screens', attrs: { role: 'group', 'aria-label': t(lang, 'room.screens.label', { group: group.title }) } }, [
          option('console', 'room.screens.console'),
          option('debrief', 'room.screens.debrief'),
        ]),
      );
    }
    const title = shownScreen === 'debrief' && sessionBundle !== null ? t(lang, 'room.groupDebrief.title', { group: group.title }) : t(lang, 'classroom.console.title', { group: group.title });
    consoleHead.replaceChildren(el('h2', { text: title, attrs: { id: ids.console, tabindex: '-1' } }), ...switcher, close);
  }

  function draw(): void {
    ctx.setTitle(t(lang, 'classroom.room.title'));
    // Patched in place, not replaced: the overview changes several times a second while groups play, and
    // a replaced select would close under the trainer's pointer, a replaced button lose its click.
    const fresh = (children: readonly Node[]) => morph(page, el('div', { className: 'classroom-room' }, children));
    drawConsoleHead();
    if (token === null) return fresh([tokenForm(lang, tokenError, ids.token, connect)]);
    if (!room) return fresh([el('h1', { text: t(lang, 'classroom.room.title') }), el('p', { className: 'screen__loading', text: t(lang, 'classroom.link.connecting') })]);
    const current = localRoom(room, lang);
    fresh([
      el('h1', { text: t(lang, 'classroom.room.title') }),
      ...(notice ? [el('p', { className: notice.kind === 'ok' ? 'classroom-notice' : 'refusal', text: notice.text(), attrs: { role: notice.kind === 'ok' ? 'status' : 'alert' } })] : []),
      renderJoinPoster(current, lang, ids.poster),
      el('section', { className: 'classroom-section', attrs: { 'aria-labelledby': ids.groups } }, [
        el('h2', { text: t(lang, 'classroom.groups.title'), attrs: { id: ids.groups } }),
        ...renderGroupList(current, lang, watching, actions),
        renderCreateGroups(current, lang, draft, create, ids.create, draw),
      ]),
      ...[renderComparison(current, lang, ids.compare)].filter((x): x is HTMLElement => x !== null),
      el('section', { className: 'classroom-section', attrs: { 'aria-labelledby': ids.devices } }, [
        el('h2', { text: t(lang, 'classroom.devices.title'), attrs: { id: ids.devices } }),
        renderDeviceList(current, lang, chosen, actions),
      ]),
    ]);
  }

  function announce(before: RoomSnapshot | null, after: RoomSnapshot): void {
    if (!before) return;
    const was = new Map(before.devices.map((d) => [d.id, d]));
    const lines: string[] = [];
    for (const d of after.devices) {
      const old = was.get(d.id);
      if (!old && d.status.state === 'pending') lines.push(t(lang, 'classroom.announce.joined', { name: d.name }));
      else if (old?.online && !d.online && d.status.state === 'admitted') lines.push(t(lang, 'classroom.announce.offline', { name: d.name }));
    }
    if (lines.length > 0) live.textContent = lines.join(' ');
  }

  function showConsole(session: string, view: TrainerView): void {
    if (session !== watching) return;
    // "Open the debrief" on the console takes the trainer there, as in the single-computer mode.
    const opened = consoleView !== null && consoleView.phase !== 'debrief' && view.phase === 'debrief';
    if (consoleScreen && consoleSession === session) {
      consoleView = view;
      consoleScreen.update(view, lang);
      if (opened) choose('debrief');
      return;
    }
    if (consoleSession !== session) closeConsole();
    consoleSession = session;
    consoleView = view;
    const toHost = sendTo(session);
    const send = (command: Command) => void toHost(command);
    void import('../trainer/trainer-console.js').then(({ renderTrainerConsole }) => {
      if (consoleSession !== session || consoleScreen || !consoleView) return;
      consoleScreen = renderTrainerConsole(consoleRoot, { view: consoleView, lang, send, mode: 'trainer' });
      // The console opens below the lists: take the trainer there (focus scrolls it into view).
      consoleHead.querySelector<HTMLElement>('h2')?.focus();
    });
  }

  function connect(next: string): void {
    token = next;
    tokenError = null;
    keepToken(storage, TRAINER_TOKEN_KEY, next);
    handle?.stop();
    handle = openLink(
      { token: next },
      {
        onState(state) {
          linkState = state;
          linkSlot.replaceChildren(...renderLinkNotice(state, lang, () => handle?.link.reconnectNow()));
        },
        onWelcome() {
          // After a reconnect the host knows nothing of what this console watched: ask again.
          if (watching !== null) request({ type: 'watch', session: watching });
        },
        onRoom(next) {
          announce(room, next);
          room = next;
          draw();
        },
        onViews(session, views) {
          if (session !== watching) return;
          const log = views.find((x) => x.for === 'session');
          // Known before the console sees "the debrief was opened" (it goes there); set again after, as a
          // console mounted for another session starts from a clean slate.
          sessionBundle = log?.view ?? null;
          const v = views.find((x) => x.for === 'trainer');
          if (v && v.for === 'trainer') showConsole(session, v.view);
          sessionBundle = log?.view ?? null;
          if (sessionBundle === null) shownScreen = 'console';
          drawConsoleHead();
          showScreen();
        },
        onRefused(refusal: Refusal) {
          if (refusal.code !== 'unknown-token') return;
          token = null;
          keepToken(storage, TRAINER_TOKEN_KEY, null);
          tokenError = t(lang, 'classroom.token.refused');
          handle?.stop();
          handle = null;
          draw();
        },
      },
    );
    draw();
  }

  if (token !== null) connect(token);
  else draw();

  return {
    setLanguage(next) {
      lang = next;
      draw();
      linkSlot.replaceChildren(...renderLinkNotice(linkState, lang, () => handle?.link.reconnectNow()));
      if (consoleScreen && consoleView) consoleScreen.update(consoleView, lang);
      groupDebrief?.setLanguage(lang);
    },
    destroy() {
      closeConsole();
      handle?.stop();
    },
  };
}
