import { errorCode, TestApp } from './support/test-app';

const FIELDS = `id programme lastName firstName sex birthDate phone email version branchOverridden entrySituations educationLevel
  address { line postalCode communeCode communeName districtCode epci inQpv qpvCode }
  branch { code name } referent { fullName } fseEntryMissing canSeeSensitive`;
const CREATE = `mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { participant(id: $id) { ${FIELDS} sensitive { healthNotes disabilityNotes socialNotes version } fseEntry { employmentStatus longTermUnemployed educationIsced disability minority homeless } } }`;
const LIST = `query($filter: ParticipantFilter, $first: Int, $after: String) { participants(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id lastName firstName } } } }`;
const SENSITIVE = `mutation($input: UpdateParticipantSensitiveInput!) { updateParticipantSensitive(input: $input) { healthNotes disabilityNotes socialNotes version } }`;
const TRAIL = `query($participantId: ID!, $first: Int) { participantAuditTrail(participantId: $participantId, first: $first) { totalCount edges { node { action label actorUserId details } } } }`;

type Session = { token: string; structureId: string };

describe('Participants', () => {
  let t: TestApp;
  let referent: Session;
  let coordinator: Session;
  let controller: Session;
  let director: Session;
  let lunelReferent: Session;
  let referentId: string;
  const marie = {
    lastName: 'Lefèvre-Dumont',
    firstName: 'Marie',
    sex: 'FEMALE',
    birthDate: '1979-04-12',
    phone: '06 12 34 56 78',
    email: 'Marie.Lefevre@example.org',
    address: {
      line: '12 rue des Hortillonnages',
      postalCode: '80000',
      communeCode: '80021',
      communeName: 'Amiens',
      epci: 'Amiens Métropole',
      inQpv: true,
      qpvCode: 'QN08001M',
    },
    entrySituations: ['RSA_RECIPIENT', 'LONG_TERM_JOBSEEKER'],
    educationLevel: 'LEVEL_3',
  };
  let marieId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    referent = await t.login('referent@mlife-amiens.test');
    coordinator = await t.login('coordination@mlife-amiens.test');
    controller = await t.login('controle@dreets.test');
    director = await t.login('direction@mlife-amiens.test');
    lunelReferent = await t.login('referente@plie-lunel.test');
    [{ id: referentId }] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'referent@mlife-amiens.test'`);
  });
  afterAll(() => t.close());

  describe('creation', () => {
    it('creates a file in the PLIE, with the branch derived from the commune and the FSE+ to-do', async () => {
      const result = await t.gql(
        CREATE,
        { input: { ...marie, referentUserId: referentId, fseEntry: { employmentStatus: 'LONG_TERM_UNEMPLOYED' } } },
        referent,
      );
      expect(result.errors).toBeUndefined();
      const created = result.data!.createParticipant;
      marieId = created.id;
      expect(created).toMatchObject({
        programme: 'PLIE',
        lastName: 'Lefèvre-Dumont',
        email: 'marie.lefevre@example.org',
        branch: { code: 'AMIENS' },
        branchOverridden: false,
        referent: { fullName: 'Aurélien Morel' },
        address: { communeCode: '80021', inQpv: true, qpvCode: 'QN08001M', epci: 'Amiens Métropole' },
        canSeeSensitive: true,
        version: 1,
      });
      expect(created.fseEntryMissing).toEqual([
        'Situation du ménage',
        'Situation de handicap',
        'Ressortissant·e d’un pays tiers',
        'Origine étrangère',
        'Appartenance à une minorité',
        'Sans domicile ou exclu·e du logement',
        'Résidence en zone rurale',
      ]);
    });

    it('answers every wrong field with a French message, and writes nothing', async () => {
      const result = await t.gql(
        CREATE,
        {
          input: {
            ...marie,
            lastName: '',
            firstName: 'Jean',
            birthDate: '1980-02-30',
            phone: '12',
            email: 'pas-un-mail',
            address: { communeCode: 'AMIENS', postalCode: '800' },
          },
        },
        referent,
      );
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: {
          lastName: 'Le nom est obligatoire.',
          birthDate: 'Date de naissance invalide (format AAAA-MM-JJ attendu).',
          phone: 'Numéro de téléphone invalide (ex. 06 12 34 56 78).',
          email: 'Adresse e-mail invalide.',
          'address.communeCode': 'Code INSEE invalide (5 caractères, ex. 80021).',
          'address.postalCode': 'Code postal invalide (5 chiffres).',
        },
      });
      const future = await t.gql(
        CREATE,
        { input: { ...marie, firstName: 'Future', birthDate: '2999-01-01' } },
        referent,
      );
      expect(future.errors![0].extensions.fields).toEqual({
        birthDate: 'La date de naissance doit être passée (après 1900).',
      });
      const badReferent = await t.gql(
        CREATE,
        { input: { ...marie, firstName: 'Autre', referentUserId: '00000000-0000-4000-8000-000000000000' } },
        referent,
      );
      expect(badReferent.errors![0].extensions.fields).toEqual({
        referentUserId: 'Le ou la référent·e doit être conseiller·ère ou coordinateur·rice de la structure.',
      });
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int FROM participants WHERE "firstName" IN ('Jean', 'Future', 'Autre')`,
      );
      expect(count).toBe(0);
    });

    it('offers the existing file instead of creating a duplicate (accents and case ignored, names swapped too)', async () => {
      const same = await t.gql(
        CREATE,
        { input: { ...marie, lastName: 'LEFEVRE DUMONT', firstName: 'marie' } },
        referent,
      );
      expect(same.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'DUPLICATE_PARTICIPANT',
        existingParticipantId: marieId,
      });
      expect(same.errors![0].message).toMatch(/déjà suivie par la structure/);
      const swapped = await t.gql(
        CREATE,
        { input: { ...marie, lastName: 'Marie', firstName: 'Lefevre-Dumont' } },
        referent,
      );
      expect((swapped.errors![0].extensions as any).existingParticipantId).toBe(marieId);
      const confirmed = await t.gql(
        CREATE,
        { input: { ...marie, lastName: 'Lefevre Dumont', confirmNotDuplicate: true } },
        referent,
      );
      expect(confirmed.errors).toBeUndefined();
      const [row] = await t.dataSource.query(
        `SELECT details FROM audit_logs WHERE action = 'participant.created' AND "entityId" = $1`,
        [confirmed.data!.createParticipant.id],
      );
      expect(row.details).toEqual({ confirmedNotDuplicateOf: [marieId] });
      // Another structure may follow the same person: no conflict across structures.
      const elsewhere = await t.gql(CREATE, { input: { ...marie, address: null } }, lunelReferent);
      expect(elsewhere.errors).toBeUndefined();
      expect(elsewhere.data!.createParticipant.branch).toBeNull();
    });

    it('is refused to read-only roles', async () => {
      expect(errorCode(await t.gql(CREATE, { input: { ...marie, firstName: 'Lecture' } }, controller))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await t.gql(CREATE, { input: { ...marie, firstName: 'Lecture' } }, director))).toBe('FORBIDDEN');
    });
  });

  describe('search', () => {
    beforeAll(async () => {
      const people = [
        {
          lastName: 'Ézanno',
          firstName: 'Kévin',
          sex: 'MALE',
          birthDate: '1985-09-03',
          address: { communeCode: '80489', communeName: 'Longueau' },
        },
        {
          lastName: 'Zerrouki',
          firstName: 'Nadia',
          sex: 'FEMALE',
          birthDate: '1990-01-20',
          address: { communeCode: '80021', communeName: 'Amiens' },
          referentUserId: referentId,
        },
        { lastName: 'Zerrouki', firstName: 'Samir', sex: 'MALE', birthDate: '1988-06-11', programme: 'CEJ' },
        { lastName: 'Dupont-Quémener', firstName: 'Anne-Sophie', sex: 'FEMALE', birthDate: '1979-02-14' },
      ];
      for (const person of people) expect((await t.gql(CREATE, { input: person }, coordinator)).errors).toBeUndefined();
    });

    const names = (result: any) =>
      result.data!.participants.edges.map((e: any) => `${e.node.firstName} ${e.node.lastName}`);

    it('finds by the start of the name or first name, without accents or case', async () => {
      expect(names(await t.gql(LIST, { filter: { search: 'ezan' } }, referent))).toEqual(['Kévin Ézanno']);
      expect(names(await t.gql(LIST, { filter: { search: 'zerr' } }, referent))).toEqual([
        'Nadia Zerrouki',
        'Samir Zerrouki',
      ]);
      expect(names(await t.gql(LIST, { filter: { search: 'ZERR sam' } }, referent))).toEqual(['Samir Zerrouki']);
      expect(names(await t.gql(LIST, { filter: { search: 'zerr%' } }, referent))).toEqual([
        'Nadia Zerrouki',
        'Samir Zerrouki',
      ]);
      expect(names(await t.gql(LIST, { filter: { search: 'xyzzy' } }, referent))).toEqual([]);
    });

    it('finds a compound name by any of its parts, or written in full', async () => {
      for (const search of ['quemener', 'Dupont-Quémener', 'sophie dupont', 'QUEM anne']) {
        expect(names(await t.gql(LIST, { filter: { search } }, referent))).toEqual(['Anne-Sophie Dupont-Quémener']);
      }
    });

    it('filters by birth date, branch, referent and programme, and pages', async () => {
      expect(names(await t.gql(LIST, { filter: { birthDate: '1985-09-03' } }, referent))).toEqual(['Kévin Ézanno']);
      const [peripherie] = await t.dataSource.query(`SELECT id FROM branches WHERE code = 'PERIPHERIE'`);
      expect(names(await t.gql(LIST, { filter: { branchId: peripherie.id, search: 'e' } }, referent))).toEqual([
        'Kévin Ézanno',
      ]);
      expect(names(await t.gql(LIST, { filter: { referentUserId: referentId, search: 'zerr' } }, referent))).toEqual([
        'Nadia Zerrouki',
      ]);
      expect(names(await t.gql(LIST, { filter: { programme: 'CEJ' } }, referent))).toEqual(['Samir Zerrouki']);
      const page1 = await t.gql(LIST, { filter: { search: 'zerr' }, first: 1 }, referent);
      expect(page1.data!.participants).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      const page2 = await t.gql(
        LIST,
        { filter: { search: 'zerr' }, first: 1, after: page1.data!.participants.pageInfo.endCursor },
        referent,
      );
      expect(names(page2)).toEqual(['Samir Zerrouki']);
      expect(errorCode(await t.gql(LIST, { filter: { birthDate: '03/09/1985' } }, referent))).toBe('BAD_USER_INPUT');
    });

    it('lists the files whose FSE+ entry data is incomplete', async () => {
      const result = await t.gql(
        `{ participantsWithMissingFseEntry(first: 100) { edges { node { lastName fseEntryMissing } } } }`,
        {},
        referent,
      );
      const rows = result.data!.participantsWithMissingFseEntry.edges.map((e: any) => e.node);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r: any) => r.fseEntryMissing.length > 0)).toBe(true);
    });

    it('never shows another structure’s participants', async () => {
      expect(names(await t.gql(LIST, { filter: { search: 'zerr' } }, lunelReferent))).toEqual([]);
    });
  });

  describe('changes', () => {
    it('overrides the branch by hand, then follows the address again', async () => {
      const [peripherie] = await t.dataSource.query(`SELECT id FROM branches WHERE code = 'PERIPHERIE'`);
      const overridden = await t.gql(
        UPDATE,
        {
          input: {
            id: marieId,
            version: 1,
            branchId: peripherie.id,
            fseEntry: { householdSituation: 'SINGLE_ADULT_WITH_CHILDREN', ruralArea: false },
          },
        },
        referent,
      );
      expect(overridden.data!.updateParticipant).toMatchObject({
        branch: { code: 'PERIPHERIE' },
        branchOverridden: true,
        version: 2,
      });
      expect(overridden.data!.updateParticipant.fseEntryMissing).not.toContain('Situation du ménage');
      const moved = await t.gql(
        UPDATE,
        { input: { id: marieId, version: 2, address: { communeCode: '80021', communeName: 'Amiens', inQpv: false } } },
        referent,
      );
      expect(moved.data!.updateParticipant).toMatchObject({ branch: { code: 'PERIPHERIE' }, branchOverridden: true });
      const back = await t.gql(UPDATE, { input: { id: marieId, version: 3, branchFromAddress: true } }, referent);
      expect(back.data!.updateParticipant).toMatchObject({
        branch: { code: 'AMIENS' },
        branchOverridden: false,
        version: 4,
      });
    });

    it('refuses a stale version', async () => {
      const stale = await t.gql(UPDATE, { input: { id: marieId, version: 1, phone: '0322000000' } }, referent);
      expect(errorCode(stale)).toBe('CONFLICT');
    });

    it('answers NOT_FOUND for another structure’s participant, and changes nothing', async () => {
      const before = await t.dataSource.query(`SELECT * FROM participants WHERE id = $1`, [marieId]);
      expect(errorCode(await t.gql(GET, { id: marieId }, lunelReferent))).toBe('NOT_FOUND');
      expect(
        errorCode(await t.gql(UPDATE, { input: { id: marieId, version: 4, lastName: 'Piraté' } }, lunelReferent)),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(await t.gql(SENSITIVE, { input: { participantId: marieId, healthNotes: 'x' } }, lunelReferent)),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(await t.gql(TRAIL, { participantId: marieId }, await t.login('coordination@plie-lunel.test'))),
      ).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(GET, { id: 'not-a-uuid' }, referent))).toBe('NOT_FOUND');
      expect(await t.dataSource.query(`SELECT * FROM participants WHERE id = $1`, [marieId])).toEqual(before);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int FROM participant_sensitive_data WHERE "participantId" = $1`,
        [marieId],
      );
      expect(count).toBe(0);
    });
  });

  describe('sensitive data', () => {
    it('is written and read by the référent and the coordinator', async () => {
      const written = await t.gql(
        SENSITIVE,
        {
          input: { participantId: marieId, healthNotes: 'Suivi en addictologie', socialNotes: 'Hébergée chez sa sœur' },
        },
        referent,
      );
      expect(written.data!.updateParticipantSensitive).toEqual({
        healthNotes: 'Suivi en addictologie',
        disabilityNotes: null,
        socialNotes: 'Hébergée chez sa sœur',
        version: 1,
      });
      const missingVersion = await t.gql(SENSITIVE, { input: { participantId: marieId, healthNotes: 'x' } }, referent);
      expect(missingVersion.errors![0].extensions.fields).toEqual({
        version: 'La version lue est obligatoire pour modifier ces données.',
      });
      const updated = await t.gql(
        SENSITIVE,
        { input: { participantId: marieId, version: 1, disabilityNotes: 'RQTH en cours de renouvellement' } },
        coordinator,
      );
      expect(updated.data!.updateParticipantSensitive).toMatchObject({
        healthNotes: 'Suivi en addictologie',
        disabilityNotes: 'RQTH en cours de renouvellement',
        version: 2,
      });
      const read = await t.gql(GET, { id: marieId }, coordinator);
      expect(read.data!.participant.sensitive).toMatchObject({ healthNotes: 'Suivi en addictologie', version: 2 });
    });

    it('is hidden from the director and the controller (null), who cannot write it either', async () => {
      await t.gql(
        UPDATE,
        { input: { id: marieId, version: 4, fseEntry: { disability: 'YES', minority: 'DECLINED', homeless: 'NO' } } },
        referent,
      );
      for (const session of [controller, director]) {
        const read = await t.gql(GET, { id: marieId }, session);
        expect(read.errors).toBeUndefined();
        expect(read.data!.participant).toMatchObject({
          lastName: 'Lefèvre-Dumont',
          canSeeSensitive: false,
          sensitive: null,
        });
        expect(read.data!.participant.fseEntry).toMatchObject({
          disability: null,
          minority: null,
          homeless: 'NO',
          longTermUnemployed: true,
          educationIsced: 'ISCED_3_4',
        });
        expect(
          errorCode(
            await t.gql(SENSITIVE, { input: { participantId: marieId, version: 2, healthNotes: 'x' } }, session),
          ),
        ).toBe('FORBIDDEN');
      }
      const seenByReferent = await t.gql(GET, { id: marieId }, referent);
      expect(seenByReferent.data!.participant.fseEntry).toMatchObject({ disability: 'YES', minority: 'DECLINED' });
    });

    it('is hidden from provider staff even if they could reach the file', async () => {
      // Orientations to lots will let providers reach participants; simulate that reach with a membership.
      const [staff] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'prestataire@insertion-plus.test'`);
      await t.dataSource.query(
        `INSERT INTO memberships ("userId", "structureId", role) VALUES ($1, $2, 'PROVIDER_STAFF')`,
        [staff.id, referent.structureId],
      );
      const provider = await t.login('prestataire@insertion-plus.test');
      const read = await t.gql(GET, { id: marieId }, { ...provider, structureId: referent.structureId });
      expect(read.data!.participant).toMatchObject({ canSeeSensitive: false, sensitive: null });
      expect(
        errorCode(
          await t.gql(
            SENSITIVE,
            { input: { participantId: marieId, version: 2, healthNotes: 'x' } },
            { ...provider, structureId: referent.structureId },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await t.gql(
            UPDATE,
            { input: { id: marieId, version: 5, phone: '0600000000' } },
            { ...provider, structureId: referent.structureId },
          ),
        ),
      ).toBe('FORBIDDEN');
      await t.dataSource.query(`DELETE FROM memberships WHERE "userId" = $1 AND "structureId" = $2`, [
        staff.id,
        referent.structureId,
      ]);
      // In its own structure, the provider sees no participant of the operator.
      expect(errorCode(await t.gql(GET, { id: marieId }, provider))).toBe('NOT_FOUND');
    });
  });

  describe('audit trail', () => {
    it('records reads of the file and of its sensitive data, and who made them', async () => {
      const [controllerUser] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'controle@dreets.test'`);
      const before = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_logs WHERE "entityId" = $1 AND action = 'participant.read' AND "actorUserId" = $2`,
        [marieId, controllerUser.id],
      );
      await t.gql(`query($id: ID!) { participant(id: $id) { id } }`, { id: marieId }, controller);
      const after = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_logs WHERE "entityId" = $1 AND action = 'participant.read' AND "actorUserId" = $2`,
        [marieId, controllerUser.id],
      );
      expect(after[0].n).toBe(before[0].n + 1);
      const [{ n: sensitiveReads }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_logs WHERE "entityId" = $1 AND action = 'participant.sensitive.read'`,
        [marieId],
      );
      expect(sensitiveReads).toBeGreaterThan(0);
    });

    it('is listed, newest first, for the roles with audit rights only', async () => {
      const trail = await t.gql(TRAIL, { participantId: marieId, first: 100 }, controller);
      expect(trail.errors).toBeUndefined();
      const actions = trail.data!.participantAuditTrail.edges.map((e: any) => e.node.action);
      expect(actions[0]).toBe('participant.read');
      expect(actions).toEqual(
        expect.arrayContaining([
          'participant.created',
          'participant.updated',
          'participant.sensitive.updated',
          'participant.sensitive.read',
        ]),
      );
      const update = trail.data!.participantAuditTrail.edges.find(
        (e: any) => e.node.action === 'participant.updated',
      ).node;
      expect(update.label).toBe('Modification de la fiche');
      expect(update.details).not.toMatch(/Amiens|Lefèvre/);
      expect(errorCode(await t.gql(TRAIL, { participantId: marieId }, referent))).toBe('FORBIDDEN');
    });
  });
});
