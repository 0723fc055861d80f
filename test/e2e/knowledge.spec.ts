// What a participant can pick is what the role knows: at T+12 of the station attack the municipal
// communication adviser's composer holds the attack itself but not the arrest (T+100 or later), the threat
// level 5 or the mosque rebuttal, and no block carries a label that gives a trap away.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { beginRounds, createExercise, openTab, run, watchErrors } from './session-helpers.js';

test.use({ locale: 'nl-NL' });

interface Doc {
  title: { nl: string };
  roles: { id: string; required?: boolean }[];
  communication: { blocks: { id: string; text: { nl: string } }[] };
}
const scenario = JSON.parse(readFileSync('scenarios/station-attack.json', 'utf8')) as Doc;
const text = (id: string) => scenario.communication.blocks.find((b) => b.id === id)?.text.nl.slice(0, 40) ?? id;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Setup makes one table per required role, in the scenario's order.
const commTable = scenario.roles.filter((r) => r.required !== false).findIndex((r) => r.id === 'comm-adviser') + 1;

test('at T+12 of station-attack the communication adviser cannot pick the arrest fact', async ({ page, context }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto('/');
  const card = page.locator('article.scenario-card', { has: page.getByRole('heading', { name: scenario.title.nl }) });
  await card.getByRole('button', { name: 'Oefening voorbereiden' }).click();
  await page.getByRole('radio', { name: /Tegelijk, elke tafel in een eigen venster/ }).check();
  const { session } = await createExercise(page, context);

  const comm = await context.newPage();
  watchErrors(comm, errors);
  await comm.goto(`/#/session/${session}/table/table-${commTable}`);
  await beginRounds(page);
  await run(page, 'Volgende ronde');
  await expect(page.getByText(/T\+0?12/).first()).toBeVisible();

  await openTab(comm, 'Acties');
  const composer = comm.getByRole('region', { name: /Publieksbericht opstellen/ });
  await expect(composer.getByRole('checkbox', { name: new RegExp(escape(text('fact-attack-station'))) })).toBeVisible();
  for (const unknown of ['fact-suspect-arrested', 'fact-threat-level-5', 'fact-iac-open', 'rebuttal-mosque']) {
    await expect(composer.getByRole('checkbox', { name: new RegExp(escape(text(unknown))) }), unknown).toHaveCount(0);
  }
  // One neutral presentation: no kind label, no "not yet confirmed" badge.
  await expect(composer.locator('.block-kind')).toHaveCount(0);
  await expect(composer.getByText('nog niet bevestigd')).toHaveCount(0);
  expect(errors).toEqual([]);
});
