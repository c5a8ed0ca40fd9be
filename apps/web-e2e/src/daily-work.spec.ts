import { expect, test } from '@playwright/test';
import { apiAs, expectAccessible, nameTag, signIn, todayInParis, type Api } from './helpers';

const CEJ_COUNSELLOR = 'conseillere@ml-ales.test';

/** AAAA-MM-JJ shifted by whole days (UTC arithmetic on a calendar day). */
function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

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

test('CEJ : une semaine à venir se juge sur ses heures prévues, sans chiffres faux pendant le chargement', async ({
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

  await signIn(page, CEJ_COUNSELLOR);
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
