import { inflateRawSync } from 'node:zlib';
import { type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expect, test, chooseOption, downloaded, expectDashboard, signIn, todayInParis, USERS } from './helpers';

const PROVIDER = 'prestataire@insertion-plus.test';
const DIRECTOR = 'direction@mlife-amiens.test';
const PASSWORD = 'Passerelle2026!';

type Session = { token: string; structureId: string };

function menu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Menu principal' });
}

async function signOut(page: Page): Promise<void> {
  await menu(page).getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Setting up the data goes through the real API (the same the browser uses, through the web server's proxy). */
async function gql<T = Record<string, any>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown>,
  session?: Session,
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (session) {
    headers.authorization = `Bearer ${session.token}`;
    headers['x-structure-id'] = session.structureId;
  }
  const response = await request.post('/graphql', { data: { query, variables }, headers });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

async function apiLogin(request: APIRequestContext, email: string): Promise<Session> {
  const data = await gql(
    request,
    `mutation($input: LoginInput!) { login(input: $input) { accessToken user { currentStructure { id } } } }`,
    { input: { email, password: PASSWORD } },
  );
  return { token: data.login.accessToken, structureId: data.login.user.currentStructure.id };
}

/** One file of a ZIP (an XLSX is one), read through the central directory. */
function unzipEntry(zip: Buffer, name: string): string | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return null;
  let offset = zip.readUInt32LE(end + 16);
  const count = zip.readUInt16LE(end + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const entryName = zip.subarray(offset + 46, offset + 46 + nameLength).toString();
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

test('tableau de bord d’un lot : jauge d’un indicateur, projection, unités comptées et justificatif', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const today = todayInParis();
  const coordinator = await apiLogin(request, USERS.coordinator);
  const provider = await apiLogin(request, PROVIDER);

  // Lot 1 of the MLIFE's market (Amiens Ouest, 42 000 € a year at most), delivered by Insertion Plus Picardie.
  const { lots } = await gql(
    request,
    `{ lots(first: 50) { edges { node { id number territory maxAnnualPriceTtc awardedProvider { name } } } } }`,
    {},
    coordinator,
  );
  const lot = lots.edges.map((e: any) => e.node).find((l: any) => l.territory === 'Amiens Ouest');
  expect(lot.awardedProvider.name).toBe('Insertion Plus Picardie');
  const maxPrice = Number(lot.maxAnnualPriceTtc);

  // A coordination-hours indicator over 20 days, 10 of them elapsed today: target 10 h, paid pro rata.
  const label = 'Heures de coordination (recette)';
  await gql(
    request,
    `mutation($input: CreatePaymentIndicatorInput!) { createPaymentIndicator(input: $input) { id } }`,
    {
      input: {
        lotId: lot.id,
        label,
        measure: 'HOURS',
        hourKind: 'COORDINATION',
        target: 10,
        rule: 'PRO_RATA',
        periodStart: addDays(today, -9),
        periodEnd: addDays(today, 10),
      },
    },
    coordinator,
  );
  // The provider records 3 h with a proof (its uploaded scan) and 2 h without: only the 3 h count.
  const proofContent = Buffer.from('%PDF-1.4\n% compte rendu de la réunion de coordination\n');
  const upload = await request.post('/files/proofs', {
    headers: { authorization: `Bearer ${provider.token}`, 'x-structure-id': provider.structureId },
    multipart: {
      lotId: lot.id,
      kind: 'SCAN',
      file: { name: 'compte-rendu-coordination.pdf', mimeType: 'application/pdf', buffer: proofContent },
    },
  });
  expect(upload.ok()).toBe(true);
  const proof = await upload.json();
  const record = `mutation($input: RecordTimeEntryInput!) { recordTimeEntry(input: $input) { id } }`;
  await gql(
    request,
    record,
    {
      input: {
        lotId: lot.id,
        date: addDays(today, -1),
        kind: 'COORDINATION',
        minutes: 180,
        description: 'Réunion de coordination avec le PLIE',
        proofId: proof.id,
      },
    },
    provider,
  );
  await gql(
    request,
    record,
    {
      input: {
        lotId: lot.id,
        date: addDays(today, -1),
        kind: 'COORDINATION',
        minutes: 120,
        description: 'Point téléphonique sans compte rendu',
      },
    },
    provider,
  );

  // The operator opens the lot, then its indicators.
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Marchés et lots' }).click();
  await page.getByRole('row').filter({ hasText: 'Amiens Ouest' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /^Lot 1 · / })).toBeVisible();
  await page.getByRole('link', { name: 'Indicateurs de paiement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Indicateurs du lot 1 · / })).toBeVisible();

  // 3 h of 10: 30 %, 30 % of the maximum price payable, 6 h projected at the end at this pace.
  const gauge = page.getByRole('region', { name: `Indicateur ${label}` });
  await expect(gauge).toContainText('Réalisé : 3 h sur 10 h');
  await expect(gauge.getByLabel('Taux de réalisation')).toHaveText(/^30\s%$/);
  const payable = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(0.3 * maxPrice);
  await expect(gauge).toContainText(`Montant payable : ${payable}`);
  await expect(gauge).toContainText('Projection en fin de période : 6 h');
  await expect(gauge).toContainText('En retard sur la cible');

  await gauge.getByRole('button', { name: 'Voir les unités comptées' }).click();
  await expect(page.getByRole('heading', { name: `Projection · ${label}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Détail de l’indicateur' })).toContainText('1 unité comptée au');
  const units = page.getByRole('region', { name: 'Unités comptées' });
  const unitRow = units.getByRole('row').filter({ hasText: 'Temps déclaré' });
  await expect(unitRow).toContainText('3 h');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    unitRow.getByRole('button', { name: 'Télécharger le justificatif' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('compte-rendu-coordination.pdf');
  expect((await downloaded(download)).equals(proofContent)).toBe(true);
  // What lacks proof is listed apart, with why, and not counted.
  const apart = page.getByRole('region', { name: 'Sans preuve, non compté' });
  await expect(apart.getByRole('heading')).toHaveText('Sans preuve, non compté (1)');
  const apartRow = apart.getByRole('row').filter({ hasText: 'Temps déclaré' });
  await expect(apartRow).toContainText('2 h');
  await expect(apartRow).toContainText('Aucun justificatif déposé');

  // The overview across lots and providers shows the same figures on the lot's line.
  await menu(page).getByRole('link', { name: 'Suivi des indicateurs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Suivi des indicateurs' })).toBeVisible();
  await chooseOption(page, 'Prestataire', 'Insertion Plus Picardie');
  const line = page.getByRole('row').filter({ hasText: label });
  await expect(line).toContainText('Insertion Plus Picardie');
  await expect(
    line.getByRole('progressbar', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')} : 30\\s%$`) }),
  ).toBeVisible();
  await expect(line).toContainText(`3 h / 10 h · projection 6 h · ${payable}`);
  await signOut(page);

  // The provider that delivers the lot sees the same figures.
  await signIn(page, PROVIDER);
  await expectDashboard(page);
  await page.goto(`/lots/${lot.id}`);
  await page.getByRole('link', { name: 'Indicateurs de paiement' }).click();
  await expect(page.getByRole('region', { name: `Indicateur ${label}` })).toContainText('Réalisé : 3 h sur 10 h');
});

test('bilan préparé à la demande, rédigé, transmis, renvoyé puis validé ; export XLSX', async ({ page }) => {
  test.setTimeout(180_000);
  const year = new Date().getFullYear();

  // The PLIE coordinator asks for this year's final report and follows its preparation.
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Bilans' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bilans' })).toBeVisible();
  await page.getByRole('button', { name: 'Préparer un bilan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Préparer un bilan' });
  await chooseOption(dialog, 'Type de bilan', 'Bilan final');
  await dialog.getByRole('button', { name: 'Lancer la préparation' }).click();
  await expect(dialog.getByText('Le bilan est prêt.')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('100 %')).toBeVisible();
  await dialog.getByRole('link', { name: 'Ouvrir le bilan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Bilan final.*${year}`) })).toBeVisible();
  await expect(page.getByText('Brouillon', { exact: true })).toBeVisible();
  const reportUrl = new URL(page.url()).pathname;

  // Writes the summary, saves, submits: the report is frozen.
  const summary = 'Quarante-deux participants accompagnés ; partenariat renforcé avec les employeurs du bassin.';
  await page.getByRole('textbox', { name: 'Synthèse de la période' }).fill(summary);
  await page.getByRole('button', { name: 'Enregistrer les parties rédigées' }).click();
  await expect(page.getByText('Les parties rédigées sont enregistrées.')).toBeVisible();
  await page.getByRole('button', { name: 'Transmettre le bilan' }).click();
  await page.getByRole('dialog', { name: 'Transmettre le bilan' }).getByRole('button', { name: 'Transmettre' }).click();
  await expect(page.getByText('Transmis', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Synthèse de la période' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Synthèse de la période' })).toContainText(summary);
  await page.getByRole('tab', { name: 'Chiffres' }).click();
  await expect(page.getByText('Chiffres figés à la transmission')).toBeVisible();
  await signOut(page);

  // The director returns it with what to rework.
  await signIn(page, DIRECTOR);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Bilans' }).click();
  await chooseOption(page, 'Statut', 'Transmis');
  await page.getByRole('link', { name: new RegExp(`Bilan final.*${year}`) }).click();
  await page.getByRole('button', { name: 'Renvoyer pour corrections' }).click();
  const review = page.getByRole('dialog', { name: 'Renvoyer le bilan pour corrections' });
  await review.getByRole('button', { name: 'Renvoyer' }).click();
  await expect(review.getByText('Indiquez ce qu’il faut reprendre.')).toBeVisible();
  await review.getByLabel('Ce qu’il faut reprendre').fill('Détaillez le partenariat avec les employeurs.');
  await review.getByRole('button', { name: 'Renvoyer' }).click();
  await expect(page.getByText('Renvoyé pour corrections', { exact: true }).first()).toBeVisible();
  await signOut(page);

  // The coordinator is told (bell), completes the partnership section and submits again.
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await page.getByRole('button', { name: /^Notifications, \d+ non lues?$/ }).click();
  await page
    .getByRole('button', { name: /renvoy/i })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${reportUrl}$`));
  // Exact: while the notification menu fades out, its preview of the comment is still on the page.
  await expect(page.getByText('Détaillez le partenariat avec les employeurs.', { exact: true })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Mobilisation du partenariat et description de sa mise en œuvre' })
    .fill('Trois conventions signées avec des employeurs du bassin amiénois.');
  await page.getByRole('button', { name: 'Enregistrer les parties rédigées' }).click();
  await expect(page.getByText('Les parties rédigées sont enregistrées.')).toBeVisible();
  await page.getByRole('button', { name: 'Transmettre le bilan' }).click();
  await page.getByRole('dialog', { name: 'Transmettre le bilan' }).getByRole('button', { name: 'Transmettre' }).click();
  await expect(page.getByText('Transmis', { exact: true })).toBeVisible();
  await signOut(page);

  // The director accepts it and downloads the XLSX: a workbook with a sheet per table.
  await signIn(page, DIRECTOR);
  await expectDashboard(page);
  await page.goto(reportUrl);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByRole('dialog', { name: 'Valider le bilan' }).getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('Validé', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Chiffres' }).click();
  const tables = await page.locator('section[aria-label] table').count();
  expect(tables).toBeGreaterThan(0);
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger en XLSX' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = unzipEntry(await downloaded(xlsx), 'xl/workbook.xml');
  expect(workbook).not.toBeNull();
  const sheets = [...workbook!.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  expect(sheets.length).toBeGreaterThanOrEqual(tables);
});

test('analyse du décrochage : les chiffres de la structure, par mois, antenne et profil', async ({ page, request }) => {
  const coordinator = await apiLogin(request, USERS.coordinator);
  const today = todayInParis();
  const [y, m] = today.split('-').map(Number);
  const filter = {
    from: new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 10),
    to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10),
    windowDays: 90,
  };
  const { dropOffAnalysis } = await gql(
    request,
    `query($filter: DropOffFilter!) { dropOffAnalysis(filter: $filter) { totals { measure count } byBranch { label counts { measure count } } } }`,
    { filter },
    coordinator,
  );
  const total = (measure: string) => dropOffAnalysis.totals.find((t: any) => t.measure === measure).count as number;

  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Analyse du décrochage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Analyse du décrochage' })).toBeVisible();
  for (const [measure, title] of [
    ['FIRST_CONTACTS', 'Premiers contacts'],
    ['NEVER_SEEN_AGAIN', 'Pas revenus après un premier contact'],
    ['RUPTURES', 'Ruptures de parcours'],
    ['EXITS_WITHOUT_SOLUTION', 'Sorties sans solution'],
  ]) {
    await expect(page.getByRole('region', { name: title, exact: true })).toContainText(
      new Intl.NumberFormat('fr-FR').format(total(measure)),
    );
  }
  await expect(page.getByRole('region', { name: 'Mois par mois' }).locator('.recharts-wrapper')).toBeVisible();
  const byBranch = page.getByRole('region', { name: 'Par antenne' });
  for (const { label } of dropOffAnalysis.byBranch)
    await expect(byBranch.getByRole('row').filter({ hasText: label })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Par tranche d’âge' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Par sexe' })).toBeVisible();

  // One branch only: the totals become that branch's figures.
  const branch = dropOffAnalysis.byBranch.find((b: any) =>
    b.counts.some((c: any) => c.measure === 'FIRST_CONTACTS' && c.count > 0),
  );
  expect(branch).toBeDefined();
  const firstContacts = branch.counts.find((c: any) => c.measure === 'FIRST_CONTACTS').count as number;
  expect(firstContacts).toBeLessThan(total('FIRST_CONTACTS'));
  await chooseOption(page, 'Antenne', branch.label);
  await expect(page.getByRole('region', { name: 'Premiers contacts', exact: true })).toContainText(
    new Intl.NumberFormat('fr-FR').format(firstContacts),
  );
  await expect(byBranch.getByRole('row')).toHaveCount(2);
});
