import { errorCode, TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix scopes revokedAt } } }`;
const LIST = `{ apiKeys { totalCount edges { node { id name prefix scopes lastUsedAt revokedAt } } } }`;

describe('API keys for integrations', () => {
  let t: TestApp;
  let director: { token: string; structureId: string };
  beforeAll(async () => {
    t = await TestApp.start();
    director = await t.login('directrice@ml-ales.test');
  });
  afterAll(() => t.close());

  it('shows the secret once, stores only its hash, and lets the integration read within its scopes', async () => {
    const created = await t.gql(CREATE, { input: { name: 'Logiciel de paie', scopes: ['structure:read'] } }, director);
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(new RegExp(`^psk_${apiKey.prefix}_`));
    const [row] = await t.dataSource.query(`SELECT "secretHash" FROM api_keys WHERE id = $1`, [apiKey.id]);
    expect(row.secretHash).not.toContain(secret.slice(20));
    expect(JSON.stringify((await t.gql(LIST, {}, director)).data)).not.toContain(secret);

    const read = await t.gql(`{ structures { edges { node { name } } } }`, {}, { apiKey: secret });
    expect(read.data!.structures.edges).toEqual([{ node: { name: 'Mission Locale Alès Pays Cévennes' } }]);
    expect(errorCode(await t.gql(`{ users { totalCount } }`, {}, { apiKey: secret }))).toBe('FORBIDDEN');
    const lyon = await t.structureId('Mission Locale de Lyon');
    expect(
      errorCode(await t.gql(`query($id: ID!) { structure(id: $id) { name } }`, { id: lyon }, { apiKey: secret })),
    ).toBe('NOT_FOUND');
  });

  it('refuses unknown scopes and scopes its creator does not hold', async () => {
    const unknown = await t.gql(CREATE, { input: { name: 'X', scopes: ['tout'] } }, director);
    expect(unknown.errors![0].extensions.fields!.scopes).toMatch(/Droits inconnus/);
    const coordinator = await t.login('coordination@mlife-amiens.test');
    const beyond = await t.gql(CREATE, { input: { name: 'X', scopes: ['structure:manage'] } }, coordinator);
    expect(errorCode(beyond)).toBe('FORBIDDEN');
    const empty = await t.gql(CREATE, { input: { name: '', scopes: [] } }, director);
    expect(empty.errors![0].extensions.fields).toEqual({
      name: 'Donnez un nom à la clé (l’outil qui l’utilise).',
      scopes: 'Choisissez au moins un droit.',
    });
  });

  it('stops working once revoked', async () => {
    const { secret, apiKey } = (
      await t.gql(CREATE, { input: { name: 'Export FSE+', scopes: ['structure:read', 'users:read'] } }, director)
    ).data!.createApiKey;
    expect((await t.gql(`{ users { totalCount } }`, {}, { apiKey: secret })).errors).toBeUndefined();
    const revoked = await t.gql(
      `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
      { id: apiKey.id },
      director,
    );
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    expect(errorCode(await t.gql(`{ users { totalCount } }`, {}, { apiKey: secret }))).toBe('UNAUTHENTICATED');
  });

  it('cannot be listed or revoked from another structure', async () => {
    const { apiKey } = (await t.gql(CREATE, { input: { name: 'Privée', scopes: ['structure:read'] } }, director)).data!
      .createApiKey;
    const lyonAdmin = await t.login('admin@passerelle.test');
    const lyon = await t.structureId('Mission Locale de Lyon');
    const asLyon = { token: lyonAdmin.token, structureId: lyon };
    expect(JSON.stringify((await t.gql(LIST, {}, asLyon)).data)).not.toContain(apiKey.id);
    expect(
      errorCode(await t.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: apiKey.id }, asLyon)),
    ).toBe('NOT_FOUND');
  });
});
