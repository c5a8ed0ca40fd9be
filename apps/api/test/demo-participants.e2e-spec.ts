import { loadDemoData } from '../src/seed/demo-data';
import { TestApp } from './support/test-app';

describe('Demo PLIE participants (seeds 001 and 002)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('gives MLIFE Grand Amiénois and PLIE Lunel paths in every state', async () => {
    const rows = await t.dataSource.query(
      `SELECT s.name, array_agg(DISTINCT pp.status::text ORDER BY pp.status::text) AS statuses
       FROM plie_paths pp JOIN structures s ON s.id = pp."structureId" GROUP BY s.name ORDER BY s.name`,
    );
    expect(rows).toEqual([
      {
        name: 'MLIFE Grand Amiénois (PLIE)',
        statuses: ['ACTIVE', 'AWAITING_COMMITTEE', 'EXITED', 'IN_JOB_FOLLOW_UP', 'PROPOSED'],
      },
      { name: 'PLIE du Pays de Lunel et du Pays de l’Or', statuses: ['ACTIVE', 'EXITED', 'NOT_ADMITTED'] },
    ]);
  });

  it('shows the demo référent a portfolio that needs action, and the branch derived from the address', async () => {
    const referent = await t.login('referent@mlife-amiens.test');
    const result = await t.gql(
      `{ myPortfolio(first: 20) { totalCount edges { node { alerts path { status participant { lastName branch { code } } } } } } }`,
      {},
      referent,
    );
    expect(result.errors).toBeUndefined();
    const byName = Object.fromEntries(
      result.data!.myPortfolio.edges.map((e: any) => [e.node.path.participant.lastName, e.node]),
    );
    expect(byName['Caron'].alerts).toEqual(expect.arrayContaining(['WITHOUT_CONTACT', 'NO_RECENT_CONTACT']));
    expect(byName['Lefebvre'].alerts).toEqual(['STEP_ENDING_SOON']);
    expect(byName['Dufour'].alerts).toEqual(['COMMITTEE_PENDING']);
    expect(byName['Benaïssa'].path).toMatchObject({
      status: 'IN_JOB_FOLLOW_UP',
      participant: { branch: { code: 'PERIPHERIE' } },
    });
    expect(byName['Leroy']).toBeUndefined();
    const lunel = await t.login('referente@plie-lunel.test');
    const owed = await t.gql(
      `{ myPortfolio { edges { node { alerts path { participant { lastName } } } } } }`,
      {},
      lunel,
    );
    expect(owed.data!.myPortfolio.edges[0].node).toEqual({
      alerts: ['EXIT_SHEET_OWED'],
      path: { participant: { lastName: 'Vidal' } },
    });
  });

  it('loads a second time without creating or changing any participant or path', async () => {
    const snapshot = () =>
      t.dataSource
        .query(`SELECT (SELECT json_agg(p ORDER BY p.id) FROM participants p) AS participants, (SELECT json_agg(pp ORDER BY pp.id) FROM plie_paths pp) AS paths,
        (SELECT count(*) FROM plie_path_transitions) AS transitions, (SELECT count(*) FROM plie_committees) AS committees, (SELECT count(*) FROM plie_follow_ups) AS follow_ups`);
    const before = await snapshot();
    expect((await loadDemoData(t.dataSource)).created).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
