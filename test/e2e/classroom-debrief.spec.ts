// Classroom mode to the end: a trainer, two participants on phone-sized devices and the projector's
// browser join the classroom host; the group plays, stops for the hotwash (the prompts on every device,
// no ratings), and the trainer opens the debrief — which then reaches every device, stays there after a
// reload, and is on the trainer's classroom page with the exports and the groups side by side.
import { expect, test, type Page } from '@playwright/test';
import { admit, device, joinAs, seriousViolations, startClassroomHost, type ClassroomHost } from './classroom-helpers.js';
import { guideImage } from './session-helpers.js';

test.use({ locale: 'nl-NL' });
test.describe.configure({ mode: 'serial' });

const PHONE = { width: 390, height: 844 };
const FULL_HD = { width: 1920, height: 1080 };
const SCENARIO = 'Introductie: steekpartij op de Brink';
const MAYOR = 'Burgemeester van Marewold';
const POLICE = 'Politiechef eenheid Zuidervaart';

let host: ClassroomHost;
const errors: string[] = [];
let trainer: Page;
let mayor: Page;
let police: Page;
let projector: Page;

test.beforeAll(async () => {
  host = await startClassroomHost();
});

test.afterAll(async () => {
  for (const page of [trainer, mayor, police, projector]) await page?.context().close();
  await host.stop();
});

const groups = () => trainer.getByRole('table', { name: 'Groepen in dit lokaal, met hun stand' });

test('two phones and the projector join and are admitted; the group plays', async ({ browser }) => {
  test.setTimeout(120_000);
  trainer = await device(browser, errors);
  await trainer.goto(host.trainerUrl);
  await expect(trainer.getByRole('heading', { level: 1, name: 'Klaslokaal' })).toBeVisible();
  await trainer.getByLabel('Aantal groepen').fill('2');
  await trainer.getByRole('button', { name: 'Groepen starten' }).click();
  await expect(groups().getByRole('row')).toHaveCount(3);

  mayor = await device(browser, errors, PHONE);
  police = await device(browser, errors, PHONE);
  projector = await device(browser, errors, FULL_HD);
  await joinAs(mayor, host, 'Fatima');
  await joinAs(police, host, 'Daan');
  await joinAs(projector, host, 'Beamer');
  await admit(trainer, 'Fatima', `Groep 1: ${MAYOR}`);
  await admit(trainer, 'Daan', `Groep 1: ${POLICE}`);
  await admit(trainer, 'Beamer', 'Groep 1: Projector');
  await expect(mayor.getByRole('heading', { level: 1, name: MAYOR })).toBeVisible();
  await expect(police.getByRole('heading', { level: 1, name: POLICE })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: SCENARIO })).toBeVisible();

  await trainer.getByRole('button', { name: 'Console van Groep 1 openen' }).click();
  await expect(trainer.getByRole('heading', { level: 2, name: 'Console: Groep 1' })).toBeVisible();
  await trainer.getByRole('button', { name: 'Oefening starten (briefing)', exact: true }).click();
  await trainer.getByRole('button', { name: 'Rondes beginnen', exact: true }).click();
  await expect(groups().getByRole('row', { name: /Groep 1/ })).toContainText('Ronde 1');
  // The board is loaded on the devices too, not an empty frame: the projector's picture draws it.
  await expect(projector.locator('[data-board-mount] .board__map')).toBeVisible({ timeout: 20_000 });
  // A room display at 1920×1080: nothing to scroll, body text of at least 28 px, the board filling its column.
  const room = await projector.evaluate(() => ({
    scroll: document.documentElement.scrollHeight - window.innerHeight,
    text: parseFloat(getComputedStyle(document.querySelector('.projector-stage') as Element).fontSize),
    map: (document.querySelector('.board__map') as HTMLElement).getBoundingClientRect().height,
  }));
  expect(room.scroll).toBeLessThanOrEqual(0);
  expect(room.text).toBeGreaterThanOrEqual(28);
  expect(room.map).toBeGreaterThan(600);
  await guideImage(projector, 'projector-room-display');
  // The trainer's classroom page and a phone's seat at the three sizes a room meets, for the trainer guide.
  for (const [page, screen] of [
    [trainer, 'classroom-trainer'],
    [mayor, 'phone-seat'],
  ] as const) {
    const before = page.viewportSize();
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await guideImage(page, `screen-${screen}-${size.width}x${size.height}`);
    }
    if (before) await page.setViewportSize(before);
  }
  await police.getByRole('button', { name: 'Beurt beëindigen' }).click();
  await expect(police.getByText(/Uw tafel is nu niet aan de beurt/)).toBeVisible();
});

test('the hotwash reaches every device: the prompts, no ratings, and a table’s point on the projector', async () => {
  test.setTimeout(90_000);
  await trainer.getByRole('button', { name: 'Oefening beëindigen…', exact: true }).click();
  await trainer.getByRole('button', { name: 'Ja, oefening beëindigen', exact: true }).click();
  for (const phone of [mayor, police]) {
    await expect(phone.getByRole('heading', { level: 2, name: 'Hotwash in de zaal' })).toBeVisible();
    await expect(phone.getByText('Wat ging goed, en waarom?')).toBeVisible();
  }
  await expect(projector.getByRole('heading', { level: 1, name: 'Hotwash' })).toBeVisible();
  await expect(projector.getByText(/uitgevoerd (zonder|met)/)).toHaveCount(0);

  // A table writes its point in its Discussion tab; the projector and the other phone show it.
  await mayor.getByRole('combobox', { name: 'Soort punt' }).selectOption('strength');
  await mayor.getByRole('textbox', { name: 'Het punt' }).fill('Snel samen één beeld van de situatie');
  await mayor.getByRole('button', { name: 'Punt vastleggen' }).click();
  await expect(projector.getByText('Snel samen één beeld van de situatie')).toBeVisible();
  await expect(police.getByText('Sterk punt: Snel samen één beeld van de situatie')).toBeAttached();
  expect(await seriousViolations(mayor)).toEqual([]);
  expect(await seriousViolations(projector)).toEqual([]);
  await guideImage(projector, 'projector-hotwash');
  await guideImage(mayor, 'participant-hotwash-phone');
});

