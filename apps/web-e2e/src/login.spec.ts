import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectDashboard, signIn, USERS } from './helpers';

test.describe('Connexion', () => {
  test('la directrice arrive sur le tableau de bord de la Mission Locale Alès', async ({ page }) => {
    await signIn(page, USERS.director);
    await expect(page).toHaveURL(/\/$/);
    await expectDashboard(page);
    await expect(page.getByRole('heading', { name: /Mission Locale Alès/ })).toBeVisible();
    await expect(page.getByText('Membres')).toBeVisible();

    // The session survives a reload (refresh token in localStorage, access token renewed).
    await page.reload();
    await expectDashboard(page);

    // Sign out through the account menu.
    await page.getByRole('button', { name: /Compte de/ }).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/connexion$/);
  });

  test('un mauvais mot de passe affiche le message générique en français', async ({ page }) => {
    await signIn(page, USERS.counsellor, 'MauvaisMotDePasse1');
    const alert = page.getByRole('alert').filter({ hasText: 'Connexion impossible' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Adresse e-mail ou mot de passe incorrect.');
    await expect(page).toHaveURL(/\/connexion$/);

    // The right password still works (and resets the failure counter for the next runs).
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expectDashboard(page);
  });
});
