import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { playExercise } from '../../src/engine/bots/index.js';
import { loadScenario } from '../../src/engine/index.js';
import { makeBundle } from '../../src/engine/session/bundle.js';

test('engine import', () => {
  const r = loadScenario(readFileSync('scenarios/intro-market-square.json', 'utf8'), 'x');
  if (!r.ok) throw new Error('no');
  const { state } = playExercise(r.scenario, '4', 'random');
  expect(makeBundle(r.scenario, state).log.length).toBeGreaterThan(3);
});