test('the debrief reaches every device, and the trainer’s classroom page has it with the exports and the groups side by side', async () => {
  test.setTimeout(90_000);
  await trainer.getByRole('button', { name: 'Nabespreking openen', exact: true }).click();
  // The trainer's page goes to the group's debrief by itself.
  await expect(trainer.getByRole('heading', { level: 2, name: 'Nabespreking: Groep 1' })).toBeVisible();
  await expect(trainer.getByRole('heading', { name: 'Exporteren' })).toBeVisible({ timeout: 20_000 });
  const debrief = new RegExp(`^Nabespreking: ${SCENARIO}`);
  for (const phone of [mayor, police]) await expect(phone.getByRole('heading', { level: 2, name: debrief })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: debrief })).toBeVisible();

  // The room's debrief as the room sees it, from the same page.
  await trainer.getByRole('button', { name: 'Nabespreking zoals de zaal haar ziet' }).click();
  await expect(trainer.getByRole('heading', { name: 'Exporteren' })).toHaveCount(0);
  await expect(trainer.locator('.classroom-debrief').getByRole('heading', { level: 2, name: debrief })).toBeVisible();

  // The groups side by side: group 1 has finished, group 2 has not begun, so only group 1 is in the comparison.
  const comparison = trainer.getByRole('region', { name: 'Groepen naast elkaar' });
  await expect(comparison.getByRole('columnheader', { name: 'Groep 1' })).toBeVisible();
  await expect(comparison.getByRole('columnheader', { name: 'Groep 2' })).toHaveCount(0);
  await expect(comparison.getByRole('rowheader', { name: /^VB1 / })).toBeVisible();
  expect(await seriousViolations(trainer)).toEqual([]);
  expect(await seriousViolations(police)).toEqual([]);
  await guideImage(trainer, 'classroom-debrief', trainer.locator('.classroom-console'));
  await guideImage(trainer, 'classroom-comparison', comparison);
  await guideImage(projector, 'projector-room-debrief');
});

test('the projector device follows what the trainer opens in the debrief, with the board as it stood then', async () => {
  test.setTimeout(120_000);
  await trainer.getByRole('button', { name: 'Nabespreking voor de oefenleider' }).click();
  const trainerDebrief = trainer.locator('.classroom-console');
  // A criterion: the room's screen shows it large instead of the whole debrief, on one 16:9 screen.
  const show = trainerDebrief.getByRole('button', { name: /^Toon C\d+ in de zaal$/ }).first();
  const criterion = ((await show.textContent()) ?? '').replace(/^Toon (C\d+) in de zaal$/, '$1');
  await show.click();
  await expect(trainerDebrief.getByRole('button', { name: `${criterion} staat op de projector` })).toHaveAttribute('aria-pressed', 'true');
  await expect(projector.getByRole('heading', { level: 2, name: new RegExp(`^${criterion} — `) })).toBeVisible();
  await expect(projector.getByText('Nu besproken')).toBeVisible();
  const fits = () => projector.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(await fits()).toBeLessThanOrEqual(0);
  await guideImage(projector, 'projector-debrief-criterion');

  // The replay: one step back, and the projector draws the board at that step.
  await trainerDebrief.getByRole('button', { name: 'Vorige stap' }).click();
  await expect(projector.getByRole('heading', { level: 2, name: /^Het beeld na stap \d+ van \d+: / })).toBeVisible();
  await expect(projector.locator('.projector-focus__board .board__map')).toBeVisible({ timeout: 20_000 });
  expect(await fits()).toBeLessThanOrEqual(0);
  const board = await projector.locator('.projector-focus__board .board__map').boundingBox();
  expect(board?.height ?? 0).toBeGreaterThan(400);
  expect(await seriousViolations(projector)).toEqual([]);
  await guideImage(projector, 'projector-debrief-replay');
  await guideImage(trainer, 'classroom-debrief-room-follows', trainerDebrief.locator('.debrief-room'));

  // Back to the whole debrief for the room.
  await trainerDebrief.getByRole('button', { name: 'Zaal: nabespreking als geheel tonen' }).click();
  await expect(projector.getByText('Nu besproken')).toBeHidden();
  await expect(projector.getByRole('heading', { level: 1, name: new RegExp(`^Nabespreking: ${SCENARIO}`) })).toBeVisible();
});

test('after a reload every device and the trainer’s page come back to the debrief', async () => {
  test.setTimeout(90_000);
  const debrief = new RegExp(`^Nabespreking: ${SCENARIO}`);
  for (const page of [mayor, police, projector]) await page.reload();
  for (const phone of [mayor, police]) await expect(phone.getByRole('heading', { level: 2, name: debrief })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: debrief })).toBeVisible();
  await expect(mayor.getByText('Uw plek in de oefening wordt geladen…')).toHaveCount(0);

  await trainer.reload();
  await trainer.getByRole('button', { name: 'Console van Groep 1 openen' }).click();
  await trainer.getByRole('button', { name: 'Nabespreking en exports' }).click();
  await expect(trainer.getByRole('heading', { level: 2, name: 'Nabespreking: Groep 1' })).toBeVisible();
  await expect(trainer.getByRole('heading', { name: 'Exporteren' })).toBeVisible({ timeout: 20_000 });
  expect(errors).toEqual([]);
});
