import { type APIRequestContext, type Locator, type Page } from '@playwright/test';
import {
  expect,
  test,
  chooseOption,
  DEMO_PASSWORD,
  downloaded,
  expectAccessible,
  expectDashboard,
  pdfText,
  signIn,
  todayInParis,
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

/** Lot 1 of the MLIFE's market (Amiens Ouest), awarded to Insertion Plus Picardie. */
async function amiensLot(request: APIRequestContext): Promise<string> {
  const login = await request.post('/graphql', {
    data: {
      query: `mutation($input: LoginInput!) { login(input: $input) { accessToken user { currentStructure { id } } } }`,
      variables: { input: { email: USERS.coordinator, password: DEMO_PASSWORD } },
    },
  });
  const { accessToken, user } = (await login.json()).data.login;
  const response = await request.post('/graphql', {
    data: { query: `{ lots(first: 50) { edges { node { id territory } } } }` },
    headers: { authorization: `Bearer ${accessToken}`, 'x-structure-id': user.currentStructure.id },
  });
  return (await response.json()).data.lots.edges
    .map((e: any) => e.node)
    .find((l: any) => l.territory === 'Amiens Ouest').id;
}

test('l’opérateur définit un indicateur de paiement du lot depuis l’écran, puis le modifie', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const lotId = await amiensLot(request);
  const label = 'Heures de préparation (écran)';
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await page.goto(`/lots/${lotId}/indicateurs`);
  await expect(page.getByRole('heading', { level: 1, name: /^Indicateurs du lot 1 · / })).toBeVisible();

  await page.getByRole('button', { name: 'Nouvel indicateur' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvel indicateur de paiement' });
  await dialog.getByRole('textbox', { name: 'Libellé' }).fill(label);
  await chooseOption(dialog, 'Mesure', 'Heures');
  // Nothing is sent while the form is incomplete: the errors are said in French under the fields.
  await dialog.getByRole('button', { name: 'Créer l’indicateur' }).click();
  await expect(dialog.getByText('Précisez la nature du temps compté.')).toBeVisible();
  await expect(dialog.getByText('La cible doit être positive.')).toBeVisible();
  await chooseOption(dialog, 'Nature du temps', 'Préparation');
  await dialog.getByRole('textbox', { name: 'Cible' }).fill('75');
  await chooseOption(dialog, 'Règle de paiement', 'Par paliers');
  // The API's own checks come back on the form too: a threshold reached at 0 %.
  await dialog.getByRole('textbox', { name: 'Taux atteint (%)' }).first().fill('0');
  await dialog.getByRole('button', { name: 'Créer l’indicateur' }).click();
  await expect(dialog.getByText('Chaque palier a un taux positif et une part entre 0 et 1.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Taux atteint (%)' }).first().fill('50');
  await dialog.getByRole('button', { name: 'Créer l’indicateur' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('L’indicateur est créé.')).toBeVisible();
  const gauge = page.getByRole('region', { name: `Indicateur ${label}` });
  await expect(gauge).toContainText('sur 75 h');

  // Edited: the target becomes 80 h.
  await gauge.getByRole('button', { name: 'Voir les unités comptées' }).click();
  await page.getByRole('button', { name: `Modifier « ${label} »` }).click();
  const edit = page.getByRole('dialog', { name: 'Modifier l’indicateur' });
  await expect(edit.getByRole('textbox', { name: 'Libellé' })).toHaveValue(label);
  await edit.getByRole('textbox', { name: 'Cible' }).fill('80');
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit).toHaveCount(0);
  await expect(gauge).toContainText('sur 80 h');
  // The chart shows the value reached month by month, then the projection.
  await expect(page.getByRole('heading', { name: `Projection · ${label}` })).toBeVisible();
  await signOut(page);

  // The provider reads the indicators but cannot define them.
  await signIn(page, PROVIDER);
  await expectDashboard(page);
  await page.goto(`/lots/${lotId}/indicateurs`);
  await expect(page.getByRole('region', { name: `Indicateur ${label}` })).toContainText('sur 80 h');
  await expect(page.getByRole('button', { name: 'Nouvel indicateur' })).toHaveCount(0);
});

test('bilan d’un lot rédigé et transmis par le prestataire, renvoyé puis validé par la coordination du PLIE', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const lotId = await amiensLot(request);
  const [year, month] = todayInParis().split('-').map(Number);
  const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long' }).format(new Date(Date.UTC(year, month - 1, 15)));
  const title = new RegExp(`Tableau de reporting mensuel — ${monthName} ${year} — MAPA-PLIE-\\d{4} – lot 1`);

  // The provider opens its lot's reports from the lot's indicators and prepares this month's table.
  await signIn(page, PROVIDER);
  await expectDashboard(page);
  await page.goto(`/lots/${lotId}/indicateurs`);
  await page.getByRole('link', { name: 'Bilans du lot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bilans du lot' })).toBeVisible();
  await page.getByRole('button', { name: 'Préparer un bilan du lot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Préparer un bilan' });
  await dialog.getByRole('button', { name: 'Lancer la préparation' }).click();
  await expect(dialog.getByText('Le bilan est prêt.')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('link', { name: 'Ouvrir le bilan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const reportUrl = new URL(page.url()).pathname;

  const summary = 'Douze ateliers tenus, dix-huit participants suivis sur le mois.';
  await page.getByRole('textbox', { name: 'Synthèse de la période' }).fill(summary);
  await page.getByRole('button', { name: 'Enregistrer les parties rédigées' }).click();
  await expect(page.getByText('Les parties rédigées sont enregistrées.')).toBeVisible();

  // The provider records a structure it prospected this month: it is listed and counted in the report's figures.
  const prospectedTable = page.getByRole('region', { name: 'Associations et structures prospectées' });
  const totalRow = prospectedTable.getByRole('row', { name: /Structures prospectées \(chacune comptée une fois\)/ });
  await page.getByRole('tab', { name: 'Chiffres' }).click();
  const totalBefore = Number((await totalRow.getByRole('cell').first().innerText()).replace(/\D/g, '') || 0);
  await page.getByRole('tab', { name: 'Structures prospectées' }).click();
  await page.getByRole('button', { name: 'Enregistrer une structure prospectée' }).click();
  const prospecting = page.getByRole('dialog', { name: 'Enregistrer une structure prospectée' });
  await prospecting.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(prospecting.getByText('Indiquez le nom de la structure prospectée.')).toBeVisible();
  const organisation = `Régie de quartier ${Date.now()}`;
  await prospecting.getByRole('textbox', { name: 'Nom de la structure' }).fill(organisation);
  await chooseOption(prospecting, 'Type de structure', 'Association');
  await prospecting.getByRole('textbox', { name: 'Commune' }).fill('Amiens');
  await chooseOption(prospecting, 'Issue', 'Accord pour accueillir des participants');
  await expectAccessible(page);
  await prospecting.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(prospecting).toHaveCount(0);
  await expect(
    page.getByRole('table', { name: 'Structures prospectées' }).getByRole('row', { name: new RegExp(organisation) }),
  ).toContainText('Accord pour accueillir des participants');
  await page.getByRole('tab', { name: 'Chiffres' }).click();
  await expect(totalRow.getByRole('cell').first()).toHaveText(String(totalBefore + 1));

  await page.getByRole('tab', { name: 'Parties rédigées' }).click();
  await page.getByRole('button', { name: 'Transmettre le bilan' }).click();
  await page.getByRole('dialog', { name: 'Transmettre le bilan' }).getByRole('button', { name: 'Transmettre' }).click();
  await expect(page.getByText('Transmis', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Synthèse de la période' })).toHaveCount(0);
  await signOut(page);

  // The operator's coordination (a PLIE without a director, like Lunel, reviews this way) finds it among the lots'
  // reports, reads it (no writing) and returns it.
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Bilans' }).click();
  await chooseOption(page, 'Bilans', 'Bilans des lots (rédigés par le prestataire)');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('region', { name: 'Synthèse de la période' })).toContainText(summary);
  await expect(page.getByRole('button', { name: 'Transmettre le bilan' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Renvoyer pour corrections' }).click();
  const review = page.getByRole('dialog', { name: 'Renvoyer le bilan pour corrections' });
  await review.getByLabel('Ce qu’il faut reprendre').fill('Précisez les sorties du mois.');
  await review.getByRole('button', { name: 'Renvoyer' }).click();
  await expect(page.getByText('Renvoyé pour corrections', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Synthèse de la période' })).toHaveCount(0);
  await signOut(page);

  // The provider is told, completes it and submits it again.
  await signIn(page, PROVIDER);
  await expectDashboard(page);
  await page.getByRole('button', { name: /^Notifications, \d+ non lues?$/ }).click();
  await page
    .getByRole('button', { name: /renvoy/i })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${reportUrl}$`));
  // Exact: while the notification menu fades out, its preview of the comment is still on the page.
  await expect(page.getByText('Précisez les sorties du mois.', { exact: true })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Retour d’information et suivi attendus par le PLIE' })
    .fill('Deux sorties en emploi durable, une en formation qualifiante.');
  await page.getByRole('button', { name: 'Enregistrer les parties rédigées' }).click();
  await expect(page.getByText('Les parties rédigées sont enregistrées.')).toBeVisible();
  await page.getByRole('button', { name: 'Transmettre le bilan' }).click();
  await page.getByRole('dialog', { name: 'Transmettre le bilan' }).getByRole('button', { name: 'Transmettre' }).click();
  await expect(page.getByText('Transmis', { exact: true })).toBeVisible();
  await signOut(page);

  // The coordination accepts it.
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await page.goto(reportUrl);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByRole('dialog', { name: 'Valider le bilan' }).getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('Validé', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Chiffres' }).click();
  await expect(page.getByText('Activité du lot').first()).toBeVisible();
  // The seed 002 §5 criteria of the lot's participants, each in its table.
  for (const table of [
    'Typologie du public : commune de résidence',
    'Ruptures et autres sorties de l’action',
    'Personnes sans contact',
    'Heures réalisées',
    'Associations et structures prospectées',
    'Étapes de parcours mobilisées',
  ])
    await expect(page.getByRole('region', { name: table })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Heures réalisées' })).toContainText(
    'Immersions commencées sur la période (heures prévues)',
  );

  // Its PDF reads as the screen does: long labels whole on their line, beside their figures.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger en PDF' }).click(),
  ]);
  const text = pdfText(await downloaded(download));
  expect(text).toMatch(/^ *MAPA-PLIE-\d{4} – lot 1 – Sorties vers l’emploi ou la formation +\d+ +\d+ /m);
  expect(text).toMatch(
    /^ *Rupture : Perte de contact \(2 absences injustifiées consécutives ou 2 relances sans réponse\) +\d+$/m,
  );
  expect(text).toMatch(/^ *Immersions commencées sur la période \(heures prévues\) +\d+ +[\d,]+$/m);
});
