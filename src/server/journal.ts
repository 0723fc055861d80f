// A session's journal on disk: one JSON record per line, each line led by a SHA-256 that covers the line
// and the sum of the line before it, so a torn write, a flipped byte, a lost or a reordered line all
// break the chain where they happen. Appends are written and fsynced before the host answers the
// device: an acknowledged command is on disk. (The fsync of a batch runs on libuv's thread pool, so
// groups waiting for the disk do so side by side instead of one after another on the event loop.) Reading stops at the first damage and says where; the
// damaged part is never used, and the intact part only once the trainer has been told (see group.ts).
import { closeSync, fsync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { JournalDamage } from '../host/protocol.js';

const SUM_CHARS = 64;

function sumOf(previous: string, json: string): string {
  return createHash('sha256').update(previous).update('\n').update(json).digest('hex');
}

/** The line for a record, and the sum the next line chains from. */
export function journalLine(previous: string, record: unknown): { readonly line: string; readonly sum: string } {
  const json = JSON.stringify(record);
  const sum = sumOf(previous, json);
  return { line: `${sum} ${json}\n`, sum };
}

export interface JournalContents {
  readonly records: readonly unknown[];
  /** For each record, where its line ends and its sum: where the journal may be cut after it. */
  readonly lines: readonly { readonly end: number; readonly sum: string }[];
  /** Where the next line chains from: the sum of the last intact line. */
  readonly lastSum: string;
  /** Bytes of the intact part. */
  readonly validBytes: number;
  readonly damage: JournalDamage | null;
}

/**
 * Read a journal. `records` holds every intact line up to the first damage; `damage` says where it
 * starts and how many bytes follow it. The caller decides what may be done with an intact prefix.
 */
export function readJournal(path: string): JournalContents {
  const bytes = readFileSync(path);
  const records: unknown[] = [];
  const lines: { end: number; sum: string }[] = [];
  let previous = '';
  let offset = 0;
  let line = 0;
  const damaged = (reason: JournalDamage['reason']): JournalContents => ({
    records,
    lines,
    lastSum: previous,
    validBytes: offset,
    // "kept" counts records here; the session counts the commands among them (group.ts).
    damage: { line: line + 1, reason, kept: records.length, droppedBytes: bytes.length - offset },
  });
  while (offset < bytes.length) {
    const end = bytes.indexOf(0x0a, offset);
    // A last line without its newline was being written when the host stopped.
    if (end < 0) return damaged('torn');
    const text = bytes.subarray(offset, end).toString('utf8');
    const sum = text.slice(0, SUM_CHARS);
    const json = text.slice(SUM_CHARS + 1);
    if (text.charAt(SUM_CHARS) !== ' ' || sumOf(previous, json) !== sum) return damaged('checksum');
    let record: unknown;
    try {
      record = JSON.parse(json);
    } catch {
      return damaged('unreadable');
    }
    records.push(record);
    previous = sum;
    offset = end + 1;
    lines.push({ end: offset, sum });
    line += 1;
  }
  return { records, lines, lastSum: previous, validBytes: offset, damage: null };
}

/** The journal cut after its first `count` records: a record intact by its sum may still be out of place. */
export function cutAfter(contents: JournalContents, count: number, reason: JournalDamage['reason'], kept: number): JournalContents {
  const last = contents.lines[count - 1];
  const validBytes = last?.end ?? 0;
  const total = contents.validBytes + (contents.damage?.droppedBytes ?? 0);
  return {
    records: contents.records.slice(0, count),
    lines: contents.lines.slice(0, count),
    lastSum: last?.sum ?? '',
    validBytes,
    damage: { line: count + 1, reason, kept, droppedBytes: total - validBytes },
  };
}

/** An open journal that appends whole lines and fsyncs them. */
export class JournalWriter {
  private fd: number | null;

  private constructor(
    readonly path: string,
    fd: number,
    private last: string,
    private bytes: number,
  ) {
    this.fd = fd;
  }

  /** A new journal whose first line is `header`; fails when the file exists. */
  static create(path: string, header: unknown): JournalWriter {
    const fd = openSync(path, 'wx', 0o600);
    const writer = new JournalWriter(path, fd, '', 0);
    writer.append([header]);
    return writer;
  }

  /** Go on appending after the intact part of a journal that was read with readJournal. */
  static reopen(path: string, contents: Pick<JournalContents, 'lastSum' | 'validBytes'>): JournalWriter {
    const fd = openSync(path, 'r+');
    return new JournalWriter(path, fd, contents.lastSum, contents.validBytes);
  }

  /** Write the records as lines and fsync. Throws when the disk refuses; nothing is then acknowledged. */
  append(records: readonly unknown[]): void {
    this.write(records);
    fsyncSync(this.fdOrThrow());
  }

  /**
   * Write the records as lines now and fsync off the event loop; `done` runs once they are on disk (or
   * with the error). The caller acknowledges nothing before `done`, and starts no other append meanwhile.
   */
  appendThen(records: readonly unknown[], done: (error: Error | null) => void): void {
    try {
      this.write(records);
    } catch (error) {
      return done(error instanceof Error ? error : new Error(String(error)));
    }
    fsync(this.fdOrThrow(), (error) => done(error));
  }

  private fdOrThrow(): number {
    if (this.fd === null) throw new Error('journal closed');
    return this.fd;
  }

  private write(records: readonly unknown[]): void {
    const fd = this.fdOrThrow();
    let previous = this.last;
    const lines: string[] = [];
    for (const record of records) {
      const { line, sum } = journalLine(previous, record);
      lines.push(line);
      previous = sum;
    }
    const buffer = Buffer.from(lines.join(''), 'utf8');
    let written = 0;
    while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written, this.bytes + written);
    this.bytes += buffer.length;
    this.last = previous;
  }

  /** Cut the file back to its intact part (after the damaged rest was copied aside). */
  truncate(): void {
    const fd = this.fdOrThrow();
    ftruncateSync(fd, this.bytes);
    fsyncSync(fd);
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
