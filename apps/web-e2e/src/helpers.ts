import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Passerelle2026!';

export const USERS = {
  admin: 'admin@passerelle.test',
  director: 'directrice@ml-ales.test',
  coordinator: 'coordination@mlife-amiens.test',
  counsellor: 'conseiller@ml-lyon.test',
} as const;

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

export async function expectDashboard(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
}
