import {
  expect,
  test,
  apiAs,
  chooseOption,
  expectDashboard,
  expectAccessible,
  nameTag,
  signIn,
  todayInParis,
} from './helpers';

const MONTH = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', month: 'long', year: 'numeric' });

test('CEJ : le mois d’un prestataire — présence, diagnostic Pix, retour mensuel transmis, lu par la conseillère', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const progress = `Prend la parole en groupe (${stamp}).`;

  // Cap Compétences Méditerranée runs the Alès promo workshops (seed 000 lot): it receives the promo's young people.
  await signIn(page, 'prestataire@cap-competences.test');
  await expectDashboard(page);
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Espace prestataire' })
    .click();
  await page.getByRole('tab', { name: 'CEJ' }).click();
  const young = page.getByRole('table', { name: 'Jeunes reçus au titre du lot' });
  await expect(young.getByRole('row').filter({ hasText: 'Bouzid' })).toContainText('Promo démonstration');
  await expect(young.getByRole('row').filter({ hasText: 'Roux' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tableau mensuel du parcours numérique' })).toBeVisible();
  await expectAccessible(page);

  await young.getByRole('link', { name: /Bouzid/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yanis Bouzid' })).toBeVisible();

  // Attendance: the third workshop day, excused in the demo, becomes an unexcused absence.
  const attendance = page.getByRole('table', { name: 'Présences aux ateliers du lot' });
  const third = attendance.getByRole('row').filter({ hasText: 'Savoir-être en entreprise' });
  await expect(third.getByRole('combobox')).toHaveValue('Non réalisée (absence justifiée)');
  await third.getByRole('combobox').click();
  await page.getByRole('option', { name: 'Non réalisée (absence injustifiée)', exact: true }).click();
  await expect(page.getByText('Présence enregistrée.')).toBeVisible();
  await expect(third.getByRole('combobox')).toHaveValue('Non réalisée (absence injustifiée)');

  // Pix diagnostic.
  await page.getByRole('button', { name: 'Nouveau diagnostic Pix' }).click();
  const pix = page.getByRole('dialog', { name: 'Diagnostic Pix' });
  await pix.getByRole('textbox', { name: /^1\.1 / }).fill('24');
  await pix.getByRole('textbox', { name: /^3\.1 / }).fill('16');
  await pix.getByRole('button', { name: 'Enregistrer le diagnostic' }).click();
  await expect(pix).toBeHidden();
  await expect(page.getByText(/Dernier diagnostic Pix le .* : 40 pix\./)).toBeVisible();

  // The monthly return of the current month: draft, then transmitted (locked).
  const month = MONTH.format(new Date());
  await expect(page.getByRole('combobox', { name: 'Mois du retour' })).toHaveValue(month);
  await page.getByLabel('Progrès du mois').fill(progress);
  await page.getByLabel('Difficultés, points d’attention').fill('Retards le lundi matin.');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText('Retour mensuel enregistré (brouillon).')).toBeVisible();
  const card = page.getByRole('region', { name: `Retour mensuel de ${month}` });
  await expect(card).toContainText('Brouillon');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Transmettre à la Mission Locale' }).click();
  await expect(page.getByText('Retour transmis à la Mission Locale.')).toBeVisible();
  await expect(card).toContainText('Transmis');
  await expect(page.getByRole('button', { name: 'Transmettre à la Mission Locale' })).toHaveCount(0);

  // The counsellor reads it on the contract page.
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('button', { name: 'Se déconnecter' })
    .click();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  await signIn(page, 'conseillere@ml-ales.test');
  await expectDashboard(page);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Contrats CEJ' }).click();
  await page
    .getByRole('link', { name: /Bouzid/i })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Retours des prestataires' }).click();
  const read = page.getByRole('region', { name: `Retour mensuel de ${month}` });
  await expect(read).toContainText(progress);
  await expect(read).toContainText('Retards le lundi matin.');
  await expect(read).toContainText('Cap Compétences Méditerranée');
  await expect(read).toContainText('Transmis');
  await expectAccessible(page);
});

test('CEJ : la Mission Locale ouvre le tableau mensuel du parcours numérique', async ({ page }) => {
  await signIn(page, 'conseiller@ml-lyon.test');
  await expectDashboard(page);
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Parcours numérique' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Parcours numérique : tableau mensuel' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tableau mensuel du parcours numérique' })).toBeVisible();
  await expect(page.getByText('Contrats en cours', { exact: true })).toBeVisible();
  await chooseOption(page, 'Mois', MONTH.format(new Date()));
  await expectAccessible(page);
});

test('CEJ : la conseillère oriente un ou une jeune vers le parcours numérique du lot, que le prestataire reçoit', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const lastName = `Numérique${nameTag()}`;
  const counsellor = await apiAs(request, 'conseillere@ml-ales.test');
  const { me } = await counsellor(`{ me { id } }`);
  const { createParticipant } = await counsellor(
    `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
    { input: { lastName, firstName: 'Lina', sex: 'FEMALE', birthDate: '2005-09-09', programme: 'CEJ' } },
  );
  const { createCejContract } = await counsellor(
    `mutation($input: CreateCejContractInput!) { createCejContract(input: $input) { id } }`,
    {
      input: {
        participantId: createParticipant.id,
        counsellorUserId: me.id,
        startOn: todayInParis(),
        householdTaxBracket: 'NON_TAXABLE',
      },
    },
  );
  await counsellor(`mutation($input: SignCejContractInput!) { signCejContract(input: $input) { id } }`, {
    input: {
      id: createCejContract.id,
      version: 1,
      signedOn: todayInParis(),
      inEducation: false,
      registeredJobseeker: true,
    },
  });

  await signIn(page, 'conseillere@ml-ales.test');
  await expectDashboard(page);
  await page.goto(`/cej/${createCejContract.id}?onglet=numerique`);
  const lot = page.getByRole('combobox', { name: 'Lot du parcours numérique' });
  await expect(lot).toHaveValue('');
  await lot.click();
  await page.getByRole('option', { name: /^CEJ-ATELIERS-\d{4} – lot 1 · Cap Compétences Méditerranée$/ }).click();
  await expect(page.getByText('Le jeune est orienté vers le parcours numérique du prestataire.')).toBeVisible();
  await expect(lot).toHaveValue(/Cap Compétences Méditerranée$/);
  await expectAccessible(page);
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('button', { name: 'Se déconnecter' })
    .click();

  // The lot's provider now receives her.
  await signIn(page, 'prestataire@cap-competences.test');
  await expectDashboard(page);
  await page.goto('/prestataire');
  await page.getByRole('tab', { name: 'CEJ' }).click();
  await expect(
    page.getByRole('table', { name: 'Jeunes reçus au titre du lot' }).getByRole('row').filter({ hasText: lastName }),
  ).toBeVisible();
});
