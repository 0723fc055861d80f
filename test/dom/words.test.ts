// Words, not codes: plurals chosen by the number, and values in the room's words (yes/no, 20%, 20/100).
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/define.js';
import { t } from '../../src/i18n/index.js';
import { valueText } from '../../src/ui/trainer/variables-panel.js';

describe('words, not codes', () => {
  it('chooses singular or plural by the number, never "(s)"', () => {
    expect(fill('{count|1 observation|# observations}', { count: 1 })).toBe('1 observation');
    expect(fill('{count|1 observation|# observations}', { count: 3 })).toBe('3 observations');
    expect(t('en', 'trainer.timeline.observed', { count: 1 })).toBe('1 observation');
    expect(t('nl', 'trainer.timeline.observed', { count: 2 })).toBe('2 waarnemingen');
    expect(t('en', 'score.one-voice.corrected', { count: 1 })).toBe('A sender corrected its own earlier message once.');
    expect(t('nl', 'trainer.status.injects', { count: 1, titles: 'X' })).toBe('1 inject afgeleverd: X');
  });

  it('writes a yes/no variable as yes or no, a scale unit glued on, a percentage without a space', () => {
    expect(valueText({ value: 1, min: 0, max: 1 }, 'nl')).toBe('ja');
    expect(valueText({ value: 0, min: 0, max: 1 }, 'en')).toBe('no');
    expect(valueText({ value: 20, min: 0, max: 100, unit: '/100' }, 'en')).toBe('20/100');
    expect(valueText({ value: 20, min: 0, max: 100, unit: { nl: '%', en: '%' } }, 'nl')).toBe('20%');
    expect(valueText({ value: 12, min: 0, max: 500, unit: { nl: 'gewonden', en: 'injured' } }, 'en')).toBe('12 injured');
  });
});
