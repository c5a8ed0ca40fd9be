import { errorCode, TestApp } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { email currentRole currentStructure { name } permissions } } }`;
const REFRESH = `mutation($input: RefreshInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const LOGOUT = `mutation($input: RefreshInput!) { logout(input: $input) }`;
const ME = `{ me { email fullName currentRole memberships { role structure { name } } } }`;

describe('Authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ env: { LOGIN_MAX_ATTEMPTS: '3', LOGIN_LOCK_MINUTES: '15', TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => t.close());

  it('logs a user in and tells who they are and what they may do', async () => {
    const result = await t.gql(LOGIN, { input: { email: 'Directrice@ml-ales.test', password: 'Passerelle2026!' } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.login.user).toMatchObject({
      email: 'directrice@ml-ales.test',
      currentRole: 'DIRECTOR',
      currentStructure: { name: 'Mission Locale Alès Pays Cévennes' },
    });
    expect(result.data!.login.user.permissions).toContain('users:manage');

    const me = await t.gql(ME, {}, { token: result.data!.login.accessToken });
    expect(me.data!.me).toMatchObject({
      fullName: 'Sophie Marchand',
      memberships: [{ role: 'DIRECTOR', structure: { name: 'Mission Locale Alès Pays Cévennes' } }],
    });
  });

  it('answers a wrong password and an unknown e-mail with the same French message', async () => {
    const wrong = await t.gql(LOGIN, { input: { email: 'conseiller@ml-lyon.test', password: 'not-the-password' } });
    const unknown = await t.gql(LOGIN, { input: { email: 'personne@nulle-part.fr', password: 'whatever' } });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  it('names each invalid field of a malformed login', async () => {
    const result = await t.gql(LOGIN, { input: { email: 'pas-une-adresse', password: '' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.fields).toEqual({
      email: 'Adresse e-mail invalide.',
      password: 'Saisissez votre mot de passe.',
    });
  });

  it('refuses a request without a token, or with a forged one', async () => {
    expect(errorCode(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(ME, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad' }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('holds back the address that fails repeatedly on an account, even with the right password, but not the person', async () => {
    const email = 'referente@plie-lunel.test';
    const from = (address: string, password: string) => t.gql(LOGIN, { input: { email, password } }, { address });
    for (let i = 0; i < 2; i++) {
      expect((await from('203.0.113.50', 'wrong')).errors![0].message).toBe(
        'Adresse e-mail ou mot de passe incorrect.',
      );
    }
    const third = await from('203.0.113.50', 'wrong');
    expect(errorCode(third)).toBe('RATE_LIMITED');
    expect(third.errors![0].message).toBe(
      'Trop de tentatives de connexion depuis votre adresse. Réessayez dans 15 minutes.',
    );
    expect(errorCode(await from('203.0.113.50', 'Passerelle2026!'))).toBe('RATE_LIMITED');
    // The person, from their own address, is not locked out.
    expect((await from('203.0.113.51', 'Passerelle2026!')).errors).toBeUndefined();
  });

  it('rotates refresh tokens and revokes the family when a used one comes back', async () => {
    const session = await t.login('conseiller@ml-lyon.test');
    const first = await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } });
    expect(first.errors).toBeUndefined();
    const next = first.data!.refreshSession.refreshToken;
    expect(next).not.toBe(session.refreshToken);

    // A second tab refreshing with the same token at once is tolerated…
    const concurrent = await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } });
    expect(concurrent.errors).toBeUndefined();
    // …but once the grace period is over, presenting it again is a replay.
    await t.dataSource.query(
      `UPDATE refresh_tokens SET "rotatedAt" = now() - interval '1 minute' WHERE "rotatedAt" IS NOT NULL`,
    );
    const replay = await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } });
    expect(errorCode(replay)).toBe('UNAUTHENTICATED');
    // The replay revoked the whole family, including the tokens issued by the rotations.
    expect(errorCode(await t.gql(REFRESH, { input: { refreshToken: next } }))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(await t.gql(REFRESH, { input: { refreshToken: concurrent.data!.refreshSession.refreshToken } })),
    ).toBe('UNAUTHENTICATED');
  });

  it('logs out: the refresh token no longer works', async () => {
    const session = await t.login('conseiller@ml-lyon.test');
    expect((await t.gql(LOGOUT, { input: { refreshToken: session.refreshToken } })).data).toEqual({ logout: true });
    expect(errorCode(await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } }))).toBe('UNAUTHENTICATED');
  });

  it('changes a password, checking the current one and the strength of the new one', async () => {
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const session = await t.login('controle@dreets.test');
    const wrongCurrent = await t.gql(
      CHANGE,
      { input: { currentPassword: 'nope', newPassword: 'Nouveau-mot-2026' } },
      session,
    );
    expect(wrongCurrent.errors![0].extensions.fields).toEqual({ currentPassword: 'Mot de passe actuel incorrect.' });
    const weak = await t.gql(CHANGE, { input: { currentPassword: 'Passerelle2026!', newPassword: 'court1' } }, session);
    expect(weak.errors![0].extensions.fields).toEqual({
      newPassword: 'Le mot de passe doit contenir au moins 12 caractères.',
    });

    const done = await t.gql(
      CHANGE,
      { input: { currentPassword: 'Passerelle2026!', newPassword: 'Nouveau-mot-2026' } },
      session,
    );
    expect(done.data).toEqual({ changePassword: true });
    expect(errorCode(await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } }))).toBe('UNAUTHENTICATED');
    expect(
      errorCode(await t.gql(LOGIN, { input: { email: 'controle@dreets.test', password: 'Passerelle2026!' } })),
    ).toBe('UNAUTHENTICATED');
    await expect(t.login('controle@dreets.test', 'Nouveau-mot-2026')).resolves.toHaveProperty('token');
  });
});
