// What changed between two drawn pictures, in sentences for the board's aria-live region: a screen
// reader user hears "Inner cordon active" when a sighted user sees the cordon appear. Structure
// changes come first: they are the ones a crisis team acts on.
import { t } from '../i18n/index.js';
import type { BoardModel, StatusItem } from './view-model.js';

function byRef<T extends { readonly ref: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.ref, i]));
}

const samePoint = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1];

/** Sentences for the changes from `before` to `after`, in `after`'s language. Nothing for a first picture. */
export function announcements(before: BoardModel | null, after: BoardModel): string[] {
  if (!before) return [];
  const lang = after.lang;
  const out: string[] = [];

  const statusChanged = (a: StatusItem, b: StatusItem | undefined) => b !== undefined && a.value !== b.value;
  const s0 = before.structure;
  const s1 = after.structure;
  if (statusChanged(s1.scaling, s0.scaling)) out.push(t(lang, 'board.announce.scaling', { label: s1.scaling.valueLabel }));
  const threat0 = byRef(s0.threat);
  for (const level of s1.threat) if (statusChanged(level, threat0.get(level.ref))) out.push(t(lang, 'board.announce.threat', { label: level.valueLabel }));

  const teams0 = byRef(s0.teams);
  for (const team of s1.teams) {
    const was = teams0.get(team.ref);
    const wasActive = was?.active ?? false;
    if (team.active && !wasActive) out.push(t(lang, 'board.announce.teamActive', { label: team.label }));
    else if (!team.active && wasActive) out.push(t(lang, 'board.announce.teamInactive', { label: team.label }));
    else if (team.active && team.chair && was && was.chairOffice !== team.chairOffice) out.push(t(lang, 'board.announce.chair', { label: team.label, chair: team.chair }));
  }
  const statuses0 = byRef(s0.statuses);
  for (const status of s1.statuses) {
    const was = statuses0.get(status.ref);
    if (was === undefined ? status.status === 'dsi' : was.value !== status.value) out.push(t(lang, 'board.announce.status', { label: status.label, value: status.valueLabel }));
  }

  const m0 = before.map;
  const m1 = after.map;
  if (m1.incident && !m0.incident) out.push(t(lang, 'board.announce.incident'));

  const markers0 = byRef(m0.markers);
  const markers1 = byRef(m1.markers);
  for (const m of m1.markers) if (!markers0.has(m.ref)) out.push(t(lang, 'board.announce.markerAdded', { label: m.label }));
  for (const m of m0.markers) if (!markers1.has(m.ref)) out.push(t(lang, 'board.announce.markerRemoved', { label: m.label }));

  const zones0 = byRef(m0.zones);
  for (const z of m1.zones) {
    const wasActive = zones0.get(z.ref)?.active ?? false;
    const ring = t(lang, `board.ring.${z.ring}`);
    if (z.active && !wasActive) out.push(t(lang, 'board.announce.zoneActive', { ring, label: z.label }));
    else if (!z.active && wasActive) out.push(t(lang, 'board.announce.zoneLifted', { ring, label: z.label }));
  }

  const units0 = byRef(m0.units);
  const units1 = byRef(m1.units);
  for (const u of m1.units) {
    const was = units0.get(u.ref);
    if (!was) out.push(t(lang, 'board.announce.unitDeployed', { label: u.label }));
    else if (!samePoint(was.position.at, u.position.at)) out.push(t(lang, 'board.announce.unitMoved', { label: u.label }));
  }
  for (const u of m0.units) if (!units1.has(u.ref)) out.push(t(lang, 'board.announce.unitWithdrawn', { label: u.label }));

  const hospitals0 = byRef(m0.hospitals);
  for (const h of m1.hospitals) {
    const was = hospitals0.get(h.ref);
    if (was && was.load !== h.load) out.push(t(lang, 'board.announce.hospital', { label: h.label, load: h.load, capacity: h.capacity }));
  }

  const risk0 = byRef(m0.atRisk);
  for (const a of m1.atRisk) {
    const was = risk0.get(a.ref);
    if (!was) out.push(t(lang, 'board.announce.atRisk', { label: a.label }));
    if (a.protected && !was?.protected) out.push(t(lang, 'board.announce.protected', { label: a.label }));
  }

  const affected0 = byRef(m0.affected);
  for (const a of m1.affected) if (!affected0.has(a.ref)) out.push(t(lang, 'board.announce.affected', { label: a.label }));
  return out;
}
