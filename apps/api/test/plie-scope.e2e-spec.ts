import { todayInParis } from '@passerelle/domain';
import { errorCode, TestApp } from './support/test-app';

/** Every PLIE operation on another structure's path answers NOT_FOUND and changes nothing. */
describe('PLIE parcours of another structure', () => {
  let t: TestApp;
  let lunel: { token: string; structureId: string };
  let amiens: { token: string; structureId: string };
  let path: { id: string; version: number; participantId: string };
  let ids: { followUp: string; step: string; obstacle: string; file: string; committee: string };

  const snapshot = () =>
    t.dataSource.query(
      `SELECT (SELECT count(*) FROM plie_path_transitions WHERE "pathId" = $1)::int AS transitions,
              (SELECT count(*) FROM plie_steps WHERE "pathId" = $1)::int AS steps,
              (SELECT count(*) FROM plie_follow_ups WHERE "pathId" = $1)::int AS "followUps",
              (SELECT count(*) FROM plie_obstacles WHERE "pathId" = $1)::int AS obstacles,
              (SELECT count(*) FROM plie_diagnoses WHERE "pathId" = $1)::int AS diagnoses,
              (SELECT count(*) FROM plie_committee_files WHERE "pathId" = $1)::int AS files,
              (SELECT version FROM plie_paths WHERE id = $1) AS version,
              (SELECT coalesce(sum(version), 0) FROM plie_steps WHERE "pathId" = $1)::int AS "stepVersions",
              (SELECT coalesce(sum(version), 0) FROM plie_follow_ups WHERE "pathId" = $1)::int AS "followUpVersions",
              (SELECT coalesce(sum(version), 0) FROM plie_obstacles WHERE "pathId" = $1)::int AS "obstacleVersions"`,
      [path.id],
    );

  beforeAll(async () => {
    t = await TestApp.start();
    lunel = await t.login('coordination@plie-lunel.test');
    amiens = await t.login('coordination@mlife-amiens.test');
    [path] = await t.dataSource.query(
      `SELECT p.id, p.version, p."participantId" FROM plie_paths p
       WHERE p."structureId" = $1 AND EXISTS (SELECT 1 FROM plie_steps s WHERE s."pathId" = p.id) AND EXISTS (SELECT 1 FROM plie_follow_ups f WHERE f."pathId" = p.id)
         AND EXISTS (SELECT 1 FROM plie_obstacles o WHERE o."pathId" = p.id) AND EXISTS (SELECT 1 FROM plie_committee_files c WHERE c."pathId" = p.id)
       ORDER BY p."createdAt" LIMIT 1`,
      [amiens.structureId],
    );
    const [[followUp], [step], [obstacle], [file], [committee]] = await Promise.all([
      t.dataSource.query(`SELECT id FROM plie_follow_ups WHERE "pathId" = $1 LIMIT 1`, [path.id]),
      t.dataSource.query(`SELECT id FROM plie_steps WHERE "pathId" = $1 LIMIT 1`, [path.id]),
      t.dataSource.query(`SELECT id FROM plie_obstacles WHERE "pathId" = $1 LIMIT 1`, [path.id]),
      t.dataSource.query(`SELECT id FROM plie_committee_files WHERE "pathId" = $1 LIMIT 1`, [path.id]),
      t.dataSource.query(`SELECT id FROM plie_committees WHERE "structureId" = $1 LIMIT 1`, [amiens.structureId]),
    ]);
    ids = { followUp: followUp.id, step: step.id, obstacle: obstacle.id, file: file.id, committee: committee.id };
  });
  afterAll(() => t.close());

  it('answers NOT_FOUND to every query and mutation, and changes nothing', async () => {
    const before = await snapshot();
    const today = todayInParis();
    const calls: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { pliePath(id: $id) { id } }`, { id: path.id }],
      [`query($id: ID!) { participantDocuments(participantId: $id) { totalCount } }`, { id: path.participantId }],
      [`query($id: ID!) { approvalCommittee(id: $id) { id } }`, { id: ids.committee }],
      [
        `mutation($input: RecordDiagnosisInput!) { recordDiagnosis(input: $input) { id } }`,
        { input: { pathId: path.id, date: today, summary: 'x' } },
      ],
      [
        `mutation($input: AddObstacleInput!) { addObstacle(input: $input) { id } }`,
        { input: { pathId: path.id, kind: 'HOUSING', severity: 'LOW', identifiedOn: today } },
      ],
      [
        `mutation($input: UpdateObstacleInput!) { updateObstacle(input: $input) { id } }`,
        { input: { id: ids.obstacle, version: 1, status: 'LIFTED', liftedOn: today } },
      ],
      [
        `mutation($input: AddPathStepInput!) { addPathStep(input: $input) { id } }`,
        { input: { pathId: path.id, kind: 'TRAINING', title: 'x', plannedStart: today } },
      ],
      [
        `mutation($input: UpdatePathStepInput!) { updatePathStep(input: $input) { id } }`,
        { input: { id: ids.step, version: 1, outcome: 'ABANDONED' } },
      ],
      [
        `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id } }`,
        { input: { pathId: path.id, kind: 'REMINDER', date: today, mode: 'PHONE' } },
      ],
      [
        `mutation($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { id } }`,
        { input: { id: ids.followUp, version: 1, summary: 'piraté' } },
      ],
      [
        `mutation($input: PresentToCommitteeInput!) { presentToCommittee(input: $input) { id } }`,
        { input: { pathId: path.id, committeeId: ids.committee } },
      ],
      [
        `mutation($input: DecideCommitteeFileInput!) { decideCommitteeFile(input: $input) { id } }`,
        { input: { fileId: ids.file, decision: 'REFUSED', reason: 'x' } },
      ],
      [
        `mutation($input: ExitPliePathInput!) { exitPliePath(input: $input) { id } }`,
        { input: { pathId: path.id, version: path.version, date: today, reason: 'MOVED' } },
      ],
      [
        `mutation($input: RecordFseExitInput!) { recordFseExit(input: $input) { id } }`,
        { input: { pathId: path.id, version: path.version, results: ['JOB'] } },
      ],
      [
        `mutation($input: ReopenPliePathInput!) { reopenPliePath(input: $input) { id } }`,
        { input: { pathId: path.id, version: path.version, reason: 'x' } },
      ],
      [
        `mutation($input: ChangePathStatusInput!) { changePliePathStatus(input: $input) { id } }`,
        { input: { pathId: path.id, version: path.version, to: 'NOT_ADMITTED', on: today, reason: 'x' } },
      ],
    ];
    for (const [query, variables] of calls) {
      const result = await t.gql(query, variables, lunel);
      expect([query.slice(0, 60), errorCode(result)]).toEqual([query.slice(0, 60), 'NOT_FOUND']);
    }
    expect(await snapshot()).toEqual(before);
  });
});
