// The room's own state on disk (room.json): the join code, the trainer's token and every device with
// its seat, so a restarted host knows every device again and each rejoins with the token it has. It is
// small and changes only when the trainer admits, moves or kicks, so it is rewritten whole: to a
// temporary file, fsynced, then renamed over the old one — a crash leaves the old or the new, never half.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { asArray, parseUntrusted } from '../engine/untrusted.js';
import { SeatSchema } from '../host/protocol.js';

export const ROOM_FILE = 'room.json';

const StoredStatus = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('pending') }),
  z.strictObject({ state: z.literal('admitted'), session: z.string(), seat: SeatSchema }),
  z.strictObject({ state: z.literal('kicked') }),
]);
export type StoredStatus = z.infer<typeof StoredStatus>;

const DeviceRecordSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  status: StoredStatus,
  joinedAt: z.number(),
});
export type DeviceRecord = z.infer<typeof DeviceRecordSchema>;

const RoomFileSchema = z.strictObject({
  format: z.literal('crisistafel-room'),
  version: z.literal(1),
  code: z.string().regex(/^[A-Z0-9]{4,12}$/),
  trainerToken: z.string().regex(/^[0-9a-f]{64}$/),
  devices: asArray(z.array(DeviceRecordSchema).max(10_000)),
});
export type RoomFile = z.infer<typeof RoomFileSchema>;

export type RoomFileRead = { readonly kind: 'missing' } | { readonly kind: 'ok'; readonly room: RoomFile } | { readonly kind: 'unreadable'; readonly reason: string };

export function readRoomFile(dir: string): RoomFileRead {
  const path = join(dir, ROOM_FILE);
  if (!existsSync(path)) return { kind: 'missing' };
  try {
    const parsed = parseUntrusted(RoomFileSchema, JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) return { kind: 'unreadable', reason: (parsed.error ? z.prettifyError(parsed.error) : (parsed.thrown ?? '')).slice(0, 300) };
    return { kind: 'ok', room: parsed.data };
  } catch (error) {
    return { kind: 'unreadable', reason: String(error).slice(0, 300) };
  }
}

/** fsync a directory, so a file created or renamed in it survives a power cut too. */
export function syncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse to fsync a directory; the file itself is already synced.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export function writeRoomFile(dir: string, room: RoomFile): void {
  const path = join(dir, ROOM_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    const buffer = Buffer.from(`${JSON.stringify(room, null, 1)}\n`, 'utf8');
    let written = 0;
    while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  syncDirectory(dirname(path));
}
