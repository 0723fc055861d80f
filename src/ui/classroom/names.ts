// How the classroom screens name things: a seat, a device's place, the last thing a group did. Table and
// role names come from the host's group summary, so the trainer reads the names the tables were given.
import type { ClassroomSeat, DeviceInfo, GroupSummary, RoomSnapshot } from '../../host/protocol.js';
import { groupLabel, tableLabel } from '../table-names.js';
import { t, type Language } from '../../i18n/index.js';
import { clockLabel, phaseName, scenarioTime } from '../components/clock.js';
import { named } from '../components/structure-status.js';
import type { CommonView } from '../../engine/views/index.js';

/** The room's overview with the names the app made (groups, tables named after their role) in the screen's language. */
export function localRoom(room: RoomSnapshot, lang: Language): RoomSnapshot {
  return {
    ...room,
    groups: room.groups.map((g) => ({
      ...g,
      title: groupLabel(g.title, lang),
      tables: g.tables.map((tb) => ({ ...tb, name: tableLabel(tb.name, tb.label === undefined ? [] : [tb.label], lang) })),
    })),
  };
}

export function seatName(seat: ClassroomSeat, group: GroupSummary | undefined, lang: Language): string {
  switch (seat.kind) {
    case 'table':
      return group?.tables.find((tb) => tb.id === seat.table)?.name ?? seat.table;
    case 'projector':
      return t(lang, 'classroom.seat.projector');
    case 'evaluator':
      return t(lang, 'classroom.seat.evaluator');
  }
}

export function roleName(group: GroupSummary, role: string): string {
  return group.tables.find((tb) => tb.roles.includes(role))?.name ?? role;
}

export function placeText(device: DeviceInfo, groups: readonly GroupSummary[], lang: Language): string {
  const s = device.status;
  if (s.state === 'pending') return t(lang, 'classroom.devices.pending');
  if (s.state === 'kicked') return t(lang, 'classroom.devices.kicked');
  const group = groups.find((g) => g.id === s.session);
  return t(lang, 'classroom.devices.admitted', { group: group?.title ?? groupLabel(s.title, lang), seat: seatName(s.seat, group, lang) });
}

export function wallTime(ms: number, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms));
}

export function roundText(group: GroupSummary, lang: Language): string {
  const phase = phaseName(group.phase as CommonView['phase'], lang);
  if (group.round === 0) return t(lang, 'classroom.groups.notBegun', { phase });
  const at = scenarioTime(group.startsAt, group.minute, lang);
  return t(lang, 'classroom.groups.round', { round: group.round, clock: clockLabel(group.minute), time: at?.time ?? '', phase });
}

export function lastActionText(group: GroupSummary, lang: Language): string {
  const last = group.lastAction;
  if (!last) return t(lang, 'classroom.groups.lastNone');
  const action = named('trainer.command', last.type, lang);
  const actor =
    last.actor === 'role' && last.role !== null
      ? roleName(group, last.role)
      : last.actor === 'simcell' && last.role !== null
        ? t(lang, 'classroom.actor.simcell', { role: roleName(group, last.role) })
        : t(lang, last.actor === 'evaluator' ? 'classroom.actor.evaluator' : 'classroom.actor.trainer');
  return last.stamp === null ? t(lang, 'classroom.groups.lastBy', { action, actor }) : t(lang, 'classroom.groups.last', { action, actor, at: wallTime(last.stamp, lang) });
}
