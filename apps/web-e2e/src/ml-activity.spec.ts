import { type Page } from '@playwright/test';
import {
  expect,
  test,
  apiAs,
  chooseOption,
  expectAccessible,
  expectDashboard,
  nameTag,
  signIn,
  todayInParis,
  USERS,
} from './helpers';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });
const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

test('activité de la Mission Locale : premiers accueils, jeunes suivis, entretiens, par mois et par antenne', async ({
  page,
  request,
}) => {
  // A day of its own, years before the demo data: the figures of that day are this spec's only.
  const day = `20${10 + Math.floor(Math.random() * 9)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
  const director = await apiAs(request, USERS.director);
  const { structure } = await director(`query($id: ID!) { structure(id: $id) { branches { id name } } }`, {
    id: (await director(`{ me { currentStructure { id } } }`)).me.currentStructure.id,
  });
  const branch = structure.branches[0];
  const counsellor = await apiAs(request, 'conseillere@ml-ales.test');
  const { createParticipant } = await counsellor(
    `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
    {
      input: {
        lastName: `Accueil${nameTag()}`,
        firstName: 'Léa',
        sex: 'FEMALE',
        birthDate: '2005-02-01',
        programme: 'CEJ',
      },
    },
  );
  for (const kind of ['FIRST_WELCOME', 'INDIVIDUAL_INTERVIEW', 'PHONE'])
    await counsellor(`mutation($input: RecordMlContactInput!) { recordMlContact(input: $input) { id } }`, {
      input: { participantId: createParticipant.id, kind, date: day, branchId: branch.id },
    });

  await signIn(page, USERS.director);
  await expectDashboard(page);
  await menu(page).getByRole('link', { name: 'Activité Mission Locale' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activité de la Mission Locale' })).toBeVisible();
  // The demo Missions Locales have contacts over the last twelve months: the dashboard is not empty.
  await expect(card(page, 'Premiers accueils')).toContainText(/[1-9]/);
  await expect(page.getByRole('region', { name: 'Mois par mois' }).locator('.recharts-wrapper')).toBeVisible();

  await page.getByRole('textbox', { name: 'Du', exact: true }).fill(day);
  await page.getByRole('textbox', { name: 'Au', exact: true }).fill(day);
  await expect(page.getByText(/^Du .* · un ou une jeune suivi·e compte/)).toBeVisible();
  await expect(card(page, 'Premiers accueils')).toHaveText('Premiers accueils1');
  await expect(card(page, 'Jeunes suivis (au moins un contact)')).toHaveText('Jeunes suivis (au moins un contact)1');
  await expect(card(page, 'Entretiens individuels')).toHaveText('Entretiens individuels1');
  await expect(card(page, 'Entrées en CEJ')).toHaveText('Entrées en CEJ0');
  const byBranch = page.getByRole('region', { name: 'Par antenne' });
  await expect(byBranch.getByRole('row', { name: new RegExp(branch.name) })).toHaveText(`${branch.name}11100`);
  await expect(page.getByRole('region', { name: 'Sorties de CEJ par motif' }).getByRole('row')).toHaveCount(9);
});

test('une conseillère enregistre un contact Mission Locale depuis le dossier d’un ou une jeune', async ({
  page,
  request,
}) => {
  const counsellor = await apiAs(request, 'conseillere@ml-ales.test');
  const lastName = `Contact${nameTag()}`;
  const { createParticipant } = await counsellor(
    `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
    { input: { lastName, firstName: 'Noé', sex: 'MALE', birthDate: '2006-03-04', programme: 'CEJ' } },
  );

  await signIn(page, 'conseillere@ml-ales.test');
  await expectDashboard(page);
  await page.goto(`/participants/${createParticipant.id}?onglet=contacts`);
  const section = page.getByRole('tabpanel', { name: 'Contacts Mission Locale' });
  await expect(section.getByText('Aucun contact enregistré.')).toBeVisible();
  await section.getByRole('button', { name: 'Enregistrer un contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Enregistrer un contact' });
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByText('Choisissez un type de contact dans la liste.')).toBeVisible();
  await chooseOption(dialog, 'Type de contact', 'Premier accueil');
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Venu avec sa mère, souhaite un CEJ.');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  const row = section.getByRole('row', { name: /Premier accueil/ });
  await expect(row).toContainText(formatDayFr(todayInParis()));
  await expect(row).toContainText('Venu avec sa mère, souhaite un CEJ.');
  // Recorded through the API: the same contact, by the counsellor who typed it.
  const { mlContacts } = await counsellor(
    `query($id: ID!) { mlContacts(participantId: $id) { kind date user { fullName } } }`,
    { id: createParticipant.id },
  );
  expect(mlContacts).toEqual([{ kind: 'FIRST_WELCOME', date: todayInParis(), user: expect.anything() }]);
});

function formatDayFr(day: string): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${day}T00:00:00Z`));
}
