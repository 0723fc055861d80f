// The timeline's sentence for an NL-Alert put in force: the advice in words, whether it came from a
// building block or went out as a message in own words (its advice then names that message).
import { describe, expect, it } from 'vitest';
import '../../../src/i18n/index.js';
import { describeEvent, type EventNames } from '../../../src/i18n/event-words.js';

const names: EventNames = {
  closed: (_prefix, id) => id,
  area: (id) => (id === 'brink' ? 'The Brink' : id),
  block: (id) => (id === 'advice-avoid-brink' ? '"Avoid the Brink until 15:00."' : id),
  message: (id) => (id === 'm3' ? '"NL-Alert 16-05-2026 11:00: Avoid the Brink."' : 'a message'),
};
const change = (advice: string) => ({ role: 'mayor', action: { action: 'sendNlAlert', area: 'brink', advice }, change: { kind: 'nlAlert', area: 'brink', advice, national: false } });

describe('an NL-Alert in force, in the timeline', () => {
  it('names the advice block of an alert from blocks', () => {
    expect(describeEvent('structureChanged', change('advice-avoid-brink'), 'en', names)).toContain('NL-Alert for The Brink: "Avoid the Brink until 15:00."');
  });

  it('names the message of an alert written in own words', () => {
    expect(describeEvent('structureChanged', change('m3'), 'en', names)).toContain('NL-Alert for The Brink: "NL-Alert 16-05-2026 11:00: Avoid the Brink."');
  });
});
