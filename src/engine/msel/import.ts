// An MSEL sheet back into a scenario: each row updates the inject with its id (or, without an id, its MSEL
// number) where a cell differs from what the scenario holds, or adds a new inject. The scenario file is edited
// in place (jsonc-parser keeps the author's layout); the result is loaded again, and every problem is told as
// `row N, column "name": message`. Injects the sheet leaves out stay as they are.
import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import type { ScenarioError } from '../scenario/errors.js';
import { loadScenario } from '../scenario/loader.js';
import type { Inject, TextT } from '../scenario/schema.js';
import { mselOrder, plainCells, textCells } from './cells.js';
import { MSEL_COLUMNS, normalise, unprotectCell, type MselColumn, type MselLabels } from './columns.js';
import { BOM, detectSeparator, readCsv, type Separator } from './csv.js';
import { parseExpected } from './expected.js';

export interface MselImportOptions {
  /** The vocabularies a sheet may be written in (headers and tokens); the first names missing columns in messages. */
  readonly labels: readonly [MselLabels, ...MselLabels[]];
  /** The separator; found from the header row when not given. */
  readonly separator?: Separator;
  /** The scenario's file name, for the loader's messages. */
  readonly file?: string;
}

export interface MselError {
  /** The spreadsheet row (the header is row 1), or null for the sheet as a whole. */
  readonly row: number | null;
  /** The column's header as the sheet names it, or null. */
  readonly column: string | null;
  readonly message: string;
  readonly hint?: string;
}

export type MselImportResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly updated: readonly string[];
      readonly created: readonly string[];
      /** Injects of the scenario that no row names: left as they were. */
      readonly notInSheet: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly MselError[]; readonly scenarioErrors: readonly ScenarioError[] };

interface Edit {
  readonly path: JSONPath;
  readonly value: unknown;
  readonly insert?: boolean;
}

interface Row {
  readonly number: number;
  readonly cell: (c: MselColumn) => string | undefined;
}

const ID = /^[a-z][a-z0-9-]*$/;

