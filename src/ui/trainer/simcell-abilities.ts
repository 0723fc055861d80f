// What the trainer can do for a role nobody plays (the SimCell): that role's open decisions, the
// crisis-structure actions its office holds (narrowed as the scenario narrows them) and the building
// blocks of its public voice. The office's powers come from the engine's authority table, the same one
// that decides, so the console never offers a power the role lacks.
import { authorityOf, publishVoice, teamConveners } from '../../engine/machines/authority.js';
import type { StructureActionKind, TextT } from '../../engine/scenario/schema.js';
import { CONVENABLE_TEAMS, type ConvenableTeam, type Office } from '../../engine/scenario/vocabulary.js';
import type { TrainerView } from '../../engine/views/index.js';

/** A communication building block as a trainer view may carry it (id, kind, text and the voices it is for). */
export interface SimcellBlock {
  readonly id: string;
  readonly kind: string;
  readonly text: TextT;
  readonly voices: readonly string[];
}

type Role = TrainerView['roles'][number];

/**
 * Trainer views that list the scenario's building blocks. Until the engine's trainer view carries
 * them, a SimCell role cannot publish from the console and an NL-Alert has no advice to choose from.
 */
type ViewWithBlocks = TrainerView & { readonly blocks?: readonly SimcellBlock[] };

export interface SimcellAbilities {
  readonly role: Role;
  readonly decisions: readonly TrainerView['decisions'][number][];
  readonly actions: readonly StructureActionKind[];
  readonly teams: readonly ConvenableTeam[];
  readonly voice: string | null;
  readonly blocks: readonly SimcellBlock[];
  readonly adviceBlocks: readonly SimcellBlock[];
}

export function simcellRoles(view: TrainerView): readonly Role[] {
  return view.roles.filter((r) => r.simcell);
}

export function simcellAbilities(view: TrainerView, roleId: string): SimcellAbilities | null {
  const role = view.roles.find((r) => r.id === roleId && r.simcell);
  if (!role) return null;
  const office = role.office as Office;
  const own = authorityOf(office);
  const actions = role.authority ? own.filter((k) => role.authority?.includes(k)) : own;
  const voice = publishVoice(office);
  const all = (view as ViewWithBlocks).blocks ?? [];
  return {
    role,
    decisions: view.decisions.filter((d) => d.owner === role.id && d.state !== null && d.state.taken === undefined),
    actions,
    teams: CONVENABLE_TEAMS.filter((team) => teamConveners(team).includes(office)),
    voice,
    blocks: voice === null ? [] : all.filter((b) => b.voices.includes(voice)),
    adviceBlocks: all.filter((b) => b.kind === 'actionAdvice'),
  };
}
