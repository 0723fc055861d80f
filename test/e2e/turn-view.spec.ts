// The participant's turn view fits the window: on a laptop (1366×768) and on a phone (390×844) the
// page itself never scrolls, and what the turn needs — the header that says what is new and what must
// be decided, the new messages, the open decision and "End turn" — is on screen as the turn opens.
// Screenshots at the three sizes the trainer guide shows go to docs/images.
import { expect, test, type Page } from '@playwright/test';
import { beginRounds, createExercise, guideImage, openSetup, run } from './session-helpers.js';

test.use({ locale: 'nl-NL' });

const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'full-hd', width: 1920, height: 1080 },
] as const;

/** True when the element's box lies inside the window as it is now (nothing scrolled). */
function inWindow(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
}

test('a turn opens on what is new and what must be decided, with "End turn" in reach and no page scroll', async ({ page, context }) => {
  test.setTimeout(90_000);
  await openSetup(page);
  const { popup: station } = await createExercise(page, context);
  await beginRounds(page);
  // Round 2: the mayor's table has three new messages and the scaling decision open.
  await run(page, 'Volgende ronde');

  for (const size of SIZES) {
    await station.setViewportSize({ width: size.width, height: size.height });
    const reveal = station.getByRole('button', { name: /^Wij zijn .*: toon ons scherm$/ });
    if (await reveal.isVisible()) await reveal.click();
    await expect(station.getByRole('tab', { name: /^Deze beurt/, selected: true })).toBeVisible();
    await expect(station.getByText(/^Deze beurt: \d+ nieuwe berichten · 1 besluit open/)).toBeVisible();

    // No page scroll: the document is exactly as tall as the window.
    await expect.poll(() => station.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
    expect(await inWindow(station, '.participant__footer button')).toBe(true);
    expect(await inWindow(station, '.turn-status')).toBe(true);
    expect(await inWindow(station, '[role="tab"][aria-selected="true"]')).toBe(true);
    // The first new message and the open decision start inside the window (the panel scrolls, not the page).
    const panelTop = await station.locator('.participant__panel').evaluate((n) => n.getBoundingClientRect().top);
    expect(panelTop).toBeLessThan(size.height - 100);
    await guideImage(station, `participant-turn-${size.name}`);
  }
  await station.setViewportSize({ width: 1366, height: 768 });
  await station.getByRole('button', { name: 'Beurt beëindigen' }).click();
  await expect(station.getByRole('heading', { level: 1, name: /^Geef het apparaat aan / })).toBeVisible();
});
