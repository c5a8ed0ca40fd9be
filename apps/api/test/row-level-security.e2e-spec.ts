import { addDays, todayInParis } from '@passerelle/domain';
import { SelectQueryBuilder } from 'typeorm';
import { runRequestScope, withRowScope } from '../src/core/database/row-scope';
import { TestApp } from './support/test-app';

/**
 * Row-level security: the database keeps each structure's personal data to itself even when a query forgets the
 * application's `structureId` filter (docs/architecture.md, "Row-level security").
 */

/**
 * Tables that hold a structure's data and stay outside the policies, each for a reason (docs/architecture.md, "Row-level
 * security"). Anything else with a structure's, participant's, orientation's, path's or contract's column has one.
 */
const OUTSIDE_BY_DESIGN: Record<string, string> = {
  // Read by authentication before any structure is known (login, refresh, API key), by the structure switcher across
  // the user's structures, and by notifications sent to another structure's users: a row is keyed by user or key, not
  // by the structure a request acts in. The application reads them by the authenticated user or key only.
  api_keys: 'an API key is looked up by its hash before its structure is known',
  memberships: 'a user’s memberships across structures are read at login and by the structure switcher',
  // Per user: the structure is optional and a notification is written for another structure’s users.
  notifications: 'per user (structure optional), written for another structure’s users',
  // Organisation, no personal data: a provider sees the branch of a participant it follows (`participant.branch`).
  branches: 'a structure’s antennas, shown to the providers that follow its participants',
  branch_areas: 'the communes of an antenna (reference data, no personal data)',
};

const ORIENT = `mutation($input: OrientParticipantInput!) { orientParticipant(input: $input) { id } }`;

