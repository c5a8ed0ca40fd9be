import { errorCode, TestApp } from './support/test-app';

const STRUCTURE = `query($id: ID!) { structure(id: $id) { id name version branches { code name areas { kind code label } } } }`;
const UPDATE_STRUCTURE = `mutation($input: UpdateStructureInput!) { updateStructure(input: $input) { name version } }`;
const CREATE_BRANCH = `mutation($input: CreateBranchInput!) { createBranch(input: $input) { id code areas { code } } }`;
const USERS = `query($first: Int, $after: String, $filter: UserFilter) { users(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id email memberships { role structure { name } } } } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }`;
const SET_MEMBERSHIP = `mutation($input: SetMembershipInput!) { setMembership(input: $input) { id memberships { role structure { name } } } }`;

describe('Structures, branches and users, scoped to the caller', () => {
  let t: TestApp;
  let ales: string;
  let lyon: string;
  let director: { token: string; structureId: string };
  let lyonCounsellor: { token: string; structureId: string };

  beforeAll(async () => {
    t = await TestApp.start();
    ales = await t.structureId('Mission Locale Alès Pays Cévennes');
    lyon = await t.structureId('Mission Locale de Lyon');
    director = await t.login('directrice@ml-ales.test');
    lyonCounsellor = await t.login('conseiller@ml-lyon.test');
  });
  afterAll(() => t.close());

  it('stores Lyon’s five branches and the districts they cover (seed 004)', async () => {
    const result = await t.gql(STRUCTURE, { id: lyon }, lyonCounsellor);
    const branches = result.data!.structure.branches;
    expect(branches.map((b: { code: string }) => b.code).sort()).toEqual([
      'BACHUT',
      'DUCHERE',
      'GERLAND',
      'PENTES',
      'VOLTAIRE',
    ]);
    const duchere = branches.find((b: { code: string }) => b.code === 'DUCHERE');
    expect(duchere.areas.map((a: { label: string }) => a.label)).toEqual([
      'Lyon 5e arrondissement',
      'Lyon 9e arrondissement',
    ]);
  });

  describe('a user of one structure reads and changes nothing of another’s', () => {
    let before: string;
    beforeAll(async () => {
      before = JSON.stringify(
        await t.dataSource.query(
          `SELECT s.*, (SELECT json_agg(b ORDER BY b.code) FROM branches b WHERE b."structureId" = s.id) AS branches FROM structures s WHERE id = $1`,
          [lyon],
        ),
      );
    });

    it('cannot read it', async () => {
      expect(errorCode(await t.gql(STRUCTURE, { id: lyon }, director))).toBe('NOT_FOUND');
      const list = await t.gql(`{ structures { totalCount edges { node { id } } } }`, {}, director);
      expect(list.data!.structures.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ales]);
    });

    it('cannot act in it by sending its id as the current structure', async () => {
      const result = await t.gql(USERS, {}, { ...director, structureId: lyon });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    });

    it('does not see its members', async () => {
      const result = await t.gql(USERS, {}, director);
      const emails = result.data!.users.edges.map((e: { node: { email: string } }) => e.node.email);
      expect(emails).not.toContain('conseiller@ml-lyon.test');
      expect(emails).toContain('directrice@ml-ales.test');
    });

    it('cannot change it, its branches or its members', async () => {
      expect(
        errorCode(await t.gql(UPDATE_STRUCTURE, { input: { id: lyon, version: 1, name: 'Piratée' } }, director)),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(
          await t.gql(
            CREATE_BRANCH,
            { input: { structureId: lyon, name: 'Fausse', code: 'FAUSSE', areas: [] } },
            director,
          ),
        ),
      ).toBe('NOT_FOUND');
      const lyonBranch = (await t.gql(STRUCTURE, { id: lyon }, lyonCounsellor)).data!.structure.branches[0];
      const [branch] = await t.dataSource.query(
        `SELECT id, version FROM branches WHERE code = $1 AND "structureId" = $2`,
        [lyonBranch.code, lyon],
      );
      expect(errorCode(await t.gql(`mutation($id: ID!) { deleteBranch(id: $id) }`, { id: branch.id }, director))).toBe(
        'NOT_FOUND',
      );
      expect(
        errorCode(
          await t.gql(
            `mutation($input: UpdateBranchInput!) { updateBranch(input: $input) { id } }`,
            { input: { id: branch.id, version: branch.version, name: 'X' } },
            director,
          ),
        ),
      ).toBe('NOT_FOUND');
      const [lyonUser] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'conseiller@ml-lyon.test'`);
      expect(
        errorCode(
          await t.gql(
            SET_MEMBERSHIP,
            { input: { userId: lyonUser.id, structureId: lyon, role: 'DIRECTOR' } },
            director,
          ),
        ),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(
          await t.gql(
            SET_MEMBERSHIP,
            { input: { userId: lyonUser.id, structureId: ales, role: 'COUNSELLOR' } },
            director,
          ),
        ),
      ).toBe('NOT_FOUND');
    });

    it('left the other structure exactly as it was', async () => {
      const after = JSON.stringify(
        await t.dataSource.query(
          `SELECT s.*, (SELECT json_agg(b ORDER BY b.code) FROM branches b WHERE b."structureId" = s.id) AS branches FROM structures s WHERE id = $1`,
          [lyon],
        ),
      );
      expect(after).toBe(before);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.email = 'conseiller@ml-lyon.test'`,
      );
      expect(count).toBe(1);
    });
  });

  describe('structures', () => {
    const CREATE = `mutation($input: CreateStructureInput!) { createStructure(input: $input) { id name kind siret version } }`;
    const input = {
      kind: 'PROVIDER',
      name: 'Élan Formation',
      siret: '73282932000074',
      addressLine: '3 place du Marché',
      postalCode: '30100',
      city: 'Alès',
      territory: 'Gard',
    };

    it('are created by a platform admin only, with a valid SIRET', async () => {
      const admin = await t.login('admin@passerelle.test');
      expect(errorCode(await t.gql(CREATE, { input }, director))).toBe('FORBIDDEN');
      const invalid = await t.gql(CREATE, { input: { ...input, siret: '12345678901234', postalCode: '301' } }, admin);
      expect(invalid.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: {
          siret: 'SIRET invalide : 14 chiffres avec une clé de contrôle correcte.',
          postalCode: 'Code postal invalide (5 chiffres).',
        },
      });
      const created = await t.gql(CREATE, { input }, admin);
      expect(created.data!.createStructure).toMatchObject({ name: 'Élan Formation', kind: 'PROVIDER', version: 1 });
      const duplicate = await t.gql(CREATE, { input: { ...input, name: 'Copie' } }, admin);
      expect(duplicate.errors![0].extensions.fields).toEqual({ siret: 'Une structure existe déjà avec ce SIRET.' });
      const operatorWithoutType = await t.gql(
        CREATE,
        { input: { ...input, kind: 'OPERATOR', siret: '44306184100047' } },
        admin,
      );
      expect(operatorWithoutType.errors![0].extensions.fields).toHaveProperty('operatorType');
    });

    it('refuse a stale update instead of overwriting someone else’s change', async () => {
      const { version } = (await t.gql(STRUCTURE, { id: ales }, director)).data!.structure;
      const first = await t.gql(
        UPDATE_STRUCTURE,
        { input: { id: ales, version, territory: 'Alès Agglomération et Cévennes' } },
        director,
      );
      expect(first.data!.updateStructure.version).toBe(version + 1);
      const stale = await t.gql(UPDATE_STRUCTURE, { input: { id: ales, version, name: 'Écrasement' } }, director);
      expect(errorCode(stale)).toBe('CONFLICT');
      const [row] = await t.dataSource.query(`SELECT name, territory FROM structures WHERE id = $1`, [ales]);
      expect(row).toEqual({ name: 'Mission Locale Alès Pays Cévennes', territory: 'Alès Agglomération et Cévennes' });
    });

    it('cannot be changed by a controller (read-only role)', async () => {
      const controller = await t.login('controle@dreets.test');
      const result = await t.gql(
        UPDATE_STRUCTURE,
        { input: { id: controller.structureId, version: 1, name: 'X' } },
        controller,
      );
      expect(errorCode(result)).toBe('FORBIDDEN');
    });
  });

  describe('branches', () => {
    it('refuse an area already covered by another branch, and write nothing', async () => {
      const result = await t.gql(
        CREATE_BRANCH,
        {
          input: {
            structureId: ales,
            name: 'Doublon',
            code: 'DOUBLON',
            areas: [
              { kind: 'COMMUNE', code: '30999', label: 'Nouvelle' },
              { kind: 'COMMUNE', code: '30007', label: 'Alès' },
            ],
          },
        },
        director,
      );
      expect(result.errors![0].extensions.fields).toEqual({
        'areas.1.code': 'Zone déjà couverte par l’antenne « Alès centre ».',
      });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int FROM branches WHERE code = 'DOUBLON'`);
      expect(count).toBe(0);
    });

    it('are created, updated with their areas, and deleted', async () => {
      const created = await t.gql(
        CREATE_BRANCH,
        {
          input: {
            structureId: ales,
            name: 'Antenne Vézénobres',
            code: 'VEZENOBRES',
            areas: [{ kind: 'COMMUNE', code: '30346', label: 'Vézénobres' }],
          },
        },
        director,
      );
      const id = created.data!.createBranch.id;
      const updated = await t.gql(
        `mutation($input: UpdateBranchInput!) { updateBranch(input: $input) { name version areas { code label } } }`,
        {
          input: {
            id,
            version: 1,
            name: 'Antenne Vézénobres-Ners',
            areas: [
              { kind: 'COMMUNE', code: '30346', label: 'Vézénobres' },
              { kind: 'COMMUNE', code: '30188', label: 'Ners' },
            ],
          },
        },
        director,
      );
      expect(updated.data!.updateBranch).toEqual({
        name: 'Antenne Vézénobres-Ners',
        version: 2,
        areas: [
          { code: '30188', label: 'Ners' },
          { code: '30346', label: 'Vézénobres' },
        ],
      });
      expect((await t.gql(`mutation($id: ID!) { deleteBranch(id: $id) }`, { id }, director)).data).toEqual({
        deleteBranch: true,
      });
    });
  });

  describe('users and roles', () => {
    it('creates a user in the current structure, with French errors for bad input', async () => {
      const bad = await t.gql(
        CREATE_USER,
        { input: { email: 'x', fullName: '', password: 'court', role: 'PROVIDER_STAFF' } },
        director,
      );
      expect(bad.errors![0].extensions.fields).toEqual({
        email: 'Adresse e-mail invalide.',
        fullName: 'Le nom est obligatoire.',
      });
      const weak = await t.gql(
        CREATE_USER,
        { input: { email: 'nouveau@ml-ales.test', fullName: 'Nouveau', password: 'court', role: 'COUNSELLOR' } },
        director,
      );
      expect(weak.errors![0].extensions.fields).toEqual({
        password: 'Le mot de passe doit contenir au moins 12 caractères.',
      });
      const wrongRole = await t.gql(
        CREATE_USER,
        {
          input: {
            email: 'nouveau@ml-ales.test',
            fullName: 'Nouveau',
            password: 'Bienvenue-2026',
            role: 'PROVIDER_STAFF',
          },
        },
        director,
      );
      expect(wrongRole.errors![0].extensions.fields!.role).toMatch(/n’existe pas dans ce type de structure/);
      const admin = await t.gql(
        CREATE_USER,
        {
          input: {
            email: 'nouveau@ml-ales.test',
            fullName: 'Nouveau',
            password: 'Bienvenue-2026',
            role: 'PLATFORM_ADMIN',
          },
        },
        director,
      );
      expect(admin.errors![0].extensions.fields!.role).toMatch(/administrateur de la plateforme/);

      const created = await t.gql(
        CREATE_USER,
        {
          input: {
            email: 'Nouveau@ml-ales.test',
            fullName: 'Léa Nouveau',
            password: 'Bienvenue-2026',
            role: 'COUNSELLOR',
          },
        },
        director,
      );
      expect(created.data!.createUser.email).toBe('nouveau@ml-ales.test');
      const duplicate = await t.gql(
        CREATE_USER,
        { input: { email: 'nouveau@ml-ales.test', fullName: 'Léa', password: 'Bienvenue-2026', role: 'COUNSELLOR' } },
        director,
      );
      expect(duplicate.errors![0].extensions.fields!.email).toMatch(/existe déjà/);
      await expect(t.login('nouveau@ml-ales.test', 'Bienvenue-2026')).resolves.toHaveProperty('token');
    });

    it('changes a member’s role, but not one’s own', async () => {
      const [user] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'nouveau@ml-ales.test'`);
      const changed = await t.gql(
        SET_MEMBERSHIP,
        { input: { userId: user.id, structureId: ales, role: 'COORDINATOR' } },
        director,
      );
      expect(changed.data!.setMembership.memberships).toEqual([
        { role: 'COORDINATOR', structure: { name: 'Mission Locale Alès Pays Cévennes' } },
      ]);
      const [me] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'directrice@ml-ales.test'`);
      expect(
        errorCode(
          await t.gql(
            SET_MEMBERSHIP,
            { input: { userId: me.id, structureId: ales, role: 'PLATFORM_ADMIN' } },
            director,
          ),
        ),
      ).toBe('FORBIDDEN');
    });

    it('lets a platform admin attach a user to a second structure, who then switches between them', async () => {
      const admin = await t.login('admin@passerelle.test');
      const [user] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'nouveau@ml-ales.test'`);
      await t.gql(SET_MEMBERSHIP, { input: { userId: user.id, structureId: lyon, role: 'COUNSELLOR' } }, admin);
      const session = await t.login('nouveau@ml-ales.test', 'Bienvenue-2026');
      const inLyon = await t.gql(
        `{ me { currentRole currentStructure { name } } }`,
        {},
        { token: session.token, structureId: lyon },
      );
      expect(inLyon.data!.me).toEqual({
        currentRole: 'COUNSELLOR',
        currentStructure: { name: 'Mission Locale de Lyon' },
      });
      // The director of Alès sees only the Alès membership of this person.
      const seenByDirector = await t.gql(USERS, { filter: { search: 'Léa' } }, director);
      expect(seenByDirector.errors).toBeUndefined();
      expect(seenByDirector.data!.users.edges[0].node.memberships).toEqual([
        { role: 'COORDINATOR', structure: { name: 'Mission Locale Alès Pays Cévennes' } },
      ]);
      const removed = await t.gql(
        `mutation($input: RemoveMembershipInput!) { removeMembership(input: $input) { id } }`,
        { input: { userId: user.id, structureId: lyon } },
        admin,
      );
      expect(removed.errors).toBeUndefined();
      expect(errorCode(await t.gql(`{ me { id } }`, {}, { token: session.token, structureId: lyon }))).toBe(
        'FORBIDDEN',
      );
    });

    it('pages through members', async () => {
      const page1 = await t.gql(USERS, { first: 2 }, director);
      expect(page1.data!.users.totalCount).toBe(5);
      expect(page1.data!.users.edges).toHaveLength(2);
      expect(page1.data!.users.pageInfo.hasNextPage).toBe(true);
      const page2 = await t.gql(USERS, { first: 3, after: page1.data!.users.pageInfo.endCursor }, director);
      expect(page2.data!.users.edges).toHaveLength(3);
      expect(page2.data!.users.pageInfo.hasNextPage).toBe(false);
      expect(errorCode(await t.gql(USERS, { first: 1000 }, director))).toBe('BAD_USER_INPUT');
    });

    it('records every change in the audit trail', async () => {
      const rows = await t.dataSource.query(`SELECT action FROM audit_logs WHERE "structureId" = $1 ORDER BY id`, [
        ales,
      ]);
      expect(rows.map((r: { action: string }) => r.action)).toEqual(
        expect.arrayContaining([
          'structure.updated',
          'user.created',
          'membership.set',
          'branch.created',
          'branch.deleted',
        ]),
      );
    });
  });
});
