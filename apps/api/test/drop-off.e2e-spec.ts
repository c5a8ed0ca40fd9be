import { buildMayActivity } from './support/may-activity';
import { errorCode, TestApp } from './support/test-app';

const QUERY = `query($filter: DropOffFilter!) { dropOffAnalysis(filter: $filter) {
  months windowDays series { measure label values } totals { measure count }
  byBranch { key label counts { measure count } } byAgeBand { key counts { measure count } } bySex { key label counts { measure count } } } }`;

const counts = (group: { counts: { measure: string; count: number }[] }) =>
  Object.fromEntries(group.counts.map((c) => [c.measure, c.count]));

describe('Drop-off analysis (seed 003), in SQL', () => {
  let t: TestApp;
  let coordinator: { token: string; structureId: string };
  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.login('coordination@mlife-amiens.test');
    await buildMayActivity(t, coordinator);
  }, 120_000);
  afterAll(() => t.close());

  it('counts first contacts, people never seen again, ruptures and exits without solution, by month, branch, age and sex', async () => {
    const result = await t.gql(QUERY, { filter: { from: '2025-01-01', to: '2025-12-31' } }, coordinator);
    expect(result.errors).toBeUndefined();
    const analysis = result.data!.dropOffAnalysis;
    expect(analysis.months).toHaveLength(12);
    expect(analysis.months[0]).toBe('2025-01');
    const series = Object.fromEntries(analysis.series.map((s: any) => [s.measure, s.values]));
    // A and B first seen in February, D in June (never again: 90 days have passed); C was never reached; E's contacts are in 2024.
    expect(series).toEqual({
      FIRST_CONTACTS: [0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
      NEVER_SEEN_AGAIN: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
      RUPTURES: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      EXITS_WITHOUT_SOLUTION: [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
    });
    expect(analysis.series[1].label).toBe('Pas revenus après un premier contact');
    expect(counts({ counts: analysis.totals })).toEqual({
      FIRST_CONTACTS: 3,
      NEVER_SEEN_AGAIN: 1,
      RUPTURES: 1,
      EXITS_WITHOUT_SOLUTION: 1,
    });
    expect(analysis.byBranch).toEqual([{ key: '', label: 'Sans antenne', counts: analysis.totals }]);
    const byAge = Object.fromEntries(analysis.byAgeBand.map((g: any) => [g.key, counts(g)]));
    expect(byAge.FROM_26_TO_44).toEqual({
      FIRST_CONTACTS: 2,
      NEVER_SEEN_AGAIN: 1,
      RUPTURES: 0,
      EXITS_WITHOUT_SOLUTION: 0,
    });
    expect(byAge.FROM_55).toEqual({ FIRST_CONTACTS: 1, NEVER_SEEN_AGAIN: 0, RUPTURES: 1, EXITS_WITHOUT_SOLUTION: 0 });
    expect(byAge.FROM_18_TO_25).toEqual({
      FIRST_CONTACTS: 0,
      NEVER_SEEN_AGAIN: 0,
      RUPTURES: 0,
      EXITS_WITHOUT_SOLUTION: 1,
    });
    const bySex = Object.fromEntries(analysis.bySex.map((g: any) => [g.label, counts(g)]));
    expect(bySex.Femme).toEqual({ FIRST_CONTACTS: 1, NEVER_SEEN_AGAIN: 0, RUPTURES: 0, EXITS_WITHOUT_SOLUTION: 1 });
    expect(bySex.Homme).toEqual({ FIRST_CONTACTS: 2, NEVER_SEEN_AGAIN: 1, RUPTURES: 1, EXITS_WITHOUT_SOLUTION: 0 });

    const previous = (await t.gql(QUERY, { filter: { from: '2024-01-01', to: '2024-12-31' } }, coordinator)).data!
      .dropOffAnalysis;
    expect(counts({ counts: previous.totals })).toEqual({
      FIRST_CONTACTS: 1,
      NEVER_SEEN_AGAIN: 1,
      RUPTURES: 1,
      EXITS_WITHOUT_SOLUTION: 0,
    });
  });

  it('refuses an inverted or too long period, and keeps other structures’ data out', async () => {
    const inverted = await t.gql(QUERY, { filter: { from: '2025-12-31', to: '2025-01-01' } }, coordinator);
    expect(inverted.errors![0].extensions.fields).toEqual({ to: 'La fin de la période précède son début.' });
    const long = await t.gql(QUERY, { filter: { from: '2020-01-01', to: '2025-01-01' } }, coordinator);
    expect(long.errors![0].extensions.fields).toEqual({ to: '36 mois au plus.' });
    const provider = await t.login('prestataire@insertion-plus.test');
    const empty = await t.gql(QUERY, { filter: { from: '2025-01-01', to: '2025-12-31' } }, provider);
    expect(counts({ counts: empty.data!.dropOffAnalysis.totals })).toEqual({
      FIRST_CONTACTS: 0,
      NEVER_SEEN_AGAIN: 0,
      RUPTURES: 0,
      EXITS_WITHOUT_SOLUTION: 0,
    });
    const referent = await t.login('referente@plie-lunel.test');
    expect(
      errorCode(await t.gql(QUERY, { filter: { from: '2025-01-01', to: '2025-12-31' } }, referent)),
    ).toBeUndefined();
  });
});
