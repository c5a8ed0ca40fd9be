import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { loadDemoData } from '../src/seed/demo-data';
import { TestApp } from './support/test-app';

describe('Demo CEJ contracts (seeds 000 and 004)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The outbox relay polls the database every second; slowed here so that the N+1 counts measure requests only.
    t = await TestApp.start({ env: { OUTBOX_POLL_MS: '60000' } });
  });
  afterAll(() => t.close());

  it('gives Mission Locale Alès and Mission Locale de Lyon contracts in several states', async () => {
    const rows = await t.dataSource.query(
      `SELECT s.name, array_agg(c.status::text ORDER BY c.status::text) AS statuses
       FROM cej_contracts c JOIN structures s ON s.id = c."structureId" GROUP BY s.name ORDER BY s.name`,
    );
    expect(rows).toEqual([
      { name: 'Mission Locale Alès Pays Cévennes', statuses: ['ACTIVE', 'ACTIVE', 'DRAFT', 'ENDED'] },
      { name: 'Mission Locale de Lyon', statuses: ['ACTIVE', 'ACTIVE', 'SUSPENDED'] },
    ]);
  });

  it('shows the Alès counsellor the contracts that need attention, and the promo', async () => {
    const counsellor = await t.login('conseillere@ml-ales.test');
    const result = await t.gql(
      `{ cejContractsNeedingAttention { edges { node { reasons contract { participant { lastName } } } } } }`,
      {},
      counsellor,
    );
    expect(result.errors).toBeUndefined();
    const byName = Object.fromEntries(
      result.data!.cejContractsNeedingAttention.edges.map((e: any) => [
        e.node.contract.participant.lastName,
        e.node.reasons,
      ]),
    );
    expect(byName['Bouzid']).toEqual(expect.arrayContaining(['LOW_ATTENDANCE', 'LOW_INTENSITY']));
    expect(byName['Roux']).toBeUndefined();
    const cohorts = await t.gql(
      `{ cejCohorts { edges { node { name workshopDays workshopDaysTargetMet members { participant { lastName } } } } } }`,
      {},
      counsellor,
    );
    expect(cohorts.data!.cejCohorts.edges[0].node).toMatchObject({
      name: 'Promo démonstration — Alès centre',
      workshopDays: 5,
      workshopDaysTargetMet: true,
    });
    expect(cohorts.data!.cejCohorts.edges[0].node.members.map((m: any) => m.participant.lastName).sort()).toEqual([
      'Bouzid',
      'Roux',
    ]);
  });

  it('gives the Lyon contracts their branch by district and a digital path', async () => {
    const counsellor = await t.login('conseiller@ml-lyon.test');
    const result = await t.gql(
      `{ cejContracts(first: 10) { edges { node { status branch { code } participant { lastName } pixDiagnostics { totalPix } digitalCertifications { kind } allowance { month amount } } } } }`,
      {},
      counsellor,
    );
    expect(result.errors).toBeUndefined();
    const byName = Object.fromEntries(
      result.data!.cejContracts.edges.map((e: any) => [e.node.participant.lastName, e.node]),
    );
    expect(byName['Nguyen']).toMatchObject({
      status: 'ACTIVE',
      branch: { code: 'GERLAND' },
      pixDiagnostics: [{ totalPix: 121 }],
      digitalCertifications: [{ kind: 'PIX' }],
    });
    expect(byName['Diallo']).toMatchObject({ status: 'SUSPENDED', branch: { code: 'BACHUT' } });
    expect(byName['Morel'].branch.code).toBe('DUCHERE');
    expect(byName['Nguyen'].allowance.length).toBeGreaterThanOrEqual(2);
  });

  it('resolves nested contract fields in batches: as many queries for 4 contracts as for 2 (no N+1)', async () => {
    const counsellor = await t.login('conseillere@ml-ales.test');
    const NESTED = `query($first: Int) { cejContracts(first: $first) { edges { node {
      status lastDayOn participant { lastName } counsellor { fullName } branch { code } cohort { name sessions { title } }
      events { kind } suspensions { fromOn } renewals { newEndOn } exit { reason }
      actions { title outcome } weeks { weekStart doneHours intensity } months { month doneHours } companyDays { daysDone projectedOn }
      positionings { milestone scores { skill score } } positioningSchedule { milestone status } positioningProgress { fields { delta } }
      booklet { entries { title ratings { score } } transversalSkills { label } marketKnowledge { name } } finalEvaluation { theme }
      incomeDeclarations { month } breaches { rank } terminationDecisionPending allowance { month amount }
      pixDiagnostics { totalPix } digitalPlan { objective } digitalEnrolments { workshop { title } } digitalCertifications { kind } } } } }`;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const countFor = async (first: number) => {
      spy.mockClear();
      const result = await t.gql(NESTED, { first }, counsellor);
      expect(result.errors).toBeUndefined();
      expect(result.data!.cejContracts.edges).toHaveLength(first);
      return spy.mock.calls.length;
    };
    try {
      const few = await countFor(2);
      const many = await countFor(4);
      // One query of slack: in-process workers (reminders) may touch the database during the measure.
      expect(many).toBeLessThanOrEqual(few + 1);
      expect(many).toBeLessThan(45);
    } finally {
      spy.mockRestore();
    }
  });

  it('loads a second time without creating or changing anything', async () => {
    const snapshot = () =>
      t.dataSource
        .query(`SELECT (SELECT json_agg(c ORDER BY c.id) FROM cej_contracts c) AS contracts, (SELECT count(*) FROM cej_actions) AS actions,
        (SELECT count(*) FROM cej_cohorts) AS cohorts, (SELECT count(*) FROM cej_cohort_sessions) AS sessions, (SELECT count(*) FROM cej_positionings) AS positionings,
        (SELECT count(*) FROM cej_digital_workshops) AS workshops, (SELECT count(*) FROM cej_parameters) AS parameters`);
    const before = await snapshot();
    expect((await loadDemoData(t.dataSource)).created).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
