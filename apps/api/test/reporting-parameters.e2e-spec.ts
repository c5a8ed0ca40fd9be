import { errorCode, GqlResult, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const SET = `mutation($input: SetReportingParametersInput!) { setReportingParameters(input: $input) { id effectiveFrom monthlyReportDueDay mayReportDue dropOffWindowDays } }`;
const IN_FORCE = `query($on: String) { reportingParameters(on: $on) { on effectiveFrom monthlyReportDueDay mayReportDue septemberReportDue finalReportDueMonths reportReminderDays dropOffWindowDays } }`;
const PREPARE = `mutation($input: PrepareReportInput!) { prepareReport(input: $input) { id dueOn } }`;
const RULES = {
  monthlyReportDueDay: 5,
  mayReportDue: '06-30',
  septemberReportDue: '10-15',
  finalReportDueMonths: 2,
  reportReminderDays: 10,
  dropOffWindowDays: 60,
};

describe('reporting parameters: dated rules per structure', () => {
  let t: TestApp;
  let director: Session;
  let coordinator: Session;
  let counsellor: Session;
  let lunel: Session;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    director = await t.login('direction@mlife-amiens.test');
    coordinator = await t.login('coordination@mlife-amiens.test');
    counsellor = await t.login('referent@mlife-amiens.test');
    lunel = await t.login('coordination@plie-lunel.test');
  });
  afterAll(() => t.close());

  it('answers the defaults of the calls for tenders before any rule', async () => {
    expect(await ok(t.gql(IN_FORCE, { on: '2025-03-01' }, coordinator))).toEqual({
      on: '2025-03-01',
      effectiveFrom: null,
      monthlyReportDueDay: 10,
      mayReportDue: '06-15',
      septemberReportDue: '10-31',
      finalReportDueMonths: 1,
      reportReminderDays: 7,
      dropOffWindowDays: 90,
    });
  });

  it('validates the rules and lets only reviewers set them', async () => {
    const bad = await t.gql(
      SET,
      {
        input: {
          ...RULES,
          effectiveFrom: '2025-01-01',
          monthlyReportDueDay: 31,
          mayReportDue: '05-01',
          dropOffWindowDays: 2,
        },
      },
      director,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields).toMatchObject({
      monthlyReportDueDay: 'Un jour du mois entre 1 et 28.',
      dropOffWindowDays: 'Entre 7 et 730 jours.',
    });
    expect(bad.errors![0].extensions.fields!.mayReportDue).toContain('1er juin');
    expect(errorCode(await t.gql(SET, { input: { ...RULES, effectiveFrom: '2025-01-01' } }, counsellor))).toBe(
      'FORBIDDEN',
    );
    expect((await ok(t.gql(`{ reportingParameterHistory { totalCount } }`, {}, director))).totalCount).toBe(0);
  });

  it('applies the rule in force to the due dates of the reports prepared and to the drop-off window', async () => {
    await ok(t.gql(SET, { input: { ...RULES, effectiveFrom: '2025-01-01' } }, director));
    // Replacing the row of the same day keeps one row; a later row applies from its day only.
    await ok(t.gql(SET, { input: { ...RULES, effectiveFrom: '2025-01-01', monthlyReportDueDay: 6 } }, director));
    await ok(
      t.gql(
        SET,
        { input: { ...RULES, effectiveFrom: '2026-01-01', monthlyReportDueDay: 20, dropOffWindowDays: 120 } },
        director,
      ),
    );
    const history = await ok(
      t.gql(
        `{ reportingParameterHistory(first: 10) { totalCount edges { node { effectiveFrom monthlyReportDueDay } } } }`,
        {},
        coordinator,
      ),
    );
    expect(history.edges.map((e: any) => [e.node.effectiveFrom, e.node.monthlyReportDueDay])).toEqual([
      ['2026-01-01', 20],
      ['2025-01-01', 6],
    ]);
    expect(await ok(t.gql(IN_FORCE, { on: '2025-07-01' }, coordinator))).toMatchObject({
      effectiveFrom: '2025-01-01',
      monthlyReportDueDay: 6,
      mayReportDue: '06-30',
    });

    expect((await ok(t.gql(PREPARE, { input: { kind: 'MONTHLY', year: 2025, month: 3 } }, coordinator))).dueOn).toBe(
      '2025-04-06',
    );
    expect((await ok(t.gql(PREPARE, { input: { kind: 'MONTHLY', year: 2025, month: 12 } }, coordinator))).dueOn).toBe(
      '2026-01-06',
    );
    expect((await ok(t.gql(PREPARE, { input: { kind: 'INTERMEDIATE_MAY', year: 2025 } }, coordinator))).dueOn).toBe(
      '2025-06-30',
    );
    expect((await ok(t.gql(PREPARE, { input: { kind: 'FINAL', year: 2025 } }, coordinator))).dueOn).toBe('2026-02-28');
    // Another structure keeps the defaults.
    expect((await ok(t.gql(PREPARE, { input: { kind: 'MONTHLY', year: 2025, month: 3 } }, lunel))).dueOn).toBe(
      '2025-04-10',
    );

    const window = (to: string, windowDays?: number) =>
      ok(
        t.gql(
          `query($f: DropOffFilter!) { dropOffAnalysis(filter: $f) { windowDays } }`,
          { f: { from: '2025-01-01', to, windowDays } },
          coordinator,
        ),
      );
    expect(await window('2025-06-30')).toEqual({ windowDays: 60 });
    expect(await window('2026-02-28')).toEqual({ windowDays: 120 });
    expect(await window('2025-06-30', 30)).toEqual({ windowDays: 30 });
  });
});
