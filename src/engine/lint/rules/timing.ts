// Timed injects that fall outside the exercise or between its moments: after the end (through a seeded
// variant's delay or a follow-up's delay), before the incident is reported, between two rounds (it arrives
// at the next round), or together with another inject for the same role.
import type { Path } from '../../scenario/paths.js';
import type { Scenario } from '../../scenario/schema.js';
import { finding, quoted } from '../finding.js';
import type { LintFinding, LintRule } from '../types.js';

/** The scenario minute at which the round that delivers an inject timed at `at` begins. */
export function deliveredAt(scenario: Scenario, at: number): number {
  const per = scenario.clock.minutesPerRound;
  return Math.min(Math.ceil(at / per) * per, scenario.clock.endsAt);
}

const timed = (scenario: Scenario) => scenario.injects.map((inject, i) => ({ inject, i })).filter(({ inject }) => inject.at !== undefined && !inject.optional);

export const outsideExercise: LintRule = (scenario) => {
  const end = scenario.clock.endsAt;
  const findings: LintFinding[] = [];
  for (const { inject, i } of timed(scenario)) {
    const at = inject.at ?? 0;
    inject.variants.forEach((v, k) => {
      if (at + v.delayMinutes <= end) return;
      findings.push(
        finding(
          'inject-outside-exercise',
          ['injects', i, 'variants', k, 'delayMinutes'],
          `With variant ${k + 1} (picked by the seed), inject "${inject.id}" would arrive at T+${at + v.delayMinutes}, after the end of the exercise (T+${end}), so it is never delivered.`,
          'Shorten the delay, make the inject earlier, or let the exercise run longer with "clock.endsAt".',
        ),
      );
    });
    const follow = (effects: Scenario['injects'][number]['effects'], path: Path, base: number) =>
      effects.forEach((e, j) => {
        if (e.kind !== 'inject' || base + e.delayMinutes <= end) return;
        findings.push(
          finding(
            'inject-outside-exercise',
            [...path, j, 'delayMinutes'],
            `Inject "${inject.id}" schedules "${e.inject}" ${e.delayMinutes} minutes later, at T+${base + e.delayMinutes}, after the end of the exercise (T+${end}).`,
            'Shorten the delay, or let the exercise run longer with "clock.endsAt".',
          ),
        );
      });
    follow(inject.effects, ['injects', i, 'effects'], deliveredAt(scenario, at));
  }
  return findings;
};

export const beforeIncident: LintRule = (scenario) => {
  const first = scenario.injects.find((inject) => inject.firstNotification);
  if (!first || first.at === undefined) return [];
  const start = first.at;
  return timed(scenario)
    .filter(({ inject }) => (inject.at ?? 0) < start)
    .map(({ inject, i }) =>
      finding(
        'inject-before-incident',
        ['injects', i, 'at'],
        `Inject "${inject.id}" arrives at T+${inject.at}, before the first notification "${first.id}" (T+${start}): the incident is not known yet.`,
        'Move it to or after the first notification, or make it the first notification if it is the first report.',
      ),
    );
};

export const betweenRounds: LintRule = (scenario) => {
  const per = scenario.clock.minutesPerRound;
  return timed(scenario)
    .filter(({ inject }) => (inject.at ?? 0) % per !== 0 && deliveredAt(scenario, inject.at ?? 0) !== inject.at)
    .map(({ inject, i }) =>
      finding(
        'inject-between-rounds',
        ['injects', i, 'at'],
        `Inject "${inject.id}" is timed at T+${inject.at}, between two rounds (every ${per} minutes): it arrives at T+${deliveredAt(scenario, inject.at ?? 0)}.`,
        `Time it on a round, a multiple of ${per} minutes.`,
      ),
    );
};

export const simultaneousInjects: LintRule = (scenario) => {
  const everyone = scenario.roles.map((r) => r.id);
  const audience = (inject: Scenario['injects'][number]) => (inject.to.roles === 'all' ? everyone : inject.to.roles);
  const earlier: { id: string; moment: number; roles: readonly string[] }[] = [];
  const findings: LintFinding[] = [];
  // A module hands out its injects together when it opens: that is its situation, not a clash.
  const inModule = new Set(scenario.modules.flatMap((m) => m.injects));
  for (const { inject, i } of [...timed(scenario)].filter(({ inject }) => !inModule.has(inject.id)).sort((a, b) => (a.inject.at ?? 0) - (b.inject.at ?? 0) || a.i - b.i)) {
    const moment = deliveredAt(scenario, inject.at ?? 0);
    const roles = audience(inject);
    const clash = earlier.filter((e) => e.moment === moment && e.roles.some((r) => roles.includes(r)));
    if (clash.length > 0) {
      const shared = roles.filter((r) => clash.some((e) => e.roles.includes(r)));
      findings.push(
        finding(
          'simultaneous-injects',
          ['injects', i, 'at'],
          `Inject "${inject.id}" reaches ${quoted(shared)} at T+${moment}, at the same moment as ${quoted(clash.map((e) => e.id))}.`,
          'A role reads one inject at a time: spread them over rounds, or merge them into one.',
        ),
      );
    }
    earlier.push({ id: inject.id, moment, roles });
  }
  return findings;
};
