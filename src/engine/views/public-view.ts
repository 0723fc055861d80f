// The projector: only public data and public random outcomes, for the whole room to see.
import type { Scenario, TextT } from '../scenario/schema.js';
import { eventsOfKind } from '../session/event-index.js';
import type { ExerciseState } from '../session/types.js';
import { commonView, type CommonView } from './common.js';
import { injectText } from './role-view.js';

export interface PublicView extends CommonView {
  /** Injects addressed to the projector (news items, public announcements). */
  readonly announcements: readonly { readonly id: string; readonly minute: number; readonly channel: string; readonly from: TextT; readonly text: TextT }[];
  readonly roles: readonly { readonly id: string; readonly name: TextT; readonly team: string }[];
}

export function publicView(scenario: Scenario, state: ExerciseState): PublicView {
  const common = commonView(scenario, state, { kind: 'public' });
  const injects = new Map(scenario.injects.map((i) => [i.id, i]));
  const announcements: PublicView['announcements'][number][] = [];
  for (const e of eventsOfKind(state, 'injectDelivered')) {
    if (e.visibility !== 'public') continue;
    if (e.data.free === true) {
      announcements.push({ id: e.data.inject as string, minute: e.minute, channel: 'other', from: { nl: 'Oefenleiding', en: 'Exercise control' }, text: e.data.text as string });
      continue;
    }
    const inj = injects.get(e.data.inject as string);
    if (inj) announcements.push({ id: inj.id, minute: e.minute, channel: inj.channel, from: inj.from, text: injectText(inj, e.data.variant as number | null) });
  }
  return { ...common, announcements, roles: scenario.roles.map((r) => ({ id: r.id, name: r.name, team: r.team })) };
}
