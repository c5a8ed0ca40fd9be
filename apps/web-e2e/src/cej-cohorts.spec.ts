import { expect, test, expectAccessible, expectDashboard, signIn, todayInParis } from './helpers';

const shortDay = (day: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'short' }).format(new Date(`${day}T00:00:00Z`));

test('CEJ : la coordinatrice crée une promo, programme une journée d’atelier, la modifie et la retrouve en cours', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const name = `Promo E2E ${stamp}`;
  const today = todayInParis();

  await signIn(page, 'coordination@ml-ales.test');
  await expectDashboard(page);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Promos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Promos' })).toBeVisible();

  await page.getByRole('button', { name: 'Nouvelle promo' }).click();
  const create = page.getByRole('dialog', { name: 'Nouvelle promo' });
  await create.getByLabel('Fin').fill(shortDayIso(today, -3));
  await create.getByRole('button', { name: 'Créer la promo' }).click();
  await expect(create.getByText('Le nom de la promo est obligatoire.')).toBeVisible();
  await expect(create.getByText('La fin de la promo ne peut pas précéder son début.')).toBeVisible();
  await create.getByLabel('Nom').fill(name);
  await create.getByLabel('Fin').fill(shortDayIso(today, 20));
  await create.getByRole('button', { name: 'Créer la promo' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('En cours', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter une journée d’atelier' }).click();
  const session = page.getByRole('dialog', { name: 'Journée d’atelier' });
  await session.getByLabel('Intitulé').fill('Connaissance de soi');
  // The day is paid by the market's lot: its provider runs it (and receives the promo), no free-text name.
  await expect(session.getByLabel('Intervenant hors marché')).toBeVisible();
  await session.getByRole('combobox', { name: 'Lot du marché' }).click();
  await page.getByRole('option', { name: /^CEJ-ATELIERS-\d{4} – lot 1 · Cap Compétences Méditerranée$/ }).click();
  await expect(session.getByLabel('Intervenant hors marché')).toHaveCount(0);
  await expectAccessible(page);
  await session.getByRole('button', { name: 'Ajouter' }).click();
  await expect(session).toBeHidden();
  const day = page
    .getByRole('table', { name: 'Journées d’ateliers de la promo' })
    .getByRole('row')
    .filter({ hasText: 'Connaissance de soi' });
  await expect(day).toContainText(shortDay(today));
  await expect(day).toContainText('Cap Compétences Méditerranée');

  // Only signed contracts in no other promo are offered: the demo's young people are all in the demo promo already.
  await page.getByRole('button', { name: 'Ajouter des membres' }).click();
  const members = page.getByRole('dialog', { name: 'Ajouter des membres' });
  await members.getByLabel('Contrats en cours, sans promo').click();
  await expect(page.getByText('Aucun contrat disponible')).toBeVisible();
  await expect(page.getByRole('option', { name: /Bouzid|Roux/i })).toHaveCount(0);
  await members.getByRole('heading', { name: 'Ajouter des membres' }).click();
  await expect(page.getByText('Aucun contrat disponible')).toBeHidden();
  await members.getByRole('button', { name: 'Ajouter' }).click();
  await expect(members.getByText('Choisissez au moins un contrat.')).toBeVisible();
  await members.getByRole('button', { name: 'Annuler' }).click();
  await expect(members).toBeHidden();

  await page.getByRole('button', { name: 'Modifier' }).click();
  const edit = page.getByRole('dialog', { name: 'Modifier la promo' });
  await edit.getByLabel('Nom').fill(`${name} (modifiée)`);
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: `${name} (modifiée)` })).toBeVisible();

  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Promos' }).click();
  const row = page.getByRole('row').filter({ hasText: `${name} (modifiée)` });
  await expect(row).toContainText('En cours');
  await expect(row).toContainText(`${shortDay(today)} → ${shortDay(shortDayIso(today, 20))}`);
});

/** AAAA-MM-JJ shifted by a number of days. */
function shortDayIso(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
