import { apiAs, expect, expectAccessible, expectDashboard, signIn, test } from './helpers';

const USER = 'referente@plie-lunel.test';

test('une personne coupe puis réactive l’envoi de ses notifications par e-mail', async ({ page, request }) => {
  const api = await apiAs(request, USER);
  await api(`mutation { setMyNotificationEmails(enabled: true) }`);

  await signIn(page, USER);
  await expectDashboard(page);
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const toggle = page.getByRole('switch', { name: 'Recevoir aussi mes notifications par e-mail' });
  await expect(toggle).toBeChecked();
  await expectAccessible(page);

  await toggle.click({ force: true });
  await expect(page.getByText('Vos notifications ne vous seront plus envoyées par e-mail.')).toBeVisible();
  await expect(toggle).not.toBeChecked();
  expect((await api(`{ myNotificationEmails }`)).myNotificationEmails).toBe(false);
  // Kept across sessions: a reload reads it from the server.
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Recevoir aussi mes notifications par e-mail' })).not.toBeChecked();

  await page.getByRole('switch', { name: 'Recevoir aussi mes notifications par e-mail' }).click({ force: true });
  await expect(page.getByText('Vos notifications vous seront aussi envoyées par e-mail.')).toBeVisible();
  expect((await api(`{ myNotificationEmails }`)).myNotificationEmails).toBe(true);
});
