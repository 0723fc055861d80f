// Crisis-structure actions and expected actions in words: "Team bijeenroepen: Driehoek", "NL-Alert
// versturen: Stationsgebied". Used by the inboxes (what a role is expected to do), the timeline and the SimCell.
import type { ExpectedActionT, StructureActionT, TextT } from '../../engine/scenario/schema.js';
import type { TimelineEntry } from '../../engine/views/common.js';
import type { TrainerView } from '../../engine/views/index.js';
import { t, type Language } from '../../i18n/index.js';
import { named, scalingLevelName } from '../components/structure-status.js';
import { localise } from '../text.js';
import { boardActionLabel, decisionPrompt, short } from './names.js';

type Picture = Pick<TrainerView, 'board' | 'structure'>;

export function areaName(view: Pick<TrainerView, 'board'>, id: string, lang: Language): string {
  const area = view.board.areas.find((a) => a.id === id);
  return area ? localise(area.name, lang) : id;
}

/**
 * The label a marker had when it was put on the map, from the timeline's own record of it: a marker removed
 * later is no longer on the board, but "marker removed" must still say which one.
 */
function placedMarkerLabel(timeline: readonly TimelineEntry[] | undefined, id: string): TextT | undefined {
  if (!timeline) return undefined;
  for (let i = timeline.length - 1; i >= 0; i--) {
    const e = timeline[i] as TimelineEntry;
    const change = e.kind === 'boardChanged' ? (e.data.change as { op?: unknown; id?: unknown; label?: TextT } | undefined) : undefined;
    if (change?.op === 'addMarker' && change.id === id && change.label !== undefined) return change.label;
  }
  return undefined;
}

/** A place on the board by its name: a zone, unit, marker (also one since removed), area or hospital (by its point of interest). */
export function placeName(view: Pick<TrainerView, 'board'> & { readonly timeline?: readonly TimelineEntry[] }, id: string, lang: Language): string {
  const b = view.board;
  const found =
    b.zones.find((z) => z.id === id)?.name ??
    b.units.find((u) => u.id === id)?.name ??
    b.markers.find((m) => m.id === id)?.label ??
    b.areas.find((a) => a.id === id)?.name ??
    b.pointsOfInterest.find((p) => p.id === b.hospitals.find((h) => h.id === id)?.poi)?.name ??
    placedMarkerLabel(view.timeline, id);
  return found === undefined ? id : localise(found, lang);
}

export function atRiskName(view: Pick<TrainerView, 'board'>, id: string, lang: Language): string {
  const place = view.board.atRisk.find((a) => a.id === id);
  if (!place) return id;
  const poi = view.board.pointsOfInterest.find((p) => p.id === place.poi);
  return poi ? `${localise(poi.name, lang)} (${localise(place.reason, lang)})` : localise(place.reason, lang);
}

/** The detail that makes one action of a kind differ from another (the team, the level, the area), if any. */
export function actionDetail(action: StructureActionT, view: Picture, lang: Language): string | null {
  switch (action.action) {
    case 'scale':
      return scalingLevelName({ grip: action.level, scalingModel: view.structure.scalingModel }, lang);
    case 'convene':
    case 'standDown':
      return named('team', action.team, lang);
    case 'setThreatLevel':
      return `${t(lang, action.scope === 'national' ? 'threatScope.national' : 'threatScope.region')}: ${action.level} ${named('threat', String(action.level), lang)}`;
    case 'sendNlAlert':
      return action.national ? `${areaName(view, action.area, lang)} (${named('alertScope', 'national', lang)})` : areaName(view, action.area, lang);
    case 'protect':
      return atRiskName(view, action.target, lang);
    case 'alertPartners':
      return named('sector', action.sector, lang);
    case 'shareInformation':
      return named('shareWith', action.with, lang);
    case 'airportMeasure':
      return named('airspace', action.level, lang);
    case 'airTraffic':
      return named('airTraffic', action.level, lang);
    case 'restrictAirspace':
      return named('airspaceLevel', action.level, lang);
    case 'requestAssistance':
      return named('assistanceKind', action.military ? 'military' : 'bijstand', lang);
    default:
      return null;
  }
}

export function actionText(action: StructureActionT, view: Picture, lang: Language): string {
  const detail = actionDetail(action, view, lang);
  const kind = named('action', action.action, lang);
  return detail === null ? kind : `${kind}: ${detail}`;
}

export function expectedActionText(expected: ExpectedActionT['do'], view: TrainerView, lang: Language): string {
  switch (expected.action) {
    case 'decide':
      return t(lang, 'trainer.expect.decide', { decision: decisionPrompt(view, expected.decision, lang) });
    case 'publish': {
      // The building block by its words, as the table will see it in its composer.
      const block = expected.block ? view.blocks.find((b) => b.id === expected.block) : undefined;
      return expected.block ? t(lang, 'trainer.expect.publishBlock', { block: block ? `"${short(localise(block.text, lang), 60)}"` : expected.block }) : t(lang, 'trainer.expect.publish');
    }
    case 'boardAction':
      return t(lang, 'trainer.expect.boardAction', { action: boardActionLabel(view, expected.id, lang) });
    default:
      return actionText(expected, view, lang);
  }
}

export function channelName(channel: string, lang: Language): string {
  return named('channel', channel, lang);
}
