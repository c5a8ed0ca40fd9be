import { expect, type Locator, type Page } from '@playwright/test';

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

/** Picks an option of a Mantine select, as a person would: open the list, click the option. */
export async function chooseOption(scope: Page | Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  const page = 'page' in scope && typeof scope.page === 'function' ? (scope as Locator).page() : (scope as Page);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Today in Paris, as the browser's date fields take it (AAAA-MM-JJ). */
export function todayInParis(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
