// Open a session bundle file and check it against the open scenario: the engine replays its log and
// refuses a damaged file, a newer format, or a session played with another scenario — saying which
// scenario the file belongs to, so the trainer knows what to open instead.
import type { Scenario } from '../../engine/scenario/schema.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';
import { readBundleText, type BundleImport } from './bundle-file.js';

/** A bundle file is a scenario plus a log; far beyond this it is not one of ours. */
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;

export type ImportOutcome = BundleImport | { readonly ok: false; readonly code: 'bundle-too-large' | 'bundle-unreadable'; readonly params: Readonly<Record<string, string | number>>; readonly other: null };

export async function importBundleFile(file: File, scenario: Scenario): Promise<ImportOutcome> {
  if (file.size > MAX_BUNDLE_BYTES) return { ok: false, code: 'bundle-too-large', params: { size: Math.round(file.size / 1024 / 1024) }, other: null };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, code: 'bundle-unreadable', params: {}, other: null };
  }
  return readBundleText(text, scenario);
}

/** Why a file was refused, in one or two sentences. */
export function refusalText(outcome: Extract<ImportOutcome, { ok: false }>, scenario: Scenario, lang: Language): string {
  switch (outcome.code) {
    case 'bundle-not-json':
      return t(lang, 'export.import.notJson', { message: String(outcome.params.message ?? '') });
    case 'bundle-too-large':
      return t(lang, 'export.import.tooLarge', { size: outcome.params.size ?? '' });
    case 'bundle-unreadable':
      return t(lang, 'export.import.unreadable');
    case 'bundle-scenario-mismatch': {
      const open = `${localise(scenario.title, lang)} (${scenario.id} ${scenario.version})`;
      const other = outcome.other;
      const lead =
        other === null
          ? t(lang, 'export.import.otherScenarioUnknown', { open })
          : other.id === scenario.id
            ? t(lang, 'export.import.otherVersion', { open })
            : t(lang, 'export.import.otherScenario', { other: other.title === null ? other.id : `${localise(other.title, lang)} (${other.id})`, open });
      return `${lead} ${tDynamic(lang, `refusal.${outcome.code}`, outcome.params)}`;
    }
    default:
      return tDynamic(lang, `refusal.${outcome.code}`, outcome.params);
  }
}

export interface BundleImportOptions {
  readonly lang: Language;
  readonly scenario: Scenario;
  /** A stable id base, so re-rendering keeps the control's label and focus. */
  readonly id: string;
  readonly label: string;
  onOutcome(outcome: ImportOutcome, fileName: string): void;
}

/** The file control alone; the host screen shows the outcome where it fits. */
export function renderBundleImport(options: BundleImportOptions): HTMLElement {
  const input = el('input', { className: 'visually-hidden', attrs: { type: 'file', id: options.id, accept: '.json,application/json' } });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void importBundleFile(file, options.scenario).then((outcome) => options.onOutcome(outcome, file.name || 'session.json'));
  });
  return el('div', { className: 'bundle-import' }, [input, el('label', { className: 'button', text: options.label, attrs: { for: options.id } })]);
}
