import { type Locator, type Page } from '@playwright/test';
import {
  apiAs,
  expect,
  test,
  chooseOption,
  expectAccessible,
  expectDashboard,
  nameTag,
  signIn,
  todayInParis,
  USERS,
} from './helpers';

const LEAD = 'prestataire@cap-competences.test';
const CO_CONTRACTOR = 'prestataire@insertion-plus.test';

function menu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Menu principal' });
}

async function signOut(page: Page): Promise<void> {
  await menu(page).getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
}

function tomorrow(): string {
  const [year, month, day] = todayInParis().split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

test('candidature en groupement avant la date limite : le temps restant, les parts, lue par la cotraitante et la structure porteuse', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const tag = nameTag();
  const lotTitle = `Mobilité ${tag}`;
  const year = 2045 + Math.floor(Math.random() * 40);
  // Setup: the call (its screens are driven by market-provider.spec.ts), bids due tomorrow at 16 h, Paris time.
  const coordinator = await apiAs(request, USERS.coordinator);
  const { createMarket } = await coordinator(
    `mutation($input: CreateMarketInput!) { createMarket(input: $input) { id } }`,
    {
      input: {
        kind: 'PUBLIC_CONTRACT',
        reference: `MAPA-${tag}`,
        title: `Marché ${tag}`,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        proofsKeptUntil: `${year + 5}-12-31`,
        bidsDueOn: tomorrow(),
        bidsDueTime: '16:00',
      },
    },
  );
  await coordinator(`mutation($input: CreateLotInput!) { createLot(input: $input) { id } }`, {
    input: {
      marketId: createMarket.id,
      number: 1,
      title: lotTitle,
      territory: 'Amiens Nord',
      site: 'Maison de la mobilité',
      premisesProvidedBy: 'PROVIDER',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      maxAnnualPriceTtc: '60000',
    },
  });

  // 1. The lead sees the deadline and the time left, and bids with a co-contractor.
  await signIn(page, LEAD);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Espace prestataire' }).click();
  await page.getByRole('tab', { name: 'Candidatures' }).click();
  const openRow = page.getByRole('row').filter({ hasText: lotTitle });
  await expect(openRow).toContainText(/avant le \d+ \S+ \d{4} à 16 h \(reste (1 jour|\d+ heures?)/);
  await openRow.getByRole('button', { name: `Candidater au lot ${lotTitle}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('aucun dépôt ni changement ensuite');
  await dialog.getByLabel('Prix proposé (€ TTC)').fill('48 000');
  await dialog.getByLabel('Réponse en groupement (votre structure est le mandataire)').check();
  await dialog.getByLabel('Part du mandataire (%)').fill('60');
  await chooseOption(dialog, 'Cotraitant 1', 'Insertion Plus Picardie · Amiens');
  await dialog.getByLabel('Part du cotraitant 1 (%)').fill('30');
  await expect(dialog.getByTestId('share-total')).toHaveText('Total des parts : 90 % (doit faire 100 %)');
  await dialog.getByRole('button', { name: 'Déposer la candidature' }).click();
  // The API's refusal shows in the form, in French.
  await expect(dialog).toContainText('Les parts du groupement doivent totaliser 100 % (total saisi : 90 %).');
  await dialog.getByLabel('Part du cotraitant 1 (%)').fill('40');
  await expect(dialog.getByTestId('share-total')).toHaveText('Total des parts : 100 %');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Déposer la candidature' }).click();
  await expect(dialog).toBeHidden();
  const myBid = page.getByRole('row').filter({ hasText: lotTitle }).filter({ hasText: 'Reçue' });
  await expect(myBid).toContainText(
    'Groupement : Cap Compétences Méditerranée (mandataire, 60 %) · Insertion Plus Picardie (40 %)',
  );
  await expect(myBid.getByRole('button', { name: 'Retirer' })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // 2. The co-contractor reads the bid, but only the lead may withdraw it.
  await signIn(page, CO_CONTRACTOR);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Espace prestataire' }).click();
  await page.getByRole('tab', { name: 'Candidatures' }).click();
  const shared = page.getByRole('row').filter({ hasText: lotTitle }).filter({ hasText: 'Reçue' });
  await expect(shared).toContainText('Cotraitante · Groupement : Cap Compétences Méditerranée (mandataire, 60 %)');
  await expect(shared).toContainText(/48\s000,00/);
  await expect(shared.getByRole('button', { name: 'Retirer' })).toHaveCount(0);
  await signOut(page);

  // 3. The operator sees the group and its shares on the lot.
  await signIn(page, USERS.coordinator);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Marchés et lots' }).click();
  await expect(page.locator('.mantine-Card-root').filter({ hasText: `MAPA-${tag}` })).toContainText(
    /candidatures avant le \d+ \S+ \d{4} à 16 h/,
  );
  await page.getByRole('link', { name: lotTitle }).click();
  await expect(page.getByTestId('bid-row').filter({ hasText: 'Cap Compétences Méditerranée' })).toContainText(
    'Groupement : Cap Compétences Méditerranée (mandataire, 60 %) · Insertion Plus Picardie (40 %)',
  );
  await expectAccessible(page);
});
