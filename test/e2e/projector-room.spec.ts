// The projector as a room display on the largest bundled scenario (station-attack: eleven roles, national
// teams, a DSI): at 1920×1080 everything fits one screen, nothing is cut off at the edge of its column, as
// the structure grows round after round; and on a phone-sized projector device the essentials come first.
import { expect, test, type Page } from '@playwright/test';
import { guideImage, run, watchErrors } from './session-helpers.js';

test.use({ locale: 'nl-NL', viewport: { width: 1366, height: 768 } });

const TITLE = 'Aanslag op Havenstad Centraal';

/**
 * What does not fit: the page's scroll beyond the window, and every visible element of the picture that
 * reaches past the column it sits in (the columns hide what overflows them, so a cut-off panel is only seen
 * by comparing boxes).
 */
async function overflow(projector: Page): Promise<{ scroll: number; cut: string[] }> {
  return projector.evaluate(() => {
    const cut: string[] = [];
    const columns = [...document.querySelectorAll<HTMLElement>('.projector__grid > *')];
    for (const column of columns) {
      const box = column.getBoundingClientRect();
      for (const node of column.querySelectorAll<HTMLElement>('*')) {
        let r = node.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(node).visibility === 'hidden' || node.closest('canvas')) continue;
        // What a box inside the column clips on purpose (a scrolling list, text kept for screen readers only)
        // is not on the screen: only what the column itself cuts off counts.
        let hidden = false;
        for (let up: HTMLElement | null = node; up && up !== column; up = up.parentElement) {
          const style = getComputedStyle(up);
          if (style.clipPath !== 'none') hidden = true;
          if (up !== node && /(hidden|clip|auto|scroll)/.test(style.overflow)) {
            const c = up.getBoundingClientRect();
            r = new DOMRect(Math.max(r.left, c.left), Math.max(r.top, c.top), Math.min(r.right, c.right) - Math.max(r.left, c.left), Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top));
          }
        }
        if (hidden || r.width <= 1 || r.height <= 1) continue;
        if (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.left < box.left - 1) {
          cut.push(`${column.className} › ${node.tagName.toLowerCase()}.${node.className} "${(node.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.bottom)} > ${Math.round(box.bottom)}`);
        }
      }
    }
    return { scroll: document.documentElement.scrollHeight - window.innerHeight, cut };
  });
}

async function openStationAttack(page: Page): Promise<void> {
  await page.goto('/');
  const card = page.locator('article.scenario-card', { has: page.getByRole('heading', { name: TITLE }) });
  await card.getByRole('button', { name: 'Oefening voorbereiden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oefening voorbereiden' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ik heb de inhoudswaarschuwingen gelezen en met de groep besproken.' }).check();
}

test('station-attack on a 1920×1080 projector: one screen, nothing cut off, round after round', async ({ page, context }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await openStationAttack(page);
  const station = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Oefening aanmaken en console openen' }).click();
  await expect(page).toHaveURL(/#\/session\/[0-9a-f]+\/trainer$/);
  await (await station).close();
  const opening = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Projector openen' }).click();
  const projector = await opening;
  watchErrors(projector, errors);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await run(page, 'Oefening starten (briefing)');
  await run(page, 'Rondes beginnen');
  await expect(projector.locator('[data-board-mount]')).toHaveAttribute('data-board-version', /^\d+$/);

  for (let round = 1; round <= 6; round++) {
    await expect(projector.locator('.clock').first()).toContainText(new RegExp(`Ronde\\s*${round}Fase`));
    const seen = await overflow(projector);
    expect(seen.scroll, `round ${round}: the page scrolls`).toBeLessThanOrEqual(0);
    expect(seen.cut, `round ${round}: cut off`).toEqual([]);
    if (round === 3) await guideImage(projector, 'projector-station-attack');
    if (round < 6) await run(page, 'Volgende ronde');
  }
  // A smaller projector (1280×720) is a harder fit for the same picture: the columns take their steps.
  await projector.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(async () => (await overflow(projector)).cut).toEqual([]);
  expect((await overflow(projector)).scroll).toBeLessThanOrEqual(0);

  // A phone as the projector device: a long page, but the clock, the round and what the room is told come first.
  const phone = await context.newPage();
  watchErrors(phone, errors);
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(projector.url());
  await expect(phone.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const firstScreen = await phone.evaluate(() => {
    const top = (selector: string) => (document.querySelector(selector) as HTMLElement).getBoundingClientRect().top;
    return {
      clock: (document.querySelector('.clock') as HTMLElement).getBoundingClientRect().bottom,
      announcements: top('.projector-panel--announcements'),
      board: top('.projector-panel--board'),
      structure: top('.projector__side'),
      height: window.innerHeight,
      sideways: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
  expect(firstScreen.clock).toBeLessThan(firstScreen.height);
  expect(firstScreen.announcements).toBeLessThan(firstScreen.height);
  expect(firstScreen.announcements).toBeLessThan(firstScreen.board);
  expect(firstScreen.board).toBeLessThan(firstScreen.structure);
  expect(firstScreen.sideways).toBeLessThanOrEqual(0);
  await guideImage(phone, 'projector-phone');
  expect(errors).toEqual([]);
});
