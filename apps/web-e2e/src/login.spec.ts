import { expect, test, DEMO_PASSWORD, expectDashboard, signIn, USERS } from './helpers';

test.describe('Connexion', () => {
  test('la directrice arrive sur le tableau de bord de la Mission Locale Alès', async ({ page }) => {
    // The Content-Security-Policy nginx mirrors must not block anything the app does.
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await signIn(page, USERS.director);
    await expect(page).toHaveURL(/\/$/);
    await expectDashboard(page);
    await expect(page.getByRole('heading', { name: /Mission Locale Alès/ })).toBeVisible();
    await expect(page.getByText('Membres')).toBeVisible();
    // The direction's home: the structure's figures.
    await expect(page.getByRole('region', { name: 'Chiffres de la structure' })).toBeVisible();
    await expect(page.getByText('Contrats CEJ en cours')).toBeVisible();

    // The refresh token lives only in an HttpOnly cookie sent to /auth; no script-readable storage holds a token.
    const refreshCookie = (await page.context().cookies()).find((c) => c.name === 'passerelle_refresh');
    expect(refreshCookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/auth' });
    const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage, ...window.sessionStorage }));
    expect(stored).not.toContain(refreshCookie!.value.split('.')[1]);
    expect(await page.evaluate(() => document.cookie)).not.toContain('passerelle_refresh');

    // The session survives a reload: the access token is renewed through the cookie, which rotates.
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/auth/refresh') && r.status() === 200);
    await page.reload();
    await refreshed;
    await expectDashboard(page);
    const rotated = (await page.context().cookies()).find((c) => c.name === 'passerelle_refresh');
    expect(rotated?.value).not.toBe(refreshCookie!.value);

    // Sign out through the account menu.
    await page.getByRole('button', { name: /Compte de/ }).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/connexion$/);
    expect((await page.context().cookies()).find((c) => c.name === 'passerelle_refresh')).toBeUndefined();
    expect(violations).toEqual([]);
  });

  test('changer de mot de passe ferme aussi la session ouverte dans un autre navigateur', async ({
    page,
    browser,
    request,
  }) => {
    const email = 'controle@dreets.test';
    const elsewhere = await (await browser.newContext()).newPage();
    const bearer = elsewhere.waitForRequest((r) => r.url().endsWith('/graphql') && !!r.headers()['authorization']);
    await signIn(elsewhere, email);
    await expectDashboard(elsewhere);
    const otherAccessToken = (await bearer).headers()['authorization'];
    await signIn(page, email);
    await expectDashboard(page);

    await page.goto('/mon-compte');
    await page.getByLabel('Mot de passe actuel').fill(DEMO_PASSWORD);
    await page.getByLabel(/^Nouveau mot de passe/).fill('Nouveau-mot-2026');
    await page.getByLabel('Confirmation du nouveau mot de passe').fill('Nouveau-mot-2026');
    await page.getByRole('button', { name: 'Modifier le mot de passe' }).click();
    await expect(page).toHaveURL(/\/connexion$/);

    // The other browser's access token, still in its memory and far from expiry, is refused at once…
    const meWithOldToken = await request.post('/graphql', {
      headers: { authorization: otherAccessToken },
      data: { query: '{ me { email } }' },
    });
    expect((await meWithOldToken.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // …and its refresh cookie too: its next page load sends it to sign in.
    await elsewhere.reload();
    await expect(elsewhere).toHaveURL(/\/connexion$/);
    await elsewhere.context().close();

    await signIn(page, email, 'Nouveau-mot-2026');
    await expectDashboard(page);
  });

  test('aucune page ne peut être encadrée par un autre site, la page de signature publique comprise', async ({
    request,
  }) => {
    for (const path of ['/', '/connexion', '/sign/jeton-quelconque']) {
      const response = await request.get(path);
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers()['x-frame-options']).toBe('DENY');
      expect(response.headers()['referrer-policy']).toBe('no-referrer');
    }
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
