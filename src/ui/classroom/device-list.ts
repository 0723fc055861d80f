// Every device that joined the room: who it is, where it sits, whether it is online (said in words, not
// only in colour), and what the trainer may do with it — admit it to a seat, move it, remove it, or admit
// it again. Devices still waiting come first: they are the ones someone is waiting on.
import type { ClassroomSeat, DeviceInfo, RoomSnapshot } from '../../host/protocol.js';
import { t, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import { placeText, seatName, wallTime } from './names.js';

export interface Place {
  readonly session: string;
  readonly seat: ClassroomSeat;
}

export interface DeviceActions {
  admit(device: string, place: Place): void;
  kick(device: string): void;
  /** Forget every device still waiting: a flood of joins is cleared in one go, not one by one. */
  removeWaiting(): void;
}

export function placeValue(place: Place): string {
  return JSON.stringify([place.session, place.seat.kind, place.seat.kind === 'table' ? place.seat.table : '']);
}

export function readPlace(value: string): Place | null {
  try {
    const [session, kind, table] = JSON.parse(value) as [string, string, string];
    if (kind === 'table') return { session, seat: { kind: 'table', table } };
    if (kind === 'projector' || kind === 'evaluator') return { session, seat: { kind } };
    return null;
  } catch {
    return null;
  }
}

/** Every seat of every group, in group order: each table, then the projector and an evaluator seat. */
export function places(room: RoomSnapshot): Place[] {
  return room.groups.flatMap((g) => [
    ...g.tables.map((tb): Place => ({ session: g.id, seat: { kind: 'table', table: tb.id } })),
    { session: g.id, seat: { kind: 'projector' } },
    { session: g.id, seat: { kind: 'evaluator' } },
  ]);
}

/** For a waiting device: the table with the fewest devices so far, so admitting one after another fills the room. */
export function suggestedPlace(room: RoomSnapshot): Place | null {
  const tables = places(room).filter((p) => p.seat.kind === 'table');
  let best: Place | null = null;
  let fewest = Infinity;
  for (const p of tables) {
    const n = room.devices.filter((d) => d.status.state === 'admitted' && placeValue({ session: d.status.session, seat: d.status.seat }) === placeValue(p)).length;
    if (n < fewest) {
      fewest = n;
      best = p;
    }
  }
  return best;
}

function currentPlace(device: DeviceInfo): Place | null {
  return device.status.state === 'admitted' ? { session: device.status.session, seat: device.status.seat } : null;
}

const ORDER: Readonly<Record<DeviceInfo['status']['state'], number>> = { pending: 0, admitted: 1, kicked: 2 };

export function renderDeviceList(room: RoomSnapshot, lang: Language, chosen: Map<string, string>, actions: DeviceActions): HTMLElement {
  if (room.devices.length === 0) return el('p', { text: t(lang, 'classroom.devices.none') });
  const options = places(room);
  const suggestion = suggestedPlace(room);
  const devices = [...room.devices].sort((a, b) => ORDER[a.status.state] - ORDER[b.status.state]);
  const rows = devices.map((d) => {
    const selectId = `place-${d.id}`;
    const select = el(
      'select',
      { attrs: { id: selectId, 'data-key': selectId, 'aria-label': t(lang, 'classroom.devices.place', { name: d.name }) } },
      room.groups.map((g) =>
        el(
          'optgroup',
          { attrs: { label: g.title } },
          options.filter((p) => p.session === g.id).map((p) => el('option', { text: `${g.title}: ${seatName(p.seat, g, lang)}`, attrs: { value: placeValue(p) } })),
        ),
      ),
    );
    const here = currentPlace(d);
    const initial = chosen.get(d.id) ?? (here ? placeValue(here) : suggestion ? placeValue(suggestion) : '');
    select.value = initial;
    select.addEventListener('change', () => chosen.set(d.id, select.value));
    const verb = d.status.state === 'pending' ? 'admit' : d.status.state === 'admitted' ? 'move' : 'readmit';
    const go = el('button', {
      className: `button${d.status.state === 'pending' ? ' button--primary' : ''}`,
      text: t(lang, `classroom.devices.${verb}`),
      attrs: { type: 'button', 'data-key': `${verb}-${d.id}`, 'aria-label': t(lang, `classroom.devices.${verb}Label`, { name: d.name }) },
    });
    go.addEventListener('click', () => {
      const place = readPlace(select.value);
      if (place) actions.admit(d.id, place);
    });
    if (options.length === 0) {
      select.disabled = true;
      go.disabled = true;
    }
    const controls: HTMLElement[] = [select, go];
    if (d.status.state !== 'kicked') {
      const kick = el('button', { className: 'button', text: t(lang, 'classroom.devices.kick'), attrs: { type: 'button', 'data-key': `kick-${d.id}`, 'aria-label': t(lang, 'classroom.devices.kickLabel', { name: d.name }) } });
      kick.addEventListener('click', () => actions.kick(d.id));
      controls.push(kick);
    }
    const connection = d.online
      ? el('span', { className: 'classroom-presence classroom-presence--online', text: t(lang, 'classroom.devices.online') })
      : el('span', { className: 'classroom-presence classroom-presence--offline', text: d.lastSeen > 0 ? t(lang, 'classroom.devices.offlineSince', { at: wallTime(d.lastSeen, lang) }) : t(lang, 'classroom.devices.offline') });
    return el('tr', { className: `classroom-device-row classroom-device-row--${d.status.state}`, attrs: { 'data-device': d.id } }, [
      el('th', { text: d.name, attrs: { scope: 'row' } }),
      el('td', { text: placeText(d, room.groups, lang) }),
      el('td', {}, [connection]),
      el('td', {}, [el('div', { className: 'classroom-device-actions' }, controls)]),
    ]);
  });
  const head = ['name', 'place', 'connection', 'actions'] as const;
  const waiting = room.devices.filter((d) => d.status.state === 'pending').length;
  const clear = el('button', { className: 'button', text: t(lang, 'classroom.devices.removeWaiting', { count: waiting }), attrs: { type: 'button', 'data-key': 'remove-waiting' } });
  clear.addEventListener('click', () => actions.removeWaiting());
  return el('div', { className: 'classroom-table-wrap' }, [
    ...(waiting > 0 ? [el('p', { className: 'classroom-device-bulk' }, [clear])] : []),
    el('table', { className: 'classroom-table classroom-devices' }, [
      el('caption', { className: 'visually-hidden', text: t(lang, 'classroom.devices.caption') }),
      el('thead', {}, [el('tr', {}, head.map((h) => el('th', { text: t(lang, `classroom.devices.col.${h}`), attrs: { scope: 'col' } })))]),
      el('tbody', {}, rows),
    ]),
  ]);
}
