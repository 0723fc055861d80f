// Reading back what autosave kept. A save is a session bundle and is read like one (readBundle): fully
// replayed and checked, or refused with a reason the user can read — never half-used.
import '../../zod-setup.js';
import type { ExerciseState, Scenario } from '../../engine/index.js';
import { z } from 'zod';
import { readBundle } from '../../engine/session/bundle.js';
import { parseUntrusted } from '../../engine/untrusted.js';
import type { AutosaveStore, SavedSession } from '../../storage/autosave.js';

export type SavedCheck =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly saved: SavedSession; readonly scenario: Scenario; readonly state: ExerciseState }
  /**
   * `raw` is whatever the store gave back, for "export what is there"; `id` is its id when that is a usable
   * name; `key` is the record's key as stored (whatever its type), to remove exactly it; null when the store
   * itself could not be read — then starting fresh clears the whole store.
   */
  | {
      readonly kind: 'damaged';
      readonly raw: unknown;
      readonly id: string | null;
      readonly key: unknown;
      readonly code: string;
      readonly params: Readonly<Record<string, string | number>>;
    };

// What a save record must hold before its bundle is even looked at; each field has its own reason.
const LATEST_DATE = 8.64e15;
const RECORD_FIELDS = [
  ['id', 'save-bad-id', z.string().min(1).max(200)],
  ['savedAt', 'save-bad-time', z.number().min(0).max(LATEST_DATE)],
  ['title', 'save-bad-title', z.string().max(2000)],
] as const;

/** A stored value as a short text for a reason the user reads. */
function shown(value: unknown): string {
  try {
    return (typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value))).slice(0, 60);
  } catch {
    return typeof value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function checkSaved(store: AutosaveStore): Promise<SavedCheck> {
  const latest = await store.latest();
  if (!latest.ok) return { kind: 'damaged', raw: null, id: null, key: null, code: 'save-unreadable', params: { reason: latest.reason } };
  const saved: unknown = latest.session;
  if (saved === null) return { kind: 'none' };
  if (!isRecord(saved) || !('bundle' in saved)) return { kind: 'damaged', raw: saved, id: null, key: isRecord(saved) ? saved.id : null, code: 'save-not-a-session', params: {} };
  const key = saved.id;
  const id = typeof key === 'string' && key !== '' ? key : null;
  for (const [field, code, schema] of RECORD_FIELDS) {
    if (!parseUntrusted(schema, saved[field]).success) return { kind: 'damaged', raw: saved, id, key, code, params: { value: shown(saved[field]) } };
  }
  const record = saved as unknown as SavedSession;
  const read = readBundle(record.bundle);
  if (!read.ok) return { kind: 'damaged', raw: saved, id, key, code: read.code, params: read.params };
  return { kind: 'ok', saved: record, scenario: read.scenario, state: read.state };
}

/** What was stored, as JSON: the bundle when the record holds one, else the whole record. */
export function rawJson(raw: unknown): string {
  const bundle = typeof raw === 'object' && raw !== null && 'bundle' in raw ? (raw as { bundle: unknown }).bundle : raw;
  try {
    return JSON.stringify(bundle ?? null, null, 2);
  } catch {
    return 'null';
  }
}
