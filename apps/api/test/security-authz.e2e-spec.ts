import { JwtService } from '@nestjs/jwt';
import { addDays, todayInParis } from '@passerelle/domain';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binaryBody, signaturePng } from './support/files';
import { pdfToText } from './support/pdf';
import { errorCode, GqlOptions, TestApp } from './support/test-app';
import { admitToPlie } from './support/plie-admission';

/** The fixed secret of the development stack (`scripts/dev.mjs`): public, since it is in the repository. */
const DEV_SECRET = 'dev-only-secret-change-me-in-production-0001';
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email fullName } }`;
const SET_MEMBERSHIP = `mutation($input: SetMembershipInput!) { setMembership(input: $input) { id memberships { role } } }`;
const REMOVE_MEMBERSHIP = `mutation($input: RemoveMembershipInput!) { removeMembership(input: $input) { id } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id scopes expiresAt } } }`;

describe('Security: authorisation and special-category data (issue 12)', () => {
  let t: TestApp;
  let ales: string;
  let director: GqlOptions;
  let coordinator: GqlOptions;
  const userId = async (email: string): Promise<string> =>
    (await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]))[0].id;
  const roleIn = async (id: string, structureId: string): Promise<string | null> =>
    (
      await t.dataSource.query(`SELECT role FROM memberships WHERE "userId" = $1 AND "structureId" = $2`, [
        id,
        structureId,
      ])
    )[0]?.role ?? null;
  const newAccount = (email: string, role: string) => ({
    input: { email, fullName: 'Compte Test', password: 'Bienvenue-2026-x', role },
  });

  let filesDir: string;

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'passerelle-security-'));
    t = await TestApp.start({ env: { FILES_DIR: filesDir } });
    ales = await t.structureId('Mission Locale Alès Pays Cévennes');
    director = await t.login('directrice@ml-ales.test');
    coordinator = await t.login('coordination@ml-ales.test');
  });
  afterAll(async () => {
    await t.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  describe('1. production starts with the public development secret', () => {
    it('refuses to start in production with the secret of scripts/dev.mjs, in one French line', () => {
      const main = join(__dirname, '..', 'dist', 'main.js');
      expect(existsSync(main)).toBe(true); // built by the test command before the specs (nx run api:build)
      const run = spawnSync(process.execPath, [main], {
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/nothing',
          REDIS_URL: 'redis://127.0.0.1:6379',
          JWT_SECRET: DEV_SECRET,
          PORT: '39999',
        },
        encoding: 'utf8',
        timeout: 20000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(
        'Configuration invalide : JWT_SECRET est un secret public (il figure dans le dépôt) : générez-en un avec « openssl rand -hex 32 »',
      );
      expect(run.stdout).not.toMatch(/API prête/);
    });

    it('does not accept a platform administrator’s token forged with that secret', async () => {
      const forged = await new JwtService({ secret: DEV_SECRET }).signAsync(
        { sub: await userId('admin@passerelle.test') },
        { expiresIn: 900 },
      );
      const result = await t.gql(`{ structures { totalCount } }`, {}, { token: forged });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
      expect(result.data).toBeNull();
    });
  });

  describe('2. role escalation through user management', () => {
    it('a coordinator cannot create a director, promote to director, nor demote or remove the director', async () => {
      const created = await t.gql(CREATE_USER, newAccount('complice@ml-ales.test', 'DIRECTOR'), coordinator);
      expect(created.errors![0].extensions.fields!.role).toBe(
        'Seuls la direction et l’administrateur de la plateforme gèrent les comptes de direction.',
      );
      expect(await t.dataSource.query(`SELECT 1 FROM users WHERE email = 'complice@ml-ales.test'`)).toEqual([]);

      const counsellor = await userId('conseillere@ml-ales.test');
      const promoted = await t.gql(
        SET_MEMBERSHIP,
        { input: { userId: counsellor, structureId: ales, role: 'DIRECTOR' } },
        coordinator,
      );
      expect(errorCode(promoted)).toBe('BAD_USER_INPUT');
      expect(await roleIn(counsellor, ales)).toBe('COUNSELLOR');

      const theDirector = await userId('directrice@ml-ales.test');
      const demoted = await t.gql(
        SET_MEMBERSHIP,
        { input: { userId: theDirector, structureId: ales, role: 'COUNSELLOR' } },
        coordinator,
      );
      expect(errorCode(demoted)).toBe('FORBIDDEN');
      const removed = await t.gql(
        REMOVE_MEMBERSHIP,
        { input: { userId: theDirector, structureId: ales } },
        coordinator,
      );
      expect(errorCode(removed)).toBe('FORBIDDEN');
      expect(await roleIn(theDirector, ales)).toBe('DIRECTOR');
    });

    it('an API key holding only users:manage cannot create a director nor give rights it does not carry', async () => {
      const { secret } = (await t.gql(CREATE_KEY, { input: { name: 'Annuaire', scopes: ['users:manage'] } }, director))
        .data!.createApiKey;
      const asDirector = await t.gql(CREATE_USER, newAccount('cle-directeur@ml-ales.test', 'DIRECTOR'), {
        apiKey: secret,
      });
      expect(asDirector.errors![0].extensions.fields!.role).toMatch(/direction/);
      const asCounsellor = await t.gql(CREATE_USER, newAccount('cle-conseil@ml-ales.test', 'COUNSELLOR'), {
        apiKey: secret,
      });
      expect(asCounsellor.errors![0].extensions.fields!.role).toMatch(/droits que vous n’avez pas/);
      expect(await t.dataSource.query(`SELECT 1 FROM users WHERE email LIKE 'cle-%'`)).toEqual([]);
    });

    it('the last director of a structure can be neither demoted nor removed, even by the platform administrator', async () => {
      const admin = await t.login('admin@passerelle.test');
      const theDirector = await userId('directrice@ml-ales.test');
      const demoted = await t.gql(
        SET_MEMBERSHIP,
        { input: { userId: theDirector, structureId: ales, role: 'COORDINATOR' } },
        admin,
      );
      expect(errorCode(demoted)).toBe('CONFLICT');
      expect(demoted.errors![0].message).toMatch(/dernier compte de direction/);
      const removed = await t.gql(REMOVE_MEMBERSHIP, { input: { userId: theDirector, structureId: ales } }, admin);
      expect(errorCode(removed)).toBe('CONFLICT');
      expect(await roleIn(theDirector, ales)).toBe('DIRECTOR');
    });

    it('two simultaneous demotions of the two directors leave one director', async () => {
      const admin = await t.login('admin@passerelle.test');
      const second = await t.gql(CREATE_USER, newAccount('directeur2@ml-ales.test', 'DIRECTOR'), director);
      expect(second.errors).toBeUndefined();
      const ids = [await userId('directrice@ml-ales.test'), second.data!.createUser.id];
      const results = await Promise.all(
        ids.map((id) =>
          t.gql(SET_MEMBERSHIP, { input: { userId: id, structureId: ales, role: 'COORDINATOR' } }, admin),
        ),
      );
      expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM memberships WHERE "structureId" = $1 AND role = 'DIRECTOR'`,
        [ales],
      );
      expect(count).toBe(1);
      // Back to the seeded direction for the tests that follow.
      await t.dataSource.query(`UPDATE memberships SET role = 'DIRECTOR' WHERE "userId" = $1 AND "structureId" = $2`, [
        ids[0],
        ales,
      ]);
      await t.dataSource.query(`DELETE FROM memberships WHERE "userId" = $1`, [ids[1]]);
    });

    it('an API key stops working when its creator leaves, and loses the rights its creator loses', async () => {
      // A second director creates a key, then is demoted to coordinator, then removed.
      const created = await t.gql(CREATE_USER, newAccount('codirecteur@ml-ales.test', 'DIRECTOR'), director);
      expect(created.errors).toBeUndefined();
      const coDirector = created.data!.createUser.id;
      const session = await t.login('codirecteur@ml-ales.test', 'Bienvenue-2026-x');
      const { secret } = (
        await t.gql(
          CREATE_KEY,
          { input: { name: 'Paramétrage', scopes: ['structure:manage', 'structure:read'] } },
          session,
        )
      ).data!.createApiKey;
      const UPDATE = `mutation($input: UpdateStructureInput!) { updateStructure(input: $input) { name } }`;
      const version = async () =>
        (await t.dataSource.query(`SELECT version FROM structures WHERE id = $1`, [ales]))[0].version;
      const rename = async () =>
        t.gql(
          UPDATE,
          { input: { id: ales, version: await version(), name: 'Renommée par la clé' } },
          { apiKey: secret },
        );
      expect((await rename()).errors).toBeUndefined();

      await t.gql(SET_MEMBERSHIP, { input: { userId: coDirector, structureId: ales, role: 'COORDINATOR' } }, director);
      expect(errorCode(await rename())).toBe('FORBIDDEN');
      expect((await t.gql(`{ structures { totalCount } }`, {}, { apiKey: secret })).errors).toBeUndefined();

      await t.gql(REMOVE_MEMBERSHIP, { input: { userId: coDirector, structureId: ales } }, director);
      expect(errorCode(await t.gql(`{ structures { totalCount } }`, {}, { apiKey: secret }))).toBe('UNAUTHENTICATED');
      await t.dataSource.query(`UPDATE structures SET name = 'Mission Locale Alès Pays Cévennes' WHERE id = $1`, [
        ales,
      ]);
    });

    it('an API key with an expiry is refused after it', async () => {
      const past = await t.gql(
        CREATE_KEY,
        { input: { name: 'Vieille', scopes: ['structure:read'], expiresAt: '2020-01-01T00:00:00Z' } },
        director,
      );
      expect(past.errors![0].extensions.fields).toEqual({
        expiresAt: 'La date de fin de validité doit être dans le futur.',
      });
      const expiresAt = new Date(Date.now() + 3600_000).toISOString();
      const { secret, apiKey } = (
        await t.gql(CREATE_KEY, { input: { name: 'Temporaire', scopes: ['structure:read'], expiresAt } }, director)
      ).data!.createApiKey;
      expect(apiKey.expiresAt).toBe(expiresAt);
      expect((await t.gql(`{ structures { totalCount } }`, {}, { apiKey: secret })).errors).toBeUndefined();
      await t.dataSource.query(`UPDATE api_keys SET "expiresAt" = now() - interval '1 second' WHERE id = $1`, [
        apiKey.id,
      ]);
      expect(errorCode(await t.gql(`{ structures { totalCount } }`, {}, { apiKey: secret }))).toBe('UNAUTHENTICATED');
    });

    it('legitimate use: a director still manages coordinators and directors, a coordinator counsellors', async () => {
      const made = await t.gql(CREATE_USER, newAccount('coord2@ml-ales.test', 'COORDINATOR'), director);
      expect(made.errors).toBeUndefined();
      const id = made.data!.createUser.id;
      const promoted = await t.gql(
        SET_MEMBERSHIP,
        { input: { userId: id, structureId: ales, role: 'DIRECTOR' } },
        director,
      );
      expect(promoted.data!.setMembership.memberships).toEqual([{ role: 'DIRECTOR' }]);
      // Two directors now: one may step the other down.
      const back = await t.gql(
        SET_MEMBERSHIP,
        { input: { userId: id, structureId: ales, role: 'COORDINATOR' } },
        director,
      );
      expect(back.data!.setMembership.memberships).toEqual([{ role: 'COORDINATOR' }]);
      const counsellor = await t.gql(CREATE_USER, newAccount('conseil2@ml-ales.test', 'COUNSELLOR'), coordinator);
      expect(counsellor.errors).toBeUndefined();
      const removed = await t.gql(
        REMOVE_MEMBERSHIP,
        { input: { userId: counsellor.data!.createUser.id, structureId: ales } },
        coordinator,
      );
      expect(removed.errors).toBeUndefined();
    });
  });

  describe('3. special-category data leaks (GDPR art. 9)', () => {
    const PARTICIPANT = `query($id: ID!) { participant(id: $id) { id lastName entrySituations canSeeSensitive
      fseEntry { disability thirdCountryNational foreignBackground minority homeless }
      sensitive { healthNotes }
      pliePaths { id obstacles { kind note } exit { reason comment } transitions { reason } } } }`;
    const AUDIT = `query($id: ID!) { participantAuditTrail(participantId: $id, first: 100) { edges { node { action details } } } }`;
    let referent: GqlOptions;
    let participantId: string;
    let lastName: string;

    beforeAll(async () => {
      referent = await t.login('referent@mlife-amiens.test');
      const [path, exiting] = await t.dataSource.query(
        `SELECT id, "participantId", version FROM plie_paths WHERE "structureId" = $1 AND status = 'ACTIVE'
         ORDER BY "participantId" LIMIT 2`,
        [referent.structureId],
      );
      participantId = path.participantId;
      const current = (
        await t.gql(`query($id: ID!) { participant(id: $id) { version lastName } }`, { id: participantId }, referent)
      ).data!.participant;
      lastName = current.lastName;
      const updated = await t.gql(
        `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { id } }`,
        {
          input: {
            id: participantId,
            version: current.version,
            entrySituations: ['RQTH', 'LONG_TERM_JOBSEEKER'],
            fseEntry: { disability: 'YES', thirdCountryNational: 'YES', foreignBackground: 'YES', minority: 'YES' },
          },
        },
        referent,
      );
      expect(updated.errors).toBeUndefined();
      for (const [kind, note] of [
        ['HEALTH', 'Suivi psychiatrique en cours'],
        ['MOBILITY', 'Pas de permis'],
      ]) {
        const added = await t.gql(
          `mutation($input: AddObstacleInput!) { addObstacle(input: $input) { id } }`,
          { input: { pathId: path.id, kind, severity: 'HIGH', note, identifiedOn: '2026-01-05' } },
          referent,
        );
        expect(added.errors).toBeUndefined();
      }
      const [notes] = await t.dataSource.query(
        `SELECT version FROM participant_sensitive_data WHERE "participantId" = $1`,
        [participantId],
      );
      const noted = await t.gql(
        `mutation($input: UpdateParticipantSensitiveInput!) { updateParticipantSensitive(input: $input) { healthNotes } }`,
        { input: { participantId, version: notes?.version, healthNotes: 'Traitement au long cours' } },
        referent,
      );
      expect(noted.errors).toBeUndefined();
      const exited = await t.gql(
        `mutation($input: ExitPliePathInput!) { exitPliePath(input: $input) { id } }`,
        {
          input: {
            ...{ pathId: exiting.id, version: exiting.version, date: todayInParis(), reason: 'HEALTH' },
            comment: 'Hospitalisation longue',
          },
        },
        referent,
      );
      expect(exited.errors).toBeUndefined();
      participantIds = [participantId, exiting.participantId];
    });
    let participantIds: string[] = [];

    it('roles and keys without participants:sensitive read no health, disability or origin through other fields', async () => {
      const coordinator = await t.login('coordination@mlife-amiens.test');
      // Only the platform administrator holds both api-keys:manage and fse:export.
      const admin = await t.login('admin@passerelle.test');
      const created = await t.gql(
        CREATE_KEY,
        { input: { name: 'Tableau de bord', scopes: ['participants:read', 'audit:read', 'fse:export'] } },
        { ...admin, structureId: referent.structureId },
      );
      expect(created.errors).toBeUndefined();
      const { secret } = created.data!.createApiKey;
      const readers: [string, GqlOptions][] = [
        ['direction', await t.login('direction@mlife-amiens.test')],
        ['contrôle', await t.login('controle@dreets.test')],
        ['clé participants:read', { apiKey: secret }],
      ];
      for (const [who, reader] of readers) {
        for (const id of participantIds) {
          const read = await t.gql(PARTICIPANT, { id }, reader);
          expect([who, read.errors]).toEqual([who, undefined]);
          const p = read.data!.participant;
          expect(p.canSeeSensitive).toBe(false);
          expect(p.sensitive).toBeNull();
          const text = JSON.stringify(p);
          for (const leak of ['RQTH', 'HEALTH', 'psychiatrique', 'Hospitalisation', 'Traitement'])
            expect([who, text.includes(leak)]).toEqual([who, false]);
          const audit = await t.gql(AUDIT, { id }, reader);
          expect(audit.errors).toBeUndefined();
          expect([who, /HEALTH|RQTH/.test(JSON.stringify(audit.data))]).toEqual([who, false]);
        }
      }
      const mine = (await t.gql(PARTICIPANT, { id: participantId }, { apiKey: secret })).data!.participant;
      expect(mine.entrySituations).toEqual(['LONG_TERM_JOBSEEKER']);
      expect(mine.fseEntry).toMatchObject({
        disability: null,
        thirdCountryNational: null,
        foreignBackground: null,
        minority: null,
      });
      expect(mine.pliePaths.flatMap((path: any) => path.obstacles)).toContainEqual({
        kind: 'MOBILITY',
        note: 'Pas de permis',
      });

      // The FSE+ export for a key holding fse:export without participants:sensitive leaves those answers empty.
      const csv = async (headers: Record<string, string>) => {
        const call = t.http().get(`/files/fse-participants.csv?from=2020-01-01&to=${todayInParis()}`);
        for (const [name, value] of Object.entries(headers)) call.set(name, value);
        const response = await call;
        expect(response.status).toBe(200);
        const lines = response.text.replace(/^\uFEFF/, '').split('\r\n');
        const header = lines[0].split(';');
        const row = lines.find((line) => line.includes(lastName))!.split(';');
        return ['Situation de handicap', 'Ressortissant·e d’un pays tiers'].map((h) => row[header.indexOf(h)]);
      };
      expect(await csv({ 'x-api-key': secret })).toEqual(['', '']);
      expect(await csv({ authorization: `Bearer ${coordinator.token}` })).toEqual(['Oui', 'Oui']);
    });

    it('legitimate use: the referent still sees the health notes, the RQTH, the health obstacle and the exit reason', async () => {
      for (const id of participantIds) {
        const p = (await t.gql(PARTICIPANT, { id }, referent)).data!.participant;
        expect(p.canSeeSensitive).toBe(true);
        const text = JSON.stringify(p);
        if (id === participantId) {
          expect(p.entrySituations).toEqual(expect.arrayContaining(['RQTH', 'LONG_TERM_JOBSEEKER']));
          expect(p.sensitive.healthNotes).toBe('Traitement au long cours');
          expect(p.fseEntry).toMatchObject({ disability: 'YES', thirdCountryNational: 'YES' });
          expect(p.pliePaths.flatMap((path: any) => path.obstacles)).toContainEqual({
            kind: 'HEALTH',
            note: 'Suivi psychiatrique en cours',
          });
        } else {
          expect(text).toContain('Hospitalisation longue');
          expect(p.pliePaths.map((path: any) => path.exit?.reason)).toContain('HEALTH');
        }
      }
      const audit = await t.gql(AUDIT, { id: participantId }, await t.login('coordination@mlife-amiens.test'));
      expect(JSON.stringify(audit.data)).toContain('HEALTH');
    });
  });

  describe('3b. special-category data in CEJ contracts', () => {
    it('a health suspension’s reason and note reach the counsellor, not the director', async () => {
      const counsellor = await t.login('conseillere@ml-ales.test');
      const [contract] = await t.dataSource.query(
        `SELECT id, version FROM cej_contracts WHERE "structureId" = $1 AND status = 'ACTIVE' LIMIT 1`,
        [counsellor.structureId],
      );
      const suspended = await t.gql(
        `mutation($input: SuspendCejContractInput!) { suspendCejContract(input: $input) { id } }`,
        {
          input: {
            ...{ id: contract.id, version: contract.version, reason: 'HEALTH' },
            ...{ note: 'Hospitalisation', fromOn: todayInParis() },
          },
        },
        counsellor,
      );
      expect(suspended.errors).toBeUndefined();
      const READ = `query($id: ID!) { cejContract(id: $id) { suspensions { reason note fromOn } events { kind reason } } }`;
      const seen = (await t.gql(READ, { id: contract.id }, director)).data!.cejContract;
      expect(seen.suspensions).toContainEqual({ reason: null, note: null, fromOn: todayInParis() });
      expect(JSON.stringify(seen)).not.toMatch(/HEALTH|santé|Hospitalisation/);
      const followed = (await t.gql(READ, { id: contract.id }, counsellor)).data!.cejContract;
      expect(followed.suspensions).toContainEqual({
        reason: 'HEALTH',
        note: 'Hospitalisation',
        fromOn: todayInParis(),
      });
      expect(JSON.stringify(followed.events)).toContain('Raison de santé, maternité — Hospitalisation');
    });
  });

  describe('4. a signing-link holder breaks a session’s attendance sheet', () => {
    it('refuses a PNG header plus garbage, changes nothing, and one bad stored record never blocks the sheet', async () => {
      const provider = await t.login('prestataire@cap-competences.test');
      const referent = await t.login('referente@plie-lunel.test');
      const yesterday = addDays(todayInParis(), -1);
      const [{ id: lotId }] = await t.dataSource.query(
        `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId" WHERE m.reference LIKE 'AO-LEVEE%' AND l.number = 1`,
      );
      const session = (
        await t.gql(
          `mutation($input: CreateSessionInput!) { createActivitySession(input: $input) { id } }`,
          {
            input: {
              ...{ lotId, kind: 'WORKSHOP', title: 'Atelier CV', date: yesterday, startTime: '09:30' },
              ...{ durationMinutes: 120, place: 'Lunel', facilitator: 'Claire Martin' },
            },
          },
          provider,
        )
      ).data!.createActivitySession;
      for (const lastName of ['Signataire', 'Second']) {
        const participant = (
          await t.gql(
            `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
            { input: { lastName, firstName: 'Test', sex: 'FEMALE', birthDate: '1985-05-05' } },
            referent,
          )
        ).data!.createParticipant;
        await admitToPlie(t.dataSource, participant.id);
        const orientation = (
          await t.gql(
            `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id version } }`,
            { input: { participantId: participant.id, lotId, orientedOn: addDays(yesterday, -10) } },
            referent,
          )
        ).data!.orientParticipant;
        await t.gql(
          `mutation($input: SendEntryLiaisonSheetInput!) { sendEntryLiaisonSheet(input: $input) { id } }`,
          {
            input: {
              ...{ orientationId: orientation.id, version: orientation.version, entered: true },
              ...{ startedOn: addDays(yesterday, -8), fseEntry: {} },
            },
          },
          provider,
        );
        const enrolled = await t.gql(
          `mutation($input: EnrolInput!) { enrolInSession(input: $input) { id } }`,
          { input: { sessionId: session.id, orientationId: orientation.id } },
          provider,
        );
        expect(enrolled.errors).toBeUndefined();
      }
      const links = (
        await t.gql(
          `mutation($id: ID!) { createSignatureLinks(sessionId: $id) { enrolmentId apiPath } }`,
          { id: session.id },
          provider,
        )
      ).data!.createSignatureLinks;
      expect(links.length).toBeGreaterThanOrEqual(2);
      const [first, second] = links;

      const valid = signaturePng();
      const garbage = Buffer.concat([valid.subarray(0, 33), Buffer.from('ceci n’est pas une image'.repeat(10))]);
      const attack = await t
        .http()
        .post(first.apiPath)
        .send({ signature: `data:image/png;base64,${garbage.toString('base64')}` });
      expect(attack.status).toBe(400);
      expect(attack.body.fields).toEqual({ signature: 'L’image de la signature est illisible : signez à nouveau.' });
      const huge = Buffer.from(valid);
      huge.writeUInt32BE(60_000, 16);
      const bomb = await t
        .http()
        .post(first.apiPath)
        .send({ signature: `data:image/png;base64,${huge.toString('base64')}` });
      expect(bomb.status).toBe(400);
      expect(bomb.body.fields.signature).toMatch(/doit mesurer entre/);
      // Nothing changed: the link still works and the enrolment is unsigned.
      expect((await t.http().get(first.apiPath)).status).toBe(200);
      const [enrolment] = await t.dataSource.query(
        `SELECT "signedAt", "signatureImage" FROM session_enrolments WHERE id = $1`,
        [first.enrolmentId],
      );
      expect(enrolment).toEqual({ signedAt: null, signatureImage: null });
      const signed = await t
        .http()
        .post(first.apiPath)
        .send({ signature: `data:image/png;base64,${valid.toString('base64')}` });
      expect(signed.status).toBe(201);

      // A record stored before this validation: the sheet prints it as unreadable and still freezes.
      await t.dataSource.query(
        `UPDATE session_enrolments SET "signatureImage" = $2, "signedAt" = now(), attendance = 'PRESENT',
         "attendanceRecordedAt" = now() WHERE id = $1`,
        [second.enrolmentId, garbage],
      );
      const pdf = await t
        .http()
        .get(`/files/attendance-sheets/${session.id}.pdf`)
        .set('authorization', `Bearer ${provider.token}`)
        .buffer(true)
        .parse(binaryBody);
      expect(pdf.status).toBe(200);
      expect(pdfToText(pdf.body)).toContain('Image de signature illisible');
      const frozen = await t.gql(
        `mutation($id: ID!) { freezeAttendanceSheet(sessionId: $id) { sheetFrozenAt } }`,
        { id: session.id },
        provider,
      );
      expect(frozen.errors).toBeUndefined();
      expect(frozen.data!.freezeAttendanceSheet.sheetFrozenAt).not.toBeNull();
    });
  });

  describe('5. a losing bidder reads the winner’s convention', () => {
    const MY_BIDS = `{ myBids(first: 50) { edges { node { status lot { id title awardedStructureId conventionSignedOn
      awardedProvider { name } convention { reference amountTtc amendments { number } } } } } } }`;

    it('myBids { lot { convention } } shows a lost lot’s award and convention to nobody but its parties', async () => {
      const loser = await t.login('prestataire@insertion-plus.test');
      const bids = (await t.gql(MY_BIDS, {}, loser)).data!.myBids.edges.map((e: any) => e.node);
      const lost = bids.filter((b: any) => b.status === 'REJECTED');
      expect(lost.length).toBeGreaterThan(0);
      for (const bid of lost) {
        expect(bid.lot).toMatchObject({
          awardedStructureId: null,
          conventionSignedOn: null,
          awardedProvider: null,
          convention: null,
        });
        // The same rule as the top-level query, which does not show this lot to a losing bidder at all.
        expect(errorCode(await t.gql(`query($id: ID!) { lot(id: $id) { id } }`, { id: bid.lot.id }, loser))).toBe(
          'NOT_FOUND',
        );
      }
      // Legitimate use: its own awarded lots still show their convention, and the operator sees the lost lot's.
      const won = bids.filter((b: any) => b.status === 'AWARDED');
      expect(won.length).toBeGreaterThan(0);
      for (const bid of won) {
        expect(bid.lot.convention).not.toBeNull();
        expect(bid.lot.awardedProvider).toEqual({ name: 'Insertion Plus Picardie' });
      }
      const operator = await t.login('coordination@plie-lunel.test');
      const seen = await t.gql(
        `query($id: ID!) { lot(id: $id) { convention { reference } awardedProvider { name } } }`,
        { id: lost[0].lot.id },
        operator,
      );
      expect(seen.data!.lot.convention).not.toBeNull();
      expect(seen.data!.lot.awardedProvider).toEqual({ name: 'Cap Compétences Méditerranée' });
    });
  });

  describe('6. account enumeration through createUser', () => {
    it('answers the same whether or not the address has an account in another structure', async () => {
      const elsewhere = await t.gql(CREATE_USER, newAccount('conseiller@ml-lyon.test', 'COUNSELLOR'), coordinator);
      const nowhere = await t.gql(CREATE_USER, newAccount('inconnu@ml-ales.test', 'COUNSELLOR'), coordinator);
      expect(elsewhere.errors).toBeUndefined();
      expect(nowhere.errors).toBeUndefined();
      expect(Object.keys(elsewhere.data!.createUser)).toEqual(Object.keys(nowhere.data!.createUser));
      // The existing account is attached (invited), its password untouched; nothing of Lyon is shown.
      const lyon = await t.structureId('Mission Locale de Lyon');
      const lyonUser = await userId('conseiller@ml-lyon.test');
      expect(await roleIn(lyonUser, ales)).toBe('COUNSELLOR');
      expect(await roleIn(lyonUser, lyon)).toBe('COUNSELLOR');
      await expect(t.login('conseiller@ml-lyon.test')).resolves.toHaveProperty('token');
      const seen = await t.gql(
        `{ users(filter: { search: "ml-lyon" }) { edges { node { id memberships { structure { name } } } } } }`,
        {},
        coordinator,
      );
      expect(seen.data!.users.edges).toEqual([
        { node: { id: lyonUser, memberships: [{ structure: { name: 'Mission Locale Alès Pays Cévennes' } }] } },
      ]);
    });
  });
});
