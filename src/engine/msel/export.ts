// A scenario's injects as an MSEL sheet: one row per inject in time order, the columns planners use, ";" and
// a UTF-8 byte-order mark by default so Dutch Excel opens it as it is (a comma on request).
import type { Scenario } from '../scenario/schema.js';
import { MSEL_COLUMNS, type MselLabels } from './columns.js';
import { mselOrder, plainCells, protectRow } from './cells.js';
import { writeCsv, type Separator } from './csv.js';

export interface MselExportOptions {
  readonly labels: MselLabels;
  readonly separator?: Separator;
  readonly bom?: boolean;
}

export function exportMsel(scenario: Scenario, options: MselExportOptions): string {
  const header = MSEL_COLUMNS.map((c) => options.labels.headers[c]);
  const rows = mselOrder(scenario).map(({ inject, number }) => {
    const cells = protectRow(plainCells(inject, number, options.labels));
    return MSEL_COLUMNS.map((c) => cells[c]);
  });
  return writeCsv([header, ...rows], { separator: options.separator ?? ';', bom: options.bom ?? true });
}
