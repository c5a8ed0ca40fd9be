import { type Page } from '@playwright/test';

// Each test prepares its own records through the API first, then works through the screens.
test.describe.configure({ timeout: 90_000 });
import {
  apiAs,
  expect,
  test,
  chooseOption,
  expectAccessible,
  nameTag,
  newParticipant,
  signIn,
  todayInParis,
  USERS,
  type Api,
} from './helpers';

const CEJ_COUNSELLOR = 'conseillere@ml-ales.test';
const PROVIDER = 'prestataire@insertion-plus.test';

/** Signs in through the form and waits for the home page, so that the next address opens signed in. */
async function signedIn(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await expect(page.getByRole('button', { name: /^Compte de / })).toBeVisible();
}

/** AAAA-MM-JJ shifted by whole days (UTC arithmetic on a calendar day). */
function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** As the screens write a day: "23 novembre 2026". */
const longDay = (day: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${day}T00:00:00Z`));

/** The Monday of the week after the one of a day. */
function nextMonday(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return shiftDays(day, 7 - weekday);
}

/** Setup: a young person of 20 with a CEJ contract signed today, as the counsellor of Alès. */
async function signedCejContract(api: Api, lastName: string): Promise<{ participantId: string; contractId: string }> {
  const today = todayInParis();
  const { me } = await api(`{ me { id } }`);
  const { createParticipant } = await api(
    `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
    { input: { lastName, firstName: 'Inès', sex: 'FEMALE', birthDate: shiftDays(today, -20 * 365 - 30) } },
  );
  const { createCejContract } = await api(
    `mutation($input: CreateCejContractInput!) { createCejContract(input: $input) { id version } }`,
    {
      input: {
        participantId: createParticipant.id,
        counsellorUserId: me.id,
        householdTaxBracket: 'NON_TAXABLE',
        startOn: today,
      },
    },
  );
  await api(`mutation($input: SignCejContractInput!) { signCejContract(input: $input) { id } }`, {
    input: {
      id: createCejContract.id,
      version: createCejContract.version,
      signedOn: today,
      registeredJobseeker: true,
      inEducation: false,
    },
  });
  return { participantId: createParticipant.id, contractId: createCejContract.id };
}

// fixme (issue 16): the request interception races the page's own loading (« Route is already handled »).
test.fixme('CEJ : une semaine à venir se juge sur ses heures prévues, sans chiffres faux pendant le chargement', async ({
  page,
  request,
}) => {
  const api = await apiAs(request, CEJ_COUNSELLOR);
  const { contractId } = await signedCejContract(api, `Intensite${nameTag()}`);
  const monday = nextMonday(todayInParis());
  await api(`mutation($input: AddCejActionsInput!) { addCejActions(input: $input) { id } }`, {
    input: {
      contractId,
      actions: [0, 1, 2, 3, 4].map((i) => ({
        date: shiftDays(monday, i),
        kind: 'WORKSHOP',
        title: 'Atelier projet professionnel',
        plannedHours: 3.5,
      })),
    },
  });

  await signedIn(page, CEJ_COUNSELLOR);
  await page.goto(`/cej/${contractId}`);
  await expect(page.getByTestId('cej-week-figures')).toBeVisible();

  // The next week's actions answer slowly: the planning says it is loading, never "Prévu : 0 h".
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/graphql', async (route) => {
    if (route.request().postData()?.includes('CejContractActions')) await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Semaine suivante' }).click();
  await expect(page.getByText('Chargement de la semaine…')).toBeVisible();
  await expect(page.getByTestId('cej-week-figures')).toHaveCount(0);
  release();
  await page.unroute('**/graphql');

  const figures = page.getByTestId('cej-week-figures');
  await expect(figures).toContainText('Prévu : 17,5 h');
  // 17.5 h planned for a week to come is within the expected 15 to 20 h, and the badge says it judges the plan.
  await expect(page.getByTestId('cej-week-intensity')).toHaveText('Prévu : dans l’intensité attendue (15 h à 20 h)');
  // Days to come cannot be recorded yet: nothing "à saisir".
  await expect(figures).not.toContainText('à saisir');
  await expectAccessible(page);

  // Months to come are not judged.
  await page.getByRole('tab', { name: 'Assiduité et intensité' }).click();
  await expect(page.getByText('À venir').first()).toBeVisible();
  await expect(page.getByText(/Insuffisante · 0/)).toHaveCount(0);
});

