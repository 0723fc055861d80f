export { exportMsel, type MselExportOptions } from './export.js';
export { importMsel, type MselError, type MselImportOptions, type MselImportResult } from './import.js';
export { MSEL_COLUMNS, type MselColumn, type MselLabels } from './columns.js';
export { readCsv, writeCsv, detectSeparator, BOM, type Separator, type CsvProblem } from './csv.js';
export { formatExpected, parseExpected } from './expected.js';
