import { errorCode, GqlResult, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const REPORT = `id kind title lotId reviewerStructureId periodStart periodEnd status version editable reviewComment
  sections { key text }
  figures { frozen computedAt tables { key rows { key label values } } }`;
const PREPARE = `mutation($input: PrepareReportInput!) { prepareReport(input: $input) { ${REPORT} } }`;
const GET = `query($id: ID!) { report(id: $id) { ${REPORT} } }`;
const LIST = `query($filter: ReportFilter) { reports(first: 20, filter: $filter) { totalCount edges { node { id lotId } } } }`;
const UPDATE = `mutation($input: UpdateReportInput!) { updateReport(input: $input) { ${REPORT} } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT} } }`;
const ACCEPT = `mutation($input: AcceptReportInput!) { acceptReport(input: $input) { ${REPORT} } }`;
const RETURN = `mutation($input: ReturnReportInput!) { returnReport(input: $input) { ${REPORT} } }`;
const NOTIFICATIONS = `query { myNotifications(first: 50) { edges { node { kind title link } } } }`;

describe('Lot reports: written by the provider, reviewed by the operator', () => {
  let t: TestApp;
  let provider: Session; // Insertion Plus, awarded lot 1 of MAPA-PLIE (Amiens)
  let operatorDirector: Session; // Amiens, reviews
  let operatorCoordinator: Session; // Amiens, writes its own reports only
  let otherProvider: Session; // Cap Compétences
  let otherOperator: Session; // PLIE Lunel
  let otherReviewer: Session; // director of another operator (ML Alès)
  let lotId: string;
  let lotStart: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    provider = await t.login('prestataire@insertion-plus.test');
    operatorDirector = await t.login('direction@mlife-amiens.test');
    operatorCoordinator = await t.login('coordination@mlife-amiens.test');
    otherProvider = await t.login('prestataire@cap-competences.test');
    otherOperator = await t.login('coordination@plie-lunel.test');
    otherReviewer = await t.login('directrice@ml-ales.test');
    [{ id: lotId, start: lotStart }] = await t.dataSource.query(
      `SELECT l.id, to_char(l."startsOn", 'YYYY-MM-DD') AS start FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'MAPA-PLIE%' AND l.number = 1`,
    );
  });
  afterAll(() => t.close());

  it('goes draft → submitted (frozen) → returned with comments → resubmitted → accepted, seen by the two sides only', async () => {
    const year = Number(lotStart.slice(0, 4)) + 1;
    // Another structure cannot even prepare it.
    expect(errorCode(await t.gql(PREPARE, { input: { kind: 'INTERMEDIATE_MAY', year, lotId } }, otherProvider))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(
        await t.gql(
          PREPARE,
          { input: { kind: 'INTERMEDIATE_MAY', year: Number(lotStart.slice(0, 4)) - 1, lotId } },
          provider,
        ),
      ),
    ).toBe('BAD_USER_INPUT');

    const draft = await ok(t.gql(PREPARE, { input: { kind: 'INTERMEDIATE_MAY', year, lotId } }, provider));
    expect(draft).toMatchObject({
      lotId,
      reviewerStructureId: operatorDirector.structureId,
      periodStart: lotStart,
      periodEnd: `${year}-05-31`,
      status: 'DRAFT',
      editable: true,
    });
    expect(draft.title).toMatch(/^Bilan intermédiaire au 31 mai \d{4} — MAPA-PLIE-\d{4} – lot 1$/);
    // The lot's figures: its activity and its indicators, not the PLIE paths of a structure.
    expect(draft.figures.tables.map((table: any) => table.key)).toContain('lot-activity');
    expect(draft.figures.tables.map((table: any) => table.key)).not.toContain('participants');
    // Prepared again (by the operator, or by the scheduler): the same report.
    expect(
      (await ok(t.gql(PREPARE, { input: { kind: 'INTERMEDIATE_MAY', year, lotId } }, operatorCoordinator))).id,
    ).toBe(draft.id);

    // Both sides see it; nobody else.
    expect((await ok(t.gql(LIST, { filter: { lotId } }, provider))).edges.map((e: any) => e.node.id)).toEqual([
      draft.id,
    ]);
    expect(
      (await ok(t.gql(LIST, { filter: { lotReports: true } }, operatorDirector))).edges.map((e: any) => e.node.id),
    ).toEqual([draft.id]);
    expect(
      (await ok(t.gql(LIST, { filter: { lotReports: false } }, operatorDirector))).edges.map((e: any) => e.node.id),
    ).not.toContain(draft.id);
    for (const other of [otherProvider, otherOperator]) {
      expect(errorCode(await t.gql(GET, { id: draft.id }, other))).toBe('NOT_FOUND');
      expect((await ok(t.gql(LIST, {}, other))).edges.map((e: any) => e.node.id)).not.toContain(draft.id);
      expect(
        errorCode(
          await t.gql(
            UPDATE,
            { input: { id: draft.id, version: draft.version, sections: [{ key: 'summary', text: 'x' }] } },
            other,
          ),
        ),
      ).toBe('NOT_FOUND');
    }
    const pdf = await t
      .http()
      .get(`/files/reports/${draft.id}.xlsx`)
      .set('Authorization', `Bearer ${otherOperator.token}`)
      .set('X-Structure-Id', otherOperator.structureId);
    expect(pdf.status).toBe(404);

    // The provider writes; the operator does not.
    expect(
      errorCode(
        await t.gql(
          UPDATE,
          { input: { id: draft.id, version: draft.version, sections: [{ key: 'summary', text: 'Par le porteur' }] } },
          operatorCoordinator,
        ),
      ),
    ).toBe('FORBIDDEN');
    const written = await ok(
      t.gql(
        UPDATE,
        {
          input: {
            id: draft.id,
            version: draft.version,
            sections: [{ key: 'summary', text: 'Ateliers tenus chaque semaine.' }],
          },
        },
        provider,
      ),
    );
    expect(written.sections.find((s: any) => s.key === 'summary').text).toBe('Ateliers tenus chaque semaine.');
    expect(
      errorCode(await t.gql(ACCEPT, { input: { id: draft.id, version: written.version } }, operatorDirector)),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await t.gql(SUBMIT, { input: { id: draft.id, version: written.version } }, operatorCoordinator)),
    ).toBe('FORBIDDEN');

    const submitted = await ok(t.gql(SUBMIT, { input: { id: draft.id, version: written.version } }, provider));
    expect(submitted).toMatchObject({ status: 'SUBMITTED', editable: false, figures: { frozen: true } });
    // Frozen: no more writing, and later activity does not move its figures.
    const frozenUpdate = await t.gql(
      UPDATE,
      { input: { id: draft.id, version: submitted.version, sections: [{ key: 'summary', text: 'Trop tard' }] } },
      provider,
    );
    expect(frozenUpdate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REPORT_FROZEN' });
    // Read later, the figures are those frozen at submission (same computation time), not recomputed.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await ok(t.gql(GET, { id: draft.id }, operatorDirector))).figures).toEqual(submitted.figures);
    // The reviewers of the operator were told.
    expect((await ok(t.gql(NOTIFICATIONS, {}, operatorDirector))).edges.map((e: any) => e.node)).toContainEqual({
      kind: 'report-submitted',
      title: `Bilan transmis : ${draft.title}`,
      link: `/bilans/${draft.id}`,
    });

    // Only the operator reviews: not the provider, not another operator.
    expect(
      errorCode(await t.gql(RETURN, { input: { id: draft.id, version: submitted.version, comment: 'x' } }, provider)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(RETURN, { input: { id: draft.id, version: submitted.version, comment: 'x' } }, otherReviewer),
      ),
    ).toBe('NOT_FOUND');
    const emptyComment = await t.gql(
      RETURN,
      { input: { id: draft.id, version: submitted.version, comment: '' } },
      operatorDirector,
    );
    expect(emptyComment.errors![0].extensions.fields).toMatchObject({ comment: 'Indiquez ce qu’il faut reprendre.' });
    const returned = await ok(
      t.gql(
        RETURN,
        { input: { id: draft.id, version: submitted.version, comment: 'Précisez les sorties.' } },
        operatorDirector,
      ),
    );
    expect(returned).toMatchObject({
      status: 'RETURNED',
      editable: true,
      reviewComment: 'Précisez les sorties.',
      figures: { frozen: false },
    });
    expect((await ok(t.gql(NOTIFICATIONS, {}, provider))).edges.map((e: any) => e.node)).toContainEqual({
      kind: 'report-returned',
      title: `Bilan renvoyé : ${draft.title}`,
      link: `/bilans/${draft.id}`,
    });

    const edited = await ok(
      t.gql(
        UPDATE,
        {
          input: {
            id: draft.id,
            version: returned.version,
            sections: [{ key: 'methodology', text: 'Deux sorties en emploi.' }],
          },
        },
        provider,
      ),
    );
    const resubmitted = await ok(t.gql(SUBMIT, { input: { id: draft.id, version: edited.version } }, provider));
    expect(resubmitted.status).toBe('SUBMITTED');
    expect(
      errorCode(await t.gql(ACCEPT, { input: { id: draft.id, version: resubmitted.version - 1 } }, operatorDirector)),
    ).toBe('CONFLICT');
    const accepted = await ok(
      t.gql(ACCEPT, { input: { id: draft.id, version: resubmitted.version } }, operatorDirector),
    );
    expect(accepted).toMatchObject({ status: 'ACCEPTED', editable: false, figures: { frozen: true } });
    expect(accepted.sections.filter((s: any) => s.text).map((s: any) => [s.key, s.text])).toEqual([
      ['summary', 'Ateliers tenus chaque semaine.'],
      ['methodology', 'Deux sorties en emploi.'],
    ]);
    expect((await ok(t.gql(NOTIFICATIONS, {}, provider))).edges.map((e: any) => e.node.kind)).toContain(
      'report-accepted',
    );
  });

  it('keeps the operator’s own reports in the structure', async () => {
    const own = await ok(t.gql(PREPARE, { input: { kind: 'MONTHLY', year: 2025, month: 3 } }, operatorCoordinator));
    expect(own).toMatchObject({ lotId: null, reviewerStructureId: null });
    expect(own.figures.tables.map((table: any) => table.key)).toContain('participants');
    expect(errorCode(await t.gql(GET, { id: own.id }, provider))).toBe('NOT_FOUND');
    const submitted = await ok(t.gql(SUBMIT, { input: { id: own.id, version: own.version } }, operatorCoordinator));
    expect(
      (await ok(t.gql(ACCEPT, { input: { id: own.id, version: submitted.version } }, operatorDirector))).status,
    ).toBe('ACCEPTED');
  });
});
