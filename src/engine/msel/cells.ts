// One inject as the cells of its MSEL row. Export writes these; import compares a row with them first, so a
// cell the planner left alone changes nothing in the scenario file, whatever form the file wrote it in.
import type { Inject, Scenario, TextT } from '../scenario/schema.js';
import { protectCell, type MselColumn, type MselLabels } from './columns.js';
import { formatExpected } from './expected.js';

export function textCells(text: TextT | undefined): [nl: string, en: string] {
  if (text === undefined) return ['', ''];
  return typeof text === 'string' ? [text, text] : [text.nl, text.en];
}

export function timeCell(inject: Inject, labels: MselLabels): string {
  if (inject.optional) return labels.optional;
  if (inject.at !== undefined) return `T+${inject.at}`;
  return labels.when;
}

export function toCell(inject: Inject, labels: MselLabels): string {
  const roles = inject.to.roles === 'all' ? [labels.all] : [...inject.to.roles];
  return [...roles, ...(inject.to.projector ? [labels.projector] : [])].join(', ');
}

/** The row of an inject, before spreadsheet protection: what import compares against. */
export function plainCells(inject: Inject, number: number, labels: MselLabels): Record<MselColumn, string> {
  const [fromNl, fromEn] = textCells(inject.from);
  const [textNl, textEn] = textCells(inject.text);
  const [noteNl, noteEn] = textCells(inject.trainerNote);
  return {
    number: String(number),
    id: inject.id,
    time: timeCell(inject, labels),
    fromNl,
    fromEn,
    to: toCell(inject, labels),
    channel: inject.channel,
    textNl,
    textEn,
    expected: formatExpected(inject.expectedActions),
    noteNl,
    noteEn,
    objective: inject.objective ?? '',
  };
}

export function protectRow(cells: Record<MselColumn, string>): Record<MselColumn, string> {
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, protectCell(v)])) as Record<MselColumn, string>;
}

/** MSEL order: timed injects by time, then those delivered by condition or by the trainer, each in file order. */
export function mselOrder(scenario: Scenario): { inject: Inject; number: number; index: number }[] {
  const key = (i: Inject) => (!i.optional && i.at !== undefined ? i.at : Infinity);
  return scenario.injects
    .map((inject, index) => ({ inject, index }))
    .sort((a, b) => key(a.inject) - key(b.inject) || a.index - b.index)
    .map((x, n) => ({ ...x, number: n + 1 }));
}
