import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance } from '../../../src/engine/scenario/did-you-mean.js';

describe('editDistance', () => {
  it('counts inserts, deletes and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('phone', 'phon')).toBe(1);
  });

  it('counts two swapped neighbours as one edit, the commonest typo', () => {
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('breifing', 'briefing')).toBe(1);
  });

  it('is symmetric', () => {
    expect(editDistance('variabel', 'variable')).toBe(editDistance('variable', 'variabel'));
  });
});

describe('closestMatch', () => {
  const keys = ['id', 'name', 'team', 'office', 'briefing', 'authority', 'required'];

  it('suggests the closest allowed key', () => {
    expect(closestMatch('nmae', keys)).toBe('name');
    expect(closestMatch('offise', keys)).toBe('office');
  });

  it('suggests a key that differs only in case', () => {
    expect(closestMatch('requestDSI', ['requestDsi', 'planDsi'])).toBe('requestDsi');
  });

  it('suggests nothing when every candidate is far away', () => {
    expect(closestMatch('pigeon', ['phone', 'radio', 'email'])).toBeUndefined();
    expect(closestMatch('x'.repeat(500), keys)).toBeUndefined();
  });

  it('prefers, among equally close candidates, one that starts with the word', () => {
    expect(closestMatch('=', ['<', '<=', '==', '!=', '>=', '>'])).toBe('==');
  });

  it('does not suggest the word itself', () => {
    expect(closestMatch('name', ['name'])).toBeUndefined();
  });

  it('words the hint as a question', () => {
    expect(didYouMean('phon', ['phone', 'radio'])).toBe('Did you mean "phone"?');
    expect(didYouMean('zzz', ['phone'])).toBeUndefined();
  });
});
