import { TestApp } from './support/test-app';

describe('Queue dashboard (Bull Board) at /admin/queues', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('refuses anonymous callers and every non-admin, even a director', async () => {
    expect((await t.http().get('/admin/queues')).status).toBe(401);
    expect((await t.http().get('/admin/queues').set('authorization', 'Bearer not-a-token')).status).toBe(401);
    const director = await t.login('directrice@ml-ales.test');
    const refused = await t.http().get('/admin/queues/api/queues').set('authorization', `Bearer ${director.token}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ code: 'FORBIDDEN', message: 'Réservé aux administrateurs de la plateforme.' });
    const link = await t.gql(`mutation { createQueueDashboardLink { url } }`, {}, director);
    expect(link.errors![0].extensions.code).toBe('FORBIDDEN');
  });

  it('shows every queue to a platform admin with the bearer token', async () => {
    const admin = await t.login('admin@passerelle.test');
    const page = await t.http().get('/admin/queues').set('authorization', `Bearer ${admin.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await t.http().get('/admin/queues/api/queues').set('authorization', `Bearer ${admin.token}`);
    expect(api.status).toBe(200);
    expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'mail',
      'maintenance',
      'reminders',
      'reports',
      'retention',
      'storage',
    ]);
  });

  it('opens from the web client with a one-time link that sets a short session cookie', async () => {
    const admin = await t.login('admin@passerelle.test');
    const { url } = (await t.gql(`mutation { createQueueDashboardLink { url expiresAt } }`, {}, admin)).data!
      .createQueueDashboardLink;
    expect(url).toMatch(/^\/admin\/queues\?ticket=/);
    const opened = await t.http().get(url);
    expect(opened.status).toBe(302);
    expect(opened.headers.location).toBe('/admin/queues');
    const cookie = opened.headers['set-cookie'][0];
    expect(cookie).toMatch(/^passerelle_queues=.+; Max-Age=1800; Path=\/admin\/queues; .*HttpOnly; SameSite=Strict/);
    expect((await t.http().get('/admin/queues').set('cookie', cookie.split(';')[0])).status).toBe(200);
    // The link works once; an access token is no session cookie.
    expect((await t.http().get(url)).status).toBe(401);
    expect((await t.http().get('/admin/queues').set('cookie', `passerelle_queues=${admin.token}`)).status).toBe(401);
  });
});
