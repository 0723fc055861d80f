// The words shared by every timeline (the simulate report, the debrief): how a structure action and a
// structure change read, and the template parameters most event kinds need. Names of closed-list values
// (teams, offices, actions) go through the caller's `name`, so the CLI can keep ids where the debrief
// shows the real names.
import { tDynamic, type Language, type Params } from './translate.js';

/** Turn a closed-list value into words, e.g. name('team', 'GBT') → "Gemeentelijk Beleidsteam (GBT)". */
export type Namer = (prefix: 'action' | 'team' | 'office', id: string) => string;

/** Event data is untrusted for display: every value becomes plain text. */
export const str = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);

export function short(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function actionText(action: unknown, name: Namer): string {
  const { action: kind, ...detail } = (action ?? {}) as Record<string, unknown>;
  const rest = Object.values(detail).map(str).join(' ');
  return `${name('action', str(kind))}${rest ? ` ${rest}` : ''}`;
}

export function changeText(change: Record<string, unknown>, lang: Language, name: Namer): string {
  const kind = str(change.kind);
  const nobody = tDynamic(lang, 'change.nobody');
  switch (kind) {
    case 'teamConvened':
      return tDynamic(lang, 'change.teamConvened', { team: name('team', str(change.team)), chair: change.chair ? name('office', str(change.chair)) : nobody });
    case 'teamChair':
      return tDynamic(lang, 'change.teamChair', {
        team: name('team', str(change.team)),
        from: change.from ? name('office', str(change.from)) : nobody,
        to: change.to ? name('office', str(change.to)) : nobody,
      });
    case 'teamStoodDown':
      return tDynamic(lang, 'change.teamStoodDown', { team: name('team', str(change.team)) });
    case 'measure': {
      const { action: _kind, ...detail } = (change.action ?? {}) as Record<string, unknown>;
      return tDynamic(lang, 'change.measure', { detail: Object.values(detail).map(str).join(' ') }).trim();
    }
    default: {
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(change)) params[k] = str(v);
      return tDynamic(lang, `change.${kind}`, params);
    }
  }
}

/**
 * The template parameters for an event: its data as text, with the kinds every timeline words alike
 * filled in. Callers add what only they know (names of roles, decisions, injects).
 */
export function eventParams(
  kind: string,
  data: Readonly<Record<string, unknown>>,
  lang: Language,
  name: Namer,
  roleName: (id: string) => string = (id) => id,
): Record<string, string | number> {
  const p: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data)) p[k] = typeof v === 'number' ? v : str(v);
  switch (kind) {
    case 'decisionTaken':
    case 'deadlinePassed':
      p.how = data.byDefault === true ? tDynamic(lang, 'event.byDefault') : typeof data.byAction === 'number' ? tDynamic(lang, 'event.byAction', { role: String(data.role), event: data.byAction }) : '';
      // A policy team's decision names the team and the members present (DOMAIN.md §3: teams decide).
      if (typeof data.team === 'string') {
        const members = Array.isArray(data.present) ? data.present.map((id) => roleName(str(id))).join(', ') : '';
        p.how += tDynamic(lang, data.sitting === true ? 'event.inTeam' : 'event.teamNotSitting', { team: name('team', data.team), members: members || '—' });
      }
      break;
    case 'roll':
      p.roll = typeof data.roll === 'number' ? data.roll.toFixed(3) : str(data.roll);
      p.probability = typeof data.probability === 'number' ? String(data.probability) : tDynamic(lang, 'event.noProbability');
      break;
    case 'messagePublished':
      p.blocks = Array.isArray(data.blocks) ? data.blocks.map(str).join(', ') : '';
      break;
    case 'communicationFinding':
      p.finding = tDynamic(lang, `finding.${str(data.code)}`, (data.params ?? {}) as Params);
      p.principle = tDynamic(lang, `principle.${str(data.principle)}`);
      p.verdict = tDynamic(lang, `communication.verdict.${str(data.verdict)}`);
      break;
    case 'structureChanged':
      p.action = actionText(data.action, name);
      p.change = changeText((data.change ?? {}) as Record<string, unknown>, lang, name);
      break;
    case 'structureEffectSkipped': {
      const refusal = (data.refusal ?? {}) as { code?: string; params?: Params };
      p.action = actionText(data.action, name);
      p.reason = tDynamic(lang, `refusal.${refusal.code ?? ''}`, refusal.params ?? {});
      break;
    }
    case 'boardChanged': {
      const change = (data.change ?? {}) as Record<string, unknown>;
      p.op = str(change.op);
      p.target = str(change.id ?? change.zone ?? change.unit ?? change.hospital ?? change.area);
      break;
    }
    case 'override': {
      const target = (data.target ?? {}) as Record<string, unknown>;
      p.target = str(target.criterion ?? target.objective);
      break;
    }
  }
  return p;
}
