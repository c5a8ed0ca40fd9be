import { addDays, todayInParis } from '@passerelle/domain';
import { SelectQueryBuilder } from 'typeorm';
import { runRequestScope, withRowScope } from '../src/core/database/row-scope';
import { TestApp } from './support/test-app';

/**
 * Row-level security: the database keeps each structure's personal data to itself even when a query forgets the
 * application's `structureId` filter (docs/architecture.md, "Row-level security").
 */

/** Tables that hold a structure's data but have no policy yet (docs/architecture.md lists them and why). */
const NOT_YET_SCOPED = [
  'activity_interviews',
  'api_keys',
  'audit_logs',
  'bids',
  'branch_areas',
  'branches',
  'convention_amendments',
  'conventions',
  'lot_prospections',
  'lots',
  'markets',
  'memberships',
  'notifications',
  'payment_indicators',
  'reporting_parameters',
  'session_enrolments',
  'time_entry_participants',
];

const ORIENT = `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id } }`;

describe('row-level security', () => {
  let t: TestApp;
  /** Operator A (PLIE MLIFE Amiens), operator B (Mission Locale de Lyon), provider P (Insertion Plus Picardie). */
  let a: string;
  let b: string;
  let p: string;
  let oriented: string;

  const as = <T = any>(structureIds: string[], sql: string, params: unknown[] = []): Promise<T[]> =>
    withRowScope({ kind: 'structures', structureIds }, () => t.dataSource.query(sql, params));
  const system = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => t.dataSource.query(sql, params);

  beforeAll(async () => {
    t = await TestApp.start();
    const referent = await t.login('referent@mlife-amiens.test');
    a = referent.structureId;
    b = (await t.login('conseiller@ml-lyon.test')).structureId;
    p = (await t.login('prestataire@insertion-plus.test')).structureId;
    const [lot] = await system(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId"
       WHERE m."structureId" = $1 AND l."awardedStructureId" = $2 AND l."conventionSignedOn" IS NOT NULL ORDER BY l.number`,
      [a, p],
    );
    [{ id: oriented }] = await system(`SELECT id FROM participants WHERE "structureId" = $1 ORDER BY id LIMIT 1`, [a]);
    const result = await t.gql(
      ORIENT,
      { input: { participantId: oriented, lotId: lot.id, orientedOn: addDays(todayInParis(), -1) } },
      referent,
    );
    expect(result.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('shows a structure its own participants only, with no WHERE clause at all', async () => {
    const all = await system(`SELECT id, "structureId" FROM participants`);
    const ofA = all.filter((row) => row.structureId === a);
    expect(ofA.length).toBeGreaterThan(0);
    expect(all.some((row) => row.structureId === b)).toBe(true);

    const seen = await as([a], `SELECT * FROM participants`);
    expect(seen.map((row) => row.id).sort()).toEqual(ofA.map((row) => row.id).sort());
    const seenByB = await as([b], `SELECT * FROM participants`);
    expect(seenByB.length).toBeGreaterThan(0);
    expect(seenByB.every((row) => row.structureId === b)).toBe(true);
    // Joins and aggregates too: nothing of B counted under A's scope.
    const [{ n }] = await as([a], `SELECT count(*)::int AS n FROM participants p WHERE p."structureId" = $1`, [b]);
    expect(n).toBe(0);
  });

  it('shows a provider only the participants oriented to its lots, and only their orientations', async () => {
    const participants = await as([p], `SELECT * FROM participants`);
    expect(participants.map((row) => row.id)).toEqual([oriented]);
    const orientations = await as([p], `SELECT * FROM orientations`);
    expect(orientations.length).toBe(1);
    expect(orientations[0]).toMatchObject({ participantId: oriented, providerStructureId: p, structureId: a });
    // Their sensitive data follows the participant.
    const sensitive = await as([p], `SELECT "participantId" FROM participant_sensitive_data`);
    expect(sensitive.every((row) => row.participantId === oriented)).toBe(true);
    // A provider with no orientation sees nobody.
    const [{ id: other }] = await system(`SELECT id FROM structures WHERE name = 'Cap Compétences Méditerranée'`);
    expect(await as([other], `SELECT * FROM participants`)).toEqual([]);
  });

  it('keeps PLIE paths, CEJ contracts and what hangs off them to their structure', async () => {
    for (const [table, owner] of [
      ['plie_paths', `"structureId"`],
      ['plie_steps', `(SELECT "structureId" FROM plie_paths x WHERE x.id = "pathId")`],
      ['cej_contracts', `"structureId"`],
      ['cej_actions', `(SELECT "structureId" FROM cej_contracts x WHERE x.id = "contractId")`],
    ] as const) {
      const owners: { owner: string }[] = await system(`SELECT ${owner} AS owner FROM ${table}`);
      expect(owners.length).toBeGreaterThan(0);
      for (const structure of [a, b]) {
        const [{ n }] = await as([structure], `SELECT count(*)::int AS n FROM ${table}`);
        expect({ table, structure, n }).toEqual({
          table,
          structure,
          n: owners.filter((row) => row.owner === structure).length,
        });
      }
    }
  });

  it('refuses to write a row for B under the scope of A', async () => {
    const insert = as(
      [a],
      `INSERT INTO participants
       SELECT (jsonb_populate_record(NULL::participants, to_jsonb(x) || jsonb_build_object('id', gen_random_uuid(), 'structureId', $2::uuid))).*
       FROM participants x WHERE x.id = $1`,
      [oriented, b],
    );
    await expect(insert).rejects.toThrow(/row-level security/);
    const move = as([a], `UPDATE participants SET "structureId" = $2 WHERE id = $1`, [oriented, b]);
    await expect(move).rejects.toThrow(/row-level security/);
    // B's rows cannot be changed or deleted from A's scope: they are not there.
    const [, deleted] = await as<any>([a], `DELETE FROM plie_paths WHERE "structureId" = $1`, [b]);
    expect(deleted).toBe(0);
    const [{ n }] = await system(`SELECT count(*)::int AS n FROM participants WHERE "structureId" = $1`, [b]);
    expect(n).toBeGreaterThan(0);
  });

  it('fails closed: a request whose scope was never set sees no row', async () => {
    const rows = await runRequestScope(() => t.dataSource.query(`SELECT * FROM participants`));
    expect(rows).toEqual([]);
    // Inside an explicit transaction as well (the scope is set before its first statement).
    const inTransaction = await runRequestScope(() =>
      t.dataSource.transaction((manager) => manager.query(`SELECT * FROM orientations`)),
    );
    expect(inTransaction).toEqual([]);
  });

  it('keeps a GraphQL request to its structure when the application filter is removed', async () => {
    const referent = await t.login('referent@mlife-amiens.test');
    const [{ n: ofA }] = await system(`SELECT count(*)::int AS n FROM participants WHERE "structureId" = $1`, [a]);
    const [{ n: total }] = await system(`SELECT count(*)::int AS n FROM participants`);
    expect(total).toBeGreaterThan(ofA);
    const andWhere = SelectQueryBuilder.prototype.andWhere;
    let removed = 0;
    const spy = jest.spyOn(SelectQueryBuilder.prototype, 'andWhere').mockImplementation(function (
      this: SelectQueryBuilder<any>,
      where: any,
      parameters?: any,
    ) {
      // The application's tenant filter, dropped: only the database's policies remain.
      if (typeof where === 'string' && /structureId/.test(where)) {
        removed += 1;
        return this;
      }
      return andWhere.call(this, where, parameters);
    });
    try {
      const result = await t.gql(`{ participants(first: 100) { totalCount edges { node { id } } } }`, {}, referent);
      expect(result.errors).toBeUndefined();
      expect(removed).toBeGreaterThan(0);
      expect(result.data!.participants.totalCount).toBe(ofA);
      const ids: string[] = result.data!.participants.edges.map((e: any) => e.node.id);
      const [{ n: foreign }] = await system(
        `SELECT count(*)::int AS n FROM participants WHERE id = ANY($1) AND "structureId" <> $2`,
        [ids, a],
      );
      expect(foreign).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });

  it('prepares a structure report and reads its figures under the scope', async () => {
    const coordinator = await t.login('coordination@mlife-amiens.test');
    const year = Number(todayInParis().slice(0, 4));
    const prepared = await t.gql(
      `mutation { prepareReport(input: { kind: FINAL, year: ${year} }) { id } }`,
      {},
      coordinator,
    );
    expect(prepared.errors).toBeUndefined();
    const read = await t.gql(
      `query($id: ID!) { report(id: $id) { figures { tables { key rows { values } } } } }`,
      { id: prepared.data!.prepareReport.id },
      coordinator,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.report.figures.tables.length).toBeGreaterThan(0);
  });

  it('puts every table holding personal data under a policy (the rest is listed as not yet scoped)', async () => {
    const rows: { table: string; rls: boolean }[] = await system(
      `SELECT c.relname AS table, c.relrowsecurity AS rls FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE c.relkind = 'r' AND EXISTS (
         SELECT 1 FROM information_schema.columns col WHERE col.table_schema = 'public' AND col.table_name = c.relname
           AND col.column_name IN ('structureId', 'participantId', 'orientationId', 'pathId', 'contractId'))`,
    );
    const unscoped = rows.filter((row) => !row.rls).map((row) => row.table);
    expect(unscoped.sort()).toEqual(NOT_YET_SCOPED);
    // Every table under row-level security has its policy for the requests' role (else it would show nothing).
    const [{ missing }] = await system(
      `SELECT count(*)::int AS missing FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE c.relrowsecurity AND NOT EXISTS (
         SELECT 1 FROM pg_policies pol WHERE pol.tablename = c.relname AND 'passerelle_app' = ANY(pol.roles))`,
    );
    expect(missing).toBe(0);
  });
});
