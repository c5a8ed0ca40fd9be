import { buildMayActivity, EXPECTED_MAY, figuresByKey } from './support/may-activity';
import { errorCode, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const REPORT = `id kind title periodStart periodEnd dueOn status version editable reviewComment
  sections { key title text }
  figures { frozen tables { key title columns { key label } rows { key label values } } }`;
const PREPARE = `mutation($input: PrepareReportInput!) { prepareReport(input: $input) { ${REPORT} } }`;
const GET = `query($id: ID!) { report(id: $id) { ${REPORT} } }`;
const UPDATE = `mutation($input: UpdateReportInput!) { updateReport(input: $input) { ${REPORT} } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT} } }`;
const ACCEPT = `mutation($input: AcceptReportInput!) { acceptReport(input: $input) { ${REPORT} } }`;
const RETURN = `mutation($input: ReturnReportInput!) { returnReport(input: $input) { ${REPORT} } }`;

describe('Reports: evaluation criteria, lifecycle, freeze', () => {
  let t: TestApp;
  let coordinator: Session;
  let director: Session;
  let counsellor: Session;
  let lunel: Session;
  let activity: Awaited<ReturnType<typeof buildMayActivity>>;

  beforeAll(async () => {
    t = await TestApp.start();
    coordinator = await t.login('coordination@mlife-amiens.test');
    director = await t.login('direction@mlife-amiens.test');
    counsellor = await t.login('referent@mlife-amiens.test');
    lunel = await t.login('coordination@plie-lunel.test');
    activity = await buildMayActivity(t, coordinator);
  }, 120_000);
  afterAll(() => t.close());

  it('computes the evaluation criteria of the report as of 31 May, in SQL, with known answers', async () => {
    const result = await t.gql(PREPARE, { input: { kind: 'INTERMEDIATE_MAY', year: 2025 } }, coordinator);
    expect(result.errors).toBeUndefined();
    const report = result.data!.prepareReport;
    expect(report).toMatchObject({
      kind: 'INTERMEDIATE_MAY',
      title: 'Bilan intermédiaire au 31 mai 2025',
      periodStart: '2025-01-01',
      periodEnd: '2025-05-31',
      dueOn: '2025-06-15',
      status: 'DRAFT',
      editable: true,
      figures: { frozen: false },
    });
    expect(figuresByKey(report)).toEqual(EXPECTED_MAY);
    const epci = report.figures.tables.find((table: any) => table.key === 'typology-epci');
    expect(epci.columns.map((c: any) => c.label)).toEqual(['Participants', 'Part (%)']);
    expect(epci.rows.map((r: any) => r.label)).toEqual(['Amiens Métropole', 'EPCI non renseigné']);
    expect(report.sections.map((s: any) => s.key)).toEqual([
      'summary',
      'partnership',
      'communication',
      'localAdaptation',
      'methodology',
      'equality',
      'feedback',
    ]);
    // Preparing again finds the same report.
    const again = await t.gql(PREPARE, { input: { kind: 'INTERMEDIATE_MAY', year: 2025 } }, coordinator);
    expect(again.data!.prepareReport.id).toBe(report.id);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM reports`))[0].n).toBe(1);
  });

  it('counts a month in the monthly table, and refuses a monthly table without its month', async () => {
    const march = await t.gql(PREPARE, { input: { kind: 'MONTHLY', year: 2025, month: 3 } }, coordinator);
    const figures = figuresByKey(march.data!.prepareReport);
    expect(march.data!.prepareReport).toMatchObject({
      title: 'Tableau de reporting mensuel — mars 2025',
      periodStart: '2025-03-01',
      periodEnd: '2025-03-31',
      dueOn: '2025-04-10',
    });
    expect(figures.participants).toEqual({
      followed: [3],
      presentAtStart: [2],
      entries: [1],
      activeAtEnd: [3],
      exits: [0],
    });
    expect(figures.activity).toEqual({
      interviews: [1],
      attendances: [2],
      perParticipant: [1],
      workshops: [1],
      reminders: [0],
    });
    const missing = await t.gql(PREPARE, { input: { kind: 'MONTHLY', year: 2025 } }, coordinator);
    expect(missing.errors![0].extensions.fields).toEqual({ month: 'Le mois est obligatoire pour un tableau mensuel.' });
  });

  it('freezes the figures at submission: later activity does not change them, editing is refused; returning thaws them', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM reports WHERE kind = 'INTERMEDIATE_MAY'`);
    const written = await t.gql(
      UPDATE,
      { input: { id, version: 1, sections: [{ key: 'partnership', text: '  Partenariat avec France Travail.  ' }] } },
      coordinator,
    );
    expect(written.data!.updateReport.sections[1]).toEqual({
      key: 'partnership',
      title: 'Mobilisation du partenariat et description de sa mise en œuvre',
      text: 'Partenariat avec France Travail.',
    });
    expect(errorCode(await t.gql(SUBMIT, { input: { id, version: 2 } }, counsellor))).toBe('FORBIDDEN');
    const stale = await t.gql(SUBMIT, { input: { id, version: 1 } }, coordinator);
    expect(errorCode(stale)).toBe('CONFLICT');
    const submitted = (await t.gql(SUBMIT, { input: { id, version: 2 } }, coordinator)).data!.submitReport;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', editable: false, figures: { frozen: true } });
    expect(figuresByKey(submitted)).toEqual(EXPECTED_MAY);

    await activity.plie.followUp(activity.a.id, 'INTERVIEW', '2025-05-05');
    const read = (await t.gql(GET, { id }, director)).data!.report;
    expect(figuresByKey(read).activity.interviews).toEqual([3]);
    const [stored] = await t.dataSource.query(`SELECT snapshot FROM reports WHERE id = $1`, [id]);
    expect(stored.snapshot.tables.find((table: any) => table.key === 'activity').rows[0].values).toEqual([3]);

    const refused = await t.gql(
      UPDATE,
      { input: { id, version: 3, sections: [{ key: 'summary', text: 'Trop tard' }] } },
      coordinator,
    );
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'REPORT_FROZEN' } });
    expect(refused.errors![0].message).toMatch(/Ce bilan est « Transmis » : il ne peut plus être modifié/);
    expect(errorCode(await t.gql(SUBMIT, { input: { id, version: 3 } }, coordinator))).toBe('BAD_USER_INPUT');

    expect(errorCode(await t.gql(RETURN, { input: { id, version: 3, comment: 'x' } }, coordinator))).toBe('FORBIDDEN');
    const noComment = await t.gql(RETURN, { input: { id, version: 3, comment: '' } }, director);
    expect(noComment.errors![0].extensions.fields).toEqual({ comment: 'Indiquez ce qu’il faut reprendre.' });
    const returned = (
      await t.gql(RETURN, { input: { id, version: 3, comment: 'Détaillez le partenariat.' } }, director)
    ).data!.returnReport;
    expect(returned).toMatchObject({
      status: 'RETURNED',
      editable: true,
      reviewComment: 'Détaillez le partenariat.',
      figures: { frozen: false },
    });
    expect(figuresByKey(returned).activity).toEqual({
      ...EXPECTED_MAY.activity,
      interviews: [4],
      perParticipant: [2.33],
    });

    const resubmitted = (await t.gql(SUBMIT, { input: { id, version: 4 } }, coordinator)).data!.submitReport;
    expect(figuresByKey(resubmitted).activity.interviews).toEqual([4]);
    const accepted = (await t.gql(ACCEPT, { input: { id, version: 5, comment: 'Merci.' } }, director)).data!
      .acceptReport;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', editable: false, reviewComment: 'Merci.' });
    expect(errorCode(await t.gql(RETURN, { input: { id, version: 6, comment: 'x' } }, director))).toBe(
      'BAD_USER_INPUT',
    );
    const trail = await t.dataSource.query(
      `SELECT action FROM audit_logs WHERE "entityType" = 'Report' AND "entityId" = $1 ORDER BY id`,
      [id],
    );
    expect(trail.map((r: any) => r.action)).toEqual([
      'report.prepared',
      'report.updated',
      'report.submitted',
      'report.returned',
      'report.submitted',
      'report.accepted',
    ]);
  });

  it('notifies the writers of a prepared report and the reviewers of a submitted one', async () => {
    const COUNT = `{ unreadNotificationCount myNotifications(first: 50) { totalCount edges { node { id kind title link } } } }`;
    const mine = (await t.gql(COUNT, {}, director)).data!;
    expect(mine.myNotifications.edges.map((e: any) => e.node.kind)).toEqual(
      expect.arrayContaining(['report-submitted']),
    );
    expect(mine.myNotifications.edges[0].node.title).toMatch(/^Bilan transmis : Bilan intermédiaire au 31 mai 2025$/);
    const writer = (await t.gql(COUNT, {}, coordinator)).data!;
    expect(writer.myNotifications.edges.map((e: any) => e.node.kind)).toEqual(
      expect.arrayContaining(['report-prepared', 'report-returned']),
    );
    const unread = writer.unreadNotificationCount;
    const first = writer.myNotifications.edges[0].node.id;
    // Someone else's notification is ignored.
    expect(
      (
        await t.gql(
          `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`,
          { input: { ids: [first] } },
          director,
        )
      ).data!.markNotificationsRead,
    ).toBe(0);
    expect(
      (
        await t.gql(
          `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`,
          { input: { ids: [first] } },
          coordinator,
        )
      ).data!.markNotificationsRead,
    ).toBe(1);
    expect((await t.gql(COUNT, {}, coordinator)).data!.unreadNotificationCount).toBe(unread - 1);
    expect((await t.gql(`mutation { markAllNotificationsRead }`, {}, coordinator)).data!.markAllNotificationsRead).toBe(
      unread - 1,
    );
    expect(
      (await t.gql(`{ myNotifications(unreadOnly: true) { totalCount } }`, {}, coordinator)).data!.myNotifications
        .totalCount,
    ).toBe(0);
  });

  it('keeps reports inside their structure', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM reports WHERE kind = 'INTERMEDIATE_MAY'`);
    expect(errorCode(await t.gql(GET, { id }, lunel))).toBe('NOT_FOUND');
    expect((await t.gql(`{ reports { totalCount } }`, {}, lunel)).data!.reports.totalCount).toBe(0);
    const list = await t.gql(
      `query($filter: ReportFilter) { reports(filter: $filter) { totalCount edges { node { kind status } } } }`,
      { filter: { year: 2025 } },
      counsellor,
    );
    expect(list.data!.reports).toEqual({
      totalCount: 2,
      edges: [
        { node: { kind: 'INTERMEDIATE_MAY', status: 'ACCEPTED' } },
        { node: { kind: 'MONTHLY', status: 'DRAFT' } },
      ],
    });
  });
});
