import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Download, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export const DEMO_PASSWORD = 'Passerelle2026!';

export const USERS = {
  admin: 'admin@passerelle.test',
  director: 'directrice@ml-ales.test',
  coordinator: 'coordination@mlife-amiens.test',
  counsellor: 'conseiller@ml-lyon.test',
} as const;

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

export async function expectDashboard(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
}

/** Picks an option of a Mantine select, as a person would: open the list, click the option. */
export async function chooseOption(scope: Page | Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  const page = 'page' in scope && typeof scope.page === 'function' ? (scope as Locator).page() : (scope as Page);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Today in Paris, as the browser's date fields take it (AAAA-MM-JJ). */
export function todayInParis(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** Setup only (what other specs already drive through the screens): a GraphQL call as a demo user. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- setup answers are read field by field, as in the specs
export type Api = (query: string, variables?: Record<string, unknown>) => Promise<any>;

export async function apiAs(request: APIRequestContext, email: string): Promise<Api> {
  const login = await request.post('/graphql', {
    data: {
      query: `mutation($input: LoginInput!) { login(input: $input) { accessToken user { currentStructure { id } } } }`,
      variables: { input: { email, password: 'Passerelle2026!' } },
    },
  });
  const { data } = await login.json();
  const headers = {
    authorization: `Bearer ${data.login.accessToken}`,
    'x-structure-id': data.login.user.currentStructure.id,
  };
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await request.post('/graphql', { headers, data: { query, variables } });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

/** A participant of the spec's own (the demo data's people may already be oriented to the demo lots). */
export async function newParticipant(api: Api, lastName: string, firstName: string): Promise<string> {
  const { createParticipant } = await api(
    `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
    {
      input: { lastName, firstName, sex: 'FEMALE', birthDate: '1984-03-12' },
    },
  );
  return createParticipant.id;
}

/** Letters only, for a name unique to this run. */
export const nameTag = () =>
  Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/[0-9]/g, (d) => 'ABCDEFGHIJ'[Number(d)]);

/** The bytes of a file the page downloaded. */
export async function downloaded(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** A PDF's text as a reader sees it laid out (poppler's `pdftotext -layout`), every kind of space made plain. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/**
 * Setup: the participant's PLIE path admitted by the committee (propose, a session held today, admission), as a
 * coordinator. Orienting a PLIE participant to a provider needs it (seed 001, lot 3).
 */
export async function admitToPlie(coordinator: Api, participantId: string): Promise<string> {
  const today = todayInParis();
  const { proposePliePath: path } = await coordinator(
    `mutation($input: ProposePliePathInput!) { proposePliePath(input: $input) { id } }`,
    { input: { participantId, prescriber: 'France Travail', orientedOn: today } },
  );
  const { createApprovalCommittee: committee } = await coordinator(
    `mutation($input: CreateApprovalCommitteeInput!) { createApprovalCommittee(input: $input) { id } }`,
    { input: { date: today, title: `Comité ${nameTag()}` } },
  );
  const { presentToCommittee: file } = await coordinator(
    `mutation($input: PresentToCommitteeInput!) { presentToCommittee(input: $input) { id } }`,
    { input: { pathId: path.id, committeeId: committee.id } },
  );
  await coordinator(`mutation($input: DecideCommitteeFileInput!) { decideCommitteeFile(input: $input) { id } }`, {
    input: { fileId: file.id, decision: 'ADMITTED' },
  });
  return path.id;
}

/**
 * Rules the whole app fails today, outside any one page (to fix in the theme and the shared inputs, then remove):
 * `color-contrast` (Mantine's dimmed text, light badges and navigation labels), `aria-allowed-attr` and
 * `label-content-name-mismatch` (the read-only input of Mantine's Select, which shows the chosen value, not its label).
 */
const APP_WIDE_AXE_DEBT = ['color-contrast', 'aria-allowed-attr', 'label-content-name-mismatch'];

/** No accessibility violation (axe-core, WCAG 2.1 A and AA) on the page as it stands, but the app-wide debt above. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .disableRules(APP_WIDE_AXE_DEBT)
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
