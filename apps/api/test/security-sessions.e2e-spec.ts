import { JwtService } from '@nestjs/jwt';
import { errorCode, refreshCookieOf, TestApp } from './support/test-app';

const ME = `{ me { email } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const SESSION_EXPIRED = { code: 'UNAUTHENTICATED', message: 'Votre session a expiré. Veuillez vous reconnecter.' };

/** Issue 12, sessions and tokens: each test performs the attack and asserts it fails, or the legitimate use works. */
describe('Security: sessions, tokens, cookies and headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  const withCookie = (refreshToken: string) => `passerelle_refresh=${encodeURIComponent(refreshToken)}`;

  async function refresh(refreshToken: string) {
    const response = await t.http().post('/auth/refresh').set('cookie', withCookie(refreshToken));
    return { status: response.status, body: response.body, cookie: refreshCookieOf(response) };
  }

  const sessionCount = async (email: string) =>
    Number(
      (
        await t.dataSource.query(
          `SELECT count(*) AS n FROM auth_sessions s JOIN users u ON u.id = s."userId" WHERE u.email = $1`,
          [email],
        )
      )[0].n,
    );

  describe('Sessions', () => {
    it('an access token used after logout is refused (UNAUTHENTICATED), on GraphQL and REST alike', async () => {
      const session = await t.login('admin@passerelle.test');
      expect((await t.gql(ME, {}, session)).data).toEqual({ me: { email: 'admin@passerelle.test' } });

      const out = await t.http().post('/auth/logout').set('cookie', withCookie(session.refreshToken));
      expect(out.status).toBe(204);

      const after = await t.gql(ME, {}, session);
      expect(errorCode(after)).toBe('UNAUTHENTICATED');
      expect(after.errors![0].message).toBe(SESSION_EXPIRED.message);
      const dashboard = await t.http().get('/admin/queues').set('authorization', `Bearer ${session.token}`);
      expect(dashboard.status).toBe(401);
      expect((await refresh(session.refreshToken)).status).toBe(401);
    });

    it('an access token used after the GraphQL logout (clients holding only the access token) is refused', async () => {
      const session = await t.login('conseiller@ml-lyon.test');
      const out = await t
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${session.token}`)
        .send({ query: 'mutation { logout }' });
      expect(out.body.data).toEqual({ logout: true });
      expect(refreshCookieOf(out)).toBe('');
      expect(errorCode(await t.gql(ME, {}, session))).toBe('UNAUTHENTICATED');
      expect((await refresh(session.refreshToken)).status).toBe(401);
    });

    it('access tokens of every session of the account are refused after a password change', async () => {
      const email = 'controle@dreets.test';
      const owner = await t.login(email);
      const thief = await t.login(email);
      expect((await t.gql(ME, {}, thief)).data).toEqual({ me: { email } });

      const changed = await t.gql(
        CHANGE_PASSWORD,
        { input: { currentPassword: 'Passerelle2026!', newPassword: 'Nouveau-mot-2026' } },
        owner,
      );
      expect(changed.data).toEqual({ changePassword: true });

      expect(errorCode(await t.gql(ME, {}, thief))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.gql(ME, {}, owner))).toBe('UNAUTHENTICATED');
      expect((await refresh(thief.refreshToken)).status).toBe(401);
      const again = await t.login(email, 'Nouveau-mot-2026');
      expect((await t.gql(ME, {}, again)).data).toEqual({ me: { email } });
    });

    it('a refresh token replayed within the grace period gets the same successor, not a new session', async () => {
      const email = 'directrice@ml-ales.test';
      const session = await t.login(email);
      const sessionsBefore = await sessionCount(email);

      const first = await refresh(session.refreshToken);
      expect(first.status).toBe(200);
      const replay = await refresh(session.refreshToken);
      expect(replay.status).toBe(200);
      expect(replay.cookie).toBe(first.cookie);

      // The session holds the original token and its single successor: nothing more was minted.
      const [{ id: sessionId }] = await t.dataSource.query(
        `SELECT "sessionId" AS id FROM refresh_tokens WHERE id = $1`,
        [session.refreshToken.split('.')[0]],
      );
      const tokens = await t.dataSource.query(`SELECT "rotatedAt" FROM refresh_tokens WHERE "sessionId" = $1`, [
        sessionId,
      ]);
      expect(tokens).toHaveLength(2);
      expect(tokens.filter((row: { rotatedAt: Date | null }) => row.rotatedAt === null)).toHaveLength(1);
      expect(await sessionCount(email)).toBe(sessionsBefore);

      // After the grace period the same replay is theft: the session dies, with every access token it issued.
      await t.dataSource.query(`UPDATE refresh_tokens SET "rotatedAt" = now() - interval '11 seconds' WHERE id = $1`, [
        session.refreshToken.split('.')[0],
      ]);
      const theft = await refresh(session.refreshToken);
      expect(theft.status).toBe(401);
      expect(theft.body).toEqual(SESSION_EXPIRED);
      expect((await refresh(first.cookie!)).status).toBe(401);
      expect(errorCode(await t.gql(ME, {}, { token: first.body.accessToken }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.gql(ME, {}, { token: replay.body.accessToken }))).toBe('UNAUTHENTICATED');
      const audit = await t.dataSource.query(
        `SELECT a.action FROM audit_logs a JOIN users u ON u.id::text = a."entityId" WHERE u.email = $1 AND a.action = 'auth.refresh-replayed'`,
        [email],
      );
      expect(audit).toHaveLength(1);
    });

    it('two tabs refreshing with the same token at once both stay signed in on one successor', async () => {
      const session = await t.login('coordination@ml-lyon.test');
      const [a, b] = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.cookie).toBe(b.cookie);
      expect((await t.gql(ME, {}, { token: a.body.accessToken })).data).toBeTruthy();
      expect((await t.gql(ME, {}, { token: b.body.accessToken })).data).toBeTruthy();
      const next = await refresh(a.cookie!);
      expect(next.status).toBe(200);
    });

    it('legitimate use: login, then refresh through the cookie, then a query works', async () => {
      const login = await t
        .http()
        .post('/graphql')
        .send({
          query: `mutation($input: LoginInput!) { login(input: $input) { accessToken accessTokenExpiresAt user { email } } }`,
          variables: { input: { email: 'referent@mlife-amiens.test', password: 'Passerelle2026!' } },
        });
      const cookie = refreshCookieOf(login)!;
      expect(cookie).toMatch(/^[0-9a-f-]{36}\.[\w-]{43}$/);
      // The refresh token never travels in a body a script could read.
      expect(JSON.stringify(login.body)).not.toContain(cookie.split('.')[1]);

      const renewed = await refresh(cookie);
      expect(renewed.status).toBe(200);
      expect(Object.keys(renewed.body).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
      expect(JSON.stringify(renewed.body)).not.toContain(renewed.cookie!.split('.')[1]);
      const me = await t.gql(ME, {}, { token: renewed.body.accessToken });
      expect(me.data).toEqual({ me: { email: 'referent@mlife-amiens.test' } });
    });
  });

  describe('Token confusion', () => {
    it('the queue-dashboard ticket and cookie are refused as GraphQL bearer tokens', async () => {
      const admin = await t.login('admin@passerelle.test');
      const link = await t.gql(`mutation { createQueueDashboardLink { url } }`, {}, admin);
      const ticket = decodeURIComponent(link.data!.createQueueDashboardLink.url.split('ticket=')[1]);
      expect(errorCode(await t.gql(ME, {}, { token: ticket }))).toBe('UNAUTHENTICATED');

      const opened = await t.http().get(link.data!.createQueueDashboardLink.url);
      expect(opened.status).toBe(302);
      const cookie = decodeURIComponent(opened.headers['set-cookie'][0].split(';')[0].split('=')[1]);
      expect(errorCode(await t.gql(ME, {}, { token: cookie }))).toBe('UNAUTHENTICATED');
      const rest = await t.http().get('/files/participants.csv').set('authorization', `Bearer ${cookie}`);
      expect(rest.status).toBe(401);
      // Nor is the dashboard cookie a bearer for the dashboard itself, nor an access token its cookie.
      expect((await t.http().get('/admin/queues').set('authorization', `Bearer ${cookie}`)).status).toBe(401);
      expect((await t.http().get('/admin/queues').set('cookie', `passerelle_queues=${admin.token}`)).status).toBe(401);
    });

    it('a refresh token is no bearer token nor API key, and an access token is no refresh token', async () => {
      const session = await t.login('conseiller@ml-lyon.test');
      expect(errorCode(await t.gql(ME, {}, { token: session.refreshToken }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.gql(ME, {}, { apiKey: session.refreshToken }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await t.gql(ME, {}, { apiKey: session.token }))).toBe('UNAUTHENTICATED');
      expect((await refresh(session.token)).status).toBe(401);
    });

    it('a token signed with JWT_SECRET but minted for no purpose (the former format) is refused', async () => {
      const [admin] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'admin@passerelle.test'`);
      const [live] = await t.dataSource.query(
        `INSERT INTO auth_sessions ("userId", "expiresAt") VALUES ($1, now() + interval '1 day') RETURNING id`,
        [admin.id],
      );
      const raw = new JwtService({ secret: t.env.JWT_SECRET });
      for (const claims of [{ sub: admin.id }, { sub: admin.id, sid: live.id, purpose: 'access' }]) {
        const forged = raw.sign(claims, { expiresIn: 600 });
        expect(errorCode(await t.gql(ME, {}, { token: forged }))).toBe('UNAUTHENTICATED');
        expect((await t.http().get('/admin/queues').set('authorization', `Bearer ${forged}`)).status).toBe(401);
      }
    });
  });

  describe('Cookies', () => {
    it('the refresh cookie is HttpOnly, Secure, SameSite=Strict and scoped to /auth', async () => {
      const login = await t
        .http()
        .post('/graphql')
        .send({
          query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
          variables: { input: { email: 'coordination@plie-lunel.test', password: 'Passerelle2026!' } },
        });
      const setCookies = login.headers['set-cookie'] as unknown as string[];
      const cookie = setCookies.find((c) => c.startsWith('passerelle_refresh='))!;
      const attributes = cookie.split(';').map((part) => part.trim().toLowerCase());
      expect(attributes).toEqual(expect.arrayContaining(['path=/auth', 'httponly', 'secure', 'samesite=strict']));
      const expires = Date.parse(attributes.find((a) => a.startsWith('expires='))!.slice('expires='.length));
      expect(expires - Date.now()).toBeGreaterThan(29 * 86_400_000);

      const renewed = await t.http().post('/auth/refresh').set('cookie', cookie.split(';')[0]);
      const rotated = (renewed.headers['set-cookie'] as unknown as string[])[0];
      expect(rotated.split(';').map((part) => part.trim().toLowerCase())).toEqual(
        expect.arrayContaining(['path=/auth', 'httponly', 'secure', 'samesite=strict']),
      );
    });

    it('a refresh without the cookie is refused and clears nothing but the cookie', async () => {
      const response = await t.http().post('/auth/refresh');
      expect(response.status).toBe(401);
      expect(response.body).toEqual(SESSION_EXPIRED);
      expect(refreshCookieOf(response)).toBe('');
    });
  });

  describe('Headers', () => {
    it('every API response carries the security headers and no X-Powered-By', async () => {
      const responses = [
        await t.http().get('/health'),
        await t.http().post('/graphql').send({ query: '{ __typename }' }),
        await t.http().get('/signatures/not-a-real-token'),
        await t.http().post('/auth/refresh'),
      ];
      for (const response of responses) {
        const csp = response.headers['content-security-policy'];
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['x-frame-options']).toBe('DENY');
        expect(response.headers['referrer-policy']).toBe('no-referrer');
        expect(response.headers['x-powered-by']).toBeUndefined();
        // HSTS only in production (see http-security.spec.ts): here the API is reached over plain HTTP.
        expect(response.headers['strict-transport-security']).toBeUndefined();
      }
    });

    it('the queue dashboard page loads its own assets only and cannot be framed', async () => {
      const admin = await t.login('admin@passerelle.test');
      const page = await t.http().get('/admin/queues').set('authorization', `Bearer ${admin.token}`);
      expect(page.status).toBe(200);
      const csp: string = page.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('googleapis');
    });
  });
});
