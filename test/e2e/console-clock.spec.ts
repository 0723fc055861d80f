// The trainer's clock controls in the browser: a jump shorter than the rest of the round keeps the
// round (the tables keep their turn), a jump that reaches the round's end asks first and says what it
// closes, and once play has ended undo is disabled and says why.
import { expect, test } from '@playwright/test';
import { beginRounds, createExercise, openSetup, run } from './session-helpers.js';

test.use({ locale: 'nl-NL' });

test('a jump within the round keeps the round; a jump past its end asks first; undo is off once play has ended', async ({ page, context }) => {
  test.setTimeout(90_000);
  await openSetup(page);
  await createExercise(page, context);
  await beginRounds(page);
  const round = page.locator('.clock__fact--round .clock__value').first();
  const clock = page.locator('.clock__value--main').first();
  const minutes = page.getByLabel('Aantal minuten');
  await expect(round).toHaveText('1');

  await minutes.fill('4');
  await page.getByRole('button', { name: 'Klok vooruitzetten', exact: true }).click();
  await expect(clock).toHaveText('T+04');
  await expect(round).toHaveText('1');
  await expect(page.getByText(/^Aan zet: /)).toBeVisible();

  await minutes.fill('6');
  await page.getByRole('button', { name: 'Klok vooruitzetten', exact: true }).click();
  const confirm = page.getByRole('group', { name: 'Deze sprong sluit de ronde af' });
  await expect(confirm).toContainText('Ronde 1 wordt afgesloten');
  await expect(round).toHaveText('1');
  await confirm.getByRole('button', { name: 'Ja, klok 6 minuten vooruitzetten' }).click();
  await expect(round).toHaveText('2');
  await expect(clock).toHaveText('T+10');

  await run(page, 'Oefening beëindigen…');
  await page.getByRole('button', { name: 'Ja, oefening beëindigen', exact: true }).click();
  const undo = page.getByRole('button', { name: 'Laatste opdracht van deze ronde ongedaan maken', exact: true });
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText('Het spel is beëindigd: ongedaan maken kan niet meer.')).toBeVisible();
});
