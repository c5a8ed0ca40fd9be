import { addDays, todayInParis } from '@passerelle/domain';
import { errorCode, GqlResult, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };
const today = todayInParis();
const day = (offset: number) => addDays(today, offset);

const ORIENT = `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id status } }`;
const PORTFOLIO = `{ myPortfolio { totalCount edges { node { alerts path { id participant { lastName } } } } } }`;
const PATH = `query($id: ID!) { pliePath(id: $id) { id status version
  participant { lastName sensitive { healthNotes } }
  consent { givenOn recordedBy { fullName } proof { id fileName } }
  diagnoses { summary author { fullName } } obstacles { kind } steps { title createdBy { fullName } }
  followUps { kind author { fullName } } exitProposals { id status date reason version proposedBy { fullName } }
  exit { reason } } }`;
const CONSENT = `mutation($input: RecordPathConsentInput!) { recordPliePathConsent(input: $input) { id version consent { givenOn } } }`;
const DIAGNOSIS = `mutation($input: RecordDiagnosisInput!) { recordDiagnosis(input: $input) { id } }`;
const OBSTACLE = `mutation($input: AddObstacleInput!) { addObstacle(input: $input) { id version } }`;
const UPDATE_OBSTACLE = `mutation($input: UpdateObstacleInput!) { updateObstacle(input: $input) { id status } }`;
const STEP = `mutation($input: AddPathStepInput!) { addPathStep(input: $input) { id version } }`;
const FOLLOW_UP = `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`;
const PROPOSE_EXIT = `mutation($input: ProposePliePathExitInput!) { proposePliePathExit(input: $input) { id status version } }`;
const PROPOSE_COMMITTEE = `mutation($input: ProposePathToCommitteeInput!) { proposePathToCommittee(input: $input) { id status subject comment version proposedBy { fullName } } }`;
const DECIDE_COMMITTEE_PROPOSAL = `mutation($input: DecidePathCommitteeProposalInput!) { decidePathCommitteeProposal(input: $input) { id status version decisionNote committee { id date } decidedBy { fullName } } }`;
const PATH_PROPOSALS = `query($id: ID!) { pliePath(id: $id) { committeeProposals { id status subject committee { date title } } } }`;
const DECIDE_EXIT = `mutation($input: DecidePliePathExitProposalInput!) { decidePliePathExitProposal(input: $input) { id status path { status exit { reason } } } }`;

