// Reading back what autosave kept. A save is a session bundle and is read like one (readBundle): fully
// replayed and checked, or refused with a reason the user can read — never half-used.
import '../../zod-setup.js';
import type { ExerciseState, Scenario } from '../../engine/index.js';
import { readBundle } from '../../engine/session/bundle.js';
import type { AutosaveStore, SavedSession } from '../../storage/autosave.js';

export type SavedCheck =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly saved: SavedSession; readonly scenario: Scenario; readonly state: ExerciseState }
  /** `raw` is whatever the store gave back, for "export what is there"; `id` is known when the record had one. */
  | {
      readonly kind: 'damaged';
      readonly raw: unknown;
      readonly id: string | null;
      readonly code: string;
      readonly params: Readonly<Record<string, string | number>>;
    };

function isSaved(value: unknown): value is SavedSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.savedAt === 'number' && typeof v.title === 'string' && 'bundle' in v;
}

function idOf(value: unknown): string | null {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;
}

export async function checkSaved(store: AutosaveStore): Promise<SavedCheck> {
  const latest = await store.latest();
  if (!latest.ok) return { kind: 'damaged', raw: null, id: null, code: 'save-unreadable', params: { reason: latest.reason } };
  const saved: unknown = latest.session;
  if (saved === null) return { kind: 'none' };
  if (!isSaved(saved)) return { kind: 'damaged', raw: saved, id: idOf(saved), code: 'save-not-a-session', params: {} };
  const read = readBundle(saved.bundle);
  if (!read.ok) return { kind: 'damaged', raw: saved, id: saved.id, code: read.code, params: read.params };
  return { kind: 'ok', saved, scenario: read.scenario, state: read.state };
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
