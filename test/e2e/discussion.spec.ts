// A discussion-based tabletop run end to end (issue 18): the facilitator prepares the bundled discussion
// scenario with two tables in their own windows, opens the modules from the facilitator script (the clock
// jumps to each module's time), puts questions on the projector, both tables type their answers, the
// facilitator ends play and records the hotwash, participants fill in the feedback form on both table
// devices and on two more through the printed QR link, and the after-action report prints with the tables'
// answers and the feedback. axe finds no serious or critical
// violation on the console, a table's discussion screen and the report.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { run, watchErrors } from './session-helpers.js';

test.use({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });

const TITLE = 'Discussieoefening: bestelbus in de Langestraat';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** A table's scribe answers a question on the table's Discussion screen. */
async function answer(table: Page, question: string, text: string): Promise<void> {
  const card = table.getByRole('article', { name: question });
  await card.getByLabel('Het antwoord van uw tafel').fill(text);
  await card.getByRole('button', { name: /Antwoord versturen/ }).click();
  await expect(card.getByText(text, { exact: false }).first()).toBeVisible();
}

async function feedback(table: Page, organisation: string, comment: string): Promise<void> {
  const form = table.getByRole('region', { name: 'Evaluatieformulier' });
  await form.getByRole('group', { name: 'De organisatie van de oefening' }).getByLabel(organisation, { exact: true }).check();
  await form.getByLabel('Wat ging goed?').fill(comment);
  await form.getByRole('button', { name: 'Formulier versturen' }).click();
  await expect(table.getByText('Dank u wel: het formulier is verstuurd.').first()).toBeVisible();
}

