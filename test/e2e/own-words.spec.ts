// Crisis communication in the participants' own words, as a room meets it: the mayor's table writes an
// NL-Alert in its own words that names the perpetrator. The alert is in force in the crisis structure, the
// composer shows the automatic check with the name, the projector's feed shows the name trending, the
// evaluator rates the message from the evaluator's screen, and the debrief shows the message with the name highlighted
// and C02 not met. Payloads typed into the alert's fields and the rating's note stay text everywhere.
import { expect, test, type Page } from '@playwright/test';
import { beginRounds, createExercise, openSetup, openTab, run, watchErrors } from './session-helpers.js';

test.use({ locale: 'nl-NL' });

const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

/** The payloads are on the page as text, and nothing was made or run from them. */
async function expectInert(page: Page, ...payloads: string[]): Promise<void> {
  for (const payload of payloads) await expect(page.getByText(payload, { exact: false }).first()).toBeAttached();
  await expect(page.locator('img[src="x"], img[onerror], [onerror]')).toHaveCount(0);
  expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => (s.textContent ?? '').includes('__xss')).length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
}

test('an own-words NL-Alert naming the perpetrator: checked in the composer, trending in the room, rated, and C02 not met in the debrief', async ({ page, context }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await openSetup(page);
  await page.getByRole('radio', { name: /Tegelijk, elke tafel in een eigen venster/ }).check();
  await page.getByRole('radio', { name: 'Na elke ronde' }).check();
  const { popup: mayor, session } = await createExercise(page, context);
  watchErrors(mayor, errors);
  await expect(mayor).toHaveURL(new RegExp(`#/session/${session}/table/table-1$`));
  await expect(mayor.getByRole('heading', { level: 1, name: 'Burgemeester van Marewold' })).toBeVisible({ timeout: 20_000 });
  const projector = await context.newPage();
  watchErrors(projector, errors);
  await projector.goto(`/#/session/${session}/projector`);

  await beginRounds(page);
  await run(page, 'Volgende ronde');
  await expect(mayor.getByText('Uw tafel is aan de beurt.')).toBeVisible({ timeout: 20_000 });

  // The mayor decides a regional NL-Alert, so the mayor's composer offers the channel.
  await openTab(mayor, 'Acties');
  const composer = () => mayor.getByRole('region', { name: /Bericht in eigen woorden/ });
  await composer().getByLabel('Kanaal').selectOption('nlAlert');
  await composer().getByLabel('Wat is er aan de hand?').fill(`Op de Brink heeft Dennis V. drie mensen verwond. ${IMG}`);
  await composer().getByLabel('Wat moet u doen?').fill(`Mijd de Brink. ${SCRIPT}`);
  await composer().getByLabel('Waar vindt u meer informatie?').fill('Kijk op marewold.nl.');
  await composer().getByLabel('Dit bericht geeft een handelingsadvies').check();
  await composer().getByLabel('Wat moeten mensen doen?').fill(`Mijd de Brink ${IMG}`);
  await composer().getByLabel('De Brink en de straten eromheen').check();
  await composer().getByLabel('Tot wanneer?').selectOption('event:cordon-lifted');
  await composer().getByRole('button', { name: 'Bericht in eigen woorden publiceren' }).click();

  // The composer shows the check on what went out: the name highlighted and the finding with its words.
  const checked = composer().getByRole('group', { name: /^Automatische toets van uw laatste bericht/ });
  await expect(checked).toBeVisible({ timeout: 20_000 });
  await expect(checked.locator('mark')).toHaveText('Dennis V.');
  await expect(checked.getByText(/«Dennis V\.»/)).toBeVisible();
  await expectInert(mayor, IMG, SCRIPT);

  // Published, the alert is in force in the crisis structure, as one decided from a building block.
  await expect(page.getByText(/^Van kracht voor De Brink/).first()).toBeVisible({ timeout: 20_000 });

  // The room's feed: the name trends after the official message named him. The tables read the whole feed on
  // their Messages tab; the projector holds it in its news slot (on a full screen it shows only the newest).
  await openTab(mayor, 'Berichten');
  const feed = mayor.locator('section.news-feed');
  await expect(feed.getByText(/^#Dennis V\. is trending/)).toBeVisible({ timeout: 20_000 });
  await expect(projector.locator('[data-slot="news"]').getByText(/^#Dennis V\. is trending/)).toBeAttached({ timeout: 20_000 });
  await expectInert(projector, IMG, SCRIPT);

  // The evaluator rates the message from the evaluator's screen, with a payload in the note.
  const evaluator = await context.newPage();
  watchErrors(evaluator, errors);
  await evaluator.goto(`/#/session/${session}/evaluator`);
  const message = evaluator.locator('article.trainer-message').filter({ has: evaluator.getByText('Dennis V.', { exact: true }) });
  await expect(message.locator('mark.message__match')).toHaveText('Dennis V.', { timeout: 20_000 });
  await message.getByText('Beoordeling door evaluator', { exact: true }).click();
  await message.getByLabel('Principe').selectOption('perpetratorAttention');
  await message.getByLabel('Oordeel', { exact: true }).selectOption('misses');
  await message.getByLabel('Toelichting').fill(`Naam genoemd zonder verzoek van de politie ${SCRIPT}`);
  await message.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
  const rated = `Minimale aandacht voor daders: Voldoet niet (evaluator) — Naam genoemd zonder verzoek van de politie ${SCRIPT}`;
  await expect(message.getByText(rated)).toBeVisible({ timeout: 20_000 });
  await expectInert(evaluator, SCRIPT, IMG);
  // The trainer's console shows the same rating.
  await expect(page.locator('article.trainer-message').getByText(rated)).toBeVisible({ timeout: 20_000 });
  await expectInert(page, SCRIPT, IMG);

  // The debrief: the message with the name highlighted, and C02 not met.
  await run(page, 'Oefening beëindigen…');
  await page.getByRole('button', { name: 'Ja, oefening beëindigen' }).click();
  await run(page, 'Nabespreking openen');
  await expect(page).toHaveURL(new RegExp(`#/session/${session}/debrief$`));
  const quote = page.locator('blockquote.message__text').filter({ hasText: 'Dennis V.' }).first();
  await expect(quote.locator('mark.message__match')).toHaveText('Dennis V.', { timeout: 20_000 });
  await expect(quote).toContainText(IMG);
  const c02 = page.locator('article.criterion').filter({ has: page.getByRole('heading', { name: /^C02 — / }) }).first();
  await expect(c02.locator('.criterion__result')).toContainText('Resultaat: niet gehaald');
  await expectInert(page, IMG, SCRIPT);

  expect(errors).toEqual([]);
});
