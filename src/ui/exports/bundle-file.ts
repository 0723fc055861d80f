// The session bundle as a file users keep: written as JSON, read back through the engine's readBundle,
// which replays the log and refuses a damaged file or one played with another scenario.
import type { Scenario, TextT } from '../../engine/scenario/schema.js';
import { makeBundle, readBundle, sealBundle, type EditedPart, type ReadOptions, type SessionBundle } from '../../engine/session/bundle.js';
import type { Actor, Command, ExerciseState } from '../../engine/session/types.js';
import { t, type Language } from '../../i18n/index.js';
import type { NameSwap } from './anonymise.js';

/** A file name that says what the file is and works on every file system. */
export function exportFileName(scenario: Scenario, state: ExerciseState, what: string, extension: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'x';
  return `crisistafel-${safe(scenario.id)}-seed-${safe(state.seed)}-${what}.${extension}`;
}

function swapActor(actor: Actor): Actor {
  // An evaluator's own name is the only person's name an actor carries.
  return actor.kind === 'evaluator' ? { kind: 'evaluator' } : actor;
}

function swapCommand(command: Command, swap: NameSwap): Command {
  const actor = swapActor(command.actor);
  switch (command.type) {
    case 'decide':
      return { ...command, actor, ...(command.rationale === undefined ? {} : { rationale: swap.text(command.rationale) }) };
    case 'observe':
      return { ...command, actor, text: swap.text(command.text) };
    case 'freeInject':
      return { ...command, actor, text: swap.text(command.text) };
    case 'override':
      return { ...command, actor, reason: swap.text(command.reason) };
    default:
      return { ...command, actor };
  }
}

/**
 * The bundle of this exercise. With a name swap, participant names are replaced in the settings and in
 * every free text of the log; nothing the rules read changes, so the bundle still replays to the same scores.
 */
export function sessionBundle(scenario: Scenario, state: ExerciseState, swap: NameSwap | null): SessionBundle {
  const bundle = makeBundle(scenario, state);
  // Sealed last, over what the file holds (names swapped or not): an edit after export is then found on import.
  if (swap === null) return sealBundle(bundle);
  return sealBundle({
    ...bundle,
    settings: {
      ...bundle.settings,
      tables: bundle.settings.tables.map((table) => ({
        ...table,
        name: swap.text(table.name),
        ...(table.participants === undefined ? {} : { participants: [...swap.people(table)] }),
      })),
    },
    log: bundle.log.map((entry) => ({ ...entry, command: swapCommand(entry.command, swap) })),
    attempts: bundle.attempts.map((a) => ({ ...a, command: swapCommand(a.command, swap) })),
  });
}

export function bundleJson(bundle: SessionBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

export type BundleImport =
  | { readonly ok: true; readonly bundle: SessionBundle; readonly scenario: Scenario; readonly state: ExerciseState; readonly edited: readonly EditedPart[] }
  | {
      readonly ok: false;
      /** For a file refused because it was edited after export: its text, to read again once the trainer confirms. */
      readonly editedText?: string;
      /** An engine refusal code ("bundle-…"), or "bundle-not-json" when the file is not JSON at all. */
      readonly code: string;
      readonly params: Readonly<Record<string, string | number>>;
      /** For a bundle of another scenario: which one it says it was played with, as far as it tells. */
      readonly other: { readonly id: string; readonly title: TextT | null } | null;
    };

const isText = (v: unknown): v is TextT =>
  typeof v === 'string' || (typeof v === 'object' && v !== null && typeof (v as { nl?: unknown }).nl === 'string' && typeof (v as { en?: unknown }).en === 'string');

function embeddedScenario(json: unknown): { id: string; title: TextT | null } | null {
  const s = typeof json === 'object' && json !== null ? (json as { scenario?: unknown }).scenario : undefined;
  if (typeof s !== 'object' || s === null) return null;
  const { id, title } = s as { id?: unknown; title?: unknown };
  return typeof id === 'string' ? { id: id.slice(0, 200), title: isText(title) ? title : null } : null;
}

/** Read a bundle file's text against the open scenario. Never throws. */
export function readBundleText(text: string, scenario: Scenario, options: ReadOptions = {}): BundleImport {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, code: 'bundle-not-json', params: { message: error instanceof Error ? error.message.slice(0, 200) : '' }, other: null };
  }
  const read = readBundle(json, scenario, options);
  if (read.ok) return { ok: true, bundle: read.bundle, scenario: read.scenario, state: read.state, edited: read.edited };
  const edited = read.code.startsWith('bundle-edited-') || read.code === 'bundle-scenario-edited';
  return { ok: false, code: read.code, params: read.params, other: read.code === 'bundle-scenario-mismatch' ? embeddedScenario(json) : null, ...(edited ? { editedText: text } : {}) };
}

/** Where a file was edited, as words: "command 12, the refused attempts". */
export function editedPlaces(edited: readonly EditedPart[], lang: Language): string {
  return edited.map((e) => (e.part === 'command' ? t(lang, 'export.import.edited.command', { command: e.command }) : t(lang, `export.import.edited.${e.part}`))).join(', ');
}
