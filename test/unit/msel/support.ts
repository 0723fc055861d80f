import { exportMsel, importMsel, readCsv, writeCsv, type MselImportResult } from '../../../src/engine/msel/index.js';
import type { Scenario } from '../../../src/engine/scenario/schema.js';
import { mselLabels } from '../../../src/i18n/strings/lint.js';

export const EN = mselLabels('en');
export const NL = mselLabels('nl');

export const exportEn = (scenario: Scenario, extra: Partial<Parameters<typeof exportMsel>[1]> = {}) => exportMsel(scenario, { labels: EN, ...extra });

export const importBoth = (text: string, csv: string): MselImportResult => importMsel(text, csv, { labels: [EN, NL] });

/** Change cells of an exported sheet by header name: rows[0] is the header (sheet row 1), rows[1] the first inject. */
export function editSheet(csv: string, edit: (rows: string[][], col: (name: string) => number) => void): string {
  const read = readCsv(csv, ';');
  if (!read.ok) throw new Error('unreadable sheet');
  const rows = read.rows;
  const header = rows[0] ?? [];
  edit(rows, (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  });
  return writeCsv(rows, { separator: ';', bom: true });
}
