import { addDays, todayInParis } from '@passerelle/domain';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { TestApp } from './support/test-app';

type Session = { token: string; structureId: string };

const HOME = `{
  home {
    role structureKind operatorType today
    cejContractsToWatch { totalCount items { reasons contract { id participant { lastName } } } }
    todaySessions { totalCount items { id title startTime } }
    portfolioByUrgency { totalCount items { urgency alerts path { id participant { lastName } } } }
    orientationsToProcess { totalCount items { id late participant { lastName } } }
    lateSheets { totalCount items { id late participant { lastName } } }
    committeeFiles { totalCount items { id participant { lastName } } }
    exitProposalsToValidate { totalCount items { id raisedOn orientation { participant { lastName } } } }
    lateLotReports { totalCount items { id title dueOn status } }
    lateLiaisonSheets { totalCount items { id late status participant { lastName } } }
    figures { memberCount activeApiKeyCount participantCount activeCejContractCount activePliePathCount lateOrientationCount }
  }
}`;
const SECTIONS = [
  'cejContractsToWatch',
  'todaySessions',
  'portfolioByUrgency',
  'orientationsToProcess',
  'lateSheets',
  'committeeFiles',
  'exitProposalsToValidate',
  'lateLotReports',
  'lateLiaisonSheets',
  'figures',
];
const ORIENT = `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id } }`;

