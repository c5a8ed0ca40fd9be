import { addDays, todayInParis } from '@passerelle/domain';
import { errorCode, GqlResult, TestApp } from './support/test-app';
import { admitToPlie } from './support/plie-admission';

type Session = { token: string; structureId: string };
const today = todayInParis();
const day = (offset: number) => addDays(today, offset);

const FIELDS = `id label measure hourKind target periodStart periodEnd rule version`;
const CREATE = `mutation($input: CreatePaymentIndicatorInput!) { createPaymentIndicator(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePaymentIndicatorInput!) { updatePaymentIndicator(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($input: DeletePaymentIndicatorInput!) { deletePaymentIndicator(input: $input) { id } }`;
const HISTORY = `query($id: ID!, $dates: [String!]) { indicatorHistory(indicatorId: $id, dates: $dates) { date value achievementRate provenUnits } }`;
const STATUS = `query($lotId: ID!, $asOf: String) { lotIndicators(lotId: $lotId, asOf: $asOf) { indicator { id } value } }`;

describe('payment indicators: definition by the operator, history', () => {
  let t: TestApp;
  let referent: Session;
  let coordinator: Session;
  let cap: Session;
  let insertionPlus: Session;
  let amiens: Session;
  let lot1: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  async function interview(orientationId: string, date: string, proven: boolean): Promise<void> {
    const recorded = await ok(
      t.gql(
        `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }`,
        { input: { orientationId, date, durationMinutes: 45, kind: 'PSYCHOSOCIAL_SUPPORT' } },
        cap,
      ),
    );
    if (proven)
      await t.dataSource.query(`UPDATE activity_interviews SET "proofId" = gen_random_uuid() WHERE id = $1`, [
        recorded.id,
      ]);
  }

  beforeAll(async () => {
    t = await TestApp.start();
    referent = await t.login('referente@plie-lunel.test');
    coordinator = await t.login('coordination@plie-lunel.test');
    cap = await t.login('prestataire@cap-competences.test');
    insertionPlus = await t.login('prestataire@insertion-plus.test');
    amiens = await t.login('coordination@mlife-amiens.test');
    [{ id: lot1 }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' ORDER BY l.number LIMIT 1`,
    );
    const p = await ok(
      t.gql(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
        { input: { lastName: 'Histoire', firstName: 'Indic', sex: 'FEMALE', birthDate: '1980-01-01' } },
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
    // Proven interviews: one on day -8, two on day -4; one without proof on day -3 (never counted).
    await interview(o.id, day(-8), true);
    await interview(o.id, day(-4), true);
    await interview(o.id, day(-4), true);
    await interview(o.id, day(-3), false);
  });
  afterAll(() => t.close());

  it('gives the value at a series of dates, in agreement with the status at each date', async () => {
    const indicator = await ok(
      t.gql(
        CREATE,
        {
          input: {
            lotId: lot1,
            label: 'Entretiens',
            measure: 'INTERVIEWS',
            target: 6,
            rule: 'PRO_RATA',
            periodStart: day(-9),
            periodEnd: day(10),
          },
        },
        coordinator,
      ),
    );
    const dates = [day(-9), day(-8), day(-5), day(-4), day(-3), day(0)];
    const history = await ok<any[]>(t.gql(HISTORY, { id: indicator.id, dates: [...dates].reverse() }, cap));
    expect(history.map((h) => [h.date, h.value, h.provenUnits])).toEqual([
      [day(-9), 0, 0],
      [day(-8), 1, 1],
      [day(-5), 1, 1],
      [day(-4), 3, 3],
      [day(-3), 3, 3],
      [day(0), 3, 3],
    ]);
    expect(history[5].achievementRate).toBe(0.5);
    for (const point of history) {
      const [status] = (await ok<any[]>(t.gql(STATUS, { lotId: lot1, asOf: point.date }, coordinator))).filter(
        (s) => s.indicator.id === indicator.id,
      );
      expect(status.value).toBe(point.value);
    }
    // By default: every month end of the period up to today, then today.
    const byDefault = await ok<any[]>(t.gql(HISTORY, { id: indicator.id }, coordinator));
    expect(byDefault[byDefault.length - 1]).toMatchObject({ date: today, value: 3 });
    expect(
      byDefault.slice(0, -1).every((h) => h.date >= day(-9) && h.date < today && addDays(h.date, 1).endsWith('-01')),
    ).toBe(true);

    expect(errorCode(await t.gql(HISTORY, { id: indicator.id }, insertionPlus))).toBe('NOT_FOUND');
    const invalid = await t.gql(HISTORY, { id: indicator.id, dates: ['2025-02-30'] }, coordinator);
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
  });

  it('lets the operator redefine an indicator, with its checks, and refuses to delete one frozen in a submitted report', async () => {
    const period = { periodStart: day(-9), periodEnd: day(10) };
    const indicator = await ok(
      t.gql(
        CREATE,
        {
          input: {
            lotId: lot1,
            label: 'Heures de préparation',
            measure: 'HOURS',
            hourKind: 'PREPARATION',
            target: 10,
            rule: 'PRO_RATA',
            ...period,
          },
        },
        coordinator,
      ),
    );
    const change = (input: Record<string, unknown>) => ({
      input: {
        id: indicator.id,
        version: indicator.version,
        label: 'Heures de préparation',
        measure: 'HOURS',
        hourKind: 'PREPARATION',
        target: 12,
        rule: 'PRO_RATA',
        ...period,
        ...input,
      },
    });

    expect(errorCode(await t.gql(UPDATE, change({}), cap))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(UPDATE, change({}), amiens))).toBe('NOT_FOUND');
    const invalid = await t.gql(
      UPDATE,
      change({ hourKind: null, communeCodes: ['34145'], periodEnd: day(-10) }),
      coordinator,
    );
    expect(invalid.errors![0].extensions.fields).toMatchObject({
      hourKind: 'Précisez la nature du temps compté.',
      communeCodes: 'Le territoire ne vaut que pour la file active.',
      periodEnd: 'La fin de période ne peut précéder son début.',
    });
    const updated = await ok(t.gql(UPDATE, change({ label: 'Heures de préparation (avenant)' }), coordinator));
    expect(updated).toMatchObject({
      label: 'Heures de préparation (avenant)',
      target: 12,
      version: indicator.version + 1,
    });
    expect(errorCode(await t.gql(UPDATE, change({ target: 20 }), coordinator))).toBe('CONFLICT');

    // The provider submits the lot's monthly table: the indicator's figures are frozen in it.
    const report = await ok(
      t.gql(
        `mutation($input: PrepareReportInput!) { prepareReport(input: $input) { id version figures { tables { key rows { key } } } } }`,
        {
          input: { kind: 'MONTHLY', year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)), lotId: lot1 },
        },
        cap,
      ),
    );
    expect(
      report.figures.tables.find((table: any) => table.key === 'indicators').rows.map((r: any) => r.key),
    ).toContain(indicator.id);
    await ok(
      t.gql(
        `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`,
        { input: { id: report.id, version: report.version } },
        cap,
      ),
    );

    const frozen = await t.gql(DELETE, { input: { id: indicator.id, version: updated.version } }, coordinator);
    expect(frozen.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDICATOR_FROZEN' });
    expect(frozen.errors![0].message).toMatch(/figés dans un bilan transmis/);
    expect(errorCode(await t.gql(DELETE, { input: { id: indicator.id, version: updated.version } }, cap))).toBe(
      'FORBIDDEN',
    );

    // One that no submitted report holds goes.
    const spare = await ok(
      t.gql(
        CREATE,
        {
          input: {
            lotId: lot1,
            label: 'Bilans',
            measure: 'ASSESSMENTS_DONE',
            target: 4,
            rule: 'PRO_RATA',
            periodStart: day(20),
            periodEnd: day(40),
          },
        },
        coordinator,
      ),
    );
    expect(errorCode(await t.gql(DELETE, { input: { id: spare.id, version: spare.version + 1 } }, coordinator))).toBe(
      'CONFLICT',
    );
    await ok(t.gql(DELETE, { input: { id: spare.id, version: spare.version } }, coordinator));
    const left = (await ok<any[]>(t.gql(STATUS, { lotId: lot1 }, coordinator))).map((s) => s.indicator.id);
    expect(left).toContain(indicator.id);
    expect(left).not.toContain(spare.id);
  });
});
