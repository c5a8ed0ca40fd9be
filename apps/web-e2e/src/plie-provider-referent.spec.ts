import { type Page } from '@playwright/test';
import {
  expect,
  test,
  admitToPlie,
  apiAs,
  chooseOption as choose,
  expectAccessible,
  expectDashboard,
  nameTag,
  newParticipant,
  signIn,
  todayInParis,
  USERS,
} from './helpers';

const PROVIDER_REFERENT = 'referente@insertion-plus.test';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });

test('la référente du prestataire suit son portefeuille PLIE : consentement, diagnostic, étape, entretien, proposition de sortie', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  // Setup through the API: a person of the spec's own, admitted by the committee, oriented to lot 1 (Insertion Plus).
  const lastName = `Portefeuille-${nameTag()}`;
  const displayName = `${lastName.toUpperCase()} Nadia`;
  const coordinator = await apiAs(request, USERS.coordinator);
  const participantId = await newParticipant(coordinator, lastName, 'Nadia');
  await admitToPlie(coordinator, participantId);
  const { lots } = await coordinator(`{ lots(first: 50) { edges { node { id number market { reference } } } } }`);
  const lot1 = lots.edges
    .map((e: { node: { id: string; number: number; market: { reference: string } } }) => e.node)
    .find(
      (l: { number: number; market: { reference: string } }) =>
        l.number === 1 && l.market.reference.startsWith('MAPA-PLIE'),
    );
  await coordinator(`mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id } }`, {
    input: { participantId, lotId: lot1.id, orientedOn: todayInParis() },
  });

  // 1. The provider's référente finds the person in "Mon portefeuille", from her workspace.
  await signIn(page, PROVIDER_REFERENT);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Espace prestataire' }).click();
  await page.getByRole('link', { name: 'Mon portefeuille PLIE' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon portefeuille' })).toBeVisible();
  await expect(menu(page).getByRole('link', { name: 'Mon portefeuille' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: displayName });
  await expect(row).toContainText('Actif');
  await expectAccessible(page);
  await row.getByRole('link', { name: displayName }).click();
  await expect(page.getByRole('heading', { level: 1, name: displayName })).toBeVisible();
  await expect(page.getByTestId('path-status')).toHaveText('Actif');
  // The operator's decisions are not offered to the provider.
  for (const name of ['Enregistrer la sortie', 'Rouvrir le parcours', 'Présenter au comité', 'Retirer le dossier'])
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  // Nothing before the person's consent.
  await expect(page.getByRole('button', { name: 'Ajouter une étape' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Saisir un entretien' })).toHaveCount(0);

  // 2. Free consent and acknowledgement of rights and duties, with the signed document.
  await page.getByRole('button', { name: 'Enregistrer le consentement' }).first().click();
  const consent = page.getByRole('dialog', { name: 'Adhésion au PLIE et consentement' });
  await expect(consent.getByLabel(/Date de l’accord/)).toHaveValue(todayInParis());
  await consent.locator('input[type="file"]').setInputFiles({
    name: 'adhesion-plie.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% Adhésion au PLIE signée\n'),
  });
  await expectAccessible(page);
  await consent.getByRole('button', { name: 'Enregistrer le consentement' }).click();
  await expect(consent).toBeHidden();
  await expect(page.getByTestId('consent-summary')).toContainText('enregistrées par Sophie Lemaire');
  await expect(page.getByTestId('consent-summary')).toContainText('adhesion-plie.pdf');

  // 3. Diagnosis.
  await page.getByRole('tab', { name: /Diagnostic et freins/ }).click();
  await page.getByRole('button', { name: 'Saisir le diagnostic' }).click();
  const diagnosis = page.getByRole('dialog', { name: 'Diagnostic socio-professionnel' });
  await diagnosis
    .getByLabel('Synthèse')
    .fill('Expérience en vente, mobilité limitée, projet : employée de libre-service.');
  await diagnosis.getByLabel('Projet professionnel').fill('Employée de libre-service');
  await diagnosis.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
  await expect(diagnosis).toBeHidden();
  await expect(page.getByText('Expérience en vente, mobilité limitée')).toBeVisible();

  // 4. A step.
  await page.getByRole('tab', { name: /Étapes/ }).click();
  await page.getByRole('button', { name: 'Ajouter une étape' }).click();
  const step = page.getByRole('dialog', { name: 'Nouvelle étape du parcours' });
  await choose(step, 'Type d’étape', 'Action PLIE');
  await step.getByLabel('Intitulé').fill('Atelier techniques de recherche d’emploi');
  await step.getByLabel('Organisme ou structure d’accueil').fill('Insertion Plus Picardie');
  await step.getByRole('button', { name: 'Ajouter l’étape' }).click();
  await expect(step).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: 'Atelier techniques de recherche d’emploi' })).toBeVisible();

  // 5. A follow-up interview.
  await page.getByRole('tab', { name: 'Parcours' }).click();
  await page.getByRole('button', { name: 'Saisir un entretien' }).click();
  const interview = page.getByRole('dialog', { name: 'Enregistrer un suivi' });
  await interview.getByLabel('Compte rendu').fill('Point d’étape : candidatures envoyées en grande distribution.');
  await interview.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(interview).toBeHidden();
  await expect(page.getByTestId('path-timeline')).toContainText('Entretien individuel');
  await expect(page.getByTestId('timeline-entry').filter({ hasText: 'Entretien individuel' })).toContainText(
    'par Sophie Lemaire',
  );

  // 6. The exit proposal, which the operator decides.
  await page.getByRole('button', { name: 'Proposer la sortie' }).click();
  const exit = page.getByRole('dialog', { name: 'Proposer la sortie du PLIE' });
  await choose(exit, 'Motif de sortie', 'Déménagement hors du territoire');
  await exit.getByLabel('Commentaire').fill('Déménage dans l’Oise le mois prochain.');
  await exit.getByRole('button', { name: 'Proposer la sortie' }).click();
  await expect(exit).toBeHidden();
  const proposals = page.getByRole('region', { name: 'Propositions de sortie' });
  await expect(proposals).toContainText('À valider par la structure porteuse');
  await expect(proposals).toContainText('Proposée par Sophie Lemaire');
  await expect(page.getByRole('button', { name: 'Valider la sortie' })).toHaveCount(0);
  await expect(page.getByTestId('path-status')).toHaveText('Actif');
  await expectAccessible(page);

  // 7. The coordination validates it on the participant's file: the path exits, and leaves the portfolio.
  await menu(page).getByRole('button', { name: 'Se déconnecter' }).click();
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await page.goto(`/participants/${participantId}`);
  await expect(page.getByRole('heading', { level: 1, name: displayName })).toBeVisible();
  await page
    .getByRole('region', { name: 'Propositions de sortie' })
    .getByRole('button', { name: 'Valider la sortie' })
    .click();
  await expect(page.getByTestId('path-status')).toHaveText('Sorti');
  await expect(page.getByRole('region', { name: 'Propositions de sortie' })).toContainText('Sortie validée');
});
