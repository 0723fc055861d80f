// The participant's way into a classroom exercise (#/join or #/join/CODE): enter the room's code and a
// name, wait for the trainer to admit this device to a seat, then play on the screen of that seat. A
// device that drops or reloads rejoins with its token and picks up where the exercise is now.
import '../../styles/classroom.css';
import type { Command, Refusal } from '../../engine/index.js';
import type { SendResult } from '../../host/broadcast.js';
import type { DeviceStatus } from '../../host/protocol.js';
import type { ClientView } from '../../host/session-host.js';
import type { LinkState } from '../../host/websocket-client.js';
import { t, type Language } from '../../i18n/index.js';
import type { Screen, ScreenContext } from '../app/screen.js';
import { redrawKeepingFocus } from '../app/focus.js';
import { groupLabel } from '../table-names.js';
import { el, uniqueId } from '../dom.js';
import { browserStorage } from '../language.js';
import { refusalText } from '../session/refusal-text.js';
import { DEVICE_TOKEN_KEY, keepToken, openLink, readToken, renderLinkNotice } from './link.js';
import { mountSeat, type SeatScreen } from './seat-screen.js';

type Phase = 'form' | 'joining' | 'waiting' | 'admitted' | 'kicked';

export interface JoinFormProps {
  readonly lang: Language;
  readonly code: string;
  readonly name: string;
  readonly error: string | null;
  readonly busy: boolean;
  onInput(field: 'code' | 'name', value: string): void;
  onSubmit(): void;
}

/** The form a participant fills in: the room's code and their name. */
export function renderJoinForm(props: JoinFormProps): HTMLElement {
  const { lang } = props;
  const field = (key: 'code' | 'name', label: string, hint: string, value: string, attrs: Record<string, string>) => {
    const id = uniqueId(`join-${key}`);
    const input = el('input', { attrs: { type: 'text', id, name: key, 'aria-describedby': `${id}-hint`, 'data-key': `join-${key}`, ...attrs } });
    input.value = value;
    input.addEventListener('input', () => props.onInput(key, input.value));
    return el('div', { className: 'field' }, [
      el('label', { className: 'field__label', text: label, attrs: { for: id } }),
      el('p', { className: 'field__hint', text: hint, attrs: { id: `${id}-hint` } }),
      input,
    ]);
  };
  const submit = el('button', { className: 'button button--primary button--large', text: t(lang, props.busy ? 'classroom.join.busy' : 'classroom.join.submit'), attrs: { type: 'submit', 'data-key': 'join-submit' } });
  if (props.busy) submit.disabled = true;
  const form = el('form', { className: 'classroom-join__form', attrs: { novalidate: '' } }, [
    field('code', t(lang, 'classroom.join.code'), t(lang, 'classroom.join.codeHint'), props.code, { autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: '16' }),
    field('name', t(lang, 'classroom.join.name'), t(lang, 'classroom.join.nameHint'), props.name, { autocomplete: 'name', maxlength: '60' }),
    ...(props.error === null ? [] : [el('p', { className: 'refusal', text: props.error, attrs: { role: 'alert' } })]),
    submit,
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    props.onSubmit();
  });
  return el('div', { className: 'classroom-join' }, [el('h1', { text: t(lang, 'classroom.join.title') }), el('p', { text: t(lang, 'classroom.join.intro') }), form]);
}