describe('row-level security', () => {
  let t: TestApp;
  /** Operator A (PLIE MLIFE Amiens), operator B (Mission Locale de Lyon), provider P (Insertion Plus Picardie). */
  let a: string;
  let b: string;
  let p: string;
  let oriented: string;
  let lotId: string;
  let orientationId: string;
  let provider: Awaited<ReturnType<TestApp['login']>>;

  const as = <T = any>(structureIds: string[], sql: string, params: unknown[] = []): Promise<T[]> =>
    withRowScope({ kind: 'structures', structureIds }, () => t.dataSource.query(sql, params));
  const system = <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => t.dataSource.query(sql, params);

  beforeAll(async () => {
    t = await TestApp.start();
    const referent = await t.login('referent@mlife-amiens.test');
    a = referent.structureId;
    b = (await t.login('conseiller@ml-lyon.test')).structureId;
    provider = await t.login('prestataire@insertion-plus.test');
    p = provider.structureId;
    const [lot] = await system(
      `SELECT l.id FROM lots l JOIN markets m ON m.id = l."marketId"
       WHERE m."structureId" = $1 AND l."awardedStructureId" = $2 AND l."conventionSignedOn" IS NOT NULL ORDER BY l.number`,
      [a, p],
    );
    // Orienting to a provider needs a path admitted by the committee (seed 001, lot 3).
    [{ id: oriented }] = await system(
      `SELECT p.id FROM participants p JOIN plie_paths pp ON pp."participantId" = p.id AND pp.status = 'ACTIVE'
       WHERE p."structureId" = $1 AND NOT EXISTS (SELECT 1 FROM orientations o WHERE o."participantId" = p.id)
       ORDER BY p.id LIMIT 1`,
      [a],
    );
    const result = await t.gql(
      ORIENT,
      { input: { participantId: oriented, lotId: lot.id, orientedOn: addDays(todayInParis(), -1) } },
      referent,
    );
    expect(result.errors).toBeUndefined();
    lotId = lot.id;
    orientationId = result.data!.orientParticipant.id;
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
    // Another provider sees none of them: only the young people its own CEJ lots receive (Alès's promo workshops).
    const [{ id: other }] = await system(`SELECT id FROM structures WHERE name = 'Cap Compétences Méditerranée'`);
    const received = await system(
      `SELECT DISTINCT c."participantId" AS id FROM cej_contracts c JOIN lots l ON l."structureId" = c."structureId"
       JOIN cej_cohort_sessions s ON s."cohortId" = c."cohortId" AND s."lotId" = l.id
       WHERE l."awardedStructureId" = $1 AND l."conventionSignedOn" IS NOT NULL`,
      [other],
    );
    expect(received.length).toBeGreaterThan(0);
    const seenByOther = await as([other], `SELECT id, "structureId" FROM participants`);
    expect(seenByOther.map((row) => row.id).sort()).toEqual(received.map((row) => row.id).sort());
    expect(seenByOther.some((row) => row.structureId === a || row.id === oriented)).toBe(false);
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

  it('keeps attendance, calls for tenders and what follows them to the structures the rules give them', async () => {
    // The provider's work on the oriented participant, through the API (the trigger copies the orientation's
    // structures onto each row).
    const day = addDays(todayInParis(), -1);
    const ok = async (query: string, input: object) => {
      const r = await t.gql(query, { input }, provider);
      expect(r.errors).toBeUndefined();
      return Object.values(r.data!)[0] as { id: string };
    };
    const session = await ok(`mutation($input: CreateSessionInput!) { createActivitySession(input: $input) { id } }`, {
      lotId,
      kind: 'INFORMATION_SESSION',
      title: 'Information collective',
      date: day,
      startTime: '10:00',
      durationMinutes: 60,
      place: 'Amiens',
      facilitator: 'Claire Martin',
      maxParticipants: 12,
    });
    await ok(`mutation($input: EnrolInput!) { enrolInSession(input: $input) { id } }`, {
      sessionId: session.id,
      orientationId,
    });
    await ok(`mutation($input: RecordTimeEntryInput!) { recordTimeEntry(input: $input) { id } }`, {
      lotId,
      date: day,
      kind: 'PREPARATION',
      minutes: 30,
      description: 'Préparation',
      orientationIds: [orientationId],
    });
    await ok(`mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }`, {
      orientationId,
      date: day,
      durationMinutes: 30,
      kind: 'PSYCHOSOCIAL_SUPPORT',
    });

    await ok(`mutation($input: RecordProspectionInput!) { recordProspection(input: $input) { id } }`, {
      lotId,
      organisationName: 'Secours populaire',
      organisationKind: 'ASSOCIATION',
      date: day,
      outcome: 'AGREED',
    });
    // An amendment to the lot's convention, by its operator.
    const [convention] = await system(
      `SELECT id, version, "signedOn"::text AS "signedOn", "endsOn"::text AS "endsOn" FROM conventions WHERE "lotId" = $1`,
      [lotId],
    );
    const amended = await t.gql(
      `mutation($input: AmendConventionInput!) { amendConvention(input: $input) { number } }`,
      {
        input: {
          conventionId: convention.id,
          version: convention.version,
          signedOn: convention.signedOn,
          reason: 'Hausse des orientations',
          description: 'Deux ateliers de plus',
          endsOn: convention.endsOn,
        },
      },
      await t.login('coordination@mlife-amiens.test'),
    );
    expect(amended.errors).toBeUndefined();

    // Reporting rules of the operator (which its contracted provider reads) and of another PLIE.
    for (const email of ['direction@mlife-amiens.test', 'coordination@plie-lunel.test']) {
      const set = await t.gql(
        `mutation($input: SetReportingParametersInput!) { setReportingParameters(input: $input) { id } }`,
        {
          input: {
            effectiveFrom: '2025-01-01',
            monthlyReportDueDay: 5,
            mayReportDue: '06-30',
            septemberReportDue: '10-15',
            finalReportDueMonths: 2,
            reportReminderDays: 10,
            dropOffWindowDays: 60,
          },
        },
        await t.login(email),
      );
      expect(set.errors).toBeUndefined();
    }

    // What each structure may see, written from the parents and the application's rules ($1: the structure).
    const orientationOf = `EXISTS (SELECT 1 FROM orientations o WHERE o.id = x."orientationId" AND (o."structureId" = $1 OR o."providerStructureId" = $1))`;
    const lotRule = (l: string) =>
      `(${l}."structureId" = $1 OR (${l}."awardedStructureId" = $1 AND ${l}."conventionSignedOn" IS NOT NULL)
        OR EXISTS (SELECT 1 FROM bids b WHERE b."lotId" = ${l}.id AND b."providerStructureId" = $1)
        OR (${l}."awardedStructureId" IS NULL AND EXISTS (SELECT 1 FROM markets m WHERE m.id = ${l}."marketId" AND m."endsOn" >= $2)))`;
    const marketRule = (m: string) =>
      `(${m}."structureId" = $1 OR EXISTS (SELECT 1 FROM lots l WHERE l."marketId" = ${m}.id AND ${lotRule('l')}))`;
    const both = `(x."structureId" = $1 OR x."providerStructureId" = $1)`;
    const contracted = (on: string) =>
      `EXISTS (SELECT 1 FROM lots l WHERE ${on} AND l."awardedStructureId" = $1 AND l."conventionSignedOn" IS NOT NULL)`;
    const cases: [table: string, key: string, rule: string][] = [
      ['session_enrolments', 'x.id::text', orientationOf],
      ['activity_interviews', 'x.id::text', orientationOf],
      ['time_entry_participants', `x."timeEntryId"::text || x."orientationId"::text`, orientationOf],
      ['lots', 'x.id::text', lotRule('x')],
      ['markets', 'x.id::text', marketRule('x')],
      [
        'market_scoring_criteria',
        'x.id::text',
        `EXISTS (SELECT 1 FROM markets m WHERE m.id = x."marketId" AND ${marketRule('m')})`,
      ],
      ['bids', 'x.id::text', both],
      [
        'bid_marks',
        `x."bidId"::text || x."criterionId"::text`,
        `EXISTS (SELECT 1 FROM bids b WHERE b.id = x."bidId" AND (b."structureId" = $1 OR b."providerStructureId" = $1))`,
      ],
      ['conventions', 'x.id::text', both],
      [
        'convention_amendments',
        'x.id::text',
        `EXISTS (SELECT 1 FROM conventions c WHERE c.id = x."conventionId" AND (c."structureId" = $1 OR c."providerStructureId" = $1))`,
      ],
      ['payment_indicators', 'x.id::text', `x."structureId" = $1 OR ${contracted('l.id = x."lotId"')}`],
      ['lot_prospections', 'x.id::text', both],
      [
        'reporting_parameters',
        'x.id::text',
        `x."structureId" = $1 OR ${contracted('l."structureId" = x."structureId"')}`,
      ],
      [
        'audit_logs',
        'x.id::text',
        `x."structureId" = $1 OR (x."entityType" = 'Participant' AND x."entityId" = ANY($3::text[]))`,
      ],
    ];
    const today = todayInParis();
    const [{ id: other }] = await system(`SELECT id FROM structures WHERE name = 'Cap Compétences Méditerranée'`);
    for (const [table, key, rule] of cases) {
      const [{ total }] = await system(`SELECT count(*)::int AS total FROM ${table}`);
      let hidden = false;
      for (const structure of [a, b, p, other]) {
        const participants = (await as([structure], `SELECT id FROM participants`)).map((row) => row.id);
        const expected = await system(
          `SELECT ${key} AS key FROM ${table} x WHERE (${rule}) AND $2::date IS NOT NULL AND $3::text[] IS NOT NULL`,
          [structure, today, participants],
        );
        // No WHERE clause: only the policy decides.
        const seen = await as([structure], `SELECT ${key} AS key FROM ${table} x`);
        expect({ table, structure, keys: seen.map((row) => row.key).sort() }).toEqual({
          table,
          structure,
          keys: expected.map((row) => row.key).sort(),
        });
        if (seen.length < total) hidden = true;
      }
      // Each table has rows, and some of them are hidden from some structure.
      expect({ table, total: total > 0, hidden }).toEqual({ table, total: true, hidden: true });
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

  it('puts every table holding a structure’s data under a policy (the rest is listed with its reason)', async () => {
    const rows: { table: string; rls: boolean }[] = await system(
      `SELECT c.relname AS table, c.relrowsecurity AS rls FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE c.relkind = 'r' AND EXISTS (
         SELECT 1 FROM information_schema.columns col WHERE col.table_schema = 'public' AND col.table_name = c.relname
           AND col.column_name IN ('structureId', 'participantId', 'orientationId', 'pathId', 'contractId'))`,
    );
    const unscoped = rows.filter((row) => !row.rls).map((row) => row.table);
    expect(unscoped.sort()).toEqual(Object.keys(OUTSIDE_BY_DESIGN).sort());
    // Every table under row-level security has its policy for the requests' role (else it would show nothing).
    const [{ missing }] = await system(
      `SELECT count(*)::int AS missing FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE c.relrowsecurity AND NOT EXISTS (
         SELECT 1 FROM pg_policies pol WHERE pol.tablename = c.relname AND 'passerelle_app' = ANY(pol.roles))`,
    );
    expect(missing).toBe(0);
  });
});
