import { addDays, todayInParis } from '@passerelle/domain';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signaturePng } from './support/files';
import { pdfPageCount, pdfToText, plainSpaces, renderFirstPage } from './support/pdf';
import { errorCode, GqlResult, TestApp } from './support/test-app';
import { admitToPlie } from './support/plie-admission';

type Session = { token: string; structureId: string };
const today = todayInParis();
const day = (offset: number) => addDays(today, offset);
const sha = (content: Buffer) => createHash('sha256').update(content).digest('hex');

const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createActivitySession(input: $input) { id } }`;
const ENROL = `mutation($input: EnrolInput!) { enrolInSession(input: $input) { id } }`;
const LINKS = `mutation($id: ID!) { createSignatureLinks(sessionId: $id) { enrolmentId token path apiPath url expiresAt participant { lastName } } }`;
const FREEZE = `mutation($id: ID!) { freezeAttendanceSheet(sessionId: $id) { id sheetFrozenAt sheetSha256 sheetProof { id kind sha256 keepUntil fileName } } }`;
const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id attendance signedAt } }`;

/** Reads a binary body (PDF, downloads) into a Buffer. */
const binary = (res: any, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('attendance sheets: PDF, e-signature, signed scans and proofs', () => {
  let t: TestApp;
  let filesDir: string;
  let referent: Session;
  let cap: Session;
  let insertionPlus: Session;
  let lot1: string;
  let sessionId: string;
  const enrolments: string[] = [];

  async function ok<T = any>(result: Promise<GqlResult>): Promise<T> {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data!)[0] as T;
  }

  async function oriented(lastName: string, firstName: string): Promise<string> {
    const p = await ok(
      t.gql(
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
        { input: { lastName, firstName, sex: 'FEMALE', birthDate: '1985-05-05' } },
        referent,
      ),
    );
    await admitToPlie(t.dataSource, p.id);
    const o = await ok(
      t.gql(
        `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id version } }`,
        { input: { participantId: p.id, lotId: lot1, orientedOn: day(-10) } },
        referent,
      ),
    );
    await ok(
      t.gql(
        `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id } }`,
        { input: { orientationId: o.id, version: o.version, entered: true, startedOn: day(-8), fseEntry: {} } },
        cap,
      ),
    );
    return o.id;
  }

  const get = (path: string, session?: Session) => {
    const call = t.http().get(path).buffer(true).parse(binary);
    if (session) call.set('authorization', `Bearer ${session.token}`);
    return call;
  };

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'passerelle-files-'));
    t = await TestApp.start({
      env: { FILES_DIR: filesDir, SIGNATURE_LINK_TTL_MINUTES: '30', PUBLIC_BASE_URL: 'https://passerelle.example' },
    });
    referent = await t.login('referente@plie-lunel.test');
    cap = await t.login('prestataire@cap-competences.test');
    insertionPlus = await t.login('prestataire@insertion-plus.test');
    [{ id: lot1 }] = await t.dataSource.query(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' AND l.number = 1`,
    );
    sessionId = (
      await ok(
        t.gql(
          CREATE_SESSION,
          {
            input: {
              lotId: lot1,
              kind: 'WORKSHOP',
              title: 'Gestion du stress',
              date: day(-1),
              startTime: '09:30',
              durationMinutes: 180,
              place: 'Maison de l’emploi, Lunel',
              facilitator: 'Claire Martin',
            },
          },
          cap,
        ),
      )
    ).id;
    for (const orientationId of [await oriented('Bérénger', 'Amélie'), await oriented('Nguyen', 'Thi Hoa')]) {
      enrolments.push((await ok(t.gql(ENROL, { input: { sessionId, orientationId } }, cap))).id);
    }
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('serves the printable sheet as a PDF naming every enrolled participant, to the lot’s two sides only', async () => {
    const res = await get(`/files/attendance-sheets/${sessionId}.pdf`, cap);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf: Buffer = res.body;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = plainSpaces(pdfToText(pdf));
    for (const expected of [
      'Feuille d’émargement',
      'Prestataire : Cap Compétences',
      'Atelier collectif : Gestion du stress',
      'Animation : Claire Martin',
    ]) {
      expect(text).toContain(expected);
    }
    // One row per person, name, first name and the empty signature box on one line.
    expect(text).toMatch(/^ *BÉRÉNGER +Amélie *$/m);
    expect(text).toMatch(/^ *NGUYEN +Thi Hoa *$/m);
    expect(text).toMatch(/^ *Nom +Prénom +Présence +Signature *$/m);
    // The lot is co-funded by the FSE+: the emblem's statement and the funding, at the top of the sheet.
    expect(text).toMatch(/^ *Cofinancé par l’Union européenne – FSE\+ *$/m);
    expect(text).toContain('cofinancée avec le concours du Fonds social européen plus (FSE+)');
    expect(pdfPageCount(pdf)).toBe(1);
    const page = renderFirstPage(pdf);
    expect(page.height / page.width).toBeCloseTo(841.89 / 595.28, 1);
    expect(page.ink).toBeGreaterThan(0.005);

    // A lot without European funding: no mention.
    await t.dataSource.query(`UPDATE lots SET "fseCoFunded" = false WHERE id = $1`, [lot1]);
    const plain = pdfToText((await get(`/files/attendance-sheets/${sessionId}.pdf`, cap)).body);
    await t.dataSource.query(`UPDATE lots SET "fseCoFunded" = true WHERE id = $1`, [lot1]);
    expect(plain).toContain('Feuille d’émargement');
    expect(plain).not.toContain('Union européenne');
    expect((await get(`/files/attendance-sheets/${sessionId}.pdf`, referent)).status).toBe(200);
    const stranger = await get(`/files/attendance-sheets/${sessionId}.pdf`, insertionPlus);
    expect(stranger.status).toBe(404);
    expect(JSON.parse(stranger.body.toString())).toEqual({ code: 'NOT_FOUND', message: 'Séance introuvable.' });
    expect((await get(`/files/attendance-sheets/${sessionId}.pdf`)).status).toBe(401);
  });

  it('signs electronically through a one-time link, then freezes the sheet with its SHA-256', async () => {
    expect(errorCode(await t.gql(LINKS, { id: sessionId }, referent))).toBe('FORBIDDEN');
    const links = await ok(t.gql(LINKS, { id: sessionId }, cap));
    expect(links).toHaveLength(2);
    const [first] = links;
    expect(first.path).toBe(`/sign/${first.token}`);
    expect(first.apiPath).toBe(`/signatures/${first.token}`);
    expect(first.url).toBe(`https://passerelle.example/sign/${first.token}`);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const page = await t.http().get(first.apiPath);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      title: 'Gestion du stress',
      date: day(-1),
      lastName: first.participant.lastName,
    });
    expect((await t.http().get('/signatures/pas-un-jeton')).status).toBe(404);

    const bad = await t.http().post(first.apiPath).send({ signature: 'data:image/gif;base64,R0lGOD' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual({ signature: 'La signature doit être une image PNG (data:image/png;base64,…).' });
    const signature = `data:image/png;base64,${signaturePng().toString('base64')}`;
    const signed = await t.http().post(first.apiPath).send({ signature });
    expect(signed.status).toBe(201);
    expect(signed.body.signed).toBe(true);
    const again = await t.http().post(first.apiPath).send({ signature });
    expect(again.status).toBe(410);
    expect(again.body.message).toBe('Ce lien de signature a déjà été utilisé.');
    expect((await t.http().get(first.apiPath)).status).toBe(410);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM attendance_signature_tokens WHERE "tokenHash" = $1`,
      [sha(Buffer.from(first.token))],
    );
    expect(count).toBe(1);

    // The second person did not sign: the sheet cannot be frozen until the facilitator records their attendance.
    const incomplete = await t.gql(FREEZE, { id: sessionId }, cap);
    expect(incomplete.errors![0].extensions.fields).toEqual({
      sessionId: 'La présence de 1 participant reste à saisir.',
    });
    const attendance = await ok(
      t.gql(
        ATTEND,
        { input: { sessionId, entries: [{ enrolmentId: links[1].enrolmentId, status: 'EXCUSED_ABSENCE' }] } },
        cap,
      ),
    );
    expect(attendance.find((e: any) => e.id === first.enrolmentId)).toMatchObject({
      attendance: 'PRESENT',
      signedAt: expect.any(String),
    });

    const frozen = await ok(t.gql(FREEZE, { id: sessionId }, cap));
    expect(frozen.sheetSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(frozen.sheetProof).toMatchObject({
      kind: 'SIGNED_ATTENDANCE_SHEET',
      sha256: frozen.sheetSha256,
      keepUntil: '2033-12-31',
    });
    const download = await get(`/files/proofs/${frozen.sheetProof.id}`, referent);
    expect(download.status).toBe(200);
    expect(sha(download.body)).toBe(frozen.sheetSha256);
    expect(pdfToText(download.body)).toContain('Signé électroniquement');

    const edit = await t.gql(
      ATTEND,
      { input: { sessionId, entries: [{ enrolmentId: links[1].enrolmentId, status: 'PRESENT' }] } },
      cap,
    );
    expect(edit.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ATTENDANCE_SHEET_FROZEN' });
    expect(errorCode(await t.gql(LINKS, { id: sessionId }, cap))).toBe('CONFLICT');
    const lateSign = await t.http().post(links[1].apiPath).send({ signature });
    expect(lateSign.status).toBe(409);
    expect(lateSign.body.reason).toBe('ATTENDANCE_SHEET_FROZEN');
  });

  it('refuses an expired signature link', async () => {
    const other = (
      await ok(
        t.gql(
          CREATE_SESSION,
          {
            input: {
              lotId: lot1,
              kind: 'WORKSHOP',
              title: 'Atelier CV',
              date: day(0),
              startTime: '09:00',
              durationMinutes: 120,
              place: 'Lunel',
              facilitator: 'Claire Martin',
            },
          },
          cap,
        ),
      )
    ).id;
    await ok(t.gql(ENROL, { input: { sessionId: other, orientationId: await oriented('Perrin', 'Luc') } }, cap));
    const [link] = await ok(t.gql(LINKS, { id: other }, cap));
    await t.dataSource.query(
      `UPDATE attendance_signature_tokens SET "expiresAt" = now() - interval '1 minute' WHERE "enrolmentId" = $1`,
      [link.enrolmentId],
    );
    const expired = await t
      .http()
      .post(link.apiPath)
      .send({ signature: `data:image/png;base64,${signaturePng().toString('base64')}` });
    expect(expired.status).toBe(410);
    expect(expired.body.message).toBe('Ce lien de signature a expiré : demandez-en un nouveau à l’animateur·rice.');
    const [{ signedAt }] = await t.dataSource.query(`SELECT "signedAt" FROM session_enrolments WHERE id = $1`, [
      link.enrolmentId,
    ]);
    expect(signedAt).toBeNull();
  });

  it('freezes a sheet from its signed scan, storing the file and its hash', async () => {
    const other = (
      await ok(
        t.gql(
          CREATE_SESSION,
          {
            input: {
              lotId: lot1,
              kind: 'INFORMATION_SESSION',
              title: 'Information collective',
              date: day(-2),
              startTime: '14:00',
              durationMinutes: 90,
              place: 'Mauguio',
              facilitator: 'Claire Martin',
            },
          },
          cap,
        ),
      )
    ).id;
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('feuille signée à la main')]);
    const noFile = await t
      .http()
      .post(`/files/attendance-sheets/${other}/signed`)
      .set('authorization', `Bearer ${cap.token}`)
      .field('x', '1');
    expect(noFile.status).toBe(400);
    const res = await t
      .http()
      .post(`/files/attendance-sheets/${other}/signed`)
      .set('authorization', `Bearer ${cap.token}`)
      .attach('file', scan, { filename: 'emargement.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(201);
    expect(res.body.sha256).toBe(sha(scan));
    const [stored] = await t.dataSource.query(`SELECT "storagePath", sha256, size FROM proof_documents WHERE id = $1`, [
      res.body.proofId,
    ]);
    expect(stored).toMatchObject({ sha256: sha(scan), size: scan.length });
    const onDisk = join(filesDir, stored.storagePath);
    expect(existsSync(onDisk)).toBe(true);
    expect(sha(readFileSync(onDisk))).toBe(sha(scan));
    const twice = await t
      .http()
      .post(`/files/attendance-sheets/${other}/signed`)
      .set('authorization', `Bearer ${cap.token}`)
      .attach('file', scan, { filename: 'emargement.pdf', contentType: 'application/pdf' });
    expect(twice.status).toBe(409);
  });

  it('stores uploaded proofs with their hash and refuses to delete them before the programme’s closure', async () => {
    const mail = Buffer.from('Objet : relance\n\nBonjour, sans nouvelles de votre part…');
    const res = await t
      .http()
      .post('/files/proofs')
      .set('authorization', `Bearer ${cap.token}`)
      .field('lotId', lot1)
      .field('kind', 'MAIL')
      .attach('file', mail, { filename: 'relance.txt', contentType: 'text/plain' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'MAIL',
      sha256: sha(mail),
      size: mail.length,
      keepUntil: '2033-12-31',
      fileName: 'relance.txt',
    });
    const badKind = await t
      .http()
      .post('/files/proofs')
      .set('authorization', `Bearer ${cap.token}`)
      .field('lotId', lot1)
      .field('kind', 'NOPE')
      .attach('file', mail, { filename: 'x.txt', contentType: 'text/plain' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.fields).toEqual({ kind: 'Nature de justificatif inconnue.' });
    const notAwarded = await t
      .http()
      .post('/files/proofs')
      .set('authorization', `Bearer ${insertionPlus.token}`)
      .field('lotId', lot1)
      .field('kind', 'MAIL')
      .attach('file', mail, { filename: 'x.txt', contentType: 'text/plain' });
    expect(notAwarded.status).toBe(403);
    expect(notAwarded.body.reason).toBe('LOT_NOT_AWARDED');

    const refused = await t.gql(`mutation($id: ID!) { deleteProof(id: $id) }`, { id: res.body.id }, cap);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PROOF_RETENTION',
      keepUntil: '2033-12-31',
    });
    expect(refused.errors![0].message).toBe(
      'Ce justificatif doit être conservé jusqu’au 31/12/2033 (clôture du programme) : il ne peut pas être supprimé avant.',
    );
    await t.dataSource.query(`UPDATE proof_documents SET "keepUntil" = $2 WHERE id = $1`, [res.body.id, day(-1)]);
    expect(await ok(t.gql(`mutation($id: ID!) { deleteProof(id: $id) }`, { id: res.body.id }, cap))).toBe(true);
    const list = await ok(t.gql(`{ proofs { totalCount edges { node { kind } } } }`, {}, referent));
    expect(list.edges.map((e: any) => e.node.kind).sort()).toEqual([
      'SIGNED_ATTENDANCE_SHEET',
      'SIGNED_ATTENDANCE_SHEET',
    ]);
  });
});
