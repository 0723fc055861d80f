import { describe, expect, it } from 'vitest';
import { hasActionAdvice, renderMessage, validateComposition } from '../../../src/engine/communication/message.js';
import { scenarioWith } from './scenario.js';

const scenario = scenarioWith({
  blocks: [
    { id: 'feit-schoten', kind: 'fact', text: { nl: 'Op het station zijn schoten gelost.', en: 'Shots were fired at the station.' } },
    { id: 'onbekend-motief', kind: 'unknown', text: { nl: 'Het motief is nog onbekend.', en: 'The motive is not yet known.' } },
    {
      id: 'binnenblijven',
      kind: 'actionAdvice',
      text: { nl: 'Blijf in het centrum binnen tot 14.00 uur.', en: 'Stay indoors in the centre until 14:00.' },
      what: { nl: 'Binnen blijven', en: 'Stay indoors' },
      where: 'centrum',
      until: { nl: '14.00 uur', en: '14:00' },
    },
    { id: 'landelijk-niveau', kind: 'fact', text: 'NCTV: dreigingsniveau 5.', voices: ['national'] },
  ],
});

describe('rendering a message', () => {
  it('gives the block texts in the order the author of the message chose, in the session language', () => {
    expect(renderMessage(scenario, ['onbekend-motief', 'feit-schoten'], 'nl')).toBe(
      'Het motief is nog onbekend. Op het station zijn schoten gelost.',
    );
    expect(renderMessage(scenario, ['feit-schoten', 'onbekend-motief'], 'en')).toBe(
      'Shots were fired at the station. The motive is not yet known.',
    );
  });

  it('renders an action advice from its own text, not from its what/where/until fields', () => {
    expect(renderMessage(scenario, ['binnenblijven'], 'en')).toBe('Stay indoors in the centre until 14:00.');
  });

  it('uses a language-neutral text as it is in both languages', () => {
    expect(renderMessage(scenario, ['landelijk-niveau'], 'en')).toBe('NCTV: dreigingsniveau 5.');
  });

  it('knows whether a message carries an action advice', () => {
    expect(hasActionAdvice(scenario, ['feit-schoten', 'binnenblijven'])).toBe(true);
    expect(hasActionAdvice(scenario, ['feit-schoten'])).toBe(false);
  });
});

describe('validating a composed message', () => {
  it('accepts blocks the voice may use', () => {
    expect(validateComposition(scenario, { blocks: ['feit-schoten', 'binnenblijven'], voice: 'local' }, 'local')).toBeNull();
    expect(validateComposition(scenario, { blocks: ['landelijk-niveau'], voice: 'national' }, 'national')).toBeNull();
  });

  it('refuses an empty message', () => {
    expect(validateComposition(scenario, { blocks: [], voice: 'local' }, 'local')).toEqual({ code: 'message-empty', params: {} });
  });

  it('refuses a block the scenario does not have', () => {
    expect(validateComposition(scenario, { blocks: ['feit-schoten', 'verzonnen'], voice: 'local' }, 'local')).toEqual({
      code: 'message-unknown-block',
      params: { block: 'verzonnen' },
    });
  });

  it('refuses the same block twice', () => {
    expect(validateComposition(scenario, { blocks: ['feit-schoten', 'feit-schoten'], voice: 'local' }, 'local')).toEqual({
      code: 'message-duplicate-block',
      params: { block: 'feit-schoten' },
    });
  });

  it('refuses a national-only block in a municipal message', () => {
    expect(validateComposition(scenario, { blocks: ['landelijk-niveau'], voice: 'local' }, 'local')).toEqual({
      code: 'message-block-voice',
      params: { block: 'landelijk-niveau', voice: 'local' },
    });
  });

  it('refuses a message composed for a voice the publisher does not speak with', () => {
    expect(validateComposition(scenario, { blocks: ['feit-schoten'], voice: 'national' }, 'local')).toEqual({
      code: 'message-voice-mismatch',
      params: { voice: 'national', expected: 'local' },
    });
  });
});