export async function mountJoin(ctx: ScreenContext, code: string | null): Promise<Screen> {
  const storage = browserStorage();
  const token = readToken(storage, DEVICE_TOKEN_KEY);
  let lang = ctx.lang;
  let phase: Phase = token === null ? 'form' : 'joining';
  let linkState: LinkState = 'idle';
  let draft = { code: code ?? '', name: '' };
  let error: string | null = null;
  let name = '';
  let status: DeviceStatus | null = null;
  let latest: { session: string; views: readonly ClientView[] } | null = null;
  let seat: { key: string; screen: Promise<SeatScreen> | null } | null = null;
  let destroyed = false;

  const notice = el('div', { className: 'classroom-link-slot', attrs: { role: 'status' } });
  const body = el('div', { className: 'classroom-device' });
  const seatRoot = el('div', { className: 'classroom-seat' });
  ctx.main.replaceChildren(notice, body, seatRoot);

  const send = (command: Command): Promise<SendResult> => {
    if (status?.state !== 'admitted') return Promise.resolve({ ok: false, refusal: { code: 'not-admitted', params: {} } });
    return handle.link.sendCommand(status.session, command);
  };

  function focusHeading(): void {
    body.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
    body.querySelector<HTMLElement>('h1')?.focus();
  }

  function drawNotice(): void {
    // On the form the line's state is the form's business: a refused code says so in place.
    if (phase === 'form') return notice.replaceChildren();
    notice.replaceChildren(...renderLinkNotice(linkState, lang, () => handle.link.reconnectNow()));
  }

  function draw(): void {
    ctx.setTitle(t(lang, phase === 'admitted' && status?.state === 'admitted' ? 'classroom.join.playing' : 'classroom.join.title', { group: status?.state === 'admitted' ? groupLabel(status.title, lang) : '' }));
    redrawKeepingFocus(body, () => {
      switch (phase) {
        case 'form':
        case 'joining':
          if (phase === 'joining' && readToken(storage, DEVICE_TOKEN_KEY) !== null) {
            body.replaceChildren(el('p', { className: 'screen__loading', text: t(lang, 'classroom.link.connecting') }));
            return;
          }
          body.replaceChildren(
            renderJoinForm({
              lang,
              code: draft.code,
              name: draft.name,
              error,
              busy: phase === 'joining',
              onInput: (key, value) => (draft = { ...draft, [key]: value }),
              onSubmit: submit,
            }),
          );
          return;
        case 'waiting':
          body.replaceChildren(el('div', { className: 'classroom-wait' }, [el('h1', { text: t(lang, 'classroom.wait.title') }), el('p', { text: t(lang, 'classroom.wait.text', { name }) })]));
          return;
        case 'kicked':
          body.replaceChildren(el('div', { className: 'classroom-wait' }, [el('h1', { text: t(lang, 'classroom.kicked.title') }), el('p', { text: t(lang, 'classroom.kicked.text', { name }) })]));
          return;
        case 'admitted':
          body.replaceChildren();
          if (!seat?.screen) seatRoot.replaceChildren(el('p', { className: 'screen__loading', text: t(lang, 'classroom.seat.loading') }));
          return;
      }
    });
  }

  function submit(): void {
    if (draft.code.trim() === '' || draft.name.trim() === '') {
      error = t(lang, 'classroom.join.missing');
      draw();
      return;
    }
    error = null;
    phase = 'joining';
    draw();
    handle.link.join(draft.code, draft.name.trim());
  }

  function closeSeat(): void {
    const old = seat;
    seat = null;
    void old?.screen?.then((s) => s.destroy());
    seatRoot.replaceChildren();
  }

  function showSeat(): void {
    if (status?.state !== 'admitted' || !latest || latest.session !== status.session) return;
    const key = `${status.session}:${JSON.stringify(status.seat)}`;
    if (seat && seat.key !== key) closeSeat();
    const views = latest.views;
    if (seat?.screen) {
      void seat.screen.then((s) => s.update(views, lang));
      return;
    }
    const { session, seat: place } = status;
    const mounting = mountSeat(seatRoot, place, session, views, lang, send, ctx.services.windowStorage);
    seat = { key, screen: mounting };
    mounting.then(
      (s) => {
        if (destroyed || seat?.screen !== mounting) return s.destroy();
        // Views that came in while the screen loaded.
        if (latest && latest.views !== views) s.update(latest.views, lang);
      },
      () => {
        // The screen's code did not load (the host went away mid-download): say so and offer the way back, never "loading" for good.
        if (destroyed || seat?.screen !== mounting) return;
        seat = null;
        const again = el('button', { className: 'button', text: t(lang, 'room.seat.retry'), attrs: { type: 'button' } });
        again.addEventListener('click', () => location.reload());
        seatRoot.replaceChildren(el('div', { className: 'refusal', attrs: { role: 'alert' } }, [el('p', { text: t(lang, 'room.seat.failed') }), again]));
      },
    );
  }

  const onRefused = (refusal: Refusal) => {
    if (phase !== 'joining' && phase !== 'form') return;
    phase = 'form';
    error = refusalText(lang, refusal);
    draw();
    drawNotice();
  };

  const handle = openLink(
    { token, onToken: (next) => keepToken(storage, DEVICE_TOKEN_KEY, next) },
    {
      onState(next) {
        const wasJoining = phase === 'joining' && linkState === 'connecting';
        linkState = next;
        drawNotice();
        if (next === 'idle' && phase === 'joining') {
          // The join never reached the host, or the host forgot this device: back to the form.
          phase = 'form';
          if (wasJoining && error === null) error = t(lang, 'classroom.join.unreachable');
          draw();
          drawNotice();
        }
      },
      onWelcome(welcome) {
        if (welcome.as === 'device') name = welcome.name;
      },
      onStatus(next) {
        const before = phase;
        status = next;
        phase = next.state === 'pending' ? 'waiting' : next.state === 'kicked' ? 'kicked' : 'admitted';
        if (phase !== 'admitted') closeSeat();
        draw();
        drawNotice();
        if (phase === 'admitted') showSeat();
        if (before !== phase && phase !== 'admitted') focusHeading();
      },
      onViews(session, views) {
        latest = { session, views };
        showSeat();
      },
      onRefused,
    },
  );
  draw();
  drawNotice();

  return {
    setLanguage(next) {
      lang = next;
      draw();
      drawNotice();
      if (seat?.screen && latest) {
        const views = latest.views;
        void seat.screen.then((s) => s.update(views, lang));
      }
    },
    destroy() {
      destroyed = true;
      closeSeat();
      handle.stop();
    },
  };
}
