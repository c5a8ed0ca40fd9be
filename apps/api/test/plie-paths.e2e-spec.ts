import { errorCode, TestApp } from './support/test-app';

const PATH_FIELDS = `id status statusChangedOn prescriber orientedOn admittedOn followUpEndsOn version fseExitMissing
  participant { lastName } transitions { fromStatus toStatus effectiveOn trigger reason byUserId }`;
const PROPOSE = `mutation($input: ProposePliePathInput!) { proposePliePath(input: $input) { ${PATH_FIELDS} } }`;
const CHANGE = `mutation($input: ChangePathStatusInput!) { changePliePathStatus(input: $input) { ${PATH_FIELDS} } }`;
const GET = `query($id: ID!) { pliePath(id: $id) { ${PATH_FIELDS} } }`;

type Session = { token: string; structureId: string };

describe('PLIE paths: proposal and state machine', () => {
  let t: TestApp;
  let referent: Session;
  let lunelReferent: Session;

  async function participant(lastName: string, session: Session = referent, programme = 'PLIE'): Promise<string> {
    const result = await t.gql(
      `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { input: { lastName, firstName: 'Test', sex: 'MALE', birthDate: '1975-05-05', programme } },
      session,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createParticipant.id;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    referent = await t.login('referent@mlife-amiens.test');
    lunelReferent = await t.login('referente@plie-lunel.test');
  });
  afterAll(() => t.close());

  it('creates a PROPOSED path, dated and traced, one at a time per person', async () => {
    const id = await participant('Proposé');
    const result = await t.gql(
      PROPOSE,
      { input: { participantId: id, prescriber: 'France Travail Amiens Nord', orientedOn: '2025-01-15' } },
      referent,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.proposePliePath).toMatchObject({
      status: 'PROPOSED',
      statusChangedOn: '2025-01-15',
      prescriber: 'France Travail Amiens Nord',
      participant: { lastName: 'Proposé' },
      transitions: [{ fromStatus: null, toStatus: 'PROPOSED', effectiveOn: '2025-01-15', trigger: 'ORIENTATION' }],
    });
    const again = await t.gql(
      PROPOSE,
      { input: { participantId: id, prescriber: 'CCAS', orientedOn: '2025-01-20' } },
      referent,
    );
    expect(again.errors![0].extensions.fields).toEqual({
      participantId: 'Cette personne a déjà un parcours PLIE en cours (« Proposé »).',
    });
  });

  it('refuses a missing prescriber, a future date, and a person outside the PLIE, in French', async () => {
    const id = await participant('Champs');
    const bad = await t.gql(
      PROPOSE,
      { input: { participantId: id, prescriber: '', orientedOn: '15/01/2025' } },
      referent,
    );
    expect(bad.errors![0].extensions.fields).toEqual({
      prescriber: 'Le prescripteur est obligatoire.',
      orientedOn: 'Date invalide (format AAAA-MM-JJ attendu).',
    });
    const future = await t.gql(
      PROPOSE,
      { input: { participantId: id, prescriber: 'CCAS', orientedOn: '2999-01-01' } },
      referent,
    );
    expect(future.errors![0].extensions.fields).toEqual({
      orientedOn: 'L’orientation ne peut pas être datée dans le futur.',
    });
    const cej = await participant('Cej', referent, 'CEJ');
    const notPlie = await t.gql(
      PROPOSE,
      { input: { participantId: cej, prescriber: 'CCAS', orientedOn: '2025-01-01' } },
      referent,
    );
    expect(notPlie.errors![0].extensions.fields).toEqual({
      participantId: 'Cette personne n’est pas suivie dans le PLIE.',
    });
  });

  it('refuses a transition the state machine does not allow, naming both states', async () => {
    const id = await participant('Transition');
    const path = (
      await t.gql(PROPOSE, { input: { participantId: id, prescriber: 'CCAS', orientedOn: '2025-02-01' } }, referent)
    ).data!.proposePliePath;
    const skip = await t.gql(
      CHANGE,
      { input: { pathId: path.id, version: path.version, to: 'ACTIVE', on: '2025-02-02' } },
      referent,
    );
    expect(skip.errors![0].message).toBe('Passage impossible de « Proposé » à « Actif ».');
    expect(skip.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      from: 'PROPOSED',
      to: 'ACTIVE',
      fields: { to: 'Passage impossible de « Proposé » à « Actif ».' },
    });
    const byCommittee = await t.gql(
      CHANGE,
      { input: { pathId: path.id, version: path.version, to: 'AWAITING_COMMITTEE', on: '2025-02-02' } },
      referent,
    );
    expect(byCommittee.errors![0].message).toBe(
      'Passage de « Proposé » à « En attente du comité » : il se fait par le comité d’agrément et de suivi.',
    );
    const impossible = await t.gql(
      CHANGE,
      { input: { pathId: path.id, version: path.version, to: 'EXITED', on: '2025-02-02' } },
      referent,
    );
    expect(impossible.errors![0].message).toBe('Passage impossible de « Proposé » à « Sorti ».');
    const followUp = await t.gql(
      CHANGE,
      { input: { pathId: path.id, version: path.version, to: 'IN_JOB_FOLLOW_UP', on: '2025-02-02' } },
      referent,
    );
    expect(errorCode(followUp)).toBe('BAD_USER_INPUT');
    const [row] = await t.dataSource.query(`SELECT status, version FROM plie_paths WHERE id = $1`, [path.id]);
    expect(row).toEqual({ status: 'PROPOSED', version: 1 });
  });

  it('lets the référent record a withdrawal before the committee, with its reason', async () => {
    const id = await participant('Retrait');
    const path = (
      await t.gql(PROPOSE, { input: { participantId: id, prescriber: 'CCAS', orientedOn: '2025-02-01' } }, referent)
    ).data!.proposePliePath;
    const noReason = await t.gql(
      CHANGE,
      { input: { pathId: path.id, version: 1, to: 'NOT_ADMITTED', on: '2025-02-10' } },
      referent,
    );
    expect(noReason.errors![0].extensions.fields).toEqual({ reason: 'Le motif est obligatoire.' });
    const before = await t.gql(
      CHANGE,
      { input: { pathId: path.id, version: 1, to: 'NOT_ADMITTED', on: '2025-01-10', reason: 'x' } },
      referent,
    );
    expect(before.errors![0].extensions.fields!.on).toMatch(/ne peut pas précéder le dernier changement de statut/);
    const withdrawn = await t.gql(
      CHANGE,
      {
        input: {
          pathId: path.id,
          version: 1,
          to: 'NOT_ADMITTED',
          on: '2025-02-10',
          reason: 'A trouvé un emploi avant le comité',
        },
      },
      referent,
    );
    expect(withdrawn.data!.changePliePathStatus).toMatchObject({
      status: 'NOT_ADMITTED',
      statusChangedOn: '2025-02-10',
      version: 2,
    });
    expect(withdrawn.data!.changePliePathStatus.transitions[1]).toMatchObject({
      fromStatus: 'PROPOSED',
      toStatus: 'NOT_ADMITTED',
      trigger: 'MANUAL',
      reason: 'A trouvé un emploi avant le comité',
    });
    expect(withdrawn.data!.changePliePathStatus.transitions[1].byUserId).toBeTruthy();
    const stale = await t.gql(
      CHANGE,
      { input: { pathId: path.id, version: 1, to: 'AWAITING_COMMITTEE', on: '2025-02-11' } },
      referent,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    // A refused person may be proposed again later: a new path.
    const again = await t.gql(
      PROPOSE,
      { input: { participantId: id, prescriber: 'CCAS', orientedOn: '2025-03-01' } },
      referent,
    );
    expect(again.data!.proposePliePath.status).toBe('PROPOSED');
    const list = await t.gql(
      `query($id: ID!) { participant(id: $id) { pliePaths { status } currentPliePath { status orientedOn } } }`,
      { id },
      referent,
    );
    expect(list.data!.participant).toEqual({
      pliePaths: [{ status: 'PROPOSED' }, { status: 'NOT_ADMITTED' }],
      currentPliePath: { status: 'PROPOSED', orientedOn: '2025-03-01' },
    });
    const SEARCH = `query($filter: ParticipantFilter) { participants(filter: $filter) { edges { node { lastName } } } }`;
    const byStatus = await t.gql(SEARCH, { filter: { pathStatus: 'NOT_ADMITTED', search: 'retr' } }, referent);
    expect(byStatus.data!.participants.edges).toEqual([{ node: { lastName: 'Retrait' } }]);
    const active = await t.gql(SEARCH, { filter: { pathStatus: 'ACTIVE', search: 'retr' } }, referent);
    expect(active.data!.participants.edges).toEqual([]);
    const paths = await t.gql(
      `query($filter: PliePathFilter) { pliePaths(filter: $filter) { totalCount edges { node { status } } } }`,
      { filter: { participantId: id, status: 'NOT_ADMITTED' } },
      referent,
    );
    expect(paths.data!.pliePaths).toEqual({ totalCount: 1, edges: [{ node: { status: 'NOT_ADMITTED' } }] });
  });

  it('answers NOT_FOUND for another structure’s path or participant, and changes nothing', async () => {
    const id = await participant('Étanche');
    const path = (
      await t.gql(PROPOSE, { input: { participantId: id, prescriber: 'CCAS', orientedOn: '2025-02-01' } }, referent)
    ).data!.proposePliePath;
    expect(errorCode(await t.gql(GET, { id: path.id }, lunelReferent))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(
          CHANGE,
          { input: { pathId: path.id, version: 1, to: 'NOT_ADMITTED', on: '2025-02-10', reason: 'x' } },
          lunelReferent,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(
          PROPOSE,
          { input: { participantId: id, prescriber: 'CCAS', orientedOn: '2025-02-01' } },
          lunelReferent,
        ),
      ),
    ).toBe('NOT_FOUND');
    const [row] = await t.dataSource.query(`SELECT status, version FROM plie_paths WHERE id = $1`, [path.id]);
    expect(row).toEqual({ status: 'PROPOSED', version: 1 });
    const list = await t.gql(`{ pliePaths(first: 100) { edges { node { id } } } }`, {}, lunelReferent);
    expect(list.data!.pliePaths.edges.map((e: any) => e.node.id)).not.toContain(path.id);
  });

  it('traces reads of a path in the participant’s audit trail', async () => {
    const id = await participant('Lu');
    const path = (
      await t.gql(PROPOSE, { input: { participantId: id, prescriber: 'CCAS', orientedOn: '2025-02-01' } }, referent)
    ).data!.proposePliePath;
    await t.gql(GET, { id: path.id }, referent);
    const rows = await t.dataSource.query(
      `SELECT action FROM audit_logs WHERE "entityType" = 'Participant' AND "entityId" = $1 ORDER BY id`,
      [id],
    );
    expect(rows.map((r: any) => r.action)).toEqual(['participant.created', 'plie.path.proposed', 'plie.path.read']);
  });
});
