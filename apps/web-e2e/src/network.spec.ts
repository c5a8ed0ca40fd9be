import { expect, test, apiAs, DEMO_PASSWORD, expectDashboard, nameTag, signIn, USERS } from './helpers';

test.describe('Réseau', () => {
  test('une analyste de réseau lit les chiffres de ses structures membres, sans dossier individuel', async ({
    page,
    request,
  }) => {
    // The platform admin creates a network of two PLIE, and its analyst.
    const admin = await apiAs(request, USERS.admin);
    const tag = nameTag();
    const ids = await admin(`{ structures(first: 50) { edges { node { id name } } } }`);
    const idOf = (name: string) => ids.structures.edges.find((e: any) => e.node.name === name).node.id;
    const siret = `9${String(Date.now()).slice(-12)}`;
    const luhn = (stem: string) => {
      for (let key = 0; key < 10; key++) {
        const digits = `${stem}${key}`;
        let sum = 0;
        for (let i = 0; i < 14; i++) {
          let d = Number(digits[13 - i]);
          if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
          sum += d;
        }
        if (sum % 10 === 0) return digits;
      }
      throw new Error('no key');
    };
    const network = await admin(`mutation($input: CreateStructureInput!) { createStructure(input: $input) { id } }`, {
      input: {
        kind: 'NETWORK',
        name: `Réseau des PLIE ${tag}`,
        siret: luhn(siret),
        addressLine: '1 rue de la République',
        postalCode: '80000',
        city: 'Amiens',
        territory: 'Hauts-de-France',
      },
    });
    const networkId = network.createStructure.id;
    for (const member of ['MLIFE Grand Amiénois (PLIE)', 'PLIE du Pays de Lunel et du Pays de l’Or']) {
      await admin(`mutation($input: NetworkMemberInput!) { addNetworkMember(input: $input) { id } }`, {
        input: { networkId, memberId: idOf(member) },
      });
    }
    const email = `analyste-${tag.toLowerCase().replace(/[^a-z0-9]/g, '')}@reseau.test`;
    const created = await request.post('/graphql', {
      headers: { authorization: (await adminToken(request)) ?? '', 'x-structure-id': networkId },
      data: {
        query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        variables: { input: { email, fullName: 'Inès Analyste', password: DEMO_PASSWORD, role: 'NETWORK_ANALYST' } },
      },
    });
    expect((await created.json()).errors).toBeUndefined();

    await signIn(page, email);
    await expectDashboard(page);
    await page.getByRole('link', { name: 'Chiffres du réseau' }).click();
    await expect(page.getByRole('heading', { name: 'Chiffres du réseau' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Chiffres par structure membre' });
    await expect(table.getByRole('row', { name: /MLIFE Grand Amiénois/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /PLIE du Pays de Lunel/ })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(page.getByText(/effectifs de moins de 5 personnes masqués/)).toBeVisible();
    // No way to a personal file: the participants' menu is absent and the page refuses.
    await expect(page.getByRole('link', { name: 'Participants' })).toHaveCount(0);
    await page.goto('/participants');
    await expect(page.getByRole('alert').filter({ hasText: 'Accès refusé' })).toBeVisible();
  });
});

async function adminToken(request: import('@playwright/test').APIRequestContext): Promise<string | null> {
  const login = await request.post('/graphql', {
    data: {
      query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      variables: { input: { email: USERS.admin, password: DEMO_PASSWORD } },
    },
  });
  const { data } = await login.json();
  return data ? `Bearer ${data.login.accessToken}` : null;
}
