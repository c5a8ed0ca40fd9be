import { JwtService } from '@nestjs/jwt';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode, GqlOptions, TestApp } from './support/test-app';

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

  beforeAll(async () => {
    t = await TestApp.start();
    ales = await t.structureId('Mission Locale Alès Pays Cévennes');
    director = await t.login('directrice@ml-ales.test');
    coordinator = await t.login('coordination@ml-ales.test');
  });
  afterAll(() => t.close());

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
