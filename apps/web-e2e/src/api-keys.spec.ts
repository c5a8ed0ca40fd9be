import { expect, test, expectDashboard, signIn, USERS } from './helpers';

test('l’administrateur crée une clé d’API et n’en voit le secret qu’une fois', async ({ page }) => {
  const name = `Entrepôt de données ${Date.now()}`;
  await signIn(page, USERS.admin);
  await expectDashboard(page);

  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Clés d’API' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clés d’API' })).toBeVisible();

  await page.getByRole('button', { name: 'Nouvelle clé' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle clé d’API' });
  await form.getByRole('button', { name: 'Créer la clé' }).click();
  await expect(form.getByText('Cochez au moins un droit.')).toBeVisible();
  await form.getByLabel('Nom').fill(name);
  await form.getByLabel('Lire la structure et ses antennes').check();
  await form.getByLabel('Lire les utilisateurs').check();
  await form.getByLabel('Valable jusqu’au').fill('2099-12-31');
  await form.getByRole('button', { name: 'Créer la clé' }).click();

  const secretDialog = page.getByRole('dialog', { name: `Clé d’API « ${name} » créée` });
  await expect(secretDialog).toBeVisible();
  await expect(secretDialog.getByText('Elle ne sera plus jamais affichée')).toBeVisible();
  const secret = (await secretDialog.getByTestId('api-key-secret').innerText()).trim();
  expect(secret.length).toBeGreaterThan(20);
  await expect(secretDialog.getByRole('button', { name: 'Copier la clé' })).toBeVisible();
  await secretDialog.getByRole('button', { name: /J’ai copié la clé/ }).click();
  await expect(secretDialog).toBeHidden();

  // Listed with its prefix only; the secret is gone from the page.
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Active');
  await expect(row).toContainText('31 décembre 2099');
  await expect(page.getByText(secret)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
});
