// Regional scaling: one state per level (grip0 … grip5) so path coverage sees each one. Levels may be
// skipped and the region may scale down (DOMAIN.md §3); who may declare a level comes from the
// scenario's scaling model, through the authority table.
import { assign, setup } from 'xstate';
import type { Office } from '../scenario/vocabulary.js';
import { authorised, type Acting } from './acting.js';
import { GRIP_LEVELS, GRIP_MODEL, type GripLevel, type ScalingModel } from './scaling-model.js';

export type ScalingContext = {
  readonly model: ScalingModel;
  readonly level: GripLevel;
  readonly since: number | null;
  readonly declaredBy: Office | null;
};

export type ScalingEvent = { readonly type: 'SCALE'; readonly level: GripLevel } & Acting;
export type ScalingInput = { readonly model?: ScalingModel };
export type ScalingValue = `grip${GripLevel}`;

export const scalingMachine = setup({
  types: { context: {} as ScalingContext, events: {} as ScalingEvent, input: {} as ScalingInput },
  guards: {
    mayScaleTo: ({ context, event }, params: { level: GripLevel }) =>
      event.level === params.level &&
      authorised(event, { action: 'scale', level: event.level }, { scaling: context.model, grip: context.level }),
  },
  actions: {
    record: assign(({ event }) => ({ level: event.level, since: event.minute, declaredBy: event.office })),
  },
}).createMachine({
  id: 'scaling',
  initial: 'grip0',
  context: ({ input }) => ({ model: input.model ?? GRIP_MODEL, level: 0, since: null, declaredBy: null }),
  states: {
    grip0: { on: { SCALE: toEveryOtherLevel(0) } },
    grip1: { on: { SCALE: toEveryOtherLevel(1) } },
    grip2: { on: { SCALE: toEveryOtherLevel(2) } },
    grip3: { on: { SCALE: toEveryOtherLevel(3) } },
    grip4: { on: { SCALE: toEveryOtherLevel(4) } },
    grip5: { on: { SCALE: toEveryOtherLevel(5) } },
  },
});

function toEveryOtherLevel(from: GripLevel) {
  return GRIP_LEVELS.filter((to) => to !== from).map((to) => ({
    target: `grip${to}` as const,
    guard: { type: 'mayScaleTo' as const, params: { level: to } },
    actions: 'record' as const,
  }));
}
