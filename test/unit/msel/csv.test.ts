// RFC 4180 both ways: quotes, separators, line breaks inside fields, CRLF/LF/CR, the byte-order mark, and
// malformed input told by row and column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, detectSeparator, readCsv, writeCsv } from '../../../src/engine/msel/index.js';

const read = (text: string, sep: ';' | ',' = ';') => {
  const r = readCsv(text, sep);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.rows;
};

describe('writeCsv', () => {
  it('quotes only fields with the separator, a quote or a line break, doubling quotes; ends rows with CRLF', () => {
    expect(writeCsv([['a', 'b;c', 'say "hi"', 'two\nlines', 'x,y']], { separator: ';', bom: false })).toBe('a;"b;c";"say ""hi""";"two\nlines";x,y\r\n');
    expect(writeCsv([['x,y', 'b;c']], { separator: ',', bom: false })).toBe('"x,y",b;c\r\n');
  });

  it('starts with a UTF-8 byte-order mark on request, so Excel reads UTF-8', () => {
    expect(writeCsv([['é']], { separator: ';', bom: true })).toBe(`${BOM}é\r\n`);
  });
});

describe('readCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    expect(read('a;"b;c";"say ""hi""";"two\r\nlines"\r\nnext;row\r\n')).toEqual([
      ['a', 'b;c', 'say "hi"', 'two\r\nlines'],
      ['next', 'row'],
    ]);
  });

  it('accepts LF and lone CR line ends and a missing final line end', () => {
    expect(read('a;b\nc;d\re;f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('reads past a byte-order mark and keeps empty fields', () => {
    expect(read(`${BOM}a;;"";b\r\n;\r\n`)).toEqual([
      ['a', '', '', 'b'],
      ['', ''],
    ]);
  });

  it('reads the comma separator when asked', () => {
    expect(read('"a,b",c;d\r\n', ',')).toEqual([['a,b', 'c;d']]);
  });

  it('reports an unclosed quote and text after a closing quote at their row and column', () => {
    expect(readCsv('a;b\r\nc;"open\r\nstill open', ';')).toEqual({ ok: false, problem: { row: 2, column: 2, message: expect.stringContaining('never closed') } });
    expect(readCsv('a;"x"y;b', ';')).toEqual({ ok: false, problem: { row: 1, column: 2, message: expect.stringContaining('after the closing quote') } });
  });

  it('gives back exactly what it was given, for any cells (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ';', ',', '"', '\n', '\r', '\r\n', '=', "'") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(';' as const, ',' as const), fc.boolean(), (rows, separator, bom) => {
        // A row of one empty cell is an empty line, which reads back as one empty field: the same.
        expect(read(writeCsv(rows, { separator, bom }), separator)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectSeparator', () => {
  it('picks the separator of the header row, ignoring quoted text and later lines', () => {
    expect(detectSeparator(`${BOM}Nr;Id;"a,b,c"\r\n1,2,3,4,5`)).toBe(';');
    expect(detectSeparator('No.,Id,"a;b;c"\r\n')).toBe(',');
  });
});