describe('Home page by role (demo data)', () => {
  let t: TestApp;
  const today = todayInParis();
  beforeAll(async () => {
    // The outbox relay polls the database every second; slowed here so that the N+1 counts measure requests only.
    t = await TestApp.start({ env: { OUTBOX_POLL_MS: '60000' } });
  });
  afterAll(() => t.close());

  const home = async (who: string | Session) => {
    const session = typeof who === 'string' ? await t.login(who) : who;
    const result = await t.gql(HOME, {}, session);
    expect(result.errors).toBeUndefined();
    return result.data!.home;
  };
  /** The sections a role gets (non-null), the others being null. */
  const sectionsOf = (data: Record<string, unknown>) => SECTIONS.filter((name) => data[name] !== null);
  const names = (list: { items: any[] }, pick: (item: any) => string) => list.items.map(pick);

  it('gives a Mission Locale counsellor the CEJ contracts to watch and today’s sessions, nothing else', async () => {
    const data = await home('conseillere@ml-ales.test');
    expect(data).toMatchObject({ role: 'COUNSELLOR', operatorType: 'MISSION_LOCALE', today });
    expect(sectionsOf(data)).toEqual(['cejContractsToWatch', 'todaySessions']);
    expect(names(data.cejContractsToWatch, (e) => e.contract.participant.lastName)).toContain('Bouzid');
    expect(data.cejContractsToWatch.items[0].reasons).toEqual(expect.arrayContaining(['LOW_ATTENDANCE']));
    expect(data.cejContractsToWatch.totalCount).toBeGreaterThanOrEqual(data.cejContractsToWatch.items.length);
  });

  it('gives a PLIE referent the portfolio by urgency, most urgent first', async () => {
    const data = await home('referent@mlife-amiens.test');
    expect(sectionsOf(data)).toEqual(['portfolioByUrgency']);
    const urgencies = data.portfolioByUrgency.items.map((e: any) => e.urgency);
    expect(urgencies).toEqual([...urgencies].sort((a, b) => b - a));
    expect(data.portfolioByUrgency.items[0]).toMatchObject({
      path: { participant: { lastName: 'Caron' } },
      alerts: expect.arrayContaining(['WITHOUT_CONTACT']),
    });
    expect(data.portfolioByUrgency.items.length).toBeLessThanOrEqual(5);
    // A Mission Locale counsellor's contracts are not a PLIE referent's.
    expect(data.cejContractsToWatch).toBeNull();
  });

  it('gives a PLIE coordinator the files awaiting the committee and the exit proposals', async () => {
    const data = await home('coordination@mlife-amiens.test');
    expect(sectionsOf(data)).toEqual([
      'committeeFiles',
      'exitProposalsToValidate',
      'lateLotReports',
      'lateLiaisonSheets',
    ]);
    expect(names(data.committeeFiles, (p) => p.participant.lastName)).toEqual(['Dufour']);
    expect(data.exitProposalsToValidate).toEqual({ totalCount: 0, items: [] });
    // Another PLIE's coordinator does not see Amiens' files.
    const lunel = await home('coordination@plie-lunel.test');
    expect(names(lunel.committeeFiles, (p) => p.participant.lastName)).not.toContain('Dufour');
  });

  it('gives a Mission Locale coordinator every counsellor’s contracts to watch', async () => {
    const data = await home('coordination@ml-ales.test');
    expect(sectionsOf(data)).toEqual([
      'cejContractsToWatch',
      'exitProposalsToValidate',
      'lateLotReports',
      'lateLiaisonSheets',
    ]);
    expect(names(data.cejContractsToWatch, (e) => e.contract.participant.lastName)).toContain('Bouzid');
    const lyon = await home('coordination@ml-lyon.test');
    expect(names(lyon.cejContractsToWatch, (e) => e.contract.participant.lastName)).not.toContain('Bouzid');
  });

  it('gives a director the structure’s figures', async () => {
    const data = await home('directrice@ml-ales.test');
    expect(sectionsOf(data)).toEqual(['figures']);
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM memberships m JOIN structures s ON s.id = m."structureId" WHERE s.name = $1)::int AS members,
              (SELECT count(*) FROM cej_contracts c JOIN structures s ON s.id = c."structureId"
                WHERE s.name = $1 AND c.status IN ('ACTIVE', 'SUSPENDED'))::int AS contracts`,
      ['Mission Locale Alès Pays Cévennes'],
    );
    expect(data.figures).toMatchObject({
      memberCount: counts.members,
      activeCejContractCount: counts.contracts,
      activePliePathCount: 0,
    });
    expect(counts.contracts).toBe(2);
  });

  it('gives a provider the orientations to process and the late sheets, its own only', async () => {
    const referent = await t.login('referent@mlife-amiens.test');
    const [lot3] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'MAPA-PLIE%' AND l.number = 3`,
    );
    const [{ id: lefebvre }] = await t.dataSource.query(`SELECT id FROM participants WHERE "lastName" = 'Lefebvre'`);
    const [{ id: benaissa }] = await t.dataSource.query(`SELECT id FROM participants WHERE "lastName" = 'Benaïssa'`);
    for (const [participantId, orientedOn] of [
      [lefebvre, addDays(today, -2)],
      [benaissa, addDays(today, -20)],
    ]) {
      const r = await t.gql(ORIENT, { input: { participantId, lotId: lot3.id, orientedOn } }, referent);
      expect(r.errors).toBeUndefined();
    }
    const provider = await t.login('prestataire@insertion-plus.test');
    const data = await home(provider);
    expect(sectionsOf(data)).toEqual(['orientationsToProcess', 'lateSheets']);
    expect(data.orientationsToProcess.items).toEqual([
      expect.objectContaining({ late: false, participant: expect.objectContaining({ lastName: 'Lefebvre' }) }),
    ]);
    expect(data.lateSheets.items).toEqual([
      expect.objectContaining({ late: true, participant: expect.objectContaining({ lastName: 'Benaïssa' }) }),
    ]);
    const other = await home('prestataire@cap-competences.test');
    expect(other.orientationsToProcess.totalCount).toBe(0);
    expect(other.lateSheets.totalCount).toBe(0);
    // The operator's director counts the late sheet in the structure's figures.
    const director = await home('direction@mlife-amiens.test');
    expect(director.figures.lateOrientationCount).toBe(1);
  });

  it('gives a PLIE coordinator the liaison sheets still not sent after their due day, entry or exit, its lots only', async () => {
    // After the provider test above: Benaïssa's entry sheet (oriented 20 days ago) is late, Lefebvre's is not due yet.
    let data = await home('coordination@mlife-amiens.test');
    expect(names(data.lateLiaisonSheets, (o) => o.participant.lastName)).toEqual(['Benaïssa']);
    // Lefebvre entered the action, then left it; the exit sheet was due three days ago and is not sent.
    await t.dataSource.query(
      `UPDATE orientations o SET status = 'EXITED', "entrySheetSentOn" = $2::date - 3, "startedOn" = $2::date - 2,
              "exitOn" = $2::date - 1, "exitDueOn" = $2::date - 1, "exitSheetSentOn" = NULL
         FROM participants p WHERE p.id = o."participantId" AND p."lastName" = $1`,
      ['Lefebvre', today],
    );
    data = await home('coordination@mlife-amiens.test');
    expect(names(data.lateLiaisonSheets, (o) => o.participant.lastName).sort()).toEqual(['Benaïssa', 'Lefebvre']);
    expect(data.lateLiaisonSheets.items.find((o: any) => o.participant.lastName === 'Lefebvre')).toMatchObject({
      status: 'EXITED',
      late: true,
    });
    // Sent (even late), it leaves the list: the coordinator has nothing left to chase.
    await t.dataSource.query(
      `UPDATE orientations o SET "exitSheetSentOn" = $2 FROM participants p WHERE p.id = o."participantId" AND p."lastName" = $1`,
      ['Lefebvre', today],
    );
    data = await home('coordination@mlife-amiens.test');
    expect(names(data.lateLiaisonSheets, (o) => o.participant.lastName)).toEqual(['Benaïssa']);
    // Another PLIE's coordinator sees none of Amiens' orientations.
    const lunel = await home('coordination@plie-lunel.test');
    expect(names(lunel.lateLiaisonSheets, (o) => o.participant.lastName)).not.toContain('Benaïssa');
  });

  it('gives a PLIE coordinator the lot reports the provider has not submitted by their due day', async () => {
    const provider = await t.login('prestataire@insertion-plus.test');
    const [{ id: lotId, start }] = await t.dataSource.query(
      `SELECT l.id, to_char(l."startsOn", 'YYYY-MM-DD') AS start FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'MAPA-PLIE%' AND l.number = 1`,
    );
    const prepared = await t.gql(
      `mutation($input: PrepareReportInput!) { prepareReport(input: $input) { id version title dueOn } }`,
      { input: { kind: 'INTERMEDIATE_MAY', year: Number(start.slice(0, 4)) + 1, lotId } },
      provider,
    );
    expect(prepared.errors).toBeUndefined();
    const report = prepared.data!.prepareReport;
    const late = async (who: string) => names((await home(who)).lateLotReports, (r) => r.id).includes(report.id);
    // Due on a day still to come: not late.
    await t.dataSource.query(`UPDATE reports SET "dueOn" = $2::date + 5 WHERE id = $1`, [report.id, today]);
    expect(await late('coordination@mlife-amiens.test')).toBe(false);
    // Its due day passed while it is still a draft: late, for the lot's operator only.
    await t.dataSource.query(`UPDATE reports SET "dueOn" = $2::date - 1 WHERE id = $1`, [report.id, today]);
    const data = await home('coordination@mlife-amiens.test');
    expect(data.lateLotReports.items).toContainEqual({
      id: report.id,
      title: report.title,
      dueOn: addDays(today, -1),
      status: 'DRAFT',
    });
    expect(await late('coordination@plie-lunel.test')).toBe(false);
    // Submitted, it is no longer late.
    const submitted = await t.gql(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { status } }`,
      { input: { id: report.id, version: report.version } },
      provider,
    );
    expect(submitted.errors).toBeUndefined();
    expect(await late('coordination@mlife-amiens.test')).toBe(false);
  });

  it('asks a bounded number of queries whatever the portfolio size (no N+1)', async () => {
    const session = await t.login('referent@mlife-amiens.test');
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      spy.mockClear();
      const result = await t.gql(HOME, {}, session);
      expect(result.errors).toBeUndefined();
      expect(result.data!.home.portfolioByUrgency.items.length).toBe(5);
      // Five paths and their participants: a handful of queries, not one per path.
      expect(spy.mock.calls.length).toBeLessThan(15);
    } finally {
      spy.mockRestore();
    }
  });

  it('answers nothing without a current structure, and never another structure’s work', async () => {
    const provider = await t.login('prestataire@insertion-plus.test');
    const [amiens] = await t.dataSource.query(`SELECT id FROM structures WHERE name = 'MLIFE Grand Amiénois (PLIE)'`);
    const r = await t.gql(HOME, {}, { ...provider, structureId: amiens.id });
    expect(r.data?.home ?? null).toBeNull();
    expect(r.errors?.[0].extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
  });
});
