// RFC 4180 CSV, both ways, for the files exercise planners open in Excel. Written: CRLF line ends, a field
// quoted only when it holds the separator, a quote, CR or LF; a UTF-8 byte-order mark on request (Excel needs
// it to read UTF-8). Read: quoted fields with "" escapes and line breaks, CRLF, LF or CR line ends, an
// optional byte-order mark, and exact row and column numbers for anything malformed.

export type Separator = ';' | ',';

export const BOM = '\uFEFF';

export interface CsvWriteOptions {
  readonly separator: Separator;
  readonly bom: boolean;
}

function field(value: string, separator: Separator): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions): string {
  const body = rows.map((row) => row.map((v) => field(v, options.separator)).join(options.separator)).join('\r\n');
  return `${options.bom ? BOM : ''}${body}\r\n`;
}

export interface CsvProblem {
  /** 1-based record number (the row Excel shows) and field number. */
  readonly row: number;
  readonly column: number;
  readonly message: string;
}

export type CsvReadResult = { readonly ok: true; readonly rows: string[][] } | { readonly ok: false; readonly problem: CsvProblem };

/** The separator of a file: the one that occurs in its first line (outside quotes) more often. */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text.startsWith(BOM) ? text.slice(1) : text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

export function readCsv(input: string, separator: Separator): CsvReadResult {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let i = 0;
  const endField = () => {
    row.push(value);
    value = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && value === '') {
      // A quoted field: runs to the next lone quote; "" is a quote inside it.
      const start = { row: rows.length + 1, column: row.length + 1 };
      i++;
      for (;;) {
        if (i >= text.length) return { ok: false, problem: { ...start, message: 'A quoted field is never closed: a closing quote (") is missing.' } };
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      const after = text[i];
      if (after !== undefined && after !== separator && after !== '\r' && after !== '\n') {
        return { ok: false, problem: { ...start, message: `Text after the closing quote of a quoted field ("${after}"); a quote inside a field is written twice ("").` } };
      }
      continue;
    }
    if (ch === separator) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      value += ch;
      i++;
    }
  }
  if (value !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}
