import type { Locator, Page } from '@playwright/test';
import { apiAs, drawSignature, expect, expectAccessible, PHONE, signIn, test } from './helpers';

const PROVIDER = 'prestataire@insertion-plus.test';

/** Nothing wider than the screen: the page never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** Within the screen's width, reachable by a thumb without scrolling sideways. */
async function expectOnScreen(control: Locator): Promise<void> {
  await expect(control).toBeVisible();
  const box = (await control.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
}

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
// Several screens and a second browser: more than the default 30 s on a loaded machine.
test.setTimeout(180_000);

test('sur un téléphone, la présence est saisie et la signature recueillie sans défilement horizontal', async ({
  page,
  browser,
  request,
}) => {
  // The demo provider's workshop whose sheet is still open (seed: the last one of the lot), with its enrolled people.
  const provider = await apiAs(request, PROVIDER);
  const { activitySessions } = await provider(
    `{ activitySessions(first: 100) { edges { node { id title sheetFrozenAt enrolledCount } } } }`,
  );
  const session = activitySessions.edges
    .map((e: any) => e.node)
    .find((s: any) => !s.sheetFrozenAt && s.enrolledCount > 1);
  const { activitySession } = await provider(
    `query($id: ID!) { activitySession(id: $id) { enrolments { signedAt attendance participant { firstName lastName } } } }`,
    { id: session.id },
  );
  // Someone who has not signed and is not yet marked absent without excuse (a retry finds another person).
  const person = activitySession.enrolments.find(
    (e: any) => !e.signedAt && e.attendance !== 'UNEXCUSED_ABSENCE',
  ).participant;
  const name = `${person.lastName.toUpperCase()} ${person.firstName}`;

  await signIn(page, PROVIDER);
  await expect(page.getByRole('button', { name: 'Ouvrir le menu' })).toBeVisible();
  await page.goto(`/seances/${session.id}`);
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible({ timeout: 30_000 });
  await expectNoSidewaysScroll(page);

  // Attendance: every choice of a row is on screen, "Absence injustifiée" included.
  const row = page.getByTestId('enrolment-row').filter({ hasText: name });
  const choices = row.getByRole('radiogroup', { name: `Présence de ${name}` });
  for (const label of ['Présent·e', 'Absence justifiée', 'Absence injustifiée'])
    await expectOnScreen(choices.getByText(label, { exact: true }));
  await choices.getByText('Absence injustifiée', { exact: true }).click();
  await expectOnScreen(page.getByRole('button', { name: 'Enregistrer les présences' }));
  await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
  await expect(page.getByRole('button', { name: 'Enregistrer les présences' })).toBeDisabled();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByTestId('enrolment-row').filter({ hasText: name }).getByRole('radio', { name: 'Absence injustifiée' }),
  ).toBeChecked();
  await expectNoSidewaysScroll(page);

  // The one-time signing links, each with its link and its copy button on screen.
  await expectOnScreen(page.getByRole('button', { name: 'Créer les liens de signature' }));
  await page.getByRole('button', { name: 'Créer les liens de signature' }).click();
  const link = page.getByTestId('signature-link').filter({ hasText: person.lastName });
  await expectOnScreen(link.getByRole('link', { name: 'Ouvrir la page de signature' }));
  await expectOnScreen(link.getByRole('button', { name: 'Copier le lien' }));
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  const href = (await link.getByRole('link', { name: 'Ouvrir la page de signature' }).getAttribute('href'))!;

  // The person signs on their own phone.
  const phone = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const signPage = await phone.newPage();
  await signPage.goto(href);
  await expect(signPage.getByText(`${person.firstName} ${person.lastName}`)).toBeVisible();
  await expectNoSidewaysScroll(signPage);
  await expectAccessible(signPage);
  await drawSignature(signPage);
  await expectOnScreen(signPage.getByRole('button', { name: 'Je signe' }));
  await signPage.getByRole('button', { name: 'Je signe' }).click();
  await expect(signPage.getByText('Merci, votre présence est enregistrée')).toBeVisible();
  await phone.close();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('enrolment-row').filter({ hasText: name })).toContainText('Signé le');
  await expectNoSidewaysScroll(page);
});

test('imprimer une page n’imprime ni le menu, ni l’en-tête, ni les boutons', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'conseillere@ml-ales.test');
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Contrats CEJ' }).click();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
  const heading = await page.getByRole('heading', { level: 1 }).innerText();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('tab')).toHaveCount(0);
});
