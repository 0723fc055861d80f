// The groups side by side once they have played: per Voorbereiden objective each group's rating, and per
// decision of the scenario the option each group took. Groups of one batch share scenario and seed, so a
// difference in a row is a difference in what the groups did — the trainer's starting point for the
// plenary debrief. Only groups whose play is over are compared; a group of another scenario gets its own table.
import '../../styles/room.css';
import { OBJECTIVE_CATALOGUE } from '../../engine/strategy/index.js';
import type { GroupSummary, RoomSnapshot } from '../../host/protocol.js';
import { t, tDynamic, type Language } from '../../i18n/index.js';
import { el } from '../dom.js';
import { localise } from '../text.js';

type Played = GroupSummary & { readonly outcome: NonNullable<GroupSummary['outcome']> };

const played = (g: GroupSummary): g is Played => g.outcome !== null && g.outcome !== undefined;

function ratingCell(rating: string, overridden: boolean, lang: Language): HTMLElement {
  const letter = rating === 'notExercised' ? '–' : rating;
  return el('td', { className: `comparison__rating comparison__rating--${rating}` }, [
    el('span', { className: 'comparison__letter', text: letter, attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'comparison__rating-text', text: ` ${tDynamic(lang, `rating.${rating}`)}${overridden ? ` ${t(lang, 'room.compare.overridden')}` : ''}` }),
  ]);
}

function table(groups: readonly Played[], lang: Language, captionId: string): HTMLElement {
  const first = groups[0] as Played;
  const head = el('tr', {}, [el('th', { text: t(lang, 'room.compare.what'), attrs: { scope: 'col' } }), ...groups.map((g) => el('th', { text: g.title, attrs: { scope: 'col' } }))]);
  const section = (title: string) => el('tr', { className: 'comparison__section' }, [el('th', { text: title, attrs: { scope: 'rowgroup', colspan: String(groups.length + 1) } })]);
  const objectiveRows = OBJECTIVE_CATALOGUE.map((o) =>
    el('tr', { attrs: { 'data-key': `compare-${o.id}` } }, [
      el('th', { text: `${o.id} ${o.name[lang]}`, attrs: { scope: 'row' } }),
      ...groups.map((g) => {
        const r = g.outcome.objectives.find((x) => x.id === o.id);
        return ratingCell(r?.rating ?? 'notExercised', r?.overridden ?? false, lang);
      }),
    ]),
  );
  const decisionRows = first.outcome.decisions.map((d) => {
    const options = groups.map((g) => g.outcome.decisions.find((x) => x.id === d.id));
    const labels = options.map((o) => (o?.option ? localise(o.option, lang) : null));
    // A row where the groups chose differently is the one to talk about.
    const differs = new Set(labels).size > 1;
    return el('tr', { className: differs ? 'comparison__row--differs' : '', attrs: { 'data-key': `compare-${d.id}` } }, [
      el('th', { text: localise(d.prompt, lang), attrs: { scope: 'row' } }),
      ...options.map((o, i) =>
        el('td', {
          text: labels[i] === null || labels[i] === undefined ? t(lang, 'room.compare.open') : o?.byDefault ? t(lang, 'room.compare.byDefault', { option: labels[i] as string }) : (labels[i] as string),
        }),
      ),
    ]);
  });
  return el('table', { className: 'comparison__table', attrs: { 'aria-describedby': captionId } }, [
    el('caption', { text: t(lang, 'room.compare.caption', { scenario: localise(first.scenario.title, lang), seed: first.seed }) }),
    el('thead', {}, [head]),
    el('tbody', {}, [section(t(lang, 'room.compare.ratings')), ...objectiveRows]),
    el('tbody', {}, [section(t(lang, 'room.compare.decisions')), ...(decisionRows.length > 0 ? decisionRows : [el('tr', {}, [el('td', { text: t(lang, 'room.compare.noDecisions'), attrs: { colspan: String(groups.length + 1) } })])])]),
  ]);
}

/** The comparison section, or null while no group has finished playing. */
export function renderComparison(room: RoomSnapshot, lang: Language, id: string): HTMLElement | null {
  const done = room.groups.filter(played);
  if (done.length === 0) return null;
  // One table per scenario: ratings of different scenarios say nothing about each other.
  const byScenario = new Map<string, Played[]>();
  for (const g of done) byScenario.set(g.scenario.id, [...(byScenario.get(g.scenario.id) ?? []), g]);
  const intro = `${id}-intro`;
  return el('section', { className: 'classroom-section comparison', attrs: { 'aria-labelledby': id } }, [
    el('h2', { text: t(lang, 'room.compare.title'), attrs: { id } }),
    el('p', { text: t(lang, 'room.compare.intro'), attrs: { id: intro } }),
    // Wide tables scroll sideways on their own, reachable by keyboard, named after their scenario.
    ...[...byScenario.values()].map((groups) =>
      el('div', { className: 'comparison__scroll', attrs: { tabindex: '0', role: 'region', 'aria-label': t(lang, 'room.compare.caption', { scenario: localise(groups[0]?.scenario.title ?? '', lang), seed: groups[0]?.seed ?? '' }) } }, [
        table(groups, lang, intro),
      ]),
    ),
  ]);
}
