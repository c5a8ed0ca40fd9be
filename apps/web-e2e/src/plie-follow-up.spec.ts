import { expect, test, chooseOption as choose, expectDashboard, signIn } from './helpers';

const REFERENT = 'referent@mlife-amiens.test';

test('le référent suit un dossier proposé : adresse et antenne, freins, relances sans réponse, retrait', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const lastName = `Suivi${stamp}`;
  const displayName = `${lastName.toUpperCase()} Jonathan`;

  await signIn(page, REFERENT);
  await expectDashboard(page);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('link', { name: 'Nouveau participant' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(lastName);
  await page.getByLabel('Prénom').fill('Jonathan');
  await page.getByRole('radio', { name: 'Homme' }).check();
  await page.getByLabel('Date de naissance').fill('1979-11-03');
  await choose(page, 'Commune', 'Amiens (80021)');
  await page.getByLabel('Prescripteur').fill('CCAS d’Amiens');
  await page.getByRole('button', { name: 'Créer la fiche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: displayName })).toBeVisible();
  await expect(page.getByTestId('path-status')).toHaveText('Proposé');
  // A référent cannot decide for the committee: only the presentation is offered.
  await expect(page.getByRole('button', { name: 'Présenter au comité' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Ouvrir le comité/ })).toHaveCount(0);

  // Address moved to Longueau: the branch follows; then chosen by hand.
  await page.getByRole('tab', { name: 'Identité' }).click();
  await page.getByRole('button', { name: 'Modifier' }).click();
  let identity = page.getByRole('dialog', { name: 'Modifier l’identité et les coordonnées' });
  await choose(identity, 'Commune', 'Longueau (80489)');
  await expect(identity.getByTestId('branch-preview')).toHaveText(
    'Antenne déduite de l’adresse : Communes de la métropole.',
  );
  await identity.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(identity).toBeHidden();
  await expect(page.getByText('Déduite de l’adresse')).toBeVisible();
  await expect(page.locator('main')).toContainText('Communes de la métropole');

  await page.getByRole('button', { name: 'Modifier' }).click();
  identity = page.getByRole('dialog', { name: 'Modifier l’identité et les coordonnées' });
  await choose(identity, 'Antenne', 'Amiens');
  await expect(identity.getByTestId('branch-preview')).toHaveText(
    'Antenne choisie à la main : Amiens (l’adresse donnerait Communes de la métropole).',
  );
  await identity.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(identity).toBeHidden();
  await expect(page.getByText('Choisie à la main')).toBeVisible();

  // An obstacle, then lifted.
  await page.getByRole('tab', { name: /Diagnostic et freins/ }).click();
  await page.getByRole('button', { name: 'Ajouter un frein' }).click();
  let obstacle = page.getByRole('dialog', { name: 'Nouveau frein' });
  await choose(obstacle, 'Type de frein', 'Mobilité');
  await choose(obstacle, 'Gravité', 'Fort');
  await obstacle.getByLabel('Ce qui est fait pour le lever').fill('Aide au permis demandée');
  await obstacle.getByRole('button', { name: 'Ajouter le frein' }).click();
  await expect(obstacle).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: 'Mobilité' });
  await expect(row).toContainText('Fort');
  await expect(row).toContainText('Repéré');
  await row.getByRole('button', { name: 'Mettre à jour le frein Mobilité' }).click();
  obstacle = page.getByRole('dialog', { name: 'Frein : Mobilité' });
  await choose(obstacle, 'Traitement', 'Levé');
  await obstacle.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(obstacle).toBeHidden();
  await expect(row).toContainText('Levé le');

  // Two unanswered reminders: "sans contact"; an answer lifts it.
  await page.getByRole('tab', { name: /Entretiens et relances/ }).click();
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Saisir une relance' }).click();
    const reminder = page.getByRole('dialog', { name: 'Enregistrer un suivi' });
    await reminder.getByLabel('Objet').fill(`Relance téléphonique ${i + 1}`);
    await reminder.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(reminder).toBeHidden();
  }
  await expect(page.getByText('Sans contact : deux relances sont restées sans réponse')).toBeVisible();
  await page
    .getByRole('row')
    .filter({ hasText: 'Relance téléphonique 2' })
    .getByRole('button', { name: 'A répondu' })
    .click();
  await expect(page.getByText('Sans contact : deux relances sont restées sans réponse')).toHaveCount(0);

  // Withdrawn before the committee, with a reason.
  await page.getByRole('tab', { name: 'Parcours' }).click();
  await page.getByRole('button', { name: 'Retirer le dossier' }).click();
  const withdraw = page.getByRole('dialog', { name: 'Retirer le dossier avant le comité' });
  await withdraw.getByLabel('Motif').fill('A trouvé un emploi avant le comité');
  await withdraw.getByRole('button', { name: 'Confirmer' }).click();
  await expect(withdraw).toBeHidden();
  await expect(page.getByTestId('path-status')).toHaveText('Non admis');
  await expect(page.getByTestId('timeline-entry').filter({ hasText: 'Statut : Proposé → Non admis' })).toContainText(
    'A trouvé un emploi avant le comité',
  );
  await expect(page.getByRole('button', { name: 'Nouvelle orientation PLIE' })).toBeVisible();
});
