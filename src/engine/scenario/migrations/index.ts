// Every migration, keyed by the format version it reads; migrate.ts applies them in order.
import type { Migrations } from '../migrate.js';
import { v1ToV2 } from './v1-to-v2.js';

export const MIGRATIONS: Migrations = {
  // Format 2 mostly adds optional parts (what an inject reveals, warrants for escalating measures, critical
  // tasks, modules, own-words subjects, protection domains, the DSI route, cross-regional crises, …), each with a
  // documented default or derivation; lint says where a default was used. What format 2 renames or drops
  // (the airport measure, convening the permanent LOCC) is lifted in v1-to-v2.ts.
  1: v1ToV2,
};
