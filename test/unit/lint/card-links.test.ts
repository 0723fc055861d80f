// Decision cards and actions are one thing (issue 14, point 2): `card-duplicates-action` compares the state a card's
// option produces with the state the structure actions of the scenario can produce, and reports an option whose
// state an action also brings about without settling the card (no structure effect of that kind, no `resolvedBy`).
// Each case is the clean lint fixture with an NCTV and one card of hers added.
import { describe, expect, it } from 'vitest';
import { lintScenario } from '../../../src/engine/lint/index.js';
import { stateAfter } from '../../../src/engine/lint/rules/scoring-policy.js';
import { variant } from './support.js';

const text = (en: string) => ({ nl: en, en });

/** The clean fixture with an NCTV whose card offers the given first option (and a "wait" that does nothing). */
function withCard(option: Record<string, unknown>) {
  return variant((doc) => {
    (doc.roles as unknown[]).push({ id: 'nctv', name: text('NCTV'), team: 'NCC', office: 'nctv', briefing: text('You lead the national threat picture.') });
    doc.decisions.push({
      id: 'd-sectors',
      owner: 'nctv',
      prompt: text('Which sectors do you alert?'),
      default: 'wait',
      options: [{ id: 'chosen', label: text('The chosen measure'), ...option }, { id: 'wait', label: text('Wait'), effects: [] }],
    });
  });
}

const duplicates = (scenario: ReturnType<typeof withCard>) => lintScenario(scenario, { dynamic: false }).filter((f) => f.code === 'card-duplicates-action');

const alertAviation = { kind: 'structure', do: { action: 'alertPartners', sector: 'aviation' } };

describe('card-duplicates-action', () => {
  it('reports an option whose state an action also produces without settling the card, at the effect, with the link to add', () => {
    const found = duplicates(withCard({ effects: [alertAviation] }));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toEqual(['decisions', 1, 'options', 0, 'effects', 0]);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toContain('alertPartners:all');
    expect(found[0]?.hint).toContain('add {"action":"alertPartners","sector":"all"} to its "resolvedBy" (decisions[1].options[0].resolvedBy)');
    expect(found[0]?.hint).toContain('docs/authoring.md');
  });

  it('reports nothing once the option declares the link', () => {
    expect(duplicates(withCard({ effects: [alertAviation], resolvedBy: [{ action: 'alertPartners', sector: 'all' }] }))).toEqual([]);
  });

  it('reports nothing for an option whose state no other action produces', () => {
    // Only sharing with the NCC shares with the NCC; alerting all sectors is what "all" does, and does it itself.
    expect(duplicates(withCard({ effects: [{ kind: 'structure', do: { action: 'shareInformation', with: 'NCC' } }] }))).toEqual([]);
    expect(duplicates(withCard({ effects: [{ kind: 'structure', do: { action: 'alertPartners', sector: 'all' } }] }))).toEqual([]);
    expect(duplicates(withCard({ effects: [{ kind: 'confirmFact', block: 'fact-incident' }] }))).toEqual([]);
  });

  it('leaves a scale-up alone that a higher level settles anyway (levels may be skipped)', () => {
    expect(duplicates(withCard({ effects: [{ kind: 'structure', do: { action: 'scale', level: 2 }, by: 'mayor' }] }))).toEqual([]);
  });

  it('reads an option without any structure effect by the level its id names', () => {
    const found = duplicates(withCard({ id: 'grip3', effects: [{ kind: 'confirmFact', block: 'fact-incident' }] }));
    expect(found.map((f) => f.path)).toEqual([['decisions', 1, 'options', 0]]);
    expect(found[0]?.hint).toContain('{ "kind": "structure", "do": {"action":"scale","level":3} }');
  });

  it('describes the state an action leaves: GRIP at least each level up to it, "all" alerting each sector', () => {
    expect(stateAfter({ action: 'scale', level: 3 })).toEqual(['grip>=1', 'grip>=2', 'grip>=3']);
    expect(stateAfter({ action: 'alertPartners', sector: 'all' })).toContain('alerted:aviation');
    expect(stateAfter({ action: 'setThreatLevel', level: 5, scope: 'national' })).toEqual(['threat:national=5', 'threat:region=5']);
  });
});
