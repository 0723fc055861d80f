// The journal on disk: what is appended reads back, and any damage — a torn last line, a changed byte, a
// line removed or moved — is found at the line where it is, with everything before it intact.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JournalWriter, readJournal } from '../../../src/server/journal.js';
import { removeTempFolders, tempFolder } from './support.js';

afterEach(removeTempFolders);

function journalOf(records: readonly unknown[]): string {
  const path = join(tempFolder(), 'j.jsonl');
  const writer = JournalWriter.create(path, records[0]);
  writer.append(records.slice(1));
  writer.close();
  return path;
}

const records = [{ kind: 'header' }, { n: 0 }, { n: 1, text: 'ünïcode ✓' }, { n: 2 }];

describe('a journal', () => {
  it('reads back every record it was given, in order', () => {
    const read = readJournal(journalOf(records));
    expect(read.records).toEqual(records);
    expect(read.damage).toBeNull();
  });

  it('goes on after a reopen, chained to what was there', () => {
    const path = journalOf(records);
    const writer = JournalWriter.reopen(path, readJournal(path));
    writer.append([{ n: 3 }]);
    writer.close();
    expect(readJournal(path).records).toEqual([...records, { n: 3 }]);
    expect(readJournal(path).damage).toBeNull();
  });

  it('finds a last line that was only half written', () => {
    const path = journalOf(records);
    appendFileSync(path, '3f2a {"n":');
    const read = readJournal(path);
    expect(read.records).toEqual(records);
    expect(read.damage).toEqual({ line: 5, reason: 'torn', kept: 4, droppedBytes: 10 });
    expect(read.validBytes).toBe(readFileSync(path).length - 10);
  });

  it('finds a changed byte at the line it is in, and uses nothing from there on', () => {
    const path = journalOf(records);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"n":1', '"n":7'));
    const read = readJournal(path);
    expect(read.records).toEqual(records.slice(0, 2));
    expect(read.damage).toMatchObject({ line: 3, reason: 'checksum', kept: 2 });
  });

  it('finds a line that was removed, or two that swapped places', () => {
    const path = journalOf(records);
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, [lines[0], lines[1], lines[3], ''].join('\n'));
    expect(readJournal(path).damage).toMatchObject({ line: 3, reason: 'checksum' });
    writeFileSync(path, [lines[0], lines[2], lines[1], lines[3], ''].join('\n'));
    expect(readJournal(path).damage).toMatchObject({ line: 2, reason: 'checksum' });
  });

  it('refuses to create a journal over one that exists', () => {
    const path = journalOf(records);
    expect(() => JournalWriter.create(path, { kind: 'header' })).toThrow();
    expect(readJournal(path).records).toEqual(records);
  });

  it('cuts a damaged journal back to its intact part when asked', () => {
    const path = journalOf(records);
    appendFileSync(path, 'garbage without a newline');
    const writer = JournalWriter.reopen(path, readJournal(path));
    writer.truncate();
    writer.append([{ n: 3 }]);
    writer.close();
    expect(readJournal(path)).toMatchObject({ records: [...records, { n: 3 }], damage: null });
  });
});
