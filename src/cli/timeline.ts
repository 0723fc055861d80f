// One line per event for the simulate report: the i18n template for its kind, filled with what the
// event says, with ids turned into the scenario's own names where that helps a trainer read it.
import type { EngineEvent, Scenario, TextT } from '../engine/index.js';
import { eventParams as sharedParams, short, str, type Namer } from '../i18n/event-words.js';
import { tDynamic, type Language, type Params } from '../i18n/index.js';

const textIn = (text: TextT | undefined, lang: Language): string => (text === undefined ? '' : typeof text === 'string' ? text : text[lang]);

/** The report keeps ids for teams and offices (they are the real abbreviations) and words for actions. */
const reportNamer =
  (lang: Language): Namer =>
  (prefix, id) =>
    prefix === 'action' ? tDynamic(lang, `action.${id}`) : id;

/** The template parameters for one event: its data, with objects described and inject titles looked up. */
function eventParams(scenario: Scenario, e: EngineEvent, lang: Language): Params {
  const params = sharedParams(e.kind, e.data, lang, reportNamer(lang));
  if (e.kind === 'injectDelivered') {
    const inject = scenario.injects.find((i) => i.id === e.data.inject);
    // The report is for authors, who look injects up by id: the id leads the title.
    params.title = e.data.free === true ? short(str(e.data.text), 90) : `${str(e.data.inject)}: ${short(textIn(inject?.title ?? inject?.text, lang), 90)}`;
  }
  return params;
}

export function describeEvent(scenario: Scenario, e: EngineEvent, lang: Language): string {
  return tDynamic(lang, `event.${e.kind}`, eventParams(scenario, e, lang));
}

export function clockLabel(minute: number): string {
  return `T+${String(minute).padStart(2, '0')}`;
}
