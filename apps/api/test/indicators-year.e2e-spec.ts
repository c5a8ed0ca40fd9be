import { todayInParis } from '@passerelle/domain';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GqlResult, TestApp } from './support/test-app';
import { admitToPlie } from './support/plie-admission';

type Session = { token: string; structureId: string };

/** Last year: a whole year of activity on seed 002's lots, entirely in the past, reported in the final report. */
const Y = Number(todayInParis().slice(0, 4)) - 1;
const d = (monthDay: string) => `${Y}-${monthDay}`;
const YEAR_END = d('12-31');

const binary = (res: any, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

const CREATE = `mutation($input: CreatePaymentIndicatorInput!) { createPaymentIndicator(input: $input) { id } }`;
const STATUS = `query($lotId: ID!, $asOf: String) { lotIndicators(lotId: $lotId, asOf: $asOf) {
  indicator { id label measure } value target achievementRate amountPayable projectedValue provenUnits unprovenUnits } }`;
const UNITS = `query($id: ID!, $asOf: String, $unproven: Boolean) { indicatorUnits(indicatorId: $id, asOf: $asOf, unproven: $unproven, first: 50) {
  totalCount edges { node { unitId proofKind date quantity gap participantId sessionId sheetSha256 interviewId timeEntryId liaisonSheetId orientationId proofId } } } }`;
const REPORT = `id version status figures { frozen tables { key shortTitle columns { key label } rows { key label values } } }`;

/**
 * A year of activity of Cap Compétences on lots 1 and 4 of seed 002 (PLIE Lunel), built through the API, with the
 * answer of every indicator worked out by hand (lot 1 has no maximum price: its convention, 38 000 €, is the price).
 *
 * People: P1 oriented 10/01 (entry sheet 15/01, on time), P2 01/02 (sheet 25/02, late), P3 01/03 (05/03), P4 01/04
 * (non-entry sheet 10/04). Workshops: S1 10/03 (P1 present, P3 absent) and S2 15/04 (P1, P3 present), both signed;
 * S3 20/05 (P2 present) never signed. Interviews: P1 20/01 with proof, P3 20/03 without, P3 01/06 with proof.
 * Coordination: 2 h with proof, 1 h without. Exits: P1 30/09 job or training (sheet 05/10, on time), P2 31/10 lost
 * contact (sheet 20/11, late). Lot 4: P3 oriented 20/04, assessment started 01/05, completed 20/06.
 */
describe('payment indicators over a year of activity, in the final report and its XLSX', () => {
  let t: TestApp;
  let filesDir: string;
  let referent: Session;
  let coordinator: Session;
  let cap: Session;
  let lot1: string;
  let lot4: string;
  const ids: Record<string, string> = {};
  const orientations: Record<string, { id: string }> = {};
  const sessions: Record<string, string> = {};
  const interviews: Record<string, string> = {};
  let provenHours: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  async function proof(lotId: string, name: string): Promise<string> {
    const res = await t
      .http()
      .post('/files/proofs')
      .set('authorization', `Bearer ${cap.token}`)
      .field('lotId', lotId)
      .field('kind', 'AGENDA')
      .attach('file', Buffer.from(`justificatif ${name}`), { filename: `${name}.txt`, contentType: 'text/plain' });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function orient(key: string, lotId: string, orientedOn: string, sentOn: string, entered = true): Promise<void> {
    const participantId =
      ids[key] ??
      (ids[key] = (
        await ok(
          t.gql(
            `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
            { input: { lastName: `Annee${key}`, firstName: 'Indic', sex: 'FEMALE', birthDate: '1982-03-04' } },
            referent,
          ),
        )
      ).id);
    await admitToPlie(t.dataSource, participantId);
    const o = await ok(
      t.gql(
        `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id version } }`,
        { input: { participantId, lotId, orientedOn } },
        referent,
      ),
    );
    const input = entered
      ? {
          orientationId: o.id,
          version: o.version,
          entered: true,
          startedOn: sentOn,
          sentOn,
          fseEntry: { employmentStatus: 'UNEMPLOYED' },
        }
      : {
          orientationId: o.id,
          version: o.version,
          entered: false,
          nonEntryReason: 'Ne souhaite pas poursuivre.',
          sentOn,
        };
    await ok(
      t.gql(
        `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id } }`,
        { input },
        cap,
      ),
    );
    orientations[`${key}@${lotId === lot1 ? 1 : 4}`] = { id: o.id };
  }

  async function workshop(key: string, date: string, attendance: [string, string][], sign: boolean): Promise<void> {
    const id = (
      await ok(
        t.gql(
          `mutation($input: CreateSessionInput!) { createActivitySession(input: $input) { id } }`,
          {
            input: {
              lotId: lot1,
              kind: 'WORKSHOP',
              title: `Atelier ${key}`,
              date,
              startTime: '09:30',
              durationMinutes: 180,
              place: 'Lunel',
              facilitator: 'Claire Martin',
            },
          },
          cap,
        ),
      )
    ).id;
    const entries = [];
    for (const [person, status] of attendance) {
      const enrolment = await ok(
        t.gql(
          `mutation($input: EnrolInput!) { enrolInSession(input: $input) { id } }`,
          { input: { sessionId: id, orientationId: orientations[`${person}@1`].id } },
          cap,
        ),
      );
      entries.push({ enrolmentId: enrolment.id, status });
    }
    await ok(
      t.gql(
        `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
        { input: { sessionId: id, entries } },
        cap,
      ),
    );
    if (sign) await ok(t.gql(`mutation($id: ID!) { freezeAttendanceSheet(sessionId: $id) { id } }`, { id }, cap));
    sessions[key] = id;
  }

  async function interview(key: string, person: string, date: string, withProof: boolean): Promise<void> {
    const proofId = withProof ? await proof(lot1, `agenda-${key}`) : undefined;
    interviews[key] = (
      await ok(
        t.gql(
          `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }`,
          {
            input: {
              orientationId: orientations[`${person}@1`].id,
              date,
              durationMinutes: 45,
              kind: 'FOLLOW_UP',
              proofId,
            },
          },
          cap,
        ),
      )
    ).id;
  }

  async function exit(person: string, exitOn: string, exitReason: string, sentOn: string): Promise<void> {
    const o = await ok(
      t.gql(`query($id: ID!) { orientation(id: $id) { id version } }`, { id: orientations[`${person}@1`].id }, cap),
    );
    await ok(
      t.gql(
        `mutation($input: SendExitLiaisonSheetInput!) { sendExitLiaisonSheet(input: $input) { id } }`,
        {
          input: {
            orientationId: o.id,
            version: o.version,
            exitOn,
            exitReason,
            sentOn,
            synthesis: 'Synthèse de sortie.',
          },
        },
        cap,
      ),
    );
  }

  const create = (
    lotId: string,
    label: string,
    measure: string,
    target: number,
    rule: string,
    params: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) =>
    ok(
      t.gql(
        CREATE,
        {
          input: {
            lotId,
            label,
            measure,
            target,
            rule,
            params,
            periodStart: d('01-01'),
            periodEnd: YEAR_END,
            ...extra,
          },
        },
        coordinator,
      ),
    );

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'passerelle-files-'));
    t = await TestApp.start({ env: { FILES_DIR: filesDir } });
    referent = await t.login('referente@plie-lunel.test');
    coordinator = await t.login('coordination@plie-lunel.test');
    cap = await t.login('prestataire@cap-competences.test');
    const lots = await t.dataSource.query(
      `SELECT l.id, l.number FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' ORDER BY l.number`,
    );
    lot1 = lots[0].id;
    lot4 = lots[3].id;

    await orient('P1', lot1, d('01-10'), d('01-15'));
    await orient('P2', lot1, d('02-01'), d('02-25'));
    await orient('P3', lot1, d('03-01'), d('03-05'));
    await orient('P4', lot1, d('04-01'), d('04-10'), false);
    await workshop(
      'S1',
      d('03-10'),
      [
        ['P1', 'PRESENT'],
        ['P3', 'UNEXCUSED_ABSENCE'],
      ],
      true,
    );
    await workshop(
      'S2',
      d('04-15'),
      [
        ['P1', 'PRESENT'],
        ['P3', 'PRESENT'],
      ],
      true,
    );
    await workshop('S3', d('05-20'), [['P2', 'PRESENT']], false);
    await interview('I1', 'P1', d('01-20'), true);
    await interview('I2', 'P3', d('03-20'), false);
    await interview('I3', 'P3', d('06-01'), true);
    const coordination = (minutes: number, proofId?: string) =>
      ok(
        t.gql(
          `mutation($input: RecordTimeEntryInput!) { recordTimeEntry(input: $input) { id } }`,
          {
            input: {
              lotId: lot1,
              date: d('06-10'),
              kind: 'COORDINATION',
              minutes,
              description: 'Coordination avec le PLIE',
              orientationIds: [orientations['P1@1'].id],
              proofId,
            },
          },
          cap,
        ),
      );
    provenHours = (await coordination(120, await proof(lot1, 'compte-rendu-coordination'))).id;
    await coordination(60);
    await exit('P1', d('09-30'), 'JOB_OR_TRAINING', d('10-05'));
    await exit('P2', d('10-31'), 'LOST_CONTACT', d('11-20'));

    await orient('P3', lot4, d('04-20'), d('04-25'));
    const assessment = await ok(
      t.gql(
        `mutation($input: StartAssessmentInput!) { startAssessment(input: $input) { id version } }`,
        { input: { orientationId: orientations['P3@4'].id, kind: 'GUIDANCE', startedOn: d('05-01') } },
        cap,
      ),
    );
    await ok(
      t.gql(
        `mutation($input: CompleteAssessmentInput!) { completeAssessment(input: $input) { id } }`,
        {
          input: {
            id: assessment.id,
            version: assessment.version,
            completedOn: d('06-20'),
            hours: '14.00',
            tripartiteMeetingOn: d('06-18'),
            projectTitle: 'Aide-soignante',
            synthesis: 'Projet confirmé.',
            actionPlan: [{ title: 'Formation', actions: 'Inscription IFAS' }],
          },
        },
        cap,
      ),
    );

    ids.activeFile = (await create(lot1, 'File active', 'ACTIVE_FILE', 4, 'PRO_RATA', { priceShare: 0.5 })).id;
    ids.workshops = (
      await create(lot1, 'Ateliers', 'WORKSHOPS_RUN', 4, 'THRESHOLDS', {
        priceShare: 0.2,
        thresholds: [
          { rate: 0.5, share: 0.5 },
          { rate: 1, share: 1 },
        ],
      })
    ).id;
    ids.interviews = (await create(lot1, 'Entretiens', 'INTERVIEWS', 10, 'PRO_RATA', { priceShare: 0.1 })).id;
    ids.hours = (
      await create(
        lot1,
        'Coordination',
        'HOURS',
        10,
        'CAP',
        { priceShare: 0.05, unitPrice: '50.00' },
        { hourKind: 'COORDINATION' },
      )
    ).id;
    ids.exits = (
      await create(
        lot1,
        'Sorties en emploi ou formation',
        'EXITS',
        2,
        'PRO_RATA',
        { priceShare: 0.05 },
        { exitReason: 'JOB_OR_TRAINING' },
      )
    ).id;
    ids.sheets = (
      await create(lot1, 'Fiches dans les délais', 'SHEETS_ON_TIME', 90, 'THRESHOLDS', {
        priceShare: 0.05,
        thresholds: [
          { rate: 0.5, share: 0.5 },
          { rate: 1, share: 1 },
        ],
      })
    ).id;
    ids.wait = (
      await create(lot1, 'Premier rendez-vous', 'FIRST_APPOINTMENT_WAIT', 20, 'PRO_RATA', { priceShare: 0.05 })
    ).id;
    ids.assessments = (await create(lot4, 'Bilans', 'ASSESSMENTS_DONE', 10, 'CAP', { unitPrice: '1500.00' })).id;
  }, 180_000);
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  /** Value, target, rate, amount, projection, proven and unproven units of each indicator at the end of the year. */
  const EXPECTED: Record<string, [number, number, number, string, number, number, number]> = {
    activeFile: [2, 4, 0.5, '9500.00', 2, 2, 1], // P1, P3 proven; P2 only on the unsigned S3
    workshops: [2, 4, 0.5, '3800.00', 2, 2, 1], // S1, S2 signed; S3 not: half the threshold of 20 % of 38 000 €
    interviews: [2, 10, 0.2, '760.00', 2, 2, 1], // I1, I3 with proof; I2 without
    hours: [2, 10, 0.2, '100.00', 2, 1, 1], // 2 h × 50 €, capped at 1 900 €; 1 h without proof
    exits: [1, 2, 0.5, '950.00', 1, 1, 0], // P1 job or training; P2 lost contact is another kind
    sheets: [66.67, 90, 0.7408, '950.00', 66.67, 4, 2], // 4 of 6 on time: P2's entry and exit sheets are late
    wait: [27.5, 20, 0.7273, '1381.81', 27.5, 2, 1], // P1 10 days (I1), P3 45 days (S2; I2 has no proof); P2 still waiting
    assessments: [1, 10, 0.1, '1500.00', 1, 1, 0],
  };

  it('computes each indicator from proven activity only', async () => {
    const statuses = [
      ...(await ok<any[]>(t.gql(STATUS, { lotId: lot1, asOf: YEAR_END }, coordinator))),
      ...(await ok<any[]>(t.gql(STATUS, { lotId: lot4, asOf: YEAR_END }, cap))),
    ];
    for (const [
      key,
      [value, target, achievementRate, amountPayable, projectedValue, provenUnits, unprovenUnits],
    ] of Object.entries(EXPECTED)) {
      expect({ key, ...statuses.find((s) => s.indicator.id === ids[key]) }).toMatchObject({
        key,
        value,
        target,
        achievementRate,
        amountPayable,
        projectedValue,
        provenUnits,
        unprovenUnits,
      });
    }
    // Mid-year (30 June): the exits have not happened, the projection follows the pace.
    const june = await ok<any[]>(t.gql(STATUS, { lotId: lot1, asOf: d('06-30') }, coordinator));
    expect(june.find((s) => s.indicator.id === ids.exits)).toMatchObject({ value: 0, amountPayable: '0.00' });
    const juneInterviews = june.find((s) => s.indicator.id === ids.interviews);
    expect(juneInterviews.value).toBe(2);
    expect(juneInterviews.projectedValue).toBeCloseTo((2 * (Y % 4 === 0 ? 366 : 365)) / (Y % 4 === 0 ? 182 : 181), 2);
  });

  it('lists the units behind each indicator with their proof, and apart what lacks proof', async () => {
    const units = async (key: string, unproven = false) =>
      (await ok(t.gql(UNITS, { id: ids[key], asOf: YEAR_END, unproven }, coordinator))).edges.map((e: any) => e.node);
    const file = await units('activeFile');
    expect(file.map((u: any) => [u.participantId, u.proofKind, u.date])).toEqual([
      [ids.P1, 'INTERVIEW', d('01-20')],
      [ids.P3, 'ATTENDANCE', d('04-15')],
    ]);
    expect(file[1]).toMatchObject({
      sessionId: sessions.S2,
      sheetSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      proofId: expect.any(String),
      gap: null,
    });
    expect(await units('activeFile', true)).toEqual([
      expect.objectContaining({
        participantId: ids.P2,
        sessionId: sessions.S3,
        gap: 'SHEET_NOT_SIGNED',
        proofId: null,
      }),
    ]);
    expect((await units('interviews', true)).map((u: any) => [u.interviewId, u.gap])).toEqual([
      [interviews.I2, 'NO_PROOF'],
    ]);
    expect((await units('hours')).map((u: any) => [u.timeEntryId, u.quantity])).toEqual([[provenHours, 2]]);
    expect(await units('exits')).toEqual([
      expect.objectContaining({
        orientationId: orientations['P1@1'].id,
        date: d('09-30'),
        liaisonSheetId: expect.any(String),
        gap: null,
      }),
    ]);
    const late = await units('sheets', true);
    expect(late.map((u: any) => [u.orientationId, u.date, u.gap])).toEqual([
      [orientations['P2@1'].id, d('02-16'), 'LATE'],
      [orientations['P2@1'].id, d('11-15'), 'LATE'],
    ]);
    expect((await units('wait')).map((u: any) => [u.orientationId, u.quantity, u.proofKind])).toEqual([
      [orientations['P1@1'].id, 10, 'INTERVIEW'],
      [orientations['P3@1'].id, 45, 'ATTENDANCE'],
    ]);
    expect((await units('wait', true)).map((u: any) => [u.orientationId, u.gap])).toEqual([
      [orientations['P2@1'].id, 'NOT_SEEN_YET'],
    ]);
  });

  it('puts the indicators in the final report, frozen at submission, and in the XLSX cell by cell', async () => {
    const prepared = await ok(
      t.gql(
        `mutation($input: PrepareReportInput!) { prepareReport(input: $input) { ${REPORT} } }`,
        { input: { kind: 'FINAL', year: Y } },
        coordinator,
      ),
    );
    const table = prepared.figures.tables.find((tb: any) => tb.key === 'indicators');
    expect(table.columns.map((c: any) => c.label)).toEqual([
      'Valeur réalisée',
      'Cible',
      'Taux de réalisation (%)',
      'Montant payable (€)',
      'Projection fin de période',
      'Unités sans preuve (non comptées)',
    ]);
    const order = ['activeFile', 'exits', 'wait', 'hours', 'interviews', 'sheets', 'workshops', 'assessments'];
    expect(table.rows.map((r: any) => r.key)).toEqual(order.map((k) => ids[k]));
    const expectedRows = order.map((k) => {
      const [value, target, rate, amount, projection, , unproven] = EXPECTED[k];
      return [value, target, Math.round(rate * 10_000) / 100, Number(amount), projection, unproven];
    });
    expect(table.rows.map((r: any) => r.values)).toEqual(expectedRows);
    expect(table.rows[0].label).toBe(`AO-LEVEE-FREINS-${Y + 1} – lot 1 – File active`);

    const submitted = await ok(
      t.gql(
        `mutation($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT} } }`,
        { input: { id: prepared.id, version: prepared.version } },
        coordinator,
      ),
    );
    expect(submitted.figures.frozen).toBe(true);
    // New proven activity of the year after submission: the live indicator moves, the submitted report does not.
    await interview('I4', 'P3', d('12-01'), true);
    expect(
      (await ok<any[]>(t.gql(STATUS, { lotId: lot1, asOf: YEAR_END }, coordinator))).find(
        (s) => s.indicator.id === ids.interviews,
      ).value,
    ).toBe(3);
    const again = await ok(
      t.gql(`query($id: ID!) { report(id: $id) { ${REPORT} } }`, { id: prepared.id }, coordinator),
    );
    expect(again.figures.tables.find((tb: any) => tb.key === 'indicators').rows.map((r: any) => r.values)).toEqual(
      expectedRows,
    );

    const response = await t
      .http()
      .get(`/files/reports/${prepared.id}.xlsx`)
      .set('authorization', `Bearer ${coordinator.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    const sheet = workbook.getWorksheet('Indicateurs')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Libellé',
      'Valeur réalisée',
      'Cible',
      'Taux de réalisation (%)',
      'Montant payable (€)',
      'Projection fin de période',
      'Unités sans preuve (non comptées)',
    ]);
    const labels = [
      'File active',
      'Sorties en emploi ou formation',
      'Premier rendez-vous',
      'Coordination',
      'Entretiens',
      'Fiches dans les délais',
      'Ateliers',
    ];
    order.forEach((k, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(
        k === 'assessments'
          ? `AO-LEVEE-FREINS-${Y + 1} – lot 4 – Bilans`
          : `AO-LEVEE-FREINS-${Y + 1} – lot 1 – ${labels[i]}`,
      );
      expect([2, 3, 4, 5, 6, 7].map((c) => row.getCell(c).value)).toEqual(expectedRows[i]);
    });
    expect(sheet.getRow(order.length + 3).getCell(1).value).toContain(`au 31/12/${Y}`);
  });
});
