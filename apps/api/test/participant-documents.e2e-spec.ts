import { addDays, todayInParis } from '@passerelle/domain';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorCode, GqlResult, TestApp } from './support/test-app';
import { admitToPlie } from './support/plie-admission';

type Session = { token: string; structureId: string };
const today = todayInParis();
const day = (offset: number) => addDays(today, offset);
const sha = (content: Buffer) => createHash('sha256').update(content).digest('hex');

const DOCUMENTS = `query($participantId: ID!, $first: Int, $after: String) { participantDocuments(participantId: $participantId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id source kindLabel proofKind title description date sha256 keepUntil proofId downloadPath author { fullName } } } } }`;
const TRAIL = `query($participantId: ID!) { participantAuditTrail(participantId: $participantId, first: 50) { edges { node { action label actorUserId actor { fullName } } } } }`;

const binary = (res: any, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('documents of a participant’s file', () => {
  let t: TestApp;
  let filesDir: string;
  let referent: Session;
  let coordinator: Session;
  let cap: Session;
  let otherStructure: Session;
  let lot3: string;
  let participantId: string;
  let absentId: string;
  const cv = Buffer.from('%PDF-1.4\nCV de Amélie Bérénger\n%%EOF');

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  /** A participant of the PLIE oriented to lot 3 and entered (the provider sent the entry liaison sheet). */
  async function entered(lastName: string): Promise<{ participantId: string; orientationId: string }> {
    const p = await ok(
      t.gql(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
        { input: { lastName, firstName: 'Amélie', sex: 'FEMALE', birthDate: '1985-05-05' } },
        referent,
      ),
    );
    await admitToPlie(t.dataSource, p.id);
    const o = await ok(
      t.gql(
        `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id version } }`,
        { input: { participantId: p.id, lotId: lot3, orientedOn: day(-40) } },
        referent,
      ),
    );
    await ok(
      t.gql(
        `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id } }`,
        { input: { orientationId: o.id, version: o.version, entered: true, startedOn: day(-35), fseEntry: {} } },
        cap,
      ),
    );
    return { participantId: p.id, orientationId: o.id };
  }

  const upload = (
    session: Session,
    id: string,
    kind: string | null,
    file: { content: Buffer; name: string; type: string } | null,
    description?: string,
  ) => {
    const call = t.http().post(`/files/participants/${id}/documents`).set('authorization', `Bearer ${session.token}`);
    if (kind) call.field('kind', kind);
    if (description) call.field('description', description);
    if (file) call.attach('file', file.content, { filename: file.name, contentType: file.type });
    return call;
  };
  const get = (path: string, session: Session) =>
    t.http().get(path).set('authorization', `Bearer ${session.token}`).buffer(true).parse(binary);
  const docCount = async (id: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM proof_documents WHERE "participantId" = $1`, [id]))[0].n;

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'passerelle-files-'));
    t = await TestApp.start({ env: { FILES_DIR: filesDir, MAX_UPLOAD_MB: '1' } });
    referent = await t.login('referente@plie-lunel.test');
    coordinator = await t.login('coordination@plie-lunel.test');
    cap = await t.login('prestataire@cap-competences.test');
    otherStructure = await t.login('coordination@ml-ales.test');
    [, , { id: lot3 }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' ORDER BY l.number`,
    );

    // Amélie attends a workshop (signed sheet), does an immersion (co-signed exit sheet); her neighbour misses the workshop.
    const amelie = await entered('Bérénger');
    const absent = await entered('Absente');
    participantId = amelie.participantId;
    absentId = absent.participantId;
    const sessionId = (
      await ok(
        t.gql(
          `mutation($input: CreateSessionInput!) { createActivitySession(input: $input) { id } }`,
          {
            input: {
              lotId: lot3,
              kind: 'WORKSHOP',
              title: 'Gestion du stress',
              date: day(-2),
              startTime: '09:30',
              durationMinutes: 120,
              place: 'Lunel',
              facilitator: 'Claire Martin',
              maxParticipants: 12,
            },
          },
          cap,
        ),
      )
    ).id;
    const enrolments = [];
    for (const orientationId of [amelie.orientationId, absent.orientationId])
      enrolments.push(
        (
          await ok(
            t.gql(
              `mutation($input: EnrolInput!) { enrolInSession(input: $input) { id } }`,
              { input: { sessionId, orientationId } },
              cap,
            ),
          )
        ).id,
      );
    await ok(
      t.gql(
        `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
        {
          input: {
            sessionId,
            entries: [
              { enrolmentId: enrolments[0], status: 'PRESENT' },
              { enrolmentId: enrolments[1], status: 'UNEXCUSED_ABSENCE' },
            ],
          },
        },
        cap,
      ),
    );
    const scan = Buffer.from('%PDF-1.4\nfeuille signée\n%%EOF');
    expect(
      (
        await t
          .http()
          .post(`/files/attendance-sheets/${sessionId}/signed`)
          .set('authorization', `Bearer ${cap.token}`)
          .attach('file', scan, { filename: 'emargement-stress.pdf', contentType: 'application/pdf' })
      ).status,
    ).toBe(201);

    const immersion = await ok(
      t.gql(
        `mutation($input: PlanImmersionInput!) { planImmersion(input: $input) { id version } }`,
        {
          input: {
            orientationId: amelie.orientationId,
            hostName: 'Ressourcerie du Pays de Lunel',
            tutorName: 'Marc Vidal',
            objective: 'Reprendre un rythme',
            startsOn: day(-20),
            endsOn: day(-7),
            hours: '30',
          },
        },
        cap,
      ),
    );
    const started = await ok(
      t.gql(
        `mutation($input: RecordImmersionStartMeetingInput!) { recordImmersionStartMeeting(input: $input) { id version } }`,
        { input: { id: immersion.id, version: immersion.version, on: day(-20) } },
        cap,
      ),
    );
    const sheetScan = Buffer.from('%PDF-1.4\nfiche de fin d’immersion\n%%EOF');
    const proof = await t
      .http()
      .post('/files/proofs')
      .set('authorization', `Bearer ${cap.token}`)
      .field('lotId', lot3)
      .field('kind', 'SCAN')
      .attach('file', sheetScan, { filename: 'fin-immersion.pdf', contentType: 'application/pdf' });
    await ok(
      t.gql(
        `mutation($input: RecordImmersionExitSheetInput!) { recordImmersionExitSheet(input: $input) { id } }`,
        {
          input: {
            id: immersion.id,
            version: started.version,
            punctuality: 'GOOD',
            attendance: 'GOOD',
            understanding: 'GOOD',
            relations: 'GOOD',
            skills: 'Tri',
            recommendations: 'Chantier d’insertion',
            tutorSignedOn: day(-7),
            participantSignedOn: day(-7),
            proofId: proof.body.id,
          },
        },
        cap,
      ),
    );
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('lets the référent put a CV on the file, stored with its hash and kept until the programme’s closure', async () => {
    const res = await upload(
      referent,
      participantId,
      'CV',
      { content: cv, name: 'CV Amélie.pdf', type: 'application/pdf' },
      'CV à jour, remis en entretien',
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      source: 'UPLOADED',
      proofKind: 'CV',
      kindLabel: 'CV',
      title: 'CV Amélie.pdf',
      sha256: sha(cv),
      keepUntil: '2033-12-31',
      date: today,
      description: 'CV à jour, remis en entretien',
    });
    expect(res.body.downloadPath).toBe(`/files/proofs/${res.body.proofId}`);

    const download = await get(res.body.downloadPath, referent);
    expect(download.status).toBe(200);
    expect(sha(download.body)).toBe(sha(cv));
    expect(download.headers['x-content-sha256']).toBe(sha(cv));
    expect(await docCount(participantId)).toBe(1);
  });

  it('lists every document of the file, most recent first, paginated, with kind, author, hash and keep-until date', async () => {
    const all = await ok(t.gql(DOCUMENTS, { participantId, first: 10 }, referent));
    expect(all.totalCount).toBe(4);
    const nodes = all.edges.map((e: any) => e.node);
    // Same day: the most recently recorded first (the CV was put on the file after the entry sheet was sent).
    expect(nodes.map((n: any) => [n.source, n.date])).toEqual([
      ['UPLOADED', today],
      ['LIAISON_SHEET', today],
      ['ATTENDANCE_SHEET', day(-2)],
      ['IMMERSION_SHEET', day(-7)],
    ]);
    const bySource = Object.fromEntries(nodes.map((n: any) => [n.source, n]));
    expect(bySource.UPLOADED).toMatchObject({
      kindLabel: 'CV',
      author: { fullName: 'Nadia Ferhat' },
      sha256: sha(cv),
      keepUntil: '2033-12-31',
    });
    expect(bySource.ATTENDANCE_SHEET).toMatchObject({
      kindLabel: 'Feuille d’émargement signée',
      title: 'Gestion du stress',
      author: { fullName: 'Thomas Roux' },
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      keepUntil: '2033-12-31',
    });
    expect(bySource.IMMERSION_SHEET).toMatchObject({
      kindLabel: 'Fiche de fin d’immersion',
      title: 'Ressourcerie du Pays de Lunel',
      description: 'fin-immersion.pdf',
      author: { fullName: 'Thomas Roux' },
    });
    expect(bySource.LIAISON_SHEET).toMatchObject({
      kindLabel: 'Fiche de liaison « entrée »',
      author: { fullName: 'Thomas Roux' },
      sha256: null,
      downloadPath: null,
      proofId: null,
      keepUntil: '2033-12-31',
    });
    expect(bySource.LIAISON_SHEET.title).toMatch(/^Lot 3 – /);
    // The référent downloads the provider's signed sheet through the same path and rules.
    expect((await get(bySource.ATTENDANCE_SHEET.downloadPath, referent)).status).toBe(200);

    const page1 = await ok(t.gql(DOCUMENTS, { participantId, first: 3 }, referent));
    expect(page1.edges).toHaveLength(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok(t.gql(DOCUMENTS, { participantId, first: 3, after: page1.pageInfo.endCursor }, referent));
    expect(page2.edges.map((e: any) => e.node.id)).toEqual([nodes[3].id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // The neighbour missed the workshop: only her own liaison sheet.
    const absent = await ok(t.gql(DOCUMENTS, { participantId: absentId }, referent));
    expect(absent.edges.map((e: any) => e.node.source)).toEqual(['LIAISON_SHEET']);
    // The lots' proofs list keeps out the documents of participants' files.
    const proofs = await ok(t.gql(`{ proofs(first: 100) { edges { node { kind } } } }`, {}, coordinator));
    expect(proofs.edges.map((e: any) => e.node.kind)).not.toContain('CV');
  });

  it('writes reads, uploads and downloads to the participant’s audit trail, with the author’s name', async () => {
    const trail = await ok(t.gql(TRAIL, { participantId }, coordinator));
    const byAction = (action: string) => trail.edges.map((e: any) => e.node).filter((n: any) => n.action === action);
    expect(byAction('participant.document.uploaded')).toEqual([
      expect.objectContaining({ label: 'Document déposé sur le dossier', actor: { fullName: 'Nadia Ferhat' } }),
    ]);
    expect(byAction('participant.documents.read').length).toBeGreaterThanOrEqual(3);
    expect(byAction('participant.document.downloaded')).toEqual([
      expect.objectContaining({
        label: 'Téléchargement d’un document du dossier',
        actor: { fullName: 'Nadia Ferhat' },
      }),
    ]);
  });

  it('refuses another structure, the provider, roles that may not upload, and bad files, changing nothing', async () => {
    const mail = { content: Buffer.from('Bonjour'), name: 'courriel.txt', type: 'text/plain' };
    // Another structure: the participant does not exist for it.
    expect(errorCode(await t.gql(DOCUMENTS, { participantId }, otherStructure))).toBe('NOT_FOUND');
    const foreign = await upload(otherStructure, participantId, 'MAIL', mail);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ code: 'NOT_FOUND', message: 'Participant introuvable.' });
    const [{ proofId }] = await t.dataSource.query(
      `SELECT id AS "proofId" FROM proof_documents WHERE "participantId" = $1`,
      [participantId],
    );
    expect((await get(`/files/proofs/${proofId}`, otherStructure)).status).toBe(404);

    // The provider follows Amélie in lot 3 but does not reach her file, nor its documents.
    expect(errorCode(await t.gql(DOCUMENTS, { participantId }, cap))).toBe('NOT_FOUND');
    expect((await get(`/files/proofs/${proofId}`, cap)).status).toBe(404);
    const byProvider = await upload(cap, participantId, 'MAIL', mail);
    expect(byProvider.status).toBe(403);
    expect(byProvider.body.code).toBe('FORBIDDEN');

    // Bad requests, each with a precise French message.
    const gif = await upload(referent, participantId, 'SCAN', {
      content: Buffer.from('GIF89a'),
      name: 'photo.gif',
      type: 'image/gif',
    });
    expect(gif.status).toBe(400);
    expect(gif.body.fields).toEqual({
      file: 'Type de fichier non accepté : son contenu n’est pas un document autorisé (PDF, PNG, JPEG, tableur (.xlsx), courriel (.eml), texte ou CSV).',
    });
    const empty = await upload(referent, participantId, 'SCAN', {
      content: Buffer.alloc(0),
      name: 'vide.pdf',
      type: 'application/pdf',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.fields).toEqual({ file: 'Le fichier est vide.' });
    const wrongKind = await upload(referent, participantId, 'SIGNED_ATTENDANCE_SHEET', mail);
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.fields).toEqual({
      kind: 'Nature de document inconnue : CV, pièce d’identité, courrier, document numérisé ou autre.',
    });
    const noFile = await upload(referent, participantId, 'MAIL', null);
    expect(noFile.status).toBe(400);
    expect(noFile.body.fields).toEqual({ file: 'Joignez le fichier (champ « file »).' });
    const tooBig = await upload(referent, participantId, 'SCAN', {
      content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024, 1)]),
      name: 'scan.pdf',
      type: 'application/pdf',
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Certains champs sont invalides.',
      fields: { file: 'Le fichier est trop volumineux : il dépasse la taille maximale acceptée.' },
    });
    expect((await upload(referent, 'pas-un-id', 'MAIL', mail)).status).toBe(404);
    expect(await docCount(participantId)).toBe(1);

    // The coordinator follows the person too and may upload; the count moves only then.
    const byCoordinator = await upload(coordinator, participantId, 'IDENTITY_DOCUMENT', {
      content: Buffer.from('%PDF-1.4 ID'),
      name: 'cni.pdf',
      type: 'application/pdf',
    });
    expect(byCoordinator.status).toBe(201);
    expect(byCoordinator.body.kindLabel).toBe('Pièce d’identité ou titre de séjour');
    expect(await docCount(participantId)).toBe(2);
  });
});
