import { type Locator, type Page } from '@playwright/test';
import { expect, test, chooseOption as choose, expectDashboard, signIn, todayInParis, USERS } from './helpers';

function menu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Menu principal' });
}

test('la coordination du PLIE mène un parcours de l’orientation à la sortie positive', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const lastName = `Parcours${stamp}`;
  const firstName = 'Samia';
  const displayName = `${lastName.toUpperCase()} ${firstName}`;
  const birthDate = '1985-04-12';
  const today = todayInParis();

  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await expect(menu(page).getByRole('link', { name: 'Mon portefeuille' })).toBeVisible();

  // 1. A new participant, oriented to the PLIE by France Travail; the branch follows the commune.
  await menu(page).getByRole('link', { name: 'Participants' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();
  await page.getByRole('link', { name: 'Nouveau participant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau participant' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(lastName);
  await page.getByLabel('Prénom').fill(firstName);
  await page.getByRole('radio', { name: 'Femme' }).check();
  await page.getByLabel('Date de naissance').fill(birthDate);
  await page.getByLabel('Adresse', { exact: true }).fill('12 rue des Jacobins');
  await page.getByLabel('Code postal').fill('80000');
  await choose(page, 'Commune', 'Amiens (80021)');
  await expect(page.getByTestId('branch-preview')).toHaveText('Antenne déduite de l’adresse : Amiens.');
  await expect(
    page.getByLabel('Orienter la personne vers le PLIE maintenant (le parcours sera « Proposé »)'),
  ).toBeChecked();
  await page.getByLabel('Prescripteur').fill('France Travail');
  await page.getByLabel('Allocataire du RSA').check();
  await choose(page, 'Situation sur le marché du travail', 'Chômeur·se de longue durée (plus de 12 mois)');
  await expect(page.getByText(/Données FSE\+ encore manquantes/)).toBeVisible();
  await page.getByRole('button', { name: 'Créer la fiche' }).click();

  await expect(page.getByRole('heading', { level: 1, name: displayName })).toBeVisible();
  const fileUrl = page.url();
  await expect(page.getByTestId('path-status')).toHaveText('Proposé');
  await expect(page.getByText(/Questionnaire FSE\+ d’entrée : \d+ données manquantes/)).toBeVisible();
  await expect(page.getByTestId('path-timeline')).toContainText('Orientation vers le PLIE par France Travail');

  // The référent's portfolio (the coordinator follows her) flags the committee still to come.
  await menu(page).getByRole('link', { name: 'Mon portefeuille' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon portefeuille' })).toBeVisible();
  const entry = page.getByRole('row').filter({ hasText: displayName });
  await expect(entry).toContainText('Proposé');
  await expect(entry).toContainText('Passage en comité en attente');

  // 2. The same person typed again: the existing file is offered instead of a second one.
  await menu(page).getByRole('link', { name: 'Participants' }).click();
  await page.getByRole('link', { name: 'Nouveau participant' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(lastName.toLowerCase());
  await page.getByLabel('Prénom').fill(firstName);
  await page.getByRole('radio', { name: 'Femme' }).check();
  await page.getByLabel('Date de naissance').fill(birthDate);
  await page.getByLabel('Orienter la personne vers le PLIE maintenant (le parcours sera « Proposé »)').uncheck();
  await page.getByRole('button', { name: 'Créer la fiche' }).click();
  const duplicate = page.getByRole('alert').filter({ hasText: 'Cette personne a déjà une fiche' });
  await expect(duplicate).toBeVisible();
  await expect(duplicate).toContainText(displayName);
  await duplicate.getByRole('link', { name: 'Ouvrir la fiche existante' }).click();
  await expect(page).toHaveURL(fileUrl);

  // 3. A committee session today.
  await menu(page).getByRole('link', { name: 'Comités d’agrément' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Comités d’agrément' })).toBeVisible();
  await page.getByRole('button', { name: 'Programmer une séance' }).click();
  const sessionForm = page.getByRole('dialog', { name: 'Programmer une séance du comité' });
  await sessionForm.getByLabel('Date de la séance').fill(today);
  await sessionForm.getByLabel('Intitulé').fill(`Comité ${stamp}`);
  await sessionForm.getByLabel('Lieu').fill('Salle du conseil, Amiens');
  await sessionForm.getByRole('button', { name: 'Programmer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Comité ${stamp} du`) })).toBeVisible();
  const committeeUrl = page.url();

  // 4. Found again through the list's search, then presented to that session from the file.
  await menu(page).getByRole('link', { name: 'Participants' }).click();
  await page.getByLabel('Nom ou prénom').fill(lastName.slice(0, 12).toLowerCase());
  await expect(page).toHaveURL(/q=/);
  const row = page.getByRole('row').filter({ hasText: displayName });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Proposé');
  await expect(row).toContainText('Amiens');
  await row.getByRole('link', { name: displayName }).click();
  await page.getByRole('button', { name: 'Présenter au comité' }).click();
  const presentForm = page.getByRole('dialog', { name: 'Présenter au comité d’agrément' });
  await presentForm.getByRole('radio', { name: new RegExp(`Comité ${stamp}`) }).check();
  await presentForm.getByRole('button', { name: 'Inscrire le dossier' }).click();
  await expect(page.getByTestId('path-status')).toHaveText('En attente du comité');
  await expect(page.getByTestId('path-timeline')).toContainText(`Dossier inscrit au Comité ${stamp}`);

  // 5. The committee admits the file.
  await page.getByRole('link', { name: /Ouvrir le comité du/ }).click();
  await expect(page).toHaveURL(committeeUrl);
  const fileRow = page
    .getByRole('region', { name: 'Dossiers présentés' })
    .getByRole('row')
    .filter({ hasText: displayName });
  await expect(fileRow).toContainText('France Travail');
  await fileRow.getByRole('button', { name: `Admettre ${displayName}` }).click();
  const decision = page.getByRole('dialog', { name: `Décision du comité — ${displayName}` });
  await expect(decision.getByRole('radio', { name: /Admis·e/ })).toBeChecked();
  await decision.getByRole('button', { name: 'Admettre' }).click();
  await expect(fileRow.getByTestId('committee-decision')).toHaveText('Admis·e');
  await expect(fileRow).toContainText('Actif');
  await fileRow.getByRole('link', { name: displayName }).click();
  await expect(page.getByTestId('path-status')).toHaveText('Actif');
  await expect(page.getByTestId('path-timeline')).toContainText('Décision du comité : Admis·e');

  // 6. A first step and an interview.
  await page.getByRole('button', { name: 'Ajouter une étape' }).click();
  let stepForm = page.getByRole('dialog', { name: 'Nouvelle étape du parcours' });
  await choose(stepForm, 'Type d’étape', 'Action PLIE');
  await stepForm.getByLabel('Intitulé').fill('Atelier CV et lettre de motivation');
  await stepForm.getByLabel('Organisme ou structure d’accueil').fill('MLIFE Grand Amiénois');
  await stepForm.getByRole('button', { name: 'Ajouter l’étape' }).click();
  await expect(stepForm).toBeHidden();
  await expect(page.getByTestId('path-timeline')).toContainText('Action PLIE : Atelier CV et lettre de motivation');

  await page.getByRole('button', { name: 'Saisir un entretien' }).click();
  const interview = page.getByRole('dialog', { name: 'Enregistrer un suivi' });
  await interview.getByLabel('Compte rendu').fill('Point sur le projet : logistique, permis cariste à passer.');
  await interview.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(interview).toBeHidden();
  await expect(page.getByTestId('path-timeline')).toContainText('Entretien individuel (en présentiel, 45 min)');
  await expect(page.getByTestId('path-timeline')).toContainText('permis cariste');
  // Who did it, by name.
  await expect(page.getByTestId('timeline-entry').filter({ hasText: 'Entretien individuel' })).toContainText(
    'par Karim Benali',
  );
  await expect(page.getByTestId('timeline-entry').filter({ hasText: 'Décision du comité : Admis·e' })).toContainText(
    'par Karim Benali',
  );

  // 7. Hired on a CDI: a lasting job, the path goes to the follow-up in employment.
  await page.getByRole('button', { name: 'Ajouter une étape' }).click();
  stepForm = page.getByRole('dialog', { name: 'Nouvelle étape du parcours' });
  await choose(stepForm, 'Type d’étape', 'Emploi');
  await stepForm.getByLabel('Intitulé').fill('Agent logistique');
  await stepForm.getByLabel('Employeur').fill('Entrepôts de Picardie');
  await stepForm.getByLabel('Date d’embauche (début réel)').fill(today);
  await choose(stepForm, 'Type de contrat', 'CDI');
  await stepForm.getByLabel('Temps de travail (% d’un temps plein)').fill('100');
  await expect(stepForm.getByText('Ce contrat est un emploi durable')).toBeVisible();
  await stepForm.getByRole('button', { name: 'Ajouter l’étape' }).click();
  await expect(stepForm).toBeHidden();
  await expect(page.getByTestId('path-status')).toHaveText('Suivi dans l’emploi');
  const hire = page.getByTestId('timeline-entry').filter({ hasText: 'Emploi : Agent logistique' });
  await expect(hire).toContainText('Emploi durable');
  await expect(hire).toContainText('Entrepôts de Picardie · CDI · 100 %');

  // 8. The exit: a lasting job, positive as computed by the API.
  await page.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  const exit = page.getByRole('dialog', { name: 'Sortie du PLIE' });
  await choose(exit, 'Motif de sortie', 'Emploi durable');
  await exit.getByLabel('En emploi (y compris indépendant)').check();
  await exit.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  await expect(exit).toBeHidden();
  await expect(page.getByTestId('path-status')).toHaveText('Sorti');
  await expect(page.getByTestId('exit-outcome')).toHaveText('Sortie positive');
  const exitEntry = page.getByTestId('timeline-entry').filter({ hasText: 'Sortie : Emploi durable' });
  await expect(exitEntry).toContainText('Sortie positive');
  // Only what an exited path allows is offered: the coordination may reopen it, nothing else.
  await expect(page.getByRole('button', { name: 'Rouvrir le parcours' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter une étape' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Enregistrer la sortie' })).toHaveCount(0);

  await page.getByRole('tab', { name: /Étapes/ }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Agent logistique' })).toContainText('Emploi durable');

  // 9. The coordination reopens the path, with a reason kept in the history.
  await page.getByRole('tab', { name: 'Parcours' }).click();
  await page.getByRole('button', { name: 'Rouvrir le parcours' }).click();
  const reopen = page.getByRole('dialog', { name: 'Rouvrir le parcours' });
  await reopen.getByRole('button', { name: 'Rouvrir' }).click();
  await expect(reopen.getByText('Le motif de la réouverture est obligatoire.')).toBeVisible();
  await reopen.getByLabel('Motif de la réouverture').fill('Période d’essai rompue la première semaine');
  await reopen.getByRole('button', { name: 'Rouvrir' }).click();
  await expect(reopen).toBeHidden();
  await expect(page.getByTestId('path-status')).toHaveText('Actif');
  const reopening = page.getByTestId('timeline-entry').filter({ hasText: 'Statut : Sorti → Actif' });
  await expect(reopening).toContainText('Motif : Période d’essai rompue la première semaine');
  await expect(page.getByRole('button', { name: 'Enregistrer la sortie' })).toBeVisible();

  // 10. The coordinator follows the person: the sensitive notes are there, and traced.
  await page.getByRole('tab', { name: 'Situation et FSE+' }).click();
  await expect(page.getByRole('heading', { name: 'Données sensibles' })).toBeVisible();
  await page.getByRole('button', { name: 'Saisir' }).click();
  const sensitive = page.getByRole('dialog', { name: 'Données sensibles' });
  await sensitive.getByLabel('Situation sociale').fill('Hébergée chez sa sœur, demande de logement social en cours.');
  await sensitive.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(sensitive).toBeHidden();
  await expect(page.getByText('Hébergée chez sa sœur')).toBeVisible();

  // 10b. Her CV goes on the file: listed with its kind, author, hash and keep-until date, downloadable, in the timeline.
  await page.getByRole('tab', { name: 'Documents' }).click();
  const upload = page.getByRole('form', { name: 'Déposer un document sur le dossier' });
  await upload.getByRole('button', { name: 'Déposer le document' }).click();
  await expect(upload.getByText('Choisissez la nature du document.')).toBeVisible();
  await choose(upload, 'Nature du document', 'CV');
  await upload.locator('input[type="file"]').setInputFiles({
    name: `cv-${stamp}.pdf`,
    mimeType: 'application/pdf',
    buffer: Buffer.from(`%PDF-1.4\nCV ${displayName}\n%%EOF`),
  });
  await upload.getByLabel('Description').fill('CV à jour, remis en entretien');
  await upload.getByRole('button', { name: 'Déposer le document' }).click();
  const cvRow = page
    .getByTestId('participant-documents')
    .getByRole('row')
    .filter({ hasText: `cv-${stamp}.pdf` });
  await expect(cvRow).toContainText('CV');
  await expect(cvRow).toContainText('Karim Benali');
  await expect(cvRow).toContainText('CV à jour, remis en entretien');
  await expect(cvRow).toContainText('31/12/2033');
  await expect(cvRow.getByLabel(/^Empreinte SHA-256 [0-9a-f]{64}$/)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await cvRow.getByRole('button', { name: `Télécharger cv-${stamp}.pdf` }).click();
  expect((await downloading).suggestedFilename()).toBe(`cv-${stamp}.pdf`);
  await page.getByRole('tab', { name: 'Parcours' }).click();
  await expect(page.getByTestId('timeline-entry').filter({ hasText: `CV : cv-${stamp}.pdf` })).toContainText(
    'par Karim Benali',
  );
  await page.getByRole('tab', { name: 'Journal d’accès' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Document déposé sur le dossier' })).toContainText(
    'Karim Benali (vous)',
  );

  // 11. The director reads the file but not the sensitive notes, and cannot act on the path.
  await menu(page).getByRole('button', { name: 'Se déconnecter' }).click();
  await signIn(page, 'direction@mlife-amiens.test');
  await expectDashboard(page);
  await expect(menu(page).getByRole('link', { name: 'Mon portefeuille' })).toHaveCount(0);
  await menu(page).getByRole('link', { name: 'Participants' }).click();
  await expect(page.getByRole('link', { name: 'Nouveau participant' })).toHaveCount(0);
  await page.getByLabel('Nom ou prénom').fill(lastName.toLowerCase());
  await page.getByRole('link', { name: displayName }).click();
  await expect(page.getByTestId('path-status')).toHaveText('Actif');
  await expect(page.getByRole('button', { name: 'Enregistrer la sortie' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rouvrir le parcours' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Situation et FSE+' }).click();
  await expect(page.getByText(/ne sont visibles que des personnes qui suivent le participant/)).toBeVisible();
  await expect(page.getByText('Hébergée chez sa sœur')).toHaveCount(0);
  // The director sees the documents of the file, but may not put one on it.
  await page.getByRole('tab', { name: 'Documents' }).click();
  await expect(
    page
      .getByTestId('participant-documents')
      .getByRole('row')
      .filter({ hasText: `cv-${stamp}.pdf` }),
  ).toContainText('Karim Benali');
  await expect(page.getByRole('button', { name: 'Déposer le document' })).toHaveCount(0);
});
