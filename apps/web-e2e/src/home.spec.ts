import { expect, test, expectDashboard, signIn } from './helpers';

test.describe('Accueil par rôle', () => {
  test('la conseillère CEJ arrive sur ses contrats à surveiller et les séances du jour', async ({ page }) => {
    await signIn(page, 'conseillere@ml-ales.test');
    await expectDashboard(page);
    const contracts = page.getByRole('region', { name: 'Contrats CEJ à surveiller' });
    await expect(contracts).toBeVisible();
    await expect(page.getByRole('region', { name: 'Séances et ateliers du jour' })).toBeVisible();
    // Not the others' work, nor the structure's details kept for the direction.
    await expect(page.getByRole('region', { name: 'Dossiers en attente du comité' })).toHaveCount(0);
    await expect(page.getByText('Clés d’API actives')).toHaveCount(0);
    await contracts.getByRole('link', { name: /Bouzid/ }).click();
    await expect(page).toHaveURL(/\/cej\/[0-9a-f-]{36}$/);
  });

  test('le prestataire arrive sur ses orientations à traiter et ses fiches en retard', async ({ page }) => {
    await signIn(page, 'prestataire@insertion-plus.test');
    await expectDashboard(page);
    const toProcess = page.getByRole('region', { name: 'Orientations à traiter' });
    await expect(toProcess).toBeVisible();
    await expect(page.getByRole('region', { name: 'Fiches de liaison en retard' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Contrats CEJ à surveiller' })).toHaveCount(0);
    await toProcess.getByRole('link', { name: 'Espace prestataire' }).click();
    await expect(page).toHaveURL(/\/prestataire$/);
  });

  test('la coordination PLIE arrive sur les dossiers du comité et les propositions de sortie', async ({ page }) => {
    await signIn(page, 'coordination@mlife-amiens.test');
    await expectDashboard(page);
    const committee = page.getByRole('region', { name: 'Dossiers en attente du comité' });
    await expect(committee).toBeVisible();
    await expect(page.getByRole('region', { name: 'Propositions de sortie à valider' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Bilans des lots en retard' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Fiches de liaison des prestataires en retard' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Mon portefeuille, par urgence' })).toHaveCount(0);
    await committee.getByRole('link', { name: /Dufour/ }).click();
    await expect(page).toHaveURL(/\/participants\/[0-9a-f-]{36}$/);
  });
});
