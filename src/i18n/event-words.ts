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
 * Who sent or received a message between tables, in words: a role at its table, exercise control, a table,
 * or a role nobody plays (the SimCell). Names come from the event itself and the caller's role names.
 */
export function directParty(party: unknown, lang: Language, roleName: (id: string) => string): string {
  const p = (party ?? {}) as Record<string, unknown>;
  if (p.trainer === true) return tDynamic(lang, 'direct.control');
  if (typeof p.simcell === 'string') return tDynamic(lang, 'direct.simcell', { role: roleName(p.simcell) });
  if (typeof p.role === 'string' && typeof p.table === 'string') return tDynamic(lang, 'direct.fromRole', { role: roleName(p.role), table: str(p.name ?? p.table) });
  if (typeof p.role === 'string') return tDynamic(lang, 'direct.simcell', { role: roleName(p.role) });
  if (typeof p.table === 'string') return tDynamic(lang, 'direct.table', { name: str(p.name ?? p.table) });
  return '';
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
      p.how =
        data.byDefault === true
          ? tDynamic(lang, 'event.byDefault')
          : typeof data.byAction === 'number'
            ? tDynamic(lang, 'event.byAction', { role: roleName(str(data.role)) })
            : data.simcell === true
              ? tDynamic(lang, 'trainer.event.bySimcell')
              : '';
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
    case 'directMessage':
      p.from = directParty(data.from, lang, roleName);
      p.to = directParty(data.to, lang, roleName);
      p.text = short(str(data.text), 200);
      break;
    case 'feedItem':
    case 'feedSeeded': {
      // The kind in words; an author's text is in both languages, a trainer's as typed.
      p.kind = tDynamic(lang, `feed.kind.${str(data.kind)}`);
      const text = data.text as unknown;
      p.text = short(typeof text === 'object' && text !== null ? str((text as Record<string, unknown>)[lang] ?? (text as Record<string, unknown>).nl) : str(text), 200);
      break;
    }
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

// ---------------------------------------------------------------- one sentence per event, for every screen

/**
 * What a screen knows to turn an event's ids into the room's words. Every lookup is optional: what a
 * screen cannot name falls back to the closed-list dictionary or, last, the id (so nothing is dropped).
 * The trainer console, the debrief and the after-action report word their timelines through
 * `describeEvent` with their own lookups; the simulate report keeps ids on purpose (authors read it).
 */
export interface EventNames {
  /** A closed-list value (action, team, office, incident, dsi, channel, roll purpose, …) in words. */
  readonly closed: (prefix: string, id: string) => string;
  readonly role?: (id: string) => string;
  readonly decision?: (id: string) => string;
  readonly option?: (decision: string, option: string) => string;
  readonly injectTitle?: (data: Readonly<Record<string, unknown>>) => string;
  readonly variable?: (id: string) => string;
  readonly rumour?: (id: string) => string;
  readonly message?: (id: string) => string;
  readonly block?: (id: string) => string;
  readonly area?: (id: string) => string;
  readonly place?: (id: string) => string;
  readonly table?: (id: string) => string;
  readonly ending?: (id: string) => string;
  readonly boardAction?: (id: string) => string;
  readonly module?: (id: string) => string;
  readonly question?: (id: string) => string;
  readonly criterion?: (id: string) => string;
  /** A structure action in words with its detail ("NL-Alert versturen: Stationsgebied"). */
  readonly action?: (action: unknown) => string;
  readonly refusal?: (refusal: { readonly code?: string; readonly params?: Params }) => string;
  readonly number?: (value: number, digits: number) => string;
  readonly rating?: (rating: string) => string;
  readonly actor?: (by: string) => string;
}

/** The groups a timeline can be filtered by; random draws are their own group, which a trainer rarely needs. */
export type EventGroup = 'injects' | 'decisions' | 'structure' | 'messages' | 'draws' | 'other';
export const EVENT_GROUPS: readonly EventGroup[] = ['injects', 'decisions', 'structure', 'messages', 'draws', 'other'];

const GROUP_OF: Readonly<Record<string, EventGroup>> = {
  injectDelivered: 'injects',
  rumourStarted: 'injects',
  rumourSpread: 'injects',
  feedSeeded: 'injects',
  decisionOpened: 'decisions',
  decisionTaken: 'decisions',
  deadlinePassed: 'decisions',
  structureChanged: 'structure',
  structureEffectSkipped: 'structure',
  boardAction: 'structure',
  boardChanged: 'structure',
  messagePublished: 'messages',
  communicationFinding: 'messages',
  rumourRebutted: 'messages',
  factConfirmed: 'messages',
  messageRated: 'messages',
  roll: 'draws',
  variableChanged: 'draws',
};

export function eventGroupOf(kind: string): EventGroup {
  return GROUP_OF[kind] ?? 'other';
}

function structureChange(change: Record<string, unknown>, lang: Language, names: EventNames): string {
  const nobody = tDynamic(lang, 'change.nobody');
  const office = (v: unknown) => (str(v) ? names.closed('office', str(v)) : nobody);
  const team = (v: unknown) => names.closed('team', str(v));
  switch (change.kind) {
    case 'incident':
    case 'dsi': {
      const prefix = str(change.kind);
      return tDynamic(lang, `change.${prefix}`, { from: names.closed(prefix, str(change.from)), to: names.closed(prefix, str(change.to)) });
    }
    case 'grip':
      return tDynamic(lang, 'change.grip', { from: str(change.from), to: str(change.to) });
    case 'teamConvened':
      return tDynamic(lang, 'change.teamConvened', { team: team(change.team), chair: office(change.chair) });
    case 'teamChair':
      return tDynamic(lang, 'change.teamChair', { team: team(change.team), from: office(change.from), to: office(change.to) });
    case 'teamStoodDown':
      return tDynamic(lang, 'change.teamStoodDown', { team: team(change.team) });
    case 'threatLevel':
      return tDynamic(lang, 'change.threatLevel', { scope: names.closed('threatScope', str(change.scope)), from: str(change.from), to: str(change.to) });
    case 'nlAlert': {
      // The advice is an action-advice block, or for an alert written in own words the message it went out as.
      const advice = str(change.advice);
      const asBlock = names.block ? names.block(advice) : advice;
      const text = asBlock === advice && names.message ? names.message(advice) : asBlock;
      return tDynamic(lang, 'change.nlAlert', { area: names.area ? names.area(str(change.area)) : str(change.area), advice: text });
    }
    case 'aftercare':
      return tDynamic(lang, 'change.aftercare', { what: names.closed('aftercare', str(change.what)) });
    case 'measure':
      return names.action ? names.action(change.action) : changeText(change, lang, names.closed);
    default:
      return changeText(change, lang, names.closed);
  }
}

/** Where the effect that drew comes from ("inject:x", "option:d/o", "variant:x#1"), in the screen's words. */
function effectSource(kind: string, id: string, names: EventNames): string {
  if ((kind === 'inject' || kind === 'variant') && names.injectTitle) return names.injectTitle({ inject: kind === 'variant' ? id.replace(/#\d+$/, '') : id });
  if (kind === 'option' && names.option) {
    const [decision = '', option = ''] = id.split('/');
    return names.option(decision, option);
  }
  if (kind === 'boardAction' && names.boardAction) return names.boardAction(id);
  return id;
}

/**
 * What a random draw was for, named: the variable for a starting value or a chance (the chance's own data
 * names it), the inject for a variant, the rumour for its spread, the effect's source for an amount (its key
 * is "source kind:source id:effect index"). Never the bare key, which means nothing to a room.
 */
function rollSubject(d: Readonly<Record<string, unknown>>, names: EventNames): string {
  const id = str(d.id);
  const look = (value: string, fn?: (id: string) => string) => (fn ? fn(value) : value);
  switch (str(d.purpose)) {
    case 'variant':
      return names.injectTitle ? names.injectTitle({ inject: id }) : id;
    case 'rumour':
      return look(id, names.rumour);
    case 'chance':
      return typeof d.variable === 'string' ? look(d.variable, names.variable) : id;
    case 'amount': {
      const parts = id.split(':');
      return parts.length >= 3 ? effectSource(parts[0] as string, parts.slice(1, -1).join(':'), names) : look(id, names.variable);
    }
    default:
      return look(id, names.variable);
  }
}

/** The template parameters for an event, every id replaced by the name the screen's lookups give. */
export function describedParams(kind: string, data: Readonly<Record<string, unknown>>, lang: Language, names: EventNames): Record<string, string | number> {
  const namer: Namer = (prefix, id) => names.closed(prefix, id);
  const p = eventParams(kind, data, lang, namer, names.role ?? ((id) => id));
  const d = data;
  const text = (v: unknown, look?: (id: string) => string) => (look ? look(str(v)) : str(v));
  if (typeof d.role === 'string') p.role = text(d.role, names.role);
  if (typeof d.owner === 'string') p.owner = text(d.owner, names.role);
  if (typeof d.channel === 'string') p.channel = names.closed('channel', d.channel);
  if (typeof d.decision === 'string') {
    p.decision = `"${short(text(d.decision, names.decision), 90)}"`;
    if (typeof d.option === 'string') p.option = names.option ? names.option(d.decision, d.option) : d.option;
  }
  if (typeof d.variable === 'string') p.variable = text(d.variable, names.variable);
  if (typeof d.rumour === 'string') p.rumour = text(d.rumour, names.rumour);
  if (typeof d.message === 'string') p.message = text(d.message, names.message);
  if (typeof d.block === 'string') p.block = text(d.block, names.block);
  if (typeof d.module === 'string') p.module = text(d.module, names.module);
  if (typeof d.question === 'string') p.question = text(d.question, names.question);
  if (typeof d.table === 'string') p.table = text(d.table, names.table);
  switch (kind) {
    case 'injectDelivered':
      p.title = names.injectTitle ? names.injectTitle(d) : short(str(d.free === true ? d.text : d.inject));
      break;
    case 'roll': {
      const number = names.number ?? ((v: number, digits: number) => v.toFixed(digits));
      p.purpose = names.closed('roll.purpose', str(d.purpose));
      p.id = typeof d.id === 'string' ? rollSubject(d, names) : '';
      p.roll = typeof d.roll === 'number' ? number(d.roll, 3) : str(d.roll);
      p.probability = typeof d.probability === 'number' ? `${number(d.probability * 100, 1)} %` : tDynamic(lang, 'event.noProbability');
      break;
    }
    case 'messagePublished':
      p.voice = names.closed('communication.voice', str(d.voice));
      if (names.message && typeof d.message === 'string') p.blocks = names.message(d.message);
      break;
    case 'structureChanged':
      if (names.action) p.action = names.action(d.action);
      p.change = structureChange((d.change ?? {}) as Record<string, unknown>, lang, names);
      break;
    case 'structureEffectSkipped':
      if (names.action) p.action = names.action(d.action);
      if (names.refusal) p.reason = names.refusal((d.refusal ?? {}) as { code?: string; params?: Params });
      break;
    case 'boardChanged': {
      const change = (d.change ?? {}) as Record<string, unknown>;
      p.op = names.closed('board.op', str(change.op));
      p.target = text(change.id ?? change.zone ?? change.unit ?? change.hospital ?? change.area, names.place);
      break;
    }
    case 'boardAction':
      if (typeof d.action === 'string') p.action = text(d.action, names.boardAction);
      break;
    case 'exerciseEnded':
      p.ending = text(d.ending, names.ending);
      break;
    case 'observation':
      p.by = names.actor ? names.actor(str(d.by)) : str(d.by);
      break;
    case 'override': {
      const target = (d.target ?? {}) as Record<string, unknown>;
      p.target = typeof target.criterion === 'string' ? text(target.criterion, names.criterion) : str(target.objective);
      if (names.rating) p.rating = names.rating(str(d.rating));
      break;
    }
    case 'undone':
      p.command = names.closed('trainer.command', str(d.command));
      break;
  }
  return p;
}

/** One event in one sentence of the reader's language, with names instead of ids. */
export function describeEvent(kind: string, data: Readonly<Record<string, unknown>>, lang: Language, names: EventNames): string {
  const key = `event.${kind}`;
  const sentence = tDynamic(lang, key, describedParams(kind, data, lang, names));
  return sentence === key ? names.closed('debrief.kind', kind) : sentence;
}
