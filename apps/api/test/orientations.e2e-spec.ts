import { addDays, todayInParis } from '@passerelle/domain';
import { errorCode, GqlResult, TestApp } from './support/test-app';

type Session = { token: string; structureId: string };
const today = todayInParis();
const day = (offset: number) => addDays(today, offset);

const ORIENTATION = `id status orientedOn startedOn exitOn exitReason version late
  entrySheet { dueOn sentOn status late } exitSheet { dueOn sentOn status late }
  participant { lastName firstName birthDate communeName } lot { number } provider { name }
  liaisonSheets { kind sentOn dueOn late position nonEntryReason synthesis exitReason fseQuestionnaire { employmentStatus disability } }`;
const ORIENT = `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { ${ORIENTATION} } }`;
const ENTRY = `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id kind late } }`;
const EXIT = `mutation($input: SendExitLiaisonSheetInput!) { sendExitLiaisonSheet(input: $input) { id kind late exitOn } }`;
const GET = `query($id: ID!) { orientation(id: $id) { ${ORIENTATION} } }`;
const LATE = `query($late: Boolean) { orientations(filter: { late: $late }) { totalCount edges { node { id late } } } }`;

describe('orientations and liaison sheets', () => {
  let t: TestApp;
  let referent: Session;
  let provider: Session;
  let otherProvider: Session;
  let lot1: string;
  let lot2: string;
  let lot3: string;
  let lefebvre: string;
  let benaissa: string;

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    referent = await t.login('referent@mlife-amiens.test');
    provider = await t.login('prestataire@insertion-plus.test');
    otherProvider = await t.login('prestataire@cap-competences.test');
    const lots = await t.dataSource.query(
      `SELECT l.id, l.number FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'MAPA-PLIE%' ORDER BY l.number`,
    );
    [lot1, lot2, lot3] = lots.map((l: any) => l.id);
    [{ id: lefebvre }] = await t.dataSource.query(`SELECT id FROM participants WHERE "lastName" = 'Lefebvre'`);
    [{ id: benaissa }] = await t.dataSource.query(`SELECT id FROM participants WHERE "lastName" = 'Benaïssa'`);
  });
  afterAll(() => t.close());

  it('orients a participant to a contracted lot only, once at a time', async () => {
    expect(
      errorCode(
        await t.gql(ORIENT, { input: { participantId: lefebvre, lotId: lot3, orientedOn: day(-1) } }, provider),
      ),
    ).toBe('FORBIDDEN');
    const notContracted = await t.gql(
      ORIENT,
      { input: { participantId: lefebvre, lotId: lot2, orientedOn: day(-1) } },
      referent,
    );
    expect(notContracted.errors![0].extensions.fields).toEqual({
      lotId: 'Ce lot n’a pas encore de prestataire conventionné.',
    });
    const o = await ok(
      t.gql(
        ORIENT,
        {
          input: {
            participantId: lefebvre,
            lotId: lot3,
            orientedOn: day(-1),
            purpose: 'Travailler la confiance en soi avant l’immersion',
          },
        },
        referent,
      ),
    );
    expect(o).toMatchObject({
      status: 'PENDING_ENTRY',
      entrySheet: { dueOn: day(14), sentOn: null, status: 'PENDING', late: false },
      exitSheet: null,
      late: false,
      provider: { name: 'Insertion Plus Picardie' },
    });
    const twice = await t.gql(
      ORIENT,
      { input: { participantId: lefebvre, lotId: lot3, orientedOn: day(0) } },
      referent,
    );
    expect(twice.errors![0].extensions.fields).toEqual({ lotId: 'Cette personne est déjà orientée vers ce lot.' });
  });

  it('lets the provider see only the participants oriented to its lots, in a restricted view', async () => {
    const oriented = await ok(
      t.gql(
        `query($id: ID!) { orientedParticipant(id: $id) { lastName firstName birthDate phone communeName } }`,
        { id: lefebvre },
        provider,
      ),
    );
    expect(oriented).toEqual({
      lastName: 'Lefebvre',
      firstName: 'Sandrine',
      birthDate: '1978-06-14',
      phone: '06 21 43 65 87',
      communeName: 'Amiens',
    });
    expect(
      errorCode(
        await t.gql(`query($id: ID!) { orientedParticipant(id: $id) { lastName } }`, { id: benaissa }, provider),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await t.gql(`query($id: ID!) { participant(id: $id) { lastName } }`, { id: lefebvre }, provider)),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await t.gql(`query($id: ID!) { orientedParticipant(id: $id) { lastName } }`, { id: lefebvre }, otherProvider),
      ),
    ).toBe('NOT_FOUND');
    const noSensitive = await t.gql(
      `query($id: ID!) { orientedParticipant(id: $id) { sensitive { healthNotes } } }`,
      { id: lefebvre },
      provider,
    );
    expect(noSensitive.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const list = await ok(
      t.gql(`{ orientations { totalCount edges { node { participant { lastName } } } } }`, {}, otherProvider),
    );
    expect(list.totalCount).toBe(0);
  });

  it('computes deadlines, flags late sheets to both sides, and shows the sheets on the participant’s file', async () => {
    const late = await ok(
      t.gql(ORIENT, { input: { participantId: benaissa, lotId: lot1, orientedOn: day(-20) } }, referent),
    );
    expect(late).toMatchObject({ entrySheet: { dueOn: day(-5), status: 'OVERDUE', late: true }, late: true });
    for (const session of [referent, provider]) {
      const flagged = await ok(t.gql(LATE, { late: true }, session));
      expect(flagged.edges.map((e: any) => e.node.id)).toEqual([late.id]);
    }

    expect(
      errorCode(
        await t.gql(
          ENTRY,
          { input: { orientationId: late.id, version: late.version, entered: true, startedOn: day(-2) } },
          referent,
        ),
      ),
    ).toBe('FORBIDDEN');
    const missing = await t.gql(
      ENTRY,
      { input: { orientationId: late.id, version: late.version, entered: true } },
      provider,
    );
    expect(missing.errors![0].extensions.fields).toEqual({
      startedOn: 'Le démarrage de l’action est obligatoire pour une entrée.',
      fseEntry: 'Joignez le questionnaire FSE+ de recueil des données.',
    });
    const sheet = await ok(
      t.gql(
        ENTRY,
        {
          input: {
            orientationId: late.id,
            version: late.version,
            entered: true,
            startedOn: day(-2),
            position: 'Entretiens individuels',
            fseEntry: { employmentStatus: 'LONG_TERM_UNEMPLOYED', disability: 'NO' },
          },
        },
        provider,
      ),
    );
    expect(sheet).toMatchObject({ kind: 'ENTRY', late: true });
    expect(
      errorCode(
        await t.gql(
          ENTRY,
          { input: { orientationId: late.id, version: late.version, entered: false, nonEntryReason: 'x' } },
          provider,
        ),
      ),
    ).toBe('CONFLICT');

    const after = await ok(t.gql(GET, { id: late.id }, provider));
    expect(after).toMatchObject({
      status: 'ENTERED',
      startedOn: day(-2),
      entrySheet: { sentOn: today, status: 'SENT_LATE', late: true },
      late: true,
    });
    expect(after.liaisonSheets[0].fseQuestionnaire).toEqual({
      employmentStatus: 'LONG_TERM_UNEMPLOYED',
      disability: null,
    });

    const file = await ok(
      t.gql(
        `query($id: ID!) { participant(id: $id) { orientations { id status late lot { number } liaisonSheets { kind late fseQuestionnaire { disability } } } } }`,
        { id: benaissa },
        referent,
      ),
    );
    expect(file.orientations).toEqual([
      {
        id: late.id,
        status: 'ENTERED',
        late: true,
        lot: { number: 1 },
        liaisonSheets: [{ kind: 'ENTRY', late: true, fseQuestionnaire: { disability: 'NO' } }],
      },
    ]);

    const exit = await ok(
      t.gql(
        EXIT,
        {
          input: {
            orientationId: late.id,
            version: after.version,
            exitOn: today,
            exitReason: 'JOB_OR_TRAINING',
            synthesis: 'Embauche en CDI comme cariste.',
          },
        },
        provider,
      ),
    );
    expect(exit).toMatchObject({ kind: 'EXIT', late: false, exitOn: today });
    const exited = await ok(t.gql(GET, { id: late.id }, referent));
    expect(exited).toMatchObject({
      status: 'EXITED',
      exitReason: 'JOB_OR_TRAINING',
      exitSheet: { dueOn: day(15), sentOn: today, status: 'SENT_ON_TIME', late: false },
    });
  });

  it('records a non-entry', async () => {
    const [{ id: caron }] = await t.dataSource.query(`SELECT id FROM participants WHERE "lastName" = 'Caron'`);
    const o = await ok(t.gql(ORIENT, { input: { participantId: caron, lotId: lot3, orientedOn: day(-3) } }, referent));
    const noReason = await t.gql(
      ENTRY,
      { input: { orientationId: o.id, version: o.version, entered: false } },
      provider,
    );
    expect(noReason.errors![0].extensions.fields).toEqual({
      nonEntryReason: 'Précisez pourquoi la personne n’entre pas dans l’action.',
    });
    await ok(
      t.gql(
        ENTRY,
        {
          input: {
            orientationId: o.id,
            version: o.version,
            entered: false,
            nonEntryReason: 'Ne s’est pas présenté au premier rendez-vous.',
          },
        },
        provider,
      ),
    );
    const after = await ok(t.gql(GET, { id: o.id }, referent));
    expect(after).toMatchObject({
      status: 'NOT_ENTERED',
      entrySheet: { status: 'SENT_ON_TIME' },
      liaisonSheets: [{ kind: 'NON_ENTRY', nonEntryReason: 'Ne s’est pas présenté au premier rendez-vous.' }],
    });
  });
});
