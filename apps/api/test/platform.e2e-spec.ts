import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import { renderSchema, SCHEMA_FILE } from '../src/core/graphql/schema-file';
import { loadDemoData } from '../src/seed/demo-data';
import { accessRules, ROOT_TYPE } from './support/access-rules';
import { PUBLIC_OPERATIONS } from './support/operation-registry';
import { rootFields } from './support/schema-fuzz';
import { errorCode, TestApp } from './support/test-app';

describe('Platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('GET /health reports the database and Redis', async () => {
    const response = await t.http().get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('answers malformed GraphQL with a 400 and the parser’s message', async () => {
    const response = await t.http().post('/graphql').send({ query: '{ me { ' });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/Syntax Error/);
  });

  it('refuses queries nested too deeply, or too costly, before running them', async () => {
    const session = await t.login('directrice@ml-ales.test');
    const nested = `{ structures { edges { node { branches { areas { code } } } } } }`;
    expect((await t.gql(nested, {}, session)).errors).toBeUndefined();

    const deep = `{ ${'me { '.repeat(12)}id${' }'.repeat(12)} }`;
    const deepResult = await t.gql(deep, {}, session);
    expect(deepResult.status).toBe(400);
    expect(deepResult.errors!.map((e) => e.message)).toContain(
      'Requête trop profonde : au plus 10 niveaux d’imbrication.',
    );

    // Each page of 100 structures with their branches and areas weighs 1201 objects: five of them are too many.
    const page = (i: number) => `s${i}: structures(first: 100) { edges { node { branches { areas { code } } } } }`;
    const costly = `{ ${Array.from({ length: 5 }, (_, i) => page(i)).join(' ')} }`;
    const costlyResult = await t.gql(costly, {}, session);
    expect(costlyResult.status).toBe(400);
    expect(costlyResult.errors![0].message).toMatch(/^Requête trop coûteuse \(6005 objets estimés, au plus 5000\)/);
  });

  it('answers an invalid enum value in variables with a 400 BAD_USER_INPUT', async () => {
    const session = await t.login('directrice@ml-ales.test');
    const result = await t.gql(
      `query($filter: UserFilter) { users(filter: $filter) { totalCount } }`,
      { filter: { role: 'BORED' } },
      session,
    );
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/does not exist in "Role" enum/);
  });

  it('echoes the caller’s request id, or makes one', async () => {
    const given = await t.http().get('/health').set('x-request-id', 'essai-123');
    expect(given.headers['x-request-id']).toBe('essai-123');
    const made = await t.http().get('/health');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('has its committed SDL up to date (run `pnpm schema:generate` after changing resolvers)', () => {
    const current = renderSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(current);
  });

  it('declares an access rule on every operation of the schema, public only where listed with a reason', () => {
    const rules = accessRules(t.app);
    const fields = rootFields().map(({ operation, field }) => `${ROOT_TYPE[operation]}.${field.name}`);
    expect(fields.length).toBeGreaterThan(150);
    expect(fields.filter((field) => !rules.has(field))).toEqual([]);
    expect(fields.filter((field) => !rules.get(field))).toEqual([]);
    const isPublic = fields.filter((field) => rules.get(field)?.kind === 'public').map((f) => f.split('.')[1]);
    expect(isPublic.sort()).toEqual(Object.keys(PUBLIC_OPERATIONS).sort());
  });

  it('loads the demo data a second time without changing anything', async () => {
    const snapshot = () =>
      t.dataSource
        .query(`SELECT (SELECT json_agg(s ORDER BY s.id) FROM structures s) AS structures, (SELECT json_agg(b ORDER BY b.id) FROM branch_areas b) AS areas,
                                 (SELECT json_agg(u ORDER BY u.id) FROM users u) AS users, (SELECT json_agg(m ORDER BY m."userId", m."structureId") FROM memberships m) AS memberships`);
    const before = await snapshot();
    const second = await loadDemoData(t.dataSource);
    expect(second.created).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('has migrations that match the entities exactly (no drift)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('answers an id that is not even a UUID with NOT_FOUND, not a crash', async () => {
    const session = await t.login('directrice@ml-ales.test');
    const bad = await t.gql(`query($id: ID!) { structure(id: $id) { id } }`, { id: 'not-a-uuid' }, session);
    expect(errorCode(bad)).toBe('NOT_FOUND');
  });
});
