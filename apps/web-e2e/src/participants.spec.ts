import { expect, test, expectDashboard, signIn, USERS } from './helpers';

test('une recherche de participants s’enregistre sur le poste et se rappelle au clavier', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const name = `Sans résultat ${stamp}`;
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Participants' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();

  const search = page.getByLabel('Nom ou prénom');
  await search.focus();
  await page.keyboard.type(`zz${stamp}`);
  await expect(page).toHaveURL(new RegExp(`q=zz${stamp}`));
  await expect(page.getByText('Aucun participant ne correspond à ces critères')).toBeVisible();

  await page.getByRole('button', { name: 'Enregistrer cette recherche' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enregistrer la recherche' });
  await expect(dialog.getByText(`« zz${stamp} »`)).toBeVisible();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(search).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();

  // Kept in this browser: the menu lists it after a reload, and the keyboard opens it.
  const saved = page.getByRole('button', { name: /Mes recherches \(\d+\)/ });
  await saved.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: new RegExp(name) }).focus();
  await page.keyboard.press('Enter');
  await expect(search).toHaveValue(`zz${stamp}`);
  await expect(page).toHaveURL(new RegExp(`q=zz${stamp}`));

  await page.getByRole('button', { name: `Supprimer la recherche « ${name} »` }).click();
  await expect(page.getByRole('button', { name: `Supprimer la recherche « ${name} »` })).toHaveCount(0);
});

test('la liste se filtre par référent·e, cherché·e par son nom', async ({ page }) => {
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Participants' }).click();
  const referent = page.getByRole('combobox', { name: 'Référent·e', exact: true });
  await referent.click();
  await referent.fill('Aurél');
  await page.getByRole('option', { name: 'Aurélien Morel', exact: true }).click();
  await expect(page).toHaveURL(/referent=/);
  await expect(referent).toHaveValue('Aurélien Morel');
  const rows = page.locator('main tbody tr');
  await expect(rows.first()).toContainText('Aurélien Morel');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Aurélien Morel');
});
