// A communication role publishes a message built from the scenario's building blocks.
import { publishVoice } from '../../machines/authority.js';
import { publishMessage } from '../publish.js';
import { refuse, type Step } from '../step.js';
import type { Command } from '../types.js';
import { actingRole } from './actors.js';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function publish(step: Step, c: Of<'publish'>): void {
  const role = actingRole(step, c.actor);
  const voice = publishVoice(role.office);
  if (voice === null) refuse('may-not-publish', { office: role.office });
  publishMessage(step, role, c.blocks, voice, 'message');
}