test('a facilitator runs the discussion tabletop with two tables through every module to the AAR with their answers', async ({ page, context }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await page.goto('/');
  const card = page.locator('article.scenario-card', { has: page.getByRole('heading', { name: TITLE }) });
  await card.getByRole('button', { name: 'Oefening voorbereiden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oefening voorbereiden' })).toBeVisible();
  await page.getByRole('radio', { name: /Tegelijk, elke tafel in een eigen venster/ }).check();
  await page.getByRole('button', { name: /^Twee tafels/ }).click();
  await page.getByLabel('Seed', { exact: true }).fill('discussie-1');
  await page.getByRole('checkbox', { name: 'Ik heb de inhoudswaarschuwingen gelezen en met de groep besproken.' }).check();
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Oefening aanmaken en console openen' }).click();
  await expect(page).toHaveURL(/#\/session\/[0-9a-f]+\/trainer$/);
  const session = /#\/session\/([0-9a-f]+)\/trainer$/.exec(page.url())?.[1] ?? '';
  const first = await popup;
  watchErrors(first, errors);
  const firstTable = Number(/table\/table-(\d+)$/.exec(first.url())?.[1]);
  const second = await context.newPage();
  watchErrors(second, errors);
  await second.goto(`/#/session/${session}/table/table-${firstTable + 1}`);
  const projector = await context.newPage();
  watchErrors(projector, errors);
  await projector.goto(`/#/session/${session}/projector`);
  await expect(projector.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Module 1: the facilitator opens it from the script and puts the first question on the projector.
  await run(page, 'Oefening starten (briefing)');
  const script = page.getByRole('region', { name: 'Draaiboek van de facilitator' });
  await script.getByRole('button', { name: /^Module 1 openen: 1 — Het eerste uur/ }).click();
  await expect(script.getByText('Open: module 1 van 3 — 1 — Het eerste uur')).toBeVisible();
  await expect(script.getByText(/Nog \d\d:\d\d van 40 minuten voor deze module/)).toBeVisible();
  await script.getByRole('button', { name: 'Volgende vraag op het scherm' }).click();
  const q1 = 'Wie roept u bijeen, op welk GRIP-niveau, en wat is uw eerste besluit in het eerste half uur?';
  await expect(projector.locator('.projector-discussion__question')).toHaveText(q1);

  // Both tables answer on their Discussion screen; the script shows who answered.
  for (const table of [first, second]) await expect(table.getByRole('tab', { name: 'Discussie', selected: true })).toBeVisible();
  await answer(first, q1, 'GRIP 3 en direct de driehoek bijeen.');
  await answer(second, q1, 'Driehoek bijeen; de politie deelt het beeld.');
  await expect(script.getByText(/^Geantwoord: .+, .+\. Nog niet: niemand\.$/).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(await seriousViolations(first)).toEqual([]);

  // Module 2, four hours later: the clock jumps, the projector shows the module's time.
  await script.getByRole('button', { name: /^Module 2 openen/ }).click();
  await expect(page.locator('.clock__value--main').first()).toHaveText('T+240');
  await expect(projector.getByText('Vier uur later, zaterdag 18.10 uur', { exact: true })).toBeVisible();
  await script.getByRole('button', { name: 'Volgende vraag op het scherm' }).click();
  const q2 = 'Hoe beschermt u de moskee aan de Weverssingel zonder de wijk te stigmatiseren?';
  await script.getByRole('listitem').filter({ hasText: q2 }).getByRole('button', { name: 'Op het scherm zetten' }).click();
  await expect(projector.locator('.projector-discussion__question')).toHaveText(q2);
  await answer(first, q2, 'Zichtbare politie bij het avondgebed, contact met het bestuur.');
  await answer(second, q2, 'Tijdelijke bewaking rond het gebed.');

  // Module 3, three days later.
  await script.getByRole('button', { name: /^Module 3 openen/ }).click();
  await expect(page.locator('.clock__value--main').first()).toHaveText('T+4020');
  await expect(projector.getByText('Drie dagen later, dinsdag 09.10 uur', { exact: true })).toBeVisible();
  const q3 = 'Hoe organiseert u de nazorg voor getroffenen, getuigen, winkeliers en hulpverleners?';
  await answer(first, q3, 'Een IAC in de bibliotheek dat getroffenen zelf belt.');
  await answer(second, q3, 'Nazorg voor de agenten die als eersten ter plaatse waren.');
  await expect(script.getByText(/Dit is de laatste module/)).toBeVisible();

  // End of play; the hotwash before any score, recorded by the facilitator and by a table.
  await run(page, 'Oefening beëindigen…');
  await run(page, 'Ja, oefening beëindigen');
  const hotwash = page.getByRole('region', { name: 'Hotwash' });
  await hotwash.getByLabel('Het punt').fill('Snel opgeschaald met de driehoek.');
  await hotwash.getByRole('button', { name: 'Punt vastleggen' }).click();
  await expect(hotwash.getByText('Snel opgeschaald met de driehoek.')).toBeVisible();
  const tableHotwash = second.getByRole('region', { name: 'Hotwash' });
  await tableHotwash.getByLabel('Soort punt').selectOption('improvement');
  await tableHotwash.getByLabel('Het punt').fill('Het beeld eerder delen.');
  await tableHotwash.getByRole('button', { name: 'Punt vastleggen' }).click();
  await expect(hotwash.getByText('Het beeld eerder delen.')).toBeVisible();

  // Feedback from two devices: each table window's form, anonymous.
  await feedback(first, '5 uitstekend', 'Heldere modules.');
  await feedback(second, '4', 'Goede vragen.');
  await expect(hotwash.getByText('Ingevulde formulieren: 2')).toBeVisible();

  // Feedback from two more devices through the printed QR link: the console shows the code with its address as
  // text; each "phone" opens the address (in this browser, so the form reaches the console over BroadcastChannel).
  await page.getByText('Documenten om te printen').click();
  await page.getByRole('button', { name: 'QR-code voor het evaluatieformulier tonen en printen' }).click();
  const qr = page.getByRole('article', { name: 'Evaluatieformulier op uw telefoon' });
  const link = (await qr.locator('code').textContent()) ?? '';
  expect(link).toMatch(new RegExp(`/#/feedback/${session}$`));
  await expect(qr.getByRole('img', { name: `QR-code die het evaluatieformulier opent op ${link}` })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Terug naar de console' }).click();
  for (const [i, comment] of ['Via de telefoon: meer pauze.', 'Meer tijd voor module 3.'].entries()) {
    const phone = await context.newPage();
    watchErrors(phone, errors);
    await phone.goto(link);
    const form = phone.getByRole('form', { name: 'Evaluatieformulier' });
    await form.getByRole('group', { name: 'De organisatie van de oefening' }).getByLabel(i === 0 ? '3' : '2', { exact: true }).check();
    await form.getByLabel('Wat kan beter?').fill(comment);
    await form.getByRole('button', { name: 'Formulier versturen' }).click();
    await expect(phone.getByText('Dank u wel: uw formulier is verstuurd. U kunt deze pagina sluiten.')).toBeVisible();
    if (i === 0) expect(await seriousViolations(phone)).toEqual([]);
    await phone.close();
  }
  await expect(hotwash.getByText('Ingevulde formulieren: 4')).toBeVisible();

  // The debrief and the after-action report with the tables' answers.
  await run(page, 'Nabespreking openen');
  await expect(page).toHaveURL(new RegExp(`#/session/${session}/debrief$`));
  await page.getByRole('button', { name: 'Rapport na de oefening (AAR/IP)' }).click();
  const report = page.locator('article.aar');
  const record = report.getByRole('region', { name: 'Modules, antwoorden, hotwash en evaluatie' });
  await expect(record.getByText('GRIP 3 en direct de driehoek bijeen.')).toBeVisible();
  await expect(record.getByText('Nazorg voor de agenten die als eersten ter plaatse waren.')).toBeVisible();
  await expect(record.getByText(/Snel opgeschaald met de driehoek\./)).toBeVisible();
  await expect(record.getByText('Ingevulde formulieren: 4')).toBeVisible();
  await expect(record.getByText('Meer tijd voor module 3.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(record.getByText('Het beeld eerder delen.', { exact: false })).toBeVisible();
  expect(errors).toEqual([]);
});
