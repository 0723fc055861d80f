// A minimal valid scenario for the communication tests, parsed by the real schema so every block gets the
// defaults (voices, principles, rebuts) the engine relies on. Each test adds only the blocks it is about.
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../../src/engine/scenario/schema.js';
import type { PublishedMessage } from '../../../src/engine/communication/message.js';
import type { Voice } from '../../../src/engine/scenario/vocabulary.js';

type CommunicationInput = ScenarioInput['communication'];
export type BlockInput = CommunicationInput['blocks'][number];
type RumourInput = NonNullable<ScenarioInput['rumours']>[number];

export interface ScenarioParts {
  readonly blocks: BlockInput[];
  readonly contradictions?: [string, string][];
  readonly rumours?: RumourInput[];
  readonly firstMessageTargetMinutes?: number;
  /** Format-2 parts of communication (subjects, dangers, adviceEnds, …) and extra map areas. */
  readonly communication?: Partial<CommunicationInput>;
  readonly areas?: ScenarioInput['setting']['map']['areas'];
}

export function scenarioWith(parts: ScenarioParts): Scenario {
  const input: ScenarioInput = {
    schemaVersion: 2,
    id: 'test-communication',
    version: '1.0.0',
    title: { nl: 'Testscenario', en: 'Test scenario' },
    summary: { nl: 'Alleen voor tests.', en: 'For tests only.' },
    languages: ['nl', 'en'],
    fictional: true,
    contentWarnings: [],
    durationMinutes: 60,
    setting: {
      region: 'Veiligheidsregio Havenland',
      municipalities: [{ id: 'havenstad', name: 'Havenstad' }],
      startsAt: '2026-03-14T08:10',
      map: {
        bounds: { width: 1000, height: 1000 },
        areas: [{ id: 'centrum', name: 'Centrum', kind: 'district', polygon: [[0, 0], [100, 0], [100, 100]] }, ...(parts.areas ?? [])],
        pointsOfInterest: [],
      },
    },
    clock: { minutesPerRound: 10, endsAt: 120 },
    roles: [
      { id: 'woordvoerder', name: 'Woordvoerder gemeente', team: 'GBT', office: 'municipalCommunication', briefing: 'Brief.' },
      { id: 'nkc', name: 'NKC', team: 'NKC', office: 'nkcDirector', briefing: 'Brief.' },
    ],
    variables: [{ id: 'rumour-reach', name: 'Bereik gerucht', kind: 'rumourReach', initial: 0, visibility: 'trainer' }],
    injects: [
      { id: 'melding', at: 0, firstNotification: true, from: 'Meldkamer', to: { roles: 'all' }, channel: 'phone', text: 'Melding.' },
    ],
    communication: {
      firstMessageTargetMinutes: parts.firstMessageTargetMinutes ?? 30,
      blocks: parts.blocks,
      contradictions: parts.contradictions ?? [],
      ...parts.communication,
    },
    rumours: parts.rumours ?? [],
    endings: [{ id: 'einde', title: 'Einde', debrief: 'Nabespreking.' }],
    scoring: { criteria: [{ criterion: 'C01' }] },
  };
  return ScenarioSchema.parse(input);
}

let next = 0;

/** A published message; ids and seq are unique within a test run, which is all the checks compare. */
export function published(blocks: string[], over: { voice?: Voice; minute?: number; id?: string } = {}): PublishedMessage {
  next += 1;
  return {
    id: over.id ?? `m${next}`,
    seq: next,
    minute: over.minute ?? 20,
    round: 1,
    role: over.voice === 'national' ? 'nkc' : 'woordvoerder',
    voice: over.voice ?? 'local',
    blocks,
  };
}
