import { addDays, addMonths, monthStart, todayInParis } from '@passerelle/domain';
import ExcelJS from 'exceljs';
import { CejProviders1796550000000 } from '../src/migrations/1796550000000-CejProviders';
import { errorCode, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const today = todayInParis();
/** Last month: every date of the scenario falls in it, so that the month's figures are known exactly. */
const m0 = monthStart(addMonths(today, -1));
const day = (n: number) => addDays(m0, n);
const PIX = [
  { competence: '1.1', pix: 20 },
  { competence: '3.1', pix: 12 },
];

describe('CEJ providers: the young people they receive, their records, monthly returns and the digital table', () => {
  let t: TestApp;
  let counsellor: Session;
  let lyon: Session;
  let cap: Session;
  let other: Session;
  let counsellorId: string;
  let promoLot: string;
  let digitalLot: string;
  let a: string;
  let b: string;
  let outsider: string;
  let lyonContract: string;
  let sessions: Record<string, string>;

  const gql = async (query: string, variables: Record<string, unknown> = {}, session: Session = counsellor) => {
    const result = await t.gql(query, variables, session);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  async function contract(lastName: string, session = counsellor, userId = counsellorId): Promise<string> {
    const participant = await gql(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { input: { lastName, firstName: 'Jeune', sex: 'FEMALE', birthDate: '2004-06-01', programme: 'CEJ' } },
      session,
    );
    const draft = await gql(
      `mutation($input: CreateCejContractInput!) { createCejContract(input: $input) { id } }`,
      {
        input: {
          participantId: participant.createParticipant.id,
          counsellorUserId: userId,
          startOn: m0,
          householdTaxBracket: 'NON_TAXABLE',
        },
      },
      session,
    );
    await gql(
      `mutation($input: SignCejContractInput!) { signCejContract(input: $input) { id } }`,
      {
        input: {
          id: draft.createCejContract.id,
          version: 1,
          signedOn: m0,
          inEducation: false,
          registeredJobseeker: true,
        },
      },
      session,
    );
    return draft.createCejContract.id;
  }

  const YOUNG = `query($contractId: ID!, $lotId: ID!) { cejReceivedYoungPerson(contractId: $contractId, lotId: $lotId) {
    lastName lotTitle cohortName digitalPath
    workshopDays { id version date title outcome plannedHours doneHours }
    digitalEnrolments { id version attendance workshop { title } }
    pixDiagnostics { totalPix } digitalPlan { objective } digitalCertifications { kind }
    monthlyReturns { id version month status progress }
  } }`;
  const SAVE = `mutation($input: SaveCejMonthlyReturnInput!) { saveCejMonthlyReturn(input: $input) {
    id version month status progress difficulties
    figures { workshops attended excusedAbsences unexcusedAbsences plannedHours doneHours attendanceRate pixDiagnostics certifications }
  } }`;
  const SUBMIT = `mutation($input: SubmitCejMonthlyReturnInput!) { submitCejMonthlyReturn(input: $input) { id version status submittedAt } }`;
  const ATTEND = `mutation($input: RecordCejProviderSessionAttendanceInput!) { recordCejProviderSessionAttendance(input: $input) { id version outcome doneHours } }`;

  async function xlsx(path: string, session: Session) {
    const response = await t
      .http()
      .get(path)
      .set('authorization', `Bearer ${session.token}`)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    if (response.status !== 200) return { status: response.status, workbook: null };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((response.body as Buffer).buffer as ArrayBuffer);
    return { status: response.status, workbook };
  }
  const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

  beforeAll(async () => {
    t = await TestApp.start();
    counsellor = await t.login('conseillere@ml-ales.test');
    lyon = await t.login('conseiller@ml-lyon.test');
    cap = await t.login('prestataire@cap-competences.test');
    other = await t.login('prestataire@insertion-plus.test');
    counsellorId = (await t.dataSource.query(`SELECT id FROM users WHERE email = 'conseillere@ml-ales.test'`))[0].id;
    // The seed 000 lot of the demo: Mission Locale Alès pays Cap Compétences Méditerranée for the promo workshops.
    [{ id: promoLot }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'CEJ-ATELIERS-%' AND l.number = 1`,
    );
    // A second lot of the same market, for the digital path (seed 004), awarded to the same provider, running from day 6.
    [{ id: digitalLot }] = await t.dataSource.query(
      `INSERT INTO lots ("marketId", "structureId", number, title, territory, site, "premisesProvidedBy", "startsOn", "endsOn", "awardedStructureId", "conventionSignedOn", version)
       SELECT "marketId", "structureId", 2, 'Parcours numérique CEJ', territory, site, 'OPERATOR', $2, "endsOn", "awardedStructureId", "conventionSignedOn", 1 FROM lots WHERE id = $1
       RETURNING id`,
      [promoLot, day(6)],
    );

    const cohort = (
      await gql(`mutation($input: CreateCejCohortInput!) { createCejCohort(input: $input) { id } }`, {
        input: { name: 'Promo prestataire', counsellorUserId: counsellorId, startsOn: day(1), endsOn: day(20) },
      })
    ).createCejCohort.id;
    const SESSION = `mutation($input: AddCejCohortSessionInput!) { addCejCohortSession(input: $input) { id provider lotId } }`;
    sessions = {};
    for (const [key, title, date, hours, lotId] of [
      ['s1', 'Connaissance de soi', day(2), 6, promoLot],
      ['s2', 'Découverte des métiers', day(3), 6, promoLot],
      ['s3', 'Savoir-être', day(4), 3.5, promoLot],
      ['s4', 'Atelier santé (Mission Locale)', day(5), 2, null],
    ] as const) {
      const added = (
        await gql(SESSION, { input: { cohortId: cohort, title, date, hours, lotId, provider: lotId ? null : 'MLJ' } })
      ).addCejCohortSession;
      expect(added.provider).toBe(lotId ? 'Cap Compétences Méditerranée' : 'MLJ');
      sessions[key] = added.id;
    }
    a = await contract('Prestataire-A');
    b = await contract('Prestataire-B');
    outsider = await contract('Prestataire-Hors');
    lyonContract = await contract(
      'Prestataire-Lyon',
      lyon,
      (await t.dataSource.query(`SELECT id FROM users WHERE email = 'conseiller@ml-lyon.test'`))[0].id,
    );
    await gql(`mutation($input: AddCejCohortMembersInput!) { addCejCohortMembers(input: $input) { id } }`, {
      input: { cohortId: cohort, contractIds: [a] },
    });
  });
  afterAll(() => t.close());

  it('links promo workshop days only to a contracted lot of the structure', async () => {
    const [{ id: lunelLot }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' AND l.number = 1`,
    );
    const [{ id: cohort }] = await t.dataSource.query(`SELECT id FROM cej_cohorts WHERE name = 'Promo prestataire'`);
    const refused = await t.gql(
      `mutation($input: AddCejCohortSessionInput!) { addCejCohortSession(input: $input) { id } }`,
      { input: { cohortId: cohort, title: 'X', date: day(6), hours: 2, lotId: lunelLot } },
      counsellor,
    );
    expect(refused.errors![0].extensions.fields).toEqual({
      lotId: 'Choisissez un lot de la structure attribué à un prestataire dont la convention est signée.',
    });
  });

  it('shows a provider its CEJ lots and exactly the young people it receives; FORBIDDEN stays for the operator’s queries', async () => {
    const lots = (await gql(`{ cejProviderLots { id title } }`, {}, cap)).cejProviderLots;
    expect(lots.map((l: { id: string }) => l.id).sort()).toEqual([promoLot, digitalLot].sort());
    expect((await gql(`{ cejProviderLots { id } }`, {}, other)).cejProviderLots).toEqual([]);

    await gql(
      `mutation($input: SetCejContractDigitalLotInput!) { setCejContractDigitalLot(input: $input) { id digitalLot { title } } }`,
      { input: { contractId: b, version: 2, lotId: digitalLot } },
    );
    const young = (
      await gql(`{ cejReceivedYoungPeople { contractId lotId lastName cohortName digitalPath } }`, {}, cap)
    ).cejReceivedYoungPeople as { contractId: string; lotId: string; lastName: string; digitalPath: boolean }[];
    const mine = young.filter((y) => y.lastName.startsWith('Prestataire'));
    expect(mine.map((y) => [y.lastName, y.lotId === promoLot ? 'promo' : 'numérique', y.digitalPath])).toEqual([
      ['Prestataire-A', 'promo', false],
      ['Prestataire-B', 'numérique', true],
    ]);
    // The demo promo's members are received too (same lot), nobody else of the Mission Locale.
    expect(
      young
        .filter((y) => !y.lastName.startsWith('Prestataire'))
        .map((y) => y.lastName)
        .sort(),
    ).toEqual(['Bouzid', 'Roux']);
    expect((await gql(`{ cejReceivedYoungPeople { contractId } }`, {}, other)).cejReceivedYoungPeople).toEqual([]);

    for (const [contractId, lotId, session] of [
      [outsider, promoLot, cap],
      [lyonContract, promoLot, cap],
      [a, digitalLot, cap],
      [a, promoLot, other],
      ['not-a-uuid', promoLot, cap],
    ] as const)
      expect(errorCode(await t.gql(YOUNG, { contractId, lotId }, session))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(`{ cejContracts { totalCount } }`, {}, cap))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(`{ cejReceivedYoungPeople { contractId } }`, {}, counsellor))).toBe('FORBIDDEN');
  });

  it('records attendance of its workshop days, Pix, the digital plan and certifications for its young people only', async () => {
    const young = (await gql(YOUNG, { contractId: a, lotId: promoLot }, cap)).cejReceivedYoungPerson;
    expect(young.workshopDays.map((d: { title: string }) => d.title)).toEqual([
      'Connaissance de soi',
      'Découverte des métiers',
      'Savoir-être',
    ]);
    const [d1, d2, d3] = young.workshopDays;
    await gql(ATTEND, { input: { actionId: d1.id, version: d1.version, outcome: 'DONE' } }, cap);
    const partly = await gql(
      ATTEND,
      { input: { actionId: d2.id, version: d2.version, outcome: 'PARTLY_DONE', doneHours: 4 } },
      cap,
    );
    expect(partly.recordCejProviderSessionAttendance).toMatchObject({ outcome: 'PARTLY_DONE', doneHours: 4 });
    await gql(ATTEND, { input: { actionId: d3.id, version: d3.version, outcome: 'NOT_DONE_UNEXCUSED' } }, cap);
    expect(
      errorCode(
        await t.gql(ATTEND, { input: { actionId: d1.id, version: d1.version, outcome: 'NOT_DONE_EXCUSED' } }, cap),
      ),
    ).toBe('CONFLICT');

    // The Mission Locale's own workshop day is not the provider's: NOT_FOUND, and nothing changes.
    const [mlDay] = await t.dataSource.query(
      `SELECT a.id, a.version, a.outcome FROM cej_actions a WHERE a."contractId" = $1 AND a."cohortSessionId" = $2`,
      [a, sessions.s4],
    );
    expect(
      errorCode(await t.gql(ATTEND, { input: { actionId: mlDay.id, version: mlDay.version, outcome: 'DONE' } }, cap)),
    ).toBe('NOT_FOUND');
    await gql(`mutation($input: RecordCejActionOutcomeInput!) { recordCejActionOutcome(input: $input) { id } }`, {
      input: { id: mlDay.id, version: mlDay.version, outcome: 'DONE' },
    });
    // Another provider reaches none of it.
    expect(
      errorCode(await t.gql(ATTEND, { input: { actionId: d1.id, version: d1.version + 1, outcome: 'DONE' } }, other)),
    ).toBe('NOT_FOUND');

    const DIAG = `mutation($input: RecordCejPixDiagnosticInput!) { recordCejProviderPixDiagnostic(input: $input) { totalPix } }`;
    expect(
      (await gql(DIAG, { input: { contractId: a, date: day(3), scores: PIX } }, cap)).recordCejProviderPixDiagnostic,
    ).toEqual({ totalPix: 32 });
    const diagnostics = await count('cej_pix_diagnostics');
    for (const [contractId, session] of [
      [outsider, cap],
      [lyonContract, cap],
      [a, other],
    ] as const)
      expect(errorCode(await t.gql(DIAG, { input: { contractId, date: day(3), scores: PIX } }, session))).toBe(
        'NOT_FOUND',
      );
    expect(await count('cej_pix_diagnostics')).toBe(diagnostics);

    await gql(
      `mutation($input: SaveCejDigitalPlanItemInput!) { saveCejProviderDigitalPlanItem(input: $input) { id } }`,
      { input: { contractId: b, competence: '3.1', objective: 'Rédiger un CV en ligne' } },
      cap,
    );
    await gql(
      `mutation($input: RecordCejDigitalCertificationInput!) { recordCejProviderCertification(input: $input) { id } }`,
      { input: { contractId: b, kind: 'PIX', obtainedOn: day(8), result: '210 pix' } },
      cap,
    );
    expect(
      errorCode(
        await t.gql(
          `mutation($input: SaveCejDigitalPlanItemInput!) { saveCejProviderDigitalPlanItem(input: $input) { id } }`,
          { input: { contractId: outsider, objective: 'X' } },
          cap,
        ),
      ),
    ).toBe('NOT_FOUND');

    // A digital workshop paid by the digital lot: the counsellor enrols, the provider records the attendance.
    const workshop = (
      await gql(
        `mutation($input: CreateCejDigitalWorkshopInput!) { createCejDigitalWorkshop(input: $input) { id provider } }`,
        { input: { title: 'Identité numérique', date: day(6), hours: 2.5, lotId: digitalLot } },
      )
    ).createCejDigitalWorkshop;
    expect(workshop.provider).toBe('Cap Compétences Méditerranée');
    const enrolment = (
      await gql(
        `mutation($input: EnrolInCejDigitalWorkshopInput!) { enrolInCejDigitalWorkshop(input: $input) { id version } }`,
        { input: { workshopId: workshop.id, contractId: b } },
      )
    ).enrolInCejDigitalWorkshop;
    const WORKSHOP_ATTEND = `mutation($input: RecordCejWorkshopAttendanceInput!) { recordCejProviderWorkshopAttendance(input: $input) { attendance } }`;
    expect(
      errorCode(
        await t.gql(
          WORKSHOP_ATTEND,
          { input: { enrolmentId: enrolment.id, version: 1, attendance: 'ATTENDED' } },
          other,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      (await gql(WORKSHOP_ATTEND, { input: { enrolmentId: enrolment.id, version: 1, attendance: 'ATTENDED' } }, cap))
        .recordCejProviderWorkshopAttendance,
    ).toEqual({ attendance: 'ATTENDED' });

    // What the provider recorded is what the counsellor reads on the contract.
    const seen = (
      await gql(
        `query($id: ID!) { cejContract(id: $id) { pixDiagnostics { totalPix } actions { title outcome doneHours } } }`,
        { id: a },
      )
    ).cejContract;
    expect(seen.pixDiagnostics).toEqual([{ totalPix: 32 }]);
    expect(seen.actions.map((x: { title: string; outcome: string }) => [x.title, x.outcome])).toEqual([
      ['Connaissance de soi', 'DONE'],
      ['Découverte des métiers', 'PARTLY_DONE'],
      ['Savoir-être', 'NOT_DONE_UNEXCUSED'],
      ['Atelier santé (Mission Locale)', 'DONE'],
    ]);
  });

  it('writes one versioned monthly return per young person and month, submits it, and the counsellor reads it', async () => {
    const input = {
      contractId: a,
      lotId: promoLot,
      month: day(10),
      progress: 'Prend la parole en groupe.',
      difficulties: '',
    };
    const future = await t.gql(SAVE, { input: { ...input, month: addMonths(today, 1) } }, cap);
    expect(future.errors![0].extensions.fields).toEqual({
      month: 'Le retour porte sur un mois commencé, pas sur un mois à venir.',
    });
    const tooLong = await t.gql(SAVE, { input: { ...input, progress: 'x'.repeat(4001) } }, cap);
    expect(tooLong.errors![0].extensions.fields).toEqual({ progress: '4000 caractères au plus.' });
    expect(await count('cej_monthly_returns')).toBe(0);

    const created = (await gql(SAVE, { input }, cap)).saveCejMonthlyReturn;
    expect(created).toMatchObject({ version: 1, month: m0, status: 'DRAFT', progress: 'Prend la parole en groupe.' });
    // Computed from what was recorded: 3 workshop days of the lot (6 + 6 + 3.5 h), 6 + 4 h done, one unexcused
    // absence; the Mission Locale's own day does not count. One Pix diagnostic in the month.
    expect(created.figures).toEqual({
      workshops: 3,
      attended: 2,
      excusedAbsences: 0,
      unexcusedAbsences: 1,
      plannedHours: 15.5,
      doneHours: 10,
      attendanceRate: 0.6667,
      pixDiagnostics: 1,
      certifications: 0,
    });
    const edited = (await gql(SAVE, { input: { ...input, version: 1, difficulties: 'Retards le lundi.' } }, cap))
      .saveCejMonthlyReturn;
    expect(edited).toMatchObject({ version: 2, difficulties: 'Retards le lundi.' });
    expect(errorCode(await t.gql(SAVE, { input: { ...input, version: 1, difficulties: 'Écrasé' } }, cap))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await t.gql(SAVE, { input: { ...input, difficulties: 'Écrasé' } }, cap))).toBe('CONFLICT');

    const READ = `query($id: ID!) { cejContract(id: $id) { monthlyReturns { month status progress difficulties providerName lotTitle figures { doneHours attendanceRate } } } }`;
    expect((await gql(READ, { id: a })).cejContract.monthlyReturns).toEqual([]);

    for (const [variables, session] of [
      [{ input }, other],
      [{ input: { ...input, contractId: outsider } }, cap],
      [{ input: { ...input, contractId: lyonContract } }, cap],
      [{ input: { ...input, lotId: digitalLot } }, cap],
    ] as const)
      expect(errorCode(await t.gql(SAVE, variables, session))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SUBMIT, { input: { id: created.id, version: 2 } }, other))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SUBMIT, { input: { id: created.id, version: 1 } }, cap))).toBe('CONFLICT');

    const submitted = (await gql(SUBMIT, { input: { id: created.id, version: 2 } }, cap)).submitCejMonthlyReturn;
    expect(submitted).toMatchObject({ version: 3, status: 'SUBMITTED' });
    const locked = await t.gql(SAVE, { input: { ...input, version: 3, progress: 'Changé' } }, cap);
    expect(locked.errors![0].extensions.fields).toEqual({
      month: 'Ce retour est transmis à la Mission Locale : il ne se modifie plus.',
    });
    expect(errorCode(await t.gql(SUBMIT, { input: { id: created.id, version: 3 } }, cap))).toBe('BAD_USER_INPUT');

    expect((await gql(READ, { id: a })).cejContract.monthlyReturns).toEqual([
      {
        month: m0,
        status: 'SUBMITTED',
        progress: 'Prend la parole en groupe.',
        difficulties: 'Retards le lundi.',
        providerName: 'Cap Compétences Méditerranée',
        lotTitle: 'Ateliers collectifs du mois intensif (promos CEJ)',
        figures: { doneHours: 10, attendanceRate: 0.6667 },
      },
    ]);
    expect(errorCode(await t.gql(READ, { id: a }, lyon))).toBe('NOT_FOUND');
    const provider = (await gql(YOUNG, { contractId: a, lotId: promoLot }, cap)).cejReceivedYoungPerson;
    expect(provider.monthlyReturns).toEqual([
      { id: created.id, version: 3, month: m0, status: 'SUBMITTED', progress: 'Prend la parole en groupe.' },
    ]);
  });

  it('exports the monthly digital table for the provider’s lot and for the operator, with French headers', async () => {
    const TABLE = `query($lotId: ID!, $month: String!) { cejProviderDigitalMonthlyTable(lotId: $lotId, month: $month) {
      summary { runningContracts workshopsInMonth attendancesInMonth attendedHoursInMonth certificationsInMonth }
      rows { lastName planItems attendancesInMonth attendedHoursInMonth certificationsInMonth } } }`;
    const table = (await gql(TABLE, { lotId: digitalLot, month: day(3) }, cap)).cejProviderDigitalMonthlyTable;
    expect(table).toEqual({
      summary: {
        runningContracts: 1,
        workshopsInMonth: 1,
        attendancesInMonth: 1,
        attendedHoursInMonth: 2.5,
        certificationsInMonth: 1,
      },
      rows: [
        {
          lastName: 'Prestataire-B',
          planItems: 1,
          attendancesInMonth: 1,
          attendedHoursInMonth: 2.5,
          certificationsInMonth: 1,
        },
      ],
    });
    expect(errorCode(await t.gql(TABLE, { lotId: digitalLot, month: day(3) }, other))).toBe('NOT_FOUND');

    const path = `/files/cej/provider/lots/${digitalLot}/digital-monthly.xlsx?month=${day(3)}`;
    const mine = await xlsx(path, cap);
    expect(mine.status).toBe(200);
    const summary = mine.workbook!.getWorksheet('Synthèse')!;
    expect(String(summary.getCell('A1').value)).toMatch(/^Parcours numérique CEJ — \p{L}+ \d{4}$/u);
    expect(rowValues(summary, 4)).toEqual(['Indicateur', 'Valeur']);
    expect(rowValues(summary, 5)).toEqual(['Contrats en cours dans le mois', 1]);
    expect(rowValues(summary, 10)).toEqual(['Ateliers numériques du mois', 1]);
    expect(rowValues(summary, 13)).toEqual(['Heures d’atelier suivies', 2.5]);
    expect(rowValues(summary, 14)).toEqual(['Certifications obtenues dans le mois', 1]);
    const rows = mine.workbook!.getWorksheet('Jeunes')!;
    expect(rowValues(rows, 1)).toEqual([
      'Nom',
      'Prénom',
      'Antenne',
      'Début du contrat',
      'Fin du contrat',
      'Dernier diagnostic Pix',
      'Pix (dernier diagnostic)',
      'Objectifs du plan numérique',
      'dont atteints',
      'Inscriptions aux ateliers du mois',
      'Présences du mois',
      'Heures suivies dans le mois',
      'Certifications du mois',
    ]);
    expect(rows.rowCount).toBe(2);
    expect(rows.getRow(2).getCell(1).value).toBe('Prestataire-B');
    expect(rowValues(rows, 2).slice(7)).toEqual([1, 0, 1, 1, 2.5, 1]);

    expect((await xlsx(path, other)).status).toBe(404);
    expect((await xlsx(path, counsellor)).status).toBe(403);
    expect((await xlsx(`/files/cej/provider/lots/${digitalLot}/digital-monthly.xlsx?month=mars`, cap)).status).toBe(
      400,
    );

    // The operator's table: every young person of the structure, A with its Pix diagnostic, B with the workshop.
    const operator = await xlsx(`/files/cej/digital-monthly.xlsx?month=${day(3)}`, counsellor);
    expect(operator.status).toBe(200);
    const all = operator.workbook!.getWorksheet('Jeunes')!;
    const byName = new Map<string, unknown[]>();
    all.eachRow((row, n) => n > 1 && byName.set(String(row.getCell(1).value), rowValues(all, n)));
    expect(byName.get('Prestataire-A')!.slice(5)).toEqual([
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      32,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(byName.get('Prestataire-B')!.slice(7)).toEqual([1, 0, 1, 1, 2.5, 1]);
    expect(byName.has('Prestataire-Lyon')).toBe(false);
    expect((await xlsx(`/files/cej/digital-monthly.xlsx?month=${day(3)}`, cap)).status).toBe(403);
  });

  it('migrates free-text promo providers to the matching contracted lot, keeps the others, and reverts', async () => {
    const migration = new CejProviders1796550000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      // Reverting wrote the provider's name back where a lot was chosen.
      const reverted = await runner.query(`SELECT id, provider FROM cej_cohort_sessions WHERE id = ANY($1::uuid[])`, [
        [sessions.s1, sessions.s4],
      ]);
      expect(Object.fromEntries(reverted.map((r: { id: string; provider: string }) => [r.id, r.provider]))).toEqual({
        [sessions.s1]: 'Cap Compétences Méditerranée',
        [sessions.s4]: 'MLJ',
      });
      await runner.query(`UPDATE cej_cohort_sessions SET provider = '  cap Compétences Méditerranée ' WHERE id = $1`, [
        sessions.s2,
      ]);
      await migration.up(runner);
      const rows = await runner.query(
        `SELECT id, "lotId", provider FROM cej_cohort_sessions WHERE id = ANY($1::uuid[])`,
        [[sessions.s1, sessions.s2, sessions.s4]],
      );
      expect(
        Object.fromEntries(
          rows.map((r: { id: string; lotId: string; provider: string }) => [r.id, [r.lotId, r.provider]]),
        ),
      ).toEqual({
        [sessions.s1]: [promoLot, null],
        [sessions.s2]: [promoLot, null],
        [sessions.s4]: [null, 'MLJ'],
      });
      // Day 6 is covered by both lots of the provider: the name is ambiguous, the text stays.
      const [workshop] = await runner.query(
        `SELECT "lotId", provider FROM cej_digital_workshops WHERE title = 'Identité numérique'`,
      );
      expect(workshop).toEqual({ lotId: null, provider: 'Cap Compétences Méditerranée' });
    } finally {
      await runner.release();
    }
  });
});
