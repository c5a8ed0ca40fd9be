import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { TestApp } from './support/test-app';

const AUTHORS = `query($first: Int) { pliePaths(first: $first) { edges { node { id
  transitions { toStatus author { id fullName } }
  followUps { kind author { fullName } }
  diagnoses { author { fullName } }
  steps { title createdBy { fullName } }
  committeeFiles { presentedBy { fullName } decidedBy { fullName } } } } } }`;

describe('authors by name on the parcours (users summary loader)', () => {
  let t: TestApp;
  let admin: { token: string; structureId: string };
  let coordinator: { token: string; structureId: string };

  beforeAll(async () => {
    // The outbox relay polls the database every second; slowed here so that the N+1 counts measure requests only.
    t = await TestApp.start({ env: { OUTBOX_POLL_MS: '60000' } });
    admin = await t.login('admin@passerelle.test');
    coordinator = await t.login('coordination@plie-lunel.test');
    // Every demo path gets its own author for everything recorded on it, so that a loader without batching shows.
    const paths: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM plie_paths ORDER BY "createdAt" DESC, id ASC`,
    );
    const users: { id: string }[] = await t.dataSource.query(`SELECT id FROM users ORDER BY email`);
    expect(paths.length).toBeGreaterThanOrEqual(8);
    for (const [i, path] of paths.entries()) {
      const author = users[i % users.length].id;
      const decider = users[(i + 1) % users.length].id;
      await t.dataSource.query(`UPDATE plie_path_transitions SET "byUserId" = $2 WHERE "pathId" = $1`, [
        path.id,
        author,
      ]);
      await t.dataSource.query(`UPDATE plie_follow_ups SET "byUserId" = $2 WHERE "pathId" = $1`, [path.id, author]);
      await t.dataSource.query(`UPDATE plie_diagnoses SET "byUserId" = $2 WHERE "pathId" = $1`, [path.id, author]);
      await t.dataSource.query(`UPDATE plie_steps SET "createdByUserId" = $2 WHERE "pathId" = $1`, [path.id, author]);
      await t.dataSource.query(
        `UPDATE plie_committee_files SET "presentedByUserId" = $2, "decidedByUserId" = $3 WHERE "pathId" = $1`,
        [path.id, author, decider],
      );
    }
  });
  afterAll(() => t.close());

  it('shows who recorded each transition, interview, diagnosis, step and committee decision, by name', async () => {
    const result = await t.gql(AUTHORS, { first: 20 }, coordinator);
    expect(result.errors).toBeUndefined();
    const [{ fullName }] = await t.dataSource.query(
      `SELECT u."fullName" FROM plie_path_transitions tr JOIN users u ON u.id = tr."byUserId" JOIN plie_paths p ON p.id = tr."pathId" WHERE p."structureId" = $1 ORDER BY tr."recordedAt" LIMIT 1`,
      [coordinator.structureId],
    );
    const paths = result.data!.pliePaths.edges.map((e: any) => e.node);
    const names = new Set(paths.flatMap((p: any) => p.transitions.map((tr: any) => tr.author?.fullName)));
    expect(names).toContain(fullName);
    for (const path of paths) {
      // One author per path: the same name everywhere on it.
      const pathNames = new Set([
        ...path.transitions.map((x: any) => x.author.fullName),
        ...path.followUps.map((x: any) => x.author.fullName),
        ...path.steps.map((x: any) => x.createdBy.fullName),
        ...path.diagnoses.map((x: any) => x.author.fullName),
      ]);
      expect(pathNames.size).toBe(1);
      for (const file of path.committeeFiles) expect(file.presentedBy.fullName).toBe([...pathNames][0]);
    }
    expect(JSON.stringify(result.data)).not.toMatch(/email/);
  });

  it('resolves all the authors in one batch: as many queries for 8 paths as for 2 (no N+1)', async () => {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const countFor = async (first: number) => {
      spy.mockClear();
      const result = await t.gql(AUTHORS, { first }, admin);
      expect(result.errors).toBeUndefined();
      const paths = result.data!.pliePaths.edges;
      expect(paths).toHaveLength(first);
      const authors = new Set(paths.flatMap((e: any) => e.node.transitions.map((tr: any) => tr.author.id)));
      expect(authors.size).toBe(first);
      return spy.mock.calls.length;
    };
    try {
      const few = await countFor(2);
      const many = await countFor(8);
      // One query of slack: in-process workers (reminders) may touch the database during the measure.
      expect(many).toBeLessThanOrEqual(few + 1);
      expect(many).toBeLessThan(20);
    } finally {
      spy.mockRestore();
    }
  });
});