/** Seed 001 lots 1–2 and seed 002 §6: a provider's référent works the PLIE paths of its portfolio, nothing else. */
describe('PLIE référents employed by a provider', () => {
  let t: TestApp;
  let referent: Session;
  let coordination: Session;
  let provider: Session;
  let otherProvider: Session;
  let lunel: Session;
  let lot1: string;
  let caron: { participantId: string; pathId: string };
  let lefebvre: { participantId: string; pathId: string };
  let dufour: { participantId: string; pathId: string };
  let lunelPath: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }
  const pathOf = async (lastName: string) => {
    const [row] = await t.dataSource.query(
      `SELECT p.id AS "participantId", pp.id AS "pathId" FROM participants p JOIN plie_paths pp ON pp."participantId" = p.id
       WHERE p."lastName" = $1 ORDER BY pp."createdAt" DESC LIMIT 1`,
      [lastName],
    );
    return row as { participantId: string; pathId: string };
  };
  const upload = async (session: Session, lotId: string) => {
    const res = await t
      .http()
      .post('/files/proofs')
      .set('authorization', `Bearer ${session.token}`)
      .field('lotId', lotId)
      .field('kind', 'SCAN')
      .attach('file', Buffer.from('%PDF-1.4\n% adhésion signée\n'), {
        filename: 'adhesion.pdf',
        contentType: 'application/pdf',
      });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const counts = (pathId: string) =>
    t.dataSource
      .query(
        `SELECT (SELECT count(*) FROM plie_diagnoses WHERE "pathId" = $1)::int AS diagnoses,
                (SELECT count(*) FROM plie_obstacles WHERE "pathId" = $1)::int AS obstacles,
                (SELECT count(*) FROM plie_steps WHERE "pathId" = $1)::int AS steps,
                (SELECT count(*) FROM plie_follow_ups WHERE "pathId" = $1)::int AS "followUps",
                (SELECT count(*) FROM plie_exit_proposals WHERE "pathId" = $1)::int AS proposals,
                (SELECT count(*) FROM plie_committee_proposals WHERE "pathId" = $1)::int AS "committeeProposals",
                (SELECT version FROM plie_paths WHERE id = $1) AS version, (SELECT status FROM plie_paths WHERE id = $1) AS status`,
        [pathId],
      )
      .then((rows) => rows[0]);

  beforeAll(async () => {
    t = await TestApp.start();
    referent = await t.login('referent@mlife-amiens.test');
    coordination = await t.login('coordination@mlife-amiens.test');
    provider = await t.login('referente@insertion-plus.test');
    otherProvider = await t.login('prestataire@cap-competences.test');
    lunel = await t.login('coordination@plie-lunel.test');
    const lots = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'MAPA-PLIE%' ORDER BY l.number`,
    );
    [lot1] = lots.map((l: any) => l.id);
    caron = await pathOf('Caron');
    lefebvre = await pathOf('Lefebvre');
    dufour = await pathOf('Dufour');
    lunelPath = (await pathOf('Vidal')).pathId;
  });
  afterAll(() => t.close());

  it('refuses to orient a person whose PLIE path is not admitted by the committee, with a clear message', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM orientations`);
    const refused = await t.gql(
      ORIENT,
      { input: { participantId: dufour.participantId, lotId: lot1, orientedOn: day(-1) } },
      referent,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields).toEqual({
      participantId:
        'Cette personne n’est pas encore admise dans le PLIE (son parcours est « En attente du comité ») : l’orientation vers un prestataire n’est possible qu’après son admission par le comité d’agrément et de suivi des parcours.',
    });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM orientations`)).toEqual(before);
  });

  it('gives the provider nothing before an orientation, then exactly the oriented admitted path', async () => {
    expect((await ok(t.gql(PORTFOLIO, {}, provider))).totalCount).toBe(0);
    expect(errorCode(await t.gql(PATH, { id: caron.pathId }, provider))).toBe('NOT_FOUND');
    const orientation = await ok(
      t.gql(ORIENT, { input: { participantId: caron.participantId, lotId: lot1, orientedOn: day(-2) } }, referent),
    );
    expect(orientation.status).toBe('PENDING_ENTRY');
    const portfolio = await ok(t.gql(PORTFOLIO, {}, provider));
    expect(portfolio.edges.map((e: any) => e.node.path.participant.lastName)).toEqual(['Caron']);
    const list = await ok(t.gql(`{ pliePaths { totalCount edges { node { id } } } }`, {}, provider));
    expect(list.edges.map((e: any) => e.node.id)).toEqual([caron.pathId]);
    // The other provider, the other operator: nothing.
    expect((await ok(t.gql(PORTFOLIO, {}, otherProvider))).totalCount).toBe(0);
    expect(errorCode(await t.gql(PATH, { id: caron.pathId }, otherProvider))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(PATH, { id: caron.pathId }, lunel))).toBe('NOT_FOUND');
  });

  it('shows the provider what a référent needs, sensitive data masked, and audits its reads like the operator’s', async () => {
    const before = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_logs WHERE "entityId" = $1 AND action = 'plie.path.read'`,
      [caron.participantId],
    );
    const path = await ok(t.gql(PATH, { id: caron.pathId }, provider));
    expect(path.participant.lastName).toBe('Caron');
    expect(path.participant.sensitive).toBeNull();
    const after = await t.dataSource.query(
      `SELECT count(*)::int AS n, max("structureId"::text) AS structure FROM audit_logs
       WHERE "entityId" = $1 AND action = 'plie.path.read'`,
      [caron.participantId],
    );
    expect(after[0].n).toBe(before[0].n + 1);
    expect(after[0].structure).toBe(referent.structureId);
  });

  it('requires the participant’s consent, recorded with its date, author and signed proof, before any provider action', async () => {
    const before = await counts(caron.pathId);
    const refused = await t.gql(
      DIAGNOSIS,
      { input: { pathId: caron.pathId, date: today, summary: 'Premier entretien' } },
      provider,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.reason).toBe('CONSENT_REQUIRED');
    expect(refused.errors![0].extensions.fields!.pathId).toMatch(/consentement de la personne/);
    expect(await counts(caron.pathId)).toEqual(before);

    // A proof of another structure (the other provider's) is refused; so is a day before the orientation.
    const foreignProof = await upload(
      otherProvider,
      (
        await t.dataSource.query(
          `SELECT l.id FROM lots l WHERE l."awardedStructureId" = $1 AND l."conventionSignedOn" IS NOT NULL LIMIT 1`,
          [otherProvider.structureId],
        )
      )[0].id,
    );
    const badProof = await t.gql(
      CONSENT,
      { input: { pathId: caron.pathId, givenOn: today, proofId: foreignProof } },
      provider,
    );
    expect(badProof.errors![0].extensions.fields).toEqual({
      proofId: 'Justificatif introuvable dans votre structure pour cette personne.',
    });
    const proofId = await upload(provider, lot1);
    const tooEarly = await t.gql(
      CONSENT,
      { input: { pathId: caron.pathId, givenOn: '2000-01-01', proofId } },
      provider,
    );
    expect(Object.keys(tooEarly.errors![0].extensions.fields!)).toEqual(['givenOn']);
    expect(await counts(caron.pathId)).toEqual(before);

    await ok(t.gql(CONSENT, { input: { pathId: caron.pathId, givenOn: today, proofId } }, provider));
    const path = await ok(t.gql(PATH, { id: caron.pathId }, provider));
    expect(path.consent).toEqual({
      givenOn: today,
      recordedBy: { fullName: 'Sophie Lemaire' },
      proof: { id: proofId, fileName: 'adhesion.pdf' },
    });
    // The operator reads the consent and its proof too.
    const operatorView = await ok(t.gql(PATH, { id: caron.pathId }, referent));
    expect(operatorView.consent.proof).toEqual({ id: proofId, fileName: 'adhesion.pdf' });
  });

  it('lets the provider’s référent work the path: diagnosis, obstacle, step, follow-up, exit proposal', async () => {
    await ok(
      t.gql(DIAGNOSIS, { input: { pathId: caron.pathId, date: today, summary: 'Diagnostic prestataire' } }, provider),
    );
    const obstacle = await ok(
      t.gql(
        OBSTACLE,
        { input: { pathId: caron.pathId, kind: 'MOBILITY', severity: 'MEDIUM', identifiedOn: today } },
        provider,
      ),
    );
    await ok(
      t.gql(
        UPDATE_OBSTACLE,
        { input: { id: obstacle.id, version: obstacle.version, status: 'IN_PROGRESS' } },
        provider,
      ),
    );
    await ok(
      t.gql(
        STEP,
        {
          input: {
            pathId: caron.pathId,
            kind: 'TRAINING',
            title: 'Remise à niveau',
            plannedStart: day(3),
            qualifying: false,
          },
        },
        provider,
      ),
    );
    await ok(
      t.gql(
        FOLLOW_UP,
        { input: { pathId: caron.pathId, kind: 'INTERVIEW', date: today, mode: 'FACE_TO_FACE', durationMinutes: 45 } },
        provider,
      ),
    );
    const proposal = await ok(
      t.gql(
        PROPOSE_EXIT,
        { input: { pathId: caron.pathId, date: today, reason: 'REORIENTED', comment: 'Orientée vers un chantier' } },
        provider,
      ),
    );
    expect(proposal.status).toBe('PENDING');
    const twice = await t.gql(
      PROPOSE_EXIT,
      { input: { pathId: caron.pathId, date: today, reason: 'MOVED' } },
      provider,
    );
    expect(twice.errors![0].extensions.fields!.pathId).toMatch(/attend déjà la décision/);

    const path = await ok(t.gql(PATH, { id: caron.pathId }, referent));
    expect(path.diagnoses[0]).toEqual({ summary: 'Diagnostic prestataire', author: { fullName: 'Sophie Lemaire' } });
    expect(path.steps.find((s: any) => s.title === 'Remise à niveau').createdBy).toEqual({
      fullName: 'Sophie Lemaire',
    });
    expect(path.followUps[0].author).toEqual({ fullName: 'Sophie Lemaire' });
    expect(path.exitProposals).toEqual([
      expect.objectContaining({
        status: 'PENDING',
        date: today,
        reason: 'REORIENTED',
        proposedBy: { fullName: 'Sophie Lemaire' },
      }),
    ]);
    expect(path.status).toBe('ACTIVE');
  });

  it('keeps the operator’s decisions with the operator: exit validation, committee, reopening, status changes', async () => {
    const before = await counts(caron.pathId);
    const [{ id: proposalId, version }] = await t.dataSource.query(
      `SELECT id, version FROM plie_exit_proposals WHERE "pathId" = $1`,
      [caron.pathId],
    );
    const [{ id: committeeId }] = await t.dataSource.query(
      `SELECT id FROM plie_committees WHERE "structureId" = $1 LIMIT 1`,
      [referent.structureId],
    );
    const operatorOnly: [string, Record<string, unknown>][] = [
      [DECIDE_EXIT, { input: { id: proposalId, version, accept: true } }],
      [
        `mutation($input: ExitPliePathInput!) { exitPliePath(input: $input) { id } }`,
        { input: { pathId: caron.pathId, version: before.version, date: today, reason: 'MOVED' } },
      ],
      [
        `mutation($input: ChangePathStatusInput!) { changePliePathStatus(input: $input) { id } }`,
        { input: { pathId: caron.pathId, version: before.version, to: 'NOT_ADMITTED', on: today, reason: 'x' } },
      ],
      [
        `mutation($input: ReopenPliePathInput!) { reopenPliePath(input: $input) { id } }`,
        { input: { pathId: caron.pathId, version: before.version, reason: 'x' } },
      ],
      [
        `mutation($input: PresentToCommitteeInput!) { presentToCommittee(input: $input) { id } }`,
        { input: { pathId: caron.pathId, committeeId } },
      ],
      [
        `mutation($input: DecideCommitteeFileInput!) { decideCommitteeFile(input: $input) { id } }`,
        { input: { fileId: proposalId, decision: 'ADMITTED' } },
      ],
    ];
    for (const [query, variables] of operatorOnly) {
      const code = errorCode(await t.gql(query, variables, provider));
      expect([query.slice(0, 60), code]).toEqual([query.slice(0, 60), 'FORBIDDEN']);
    }
    expect(await counts(caron.pathId)).toEqual(before);
  });

  it('lets the provider’s référent propose a path of its portfolio to the committee; the operator’s coordination decides', async () => {
    const proposals = async () =>
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM plie_committee_proposals WHERE "pathId" = $1`, [
          caron.pathId,
        ])
      )[0].n;
    const blank = await t.gql(PROPOSE_COMMITTEE, { input: { pathId: caron.pathId, subject: '   ' } }, provider);
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].extensions.fields).toEqual({ subject: 'Indiquez ce que le comité doit examiner.' });
    expect(await proposals()).toBe(0);

    const subject = 'Bilan d’étape : réorientation vers une formation qualifiante';
    const proposal = await ok(
      t.gql(
        PROPOSE_COMMITTEE,
        { input: { pathId: caron.pathId, subject, comment: 'Projet validé en entretien.' } },
        provider,
      ),
    );
    expect(proposal).toMatchObject({
      status: 'PENDING',
      subject,
      comment: 'Projet validé en entretien.',
      proposedBy: { fullName: 'Sophie Lemaire' },
    });
    // One at a time: a second proposal waits for the first to be examined.
    const twice = await t.gql(PROPOSE_COMMITTEE, { input: { pathId: caron.pathId, subject: 'Autre' } }, provider);
    expect(twice.errors![0].extensions.fields).toEqual({
      pathId: 'Une proposition de passage en comité attend déjà l’examen de la coordination.',
    });
    // Another provider, another PLIE: the path does not exist for them.
    expect(errorCode(await t.gql(PROPOSE_COMMITTEE, { input: { pathId: caron.pathId, subject } }, otherProvider))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(PATH_PROPOSALS, { id: caron.pathId }, lunel))).toBe('NOT_FOUND');
    expect(await proposals()).toBe(1);
    // The operator's coordination finds it on the path.
    expect((await ok(t.gql(PATH_PROPOSALS, { id: caron.pathId }, coordination))).committeeProposals).toEqual([
      { id: proposal.id, status: 'PENDING', subject, committee: null },
    ]);

    // The decision is the operator's: FORBIDDEN for the provider, NOT_FOUND for another PLIE.
    const past = await ok(
      t.gql(
        `mutation($input: CreateApprovalCommitteeInput!) { createApprovalCommittee(input: $input) { id } }`,
        { input: { date: day(-3), title: 'Comité passé' } },
        coordination,
      ),
    );
    const session = await ok(
      t.gql(
        `mutation($input: CreateApprovalCommitteeInput!) { createApprovalCommittee(input: $input) { id date } }`,
        { input: { date: day(7), title: 'Comité de suivi des parcours' } },
        coordination,
      ),
    );
    const decide = (input: Record<string, unknown>, who: Session) =>
      t.gql(DECIDE_COMMITTEE_PROPOSAL, { input: { id: proposal.id, version: proposal.version, ...input } }, who);
    expect(errorCode(await decide({ accept: true, committeeId: session.id }, provider))).toBe('FORBIDDEN');
    expect(errorCode(await decide({ accept: false }, lunel))).toBe('NOT_FOUND');
    expect((await decide({ accept: true }, coordination)).errors![0].extensions.fields).toEqual({
      committeeId: 'Choisissez la séance du comité.',
    });
    expect((await decide({ accept: true, committeeId: past.id }, coordination)).errors![0].extensions.fields).toEqual({
      committeeId: 'Cette séance a déjà eu lieu : choisissez une séance à venir.',
    });
    expect(
      errorCode(
        await t.gql(
          DECIDE_COMMITTEE_PROPOSAL,
          { input: { id: proposal.id, version: proposal.version + 1, accept: false } },
          coordination,
        ),
      ),
    ).toBe('CONFLICT');
    const [unchanged] = await t.dataSource.query(`SELECT status, version FROM plie_committee_proposals WHERE id = $1`, [
      proposal.id,
    ]);
    expect(unchanged).toEqual({ status: 'PENDING', version: proposal.version });

    const decided = await ok(decide({ accept: true, committeeId: session.id, note: 'Inscrit.' }, coordination));
    expect(decided).toMatchObject({
      status: 'SCHEDULED',
      version: proposal.version + 1,
      decisionNote: 'Inscrit.',
      committee: { id: session.id, date: day(7) },
    });
    expect(decided.decidedBy.fullName).toBeTruthy();
    // The provider's référent sees on the path when the committee will examine it.
    expect((await ok(t.gql(PATH_PROPOSALS, { id: caron.pathId }, provider))).committeeProposals).toEqual([
      {
        id: proposal.id,
        status: 'SCHEDULED',
        subject,
        committee: { date: day(7), title: 'Comité de suivi des parcours' },
      },
    ]);
    expect(errorCode(await decide({ accept: false }, coordination))).toBe('CONFLICT');
  });

  it('answers NOT_FOUND for every path outside the portfolio, and changes nothing', async () => {
    const outside = [lefebvre.pathId, dufour.pathId, lunelPath];
    for (const pathId of outside) {
      const before = await counts(pathId);
      const calls: [string, Record<string, unknown>][] = [
        [PATH, { id: pathId }],
        [DIAGNOSIS, { input: { pathId, date: today, summary: 'x' } }],
        [OBSTACLE, { input: { pathId, kind: 'HOUSING', severity: 'LOW', identifiedOn: today } }],
        [STEP, { input: { pathId, kind: 'TRAINING', title: 'x', plannedStart: today, qualifying: false } }],
        [FOLLOW_UP, { input: { pathId, kind: 'REMINDER', date: today, mode: 'PHONE' } }],
        [PROPOSE_EXIT, { input: { pathId, date: today, reason: 'MOVED' } }],
        [PROPOSE_COMMITTEE, { input: { pathId, subject: 'Bilan d’étape' } }],
        [CONSENT, { input: { pathId, givenOn: today, proofId: '00000000-0000-4000-8000-000000000000' } }],
      ];
      for (const [query, variables] of calls) {
        const code = errorCode(await t.gql(query, variables, provider));
        expect([pathId, query.slice(0, 50), code]).toEqual([pathId, query.slice(0, 50), 'NOT_FOUND']);
      }
      expect(await counts(pathId)).toEqual(before);
    }
    const [obstacle] = await t.dataSource.query(`SELECT id, version FROM plie_obstacles WHERE "pathId" = $1 LIMIT 1`, [
      lefebvre.pathId,
    ]);
    expect(
      errorCode(
        await t.gql(
          UPDATE_OBSTACLE,
          { input: { id: obstacle.id, version: obstacle.version, status: 'LIFTED' } },
          provider,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('lets the operator validate the proposed exit; the path then leaves the provider’s portfolio', async () => {
    const [{ id, version }] = await t.dataSource.query(
      `SELECT id, version FROM plie_exit_proposals WHERE "pathId" = $1`,
      [caron.pathId],
    );
    const stale = await t.gql(DECIDE_EXIT, { input: { id, version: version + 1, accept: true } }, coordination);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(errorCode(await t.gql(DECIDE_EXIT, { input: { id, version, accept: true } }, lunel))).toBe('NOT_FOUND');
    const decided = await ok(t.gql(DECIDE_EXIT, { input: { id, version, accept: true } }, coordination));
    expect(decided).toMatchObject({ status: 'ACCEPTED', path: { status: 'EXITED', exit: { reason: 'REORIENTED' } } });
    expect((await ok(t.gql(PORTFOLIO, {}, provider))).totalCount).toBe(0);
    expect(errorCode(await t.gql(PATH, { id: caron.pathId }, provider))).toBe('NOT_FOUND');
  });

  it('ends access when the orientation ends or the lot is over', async () => {
    // Lefebvre is admitted: oriented, consent recorded by the operator, the provider reaches the path.
    await ok(
      t.gql(ORIENT, { input: { participantId: lefebvre.participantId, lotId: lot1, orientedOn: day(-1) } }, referent),
    );
    const [{ id: orientation }] = await t.dataSource.query(
      `SELECT id FROM orientations WHERE "participantId" = $1 AND "lotId" = $2`,
      [lefebvre.participantId, lot1],
    );
    const proofId = await upload(provider, lot1);
    await ok(t.gql(CONSENT, { input: { pathId: lefebvre.pathId, givenOn: today, proofId } }, provider));
    await ok(
      t.gql(FOLLOW_UP, { input: { pathId: lefebvre.pathId, kind: 'REMINDER', date: today, mode: 'PHONE' } }, provider),
    );
    // The person is reassigned: the orientation is over.
    await t.dataSource.query(`UPDATE orientations SET status = 'EXITED', "exitOn" = $2 WHERE id = $1`, [
      orientation,
      today,
    ]);
    expect(errorCode(await t.gql(PATH, { id: lefebvre.pathId }, provider))).toBe('NOT_FOUND');
    const before = await counts(lefebvre.pathId);
    expect(
      errorCode(
        await t.gql(
          FOLLOW_UP,
          { input: { pathId: lefebvre.pathId, kind: 'REMINDER', date: today, mode: 'PHONE' } },
          provider,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(await counts(lefebvre.pathId)).toEqual(before);
    // Open again, but the lot has ended.
    await t.dataSource.query(`UPDATE orientations SET status = 'ENTERED', "exitOn" = NULL WHERE id = $1`, [
      orientation,
    ]);
    expect((await ok(t.gql(PATH, { id: lefebvre.pathId }, provider))).id).toBe(lefebvre.pathId);
    await t.dataSource.query(`UPDATE lots SET "endsOn" = $2 WHERE id = $1`, [lot1, day(-1)]);
    expect(errorCode(await t.gql(PATH, { id: lefebvre.pathId }, provider))).toBe('NOT_FOUND');
    expect((await ok(t.gql(PORTFOLIO, {}, provider))).totalCount).toBe(0);
  });
});
