import { describe, expect, it } from 'vitest';
import { checkAuthority } from '../../../src/engine/machines/authority.js';
import { REFUSAL_CODES } from '../../../src/engine/machines/refusal.js';
import { applyStructureAction, initialStructure } from '../../../src/engine/machines/structure.js';
import { STRUCTURE_ACTION_KINDS } from '../../../src/engine/scenario/schema.js';
import { DSI_STAGES, INCIDENT_STAGES, OFFICES, TEAMS } from '../../../src/engine/scenario/vocabulary.js';
import { hasKey, LANGUAGES, tDynamic } from '../../../src/i18n/index.js';
import { structure } from '../../../src/i18n/strings/structure.js';

// A plural "{count|one|other}" is a placeholder like "{count}".
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]).sort();

describe('structure strings', () => {
  it('has Dutch and English text for every refusal code', () => {
    for (const lang of LANGUAGES) for (const code of REFUSAL_CODES) expect(hasKey(lang, `refusal.${code}`), `${lang} ${code}`).toBe(true);
  });

  it('uses the same placeholders in Dutch and English', () => {
    for (const key of Object.keys(structure.nl) as (keyof typeof structure.nl)[]) {
      expect(placeholders(structure.en[key]), key).toEqual(placeholders(structure.nl[key]));
    }
  });

  it('names every office, team, action kind, GRIP level, threat level, DSI stage and incident stage in both languages', () => {
    const keys = [
      ...OFFICES.map((o) => `office.${o}`),
      ...TEAMS.map((t) => `team.${t}`),
      ...STRUCTURE_ACTION_KINDS.map((k) => `action.${k}`),
      ...[0, 1, 2, 3, 4, 5].map((l) => `grip.${l}`),
      ...[1, 2, 3, 4, 5].map((l) => `threat.${l}`),
      ...DSI_STAGES.map((s) => `dsi.${s}`),
      ...INCIDENT_STAGES.map((s) => `incident.${s}`),
    ];
    for (const lang of LANGUAGES) for (const key of keys) expect(hasKey(lang, key), `${lang} ${key}`).toBe(true);
  });

  it('uses the real Dutch names of the offices and the DTN levels', () => {
    expect(structure.nl['office.mayor']).toBe('Burgemeester');
    expect(structure.nl['office.chiefPublicProsecutor']).toBe('Hoofdofficier van justitie');
    expect(structure.nl['office.chairSafetyRegion']).toBe('Voorzitter veiligheidsregio');
    expect([1, 2, 3, 4, 5].map((l) => structure.nl[`threat.${l}` as 'threat.1'])).toEqual(['Minimaal', 'Beperkt', 'Aanzienlijk', 'Substantieel', 'Kritiek']);
    expect([1, 2, 3, 4, 5].map((l) => structure.en[`threat.${l}` as 'threat.1'])).toEqual(['Minimal', 'Limited', 'Significant', 'Substantial', 'Critical']);
  });

  it('fills every placeholder of real refusals', () => {
    const scenario = { setting: { scaling: { model: 'grip' as const }, threatLevel: { national: 4 } } };
    const s = initialStructure(scenario);
    const refusals = [
      checkAuthority('policeChief', { action: 'scale', level: 3 }),
      checkAuthority('mayor', { action: 'scale', level: 3 }, ['openIac']),
      checkAuthority('ghor', { action: 'removalOrder' }),
      checkAuthority('mayor', { action: 'setThreatLevel', level: 5, scope: 'national' }),
      checkAuthority('chairCollegePg', { action: 'approveDsi' }),
      checkAuthority('ghor', { action: 'convene', team: 'ICCb' }),
      checkAuthority('kmar', { action: 'airportMeasure', level: 'close' }),
      checkAuthority('kmar', { action: 'alertPartners', sector: 'energy' }),
      checkAuthority('mayor', { action: 'sendNlAlert', area: 'a', advice: 'b' }, undefined, { grip: 4 }),
      checkAuthority('chairSafetyRegion', { action: 'sendNlAlert', area: 'a', advice: 'b' }),
      checkAuthority('chairSafetyRegion', { action: 'scale', level: 5 }),
      checkAuthority('chairSafetyRegion', { action: 'convene', team: 'Veiligheidsberaad' }),
      checkAuthority('ministerIenW', { action: 'convene', team: 'MCCb' }),
      checkAuthority('mayor', { action: 'sendNlAlert', area: 'a', advice: 'b', national: true }),
      checkAuthority('ministerJenV', { action: 'sendNlAlert', area: 'a', advice: 'b' }),
      checkAuthority('mayor', { action: 'protect', target: 'embassy' }, undefined, { protection: { embassy: 'rijk' } }),
      checkAuthority('mayor', { action: 'scale', level: 2 }, undefined, {
        scaling: { kind: 'custom', levels: [{ level: 0, leaders: [], teams: [] }] },
      }),
    ];
    const notNow = applyStructureAction(scenario, s, { action: 'withdrawAdvice' }, { office: 'mayor' }, 1);
    const below = applyStructureAction(scenario, s, { action: 'setThreatLevel', scope: 'region', level: 2 }, { office: 'nctv' }, 1);
    const all = [...refusals, notNow.ok ? null : notNow.refusal, below.ok ? null : below.refusal];
    expect(new Set(all.map((r) => r?.code))).toEqual(new Set(REFUSAL_CODES));
    for (const r of all) {
      for (const lang of LANGUAGES) {
        const text = tDynamic(lang, `refusal.${r!.code}`, r!.params);
        expect(text, `${lang} ${r!.code}`).not.toMatch(/[{}]/);
      }
    }
  });
});
