import { type Locator, type Page } from '@playwright/test';
import {
  expect,
  test,
  admitToPlie,
  drawSignature,
  apiAs,
  chooseOption,
  expectDashboard,
  nameTag,
  newParticipant,
  signIn,
  USERS,
} from './helpers';

const PROVIDER = 'prestataire@insertion-plus.test';

function menu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Menu principal' });
}

async function signOut(page: Page): Promise<void> {
  await menu(page).getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
}

/** Draws a signature on the canvas, as a finger would. */
test('orientation vers un lot, fiche d’entrée, séance émargée en ligne, fiche de sortie', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(180_000);
  // A person of the test's own: the demo data's people are already oriented to the demo lots.
  const lastName = `Lefebvre-${nameTag()}`;
  const listed = `${lastName.toUpperCase()} Sandrine`;
  const coordinator = await apiAs(request, USERS.coordinator);
  await admitToPlie(coordinator, await newParticipant(coordinator, lastName, 'Sandrine'));

  // 1. The PLIE coordinator (MLIFE du Grand Amiénois) sees the markets and orients a participant to lot 1,
  //    awarded to Insertion Plus Picardie.
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Marchés et lots' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marchés et lots' })).toBeVisible();
  const lot1 = page.getByRole('row').filter({ hasText: 'Amiens Ouest' });
  await expect(lot1).toContainText('Insertion Plus Picardie');
  await lot1.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Lot 1 · / })).toBeVisible();
  await expect(page.getByText('Quantités attendues')).toBeVisible();

  await menu(page).getByRole('link', { name: 'Participants' }).click();
  await page.goto(`/participants?q=${encodeURIComponent(lastName)}`);
  await page.getByRole('link', { name: listed }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: listed })).toBeVisible();
  await page.getByRole('tab', { name: 'Orientations vers les actions' }).click();
  await page.getByRole('button', { name: 'Orienter vers un lot' }).click();
  const orientDialog = page.getByRole('dialog');
  await orientDialog.getByRole('combobox', { name: 'Lot' }).click();
  await page.getByRole('option', { name: /^MAPA-PLIE-2026 · lot 1 · .*Insertion Plus Picardie/ }).click();
  await orientDialog.getByLabel('Objectif').fill('Accompagnement vers l’emploi, secteur logistique');
  await orientDialog.getByRole('button', { name: 'Orienter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Orientation de Sandrine ${lastName}` })).toBeVisible();
  await expect(page.getByText('Orienté·e, en attente de la fiche d’entrée')).toBeVisible();
  await expect(page.getByText(/Fiche d’entrée : À envoyer avant le/)).toBeVisible();
  const orientationUrl = new URL(page.url()).pathname;
  await signOut(page);

  // 2. The provider answers with the entry liaison sheet and its FSE+ questionnaire.
  await signIn(page, PROVIDER);
  await expectDashboard(page);
  await expect(menu(page).getByRole('link', { name: 'Marchés et lots' })).toHaveCount(0);
  await menu(page).getByRole('link', { name: 'Espace prestataire' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Espace prestataire' })).toBeVisible();
  await page.getByRole('link', { name: listed }).first().click();
  await expect(page).toHaveURL(new RegExp(`${orientationUrl}$`));
  await page.getByRole('button', { name: 'Envoyer la fiche d’entrée' }).click();
  const entryDialog = page.getByRole('dialog');
  await entryDialog.getByLabel('Atelier ou poste').fill('Atelier recherche d’emploi');
  await chooseOption(entryDialog, 'Situation sur le marché du travail', 'Chômeur·se de longue durée (plus de 12 mois)');
  await entryDialog.getByRole('button', { name: 'Envoyer la fiche' }).click();
  await expect(page.getByText('Entré·e dans l’action').first()).toBeVisible();
  await expect(page.getByTestId('liaison-sheet')).toContainText('Fiche de liaison « entrée »');

  // 3. The provider runs a session today and enrols her.
  await menu(page).getByRole('link', { name: 'Espace prestataire' }).click();
  await page.getByRole('button', { name: 'Programmer une séance' }).click();
  const sessionDialog = page.getByRole('dialog');
  await chooseOption(sessionDialog, 'Lot', 'Lot 1 · Missions d’accompagnement du public – Référent de parcours');
  await sessionDialog.getByLabel('Intitulé').fill('Atelier CV et lettre de motivation');
  await sessionDialog.getByLabel('Heure de début').fill('00:05');
  await sessionDialog.getByLabel('Lieu').fill('Centre social Étouvie');
  await sessionDialog.getByLabel('Animateur·rice').fill('Élodie Caron');
  await sessionDialog.getByLabel('Capacité').fill('1');
  await sessionDialog.getByRole('button', { name: 'Programmer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier CV et lettre de motivation' })).toBeVisible();
  await chooseOption(page, 'Inscrire une personne orientée vers le lot', listed);
  await page.getByRole('button', { name: 'Inscrire', exact: true }).click();
  await expect(page.getByTestId('enrolment-row')).toContainText(listed);
  await expect(page.getByText('1 / 1 inscrit · complet')).toBeVisible();

  // The printable attendance sheet opens (PDF fetched with the bearer token).
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Imprimer la feuille d’émargement' }).click();
  await (await popup).close();

  // 4. A one-time signing link; the participant signs on the tablet (public page, no session).
  await page.getByRole('button', { name: 'Créer les liens de signature' }).click();
  const link = page.getByTestId('signature-link').getByRole('link', { name: 'Ouvrir la page de signature' });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\/sign\//);
  const tablet = await context.browser()!.newContext();
  const signPage = await tablet.newPage();
  await signPage.goto(href!);
  await expect(signPage.getByText(`Sandrine ${lastName}`)).toBeVisible();
  await drawSignature(signPage);
  await signPage.getByRole('button', { name: 'Je signe' }).click();
  await expect(signPage.getByText('Merci, votre présence est enregistrée')).toBeVisible();
  // The link is single-use.
  await signPage.reload();
  await expect(signPage.getByText('Ce lien ne permet pas de signer')).toBeVisible();
  // In the API's own words (410 GONE), never as an unexpected error.
  await expect(signPage.getByText('Ce lien de signature a déjà été utilisé.')).toBeVisible();
  await expect(signPage.getByText(/erreur inattendue/)).toHaveCount(0);
  await tablet.close();

  await page.reload();
  await expect(page.getByTestId('enrolment-row')).toContainText('Signé le');
  await page.getByRole('button', { name: 'Figer la feuille' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Figer' }).click();
  await expect(page.getByText('Feuille d’émargement figée')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Créer les liens de signature' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/provider-session.png', fullPage: true });

  // 5. An immersion in a host company, with its co-signed end-of-immersion sheet (the exit sheet requires it).
  await page.getByTestId('enrolment-row').getByRole('link', { name: listed }).click();
  await page.getByRole('button', { name: 'Prévoir une immersion' }).click();
  const immersionDialog = page.getByRole('dialog');
  await immersionDialog.getByLabel('Structure d’accueil').fill('Entrepôt Picard Logistique');
  await immersionDialog.getByLabel(/^Tuteur·rice/).fill('Marc Delattre');
  await immersionDialog.getByLabel('Heures prévues').fill('24');
  await immersionDialog.getByLabel('Objectif').fill('Découvrir le métier de préparateur de commandes');
  await immersionDialog.getByRole('button', { name: 'Prévoir' }).click();
  await page.getByRole('link', { name: 'Entrepôt Picard Logistique' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Immersion chez Entrepôt Picard Logistique' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Entretien de démarrage fait aujourd’hui' }).click();
  await expect(page.getByText(/Entretien de démarrage le/)).toBeVisible();
  await page.getByRole('button', { name: 'Fiche de fin d’immersion' }).click();
  const sheetDialog = page.getByRole('dialog');
  for (const label of ['Ponctualité', 'Assiduité', 'Compréhension des consignes', 'Relations avec les collègues'])
    await chooseOption(sheetDialog, label, 'Satisfaisant');
  await sheetDialog.getByLabel('Compétences mises en œuvre').fill('Préparation de commandes, lecture de bons');
  await sheetDialog.getByLabel('Préconisations').fill('Formation CACES à envisager');
  await sheetDialog.getByRole('button', { name: 'Enregistrer la fiche' }).click();
  await expect(page.getByText('Fiche de fin cosignée')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fiche de fin d’immersion' })).toHaveCount(0);

  // 6. The provider records the exit with the exit liaison sheet.
  await page.getByRole('link', { name: `Sandrine ${lastName}` }).click();
  await page.getByRole('button', { name: 'Envoyer la fiche de sortie' }).click();
  const exitDialog = page.getByRole('dialog');
  await chooseOption(exitDialog, 'Motif de sortie', 'Fin de l’action');
  await exitDialog.getByLabel('Synthèse').fill('Objectifs atteints : CV à jour, trois candidatures envoyées.');
  await exitDialog.getByRole('button', { name: 'Envoyer la fiche de sortie' }).click();
  await expect(page.getByText('Sorti·e de l’action').first()).toBeVisible();
  await expect(page.getByTestId('liaison-sheet').filter({ hasText: 'Fiche de liaison « sortie »' })).toContainText(
    'Objectifs atteints',
  );
  await page.screenshot({ path: 'test-results/provider-orientation.png', fullPage: true });
});
