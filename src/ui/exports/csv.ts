// CSV as RFC 4180 writes it: a field is quoted when it holds the separator, a quote or a line break,
// and a quote inside is doubled; records end with CRLF. Dutch Excel reads ';' as its list separator
// and needs the UTF-8 byte-order mark to read accented letters, so that is the default.

export interface CsvOptions {
  readonly separator: ';' | ',';
  /** Prefix U+FEFF, which the file encodes as the UTF-8 byte-order mark Excel looks for. */
  readonly bom: boolean;
}

export const EXCEL_NL: CsvOptions = { separator: ';', bom: true };
export const PLAIN_CSV: CsvOptions = { separator: ',', bom: false };

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue, separator: CsvOptions['separator']): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = EXCEL_NL): string {
  const body = rows.map((row) => row.map((v) => csvField(v, options.separator)).join(options.separator)).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}