function formatting(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/** A text from its two language cells: one string when they agree (or one is empty), else { nl, en }. */
function composeText(nl: string, en: string): TextT | undefined {
  const [a, b] = [nl.trim(), en.trim()];
  if (a === '' && b === '') return undefined;
  if (a === '' || b === '' || a === b) return a || b;
  return { nl: a, en: b };
}

type Time = { readonly at: number } | 'when' | 'optional';

function parseTime(cell: string, labels: readonly MselLabels[]): Time | null {
  const v = normalise(cell);
  if (labels.some((l) => normalise(l.when) === v)) return 'when';
  if (labels.some((l) => normalise(l.optional) === v)) return 'optional';
  const m = /^(?:t\s*\+\s*)?(\d+)$/.exec(v);
  return m ? { at: Number(m[1]) } : null;
}

function parseTo(cell: string, labels: readonly MselLabels[]): { roles: 'all' | string[]; projector: boolean } | null {
  const tokens = cell.split(',').map((t) => t.trim()).filter((t) => t !== '');
  const isAll = (t: string) => labels.some((l) => normalise(l.all) === normalise(t));
  const isProjector = (t: string) => labels.some((l) => normalise(l.projector) === normalise(t));
  const projector = tokens.some(isProjector);
  const rest = tokens.filter((t) => !isProjector(t));
  if (rest.length === 0) return null;
  if (rest.some(isAll)) return rest.length === 1 ? { roles: 'all', projector } : null;
  return { roles: rest, projector };
}

export function importMsel(scenarioText: string, csvText: string, options: MselImportOptions): MselImportResult {
  const file = options.file ?? 'scenario.json';
  const loaded = loadScenario(scenarioText, file);
  if (!loaded.ok) return { ok: false, errors: [], scenarioErrors: loaded.errors };
  const scenario = loaded.scenario;
  const errors: MselError[] = [];
  const labels = options.labels;

  const csv = readCsv(csvText, options.separator ?? detectSeparator(csvText));
  if (!csv.ok) return { ok: false, errors: [{ row: csv.problem.row, column: `#${csv.problem.column}`, message: csv.problem.message }], scenarioErrors: [] };
  const [header, ...body] = csv.rows;
  if (!header || header.every((h) => h.trim() === '')) return { ok: false, errors: [{ row: null, column: null, message: 'The sheet is empty: it has no header row.' }], scenarioErrors: [] };

  // ---------------------------------------------------------------- the header row
  const columnAt = new Map<MselColumn, number>();
  const headerName = (c: MselColumn) => (columnAt.has(c) ? (header[columnAt.get(c) ?? 0] ?? '').trim() : labels[0].headers[c]);
  header.forEach((name, i) => {
    const column = MSEL_COLUMNS.find((c) => labels.some((l) => normalise(l.headers[c]) === normalise(name)));
    if (column === undefined) {
      if (name.trim() !== '') {
        errors.push({ row: 1, column: name.trim(), message: `"${name.trim()}" is not an MSEL column.`, hint: `The columns are: ${MSEL_COLUMNS.map((c) => `"${labels[0].headers[c]}"`).join(', ')}.` });
      }
      return;
    }
    if (columnAt.has(column)) errors.push({ row: 1, column: name.trim(), message: `The column "${name.trim()}" appears twice.` });
    else columnAt.set(column, i);
  });
  if (!columnAt.has('id') && !columnAt.has('number')) {
    errors.push({ row: 1, column: null, message: `The sheet needs a column "${labels[0].headers.id}" or "${labels[0].headers.number}" to know which inject each row is.` });
  }
  if (errors.length > 0) return { ok: false, errors, scenarioErrors: [] };

  const rows: Row[] = body
    .map((cells, i) => ({
      number: i + 2,
      cell: (c: MselColumn) => {
        const at = columnAt.get(c);
        return at === undefined ? undefined : unprotectCell(cells[at] ?? '');
      },
      blank: cells.every((v) => v.trim() === ''),
      extra: cells.length > header.length && cells.slice(header.length).some((v) => v.trim() !== ''),
    }))
    .filter((r) => {
      if (r.extra) errors.push({ row: r.number, column: null, message: `This row has more cells than the header row has columns (${header.length}).` });
      return !r.blank;
    });

  // ---------------------------------------------------------------- which inject each row is
  const order = mselOrder(scenario);
  const numberOf = new Map(order.map((x) => [x.index, x.number]));
  const byNumber = new Map(order.map((x) => [x.number, x.index]));
  const byId = new Map(scenario.injects.map((inject, index) => [inject.id, index]));
  const taken = new Set(scenario.injects.map((i) => i.id));
  const rowOfInject = new Map<number, number>();
  const targets: { row: Row; index: number | null; id: string }[] = [];
  for (const row of rows) {
    const id = (row.cell('id') ?? '').trim();
    const numberCell = (row.cell('number') ?? '').trim();
    let index: number | null;
    let newId = id;
    if (id !== '') {
      if (!ID.test(id)) {
        errors.push({ row: row.number, column: headerName('id'), message: `"${id}" is not a valid id.`, hint: 'Use lower-case letters, digits and hyphens, starting with a letter, e.g. "inj-press-call".' });
        continue;
      }
      index = byId.get(id) ?? null;
    } else if (/^\d+$/.test(numberCell)) {
      index = byNumber.get(Number(numberCell)) ?? null;
      if (index === null) {
        newId = `inject-${numberCell}`;
        for (let n = 2; taken.has(newId); n++) newId = `inject-${numberCell}-${n}`;
      } else newId = scenario.injects[index]?.id ?? '';
    } else {
      errors.push({ row: row.number, column: headerName(columnAt.has('id') ? 'id' : 'number'), message: 'This row names no inject: give its id or its MSEL number.' });
      continue;
    }
    if (index !== null && rowOfInject.has(index)) {
      errors.push({ row: row.number, column: headerName(id !== '' ? 'id' : 'number'), message: `Inject "${newId}" already has a row (row ${rowOfInject.get(index)}).` });
      continue;
    }
    if (index === null && targets.some((t) => t.index === null && t.id === newId)) {
      errors.push({ row: row.number, column: headerName('id'), message: `Inject "${newId}" already has a row.` });
      continue;
    }
    if (index !== null) rowOfInject.set(index, row.number);
    taken.add(newId);
    targets.push({ row, index, id: newId });
  }

  // ---------------------------------------------------------------- what each row changes
  const edits: Edit[] = [];
  const updated: string[] = [];
  const created: { id: string; row: number; position: number }[] = [];
  for (const target of targets) {
    const rowErrors = (column: MselColumn, message: string, hint?: string) =>
      errors.push({ row: target.row.number, column: headerName(column), message, ...(hint === undefined ? {} : { hint }) });
    if (target.index === null) {
      const made = newInject(target.id, target.row, labels, rowErrors);
      if (made) {
        created.push({ id: target.id, row: target.row.number, position: scenario.injects.length + created.length });
        edits.push({ path: ['injects', scenario.injects.length + created.length - 1], value: made, insert: true });
      }
      continue;
    }
    const inject = scenario.injects[target.index] as Inject;
    const changes = updateInject(inject, target.index, numberOf.get(target.index) ?? 0, target.row, labels, rowErrors);
    if (changes.length > 0) updated.push(inject.id);
    edits.push(...changes);
  }

  // ---------------------------------------------------------------- edit the file, then load it again
  const bom = scenarioText.startsWith(BOM) ? BOM : '';
  let text = bom ? scenarioText.slice(1) : scenarioText;
  const formattingOptions = formatting(text);
  for (const edit of edits) {
    text = applyEdits(text, modify(text, edit.path, edit.value, { formattingOptions, ...(edit.insert ? { isArrayInsertion: true } : {}) }));
  }
  const result = `${bom}${text}`;
  // The cells that could be read are applied and checked too, so one import reports every problem at once.
  const check = loadScenario(result, file);
  if (!check.ok || errors.length > 0) {
    const rowOf = (index: number) => rowOfInject.get(index) ?? created.find((c) => c.position === index)?.row ?? null;
    const placed = check.ok ? [] : check.errors.map((e) => placeError(e, rowOf, headerName));
    const all = [...errors, ...placed].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { ok: false, errors: all, scenarioErrors: [] };
  }
  const named = new Set(targets.flatMap((t) => (t.index === null ? [] : [t.index])));
  return {
    ok: true,
    text: result,
    updated,
    created: created.map((c) => c.id),
    notInSheet: scenario.injects.filter((_, i) => !named.has(i)).map((i) => i.id),
  };
}

type Vocabularies = readonly [MselLabels, ...MselLabels[]];

type Report = (column: MselColumn, message: string, hint?: string) => void;

const FIELD_COLUMNS: Readonly<Record<string, MselColumn | [MselColumn, MselColumn]>> = {
  id: 'id',
  at: 'time',
  when: 'time',
  optional: 'time',
  from: ['fromNl', 'fromEn'],
  to: 'to',
  channel: 'channel',
  text: ['textNl', 'textEn'],
  expectedActions: 'expected',
  trainerNote: ['noteNl', 'noteEn'],
  objective: 'objective',
};

/** A loader error after the edits, told at the row and column that caused it. */
function placeError(e: ScenarioError, rowOf: (index: number) => number | null, headerName: (c: MselColumn) => string): MselError {
  const m = /^injects\[(\d+)\](?:\.(\w+))?(.*)$/.exec(e.path);
  const hint = e.hint === undefined ? {} : { hint: e.hint };
  if (!m) return { row: null, column: null, message: `${e.path ? `${e.path}: ` : ''}${e.message}`, ...hint };
  const field = FIELD_COLUMNS[m[2] ?? ''];
  const column = field === undefined ? null : Array.isArray(field) ? headerName((m[3] ?? '').startsWith('.en') ? field[1] : field[0]) : headerName(field);
  return { row: rowOf(Number(m[1])), column, message: e.message, ...hint };
}

function timeEdits(base: JSONPath, time: Time, inject: Inject | null): Edit[] {
  if (time === 'optional') return [{ path: [...base, 'optional'], value: true }];
  if (time === 'when') return [{ path: [...base, 'at'], value: undefined }, { path: [...base, 'optional'], value: undefined }];
  return [
    { path: [...base, 'at'], value: time.at },
    ...(inject?.when !== undefined ? [{ path: [...base, 'when'], value: undefined }] : []),
    ...(inject?.optional ? [{ path: [...base, 'optional'], value: undefined }] : []),
  ];
}

function updateInject(inject: Inject, index: number, number: number, row: Row, labels: Vocabularies, report: Report): Edit[] {
  const base: JSONPath = ['injects', index];
  const edits: Edit[] = [];
  const current = labels.map((l) => plainCells(inject, number, l));
  const changed = (c: MselColumn) => {
    const cell = row.cell(c);
    return cell !== undefined && !current.some((cells) => cells[c] === cell);
  };

  if (changed('time')) {
    const time = parseTime(row.cell('time') ?? '', labels);
    if (time === null) report('time', `"${row.cell('time')}" is not a scenario time.`, `Write T+minutes (e.g. T+20), "${labels[0].when}" or "${labels[0].optional}".`);
    else if (time === 'when' && inject.when === undefined) report('time', `Inject "${inject.id}" has no condition to be delivered by.`, 'Write its "when" condition in the scenario file, or give a time.');
    else edits.push(...timeEdits(base, time, inject));
  }
  const pair = (nl: MselColumn, en: MselColumn, field: 'from' | 'text' | 'trainerNote', required: boolean) => {
    if (!changed(nl) && !changed(en)) return;
    const [curNl, curEn] = textCells(inject[field]);
    const value = composeText(row.cell(nl) ?? curNl, row.cell(en) ?? curEn);
    if (value === undefined && required) report(nl, 'This text is required: write it in at least one language.');
    else edits.push({ path: [...base, field], value });
  };
  pair('fromNl', 'fromEn', 'from', true);
  if (changed('to')) {
    const to = parseTo(row.cell('to') ?? '', labels);
    if (to === null) report('to', `"${row.cell('to')}" names no roles.`, `Write role ids separated by commas, or "${labels[0].all}"; add "${labels[0].projector}" to show it on the projector.`);
    else edits.push({ path: [...base, 'to'], value: { roles: to.roles, ...(to.projector ? { projector: true } : {}) } });
  }
  if (changed('channel')) edits.push({ path: [...base, 'channel'], value: (row.cell('channel') ?? '').trim() });
  pair('textNl', 'textEn', 'text', true);
  if (changed('expected')) {
    const parsed = parseExpected(row.cell('expected') ?? '');
    if (!parsed.ok) report('expected', parsed.message);
    else edits.push({ path: [...base, 'expectedActions'], value: parsed.actions.length > 0 ? parsed.actions : undefined });
  }
  pair('noteNl', 'noteEn', 'trainerNote', false);
  if (changed('objective')) {
    const objective = (row.cell('objective') ?? '').trim();
    edits.push({ path: [...base, 'objective'], value: objective === '' ? undefined : objective.toUpperCase() });
  }
  return edits;
}

function newInject(id: string, row: Row, labels: Vocabularies, report: Report): Record<string, unknown> | null {
  let ok = true;
  const need = (c: MselColumn, what: string): string => {
    const v = (row.cell(c) ?? '').trim();
    if (v === '') {
      report(c, `A new inject needs ${what}.`);
      ok = false;
    }
    return v;
  };
  const out: Record<string, unknown> = { id };
  const timeCell = need('time', 'a time (T+minutes) or ' + `"${labels[0].optional}"`);
  if (timeCell !== '') {
    const time = parseTime(timeCell, labels);
    if (time === null || time === 'when') {
      report('time', time === 'when' ? 'A new inject cannot be delivered by a condition from the sheet.' : `"${timeCell}" is not a scenario time.`, `Write T+minutes (e.g. T+20) or "${labels[0].optional}"; a condition is written in the scenario file.`);
      ok = false;
    } else if (time === 'optional') out.optional = true;
    else out.at = time.at;
  }
  const from = composeText(row.cell('fromNl') ?? '', row.cell('fromEn') ?? '');
  if (from === undefined) {
    report('fromNl', 'A new inject needs a sender.');
    ok = false;
  } else out.from = from;
  const toCell = need('to', 'its receivers');
  if (toCell !== '') {
    const to = parseTo(toCell, labels);
    if (to === null) {
      report('to', `"${toCell}" names no roles.`);
      ok = false;
    } else out.to = { roles: to.roles, ...(to.projector ? { projector: true } : {}) };
  }
  const channel = need('channel', 'a channel');
  if (channel !== '') out.channel = channel;
  const text = composeText(row.cell('textNl') ?? '', row.cell('textEn') ?? '');
  if (text === undefined) {
    report('textNl', 'A new inject needs its text.');
    ok = false;
  } else out.text = text;
  const expected = parseExpected(row.cell('expected') ?? '');
  if (!expected.ok) {
    report('expected', expected.message);
    ok = false;
  } else if (expected.actions.length > 0) out.expectedActions = expected.actions;
  const note = composeText(row.cell('noteNl') ?? '', row.cell('noteEn') ?? '');
  if (note !== undefined) out.trainerNote = note;
  const objective = (row.cell('objective') ?? '').trim();
  if (objective !== '') out.objective = objective.toUpperCase();
  return ok ? out : null;
}

