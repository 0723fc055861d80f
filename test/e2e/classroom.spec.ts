// Classroom mode end to end: the classroom host (the real `src/server/main.ts`, on loopback) serves the
// production build; a trainer and two participants on three separate browsers join, are admitted, play,
// and a participant that reloads or closes its page is seen offline and comes back where it was.
import { expect, test } from '@playwright/test';
import { admit as admitAt, device, joinAs as join, seriousViolations, startClassroomHost, type ClassroomHost } from './classroom-helpers.js';
import { watchErrors } from './session-helpers.js';

test.use({ locale: 'nl-NL' });

let host: ClassroomHost;
let origin = '';
let trainerUrl = '';
let code = '';

test.beforeAll(async () => {
  host = await startClassroomHost();
  ({ origin, trainerUrl, code } = host);
});

test.afterAll(async () => {
  await host.stop();
});

const joinAs = (page: Parameters<typeof join>[0], name: string) => join(page, host, name);
const admit = admitAt;

test('a trainer and two participants on their own devices join, are admitted, play, and come back after a reload', async ({ browser }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  const trainer = await device(browser, errors);
  await trainer.goto(trainerUrl);
  await expect(trainer.getByRole('heading', { level: 1, name: 'Klaslokaal' })).toBeVisible();
  // The token leaves the address bar at once.
  await expect(trainer).toHaveURL(`${origin}/#/classroom`);
  await expect(trainer.getByText(`${code.slice(0, 3)}-${code.slice(3)}`)).toBeVisible();
  await expect(trainer.getByRole('img', { name: /^QR-code met het adres/ })).toBeVisible();
  await trainer.getByLabel('Aantal groepen').fill('2');
  await trainer.getByRole('button', { name: 'Groepen starten' }).click();
  const groups = trainer.getByRole('table', { name: 'Groepen in dit lokaal, met hun stand' });
  await expect(groups.getByRole('row')).toHaveCount(3);

  const mayor = await device(browser, errors);
  const police = await device(browser, errors);
  await joinAs(mayor, 'Fatima');
  expect(await seriousViolations(mayor)).toEqual([]);
  await joinAs(police, 'Daan');
  const devices = trainer.getByRole('table', { name: 'Apparaten in dit lokaal, hun plek en verbinding' });
  await expect(devices.getByRole('row', { name: /Fatima/ })).toContainText('Wacht op toelating');
  await admit(trainer, 'Fatima', 'Groep 1: Burgemeester van Marewold');
  await admit(trainer, 'Daan', 'Groep 1: Politiechef eenheid Zuidervaart');
  await expect(mayor.getByRole('heading', { level: 1, name: 'Burgemeester van Marewold' })).toBeVisible();
  await expect(police.getByRole('heading', { level: 1, name: 'Politiechef eenheid Zuidervaart' })).toBeVisible();
  await expect(devices.getByRole('row', { name: /Daan/ })).toContainText('Groep 1: Politiechef eenheid Zuidervaart');
  expect(await seriousViolations(trainer)).toEqual([]);

  // The trainer runs group 1 from its console on the classroom page.
  await trainer.getByRole('button', { name: 'Console van Groep 1 openen' }).click();
  await expect(trainer.getByRole('heading', { level: 2, name: 'Console: Groep 1' })).toBeFocused();
  await expect(trainer.getByRole('heading', { level: 2, name: 'Console: Groep 1' })).toBeInViewport();
  await trainer.getByRole('button', { name: 'Oefening starten (briefing)', exact: true }).click();
  await trainer.getByRole('button', { name: 'Rondes beginnen', exact: true }).click();
  await expect(groups.getByRole('row', { name: /Groep 1/ })).toContainText('Ronde 1');
  await expect(groups.getByRole('row', { name: /Groep 2/ })).toContainText('Nog geen ronde');

  await police.getByRole('button', { name: 'Beurt beëindigen' }).click();
  await expect(police.getByText(/Uw tafel is nu niet aan de beurt/)).toBeVisible();
  await expect(groups.getByRole('row', { name: /Groep 1/ })).toContainText('Beurt beëindigen door Politiechef eenheid Zuidervaart');

  // A reload rejoins with the device's token: no code, no waiting, the same place.
  await police.reload();
  await expect(police.getByRole('heading', { level: 1, name: 'Politiechef eenheid Zuidervaart' })).toBeVisible();
  await expect(police.getByText(/Uw tafel is nu niet aan de beurt/)).toBeVisible();

  // A closed page is offline for the trainer; opening the join page again on that device brings it back.
  const policeContext = police.context();
  await police.close();
  await expect(devices.getByRole('row', { name: /Daan/ })).toContainText('Offline sinds');
  const again = await policeContext.newPage();
  watchErrors(again, errors);
  await again.goto(`${origin}/#/join`);
  await expect(again.getByRole('heading', { level: 1, name: 'Politiechef eenheid Zuidervaart' })).toBeVisible();
  await expect(devices.getByRole('row', { name: /Daan/ })).toContainText('Online');

  // Removing a device takes it out of play on its own screen.
  await trainer.getByRole('button', { name: 'Fatima uit de oefening verwijderen' }).click();
  await expect(mayor.getByRole('heading', { level: 1, name: 'Niet meer in de oefening' })).toBeVisible();
  await admit(trainer, 'Fatima', 'Groep 2: Burgemeester van Marewold', 'opnieuw toelaten');
  await expect(mayor.getByRole('heading', { level: 1, name: 'Burgemeester van Marewold' })).toBeVisible();
  await expect(mayor.getByText('De oefening is nog niet begonnen.')).toBeVisible();

  expect(errors).toEqual([]);
});