test('CEJ : « Préparer un contrat » depuis la fiche du ou de la jeune la choisit déjà', async ({ page, request }) => {
  const api = await apiAs(request, CEJ_COUNSELLOR);
  const lastName = `Prerempli${nameTag()}`;
  const { createParticipant } = await api(
    `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
    { input: { lastName, firstName: 'Noah', sex: 'MALE', birthDate: shiftDays(todayInParis(), -19 * 365 - 40) } },
  );

  await signedIn(page, CEJ_COUNSELLOR);
  await page.goto(`/participants/${createParticipant.id}`);
  await page.getByRole('link', { name: 'Préparer un contrat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau contrat d’engagement jeune' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Jeune' })).toHaveValue(new RegExp(`${lastName} Noah`, 'i'));
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Préparer le contrat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`CEJ — .*${lastName}`, 'i') })).toBeVisible();
});

test('PLIE : un dossier inscrit à un comité à venir se reporte à une autre séance', async ({ page, request }) => {
  const coordinator = await apiAs(request, USERS.coordinator);
  const lastName = `Report${nameTag()}`;
  const participantId = await newParticipant(coordinator, lastName, 'Karine');
  const { proposePliePath: path } = await coordinator(
    `mutation($input: ProposePliePathInput!) { proposePliePath(input: $input) { id } }`,
    { input: { participantId, prescriber: 'France Travail', orientedOn: todayInParis() } },
  );
  const committee = async (days: number, title: string) =>
    (
      await coordinator(
        `mutation($input: CreateApprovalCommitteeInput!) { createApprovalCommittee(input: $input) { id } }`,
        { input: { date: shiftDays(todayInParis(), days), title } },
      )
    ).createApprovalCommittee.id as string;
  const first = await committee(14, `Comité ${lastName}`);
  const second = await committee(21, `Comité suivant ${lastName}`);
  await coordinator(`mutation($input: PresentToCommitteeInput!) { presentToCommittee(input: $input) { id } }`, {
    input: { pathId: path.id, committeeId: first },
  });

  await signedIn(page, USERS.coordinator);
  await page.goto(`/comites/${first}`);
  const listed = new RegExp(`${lastName} Karine`, 'i');
  await expect(page.getByRole('link', { name: listed })).toBeVisible();
  await page.getByRole('button', { name: listed }).filter({ hasText: 'Reporter' }).click();
  const dialog = page.getByRole('dialog', { name: /^Reporter le dossier de/ });
  await chooseOption(
    dialog,
    'Nouvelle séance',
    `Comité suivant ${lastName} du ${longDay(shiftDays(todayInParis(), 21))}`,
  );
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Reporter' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Aucun dossier inscrit à cette séance')).toBeVisible();

  await page.goto(`/comites/${second}`);
  await expect(page.getByRole('link', { name: listed })).toBeVisible();
  await expect(page.getByRole('button', { name: listed }).filter({ hasText: 'Reporter' })).toBeVisible();
});

// fixme (issue 16): the API answers 404 « Fichier introuvable » (tested in the API suite); the screen does not show it yet.
test.fixme('Prestataire : un justificatif dont le fichier manque répond « Fichier introuvable », jamais une erreur inattendue', async ({
  page,
  request,
}) => {
  const provider = await apiAs(request, PROVIDER);
  const { activitySessions } = await provider(`{ activitySessions(first: 1) { edges { node { id } } } }`);
  await signedIn(page, PROVIDER);
  await page.goto(`/seances/${activitySessions.edges[0].node.id}`);
  // The demo's activity statements are recorded without their file (seed: "sans fichier").
  await page
    .getByRole('button', { name: /^Télécharger releve-activite-lot-/ })
    .first()
    .click();
  await expect(page.getByText(/^Fichier introuvable : le document est bien enregistré/)).toBeVisible();
  await expect(page.getByText(/erreur inattendue/)).toHaveCount(0);
  await expectAccessible(page);
});

test('CEJ : retirer une action du planning se confirme, et quitter un formulaire à moitié rempli aussi', async ({
  page,
  request,
}) => {
  const api = await apiAs(request, CEJ_COUNSELLOR);
  const { contractId } = await signedCejContract(api, `Retrait${nameTag()}`);
  const today = todayInParis();
  const title = `Atelier mobilité ${nameTag()}`;
  await api(`mutation($input: AddCejActionsInput!) { addCejActions(input: $input) { id } }`, {
    input: { contractId, actions: [{ date: today, kind: 'WORKSHOP', title, plannedHours: 3 }] },
  });

  await signedIn(page, CEJ_COUNSELLOR);
  await page.goto(`/cej/${contractId}`);
  const card = page.getByTestId('cej-action').filter({ hasText: title });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: /^Saisir la réalisation de/ }).click();
  await page.getByRole('menuitem', { name: 'Retirer du planning' }).click();
  const confirm = page.getByRole('dialog', { name: 'Retirer du planning' });
  await expect(confirm).toContainText(`« ${title} »`);
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  await expect(confirm).toBeHidden();
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: /^Saisir la réalisation de/ }).click();
  await page.getByRole('menuitem', { name: 'Retirer du planning' }).click();
  await confirm.getByRole('button', { name: 'Retirer' }).click();
  await expect(card).toHaveCount(0);

  // A half-filled new file is not lost by a click on the menu.
  await page.goto('/participants/nouveau');
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Àmoitié');
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Contrats CEJ' }).click();
  const leave = page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
  await leave.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('textbox', { name: 'Nom', exact: true })).toHaveValue('Àmoitié');
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Contrats CEJ' }).click();
  await leave.getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await expect(page).toHaveURL(/\/cej$/);
});
