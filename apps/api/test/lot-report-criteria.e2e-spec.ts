import ExcelJS from 'exceljs';
import { PlieActivity } from './support/plie-activity';
import { figuresByKey } from './support/may-activity';
import { binary, pdfToText, plainSpaces } from './support/pdf';
import { errorCode, GqlResult, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const REPORT = `id status version editable canReview reviewComment
  figures { frozen tables { key title columns { label } rows { key label values } } }`;
const PREPARE = `mutation($input: PrepareReportInput!) { prepareReport(input: $input) { ${REPORT} } }`;
const GET = `query($id: ID!) { report(id: $id) { ${REPORT} } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT} } }`;
const ACCEPT = `mutation($input: AcceptReportInput!) { acceptReport(input: $input) { ${REPORT} } }`;
const RETURN = `mutation($input: ReturnReportInput!) { returnReport(input: $input) { ${REPORT} } }`;
const PROSPECT = `mutation($input: RecordProspectionInput!) { recordProspection(input: $input) { id organisationName organisationKind outcome date } }`;
const PROSPECTIONS = `query($filter: ProspectionFilter) { prospections(first: 50, filter: $filter) { totalCount edges { node { id organisationName } } } }`;

/**
 * A lot of the Amiens PLIE awarded to Insertion Plus over 2025, and its intermediate report (1 January – 31 May 2025)
 * computed on a small known dataset:
 * - Aube (woman, 34 at entry, Amiens Métropole / Amiens, RSA): oriented 10 Jan, entered 15 Jan, 60 min interview,
 *   present at the 20 Feb workshop (120 min), 30 min face to face; a training step started 1 Feb (a step ended in
 *   2024 does not count). Still in the action on 31 May.
 * - Brume (man, 56, Amiens Métropole / Longueau, long-term jobseeker): entered 5 Feb, unexcused absence at the
 *   workshop, one unanswered reminder, exited 10 Apr for lost contact (a rupture): no contact at all.
 * - Cime (woman, 24, no EPCI nor commune, young in difficulty): entered 3 Mar, 45 min interview, excused absence at a
 *   15 Mar session nobody attended (not held), a 24.5 h immersion from 1 Apr (and its immersion step), exited 20 May
 *   into a job.
 * - Dune: oriented 1 Apr, did not enter. Écume: oriented 10 Jun, after the period.
 * Staff time: 90 min coordination, 60 min preparation, 30 min face to face. Prospection: Secours populaire twice
 * (pending, then agreed: counted once, agreed), Mairie de Longueau declined, Restos du cœur in June (outside).
 */
describe('Lot reports: the seed 002 §5 criteria of the lot’s participants, frozen on submission, reviewed by coordination', () => {
  let t: TestApp;
  let coordinator: Session; // PLIE of Amiens: owns the lot, reviews its reports
  let director: Session;
  let provider: Session; // Insertion Plus: delivers the lot, writes its reports
  let otherProvider: Session;
  let otherCoordinator: Session; // PLIE Lunel
  let lotId: string;
  let reference: string;
  const orientation: Record<string, { id: string; version: number }> = {};
  let reportId: string;
  let interviewLabel: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }
  const as = (session: Session) => (query: string, input: Record<string, unknown>) =>
    ok(t.gql(query, { input }, session));
  const download = (path: string, session: Session) =>
    t.http().get(path).buffer(true).parse(binary).set('authorization', `Bearer ${session.token}`);

  async function orientationVersion(id: string): Promise<number> {
    const [{ version }] = await t.dataSource.query(`SELECT version FROM orientations WHERE id = $1`, [id]);
    return version;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.login('coordination@mlife-amiens.test');
    director = await t.login('direction@mlife-amiens.test');
    provider = await t.login('prestataire@insertion-plus.test');
    otherProvider = await t.login('prestataire@cap-competences.test');
    otherCoordinator = await t.login('coordination@plie-lunel.test');
    const op = as(coordinator);
    const pr = as(provider);

    reference = 'BILAN-LOT-2025';
    const market = await op(
      `mutation($input: CreateMarketInput!) { createMarket(input: $input) { id criteria { id } } }`,
      {
        kind: 'PUBLIC_CONTRACT',
        reference,
        title: 'Mise en situation de travail 2025',
        startsOn: '2025-01-01',
        // The market stays open to bids (until 2027); its lot 1 ran over 2025.
        endsOn: '2027-12-31',
        proofsKeptUntil: '2033-12-31',
        criteria: [{ label: 'Valeur technique', weight: 100 }],
      },
    );
    const lot = await op(`mutation($input: CreateLotInput!) { createLot(input: $input) { id } }`, {
      marketId: market.id,
      number: 1,
      title: 'Mise en situation de travail',
      territory: 'Amiens',
      site: 'Amiens',
      premisesProvidedBy: 'PROVIDER',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      maxAnnualPriceTtc: '24000',
    });
    lotId = lot.id;
    const bid = await pr(`mutation($input: SubmitBidInput!) { submitBid(input: $input) { id version } }`, {
      lotId,
      priceTtc: '24000',
    });
    await op(`mutation($input: ScoreBidInput!) { scoreBid(input: $input) { id } }`, {
      bidId: bid.id,
      version: bid.version,
      marks: [{ criterionId: market.criteria[0].id, mark: '15' }],
    });
    await op(`mutation($input: AwardLotInput!) { awardLot(input: $input) { id } }`, {
      bidId: bid.id,
      justification: 'Seule candidature.',
    });
    await op(`mutation($input: SignConventionInput!) { signConvention(input: $input) { id } }`, {
      lotId,
      reference: `CONV-${reference}`,
      signedOn: '2024-12-15',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      amountTtc: '24000',
    });

    // The people, admitted to the PLIE before their orientation (the seeds ask for it).
    const plie = new PlieActivity(t, coordinator);
    const people = {
      Aube: {
        sex: 'FEMALE',
        birthDate: '1990-03-10',
        epci: 'Amiens Métropole',
        commune: 'Amiens',
        situations: ['RSA_RECIPIENT'],
      },
      Brume: {
        sex: 'MALE',
        birthDate: '1968-06-01',
        epci: 'Amiens Métropole',
        commune: 'Longueau',
        situations: ['LONG_TERM_JOBSEEKER'],
      },
      Cime: { sex: 'FEMALE', birthDate: '2001-01-20', epci: null, commune: null, situations: ['YOUNG_IN_DIFFICULTY'] },
      Dune: { sex: 'MALE', birthDate: '1985-07-07', epci: null, commune: null, situations: [] },
      Écume: { sex: 'MALE', birthDate: '1980-01-01', epci: null, commune: null, situations: [] },
    } as const;
    const paths: Record<string, string> = {};
    for (const [lastName, spec] of Object.entries(people)) {
      const created = await op(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
        {
          lastName,
          firstName: 'Bilan',
          sex: spec.sex,
          birthDate: spec.birthDate,
          programme: 'PLIE',
          entrySituations: spec.situations,
          address: spec.epci || spec.commune ? { epci: spec.epci, communeName: spec.commune, inQpv: false } : null,
          confirmNotDuplicate: true,
        },
      );
      paths[lastName] = (await plie.admit(created.id, '2024-12-02')).id;
      const orientedOn = {
        Aube: '2025-01-10',
        Brume: '2025-02-01',
        Cime: '2025-03-01',
        Dune: '2025-04-01',
        Écume: '2025-06-10',
      }[lastName]!;
      orientation[lastName] = await op(
        `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id version } }`,
        { participantId: created.id, lotId, orientedOn },
      );
    }
    const ENTRY = `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id } }`;
    for (const [name, startedOn] of [
      ['Aube', '2025-01-15'],
      ['Brume', '2025-02-05'],
      ['Cime', '2025-03-03'],
    ] as const)
      await pr(ENTRY, {
        orientationId: orientation[name].id,
        version: await orientationVersion(orientation[name].id),
        entered: true,
        startedOn,
        sentOn: startedOn,
        fseEntry: { employmentStatus: 'UNEMPLOYED' },
      });
    await pr(ENTRY, {
      orientationId: orientation.Dune.id,
      version: await orientationVersion(orientation.Dune.id),
      entered: false,
      nonEntryReason: 'Déménagement',
      sentOn: '2025-04-05',
    });

    const INTERVIEW = `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }`;
    await pr(INTERVIEW, {
      orientationId: orientation.Aube.id,
      date: '2025-02-01',
      durationMinutes: 60,
      kind: 'DIAGNOSIS',
    });
    await pr(INTERVIEW, {
      orientationId: orientation.Cime.id,
      date: '2025-03-10',
      durationMinutes: 45,
      kind: 'FOLLOW_UP',
    });

    const session = async (date: string, durationMinutes: number, attendance: [string, string][]) => {
      const s = await pr(`mutation($input: CreateSessionInput!) { createActivitySession(input: $input) { id } }`, {
        lotId,
        kind: 'WORKSHOP',
        title: `Atelier du ${date}`,
        date,
        startTime: '09:30',
        durationMinutes,
        place: 'Amiens',
        facilitator: 'Camille',
        maxParticipants: 10,
      });
      const entries = [];
      for (const [name, status] of attendance) {
        const e = await pr(`mutation($input: EnrolInput!) { enrolInSession(input: $input) { id } }`, {
          sessionId: s.id,
          orientationId: orientation[name].id,
        });
        entries.push({ enrolmentId: e.id, status });
      }
      await pr(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        sessionId: s.id,
        entries,
      });
    };
    await session('2025-02-20', 120, [
      ['Aube', 'PRESENT'],
      ['Brume', 'UNEXCUSED_ABSENCE'],
    ]);
    await session('2025-03-15', 90, [['Cime', 'EXCUSED_ABSENCE']]);
    await pr(`mutation($input: RecordReminderInput!) { recordActionReminder(input: $input) { id } }`, {
      orientationId: orientation.Brume.id,
      date: '2025-03-01',
      mode: 'PHONE',
      answered: false,
    });

    const TIME = `mutation($input: RecordTimeEntryInput!) { recordTimeEntry(input: $input) { id } }`;
    await pr(TIME, {
      lotId,
      date: '2025-02-10',
      kind: 'COORDINATION',
      minutes: 90,
      description: 'Réunion partenaires',
    });
    await pr(TIME, { lotId, date: '2025-03-05', kind: 'PREPARATION', minutes: 60, description: 'Préparation atelier' });
    await pr(TIME, {
      lotId,
      date: '2025-04-02',
      kind: 'FACE_TO_FACE',
      minutes: 30,
      description: 'Point individuel',
      orientationIds: [orientation.Aube.id],
    });
    const immersion = await pr(
      `mutation($input: PlanImmersionInput!) { planImmersion(input: $input) { id version } }`,
      {
        orientationId: orientation.Cime.id,
        hostName: 'Secours populaire',
        tutorName: 'Dominique',
        objective: 'Découvrir la logistique',
        startsOn: '2025-04-01',
        endsOn: '2025-04-10',
        hours: '24.50',
      },
    );
    const started = await pr(
      `mutation($input: RecordImmersionStartMeetingInput!) { recordImmersionStartMeeting(input: $input) { id version } }`,
      { id: immersion.id, version: immersion.version, on: '2025-04-01' },
    );
    await pr(`mutation($input: RecordImmersionExitSheetInput!) { recordImmersionExitSheet(input: $input) { id } }`, {
      id: immersion.id,
      version: started.version,
      punctuality: 'GOOD',
      attendance: 'GOOD',
      understanding: 'VERY_GOOD',
      relations: 'GOOD',
      skills: 'Préparation de commandes',
      recommendations: 'Viser un emploi en logistique',
      tutorSignedOn: '2025-04-10',
      participantSignedOn: '2025-04-10',
    });

    const STEP = `mutation($input: AddPathStepInput!) { addPathStep(input: $input) { id } }`;
    await op(STEP, {
      pathId: paths.Aube,
      kind: 'TRAINING',
      title: 'Formation CACES',
      plannedStart: '2025-02-01',
      actualStart: '2025-02-01',
      outcome: 'IN_PROGRESS',
    });
    await op(STEP, {
      pathId: paths.Aube,
      kind: 'OBSTACLE_SUPPORT',
      title: 'Aide au logement',
      plannedStart: '2024-10-01',
      actualStart: '2024-10-01',
      actualEnd: '2024-12-01',
      outcome: 'COMPLETED',
    });
    await op(STEP, {
      pathId: paths.Cime,
      kind: 'IMMERSION',
      title: 'Immersion logistique',
      plannedStart: '2025-04-01',
      actualStart: '2025-04-01',
      actualEnd: '2025-04-10',
      outcome: 'COMPLETED',
    });

    const EXIT = `mutation($input: SendExitLiaisonSheetInput!) { sendExitLiaisonSheet(input: $input) { id } }`;
    for (const [name, exitOn, exitReason] of [
      ['Brume', '2025-04-10', 'LOST_CONTACT'],
      ['Cime', '2025-05-20', 'JOB_OR_TRAINING'],
    ] as const)
      await pr(EXIT, {
        orientationId: orientation[name].id,
        version: await orientationVersion(orientation[name].id),
        exitOn,
        exitReason,
        sentOn: exitOn,
        synthesis: 'Fin de l’action.',
      });

    // The interviews' proofs (agenda extracts) are attached: the indicator counts proven units only.
    await t.dataSource.query(`UPDATE activity_interviews SET "proofId" = gen_random_uuid() WHERE "lotId" = $1`, [
      lotId,
    ]);
    // An indicator of the lot paid on its interviews: a long label, and an amount of 1 000 € or more.
    interviewLabel = 'Entretiens individuels de diagnostic et de suivi réalisés';
    await op(`mutation($input: CreatePaymentIndicatorInput!) { createPaymentIndicator(input: $input) { id } }`, {
      lotId,
      label: interviewLabel,
      measure: 'INTERVIEWS',
      target: 2,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      rule: 'PRO_RATA',
    });
  }, 240_000);
  afterAll(() => t.close());

  it('lets the provider record the structures it prospected, and nobody else', async () => {
    const pr = as(provider);
    for (const [organisationName, organisationKind, date, outcome] of [
      ['Secours populaire', 'ASSOCIATION', '2025-03-01', 'PENDING'],
      [' secours Populaire ', 'ASSOCIATION', '2025-03-20', 'AGREED'],
      ['Mairie de Longueau', 'PUBLIC_BODY', '2025-04-05', 'DECLINED'],
      ['Restos du cœur', 'ASSOCIATION', '2025-06-15', 'AGREED'],
    ])
      await pr(PROSPECT, { lotId, organisationName, organisationKind, date, outcome });
    const input = {
      lotId,
      organisationName: 'Autre',
      organisationKind: 'OTHER',
      date: '2025-03-01',
      outcome: 'PENDING',
    };
    // Another provider, another operator: the lot does not exist for them. The operator itself does not prospect.
    expect(errorCode(await t.gql(PROSPECT, { input }, otherProvider))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(PROSPECT, { input }, otherCoordinator))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(PROSPECT, { input }, coordinator))).toBe('FORBIDDEN');
    const bad = await t.gql(PROSPECT, { input: { ...input, organisationName: ' ', date: '2999-01-01' } }, provider);
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { organisationName: 'Indiquez le nom de la structure prospectée.' },
    });
    const future = await t.gql(PROSPECT, { input: { ...input, date: '2999-01-01' } }, provider);
    expect(future.errors![0].extensions.fields).toEqual({
      date: 'La prospection ne peut pas être datée dans le futur.',
    });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM lot_prospections WHERE "lotId" = $1`, [
      lotId,
    ]);
    expect(n).toBe(4);
    // Both sides of the lot read them; nobody else.
    for (const session of [provider, coordinator])
      expect((await ok(t.gql(PROSPECTIONS, { filter: { lotId } }, session))).totalCount).toBe(4);
    for (const session of [otherProvider, otherCoordinator])
      expect((await ok(t.gql(PROSPECTIONS, { filter: { lotId } }, session))).totalCount).toBe(0);
  });

  it('computes every criterion of the lot’s participants, cell by cell', async () => {
    const report = await ok(t.gql(PREPARE, { input: { lotId, kind: 'INTERMEDIATE_MAY', year: 2025 } }, provider));
    reportId = report.id;
    expect(report.figures.frozen).toBe(false);
    const f = figuresByKey(report);
    expect(f['lot-activity']).toEqual({
      oriented: [4], // Aube, Brume, Cime, Dune (Écume is oriented in June)
      followed: [3], // Dune did not enter
      interviews: [2],
      workshops: [1], // the 15 March session had nobody present
      'per-participant': [1], // (2 interviews + 1 presence) / 3
      exits: [2],
    });
    expect(f['typology-epci']).toEqual({ 'Amiens Métropole': [2, 66.7], '': [1, 33.3] });
    expect(f['typology-commune']).toEqual({ Amiens: [1, 33.3], Longueau: [1, 33.3], '': [1, 33.3] });
    expect(f['typology-age']).toEqual({
      UNDER_18: [0, 0],
      FROM_18_TO_25: [1, 33.3], // Cime, 24
      FROM_26_TO_44: [1, 33.3], // Aube, 34
      FROM_45_TO_54: [0, 0],
      FROM_55: [1, 33.3], // Brume, 56
    });
    expect(f['typology-sex']).toMatchObject({ FEMALE: [2, 66.7], MALE: [1, 33.3] });
    expect(f['typology-status']).toMatchObject({
      RSA_RECIPIENT: [1, 33.3],
      LONG_TERM_JOBSEEKER: [1, 33.3],
      YOUNG_IN_DIFFICULTY: [1, 33.3],
    });
    expect(f['lot-entries']).toEqual({
      oriented: [4],
      entries: [3],
      'not-entered': [1],
      'active-at-end': [1], // Aube
    });
    expect(f['lot-exits']).toEqual({
      PARTICIPANT_REQUEST: [0],
      LOST_CONTACT: [1],
      REORIENTED: [0],
      JOB_OR_TRAINING: [1],
      END_OF_ACTION: [0],
      ruptures: [1],
      others: [1],
      total: [2],
    });
    const exits = report.figures.tables.find((table: any) => table.key === 'lot-exits');
    expect(exits.rows.map((r: any) => r.key)).toEqual([
      'PARTICIPANT_REQUEST',
      'LOST_CONTACT',
      'REORIENTED',
      'JOB_OR_TRAINING',
      'END_OF_ACTION',
      'ruptures',
      'others',
      'total',
    ]);
    expect(f['lot-no-contact']).toEqual({
      present: [3],
      'without-contact': [1], // Brume
      'without-contact-reminded': [1],
      'exit-proposals': [0], // one absence and one reminder: no proposal yet
    });
    expect(f['lot-hours']).toEqual({
      FACE_TO_FACE: [1, 0.5],
      PREPARATION: [1, 1],
      COORDINATION: [1, 1.5],
      'time-total': [3, 3],
      interviews: [2, 1.75],
      sessions: [1, 2],
      immersions: [1, 24.5],
    });
    expect(f['lot-prospections']).toEqual({
      total: [2],
      'outcome:AGREED': [1],
      'outcome:PENDING': [0],
      'outcome:DECLINED': [1],
      'kind:ASSOCIATION': [1],
      'kind:PUBLIC_BODY': [1],
      'kind:OTHER': [0],
      contacts: [3],
    });
    expect(f['lot-steps']).toMatchObject({
      TRAINING: [1, 1],
      IMMERSION: [1, 1],
      OBSTACLE_SUPPORT: [0, 0],
      total: [2, 2],
    });
  });

  it('exports the same figures: XLSX read back cell by cell, PDF with long labels on one line and large amounts', async () => {
    const live = figuresByKey(await ok(t.gql(GET, { id: reportId }, coordinator)));
    const response = await download(`/files/reports/${reportId}.xlsx`, provider).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    const rows = (name: string) => {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet).toBeDefined();
      const out: unknown[][] = [];
      sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    expect(rows('Heures réalisées').slice(0, 8)).toEqual([
      ['Libellé', 'Nombre', 'Heures'],
      ['Temps d’intervenant : Face à face', 1, 0.5],
      ['Temps d’intervenant : Préparation', 1, 1],
      ['Temps d’intervenant : Coordination', 1, 1.5],
      ['Total du temps d’intervenant saisi', 3, 3],
      ['Entretiens individuels (durée)', 2, 1.75],
      ['Séances collectives tenues (durée des séances)', 1, 2],
      ['Immersions commencées sur la période (heures prévues)', 1, 24.5],
    ]);
    expect(rows('Ruptures et sorties').slice(0, 9)).toEqual([
      ['Libellé', 'Sorties'],
      ['Rupture : À la demande du participant', 0],
      ['Rupture : Perte de contact (2 absences injustifiées consécutives ou 2 relances sans réponse)', 1],
      ['Sortie : Orientation vers une action plus adaptée', 0],
      ['Sortie : Reprise d’emploi ou de formation', 1],
      ['Sortie : Fin de l’action', 0],
      ['Total des ruptures', 1],
      ['Total des autres sorties', 1],
      ['Total des sorties', 2],
    ]);
    expect(
      rows('Structures prospectées')
        .slice(0, 9)
        .map((r) => r[1]),
    ).toEqual(['Nombre', ...Object.values(live['lot-prospections']).map((v) => v[0])]);
    expect(
      rows('Sans contact')
        .slice(1, 5)
        .map((r) => r[1]),
    ).toEqual([3, 1, 1, 0]);
    expect(rows('Typologie commune').slice(1, 4)).toEqual([
      ['Amiens', 1, 33.3],
      ['Longueau', 1, 33.3],
      ['Commune non renseignée', 1, 33.3],
    ]);

    const indicators = await ok(
      t.gql(
        `query($lotId: ID!, $asOf: String) { lotIndicators(lotId: $lotId, asOf: $asOf) { indicator { label } value amountPayable } }`,
        { lotId, asOf: '2025-05-31' },
        coordinator,
      ),
    );
    const status = indicators.find((s: any) => s.indicator.label === interviewLabel);
    expect(status.value).toBe(2);
    const pdf: Buffer = (await download(`/files/reports/${reportId}.pdf`, coordinator).expect(200)).body;
    const text = plainSpaces(pdfToText(pdf));
    expect(text).toMatch(/^ *Immersions commencées sur la période \(heures prévues\) +1 +24,5$/m);
    expect(text).toMatch(
      /^ *Rupture : Perte de contact \(2 absences injustifiées consécutives ou 2 relances sans réponse\) +1$/m,
    );
    expect(text).toMatch(/^ *Structures prospectées \(chacune comptée une fois\) +2$/m);
    // Target reached: the whole price of the lot, 24 000 €, printed with a space.
    expect(Number(status.amountPayable)).toBe(24000);
    expect(text).toMatch(new RegExp(`^ *${reference} – lot 1 – ${interviewLabel} +2 +2 +100 +24 000,00 €`, 'm'));
    expect(text).not.toMatch(/\d ?\/\d{3}\b/);
  });

  it('freezes the figures on submission; coordination returns it with a comment and accepts it; others cannot', async () => {
    const draft = await ok(t.gql(GET, { id: reportId }, provider));
    const submitted = await ok(t.gql(SUBMIT, { input: { id: reportId, version: draft.version } }, provider));
    expect(submitted).toMatchObject({ status: 'SUBMITTED', figures: { frozen: true } });
    // Activity recorded after the submission does not move the frozen figures.
    await ok(
      t.gql(
        `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }`,
        { input: { orientationId: orientation.Aube.id, date: '2025-05-02', durationMinutes: 30, kind: 'FOLLOW_UP' } },
        provider,
      ),
    );
    const read = await ok(t.gql(GET, { id: reportId }, coordinator));
    expect(figuresByKey(read)['lot-activity'].interviews).toEqual([2]);
    expect(figuresByKey(read)['lot-hours'].interviews).toEqual([2, 1.75]);
    expect(read.canReview).toBe(true);

    // The provider does not review its own report; another operator's coordination does not even see it.
    expect(errorCode(await t.gql(ACCEPT, { input: { id: reportId, version: submitted.version } }, provider))).toBe(
      'FORBIDDEN',
    );
    for (const query of [ACCEPT, RETURN])
      expect(
        errorCode(
          await t.gql(query, { input: { id: reportId, version: submitted.version, comment: 'Non' } }, otherCoordinator),
        ),
      ).toBe('NOT_FOUND');
    const [unchanged] = await t.dataSource.query(`SELECT status, version FROM reports WHERE id = $1`, [reportId]);
    expect(unchanged).toEqual({ status: 'SUBMITTED', version: submitted.version });

    const returned = await ok(
      t.gql(
        RETURN,
        { input: { id: reportId, version: submitted.version, comment: 'Détaillez les structures prospectées.' } },
        coordinator,
      ),
    );
    expect(returned).toMatchObject({
      status: 'RETURNED',
      editable: true,
      reviewComment: 'Détaillez les structures prospectées.',
      figures: { frozen: false },
    });
    // Editable again: the figures follow the data.
    expect(figuresByKey(returned)['lot-hours'].interviews).toEqual([3, 2.25]);

    const resubmitted = await ok(t.gql(SUBMIT, { input: { id: reportId, version: returned.version } }, provider));
    const accepted = await ok(
      t.gql(ACCEPT, { input: { id: reportId, version: resubmitted.version, comment: 'Merci.' } }, coordinator),
    );
    expect(accepted).toMatchObject({ status: 'ACCEPTED', reviewComment: 'Merci.', figures: { frozen: true } });
    expect(figuresByKey(accepted)['lot-activity'].interviews).toEqual([3]);
  });

  it('never lets a coordinator review a report it submitted itself', async () => {
    const own = await ok(t.gql(PREPARE, { input: { kind: 'MONTHLY', year: 2025, month: 2 } }, coordinator));
    const submitted = await ok(t.gql(SUBMIT, { input: { id: own.id, version: own.version } }, coordinator));
    expect(submitted.canReview).toBe(false);
    const refused = await t.gql(ACCEPT, { input: { id: own.id, version: submitted.version } }, coordinator);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toBe(
      'Vous avez transmis ce bilan : une autre personne de la structure le valide ou le renvoie.',
    );
    expect((await ok(t.gql(ACCEPT, { input: { id: own.id, version: submitted.version } }, director))).status).toBe(
      'ACCEPTED',
    );
  });
});
