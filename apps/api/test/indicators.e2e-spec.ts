import { addDays, todayInParis } from '@passerelle/domain';
import { errorCode, GqlResult, TestApp } from './support/test-app';
import { admitToPlie } from './support/plie-admission';

type Session = { token: string; structureId: string };
const today = todayInParis();
const day = (offset: number) => addDays(today, offset);

const CREATE = `mutation($input: CreatePaymentIndicatorInput!) { createPaymentIndicator(input: $input) { id measure } }`;
const STATUS = `query($lotId: ID!, $asOf: String) { lotIndicators(lotId: $lotId, asOf: $asOf) { indicator { id label } value target achievementRate amountPayable projectedValue } }`;
const UNITS = `query($id: ID!) { indicatorUnits(indicatorId: $id, first: 10) { totalCount edges { node { unitId proofKind quantity interviewId timeEntryId } } } }`;

describe('payment indicators', () => {
  let t: TestApp;
  let referent: Session;
  let coordinator: Session;
  let cap: Session;
  let insertionPlus: Session;
  let lot1: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  async function enteredParticipant(lastName: string): Promise<string> {
    const p = await ok(
      t.gql(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
        { input: { lastName, firstName: 'Indic', sex: 'FEMALE', birthDate: '1980-01-01' } },
        referent,
      ),
    );
    await admitToPlie(t.dataSource, p.id);
    const o = await ok(
      t.gql(
        `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id version } }`,
        { input: { participantId: p.id, lotId: lot1, orientedOn: day(-10) } },
        referent,
      ),
    );
    await ok(
      t.gql(
        `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id } }`,
        {
          input: {
            orientationId: o.id,
            version: o.version,
            entered: true,
            startedOn: day(-9),
            fseEntry: { employmentStatus: 'UNEMPLOYED' },
          },
        },
        cap,
      ),
    );
    return o.id;
  }

  /** Staff time of Cap Compétences on lot 1, tied to an orientation; with a proof attached when `proven`. */
  async function recordTime(
    input: { date: string; kind: string; minutes: number; description: string; orientationId: string },
    proven: boolean,
  ): Promise<string> {
    const { orientationId, ...rest } = input;
    const entry = await ok(
      t.gql(
        `mutation($input: RecordTimeEntryInput!) { recordTimeEntry(input: $input) { id } }`,
        { input: { lotId: lot1, ...rest, orientationIds: [orientationId] } },
        cap,
      ),
    );
    if (proven)
      await t.dataSource.query(`UPDATE time_entries SET "proofId" = gen_random_uuid() WHERE id = $1`, [entry.id]);
    return entry.id;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    referent = await t.login('referente@plie-lunel.test');
    coordinator = await t.login('coordination@plie-lunel.test');
    cap = await t.login('prestataire@cap-competences.test');
    insertionPlus = await t.login('prestataire@insertion-plus.test');
    [{ id: lot1 }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' ORDER BY l.number LIMIT 1`,
    );
    await t.dataSource.query(`UPDATE lots SET "maxAnnualPriceTtc" = '10000.00' WHERE id = $1`, [lot1]);
  });
  afterAll(() => t.close());

  it('computes value, rate, amount and projection for HOURS and ACTIVE_FILE, with the units behind them', async () => {
    const [a, b] = [await enteredParticipant('Alpha'), await enteredParticipant('Beta')];
    // Two interviews for Alpha, one for Beta, each with its proof: an active file of 2.
    for (const orientationId of [a, a, b]) {
      const interview = await ok(
        t.gql(
          `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }`,
          { input: { orientationId, date: day(-2), durationMinutes: 45, kind: 'PSYCHOSOCIAL_SUPPORT' } },
          cap,
        ),
      );
      await t.dataSource.query(`UPDATE activity_interviews SET "proofId" = gen_random_uuid() WHERE id = $1`, [
        interview.id,
      ]);
    }
    // 3 h of coordination with a proof, 2 h without: only 3 h count.
    const counted = await recordTime(
      { date: day(-1), kind: 'COORDINATION', minutes: 180, description: 'Coordination', orientationId: a },
      true,
    );
    await recordTime(
      { date: day(-1), kind: 'COORDINATION', minutes: 120, description: 'Sans justificatif', orientationId: a },
      false,
    );

    const period = { periodStart: day(-9), periodEnd: day(10) };
    const bad = await t.gql(
      CREATE,
      {
        input: {
          lotId: lot1,
          label: 'x',
          measure: 'HOURS',
          target: 10,
          rule: 'PRO_RATA',
          periodStart: day(1),
          periodEnd: day(0),
        },
      },
      coordinator,
    );
    expect(bad.errors![0].extensions.fields).toMatchObject({
      periodEnd: 'La fin de période ne peut précéder son début.',
      hourKind: 'Précisez la nature du temps compté.',
    });
    expect(
      errorCode(
        await t.gql(
          CREATE,
          { input: { lotId: lot1, label: 'x', measure: 'INTERVIEWS', target: 10, rule: 'PRO_RATA', ...period } },
          cap,
        ),
      ),
    ).toBe('FORBIDDEN');

    const hours = await ok(
      t.gql(
        CREATE,
        {
          input: {
            lotId: lot1,
            label: 'Heures de coordination',
            measure: 'HOURS',
            hourKind: 'COORDINATION',
            target: 12,
            rule: 'PRO_RATA',
            ...period,
          },
        },
        coordinator,
      ),
    );
    const file = await ok(
      t.gql(
        CREATE,
        {
          input: {
            lotId: lot1,
            label: 'File active',
            measure: 'ACTIVE_FILE',
            target: 4,
            rule: 'THRESHOLDS',
            params: {
              thresholds: [
                { rate: 0.5, share: 0.4 },
                { rate: 1, share: 1 },
              ],
            },
            ...period,
          },
        },
        coordinator,
      ),
    );

    // Period of 20 days, 10 elapsed as of today: the projection doubles the value.
    const statuses = await ok<any[]>(t.gql(STATUS, { lotId: lot1, asOf: today }, cap));
    expect(statuses.find((s) => s.indicator.id === hours.id)).toMatchObject({
      value: 3,
      target: 12,
      achievementRate: 0.25,
      amountPayable: '2500.00',
      projectedValue: 6,
    });
    expect(statuses.find((s) => s.indicator.id === file.id)).toMatchObject({
      value: 2,
      target: 4,
      achievementRate: 0.5,
      amountPayable: '4000.00',
      projectedValue: 4,
    });
    expect(await ok<any[]>(t.gql(STATUS, { lotId: lot1, asOf: today }, coordinator))).toHaveLength(statuses.length);

    const hourUnits = await ok(t.gql(UNITS, { id: hours.id }, cap));
    expect(hourUnits).toMatchObject({
      totalCount: 1,
      edges: [{ node: { proofKind: 'TIME_ENTRY', quantity: 3, timeEntryId: counted } }],
    });
    const fileUnits = await ok(t.gql(UNITS, { id: file.id }, coordinator));
    expect(fileUnits.totalCount).toBe(2);
    expect(fileUnits.edges.every((e: any) => e.node.proofKind === 'INTERVIEW' && e.node.interviewId)).toBe(true);

    expect(errorCode(await t.gql(STATUS, { lotId: lot1 }, insertionPlus))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(UNITS, { id: file.id }, insertionPlus))).toBe('NOT_FOUND');
  });

  it('prices hours from their exact minutes, rounding only the final amount to the cent', async () => {
    const o = await enteredParticipant('Minutes');
    for (let i = 0; i < 2; i++)
      await recordTime(
        { date: day(-3), kind: 'PREPARATION', minutes: 20, description: 'Préparation', orientationId: o },
        true,
      );
    const indicator = await ok(
      t.gql(
        CREATE,
        {
          input: {
            lotId: lot1,
            label: 'Heures de préparation à l’heure',
            measure: 'HOURS',
            hourKind: 'PREPARATION',
            target: 10,
            rule: 'CAP',
            params: { unitPrice: '100.00' },
            periodStart: day(-9),
            periodEnd: day(10),
          },
        },
        coordinator,
      ),
    );
    const statuses = await ok<any[]>(t.gql(STATUS, { lotId: lot1, asOf: today }, coordinator));
    // 40 minutes at 100 € an hour: 66,66 € (66,666… rounded down once); 0,67 h priced would have made 67,00 €.
    expect(statuses.find((s) => s.indicator.id === indicator.id)).toMatchObject({
      value: 0.67,
      amountPayable: '66.66',
    });
  });

  it('gives the operator an overview of its lots, providers and indicators, page by page', async () => {
    const OVERVIEW = `query($first: Int, $after: String, $asOf: String) { operatorIndicatorOverview(first: $first, after: $after, asOf: $asOf) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { lotId lotNumber marketReference providerName amountPayable indicators { indicator { id label measure } value target achievementRate amountPayable projectedValue unprovenUnits } } } } }`;
    const first = await ok(t.gql(OVERVIEW, { first: 2, asOf: today }, coordinator));
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges.map((e: any) => e.node.lotNumber)).toEqual([1, 2]);
    const lot = first.edges[0].node;
    expect(lot).toMatchObject({ lotId: lot1, providerName: expect.stringContaining('Cap Comp') });
    // The demo indicators of seed 002's lot 1 (active file of 100, workshops, interviews) sit next to those created above.
    expect(lot.indicators.map((i: any) => i.indicator.measure)).toEqual(
      expect.arrayContaining(['ACTIVE_FILE', 'WORKSHOPS_RUN', 'INTERVIEWS', 'HOURS']),
    );
    const demoFile = lot.indicators.find((i: any) => i.indicator.label === 'File active de 100 participants');
    expect(demoFile).toMatchObject({ value: 2, target: 100, achievementRate: 0.02 });
    // The same figures as the lot's own query.
    const statuses = await ok<any[]>(t.gql(STATUS, { lotId: lot1, asOf: today }, coordinator));
    for (const status of lot.indicators) {
      expect(statuses.find((s) => s.indicator.id === status.indicator.id)).toMatchObject({
        value: status.value,
        amountPayable: status.amountPayable,
        projectedValue: status.projectedValue,
      });
    }
    const cents = lot.indicators.reduce((sum: number, i: any) => sum + Math.round(Number(i.amountPayable) * 100), 0);
    expect(Math.round(Number(lot.amountPayable) * 100)).toBe(cents);

    const second = await ok(t.gql(OVERVIEW, { first: 2, after: first.pageInfo.endCursor, asOf: today }, coordinator));
    expect(second.edges.map((e: any) => e.node.lotNumber)).toEqual([3, 4]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // Seed 002, lot 4: 10 assessments at 1 350 € each (90 % of the price), then the wait for a first appointment; nothing done yet.
    expect(second.edges[1].node.indicators).toMatchObject([
      { indicator: { measure: 'ASSESSMENTS_DONE' }, value: 0, target: 10, amountPayable: '0.00' },
      {
        indicator: { measure: 'FIRST_APPOINTMENT_WAIT' },
        value: 0,
        target: 15,
        achievementRate: 0,
        amountPayable: '0.00',
      },
    ]);

    // A provider owns no lot: its overview is empty; another operator sees only its own lots.
    expect((await ok(t.gql(OVERVIEW, { first: 10 }, cap))).totalCount).toBe(0);
    const amiens = await ok(t.gql(OVERVIEW, { first: 10 }, await t.login('coordination@mlife-amiens.test')));
    expect(amiens.edges.map((e: any) => e.node.marketReference.slice(0, 9))).toEqual([
      'MAPA-PLIE',
      'MAPA-PLIE',
      'MAPA-PLIE',
    ]);
    expect(amiens.edges[0].node.indicators.map((i: any) => [i.indicator.measure, i.target])).toEqual([
      ['ACTIVE_FILE', 100],
      ['EXITS', 20],
    ]);
    expect(amiens.edges[2].node.indicators.map((i: any) => i.target)).toEqual([270, 75, 45]);
  });
});
